#include "core/playback/playbackengine.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numbers>

namespace mixscope {

namespace {

// render() works in blocks of at most this many frames.
constexpr std::size_t kBlockFrames = 512;
constexpr double kDefaultBandLowHz = 150.0;
constexpr double kDefaultBandHighHz = 500.0;

float dbToGain(double db) {
    return static_cast<float>(std::pow(10.0, db / 20.0));
}

float equalPower(float phase) {
    return static_cast<float>(std::sin(0.5 * std::numbers::pi * static_cast<double>(phase)));
}

} // namespace

void PlaybackEngine::Ramp::set(float to, std::size_t frames) {
    target = to;
    remaining = frames;
    step = frames > 0 ? (to - value) / static_cast<float>(frames) : 0.0f;
    if (frames == 0) {
        value = to;
    }
}

void PlaybackEngine::Ramp::jump(float to) {
    value = target = to;
    remaining = 0;
}

float PlaybackEngine::Ramp::next() {
    if (remaining > 0) {
        value = --remaining == 0 ? target : value + step;
    }
    return value;
}

PlaybackEngine::PlaybackEngine(int outputRateHz, double readAheadS)
    : m_outputRateHz(std::clamp(outputRateHz, 8000, 384000))
    , m_readAheadS(readAheadS)
    , m_crossfadeFrames(static_cast<std::size_t>(std::lround(kCrossfadeS * m_outputRateHz)))
    , m_band(m_outputRateHz, kDefaultBandLowHz, kDefaultBandHighHz)
    , m_scratch(std::max(kBlockFrames, m_crossfadeFrames) * 2)
    , m_wet(kBlockFrames * 2)
    , m_tail(m_crossfadeFrames * 2) {
    m_worker = std::thread([this] { workerLoop(); });
}

PlaybackEngine::~PlaybackEngine() {
    m_stop.store(true);
    {
        const std::lock_guard lock(m_wakeMutex);
        m_wake.notify_all();
    }
    m_worker.join();
}

std::unique_lock<std::mutex> PlaybackEngine::lockWorker() {
    m_controlWaiting.fetch_add(1, std::memory_order_acq_rel);
    std::unique_lock lock(m_workerMutex);
    m_controlWaiting.fetch_sub(1, std::memory_order_acq_rel);
    return lock;
}

void PlaybackEngine::workerLoop() {
    while (!m_stop.load(std::memory_order_relaxed)) {
        bool worked = false;
        {
            const std::lock_guard lock(m_workerMutex);
            // One chunk per track per pass: a seek on one track is served
            // before another track fills its whole read-ahead.
            for (Track& track : m_tracks) {
                if (track.source && track.source->produce()) {
                    worked = true;
                }
            }
        }
        while (m_controlWaiting.load(std::memory_order_acquire) > 0) {
            std::this_thread::yield();
        }
        if (!worked) {
            std::unique_lock lock(m_wakeMutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(2));
        }
    }
}

PlaybackEngine::PreparedTracks PlaybackEngine::prepareTracks(const std::vector<QString>& paths,
                                                             int outputRateHz, double readAheadS) {
    PreparedTracks prepared;
    prepared.outputRateHz = std::clamp(outputRateHz, 8000, 384000);
    prepared.readAheadS = readAheadS;
    for (const QString& path : paths) {
        auto source = PlaybackSource::open(path, prepared.outputRateHz, readAheadS);
        prepared.paths.push_back(path);
        if (source) {
            prepared.sources.push_back(std::move(source).value());
            prepared.errors.emplace_back();
        } else {
            prepared.sources.emplace_back();
            prepared.errors.emplace_back(source.error());
        }
    }
    return prepared;
}

std::vector<std::optional<AnalysisError>>
PlaybackEngine::setTracks(const std::vector<PlaybackTrack>& tracks, PreparedTracks prepared) {
    const bool preparedFits =
        prepared.outputRateHz == m_outputRateHz && prepared.readAheadS == m_readAheadS;
    std::vector<Track> opened(tracks.size());
    std::vector<std::optional<AnalysisError>> errors(tracks.size());
    // A file already open keeps its source (taken over below, under the
    // locks); only new files are opened, here, outside them. Only this
    // thread writes m_tracks, so it may read it unlocked.
    std::vector<int> reuse(tracks.size(), -1);
    std::vector<bool> taken(m_tracks.size(), false);
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        opened[i].spec = tracks[i];
        for (std::size_t old = 0; old < m_tracks.size(); ++old) {
            if (!taken[old] && m_tracks[old].source && m_tracks[old].spec.path == tracks[i].path) {
                taken[old] = true;
                reuse[i] = static_cast<int>(old);
                break;
            }
        }
        if (reuse[i] >= 0) {
            continue;
        }
        if (preparedFits) {
            const auto found =
                std::find(prepared.paths.begin(), prepared.paths.end(), tracks[i].path);
            if (found != prepared.paths.end()) {
                const auto at = static_cast<std::size_t>(found - prepared.paths.begin());
                prepared.paths[at].clear(); // taken: a second track of this path opens its own
                opened[i].source = std::move(prepared.sources[at]);
                errors[i] = std::move(prepared.errors[at]);
                continue;
            }
        }
        auto source = PlaybackSource::open(tracks[i].path, m_outputRateHz, m_readAheadS);
        if (source) {
            opened[i].source = std::move(source).value();
        } else {
            errors[i] = source.error();
        }
    }
    {
        const std::unique_lock workerLock = lockWorker();
        const std::lock_guard renderLock(m_renderMutex);
        applyCommands();
        for (std::size_t i = 0; i < tracks.size(); ++i) {
            if (reuse[i] >= 0) {
                opened[i].source = std::move(m_tracks[static_cast<std::size_t>(reuse[i])].source);
            }
        }
        m_tracks.swap(opened);
        m_active = 0;
        m_loopTrack = 0;
        resetTrackState();
        publishStatus();
    }
    // The old sources are destroyed here, outside both locks.
    return errors;
}

