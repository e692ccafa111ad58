#pragma once

#include "core/common/analysiserror.h"
#include "core/io/audiostreaminfo.h"
#include "core/playback/chunkqueue.h"

#include <QString>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>

namespace mixscope {

class AudioDecoder;
class SampleRateConverter;

/// One track's audio for the playback engine: streamed from its file,
/// converted to the output rate, and buffered a bounded distance ahead.
///
/// Two threads share it, each with its own half of the API:
/// - the worker thread (producer) calls produce(), which decodes, resamples
///   and queues one chunk at a time, following the latest seek request;
/// - the audio thread (consumer) calls read(), requestSeek() and the
///   consumer getters. These never allocate, lock, wait or touch the file.
/// hasBuffered() and the constructor-time getters are safe from any thread.
///
/// Positions are output frames (at outputRateHz()), from the start of the
/// file. With equal file and output rates every frame is the file's own
/// sample, so seeks and loops are sample-exact; otherwise the converter's
/// alignment keeps them within half an output frame.
class PlaybackSource {
public:
    static constexpr std::size_t kChunkFrames = 1024;
    /// A loop's wrap fades out over its last and in over its first
    /// kLoopFadeS (at most a quarter of the loop each), linearly: the jump
    /// from the loop's end to its start is a short dip, not a click.
    static constexpr double kLoopFadeS = 0.005;

    enum class FadeShape {
        EqualPower, ///< sin(πx/2): pairs with a cos fade-out of unrelated audio
        Linear,     ///< x: pairs with a 1 − x fade-out of the same audio
    };

    /// A loop [startFrame, endFrame) in output frames; endFrame > startFrame when on.
    struct Loop {
        bool on = false;
        std::int64_t startFrame = 0;
        std::int64_t endFrame = 0;
    };

    /// Opens path for playback at outputRateHz with readAheadS seconds of
    /// buffer (memory: readAheadS × rate × 8 bytes). Fails as
    /// AudioDecoder::open() does, or with UnsupportedFormat when the rate
    /// cannot be converted. Blocks on file I/O (control thread).
    static Result<std::unique_ptr<PlaybackSource>> open(const QString& path, int outputRateHz,
                                                        double readAheadS = 2.0);

    ~PlaybackSource();
    PlaybackSource(const PlaybackSource&) = delete;
    PlaybackSource& operator=(const PlaybackSource&) = delete;

    const AudioStreamInfo& info() const { return m_info; }
    int outputRateHz() const { return m_outputRateHz; }
    /// Length as the container states it, in output frames; 0 when unknown.
    std::int64_t durationFrames() const { return m_durationFrames; }

    // Audio (consumer) thread.

    /// Continues at `frame` with `loop`: drops what is buffered, and read()
    /// delivers silence until the worker has decoded from there, then fades
    /// the audio in over fadeFrames with fadeShape. While it waits, the
    /// position advances as if it played, so sources read side by side stay
    /// in step.
    void requestSeek(std::int64_t frame, Loop loop, FadeShape fadeShape, std::size_t fadeFrames);

    /// Writes `frames` frames to out (interleaved stereo); frames with no
    /// audio yet (after a seek, an underrun, or after the end) are silence.
    /// Returns how many frames were real audio.
    std::size_t read(float* out, std::size_t frames);

    /// The output frame read() delivers next.
    std::int64_t position() const { return m_expected; }
    /// The stream ended (no loop) and read() now returns silence.
    bool ended() const { return m_ended; }
    /// Since the last requestSeek(), no audio has arrived yet.
    bool awaitingData() const { return m_awaiting; }
    /// Frames read() filled with silence after audio had started: underruns.
    std::int64_t starvedFrames() const { return m_starved; }

    // Worker (producer) thread.

    /// Decodes and queues at most one chunk. Returns false when there was
    /// nothing to do (buffer full or stream ended). Blocks on file I/O.
    bool produce();

