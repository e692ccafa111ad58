#include "core/io/wavwriter.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace mixscope {

namespace {

void appendLe16(QByteArray& out, std::uint16_t value) {
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray& out, std::uint32_t value) {
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

std::uint32_t defaultChannelMask(int channels) {
    switch (channels) {
    case 1:
        return 0x4; // front centre
    case 2:
        return 0x3;
    case 6:
        return 0x60F; // 5.1(side): FL FR FC LFE SL SR
    case 8:
        return 0x63F; // 7.1: FL FR FC LFE BL BR SL SR
    default:
        return 0;
    }
}

} // namespace

WavWriter::WavWriter(const QString& path, Format format)
    : m_file(path)
    , m_format(format) {}

int WavWriter::bytesPerSample() const {
    switch (m_format.sampleFormat) {
    case SampleFormat::Int16:
        return 2;
    case SampleFormat::Int24:
        return 3;
    case SampleFormat::Float32:
        return 4;
    }
    return 4;
}

QByteArray WavWriter::header(std::uint64_t dataBytes) const {
    const bool extensible = m_format.sampleFormat == SampleFormat::Float32 || m_format.channels > 2;
    const auto channels = static_cast<std::uint16_t>(m_format.channels);
    const auto blockAlign = static_cast<std::uint16_t>(channels * bytesPerSample());
    const auto dataSize =
        static_cast<std::uint32_t>(std::min<std::uint64_t>(dataBytes, 0xFFFFFFFFu - 80u));
    const std::uint32_t fmtSize = extensible ? 40 : 16;

    QByteArray out;
    out.append("RIFF", 4);
    appendLe32(out, 4 + (8 + fmtSize) + (8 + dataSize));
    out.append("WAVE", 4);
    out.append("fmt ", 4);
    appendLe32(out, fmtSize);
    appendLe16(out, extensible ? 0xFFFE : 1);
    appendLe16(out, channels);
    appendLe32(out, static_cast<std::uint32_t>(m_format.sampleRateHz));
    appendLe32(out, static_cast<std::uint32_t>(m_format.sampleRateHz) * blockAlign);
    appendLe16(out, blockAlign);
    appendLe16(out, static_cast<std::uint16_t>(bytesPerSample() * 8));
    if (extensible) {
        appendLe16(out, 22);
        appendLe16(out, static_cast<std::uint16_t>(bytesPerSample() * 8));
        appendLe32(out, m_format.channelMask != 0 ? m_format.channelMask
                                                  : defaultChannelMask(m_format.channels));
        const std::uint16_t subFormat = m_format.sampleFormat == SampleFormat::Float32 ? 3 : 1;
        appendLe16(out, subFormat);
        appendLe16(out, 0);
        // The rest of the KSDATAFORMAT_SUBTYPE GUID {0000000X-0000-0010-8000-00AA00389B71}.
        static const char guidTail[] = {'\x00', '\x00', '\x10', '\x00', '\x80', '\x00',
                                        '\x00', '\xAA', '\x00', '\x38', '\x9B', '\x71'};
        out.append(guidTail, sizeof guidTail);
    }
    out.append("data", 4);
    appendLe32(out, dataSize);
    return out;
}

bool WavWriter::open() {
    if (m_format.channels < 1 || m_format.channels > 64 || m_format.sampleRateHz <= 0) {
        m_error = QStringLiteral("invalid WAV format: %1 channels at %2 Hz")
                      .arg(m_format.channels)
                      .arg(m_format.sampleRateHz);
        return false;
    }
    if (!m_file.open(QIODevice::WriteOnly)) {
        return false;
    }
    return m_file.write(header(0)) >= 0;
}

bool WavWriter::write(const float* interleaved, std::size_t frames) {
    const std::size_t count = frames * static_cast<std::size_t>(m_format.channels);
    m_buffer.resize(static_cast<qsizetype>(count * static_cast<std::size_t>(bytesPerSample())));
    char* out = m_buffer.data();
    for (std::size_t i = 0; i < count; ++i) {
        const float sample = std::clamp(interleaved[i], -1.0f, 1.0f);
        switch (m_format.sampleFormat) {
        case SampleFormat::Int16: {
            const auto value = static_cast<std::int16_t>(std::lrint(sample * 32767.0f));
            qToLittleEndian(value, out);
            out += 2;
            break;
        }
        case SampleFormat::Int24: {
            const auto value = static_cast<std::int32_t>(std::lrint(sample * 8388607.0f));
            out[0] = static_cast<char>(value & 0xFF);
            out[1] = static_cast<char>((value >> 8) & 0xFF);
            out[2] = static_cast<char>((value >> 16) & 0xFF);
            out += 3;
            break;
        }
        case SampleFormat::Float32:
            qToLittleEndian(interleaved[i], out);
            out += 4;
            break;
        }
    }
    m_dataBytes += static_cast<std::uint64_t>(m_buffer.size());
    return m_file.write(m_buffer) == m_buffer.size();
}

bool WavWriter::commit() {
    if (!m_file.seek(0) || m_file.write(header(m_dataBytes)) < 0) {
        m_file.cancelWriting();
        return false;
    }
    return m_file.commit();
}

QString WavWriter::errorString() const {
    return m_error.isEmpty() ? m_file.errorString() : m_error;
}

} // namespace mixscope
