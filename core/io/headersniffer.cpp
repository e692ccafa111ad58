#include "core/io/headersniffer.h"

#include "core/io/audiodecoder.h"

#include <QLocale>
#include <QtEndian>

#include <cmath>
#include <limits>

namespace mixscope {

namespace {

// FFmpeg's AVIOContext keeps its own idea of the device's position, so code
// that reads the device on the side puts the position back afterwards.
class SideReader {
public:
    explicit SideReader(QIODevice& device)
        : m_device(device)
        , m_position(device.pos()) {}
    ~SideReader() { m_device.seek(m_position); }
    SideReader(const SideReader&) = delete;
    SideReader& operator=(const SideReader&) = delete;

private:
    QIODevice& m_device;
    qint64 m_position;
};

// Where a chunk of a RIFF/WAVE (little-endian) or FORM/AIFF (big-endian)
// file starts, and the size its header states. The caller keeps the
// device's position with a SideReader.
struct Chunk {
    qint64 bodyOffset = 0;
    std::uint32_t size = 0;
};

std::optional<Chunk> findChunk(QIODevice& file, const char* id) {
    if (!file.seek(0)) {
        return std::nullopt;
    }
    const QByteArray head = file.read(12);
    const QByteArray form = head.mid(8, 4);
    const bool riff = head.startsWith("RIFF") && form == "WAVE";
    const bool aiff = head.startsWith("FORM") && (form == "AIFF" || form == "AIFC");
    if (head.size() < 12 || (!riff && !aiff)) {
        return std::nullopt;
    }
    // Metadata chunks may come first; a real header has a handful of them.
    for (int chunkIndex = 0; chunkIndex < 64; ++chunkIndex) {
        const QByteArray chunk = file.read(8);
        if (chunk.size() < 8) {
            return std::nullopt;
        }
        const auto size = riff ? qFromLittleEndian<std::uint32_t>(chunk.constData() + 4)
                               : qFromBigEndian<std::uint32_t>(chunk.constData() + 4);
        if (chunk.startsWith(id)) {
            return Chunk{file.pos(), size};
        }
        const qint64 next = file.pos() + size + (size & 1u);
        if (next > file.size() || !file.seek(next)) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

// AIFF states its sample rate as an 80-bit IEEE 754 extended float.
double extendedToDouble(const unsigned char* bytes) {
    const int exponent = ((bytes[0] & 0x7F) << 8) | bytes[1];
    std::uint64_t mantissa = 0;
    for (int i = 2; i < 10; ++i) {
        mantissa = (mantissa << 8) | bytes[i];
    }
    if (exponent == 0x7FFF) {
        return std::numeric_limits<double>::infinity();
    }
    const double magnitude = std::ldexp(static_cast<double>(mantissa), exponent - 16383 - 63);
    return (bytes[0] & 0x80) != 0 ? -magnitude : magnitude;
}

} // namespace

bool HeaderSniffer::startsLikeAudio(QIODevice& device) {
    const SideReader sideReader(device);
    if (!device.seek(0)) {
        return false;
    }
    const QByteArray head = device.read(12);
    return head.startsWith("RIFF") || head.startsWith("RF64") || head.startsWith("FORM") ||
           head.startsWith("fLaC") || head.startsWith("ID3") || head.startsWith("OggS") ||
           head.mid(4, 4) == "ftyp";
}

std::optional<std::uint32_t> HeaderSniffer::wavDataChunkBytes(QIODevice& file) {
    const SideReader sideReader(file);
    const std::optional<Chunk> data = findChunk(file, "data");
    return data ? std::optional<std::uint32_t>(data->size) : std::nullopt;
}

std::optional<AnalysisError> HeaderSniffer::implausibleHeader(QIODevice& file) {
    const SideReader sideReader(file);
    qint64 channels = 0;
    double rateHz = 0.0;
    if (const std::optional<Chunk> format = findChunk(file, "fmt ")) {
        const QByteArray body = file.seek(format->bodyOffset) ? file.read(8) : QByteArray();
        if (body.size() < 8) {
            return std::nullopt;
        }
        channels = qFromLittleEndian<quint16>(body.constData() + 2);
        rateHz = qFromLittleEndian<quint32>(body.constData() + 4);
    } else if (const std::optional<Chunk> common = findChunk(file, "COMM")) {
        const QByteArray body = file.seek(common->bodyOffset) ? file.read(18) : QByteArray();
        if (body.size() < 18) {
            return std::nullopt;
        }
        channels = qFromBigEndian<qint16>(body.constData());
        rateHz = extendedToDouble(reinterpret_cast<const unsigned char*>(body.constData() + 8));
    } else {
        return std::nullopt;
    }
    if (channels < 1 || channels > AudioDecoder::kMaxChannels) {
        return AnalysisError{AnalysisErrorKind::UnsupportedFormat, channelCountMessage(channels)};
    }
    if (!(rateHz >= AudioDecoder::kMinSampleRateHz && rateHz <= AudioDecoder::kMaxSampleRateHz)) {
        return AnalysisError{AnalysisErrorKind::UnsupportedFormat, sampleRateMessage(rateHz)};
    }
    return std::nullopt;
}

QString HeaderSniffer::channelCountMessage(qint64 channels) {
    return tr("it claims %1 audio channels (Mixscope reads 1 to %2)")
        .arg(channels)
        .arg(AudioDecoder::kMaxChannels);
}

QString HeaderSniffer::sampleRateMessage(double rateHz) {
    const QString rate = std::fabs(rateHz) < 1e15 ? QLocale().toString(rateHz, 'f', 0)
                                                  : QLocale().toString(rateHz, 'g', 3);
    return tr("its sample rate of %1 Hz is outside what Mixscope reads (%2 to %3 Hz)")
        .arg(rate)
        .arg(AudioDecoder::kMinSampleRateHz)
        .arg(AudioDecoder::kMaxSampleRateHz);
}

} // namespace mixscope
