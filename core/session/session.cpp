#include "core/session/session.h"

#include "core/profile/referenceprofile.h"
#include "core/session/analysistask.h"
#include "core/session/sessionfile.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace mixscope {

Session::Session(QObject* parent)
    : QObject(parent) {
    m_analysisPool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_comparisonPool.setMaxThreadCount(1);
    connect(&m_comparison, &QFutureWatcherBase::finished, this, &Session::onComparisonFinished);
}

Session::~Session() {
    for (Slot& slot : m_tracks) {
        if (slot.watcher) {
            slot.watcher->disconnect(this);
            slot.watcher->cancel();
        }
        if (slot.reading) {
            slot.reading->disconnect(this);
        }
    }
    m_comparison.disconnect(this);
    m_comparisonPool.waitForDone();
}

QStringList Session::audioFileSuffixes() {
    return {QStringLiteral("wav"),  QStringLiteral("wave"), QStringLiteral("aif"),
            QStringLiteral("aiff"), QStringLiteral("aifc"), QStringLiteral("flac"),
            QStringLiteral("mp3"),  QStringLiteral("ogg"),  QStringLiteral("oga"),
            QStringLiteral("opus"), QStringLiteral("m4a"),  QStringLiteral("mp4"),
            QStringLiteral("aac"),  QStringLiteral("alac"), QStringLiteral("wv")};
}

QStringList Session::audioFileNameFilters() {
    QStringList filters;
    for (const QString& suffix : audioFileSuffixes()) {
        filters << QStringLiteral("*.") + suffix;
    }
    return filters;
}

bool Session::isProfilePath(const QString& path) {
    return path.endsWith(QLatin1String(".mixprofile.json"), Qt::CaseInsensitive);
}

QStringList Session::expandFolders(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QDirIterator it(path, audioFileNameFilters(), QDir::Files | QDir::Readable,
                        QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext()) {
            found << it.next();
        }
        found.sort();
        files << found;
    }
    return files;
}

int Session::addPaths(const QStringList& paths) {
    int added = 0;
    for (const QString& file : expandFolders(paths)) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (indexOf(absolute) >= 0) {
            continue;
        }
        const int index = count();
        Q_EMIT trackAboutToBeAdded(index);
        Slot slot;
        slot.track.path = absolute;
        if (isProfilePath(absolute)) {
            readProfile(slot);
        } else {
            slot.track.role = mixIndex() < 0 ? TrackRole::Mix : TrackRole::Reference;
            slot.held = true; // started below, the mix first
        }
        m_tracks.push_back(std::move(slot));
        Q_EMIT trackAdded(index);
        ++added;
    }
    if (added > 0) {
        startHeldAnalyses();
        Q_EMIT busyChanged(true);
    }
    return added;
}

void Session::setAnalysisThreads(int threads) {
    m_analysisPool.setMaxThreadCount(std::max(1, threads));
}

void Session::startHeldAnalyses() {
    const int mix = mixIndex();
    if (mix >= 0 && m_tracks[static_cast<std::size_t>(mix)].held) {
        startAnalysis(m_tracks[static_cast<std::size_t>(mix)]);
    }
    const bool mixAnalysing =
        mix >= 0 && m_tracks[static_cast<std::size_t>(mix)].track.state == State::Analysing;
    // Two threads for the mix's analysis while it runs; the others for the references.
    int room = std::numeric_limits<int>::max();
    if (mixAnalysing) {
        const auto running = std::count_if(m_tracks.begin(), m_tracks.end(), [](const Slot& s) {
            return s.watcher && s.track.role == TrackRole::Reference;
        });
        room = std::max(0, m_analysisPool.maxThreadCount() - 2) - static_cast<int>(running);
    }
    for (Slot& slot : m_tracks) {
        if (room <= 0) {
            break;
        }
        if (slot.held) {
            startAnalysis(slot);
            --room;
        }
    }
}

