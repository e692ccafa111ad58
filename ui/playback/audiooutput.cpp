#include "ui/playback/audiooutput.h"

#include "core/common/threadpriority.h"
#include "core/playback/playbackengine.h"
#include "ui/playback/audiostream.h"
#include "ui/playback/enginedevice.h"
#include "ui/playback/soundserverprobe.h"

#include <QCoreApplication>
#include <QMediaDevices>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <algorithm>

namespace mixscope {

namespace {

// The process's audio thread. One for all outputs, alive until the
// application quits: Qt's PulseAudio backend keeps its server connection in
// an object that lives on the thread of the first stream ever opened, and
// reconnects after the server restarts only through that thread's event loop.
class AudioThread {
public:
    static AudioThread& instance() {
        static AudioThread thread;
        return thread;
    }

    /// An object on the thread, to queue work to it.
    QObject* context() {
        if (m_thread == nullptr) {
            start();
        }
        return m_context;
    }
    bool isRealtime() const { return m_realtime; }

    /// Leaves the thread to itself (stuck in a call that does not return)
    /// and starts a new one. The old one is never joined or deleted.
    void replace() {
        m_thread = nullptr;
        m_context = nullptr;
        start();
    }

private:
    AudioThread() {
        qAddPostRoutine([] { instance().finish(); });
    }

    void start() {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("mixscope audio"));
        m_context = new QObject;
        m_context->moveToThread(m_thread);
        QObject::connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread->start(QThread::TimeCriticalPriority);
        // Qt's priorities do nothing for normal Linux threads: ask for real time.
        QMetaObject::invokeMethod(
            m_context, [this] { m_realtime = raiseCurrentThreadToRealtime(); },
            Qt::BlockingQueuedConnection);
    }

    void finish() {
        if (m_thread != nullptr) {
            m_thread->quit();
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
            m_context = nullptr;
        }
    }

    QThread* m_thread = nullptr;
    QObject* m_context = nullptr;
    bool m_realtime = false;
};

} // namespace

// One start(), shared by the GUI thread, which may stop waiting for it, and
// the audio thread, which may come back from opening after it did.
struct AudioOutput::Opening {
    QSemaphore done;
    QMutex mutex;
    bool finished = false;  // the audio thread came back (guarded by mutex)
    bool abandoned = false; // the GUI thread gave up waiting (guarded by mutex)
    AudioStream* stream = nullptr;
};

AudioOutput::AudioOutput(PlaybackEngine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine) {
    AudioThread::instance().context();
    m_realtime = AudioThread::instance().isRealtime();
}

AudioOutput::~AudioOutput() {
    stop();
}

bool AudioOutput::Outputs::contains(const QAudioDevice& device) const {
    return std::any_of(devices.begin(), devices.end(),
                       [&](const QAudioDevice& listed) { return listed.id() == device.id(); });
}

AudioOutput::Outputs AudioOutput::outputs() {
    Outputs outputs;
    const QList<QAudioDevice> listed = QMediaDevices::audioOutputs();
    const std::optional<SoundServerProbe::Outputs> server = SoundServerProbe::ask();
    if (!server) {
        outputs.devices = listed;
        outputs.defaultDevice = QMediaDevices::defaultAudioOutput();
        return outputs;
    }
    for (const QAudioDevice& device : listed) {
        if (server->outputs.contains(device.id())) {
            outputs.devices.append(device);
            if (device.id() == server->defaultOutput) {
                outputs.defaultDevice = device;
            }
        }
    }
    if (outputs.defaultDevice.isNull() && !outputs.devices.isEmpty()) {
        // The server's default is not in Qt's list yet (it has just come):
        // Qt's own choice among what is really there.
        const auto flagged = std::find_if(outputs.devices.begin(), outputs.devices.end(),
                                          [](const QAudioDevice& d) { return d.isDefault(); });
        outputs.defaultDevice =
            flagged != outputs.devices.end() ? *flagged : outputs.devices.first();
    }
    return outputs;
}

