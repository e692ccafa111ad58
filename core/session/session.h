#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/common/analysiserror.h"
#include "core/compare/trackrole.h"
#include "core/profile/profiledistance.h"
#include "core/session/sessionsnapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

namespace mixscope {

struct SessionFile;

/// The session the window works on: its files, their roles and analyses,
/// and the comparison and diagnosis of the mix against the references, kept
/// in step (as Sonic Visualiser's Document lives apart from its widgets;
/// ui/tracks/TrackListModel is the table over it). A reference profile is a
/// row too: read, not analysed, its tracks compared as references.
///
/// **Files.** Each file is analysed once, in the background (AnalysisTask on
/// the session's own pool, at most QThread::idealThreadCount() files at a
/// time; the rest wait in its queue): adding files never blocks, removing one
/// cancels its analysis, and changing roles or adding or removing a track
/// never analyses the other files again. The mix is always the first file;
/// the references follow in the order the playback keys (2–9) and the views
/// use. The mix is analysed first: while it is, two of the pool's threads are
/// kept for it (its analysis borrows the second, MeterSet) and the references
/// wait for the others, so that its loudness and the findings it needs no
/// reference for show sooner (1.0 s instead of 1.6 s for a 4-minute mix on
/// two cores); the comparison with the references follows as they finish.
///
/// **Comparison.** Whenever the analysed tracks or their roles change, the
/// session compares and diagnoses again (SessionSnapshot::of, on a worker
/// thread, on the shared analyses). Every change is a new generation: one
/// comparison runs at a time, changes meanwhile wait as one request for the
/// newest state, and a result that comes back after a newer change is
/// dropped, never shown. A burst of changes (50 files finishing, a role
/// dragged about) costs one or two comparisons, and snapshot() only goes
/// forward.
///
/// The signals follow QAbstractItemModel's pattern (about to / done) so that
/// a view model can forward them. Thread affinity: the thread it lives on
/// (the GUI thread in the window).
class Session : public QObject {
    Q_OBJECT

public:
    enum class State { Analysing, Done, Failed, Cancelled };

    /// A profile's row, as read: its summary and its tracks' kept analyses.
    struct Profile {
        ProfileSummary summary;
        std::vector<std::shared_ptr<const TrackAnalysis>> tracks;
    };

    /// One file of the session, as it stands.
    struct Track {
        QString path; ///< absolute
        TrackRole role = TrackRole::Reference;
        State state = State::Analysing;
        int progress = 0;                              ///< 0–AnalysisTask::kProgressMaximum
        std::shared_ptr<const TrackAnalysis> analysis; ///< set when Done; shared, never copied
        QString error;                                 ///< set when Failed or Cancelled
        /// Set for a profile (a *.mixprofile.json) read: its tracks are
        /// references. A profile is never the mix and has nothing to play.
        std::shared_ptr<const Profile> profile;

        bool isProfile() const { return isProfilePath(path); }
    };

    explicit Session(QObject* parent = nullptr);
    /// Cancels the analyses and waits for the running ones and the comparison.
    ~Session() override;

    /// The file name suffixes (lower case, no dot) a folder is searched for.
    static QStringList audioFileSuffixes();
    /// The same as name filters ("*.wav", …), for a folder search or a file dialog.
    static QStringList audioFileNameFilters();
    /// Whether path names a reference profile (*.mixprofile.json).
    static bool isProfilePath(const QString& path);
    /// paths with each folder replaced by the audio files inside it
    /// (audioFileSuffixes(), recursively, sorted); other paths as they are.
    static QStringList expandFolders(const QStringList& paths);

    /// Adds files (folders: the audio files inside, recursively, sorted) and
    /// starts analysing them. The first file becomes the mix when there is
    /// none yet; the others are references. A profile is read in the
    /// background as well: one row whose tracks are references. Files already in the session are
    /// skipped; anything else (a missing file, a document) is added, so that
    /// it gets its own error rather than silently vanishing. Returns how many
    /// tracks were added.
    int addPaths(const QStringList& paths);

    void removeTrack(int index);
    /// Moves track `from` to just before `to` (0…count()); the first track is
    /// the mix afterwards. Returns false for indexes out of range.
    bool moveTrack(int from, int to);
    /// Moves the tracks with these paths, in this order, to just before `to`
    /// (a drag of several rows); paths no longer in the session are skipped.
    /// Returns whether any moved.
    bool moveTracks(const QStringList& paths, int to);
    /// Makes track index the mix, moving it to the front (not a profile).
    void setMix(int index);
    /// Stops the analysis of index (no-op unless Analysing); the track stays, Cancelled.
    void cancelAnalysis(int index);
    /// Analyses a Failed or Cancelled track again (no-op otherwise).
    void reanalyse(int index);
    void clear();