void Session::startAnalysis(Slot& slot) {
    ++m_analysesStarted;
    slot.held = false;
    slot.track.state = State::Analysing;
    slot.track.progress = 0;
    slot.track.error.clear();
    slot.watcher = std::make_unique<Watcher>();
    Watcher* watcher = slot.watcher.get();
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (const int index = indexOf(watcher); index >= 0) {
            m_tracks[static_cast<std::size_t>(index)].track.progress = value;
            Q_EMIT progressChanged(index);
        }
    });
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher] { onAnalysisFinished(watcher); });
    watcher->setFuture(
        AnalysisTask::start(slot.track.path, &m_analysisPool, AnalysisTask::Priority::Background));
}

void Session::readProfile(Slot& slot) {
    Track& track = slot.track;
    track.role = TrackRole::Reference;
    track.state = State::Analysing;
    track.progress = 0;
    track.error.clear();
    track.profile.reset();
    // Milliseconds for a few tracks, a second for hundreds: on a worker, and
    // not on the analysis pool, where it would wait for files of minutes.
    slot.reading = std::make_unique<ProfileWatcher>();
    ProfileWatcher* reading = slot.reading.get();
    connect(reading, &QFutureWatcherBase::finished, this,
            [this, reading] { onProfileRead(reading); });
    reading->setFuture(
        QtConcurrent::run([path = track.path]() -> Result<std::shared_ptr<const Profile>> {
            const Result<ReferenceProfile> read = ReferenceProfile::read(path);
            if (!read.ok()) {
                return read.error();
            }
            auto profile = std::make_shared<Profile>();
            profile->summary = ProfileSummary::of(read.value(), path);
            for (const ProfileTrack& kept : read.value().tracks) {
                profile->tracks.push_back(std::make_shared<const TrackAnalysis>(kept.analysis));
            }
            return std::shared_ptr<const Profile>(std::move(profile));
        }));
}

void Session::onProfileRead(ProfileWatcher* reading) {
    const auto found = std::find_if(m_tracks.begin(), m_tracks.end(), [&](const Slot& slot) {
        return slot.reading.get() == reading;
    });
    if (found == m_tracks.end()) {
        return;
    }
    const int index = static_cast<int>(found - m_tracks.begin());
    Track& track = found->track;
    const Result<std::shared_ptr<const Profile>> read = reading->future().result();
    track.progress = AnalysisTask::kProgressMaximum;
    if (read.ok()) {
        track.state = State::Done;
        track.profile = read.value();
    } else {
        track.state = State::Failed;
        track.error = read.error().message;
    }
    found->reading.release()->deleteLater();
    Q_EMIT trackChanged(index);
    Q_EMIT trackFinished(index);
    if (track.state == State::Done) {
        recompare();
    }
    if (!isBusy()) {
        Q_EMIT busyChanged(false);
    }
}

void Session::setRankedProfiles(SessionSnapshot::Profiles profiles) {
    m_rankedProfiles = std::move(profiles);
    recompare();
}

void Session::stopAnalysis(Slot& slot) {
    if (slot.reading) {
        slot.reading->disconnect(this);
        slot.reading.release()->deleteLater(); // its result, when it comes, is not wanted
    }
    if (!slot.watcher) {
        return;
    }
    slot.watcher->disconnect(this);
    slot.watcher->cancel();
    // The task may still be running: the watcher goes once the event loop turns.
    slot.watcher.release()->deleteLater();
}

int Session::indexOf(const Watcher* watcher) const {
    const auto found = std::find_if(m_tracks.begin(), m_tracks.end(), [&](const Slot& slot) {
        return slot.watcher.get() == watcher;
    });
    return found == m_tracks.end() ? -1 : static_cast<int>(found - m_tracks.begin());
}

int Session::indexOf(const QString& path) const {
    const auto found = std::find_if(m_tracks.begin(), m_tracks.end(),
                                    [&](const Slot& slot) { return slot.track.path == path; });
    return found == m_tracks.end() ? -1 : static_cast<int>(found - m_tracks.begin());
}

