#include "ui/playback/audiooutput.h"

#include "core/common/threadpriority.h"
#include "core/playback/playbackengine.h"
#include "ui/playback/enginedevice.h"

#include <QAudioSink>
#include <QMediaDevices>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace mixscope {

namespace {

// How often push mode tops the sink's buffer up, ms.
constexpr int kPushIntervalMs = 5;

} // namespace

AudioOutput::AudioOutput(PlaybackEngine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_thread(new QThread(this))
    , m_context(new QObject) {
    m_thread->setObjectName(QStringLiteral("mixscope audio"));
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start(QThread::TimeCriticalPriority);
    // Qt's priorities do nothing for normal Linux threads: ask for real time.
    QMetaObject::invokeMethod(
        m_context, [this] { m_realtime = raiseCurrentThreadToRealtime(); },
        Qt::BlockingQueuedConnection);
}

AudioOutput::~AudioOutput() {
    stop();
    m_thread->quit();
    m_thread->wait();
}

QList<QAudioDevice> AudioOutput::devices() {
    return QMediaDevices::audioOutputs();
}

bool AudioOutput::start(const QAudioDevice& requested, int bufferMs, Mode mode) {
    stop();
    m_error.clear();
    m_device = requested.isNull() ? QMediaDevices::defaultAudioOutput() : requested;
    if (m_device.isNull()) {
        m_error = tr("There is no audio output device.");
        return false;
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

    bool started = false;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_sink = new QAudioSink(m_device, m_format, m_context);
            if (bufferMs > 0) {
                m_sink->setBufferSize(m_format.bytesForDuration(qint64(bufferMs) * 1000));
            }
            m_source = new EngineDevice(m_engine, m_format, m_context);
            m_source->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
            connect(m_sink, &QAudioSink::stateChanged, m_context, [this](QAudio::State state) {
                if (state == QAudio::IdleState && m_sink->error() == QAudio::UnderrunError) {
                    m_sinkUnderruns.fetch_add(1, std::memory_order_relaxed);
                } else if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
                    const QString message =
                        tr("The audio device stopped (%1).").arg(m_device.description());
                    QMetaObject::invokeMethod(this, [this, message] {
                        m_active = false;
                        Q_EMIT failed(message);
                    });
                }
            });
            if (mode == Mode::Pull) {
                m_sink->start(m_source);
            } else {
                m_pushBuffer.assign(static_cast<std::size_t>(m_format.bytesForDuration(500000)), 0);
                m_pushDevice = m_sink->start();
                auto* timer = new QTimer(m_context);
                timer->setTimerType(Qt::PreciseTimer);
                connect(timer, &QTimer::timeout, m_context, [this] { pushTick(); });
                timer->start(kPushIntervalMs);
                pushTick();
            }
            started = m_sink->error() == QAudio::NoError;
            m_bufferBytes = m_sink->bufferSize();
        },
        Qt::BlockingQueuedConnection);
    if (!started) {
        m_error = tr("The audio device %1 cannot be opened.").arg(m_device.description());
        stop();
        return false;
    }
    m_active = true;
    return true;
}

void AudioOutput::pushTick() {
    if (m_sink == nullptr || m_pushDevice == nullptr) {
        return;
    }
    const qsizetype frameBytes = m_format.bytesPerFrame();
    qsizetype bytes =
        std::min<qsizetype>(m_sink->bytesFree(), static_cast<qsizetype>(m_pushBuffer.size()));
    bytes -= bytes % frameBytes;
    if (bytes <= 0) {
        return;
    }
    const qint64 rendered = m_source->read(m_pushBuffer.data(), bytes);
    if (rendered > 0) {
        m_pushDevice->write(m_pushBuffer.data(), rendered);
    }
}

void AudioOutput::resetLongestReadInterval() {
    if (m_source != nullptr) {
        m_source->resetLongestReadInterval();
    }
    m_closedLongestIntervalUs = 0;
}

void AudioOutput::closeInThread() {
    for (QTimer* timer : m_context->findChildren<QTimer*>()) {
        delete timer;
    }
    m_pushDevice = nullptr;
    if (m_source != nullptr) {
        m_closedReads += m_source->readCount();
        m_closedLongestIntervalUs =
            std::max(m_closedLongestIntervalUs, m_source->longestReadIntervalUs());
    }
    if (m_sink != nullptr) {
        m_sink->disconnect(m_context);
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
    delete m_source;
    m_source = nullptr;
}

void AudioOutput::stop() {
    if (m_sink == nullptr && m_source == nullptr) {
        m_active = false;
        return;
    }
    QMetaObject::invokeMethod(
        m_context, [this] { closeInThread(); }, Qt::BlockingQueuedConnection);
    m_active = false;
}

AudioOutput::Stats AudioOutput::stats() const {
    Stats stats;
    stats.reads = m_closedReads;
    stats.longestReadIntervalUs = m_closedLongestIntervalUs;
    stats.engineUnderruns = m_engine->underrunCount();
    stats.sinkUnderruns = m_sinkUnderruns.load(std::memory_order_relaxed);
    // The source belongs to the audio thread, but its counters are atomic and
    // it is only replaced while the GUI thread waits in start() or stop().
    if (m_source != nullptr) {
        stats.reads += m_source->readCount();
        stats.longestReadIntervalUs =
            std::max(stats.longestReadIntervalUs, m_source->longestReadIntervalUs());
    }
    return stats;
}

} // namespace mixscope