bool AudioOutput::start(const QAudioDevice& requested, int bufferMs, Mode mode) {
    stop();
    m_error.clear();
    const Outputs available = outputs();
    if (requested.isNull()) {
        m_device = available.defaultDevice;
        if (m_device.isNull()) {
            m_error = tr("There is no audio output device.");
            return false;
        }
    } else {
        const auto found =
            std::find_if(available.devices.begin(), available.devices.end(),
                         [&](const QAudioDevice& d) { return d.id() == requested.id(); });
        if (found == available.devices.end() && !m_openUnlisted) {
            m_error = tr("The audio device %1 is not connected.").arg(requested.description());
            return false;
        }
        m_device = found != available.devices.end() ? *found : requested;
    }
    QAudioFormat format;
    format.setChannelCount(2);
    format.setChannelConfig(QAudioFormat::ChannelConfigStereo);
    format.setSampleRate(m_device.preferredFormat().sampleRate() > 0
                             ? m_device.preferredFormat().sampleRate()
                             : 48000);
    format.setSampleFormat(QAudioFormat::Float);
    if (!m_device.isFormatSupported(format)) {
        format.setSampleFormat(QAudioFormat::Int16);
    }
    if (!m_device.isFormatSupported(format)) {
        m_error = tr("The audio device %1 plays neither float nor 16-bit stereo at %2 Hz.")
                      .arg(m_device.description(), QString::number(format.sampleRate()));
        return false;
    }
    m_format = format;
    m_engine->setOutputRate(format.sampleRate());

    const auto opening = std::make_shared<Opening>();
    const std::uint64_t generation = ++m_generation;
    QMetaObject::invokeMethod(
        AudioThread::instance().context(),
        [this, opening, generation, engine = m_engine, device = m_device, format, bufferMs, mode,
         underruns = m_sinkUnderruns] {
            auto* stream = new AudioStream(engine, device, format, underruns);
            const bool started = stream->open(bufferMs, mode);
            const QMutexLocker lock(&opening->mutex);
            opening->finished = true;
            if (!started || opening->abandoned) {
                delete stream; // renders nothing more
            } else {
                // Set before anything else can run on this thread. Once handed
                // over, the stream is deleted before this output is, and a
                // call queued to a deleted object is dropped.
                stream->onLost = [this, generation] {
                    QMetaObject::invokeMethod(this, [this, generation] {
                        onStreamLost(
                            generation,
                            tr("The audio device stopped (%1).").arg(m_device.description()));
                    });
                };
                opening->stream = stream;
            }
            opening->done.release();
        },
        Qt::QueuedConnection);
    if (!opening->done.tryAcquire(1, kOpenTimeoutMs)) {
        const QMutexLocker lock(&opening->mutex);
        if (!opening->finished) {
            opening->abandoned = true;
            AudioThread::instance().replace();
            m_error = tr("The audio device %1 does not answer.").arg(m_device.description());
            return false;
        }
    }
    if (opening->stream == nullptr) {
        m_error = tr("The audio device %1 cannot be opened.").arg(m_device.description());
        return false;
    }
    m_stream = opening->stream;
    m_bufferBytes = m_stream->bufferBytes();
    m_active = true;
    return true;
}

void AudioOutput::onStreamLost(std::uint64_t generation, const QString& message) {
    if (generation != m_generation || !m_active) {
        return;
    }
    m_active = false;
    Q_EMIT failed(message);
}

void AudioOutput::resetLongestReadInterval() {
    if (m_stream != nullptr && m_stream->source() != nullptr) {
        m_stream->source()->resetLongestReadInterval();
    }
    m_closedLongestIntervalUs = 0;
}

void AudioOutput::stop() {
    m_active = false;
    if (m_stream == nullptr) {
        return;
    }
    AudioStream* stream = m_stream;
    m_stream = nullptr;
    ++m_generation;
    if (const EngineDevice* source = stream->source()) {
        m_closedReads += source->readCount();
        m_closedLongestIntervalUs =
            std::max(m_closedLongestIntervalUs, source->longestReadIntervalUs());
    }
    QMetaObject::invokeMethod(
        stream, [stream] { delete stream; }, Qt::BlockingQueuedConnection);
}

AudioOutput::Stats AudioOutput::stats() const {
    Stats stats;
    stats.reads = m_closedReads;
    stats.longestReadIntervalUs = m_closedLongestIntervalUs;
    stats.engineUnderruns = m_engine->underrunCount();
    stats.sinkUnderruns = m_sinkUnderruns->load(std::memory_order_relaxed);
    // The source belongs to the audio thread, but its counters are atomic and
    // it is only replaced while the GUI thread waits in start() or stop().
    if (m_stream != nullptr && m_stream->source() != nullptr) {
        stats.reads += m_stream->source()->readCount();
        stats.longestReadIntervalUs =
            std::max(stats.longestReadIntervalUs, m_stream->source()->longestReadIntervalUs());
    }
    return stats;
}

} // namespace mixscope