void Session::onAnalysisFinished(Watcher* watcher) {
    const int index = indexOf(watcher);
    if (index < 0) {
        return;
    }
    Track& track = m_tracks[static_cast<std::size_t>(index)].track;
    const QFuture<Result<TrackAnalysis>> future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        track.state = State::Failed;
        track.error = tr("The analysis was cancelled.");
    } else if (const Result<TrackAnalysis> outcome = future.result(); outcome.ok()) {
        track.state = State::Done;
        track.analysis = std::make_shared<const TrackAnalysis>(outcome.value());
    } else {
        track.state = State::Failed;
        track.error = outcome.error().message;
    }
    m_tracks[static_cast<std::size_t>(index)].watcher.release()->deleteLater();
    // The mix's loudness sets every reference's match gain, so every track may read differently.
    Q_EMIT allTracksChanged();
    Q_EMIT trackFinished(index);
    if (track.state == State::Done) {
        recompare();
    }
    startHeldAnalyses();
    if (!isBusy()) {
        Q_EMIT busyChanged(false);
    }
}

void Session::cancelAnalysis(int index) {
    if (index < 0 || index >= count()) {
        return;
    }
    Slot& slot = m_tracks[static_cast<std::size_t>(index)];
    if (slot.track.state != State::Analysing) {
        return;
    }
    stopAnalysis(slot);
    slot.held = false;
    slot.track.state = State::Cancelled;
    slot.track.error = tr("The analysis was cancelled.");
    Q_EMIT trackChanged(index);
    startHeldAnalyses(); // a cancelled mix leaves its room to the references
    if (!isBusy()) {
        Q_EMIT busyChanged(false);
    }
}

void Session::reanalyse(int index) {
    if (index < 0 || index >= count()) {
        return;
    }
    Slot& slot = m_tracks[static_cast<std::size_t>(index)];
    if (slot.track.state != State::Failed && slot.track.state != State::Cancelled) {
        return;
    }
    if (slot.track.isProfile()) {
        readProfile(slot);
    } else {
        startAnalysis(slot);
    }
    Q_EMIT trackChanged(index);
    Q_EMIT busyChanged(true);
}

void Session::removeTrack(int index) {
    if (index < 0 || index >= count()) {
        return;
    }
    Q_EMIT trackAboutToBeRemoved(index);
    Slot& slot = m_tracks[static_cast<std::size_t>(index)];
    stopAnalysis(slot);
    const bool wasMix = slot.track.role == TrackRole::Mix;
    m_tracks.erase(m_tracks.begin() + index);
    Q_EMIT trackRemoved(index);
    if (wasMix) {
        makeFirstTrackTheMix();
    }
    startHeldAnalyses();
    recompare();
    if (!isBusy()) {
        Q_EMIT busyChanged(false);
    }
}

void Session::setMix(int index) {
    if (index >= 0 && index < count() && !track(index).isProfile()) {
        moveTrack(index, 0);
    }
}

bool Session::moveTrack(int from, int to) {
    if (from < 0 || from >= count() || to < 0 || to > count()) {
        return false;
    }
    moveSlot(from, to);
    makeFirstTrackTheMix();
    recompare(); // the references' order, if not the mix
    return true;
}

bool Session::moveTracks(const QStringList& paths, int to) {
    to = std::clamp(to, 0, count());
    bool moved = false;
    for (const QString& path : paths) {
        const int from = indexOf(path);
        if (from < 0) {
            continue; // removed while it was dragged
        }
        moveSlot(from, to);
        // The next track goes after this one.
        to = from < to ? to : to + 1;
        moved = true;
    }
    if (moved) {
        makeFirstTrackTheMix();
        recompare();
    }
    return moved;
}

bool Session::moveSlot(int from, int to) {
    if (to == from || to == from + 1) {
        return false; // already there
    }
    Q_EMIT trackAboutToMove(from, to);
    const auto first = m_tracks.begin();
    if (from < to) {
        std::rotate(first + from, first + from + 1, first + to);
    } else {
        std::rotate(first + to, first + from, first + from + 1);
    }
    Q_EMIT trackMoved();
    return true;
}