void PlaybackEngine::setOutputRate(int rateHz) {
    rateHz = std::clamp(rateHz, 8000, 384000);
    if (rateHz == m_outputRateHz) {
        return;
    }
    std::vector<PlaybackTrack> specs;
    double position = 0.0;
    int active = 0;
    {
        const std::unique_lock workerLock = lockWorker();
        const std::lock_guard renderLock(m_renderMutex);
        // The tracks are reopened from their specs, so the commands still
        // queued (match gains sent before the device first opened) go into
        // them first.
        applyCommands();
        for (const Track& track : m_tracks) {
            specs.push_back(track.spec);
        }
        position = activePositionS();
        active = m_active;
        m_tracks.clear();
        m_outputRateHz = rateHz;
        m_crossfadeFrames = static_cast<std::size_t>(std::lround(kCrossfadeS * rateHz));
        m_scratch.assign(std::max(kBlockFrames, m_crossfadeFrames) * 2, 0.0f);
        m_tail.assign(m_crossfadeFrames * 2, 0.0f);
        m_band = BandSoloFilter(rateHz, m_band.lowHz(), m_band.highHz());
    }
    setTracks(specs);
    const std::lock_guard renderLock(m_renderMutex);
    m_active = std::clamp(active, 0, std::max(0, trackCount() - 1));
    resetTrackState();
    seekAll(position, PlaybackSource::FadeShape::EqualPower);
    publishStatus();
}

void PlaybackEngine::resetTrackState() {
    m_running = false;
    m_master.jump(0.0f);
    m_tailPosition = m_crossfadeFrames;
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        m_tracks[i].envelope = static_cast<int>(i) == m_active ? 1.0f : 0.0f;
        m_tracks[i].gain.jump(targetGain(m_tracks[i]));
    }
    seekAll(0.0, PlaybackSource::FadeShape::EqualPower);
}

double PlaybackEngine::durationS(int track) const {
    if (track < 0 || track >= trackCount() || !m_tracks[static_cast<std::size_t>(track)].source) {
        return 0.0;
    }
    return static_cast<double>(m_tracks[static_cast<std::size_t>(track)].source->durationFrames()) /
           m_outputRateHz;
}

PlaybackEngine::TrackStatus PlaybackEngine::trackStatus(int track) const {
    if (track < 0 || track >= trackCount() || !m_tracks[static_cast<std::size_t>(track)].source) {
        return {};
    }
    const PlaybackSource& source = *m_tracks[static_cast<std::size_t>(track)].source;
    return {source.failure(), source.replacedOnDisk()};
}

double PlaybackEngine::positionS() const {
    return static_cast<double>(m_statusPositionFrames.load(std::memory_order_relaxed)) /
           m_outputRateHz;
}

void PlaybackEngine::push(const Command& command) {
    ++m_commandsPushed;
    if (m_commands.push(command)) {
        return;
    }
    // Full: nothing has rendered for 1024 commands (no device is open). The
    // control thread applies them itself; render() only try-locks, so the
    // audio thread would at worst play one buffer of silence.
    const std::lock_guard renderLock(m_renderMutex);
    applyCommands();
    apply(command);
    m_commandsApplied.fetch_add(1, std::memory_order_release);
    publishStatus();
}

