#pragma once

#include "core/common/analysiserror.h"
#include "core/io/audiostreaminfo.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

class QIODevice;

namespace mixscope {

/// Interleaved stereo float samples (L R L R …), nominal full scale ±1.0.
struct AudioBlock {
    std::vector<float> samples;
    std::size_t frames() const { return samples.size() / 2; }
};

/// Streams the first audio stream of a file as stereo float blocks at the
/// file's own sample rate (FFmpeg adaptor; no FFmpeg type leaves this class).
///
/// - Mono becomes dual-mono (L = R = the mono signal, as libebur128's
///   EBUR128_DUAL_MONO counts it).
/// - More than two channels are downmixed with the ITU-R BS.775 coefficients:
///   centre and surrounds at -3 dB (0.7071) into their side, LFE dropped.
/// - Memory is bounded by one decoded packet plus one block, whatever the length.
///
/// The file is opened read-only, once: FFmpeg reads it through this class
/// (a custom AVIOContext), never by name, and may not open any other file or
/// URL a hostile container points at (playlists, references). Not
/// thread-safe: use one decoder per thread. All calls block on file I/O.
class AudioDecoder {
public:
    static constexpr int kOutputChannels = 2;
    static constexpr int kMinSampleRateHz = 8000;
    static constexpr int kMaxSampleRateHz = 384000;
    static constexpr int kMaxChannels = 64;

    /// Opens path and prepares to decode its best audio stream.
    /// Fails with FileNotFound, NotAFile, PermissionDenied, EmptyFile,
    /// NotAudio (format not recognised), NoAudioStream, UnsupportedCodec or
    /// UnsupportedFormat (sample rate outside 8–384 kHz, more than 64 channels).
    static Result<std::unique_ptr<AudioDecoder>> open(const QString& path);

    /// Decodes a whole file held in memory (tests, the fuzzer, data from an
    /// archive). bytes is shared, not copied (QByteArray is implicitly shared;
    /// QByteArray::fromRawData() data must outlive the decoder). nameHint, a
    /// file name whose extension helps FFmpeg recognise raw streams such as
    /// ADTS AAC, may be empty. Fails like open(), without the file-system
    /// errors: EmptyFile, NotAudio, NoAudioStream, UnsupportedCodec,
    /// UnsupportedFormat or DamagedData.
    static Result<std::unique_ptr<AudioDecoder>> openBytes(const QByteArray& bytes,
                                                           const QString& nameHint = {});

    ~AudioDecoder();
    AudioDecoder(const AudioDecoder&) = delete;
    AudioDecoder& operator=(const AudioDecoder&) = delete;

    const AudioStreamInfo& info() const;

    /// Replaces block's content with up to maxFrames new frames. Returns false
    /// when nothing more can be read: at the end of the stream, or on an
    /// error, which error() then holds (ReadFailed, DamagedData).
    bool read(AudioBlock& block, std::size_t maxFrames);

    /// Set once read() has returned false because of a failure.
    const std::optional<AnalysisError>& error() const;

    /// Moves the read position to frame `frame` (at the file's own sample
    /// rate, 0 = the first frame) so that the next read() starts exactly there:
    /// the demuxer seeks to the nearest earlier point it can, the codec is
    /// flushed and decoded frames before the target are dropped. Sample-exact
    /// for PCM (WAV, AIFF) and FLAC; for lossy codecs as exact as their
    /// timestamps. A frame at or beyond the end makes the next read() return
    /// false (end of stream). Clears an earlier ReadFailed/DamagedData error,
    /// which the next read() reports again if it persists. Returns false when
    /// the container cannot seek (error() says why); the position is then
    /// unspecified. Blocks on file I/O.
    bool seek(std::int64_t frame);

    /// seek() to the frame nearest `seconds` (clamped at 0).
    bool seekSeconds(double seconds);

    /// Frames delivered so far, counted from the start of the file: after
    /// seek(frame) it is `frame`, the position of the next read().
    std::int64_t framesRead() const;

    /// Packets the codec rejected and that were skipped.
    int damagedPacketCount() const;

    /// Samples that were NaN, infinite or beyond ±kMaxPlausibleSample and were
    /// replaced by silence. More than 1 % of them makes the file DamagedData.
    std::int64_t invalidSampleCount() const;

    /// +24 dBFS: float files may go over full scale, but not this far.
    static constexpr float kMaxPlausibleSample = 16.0f;

    /// What happened on disk to the file open() read since it was opened.
    enum class SourceChange {
        None,              ///< unchanged (and always for openBytes())
        Rewritten,         ///< the opened file itself was written to or truncated:
                           ///< what was read may mix old and new content
        ReplacedOrDeleted, ///< the path now names another file or nothing; what
                           ///< was read is the old file, whole and consistent
    };

    /// Compares the opened file with what it was at open() and with what its
    /// path names now. Blocking (two stat calls). Always None where the
    /// platform gives no file identity (non-POSIX systems).
    SourceChange sourceChange() const;

private:
    struct Impl;
    explicit AudioDecoder(std::unique_ptr<Impl> impl);
    static Result<std::unique_ptr<AudioDecoder>> openDevice(std::unique_ptr<QIODevice> device,
                                                            const QString& name);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mixscope
