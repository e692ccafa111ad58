#pragma once

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>

class QThread;

namespace mixscope {

class AudioStream;
class PlaybackEngine;

/// Plays a PlaybackEngine on an audio device through Qt Multimedia's
/// QAudioSink, from a thread of its own (so that a busy GUI thread cannot
/// starve it), where an EngineDevice renders the engine on demand. The
/// engine's output rate follows the device's preferred rate, so files of any
/// rate play through its converter.
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
/// Devices come and go (headphones unplugged, the sound server restarted):
/// - start() opens only a device that outputs() lists at that moment: Qt
///   6.4's PulseAudio sink waits forever for a stream on a device that is gone.
///   Should opening still not answer within kOpenTimeoutMs, start() gives up
///   with an error and the next start() runs on a fresh audio thread (the
///   stuck one is left to the system; it renders nothing).
/// - A stream that dies while playing (its device removed, the server gone)
///   stops feeding at once and failed() says so, once; isActive() is then
///   false and start() opens whatever is there now.
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
    /// How long start() waits for the device to open, ms.
    static constexpr int kOpenTimeoutMs = 5000;

    explicit AudioOutput(PlaybackEngine* engine, QObject* parent = nullptr);
    ~AudioOutput() override;

    /// The outputs there are now, and the system's default among them
    /// (null when there is none): Qt Multimedia's list, less what the sound
    /// server no longer has (SoundServerProbe; Qt 6.4 keeps the outputs of a
    /// server that restarted), with the server's own default. Blocks for a
    /// few milliseconds.
    struct Outputs {
        QList<QAudioDevice> devices;
        QAudioDevice defaultDevice;
        bool contains(const QAudioDevice& device) const;
    };
    static Outputs outputs();
    /// outputs().devices, for a settings list.
    static QList<QAudioDevice> devices() { return outputs().devices; }
    /// outputs().defaultDevice.
    static QAudioDevice defaultDevice() { return outputs().defaultDevice; }

    /// Opens device (a null QAudioDevice means the system default) as
    /// stereo float (or 16-bit when float is refused) at its preferred rate
    /// with a buffer of bufferMs milliseconds (0: the sink's default), and
    /// starts feeding it. Sets the engine's output rate first, which reopens
    /// its files when the rate changes. Blocks until the sink runs (at most
    /// about kOpenTimeoutMs); false with errorString() when it cannot: no
    /// device, the device not (or no longer) connected, a format it refuses,
    /// or a device that does not answer.
    bool start(const QAudioDevice& device = QAudioDevice(), int bufferMs = 0,
               Mode mode = Mode::Push);
    /// Stops and closes the sink. Blocks briefly.
    void stop();
    /// A sink is open and has not failed.
    bool isActive() const { return m_active; }

    /// The device of the last start() (the default resolved to a real device).
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

    /// For tests: lets start() open a device that the system no longer lists,
    /// to show that a device which never answers cannot freeze the window.
    void setOpenUnlistedDevicesForTesting(bool on) { m_openUnlisted = on; }

Q_SIGNALS:
    /// The sink stopped on its own (device unplugged, server gone); once per start().
    void failed(const QString& message);

private:
    struct Opening;

    void startThread();
    void abandonThread();
    void onStreamLost(std::uint64_t generation, const QString& message);

    PlaybackEngine* m_engine;
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr; // lives in m_thread; parent of the stream
    AudioStream* m_stream = nullptr;
    std::uint64_t m_generation = 0; // of the current stream; a lost older one is ignored
    QAudioDevice m_device;
    QAudioFormat m_format;
    qsizetype m_bufferBytes = 0;
    bool m_active = false;
    bool m_realtime = false;
    bool m_openUnlisted = false;
    QString m_error;
    // Shared with the streams, which may outlive this object on a stuck thread.
    std::shared_ptr<std::atomic<std::int64_t>> m_sinkUnderruns =
        std::make_shared<std::atomic<std::int64_t>>(0);
    // Counters of the sinks already closed, so that stats() covers every start().
    std::int64_t m_closedReads = 0;
    std::int64_t m_closedLongestIntervalUs = 0;
};

} // namespace mixscope
