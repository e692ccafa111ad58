#include "ui/playback/audiostream.h"

#include "ui/playback/enginedevice.h"

#include <QAudioSink>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace mixscope {

namespace {

// How often push mode tops the sink's buffer up, ms.
constexpr int kPushIntervalMs = 5;
// How often pull mode (where the sink pulls by itself) looks at its health, ms.
constexpr int kPullCheckIntervalMs = 100;

} // namespace

AudioStream::AudioStream(PlaybackEngine* engine, const QAudioDevice& device,
                         const QAudioFormat& format,
                         std::shared_ptr<std::atomic<std::int64_t>> sinkUnderruns, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_device(device)
    , m_format(format)
    , m_sinkUnderruns(std::move(sinkUnderruns)) {}

AudioStream::~AudioStream() {
    close();
}

bool AudioStream::open(int bufferMs, AudioOutput::Mode mode) {
    m_sink = new QAudioSink(m_device, m_format, this);
    if (bufferMs > 0) {
        m_sink->setBufferSize(m_format.bytesForDuration(qint64(bufferMs) * 1000));
    }
    m_source = new EngineDevice(m_engine, m_format, this);
    m_source->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState && m_sink->error() == QAudio::UnderrunError) {
            m_sinkUnderruns->fetch_add(1, std::memory_order_relaxed);
        } else if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
            lose();
        }
    });
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    if (mode == AudioOutput::Mode::Pull) {
        m_sink->start(m_source);
        connect(m_timer, &QTimer::timeout, this, &AudioStream::check);
        m_timer->start(kPullCheckIntervalMs);
    } else {
        m_pushBuffer.assign(static_cast<std::size_t>(m_format.bytesForDuration(500000)), 0);
        m_pushDevice = m_sink->start();
        connect(m_timer, &QTimer::timeout, this, &AudioStream::pushTick);
        m_timer->start(kPushIntervalMs);
        pushTick();
    }
    m_bufferBytes = m_sink->bufferSize();
    return m_sink->error() == QAudio::NoError && !m_lost;
}

void AudioStream::close() {
    if (m_timer != nullptr) {
        m_timer->stop();
    }
    m_pushDevice = nullptr;
    if (m_sink != nullptr) {
        m_sink->disconnect(this);
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
}

void AudioStream::lose() {
    // Qt deletes the push device when the server goes away, and a dead
    // stream reads nothing: stop at once, before the next tick.
    if (m_timer != nullptr) {
        m_timer->stop();
    }
    m_pushDevice = nullptr;
    if (!m_lost) {
        m_lost = true;
        if (onLost) {
            onLost();
        }
    }
}

void AudioStream::check() {
    // A stream whose device was removed stops without a state change; only
    // its writable size, negative, tells.
    if (m_sink != nullptr && m_sink->bytesFree() < 0) {
        lose();
    }
}

void AudioStream::pushTick() {
    if (m_sink == nullptr || m_pushDevice == nullptr) {
        return;
    }
    const qsizetype frameBytes = m_format.bytesPerFrame();
    const qsizetype free = m_sink->bytesFree();
    if (free < 0) {
        lose();
        return;
    }
    qsizetype bytes = std::min<qsizetype>(free, static_cast<qsizetype>(m_pushBuffer.size()));
    bytes -= bytes % frameBytes;
    if (bytes <= 0) {
        return;
    }
    const qint64 rendered = m_source->read(m_pushBuffer.data(), bytes);
    // Qt 6.4's write() to a stream that died meanwhile keeps the sound
    // server's lock for good: look again right before writing.
    const qsizetype stillFree = m_sink->bytesFree();
    if (stillFree < 0) {
        lose();
        return;
    }
    if (rendered > 0) {
        m_pushDevice->write(m_pushBuffer.data(), std::min<qint64>(rendered, stillFree));
    }
    if (m_sink->error() == QAudio::IOError || m_sink->error() == QAudio::FatalError) {
        lose();
    }
}

} // namespace mixscope
