#include "ui/playback/playbackcontroller.h"

#include "ui/playback/audiooutput.h"

#include <QAction>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QKeySequence>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace mixscope {

namespace {

const QString kDeviceKey = QStringLiteral("playback/device");
const QString kMatchKey = QStringLiteral("playback/matchLoudness");
const QString kPositionModeKey = QStringLiteral("playback/positionMode");
constexpr int kPollIntervalMs = 33;
constexpr int kPollsAfterCommand = 3;
// How often the device list is looked at while a device is open, ms.
constexpr int kDeviceCheckMs = 1000;
// After Play found no device to open: how often it is tried again, and for how long, ms.
constexpr int kDeviceRetryIntervalMs = 250;
constexpr qint64 kDeviceRetryForMs = 8000;

} // namespace

PlaybackController::PlaybackController(QObject* parent)
    : QObject(parent)
    , m_engine(std::make_unique<PlaybackEngine>())
    , m_output(new AudioOutput(m_engine.get(), this))
    , m_pollTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this)) {
    const QSettings settings;
    const QByteArray deviceId = settings.value(kDeviceKey).toString().toUtf8();
    if (!deviceId.isEmpty()) {
        const QList<QAudioDevice> devices = outputDevices();
        const auto found = std::find_if(devices.begin(), devices.end(),
                                        [&](const QAudioDevice& d) { return d.id() == deviceId; });
        if (found != devices.end()) {
            m_device = *found;
        }
    }
    m_matching = settings.value(kMatchKey, true).toBool();
    m_positionMode = settings.value(kPositionModeKey).toString() == QLatin1String("relative")
                         ? PlaybackEngine::PositionMode::SameRelativePosition
                         : PlaybackEngine::PositionMode::SameTime;
    m_engine->setLoudnessMatching(m_matching);
    m_engine->setPositionMode(m_positionMode);

    m_playPause = makeAction(playPauseTexts().at(0), QKeySequence(Qt::Key_Space), false);
    connect(m_playPause, &QAction::triggered, this, &PlaybackController::togglePlayPause);
    updatePlayPauseAction();
    for (int i = 0; i < kNumberedTracks; ++i) {
        const QString text = i == 0 ? tr("Play the mix") : tr("Play reference %1").arg(i);
        QAction* action = makeAction(text, QKeySequence(Qt::Key_1 + i), false);
        connect(action, &QAction::triggered, this, [this, i] { selectTrack(i); });
        m_trackActions[static_cast<std::size_t>(i)] = action;
    }
    m_toggleAb = makeAction(tr("Switch between mix and reference"), QKeySequence(Qt::Key_A), false);
    connect(m_toggleAb, &QAction::triggered, this, &PlaybackController::toggleAb);
    m_matchLoudness = makeAction(tr("Match loudness"), QKeySequence(), true);
    m_matchLoudness->setChecked(m_matching);
    connect(m_matchLoudness, &QAction::toggled, this, &PlaybackController::setLoudnessMatching);
    m_monoAction = makeAction(tr("Mono"), QKeySequence(Qt::Key_M), true);
    connect(m_monoAction, &QAction::toggled, this, &PlaybackController::setMono);
    m_loopAction = makeAction(tr("Loop"), QKeySequence(Qt::Key_L), true);
    connect(m_loopAction, &QAction::toggled, this, &PlaybackController::setLooping);
    m_bandSoloAction = makeAction(tr("Band solo"), QKeySequence(Qt::Key_B), true);
    connect(m_bandSoloAction, &QAction::toggled, this, &PlaybackController::setBandSolo);
    m_seekBack = makeAction(tr("Back 5 seconds"), QKeySequence(Qt::Key_Left), false);
    connect(m_seekBack, &QAction::triggered, this, [this] { seekBy(-kSeekStepS); });
    m_seekForward = makeAction(tr("Forward 5 seconds"), QKeySequence(Qt::Key_Right), false);
    connect(m_seekForward, &QAction::triggered, this, [this] { seekBy(kSeekStepS); });

    connect(m_output, &AudioOutput::failed, this, &PlaybackController::onOutputLost);
    m_retryTimer->setInterval(kDeviceRetryIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, this, &PlaybackController::retryOutput);
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &PlaybackController::poll);
    m_pollTimer->start();
}

PlaybackController::~PlaybackController() {
    // The sink stops before the engine it renders goes away.
    delete m_output;
}