    // Any thread.

    /// The current seek request has at least `frames` frames decoded ahead of
    /// the audio thread, or its stream has ended, or the buffer is full.
    bool hasBuffered(std::size_t frames) const;

    /// The file could not be read on: the decoder hit an error, or the file
    /// was written to or cut short on disk while it played. The source then
    /// ends there (read() delivers silence); a file changed on disk stays
    /// silent wherever it is sought, as what it holds now is not what was
    /// opened. failure() says why.
    bool failed() const { return m_failed.load(std::memory_order_acquire); }

    /// Why failed() turned true (ReadFailed, DamagedData …, with a message
    /// for people); empty before.
    std::optional<AnalysisError> failure() const;

    /// The file was replaced or deleted on disk since it was opened. It goes
    /// on playing, whole: the open handle still reads the version opened.
    bool replacedOnDisk() const { return m_replaced.load(std::memory_order_acquire); }

private:
    PlaybackSource(std::unique_ptr<AudioDecoder> decoder,
                   std::unique_ptr<SampleRateConverter> converter, int outputRateHz,
                   std::size_t chunkCount);

    struct Request {
        std::uint32_t generation = 0;
        std::int64_t frame = 0;
        Loop loop;
    };
    Request loadRequest() const;
    void advanceExpected(std::size_t frames);
    std::size_t loopFadeFrames() const;
    void seekProducer(std::int64_t frame);
    std::size_t pull(float* out, std::size_t frames);
    void fail(AnalysisError error);
    void checkSource();
    void readStopped();

    std::unique_ptr<AudioDecoder> m_decoder;
    std::unique_ptr<SampleRateConverter> m_converter;
    AudioStreamInfo m_info;
    int m_outputRateHz;
    std::int64_t m_durationFrames = 0;
    ChunkQueue m_queue;

    // Seek request, written by the consumer and read by the producer under a
    // sequence counter (odd while being written).
    std::atomic<std::uint32_t> m_requestSequence{0};
    std::atomic<std::uint32_t> m_requestGeneration{0};
    std::atomic<std::int64_t> m_requestFrame{0};
    std::atomic<bool> m_requestLoopOn{false};
    std::atomic<std::int64_t> m_requestLoopStart{0};
    std::atomic<std::int64_t> m_requestLoopEnd{0};

    // Consumer state.
    std::uint32_t m_generation = 0;
    std::int64_t m_expected = 0;
    Loop m_loop;
    bool m_ended = false;
    bool m_awaiting = false;
    FadeShape m_fadeShape = FadeShape::EqualPower;
    std::size_t m_fadeFrames = 0;
    std::size_t m_fadePosition = 0;
    std::int64_t m_starved = 0;
    std::atomic<std::uint32_t> m_consumerGeneration{0};
    std::atomic<std::int64_t> m_consumedFrames{0};

    // Producer state.
    std::uint32_t m_producerGeneration = 0;
    std::int64_t m_producerFrame = 0;
    Loop m_producerLoop;
    bool m_producerEnded = false;
    std::vector<float> m_input; // decoded frames at the file's rate awaiting conversion
    std::size_t m_inputOffset = 0;
    bool m_inputEnded = false;
    std::int64_t m_discardFrames = 0; // converter pre-roll to drop after a seek
    std::vector<float> m_discard;
    std::atomic<std::uint32_t> m_producedGeneration{0};
    std::atomic<std::int64_t> m_producedFrames{0};
    std::atomic<bool> m_producedEnd{false};
    std::atomic<bool> m_failed{false};
    AnalysisError m_failure{AnalysisErrorKind::ReadFailed, {}}; // written once, before m_failed
    std::atomic<bool> m_replaced{false};
    bool m_changedOnDisk = false; // the file was rewritten: nothing more is read
    int m_chunksSinceCheck = 0;   // chunks produced since the file was last checked
};

} // namespace mixscope
