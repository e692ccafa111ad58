#pragma once

#include <QMainWindow>

class QActionGroup;
class QItemSelectionModel;
class QLabel;
class QListView;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace mixscope {

class AnalysisView;
class DynamicsView;
class FindingDetails;
class FindingListModel;
class OverviewView;
class PlaybackController;
class SessionComparison;
class SpectrumView;
class StereoView;
class TrackListModel;
class TransportBar;
struct FrequencyRange;
struct SessionSnapshot;
struct TimeRange;

/// The main window. The track list (a dock, top) takes dropped files and
/// folders (or File → Open), shows title, artist, cover art, format, loudness
/// and a progress bar with a cancel button per file, and a plain line for a
/// file that cannot be read. The central tabs draw the comparison: Overview
/// (score card and findings), Spectrum, Stereo, Dynamics (Ctrl+1…4). The
/// Findings dock (right) lists the findings and explains the selected one;
/// selecting a finding anywhere marks its frequencies and moments on every
/// chart. Role changes and added or removed references only recompute the
/// comparison and diagnosis; files are analysed once, in the background.
/// The transport bar (bottom) and the Play menu play the mix and the
/// references loudness-matched (PlaybackController); a finding's moments
/// and band can be looped and soloed from its details.
/// Layout, theme, recent files and the selected view persist in QSettings.
/// GUI thread only.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum View { OverviewTab, SpectrumTab, StereoTab, DynamicsTab, ViewCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds files or folders and starts analysing them in the background. A
    /// session file (.mixscope.json, .mixscope) among them is opened instead.
    void addPaths(const QStringList& paths);

    /// Writes the built-in demo session (if not cached yet) and loads it.
    /// Returns false, after telling the user, if it cannot be written.
    bool openDemoSession();

    /// Saves the files, roles and view choices to path (atomically). Returns
    /// false, after telling the user why, when it cannot be written.
    bool saveSession(const QString& path);
    /// Replaces the track list with the session's files and roles. Returns
    /// false, after telling the user why, when the file cannot be read.
    bool openSession(const QString& path);

    /// Writes the PDF feedback sheet of the current comparison to path
    /// (atomically). Returns false, after telling the user why, when there is
    /// no analysed mix or the file cannot be written. Blocking, a fraction of
    /// a second.
    bool exportFeedbackSheet(const QString& path);

    /// Selects finding row (of findingsModel(); -1 clears) in every list and view.
    void selectFinding(int row);
    /// Plays the mix looped over range (widened to at least kShortestLoopS
    /// around its middle). No-op until the mix can be played.
    void listenTo(const TimeRange& range);
    /// Solos range on whatever plays (and starts playing).
    void soloBand(const QString& label, const FrequencyRange& range);

    static constexpr double kShortestLoopS = 4.0;
    void setCurrentView(View view);
    View currentView() const;

    TrackListModel* trackModel() const { return m_model; }
    SessionComparison* comparison() const { return m_comparison; }
    FindingListModel* findingsModel() const { return m_findings; }
    FindingDetails* findingDetails() const { return m_details; }
    OverviewView* overviewView() const { return m_overview; }
    SpectrumView* spectrumView() const { return m_spectrum; }
    StereoView* stereoView() const { return m_stereo; }
    DynamicsView* dynamicsView() const { return m_dynamics; }
    PlaybackController* playback() const { return m_playback; }
    TransportBar* transportBar() const { return m_transport; }

    static bool isSessionFile(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createTrackList();
    void createViews();
    void createFindingsDock();
    void createActions();
    void createPlayMenu();
    void createLanguageMenu(QMenu* viewMenu);
    void onSessionFollowed(const SessionSnapshot& snapshot, const QStringList& problems);
    void openFiles();
    void openSessionDialog();
    void saveSessionDialog();
    void exportFeedbackSheetDialog();
    void showTrackMenu(const QPoint& position);
    void updateView();
    void removeSelected();
    int currentTrackRow() const;
    void refreshViews();
    void onFindingSelected();
    /// Puts paths at the top of File → Recent, the last one first.
    std::vector<AnalysisView*> views() const;

    TrackListModel* m_model = nullptr;
    SessionComparison* m_comparison = nullptr;
    FindingListModel* m_findings = nullptr;
    QItemSelectionModel* m_findingSelection = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyHint = nullptr;
    QTabWidget* m_tabs = nullptr;
    OverviewView* m_overview = nullptr;
    SpectrumView* m_spectrum = nullptr;
    StereoView* m_stereo = nullptr;
    DynamicsView* m_dynamics = nullptr;
    QListView* m_findingsList = nullptr;
    FindingDetails* m_details = nullptr;
    PlaybackController* m_playback = nullptr;
    TransportBar* m_transport = nullptr;
    QAction* m_exportSheet = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QTimer* m_playbackTimer = nullptr;
    static constexpr int kPlaybackSettleMs = 200;
    /// Files to play are opened on a worker; a newer list of tracks drops an older one's.
    QString m_lastSessionPath;
};

} // namespace mixscope