QAction* PlaybackController::makeAction(const QString& text, const QKeySequence& shortcut,
                                        bool checkable) {
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setCheckable(checkable);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

QAction* PlaybackController::trackAction(int index) const {
    return index >= 0 && index < kNumberedTracks ? m_trackActions[static_cast<std::size_t>(index)]
                                                 : nullptr;
}

QList<QAction*> PlaybackController::actions() const {
    QList<QAction*> list{m_playPause,  m_toggleAb,       m_matchLoudness, m_monoAction,
                         m_loopAction, m_bandSoloAction, m_seekBack,      m_seekForward};
    for (QAction* action : m_trackActions) {
        list.append(action);
    }
    return list;
}

QList<QAudioDevice> PlaybackController::outputDevices() {
    return AudioOutput::devices();
}

void PlaybackController::setOutputDevice(const QAudioDevice& device) {
    m_device = device;
    QSettings settings;
    settings.setValue(kDeviceKey, QString::fromUtf8(device.id()));
    if (m_output->isActive()) {
        m_output->stop();
        ensureOutput();
    }
}

bool PlaybackController::ensureOutput() {
    if (m_output->isActive()) {
        return true;
    }
    if (!openOutput()) {
        Q_EMIT outputFailed(m_outputError);
        return false;
    }
    if (!m_device.isNull() && m_output->device().id() != m_device.id()) {
        Q_EMIT outputNotice(tr("%1 is not connected: playing on %2.")
                                .arg(m_device.description(), m_output->device().description()));
    }
    return true;
}

bool PlaybackController::openOutput() {
    // The chosen device when it is there, else whatever the system plays on now.
    const AudioOutput::Outputs now = AudioOutput::outputs();
    const bool chosenIsThere = !m_device.isNull() && now.contains(m_device);
    if (!m_output->start(chosenIsThere ? m_device : QAudioDevice(),
                         AudioOutput::kDefaultBufferMs)) {
        m_outputError = m_output->errorString();
        return false;
    }
    m_outputError.clear();
    m_defaultSeen = now.defaultDevice.id();
    return true;
}

void PlaybackController::onOutputLost(const QString& message) {
    m_outputError = message;
    pauseWithoutOutput();
    Q_EMIT outputFailed(message);
}

void PlaybackController::pauseWithoutOutput() {
    // Nothing renders now: the engine stays where it stopped, and is paused
    // there so that the next device starts silent until Play.
    m_engine->pause();
    if (m_playing) {
        m_playing = false;
        updatePlayPauseAction();
        Q_EMIT playingChanged(false);
    }
}

void PlaybackController::followDefaultDevice() {
    // Qt 6.4 says nothing when the default output changes or a device goes
    // away, so the outputs are looked at once a second while playing.
    const AudioOutput::Outputs now = AudioOutput::outputs();
    const QByteArray current = m_output->device().id();
    const bool defaultChanged = now.defaultDevice.id() != m_defaultSeen;
    m_defaultSeen = now.defaultDevice.id();
    const bool chosenIsThere = !m_device.isNull() && now.contains(m_device);
    bool move = false;
    if (!now.contains(m_output->device())) {
        // Gone: its stream died (which the stream says by itself) or the
        // server moved it elsewhere; either way, on to what is there now.
        move = chosenIsThere || !now.defaultDevice.isNull();
    } else if (chosenIsThere) {
        move = current != m_device.id(); // the chosen device came back
    } else {
        move = defaultChanged && !now.defaultDevice.isNull() && now.defaultDevice.id() != current;
    }
    if (!move) {
        return;
    }
    m_output->stop();
    if (openOutput()) {
        Q_EMIT outputNotice(tr("Playing on %1.").arg(m_output->device().description()));
    } else {
        onOutputLost(m_outputError);
    }
}

QStringList PlaybackController::setTracks(const QStringList& paths,
                                          const QList<double>& matchGainsDb,
                                          PlaybackEngine::PreparedTracks prepared) {
    m_paths = paths;
    m_gainsDb = matchGainsDb;
    for (auto it = m_notices.begin(); it != m_notices.end();) {
        it = m_paths.contains(it.key()) ? std::next(it) : m_notices.erase(it);
    }
    while (m_gainsDb.size() < m_paths.size()) {
        m_gainsDb.append(0.0);
    }
    // The gains travel with the tracks: commands queued for tracks that are
    // about to be replaced would not reach the new ones.
    const QList<double> gains = playedGainsDb();
    std::vector<PlaybackTrack> tracks;
    for (int i = 0; i < m_paths.size(); ++i) {
        tracks.push_back({m_paths[i], gains[i]});
    }
    const auto errors = m_engine->setTracks(tracks, std::move(prepared));
    m_currentTrack = 0;
    m_lastReference = 1;
    m_positionS = 0.0;
    m_playing = false;
    m_looping = false;
    m_loopAction->setChecked(false);
    m_engine->setLoop(false);
    QStringList messages;
    for (const auto& error : errors) {
        messages.append(error ? error->message : QString());
    }
    updatePlayPauseAction();
    Q_EMIT tracksChanged();
    Q_EMIT currentTrackChanged(0);
    Q_EMIT playingChanged(false);
    Q_EMIT positionChanged(0.0);
    return messages;
}

void PlaybackController::setMatchGainDb(int track, double gainDb) {
    if (track >= 0 && track < m_gainsDb.size()) {
        m_gainsDb[track] = gainDb;
        applyGains();
    }
}

QList<double> PlaybackController::playedGainsDb() const {
    double highest = 0.0;
    for (const double gain : std::as_const(m_gainsDb)) {
        highest = std::max(highest, gain);
    }
    QList<double> played;
    for (const double gain : std::as_const(m_gainsDb)) {
        played.append(gain - highest);
    }
    return played;
}

void PlaybackController::applyGains() {
    const QList<double> gains = playedGainsDb();
    for (int i = 0; i < gains.size(); ++i) {
        m_engine->setMatchGainDb(i, gains[i]);
    }
}

double PlaybackController::durationS(int track) const {
    return m_engine->durationS(track < 0 ? m_currentTrack : track);
}

void PlaybackController::play() {
    if (trackCount() == 0) {
        return;
    }
    if (!ensureOutput()) {
        // It stays paused, and outputFailed() said why. A sound server that
        // was restarted is seen again only a few seconds later: until then,
        // the device is tried again quietly and played as soon as it opens.
        m_deviceRetry.start();
        m_retryTimer->start();
        return;
    }
    startPlaying();
}

void PlaybackController::retryOutput() {
    if (m_deviceRetry.elapsed() > kDeviceRetryForMs) {
        m_retryTimer->stop();
        return;
    }
    if (openOutput()) {
        Q_EMIT outputNotice(tr("Playing on %1.").arg(m_output->device().description()));
        startPlaying();
    }
}

void PlaybackController::startPlaying() {
    m_retryTimer->stop();
    m_engine->play();
    m_pollsToSkip = kPollsAfterCommand;
    if (!m_playing) {
        m_playing = true;
        updatePlayPauseAction();
        Q_EMIT playingChanged(true);
    }
}

void PlaybackController::pause() {
    m_retryTimer->stop();
    m_engine->pause();
    if (m_playing) {
        m_playing = false;
        updatePlayPauseAction();
        Q_EMIT playingChanged(false);
    }
}

void PlaybackController::togglePlayPause() {
    if (m_playing) {
        pause();
    } else {
        play();
    }
}

void PlaybackController::seek(double seconds) {
    const double duration = durationS();
    seconds = std::max(0.0, duration > 0.0 ? std::min(seconds, duration) : seconds);
    m_engine->seek(seconds);
    m_positionS = seconds;
    m_pollsToSkip = kPollsAfterCommand;
    Q_EMIT positionChanged(seconds);
}

void PlaybackController::seekBy(double deltaS) {
    seek(m_positionS + deltaS);
}

void PlaybackController::selectTrack(int index) {
    if (index < 0 || index >= trackCount() || index == m_currentTrack) {
        return;
    }
    m_engine->selectTrack(index);
    if (index > 0) {
        m_lastReference = index;
    }
    if (m_positionMode == PlaybackEngine::PositionMode::SameRelativePosition) {
        const double from = durationS(m_currentTrack);
        const double to = durationS(index);
        if (from > 0.0 && to > 0.0) {
            m_positionS *= to / from;
        }
    }
    m_currentTrack = index;
    m_pollsToSkip = kPollsAfterCommand;
    Q_EMIT currentTrackChanged(index);
    Q_EMIT positionChanged(m_positionS);
}

void PlaybackController::toggleAb() {
    selectTrack(m_currentTrack == 0 ? m_lastReference : 0);
}

void PlaybackController::setLoudnessMatching(bool on) {
    if (on == m_matching) {
        return;
    }
    m_matching = on;
    m_engine->setLoudnessMatching(on);
    m_matchLoudness->setChecked(on);
    QSettings settings;
    settings.setValue(kMatchKey, on);
    Q_EMIT loudnessMatchingChanged(on);
}

void PlaybackController::setMono(bool on) {
    if (on == m_mono) {
        return;
    }
    m_mono = on;
    m_engine->setMono(on);
    m_monoAction->setChecked(on);
    Q_EMIT monoChanged(on);
}

void PlaybackController::setLooping(bool on) {
    if (on == m_looping) {
        return;
    }
    if (on && m_loopEndS <= m_loopStartS) {
        // No region yet: loop the 4 s from here.
        setLoopRegion(m_positionS, m_positionS + 4.0);
    }
    m_looping = on;
    m_engine->setLoop(on);
    m_loopAction->setChecked(on);
    Q_EMIT loopingChanged(on);
}

void PlaybackController::setLoopRegion(double startS, double endS) {
    const double duration = durationS();
    double start = std::max(0.0, std::min(startS, endS));
    double end = std::max(startS, endS);
    if (duration > 0.0) {
        start = std::min(start, duration);
        end = std::min(end, duration);
    }
    m_loopStartS = start;
    m_loopEndS = end;
    m_engine->setLoopRegion(start, end);
    Q_EMIT loopRegionChanged(start, end);
}

void PlaybackController::setBandSolo(bool on) {
    if (on == m_bandSolo) {
        return;
    }
    m_bandSolo = on;
    m_engine->setBandSolo(on);
    m_bandSoloAction->setChecked(on);
    Q_EMIT bandSoloChanged(on);
}

void PlaybackController::setBandSoloRange(double lowHz, double highHz) {
    m_bandLowHz = std::min(lowHz, highHz);
    m_bandHighHz = std::max(lowHz, highHz);
    m_engine->setBandSoloRange(m_bandLowHz, m_bandHighHz);
}

void PlaybackController::setPositionMode(PlaybackEngine::PositionMode mode) {
    m_positionMode = mode;
    m_engine->setPositionMode(mode);
    QSettings settings;
    settings.setValue(kPositionModeKey, mode == PlaybackEngine::PositionMode::SameRelativePosition
                                            ? QStringLiteral("relative")
                                            : QStringLiteral("time"));
}

void PlaybackController::updatePlayPauseAction() {
    m_playPause->setText(playPauseTexts().at(m_playing ? 1 : 0));
}

void PlaybackController::checkTracks() {
    for (int i = 0; i < trackCount(); ++i) {
        const PlaybackEngine::TrackStatus status = m_engine->trackStatus(i);
        if (!status.failure && !status.replacedOnDisk) {
            continue;
        }
        Notice& notice = m_notices[m_paths[i]];
        if (status.failure && !notice.failed) {
            notice.failed = true;
            if (i == m_currentTrack) {
                pause();
            }
            Q_EMIT trackFailed(i, status.failure->message);
        }
        if (status.replacedOnDisk && !notice.replaced) {
            notice.replaced = true;
            Q_EMIT trackReplacedOnDisk(i);
        }
    }
}

void PlaybackController::poll() {
    checkTracks();
    if (!m_output->isActive()) {
        return; // nothing renders: the engine's status would lag the commands
    }
    if (++m_devicePolls * kPollIntervalMs >= kDeviceCheckMs) {
        m_devicePolls = 0;
        followDefaultDevice();
        if (!m_output->isActive()) {
            return;
        }
    }
    m_idlePolls = m_playing ? 0 : m_idlePolls + 1;
    if (m_idlePolls * kPollIntervalMs >= kIdleCloseS * 1000 && !m_engine->isPlaying()) {
        m_output->stop(); // the fade-out has long finished
        m_idlePolls = 0;
        return;
    }
    if (m_pollsToSkip > 0 || !m_engine->commandsTaken()) {
        // The engine has not taken the last command yet (a device that has
        // just opened may wait long before its first buffer): its status
        // still tells of the state before it.
        m_pollsToSkip = std::max(0, m_pollsToSkip - 1);
        return;
    }
    const double position = m_engine->positionS();
    if (std::fabs(position - m_positionS) > 1e-4) {
        m_positionS = position;
        Q_EMIT positionChanged(position);
    }
    // The engine stops by itself at the end of a track, and where a track failed.
    const bool atEnd = m_engine->positionS() >= durationS() - 0.05 && durationS() > 0.0;
    if (m_playing && !m_engine->isPlaying() &&
        (atEnd || m_engine->trackStatus(m_currentTrack).failure)) {
        m_playing = false;
        updatePlayPauseAction();
        Q_EMIT playingChanged(false);
    }
}

namespace {

// What the player plays for snapshot: index 0 is the mix, then the
// references in list order, but for a profile's (they have no audio);
// nothing until the mix is analysed.
QStringList playbackPaths(const SessionSnapshot& snapshot) {
    QStringList paths;
    const std::vector<ComparedTrack> tracks = snapshot.tracks();
    for (const std::size_t i : snapshot.playable()) {
        paths << tracks[i].analysis->path;
    }
    return paths;
}

} // namespace

void PlaybackController::followSession(const SessionSnapshot& snapshot) {
    // Opening a file to play takes milliseconds (50 dropped files: a third of
    // a second), so the files not open yet are opened on a worker and handed
    // to the player when they are; a newer list of tracks drops an older one.
    const quint64 generation = ++m_sessionGeneration;
    const QStringList open = trackPaths();
    std::vector<QString> toOpen;
    for (const QString& path : playbackPaths(snapshot)) {
        if (!open.contains(path)) {
            toOpen.push_back(path);
        }
    }
    if (toOpen.empty()) {
        applySession(snapshot, {});
        return;
    }
    using Prepared = std::shared_ptr<PlaybackEngine::PreparedTracks>;
    auto* watcher = new QFutureWatcher<Prepared>(this);
    // The snapshot the files were opened for: a newer one (more files finished
    // meanwhile) comes with its own update once the burst settles, and would
    // here open its new files on this thread.
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, snapshot] {
        watcher->deleteLater();
        if (generation != m_sessionGeneration) {
            return;
        }
        const Prepared prepared = watcher->result();
        applySession(snapshot, std::move(*prepared));
    });
    watcher->setFuture(QtConcurrent::run(
        [toOpen, rate = m_engine->outputRateHz(), readAhead = m_engine->readAheadS()] {
            return std::make_shared<PlaybackEngine::PreparedTracks>(
                PlaybackEngine::prepareTracks(toOpen, rate, readAhead));
        }));
}