void PlaybackEngine::play() {
    push({CommandType::Play});
}
void PlaybackEngine::pause() {
    push({CommandType::Pause});
}
void PlaybackEngine::seek(double seconds) {
    push({CommandType::Seek, 0, seconds});
}
void PlaybackEngine::selectTrack(int index) {
    push({CommandType::Select, index});
}
void PlaybackEngine::setMatchGainDb(int track, double gainDb) {
    push({CommandType::MatchGain, track, gainDb});
}
void PlaybackEngine::setLoudnessMatching(bool on) {
    push({CommandType::Matching, on ? 1 : 0});
}
void PlaybackEngine::setPositionMode(PositionMode mode) {
    push({CommandType::PositionMode, mode == PositionMode::SameRelativePosition ? 1 : 0});
}
void PlaybackEngine::setLoop(bool on) {
    push({CommandType::Loop, on ? 1 : 0});
}
void PlaybackEngine::setLoopRegion(double startS, double endS) {
    push({CommandType::LoopRegion, 0, startS, endS});
}
void PlaybackEngine::setMono(bool on) {
    push({CommandType::Mono, on ? 1 : 0});
}
void PlaybackEngine::setBandSolo(bool on) {
    push({CommandType::BandSolo, on ? 1 : 0});
}
void PlaybackEngine::setBandSoloRange(double lowHz, double highHz) {
    push({CommandType::BandRange, 0, lowHz, highHz});
}

