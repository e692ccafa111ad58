#pragma once

#include "ui/playback/audiooutput.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QAudioSink;
class QIODevice;
class QTimer;

namespace mixscope {

class EngineDevice;
class PlaybackEngine;

/// One open QAudioSink fed from a PlaybackEngine, for AudioOutput: created,
/// used and destroyed on the audio thread only.
///
/// It watches its sink: when the stream dies on its own (its device removed,
/// the sound server gone; Qt 6.4's PulseAudio sink then reports a stopped
/// state with an error, or only a negative bytesFree()), it stops feeding at
/// once (Qt deletes the push device of a stream whose server went away) and
/// calls onLost, once.
class AudioStream : public QObject {
    Q_OBJECT

public:
    /// sinkUnderruns: where the sink's underruns are counted.
    AudioStream(PlaybackEngine* engine, const QAudioDevice& device, const QAudioFormat& format,
                std::shared_ptr<std::atomic<std::int64_t>> sinkUnderruns,
                QObject* parent = nullptr);
    ~AudioStream() override;

    /// Opens the sink with a buffer of bufferMs (0: the sink's default) and
    /// starts feeding it. Blocks while Qt opens the stream (which, for a
    /// device that is gone, may never return: AudioOutput guards it). False
    /// when the sink refuses.
    bool open(int bufferMs, AudioOutput::Mode mode);
    /// Stops feeding and closes the sink.
    void close();

    qsizetype bufferBytes() const { return m_bufferBytes; }
    /// The source the sink reads (counters for AudioOutput::stats()); null before open().
    EngineDevice* source() const { return m_source; }

    /// Called on the audio thread when the stream dies on its own, once.
    std::function<void()> onLost;

private:
    void pushTick();
    void check();
    void lose();

    PlaybackEngine* m_engine;
    QAudioDevice m_device;
    QAudioFormat m_format;
    std::shared_ptr<std::atomic<std::int64_t>> m_sinkUnderruns;
    QAudioSink* m_sink = nullptr;
    EngineDevice* m_source = nullptr;
    QIODevice* m_pushDevice = nullptr; // the sink's input in push mode (Qt's)
    QTimer* m_timer = nullptr;         // push ticks, or health checks in pull mode
    std::vector<char> m_pushBuffer;
    qsizetype m_bufferBytes = 0;
    bool m_lost = false;
};

} // namespace mixscope
