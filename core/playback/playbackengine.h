#pragma once

#include "core/common/analysiserror.h"
#include "core/playback/bandsolofilter.h"
#include "core/playback/playbacksource.h"
#include "core/playback/spscqueue.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace mixscope {

/// One track to play: its file and the gain that matches its loudness to the
/// mix (core/compare/loudnessmatch.h: the mix's integrated loudness minus
/// this track's, dB; 0 for the mix itself).
struct PlaybackTrack {
    QString path;
    double matchGainDb = 0.0;
};

/// Files opened for a PlaybackEngine ahead of its setTracks(), on any thread
/// (PlaybackEngine::prepareTracks()); move-only.
struct PreparedPlaybackTracks {
    int outputRateHz = 0;
    double readAheadS = 0.0;
    std::vector<QString> paths;
    std::vector<std::unique_ptr<PlaybackSource>> sources; ///< null where it could not be opened
    std::vector<std::optional<AnalysisError>> errors;     ///< why not
};

/// Device-free, loudness-matched A/B playback of a mix and its references.
///
/// Every track streams from its file through its own PlaybackSource (a
/// decoder worker thread keeps about readAheadS seconds buffered per track;
/// nothing is held whole in memory). All tracks advance side by side, so a
/// switch to another track takes effect within the audio buffer being
/// rendered, as an equal-power crossfade of kCrossfadeS. Seeks crossfade from
/// the old position to the new one once the new audio is decoded.
///
/// Threads:
/// - one control thread (the GUI) calls the commands (play() … setBandSoloRange())
///   and setTracks(); commands are queued lock-free and take effect at the
///   start of the next render();
/// - the audio thread calls render(): it never allocates, never touches a
///   file and never waits: while setTracks() swaps the sources (a short
///   lock) render() plays silence for that buffer;
/// - the status getters (isPlaying(), positionS() …) are atomic snapshots,
///   safe from any thread.
///
/// Seconds in seek() and setLoopRegion() are on the timeline of the current
/// track. In SameRelativePosition mode a position maps between tracks by
/// their durations (half-way through the mix is half-way through a
/// reference), and a switch there waits for the target track to be decoded
/// at its new position (typically a few ms).
class PlaybackEngine {
public:
    enum class PositionMode { SameTime, SameRelativePosition };

    /// Length of the crossfade on switches, seeks and pause/play, seconds.
    static constexpr double kCrossfadeS = 0.020;

    explicit PlaybackEngine(int outputRateHz = 48000, double readAheadS = 2.0);
    ~PlaybackEngine();
    PlaybackEngine(const PlaybackEngine&) = delete;
    PlaybackEngine& operator=(const PlaybackEngine&) = delete;

    // Control thread.

    using PreparedTracks = PreparedPlaybackTracks;

    /// Opens paths as setTracks() would for an engine at outputRateHz with
    /// readAheadS seconds of read-ahead, touching no engine: callable from
    /// any thread, so that a worker can open the files and setTracks() take
    /// them over without waiting on them (opening takes milliseconds a file).
    /// Blocks on file I/O.
    static PreparedTracks prepareTracks(const std::vector<QString>& paths, int outputRateHz,
                                        double readAheadS);

    /// Replaces the tracks (index 0 is the mix), paused at the start of
    /// track 0. A track that cannot be opened plays as silence; its error is
    /// returned at its index. Files already open are kept open, so adding a
    /// reference opens only that one; files in `prepared` (for this output
    /// rate and read-ahead) are taken from there. Keeps mono, band solo,
    /// loop, matching and the position mode. Blocks on file I/O for the
    /// files it has to open itself.
    std::vector<std::optional<AnalysisError>> setTracks(const std::vector<PlaybackTrack>& tracks,
                                                        PreparedTracks prepared = {});

    /// Reopens the tracks for a device at rateHz (8–384 kHz), at the same
    /// position, paused. Blocks on file I/O.
    void setOutputRate(int rateHz);
    int outputRateHz() const { return m_outputRateHz; }
    double readAheadS() const { return m_readAheadS; }

    int trackCount() const { return static_cast<int>(m_tracks.size()); }
    /// Length of a track as its container states it, seconds (0 when unknown).
    double durationS(int track) const;

    /// What happened to a track's file while it played (PlaybackSource).
    struct TrackStatus {
        /// Why it stopped part-way (its file could not be read on, or was
        /// written to or cut short on disk); empty while it plays.
        std::optional<AnalysisError> failure;
        /// Its file was replaced or deleted on disk; it plays on, whole.
        bool replacedOnDisk = false;
    };
    /// The status of track `track`; default for an index without a source.
    TrackStatus trackStatus(int track) const;

    void play();
    void pause();
    /// Continues at `seconds` on the current track (clamped to it).
    void seek(double seconds);
    /// Switches to track `index` (0 = mix); out-of-range indices are ignored.
    void selectTrack(int index);
    void setMatchGainDb(int track, double gainDb);
    /// Applies the match gains (on) or plays every track as it is (off).
    void setLoudnessMatching(bool on);
    void setPositionMode(PositionMode mode);
    /// Loops [start, end) of setLoopRegion(); turning it on outside the
    /// region jumps to its start.
    void setLoop(bool on);
    /// Seconds on the current track; end > start, else the loop stays off.
    void setLoopRegion(double startS, double endS);
    /// (L + R) / 2 on both channels.
    void setMono(bool on);
    /// Plays only lowHz–highHz (BandSoloFilter), faded in and out over kCrossfadeS.
    void setBandSolo(bool on);
    void setBandSoloRange(double lowHz, double highHz);