bool PlaybackEngine::waitForBuffers(std::size_t frames, int timeoutMs) const {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        const bool ready = std::all_of(m_tracks.begin(), m_tracks.end(), [&](const Track& track) {
            return !track.source || track.source->hasBuffered(frames);
        });
        if (ready) {
            return true;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
}

float PlaybackEngine::targetGain(const Track& track) const {
    return m_matching ? dbToGain(track.spec.matchGainDb) : 1.0f;
}

double PlaybackEngine::mapSeconds(double seconds, int fromTrack, int toTrack) const {
    if (m_positionMode != PositionMode::SameRelativePosition || fromTrack == toTrack) {
        return seconds;
    }
    const double from = durationS(fromTrack);
    const double to = durationS(toTrack);
    return from > 0.0 && to > 0.0 ? seconds * to / from : seconds;
}

PlaybackSource::Loop PlaybackEngine::loopFor(int track) const {
    PlaybackSource::Loop loop;
    if (!m_loopOn || m_loopEndS <= m_loopStartS) {
        return loop;
    }
    const double rate = m_outputRateHz;
    loop.startFrame = std::llround(mapSeconds(m_loopStartS, m_loopTrack, track) * rate);
    loop.endFrame = std::llround(mapSeconds(m_loopEndS, m_loopTrack, track) * rate);
    if (const auto* source = m_tracks[static_cast<std::size_t>(track)].source.get();
        source != nullptr && source->durationFrames() > 0) {
        loop.endFrame = std::min(loop.endFrame, source->durationFrames());
    }
    loop.on = loop.endFrame > loop.startFrame;
    return loop;
}

double PlaybackEngine::activePositionS() const {
    if (m_active >= trackCount() || !m_tracks[static_cast<std::size_t>(m_active)].source) {
        return 0.0;
    }
    return static_cast<double>(m_tracks[static_cast<std::size_t>(m_active)].source->position()) /
           m_outputRateHz;
}

void PlaybackEngine::seekAll(double seconds, PlaybackSource::FadeShape shape) {
    if (m_running && m_master.value > 0.0f) {
        // The next kCrossfadeS of what plays now fades out while the new position fades in.
        mixTracks(m_tail.data(), m_crossfadeFrames, false);
        m_tailPosition = 0;
        m_tailShape = shape;
    }
    const double activeDuration = durationS(m_active);
    seconds = std::max(0.0, activeDuration > 0.0 ? std::min(seconds, activeDuration) : seconds);
    for (int i = 0; i < trackCount(); ++i) {
        Track& track = m_tracks[static_cast<std::size_t>(i)];
        if (!track.source) {
            continue;
        }
        const auto frame = std::llround(mapSeconds(seconds, m_active, i) * m_outputRateHz);
        track.source->requestSeek(frame, loopFor(i), shape, m_crossfadeFrames);
    }
}

void PlaybackEngine::updateLoop() {
    const double position = activePositionS();
    const PlaybackSource::Loop loop = loopFor(m_active);
    const auto frame = std::llround(position * m_outputRateHz);
    if (loop.on && (frame < loop.startFrame || frame >= loop.endFrame)) {
        seekAll(static_cast<double>(loop.startFrame) / m_outputRateHz,
                PlaybackSource::FadeShape::EqualPower);
    } else {
        // Same place, new loop: the buffered audio past the loop end must go.
        seekAll(position, PlaybackSource::FadeShape::Linear);
    }
}

void PlaybackEngine::applyCommands() {
    while (const std::optional<Command> command = m_commands.pop()) {
        apply(*command);
        m_commandsApplied.fetch_add(1, std::memory_order_release);
    }
}

void PlaybackEngine::apply(const Command& command) {
    const bool validTrack = command.index >= 0 && command.index < trackCount();
    switch (command.type) {
    case CommandType::Play:
        if (!m_running) {
            const Track* active =
                m_active < trackCount() ? &m_tracks[static_cast<std::size_t>(m_active)] : nullptr;
            // At the end: ended, or sent to its end by a switch after the
            // other track ended (not decoded there yet).
            const bool atEnd = active != nullptr && active->source &&
                               (active->source->ended() ||
                                (active->source->durationFrames() > 0 &&
                                 active->source->position() >= active->source->durationFrames()));
            if (atEnd) {
                // Play at the end starts again, from the loop start when looping.
                const double start =
                    m_loopOn ? mapSeconds(m_loopStartS, m_loopTrack, m_active) : 0.0;
                seekAll(start, PlaybackSource::FadeShape::EqualPower);
            }
            m_running = true;
            m_master.set(1.0f, m_crossfadeFrames);
        }
        break;
    case CommandType::Pause:
        m_running = false;
        m_master.set(0.0f, m_crossfadeFrames);
        break;
    case CommandType::Seek:
        seekAll(command.a, PlaybackSource::FadeShape::EqualPower);
        break;
    case CommandType::Select: {
        if (!validTrack || command.index == m_active) {
            break;
        }
        const int from = m_active;
        const double position = activePositionS();
        Track& to = m_tracks[static_cast<std::size_t>(command.index)];
        m_active = command.index;
        if (!to.source) {
            break;
        }
        const auto target = std::llround(mapSeconds(position, from, m_active) * m_outputRateHz);
        if (to.source->ended() || to.source->position() != target) {
            // Not in step (relative mode, or it ended earlier): fetch it at the
            // matching place; it fades in as soon as it is decoded.
            to.source->requestSeek(target, loopFor(m_active), PlaybackSource::FadeShape::EqualPower,
                                   m_crossfadeFrames);
            to.envelope = 1.0f;
        }
        break;
    }
    case CommandType::MatchGain:
        if (validTrack) {
            Track& track = m_tracks[static_cast<std::size_t>(command.index)];
            track.spec.matchGainDb = command.a;
            track.gain.set(targetGain(track), m_crossfadeFrames);
        }
        break;
    case CommandType::Matching:
        m_matching = command.index != 0;
        for (Track& track : m_tracks) {
            track.gain.set(targetGain(track), m_crossfadeFrames);
        }
        break;
    case CommandType::PositionMode:
        m_positionMode =
            command.index != 0 ? PositionMode::SameRelativePosition : PositionMode::SameTime;
        break;
    case CommandType::Loop:
        if (m_loopOn != (command.index != 0)) {
            m_loopOn = command.index != 0;
            updateLoop();
        }
        break;
    case CommandType::LoopRegion:
        m_loopStartS = std::max(0.0, std::min(command.a, command.b));
        m_loopEndS = std::max(command.a, command.b);
        m_loopTrack = m_active;
        if (m_loopOn) {
            updateLoop();
        }
        break;
    case CommandType::Mono:
        m_mono.set(command.index != 0 ? 1.0f : 0.0f, m_crossfadeFrames);
        break;
    case CommandType::BandSolo:
        m_bandWet.set(command.index != 0 ? 1.0f : 0.0f, m_crossfadeFrames);
        break;
    case CommandType::BandRange:
        m_band = BandSoloFilter(m_outputRateHz, command.a, command.b);
        break;
    }
}

void PlaybackEngine::render(float* out, std::size_t frames) {
    const std::unique_lock lock(m_renderMutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        std::fill(out, out + 2 * frames, 0.0f);
        m_lockedOut.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    applyCommands();
    for (std::size_t done = 0; done < frames;) {
        const std::size_t block = std::min(kBlockFrames, frames - done);
        renderBlock(out + 2 * done, block);
        done += block;
    }
    publishStatus();
}

void PlaybackEngine::mixTracks(float* out, std::size_t frames, bool countUnderruns) {
    std::fill(out, out + 2 * frames, 0.0f);
    const float envelopeStep =
        1.0f / static_cast<float>(std::max<std::size_t>(1, m_crossfadeFrames));
    bool underrun = false;
    for (int t = 0; t < trackCount(); ++t) {
        Track& track = m_tracks[static_cast<std::size_t>(t)];
        if (!track.source) {
            continue;
        }
        const bool active = t == m_active;
        const std::int64_t starvedBefore = track.source->starvedFrames();
        // Every track is read, heard or not, so that all stay in step.
        track.source->read(m_scratch.data(), frames);
        if (active && track.source->starvedFrames() != starvedBefore) {
            underrun = true;
        }
        if (!active && track.envelope <= 0.0f) {
            track.gain.set(track.gain.target, 0);
            continue;
        }
        const float direction = active ? envelopeStep : -envelopeStep;
        for (std::size_t i = 0; i < frames; ++i) {
            track.envelope = std::clamp(track.envelope + direction, 0.0f, 1.0f);
            const float gain = track.gain.next() * equalPower(track.envelope);
            out[2 * i] += gain * m_scratch[2 * i];
            out[2 * i + 1] += gain * m_scratch[2 * i + 1];
        }
    }
    if (underrun && countUnderruns) {
        m_underruns.fetch_add(1, std::memory_order_relaxed);
    }
}

void PlaybackEngine::renderBlock(float* out, std::size_t frames) {
    if (!m_running && m_master.value <= 0.0f && m_master.remaining == 0) {
        std::fill(out, out + 2 * frames, 0.0f);
        return;
    }
    mixTracks(out, frames, m_running);

    if (m_tailPosition < m_crossfadeFrames) {
        const std::size_t count = std::min(frames, m_crossfadeFrames - m_tailPosition);
        for (std::size_t i = 0; i < count; ++i) {
            const double x =
                static_cast<double>(m_tailPosition + i) / static_cast<double>(m_crossfadeFrames);
            const float gain = m_tailShape == PlaybackSource::FadeShape::Linear
                                   ? static_cast<float>(1.0 - x)
                                   : static_cast<float>(std::cos(0.5 * std::numbers::pi * x));
            out[2 * i] += gain * m_tail[2 * (m_tailPosition + i)];
            out[2 * i + 1] += gain * m_tail[2 * (m_tailPosition + i) + 1];
        }
        m_tailPosition += count;
    }

    for (std::size_t i = 0; i < frames; ++i) {
        const float mono = m_mono.next();
        if (mono > 0.0f) {
            const float mid = 0.5f * (out[2 * i] + out[2 * i + 1]);
            out[2 * i] += mono * (mid - out[2 * i]);
            out[2 * i + 1] += mono * (mid - out[2 * i + 1]);
        }
    }

    // The band filter always runs, so its state is settled when it fades in.
    std::copy(out, out + 2 * frames, m_wet.begin());
    m_band.process(m_wet.data(), frames);
    for (std::size_t i = 0; i < frames; ++i) {
        const float wet = m_bandWet.next();
        if (wet > 0.0f) {
            out[2 * i] += wet * (m_wet[2 * i] - out[2 * i]);
            out[2 * i + 1] += wet * (m_wet[2 * i + 1] - out[2 * i + 1]);
        }
    }

    for (std::size_t i = 0; i < frames; ++i) {
        const float master = m_master.next();
        out[2 * i] *= master;
        out[2 * i + 1] *= master;
    }

    if (m_running && m_active < trackCount()) {
        const auto& source = m_tracks[static_cast<std::size_t>(m_active)].source;
        if (source && source->ended()) {
            m_running = false;
            m_master.jump(0.0f);
        }
    }
}

void PlaybackEngine::publishStatus() {
    m_statusPlaying.store(m_running, std::memory_order_relaxed);
    m_statusTrack.store(m_active, std::memory_order_relaxed);
    std::int64_t position = 0;
    if (m_active < trackCount()) {
        if (const auto& source = m_tracks[static_cast<std::size_t>(m_active)].source) {
            position = source->ended() && source->durationFrames() > 0 ? source->durationFrames()
                                                                       : source->position();
        }
    }
    m_statusPositionFrames.store(position, std::memory_order_relaxed);
}

} // namespace mixscope
