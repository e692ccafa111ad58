#include "ui/playback/enginedevice.h"

#include "core/playback/playbackengine.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace mixscope {

namespace {

constexpr qint64 kConversionFrames = 4096;

std::int64_t nowUs() {
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

EngineDevice::EngineDevice(PlaybackEngine* engine, const QAudioFormat& format, QObject* parent)
    : QIODevice(parent)
    , m_engine(engine)
    , m_format(format)
    , m_conversion(kConversionFrames * 2) {}

qint64 EngineDevice::bytesAvailable() const {
    // An endless stream: always a generous amount, as QIODevice pull sources report.
    return 1 << 20;
}

qint64 EngineDevice::readData(char* data, qint64 maxSize) {
    const std::int64_t now = nowUs();
    if (m_lastReadUs != 0) {
        const std::int64_t interval = now - m_lastReadUs;
        if (interval > m_longestIntervalUs.load(std::memory_order_relaxed)) {
            m_longestIntervalUs.store(interval, std::memory_order_relaxed);
        }
    }
    m_lastReadUs = now;
    m_reads.fetch_add(1, std::memory_order_relaxed);

    const int channels = m_format.channelCount();
    if (m_format.sampleFormat() == QAudioFormat::Float && channels == 2) {
        const qint64 frames = maxSize / 8;
        m_engine->render(reinterpret_cast<float*>(data), static_cast<std::size_t>(frames));
        return frames * 8;
    }
    if (m_format.sampleFormat() == QAudioFormat::Int16 && channels == 2) {
        const qint64 frames = maxSize / 4;
        auto* out = reinterpret_cast<qint16*>(data);
        for (qint64 done = 0; done < frames;) {
            const qint64 count = std::min(kConversionFrames, frames - done);
            m_engine->render(m_conversion.data(), static_cast<std::size_t>(count));
            for (qint64 i = 0; i < count * 2; ++i) {
                const float sample =
                    std::clamp(m_conversion[static_cast<std::size_t>(i)], -1.0f, 1.0f);
                out[done * 2 + i] = static_cast<qint16>(std::lrint(sample * 32767.0f));
            }
            done += count;
        }
        return frames * 4;
    }
    const qint64 bytes = maxSize - maxSize % std::max(1, m_format.bytesPerFrame());
    std::fill(data, data + bytes, 0);
    return bytes;
}

qint64 EngineDevice::writeData(const char* /*data*/, qint64 /*size*/) {
    return -1;
}

} // namespace mixscope