    /// Waits until every track has `frames` decoded ahead of the audio thread
    /// (or has ended). For tests and for a prompt start. Blocks up to timeoutMs;
    /// false on timeout.
    bool waitForBuffers(std::size_t frames, int timeoutMs) const;

    // Any thread.

    bool isPlaying() const { return m_statusPlaying.load(std::memory_order_relaxed); }
    /// Every command given so far has been taken (by a render(), or by
    /// setTracks()): until then the status getters describe the state before
    /// them. Control thread.
    bool commandsTaken() const {
        return m_commandsApplied.load(std::memory_order_acquire) == m_commandsPushed;
    }
    int currentTrack() const { return m_statusTrack.load(std::memory_order_relaxed); }
    /// Position on the current track, seconds.
    double positionS() const;
    /// Buffers in which the playing track ran out of decoded audio (underruns).
    std::int64_t underrunCount() const { return m_underruns.load(std::memory_order_relaxed); }
    /// render() calls that played silence because setTracks() held the sources.
    std::int64_t lockedOutCount() const { return m_lockedOut.load(std::memory_order_relaxed); }

    // Audio thread.

    /// Writes `frames` frames of interleaved stereo float (L R L R …, full
    /// scale ±1; matched gains above 0 dB can exceed it) to out. frames may
    /// be 0, which only applies pending commands. Never blocks or allocates.
    void render(float* out, std::size_t frames);

private:
    enum class CommandType {
        Play,
        Pause,
        Seek,
        Select,
        MatchGain,
        Matching,
        PositionMode,
        Loop,
        LoopRegion,
        Mono,
        BandSolo,
        BandRange,
    };
    struct Command {
        CommandType type;
        int index = 0;
        double a = 0.0;
        double b = 0.0;
    };

    /// A linear ramp over a fixed number of frames.
    struct Ramp {
        float value = 0.0f;
        float target = 0.0f;
        float step = 0.0f;
        std::size_t remaining = 0;
        void set(float to, std::size_t frames);
        void jump(float to);
        float next();
    };

    struct Track {
        PlaybackTrack spec;
        std::unique_ptr<PlaybackSource> source; ///< null when the file cannot be played
        Ramp gain;                              ///< match gain (or 1 with matching off)
        float envelope = 0.0f; ///< crossfade phase 0…1, gain sin(π/2 · envelope)
    };

    void push(const Command& command);
    void applyCommands();
    void apply(const Command& command);
    void renderBlock(float* out, std::size_t frames);
    void mixTracks(float* out, std::size_t frames, bool countUnderruns);
    void seekAll(double seconds, PlaybackSource::FadeShape shape);
    void updateLoop();
    void resetTrackState();
    double mapSeconds(double seconds, int fromTrack, int toTrack) const;
    PlaybackSource::Loop loopFor(int track) const;
    double activePositionS() const;
    float targetGain(const Track& track) const;
    void publishStatus();
    void workerLoop();
    /// m_workerMutex for the control thread, ahead of the worker's next pass.
    std::unique_lock<std::mutex> lockWorker();

    int m_outputRateHz;
    double m_readAheadS;
    std::size_t m_crossfadeFrames;

    std::vector<Track> m_tracks; // guarded by both mutexes for writing
    std::mutex m_renderMutex;    // render() only try-locks it
    std::mutex m_workerMutex;
    /// Control-thread calls waiting for m_workerMutex: the worker, which
    /// would otherwise take it back at once pass after pass, steps aside.
    std::atomic<int> m_controlWaiting{0};
    SpscQueue<Command, 1024> m_commands;

    // Render state (audio thread, or control thread holding m_renderMutex).
    int m_active = 0;
    bool m_running = false;
    bool m_matching = true;
    PositionMode m_positionMode = PositionMode::SameTime;
    bool m_loopOn = false;
    double m_loopStartS = 0.0;
    double m_loopEndS = 0.0;
    int m_loopTrack = 0;
    Ramp m_master;
    Ramp m_mono;
    Ramp m_bandWet;
    BandSoloFilter m_band;
    std::vector<float> m_scratch;
    std::vector<float> m_wet;
    std::vector<float> m_tail;
    std::size_t m_tailPosition = 0;
    PlaybackSource::FadeShape m_tailShape = PlaybackSource::FadeShape::EqualPower;

    std::uint64_t m_commandsPushed = 0; // control thread
    std::atomic<std::uint64_t> m_commandsApplied{0};
    std::atomic<bool> m_statusPlaying{false};
    std::atomic<int> m_statusTrack{0};
    std::atomic<std::int64_t> m_statusPositionFrames{0};
    std::atomic<std::int64_t> m_underruns{0};
    std::atomic<std::int64_t> m_lockedOut{0};

    std::atomic<bool> m_stop{false};
    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    std::thread m_worker;
};

} // namespace mixscope
