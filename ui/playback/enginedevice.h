#pragma once

#include <QAudioFormat>
#include <QIODevice>

#include <atomic>
#include <cstdint>
#include <vector>

namespace mixscope {

class PlaybackEngine;

/// The pull-mode source a QAudioSink reads: every readData() renders the
/// engine straight into the sink's buffer (Float) or through a preallocated
/// buffer (Int16). Always returns whole frames and never 0 for a request of
/// at least one frame, so the sink never sees an end of data.
/// readData() runs on the sink's thread; the counters are atomic.
class EngineDevice : public QIODevice {
    Q_OBJECT

public:
    /// format: stereo Float or Int16 (others render silence). engine must outlive this.
    EngineDevice(PlaybackEngine* engine, const QAudioFormat& format, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

    /// readData() calls so far.
    std::int64_t readCount() const { return m_reads.load(std::memory_order_relaxed); }
    /// Longest time between two readData() calls, microseconds.
    std::int64_t longestReadIntervalUs() const {
        return m_longestIntervalUs.load(std::memory_order_relaxed);
    }

    void resetLongestReadInterval() { m_longestIntervalUs.store(0, std::memory_order_relaxed); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    PlaybackEngine* m_engine;
    QAudioFormat m_format;
    std::vector<float> m_conversion;
    std::atomic<std::int64_t> m_reads{0};
    std::atomic<std::int64_t> m_longestIntervalUs{0};
    std::int64_t m_lastReadUs = 0;
};

} // namespace mixscope