void Session::makeFirstTrackTheMix() {
    const auto file = std::find_if(m_tracks.begin(), m_tracks.end(),
                                   [](const Slot& slot) { return !slot.track.isProfile(); });
    if (file == m_tracks.end() || file->track.role == TrackRole::Mix) {
        return;
    }
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        it->track.role = it == file ? TrackRole::Mix : TrackRole::Reference;
    }
    Q_EMIT allTracksChanged();
    startHeldAnalyses(); // a new mix still waiting goes first
}

void Session::clear() {
    while (!m_tracks.empty()) {
        removeTrack(count() - 1);
    }
}

void Session::load(const SessionFile& file) {
    clear();
    QStringList paths;
    QString mixPath;
    for (const SessionTrack& saved : file.tracks) {
        paths << saved.path;
        if (saved.role == TrackRole::Mix && mixPath.isEmpty()) {
            mixPath = QFileInfo(saved.path).absoluteFilePath();
        }
    }
    addPaths(paths);
    if (const int mix = indexOf(mixPath); mix >= 0 && mix != mixIndex()) {
        setMix(mix); // the saved order otherwise, a profile above the mix too
    }
}

SessionFile Session::toFile() const {
    SessionFile file;
    for (const Slot& slot : m_tracks) {
        file.tracks.push_back({slot.track.path, slot.track.role});
    }
    return file;
}

int Session::mixIndex() const {
    const auto found = std::find_if(m_tracks.begin(), m_tracks.end(), [](const Slot& slot) {
        return slot.track.role == TrackRole::Mix;
    });
    return found == m_tracks.end() ? -1 : static_cast<int>(found - m_tracks.begin());
}

bool Session::isBusy() const {
    return std::any_of(m_tracks.begin(), m_tracks.end(),
                       [](const Slot& slot) { return slot.track.state == State::Analysing; });
}

QString Session::title(int index) const {
    const Track& t = track(index);
    if (t.profile) {
        return t.profile->summary.name;
    }
    if (t.isProfile()) { // not read (yet)
        const QString name = QFileInfo(t.path).fileName();
        return name.left(name.size() - qsizetype(sizeof(".mixprofile.json") - 1));
    }
    return t.analysis ? ComparedTrack::titleOf(*t.analysis) : QFileInfo(t.path).completeBaseName();
}

std::optional<double> Session::mixLoudness() const {
    const int index = mixIndex();
    if (index < 0 || !track(index).analysis) {
        return std::nullopt;
    }
    return track(index).analysis->loudness.integratedLufs;
}

void Session::recompare() {
    ++m_requested;
    if (m_comparing == 0) {
        startComparison();
    }
}

void Session::startComparison() {
    // The inputs are gathered here, on the session's thread; the worker sees
    // only these shared, immutable analyses, gathered as the command line's are.
    std::vector<SessionEntry> entries;
    entries.reserve(m_tracks.size());
    for (std::size_t row = 0; row < m_tracks.size(); ++row) {
        const Track& track = m_tracks[row].track;
        if (!track.profile) {
            entries.emplace_back(track.role, track.path, track.analysis);
            entries.back().row = static_cast<int>(row);
            continue;
        }
        for (const auto& analysis : track.profile->tracks) {
            entries.emplace_back(TrackRole::Reference, track.path, analysis);
            entries.back().row = static_cast<int>(row);
            entries.back().profile = track.profile->summary.name;
        }
    }
    m_comparing = m_requested;
    ++m_comparisonsStarted;
    m_comparison.setFuture(QtConcurrent::run(
        &m_comparisonPool, [entries = std::move(entries), profiles = m_rankedProfiles] {
            return SessionSnapshot::of(entries, profiles);
        }));
}

void Session::onComparisonFinished() {
    if (m_comparing != m_requested) {
        startComparison(); // the tracks changed meanwhile: this result is stale, the newest go next
        return;
    }
    m_comparing = 0;
    m_snapshot = m_comparison.future().takeResult();
    Q_EMIT snapshotChanged();
}

} // namespace mixscope