    /// Replaces the tracks with the saved session's files and roles.
    void load(const SessionFile& file);
    /// The tracks and roles as a session file (the caller adds its view choices).
    SessionFile toFile() const;

    int count() const { return static_cast<int>(m_tracks.size()); }
    const Track& track(int index) const {
        return m_tracks.at(static_cast<std::size_t>(index)).track;
    }
    int mixIndex() const; ///< -1 when there is no mix
    /// The track with this absolute path; -1 when it is not in the session.
    int indexOf(const QString& path) const;
    bool isBusy() const; ///< some track is being analysed or waits for it
    /// The title from the tags (the file name until it is analysed); a
    /// profile's name.
    QString title(int index) const;
    /// The mix's integrated loudness, once it is analysed.
    std::optional<double> mixLoudness() const;

    /// The profiles the mix is ranked against (SessionSnapshot::closestProfiles);
    /// compares again.
    void setRankedProfiles(SessionSnapshot::Profiles profiles);

    /// How many analyses the session has started since it was made (tests use
    /// it to prove that role changes do not analyse again).
    int analysesStarted() const { return m_analysesStarted; }
    /// How many threads analyse at most (QThread::idealThreadCount() unless set;
    /// tests set it to see the mix go first on a given machine).
    void setAnalysisThreads(int threads);

    /// The newest comparison that matches a state of the tracks; it may lag
    /// them by one comparison while isComparing().
    const SessionSnapshot& snapshot() const { return m_snapshot; }
    /// A comparison is running or asked for: snapshot() may not be the tracks' yet.
    bool isComparing() const { return m_comparing != 0; }
    /// Asks for a comparison of the tracks as they are now (every change does;
    /// public for tests). Returns at once; snapshotChanged() follows.
    void recompare();
    /// How many comparisons were started (a burst of changes starts few).
    int comparisonsStarted() const { return m_comparisonsStarted; }

Q_SIGNALS:
    void trackAboutToBeAdded(int index);
    void trackAdded(int index);
    void trackAboutToBeRemoved(int index);
    void trackRemoved(int index);
    /// Track `from` is about to move to just before `to` (moveTrack()'s meaning).
    void trackAboutToMove(int from, int to);
    void trackMoved();
    /// The track's state, analysis or error changed.
    void trackChanged(int index);
    void progressChanged(int index);
    /// Every track may read differently: the roles changed, or the mix's
    /// loudness (which sets every reference's match gain).
    void allTracksChanged();
    /// The analysis of index ended (Done or Failed).
    void trackFinished(int index);
    void busyChanged(bool busy);
    /// snapshot() was replaced by a comparison of the tracks' latest state.
    void snapshotChanged();

private:
    using Watcher = QFutureWatcher<Result<TrackAnalysis>>;
    using ProfileWatcher = QFutureWatcher<Result<std::shared_ptr<const Profile>>>;
    struct Slot {
        Track track;
        std::unique_ptr<Watcher> watcher;
        std::unique_ptr<ProfileWatcher> reading; ///< a profile being read
        bool held = false; ///< Analysing, but waits for the mix's analysis to leave room
    };

    void startAnalysis(Slot& slot);
    /// Starts the held analyses there is room for: the mix's at once, the
    /// references' on the threads the mix's analysis leaves.
    void startHeldAnalyses();
    void stopAnalysis(Slot& slot);
    void onAnalysisFinished(Watcher* watcher);
    int indexOf(const Watcher* watcher) const;
    /// Moves without telling the comparison; false when it is where it was.
    bool moveSlot(int from, int to);
    /// The first file is the mix (a profile never is).
    void makeFirstTrackTheMix();
    /// Reads the profile slot names on a worker (Analysing until onProfileRead).
    void readProfile(Slot& slot);
    void onProfileRead(ProfileWatcher* reading);
    void startComparison();
    void onComparisonFinished();

    // Declared before m_tracks: destroyed after them, it waits for the
    // cancelled analyses to return.
    QThreadPool m_analysisPool;
    std::vector<Slot> m_tracks;
    int m_analysesStarted = 0;

    SessionSnapshot::Profiles m_rankedProfiles;
    SessionSnapshot m_snapshot;
    quint64 m_requested = 0; ///< generation of the newest request
    quint64 m_comparing = 0; ///< generation of the comparison under way, 0 when none
    int m_comparisonsStarted = 0;
    // One thread: a comparison at a time, never competing with itself.
    QThreadPool m_comparisonPool;
    QFutureWatcher<SessionSnapshot> m_comparison;
};

} // namespace mixscope
