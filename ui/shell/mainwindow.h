#pragma once

#include <QMainWindow>

class QDockWidget;

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace mixscope {

class AnalysisView;
class DynamicsView;
class FindingDetails;
class FindingListModel;
class FindingsPanel;
class OverviewView;
class PlaybackController;
class ProfileLibrary;
class ProfilesMenu;
class Session;
class SessionFiles;
class SpectrumView;
class StereoView;
class TrackListModel;
class TrackTable;
class TransportBar;
struct FrequencyRange;
struct SessionFile;
struct SessionSnapshot;
struct TimeRange;

/// The main window over one Session (core/session: the files, their analyses,
/// the comparison and findings). The track list (TrackTable, a dock, top)
/// shows the session's files; files and folders dropped on the window (or
/// File → Open, SessionFiles) join it. The central tabs draw the comparison: Overview
/// (score card and findings), Spectrum, Stereo, Dynamics (Ctrl+1…4). The
/// Findings dock (right) lists the findings and explains the selected one;
/// selecting a finding anywhere marks its frequencies and moments on every
/// chart. Role changes and added or removed references only recompute the
/// comparison and diagnosis; files are analysed once, in the background.
/// The transport bar (bottom) and the Play menu play the mix and the
/// references loudness-matched (PlaybackController); a finding's moments
/// and band can be looped and soloed from its details. The Profiles menu
/// saves the references as a profile and adds the user's profiles as rows;
/// the Overview says which of them the mix sits closest to.
/// Layout, theme, recent files and the selected view persist in QSettings.
/// GUI thread only.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum View { OverviewTab, SpectrumTab, StereoTab, DynamicsTab, ViewCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Selects finding row (of findingsModel(); -1 clears) in every list and view.
    void selectFinding(int row);
    /// Plays the mix looped over range (widened to at least kShortestLoopS
    /// around its middle). No-op until the mix can be played.
    void listenTo(const TimeRange& range);
    /// Solos range on whatever plays (and starts playing).
    void soloBand(const QString& label, const FrequencyRange& range);
    /// Solos a range chosen on the spectrum (a click or a drag).
    void soloChosenBand(double lowHz, double highHz);

    static constexpr double kShortestLoopS = 4.0;
    void setCurrentView(View view);
    View currentView() const;

    Session* session() const { return m_session; }
    /// Adding files, opening, saving and exporting (the File menu).
    SessionFiles* files() const { return m_files; }
    /// The user's reference profiles, which the mix is ranked against.
    ProfileLibrary* profiles() const { return m_profiles; }
    ProfilesMenu* profilesMenu() const { return m_profilesMenu; }
    TrackListModel* trackModel() const;
    FindingListModel* findingsModel() const;
    FindingDetails* findingDetails() const;
    OverviewView* overviewView() const { return m_overview; }
    SpectrumView* spectrumView() const { return m_spectrum; }
    StereoView* stereoView() const { return m_stereo; }
    DynamicsView* dynamicsView() const { return m_dynamics; }
    PlaybackController* playback() const { return m_playback; }
    TransportBar* transportBar() const { return m_transport; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createTrackList();
    void createViews();
    void createFindingsDock();
    void connectPlaybackNotices();
    void showTransport(bool playable);
    void createActions();
    void createFileMenu();
    void onSessionOpened(const SessionFile& file, const QString& path);
    void onSessionFollowed(const SessionSnapshot& snapshot, const QStringList& problems);
    void updateView();
    void refreshViews();
    void onFindingSelected(int row);
    std::vector<AnalysisView*> views() const;

    Session* m_session;
    SessionFiles* m_files;
    ProfileLibrary* m_profiles;
    ProfilesMenu* m_profilesMenu = nullptr;
    TrackTable* m_table = nullptr;
    FindingsPanel* m_findingsPanel = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyHint = nullptr;
    QTabWidget* m_tabs = nullptr;
    OverviewView* m_overview = nullptr;
    SpectrumView* m_spectrum = nullptr;
    StereoView* m_stereo = nullptr;
    DynamicsView* m_dynamics = nullptr;
    PlaybackController* m_playback = nullptr;
    TransportBar* m_transport = nullptr;
    QDockWidget* m_transportDock = nullptr; ///< the transport, the window's whole width
    QAction* m_exportSheet = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QTimer* m_playbackTimer = nullptr;
    static constexpr int kPlaybackSettleMs = 200;
};

} // namespace mixscope