void PlaybackController::applySession(const SessionSnapshot& snapshot,
                                      PlaybackEngine::PreparedTracks prepared) {
    QStringList problems;
    const QStringList paths = playbackPaths(snapshot);
    QList<double> gains;
    for (const std::size_t i : snapshot.playable()) {
        gains << (i == 0 ? 0.0 : snapshot.matchGainDb(i - 1).value_or(0.0));
    }
    if (paths != trackPaths()) {
        // Keep listening to the same file at the same place.
        const QString currentPath = trackPaths().value(currentTrack());
        const double position = positionS();
        const bool wasPlaying = isPlaying();
        const bool wasLooping = isLooping();
        const double loopFromS = loopStartS();
        const double loopToS = loopEndS();
        const QStringList errors = setTracks(paths, gains, std::move(prepared));
        for (int i = 0; i < errors.size(); ++i) {
            if (!errors[i].isEmpty()) {
                problems
                    << tr("%1 cannot be played: %2").arg(QFileInfo(paths[i]).fileName(), errors[i]);
            }
        }
        const int current = static_cast<int>(paths.indexOf(currentPath));
        if (current >= 0) {
            selectTrack(current);
            if (wasLooping) {
                // The loop the user set on this track stays.
                setLoopRegion(loopFromS, loopToS);
                setLooping(true);
            }
            seek(position);
            if (wasPlaying) {
                play();
            }
        }
    } else {
        for (int i = 0; i < gains.size(); ++i) {
            setMatchGainDb(i, gains[i]);
        }
    }
    const bool playable = !paths.isEmpty();
    const QList<QAction*> all = actions();
    for (QAction* action : all) {
        action->setEnabled(playable);
    }
    for (int i = static_cast<int>(paths.size()); i < kNumberedTracks; ++i) {
        trackAction(i)->setEnabled(false);
    }
    Q_EMIT sessionFollowed(snapshot, problems);
}

} // namespace mixscope
