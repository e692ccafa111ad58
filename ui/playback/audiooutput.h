#pragma once

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <vector>

class QAudioSink;
class QThread;

namespace mixscope {

class EngineDevice;
class PlaybackEngine;

/// Plays a PlaybackEngine on an audio device through Qt Multimedia's
/// QAudioSink, from a thread of its own (so that a busy GUI thread cannot
/// starve it), where EngineDevice renders the engine on demand. The engine's
/// output rate follows the device's preferred rate, so files of any rate
/// play through its converter.
///
/// Two ways to feed the sink:
/// - Pull: the sink reads EngineDevice. Qt 6.4's PulseAudio sink reads one
///   fixed 20 ms period per 20 ms tick and stalls for good when the server's
///   buffer holds fewer than about three periods, so pull mode needs buffers
///   of 60 ms or more (its default is about 145 ms).
/// - Push (default): a 5 ms precise timer writes whatever the sink has room
///   for, rendered by the same EngineDevice, so buffers of 20–40 ms work and
///   a switch is heard that much sooner.
///
/// Call everything from one thread (the GUI thread); the statistics are
/// atomic. The engine must outlive this object.
class AudioOutput : public QObject {
    Q_OBJECT

public:
    enum class Mode { Push, Pull };

    /// The buffer the window plays with, ms. The engine keeps up with 20 ms
    /// while analyses run (tests/bench/playback-underruns.sh), but the sound
    /// server's client lock is taken at normal priority, and on a 2-core
    /// machine loaded beyond the analyses 20 ms now and then ran dry; 40 ms
    /// never did, and a switch 20 ms later is not heard.
    static constexpr int kDefaultBufferMs = 40;

    explicit AudioOutput(PlaybackEngine* engine, QObject* parent = nullptr);
    ~AudioOutput() override;

    /// The output devices Qt Multimedia sees (for a settings list).
    static QList<QAudioDevice> devices();

    /// Opens device (a null QAudioDevice means the system default) as
    /// stereo float (or 16-bit when float is refused) at its preferred rate
    /// with a buffer of bufferMs milliseconds (0: the sink's default), and
    /// starts pulling. Sets the engine's output rate first, which reopens its
    /// files when the rate changes. Blocks until the sink runs; false with
    /// errorString() when it cannot.
    bool start(const QAudioDevice& device = QAudioDevice(), int bufferMs = 0,
               Mode mode = Mode::Push);
    /// Stops and closes the sink. Blocks briefly.
    void stop();
    bool isActive() const { return m_active; }

    QAudioDevice device() const { return m_device; }
    QAudioFormat format() const { return m_format; }
    /// The buffer size the sink actually uses, bytes (after start()).
    qsizetype bufferBytes() const { return m_bufferBytes; }
    QString errorString() const { return m_error; }
    /// The audio thread got real-time scheduling (see raiseCurrentThreadToRealtime()).
    bool isRealtime() const { return m_realtime; }

    struct Stats {
        std::int64_t reads = 0;                 ///< readData() calls since construction
        std::int64_t longestReadIntervalUs = 0; ///< longest gap between two of them (current sink)
        std::int64_t sinkUnderruns = 0;         ///< the sink went idle for lack of data
        std::int64_t engineUnderruns = 0;       ///< buffers the decoder worker was late for
    };
    Stats stats() const;
    /// Restarts the longest-gap measurement (e.g. after the device has settled).
    void resetLongestReadInterval();

Q_SIGNALS:
    /// The sink stopped on its own (device unplugged, server gone).
    void failed(const QString& message);

private:
    void closeInThread();
    void pushTick();

    PlaybackEngine* m_engine;
    QThread* m_thread;
    QObject* m_context; // lives in m_thread; parent of the sink and the device
    QAudioSink* m_sink = nullptr;
    EngineDevice* m_source = nullptr;
    QIODevice* m_pushDevice = nullptr; // the sink's input in push mode
    std::vector<char> m_pushBuffer;
    QAudioDevice m_device;
    QAudioFormat m_format;
    qsizetype m_bufferBytes = 0;
    bool m_active = false;
    bool m_realtime = false;
    QString m_error;
    std::atomic<std::int64_t> m_sinkUnderruns{0};
    // Counters of the sinks already closed, so that stats() covers every start().
    std::int64_t m_closedReads = 0;
    std::int64_t m_closedLongestIntervalUs = 0;
};

} // namespace mixscope
