#include "ui/shell/mainwindow.h"

#include "core/common/units.h"

#include "core/session/session.h"
#include "core/session/sessionfile.h"
#include "ui/findings/findingdetails.h"
#include "ui/findings/findinglistmodel.h"
#include "ui/findings/findingspanel.h"
#include "ui/playback/playbackcontroller.h"
#include "ui/playback/playmenu.h"
#include "ui/playback/transportbar.h"
#include "ui/profiles/profilelibrary.h"
#include "ui/profiles/profilesmenu.h"
#include "ui/shell/appearancemenus.h"
#include "ui/shell/recentfilesmenu.h"
#include "ui/shell/sessionfiles.h"
#include "ui/shell/theme.h"
#include "ui/tracks/tracklistmodel.h"
#include "ui/tracks/tracktable.h"
#include "ui/views/dynamicsview.h"
#include "ui/views/overviewview.h"
#include "ui/views/spectrumview.h"
#include "ui/views/stereoview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace mixscope {

namespace {

QStringList localPaths(const QMimeData* mime) {
    QStringList paths;
    if (mime == nullptr || !mime->hasUrls()) {
        return paths;
    }
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}

const char* viewId(int view) {
    switch (view) {
    case MainWindow::SpectrumTab:
        return "spectrum";
    case MainWindow::StereoTab:
        return "stereo";
    case MainWindow::DynamicsTab:
        return "dynamics";
    default:
        return "overview";
    }
}

int viewFromId(const QString& id) {
    for (int view = 0; view < MainWindow::ViewCount; ++view) {
        if (id == QLatin1String(viewId(view))) {
            return view;
        }
    }
    return MainWindow::OverviewTab;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_files(new SessionFiles(m_session, this))
    , m_profiles(new ProfileLibrary(this))
    , m_refreshTimer(new QTimer(this))
    , m_playbackTimer(new QTimer(this)) {
    setWindowTitle(tr("Mixscope"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    QSettings settings;
    Theme::apply(Theme::fromId(settings.value(QStringLiteral("view/theme")).toString()));

    createTrackList();
    createViews();
    createFindingsDock();
    createActions();

    // The mix is ranked against every profile the user has.
    connect(m_profiles, &ProfileLibrary::changed, this,
            [this] { m_session->setRankedProfiles(m_profiles->summaries()); });
    connect(m_files, &SessionFiles::profilesOpened, m_profiles, &ProfileLibrary::addRecent);
    m_profiles->reload();

    // A burst of finished analyses (20 files dropped) redraws once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshViews);
    connect(m_session, &Session::snapshotChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    // The player opens files on this thread: once a burst of analyses settles.
    m_playbackTimer->setSingleShot(true);
    m_playbackTimer->setInterval(kPlaybackSettleMs);
    connect(m_playbackTimer, &QTimer::timeout, this,
            [this] { m_playback->followSession(m_session->snapshot()); });

    connect(m_files, &SessionFiles::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_files, &SessionFiles::sessionOpened, this, &MainWindow::onSessionOpened);
    m_files->setViewChoices([this](SessionFile& file) {
        file.view = QString::fromLatin1(viewId(m_tabs->currentIndex()));
        file.spectrumResolution = SpectrumView::resolutionId(m_spectrum->resolution());
    });

    connect(m_session, &Session::trackAdded, this, &MainWindow::updateView);
    connect(m_session, &Session::trackRemoved, this, &MainWindow::updateView);
    connect(m_session, &Session::trackChanged, this, &MainWindow::updateView);
    connect(m_session, &Session::allTracksChanged, this, &MainWindow::updateView);
    updateView();

    setCurrentView(
        static_cast<View>(viewFromId(settings.value(QStringLiteral("view/current")).toString())));
    m_spectrum->setResolution(SpectrumView::resolutionFromId(
        settings.value(QStringLiteral("view/spectrumResolution")).toString()));
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showTransport(m_playback->trackCount() > 0); // whatever the saved state says
}

MainWindow::~MainWindow() {
    // Children go in the order they were made, the session first: the table
    // that reads it goes before it.
    delete m_table;
    m_table = nullptr;
}

TrackListModel* MainWindow::trackModel() const {
    return m_table->trackModel();
}

FindingListModel* MainWindow::findingsModel() const {
    return m_findingsPanel->model();
}

FindingDetails* MainWindow::findingDetails() const {
    return m_findingsPanel->details();
}

void MainWindow::createTrackList() {
    m_table = new TrackTable(m_session, this);
    auto* dock = new QDockWidget(tr("Tracks"), this);
    dock->setObjectName(QStringLiteral("tracksDock"));
    dock->setWidget(m_table);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::TopDockWidgetArea, dock);
}

void MainWindow::createViews() {
    m_emptyHint = new QLabel(this);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->setText(tr("<h2>Drop your mix and a few reference tracks here</h2>"
                            "<p>The first file becomes your mix; the others are references "
                            "(drag a track to the top of the list to make it the mix).<br>"
                            "WAV, AIFF, FLAC, MP3, Ogg, Opus and M4A all work.</p>"
                            "<p>No files at hand? Try <b>File → Open demo session</b>.</p>"));
    m_emptyHint->setAccessibleName(tr("Drop files here"));

    m_overview = new OverviewView(this);
    m_spectrum = new SpectrumView(this);
    m_stereo = new StereoView(this);
    m_dynamics = new DynamicsView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    // Alt+letter must not collide with the menu bar's (&File, &Track, &Play…).
    m_tabs->addTab(m_spectrum, tr("Spe&ctrum"));
    m_tabs->addTab(m_stereo, tr("St&ereo"));
    m_tabs->addTab(m_dynamics, tr("&Dynamics"));
    m_tabs->setTabToolTip(OverviewTab, tr("Score card and findings (Ctrl+1)"));
    m_tabs->setTabToolTip(SpectrumTab, tr("Loudness-matched spectra (Ctrl+2)"));
    m_tabs->setTabToolTip(StereoTab, tr("Vectorscopes, correlation and width (Ctrl+3)"));
    m_tabs->setTabToolTip(DynamicsTab, tr("Loudness over time, sections and dynamics (Ctrl+4)"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyHint);
    m_stack->addWidget(m_tabs);

    setCentralWidget(m_stack);

    // The transport bar spans the window's whole width under the views and
    // the findings (room for the tracks' names), shown once the mix can be
    // played; it has no title and cannot be moved or closed.
    m_playback = new PlaybackController(this);
    m_transport = new TransportBar(m_playback, this);
    connectPlaybackNotices();
    m_transportDock = new QDockWidget(tr("Playback"), this);
    m_transportDock->setObjectName(QStringLiteral("playbackDock"));
    m_transportDock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_transportDock->setTitleBarWidget(new QWidget(m_transportDock));
    m_transportDock->setWidget(m_transport);
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_transportDock);
    showTransport(false);
}

void MainWindow::showTransport(bool playable) {
    m_transport->setVisible(playable);
    m_transportDock->setVisible(playable);
}

void MainWindow::connectPlaybackNotices() {
    connect(m_playback, &PlaybackController::sessionFollowed, this, &MainWindow::onSessionFollowed);
    connect(m_playback, &PlaybackController::outputFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Playback stopped: %1").arg(message), 10000);
    });
    connect(m_playback, &PlaybackController::outputNotice, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    // A file changed on disk while it plays: said with its name, for longer
    // than a passing note, as the user did not cause it from here.
    const auto fileName = [this](int index) {
        return QFileInfo(m_playback->trackPaths().value(index)).fileName();
    };
    connect(m_playback, &PlaybackController::trackFailed, this,
            [this, fileName](int index, const QString& reason) {
                statusBar()->showMessage(tr("%1 stopped playing: %2").arg(fileName(index), reason),
                                         30000);
            });
    connect(m_playback, &PlaybackController::trackReplacedOnDisk, this,
            [this, fileName](int index) {
                statusBar()->showMessage(tr("%1 was replaced or deleted on disk. Mixscope goes on "
                                            "playing the version it opened.")
                                             .arg(fileName(index)),
                                         30000);
            });
}

void MainWindow::createFindingsDock() {
    m_findingsPanel = new FindingsPanel(this);
    connect(m_findingsPanel, &FindingsPanel::findingSelected, this, &MainWindow::onFindingSelected);
    connect(findingDetails(), &FindingDetails::loopRequested, this, &MainWindow::listenTo);
    connect(findingDetails(), &FindingDetails::bandSoloRequested, this, &MainWindow::soloBand);
    connect(spectrumView(), &SpectrumView::bandSoloRequested, this, &MainWindow::soloChosenBand);

    auto* dock = new QDockWidget(tr("Findings"), this);
    dock->setObjectName(QStringLiteral("findingsDock"));
    dock->setWidget(m_findingsPanel);
    dock->setMinimumWidth(260);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {300}, Qt::Horizontal);
}

void MainWindow::createFileMenu() {
    QMenu* menu = menuBar()->addMenu(tr("&File"));
    menu->addAction(tr("&Open…"), m_files, &SessionFiles::openFilesDialog)
        ->setShortcut(QKeySequence::Open);
    auto* recentMenu = new RecentFilesMenu(tr("Open &Recent"), menu);
    menu->addMenu(recentMenu);
    connect(recentMenu, &RecentFilesMenu::openRequested, m_files,
            [this](const QString& path) { m_files->addPaths(QStringList{path}); });
    menu->addAction(tr("Open &demo session"), m_files, [this] { m_files->openDemoSession(); });
    menu->addSeparator();
    menu->addAction(tr("Open &Session…"), m_files, &SessionFiles::openSessionDialog)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    menu->addAction(tr("&Save Session…"), m_files, &SessionFiles::saveSessionDialog)
        ->setShortcut(QKeySequence::Save);
    m_exportSheet = menu->addAction(tr("&Export feedback sheet…"), m_files,
                                    &SessionFiles::exportFeedbackSheetDialog);
    m_exportSheet->setObjectName(QStringLiteral("exportFeedbackSheetAction"));
    m_exportSheet->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportSheet->setStatusTip(tr("Save the score card, findings and charts as a PDF"));
    m_exportSheet->setEnabled(false);
    connect(m_session, &Session::snapshotChanged, m_exportSheet,
            [this] { m_exportSheet->setEnabled(m_session->snapshot().mix.has_value()); });
    menu->addSeparator();
    menu->addAction(tr("&Remove selected"), m_table, &TrackTable::removeSelected)
        ->setShortcut(QKeySequence::Delete);
    menu->addAction(tr("&Clear all"), m_session, &Session::clear);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);
}

void MainWindow::createActions() {
    createFileMenu();

    QMenu* trackMenu = menuBar()->addMenu(tr("&Track"));
    trackMenu->addAction(tr("Use as &mix"), m_table, &TrackTable::useCurrentAsMix)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    trackMenu->addAction(m_table->cancelAction());
    trackMenu->addAction(tr("&Analyse again"), m_table, &TrackTable::reanalyseCurrent);

    m_profilesMenu = new ProfilesMenu(m_session, m_profiles, this);
    menuBar()->addMenu(m_profilesMenu);
    connect(m_profilesMenu, &ProfilesMenu::openRequested, m_files,
            [this](const QString& path) { m_files->addPaths({path}); });
    connect(m_profilesMenu, &ProfilesMenu::statusMessage, statusBar(), &QStatusBar::showMessage);

    menuBar()->addMenu(new PlayMenu(m_playback, this));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Overview"), tr("&Spectrum"), tr("S&tereo"), tr("&Dynamics")};
    auto* viewGroup = new QActionGroup(this);
    for (int view = 0; view < ViewCount; ++view) {
        QAction* action =
            viewMenu->addAction(names[view], this, [this, view] { setCurrentView(View(view)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + view)));
        action->setCheckable(true);
        viewGroup->addAction(action);
        connect(m_tabs, &QTabWidget::currentChanged, action,
                [action, view](int current) { action->setChecked(current == view); });
    }
    viewMenu->addSeparator();
    viewMenu->addMenu(new ThemeMenu(viewMenu));
    viewMenu->addMenu(new LanguageMenu(viewMenu));
    viewMenu->addSeparator();
    const QList<QDockWidget*> docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks) {
        viewMenu->addAction(dock->toggleViewAction());
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Mixscope"), this, [this] {
        QMessageBox::about(this, tr("About Mixscope"),
                           tr("<h3>Mixscope %1</h3><p>Compares your mix with reference tracks, "
                              "loudness-matched, and tells you what stands between them.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::onSessionOpened(const SessionFile& file, const QString& path) {
    if (!file.view.isEmpty()) {
        setCurrentView(static_cast<View>(viewFromId(file.view)));
    }
    if (!file.spectrumResolution.isEmpty()) {
        m_spectrum->setResolution(SpectrumView::resolutionFromId(file.spectrumResolution));
    }
    setWindowTitle(tr("%1 — Mixscope").arg(QFileInfo(path).fileName()));
}

std::vector<AnalysisView*> MainWindow::views() const {
    return {m_overview, m_spectrum, m_stereo, m_dynamics};
}

void MainWindow::refreshViews() {
    const SessionSnapshot& snapshot = m_session->snapshot();
    m_playbackTimer->start();
    for (AnalysisView* view : views()) {
        view->setHighlightedFinding(-1);
        view->setSnapshot(snapshot);
    }
    m_findingsPanel->setSnapshot(snapshot); // and the selection, which the views follow
}

void MainWindow::onSessionFollowed(const SessionSnapshot& snapshot, const QStringList& problems) {
    if (!problems.isEmpty()) {
        statusBar()->showMessage(problems.join(QStringLiteral("; ")), 10000);
    }
    const std::vector<ComparedTrack> tracks = snapshot.tracks();
    int player = 0; // the player's tracks: the playable ones
    for (const std::size_t i : snapshot.playable()) {
        m_transport->setAnalysis(player++, *tracks[i].analysis);
    }
    const bool playable = m_playback->trackCount() > 0;
    showTransport(playable);
    findingDetails()->setPlaybackAvailable(playable);
}

void MainWindow::listenTo(const TimeRange& range) {
    if (m_playback->trackCount() == 0) {
        return;
    }
    double start = std::max(0.0, range.startS);
    double end = std::max(start, range.endS);
    if (end - start < kShortestLoopS) {
        start = std::max(0.0, (start + end - kShortestLoopS) / 2.0);
        end = start + kShortestLoopS;
    }
    const double duration = m_playback->durationS(0);
    if (duration > 0.0 && end > duration) { // a moment at the very end
        end = duration;
        start = std::max(0.0, std::min(start, end - kShortestLoopS));
    }
    m_playback->selectTrack(0);
    m_playback->setLoopRegion(start, end);
    m_playback->setLooping(true);
    m_playback->seek(m_playback->loopStartS());
    m_playback->play();
    const QString loop =
        FindingListModel::timeText({m_playback->loopStartS(), m_playback->loopEndS()});
    statusBar()->showMessage(
        m_playback->trackCount() > 1 // a profile's references cannot be played
            ? tr("Looping %1 of the mix. Press A to hear the reference at the same spot, L to "
                 "stop looping.")
                  .arg(loop)
            : tr("Looping %1 of the mix. L stops looping.").arg(loop),
        10000);
}

void MainWindow::soloBand(const QString& label, const FrequencyRange& range) {
    if (m_playback->trackCount() == 0) {
        return;
    }
    m_transport->soloBand(tr("This finding: %1").arg(label), range.lowHz, range.highHz);
    m_playback->play();
    statusBar()->showMessage(tr("Hearing only %1. Press B to hear everything again.").arg(label),
                             10000);
}

void MainWindow::soloChosenBand(double lowHz, double highHz) {
    if (m_playback->trackCount() == 0) {
        return;
    }
    const QString range = Units::frequencyRange(lowHz, highHz);
    m_transport->soloBand(tr("Chosen on the spectrum: %1").arg(range), lowHz, highHz);
    statusBar()->showMessage(
        m_playback->isPlaying()
            ? tr("Hearing only %1. Press B to hear everything again.").arg(range)
            : tr("Only %1 will play. Press Space to listen, B to hear everything.").arg(range),
        10000);
}

void MainWindow::selectFinding(int row) {
    m_findingsPanel->selectFinding(row);
}

void MainWindow::onFindingSelected(int row) {
    for (AnalysisView* view : views()) {
        view->setHighlightedFinding(row);
    }
}

void MainWindow::setCurrentView(View view) {
    m_tabs->setCurrentIndex(std::clamp(static_cast<int>(view), 0, ViewCount - 1));
}

MainWindow::View MainWindow::currentView() const {
    return static_cast<View>(m_tabs->currentIndex());
}

void MainWindow::updateView() {
    const int count = m_session->count();
    m_stack->setCurrentWidget(count == 0 ? static_cast<QWidget*>(m_emptyHint) : m_tabs);
    // The comparison catches up on a worker; without an analysed mix there
    // is nothing to export from now on, not from its next result.
    const int mix = m_session->mixIndex();
    if (mix < 0 || !m_session->track(mix).analysis) {
        m_exportSheet->setEnabled(false);
    }
    if (!m_session->isBusy() && count > 0) {
        int failed = 0;
        int files = 0; // a profile's row is read, not analysed
        for (int index = 0; index < count; ++index) {
            failed += m_session->track(index).state == Session::State::Failed ? 1 : 0;
            files += m_session->track(index).isProfile() ? 0 : 1;
        }
        if (failed == 0 && files > 0) {
            statusBar()->showMessage(tr("%n track(s) analysed", nullptr, files));
        } else if (failed > 0) {
            statusBar()->showMessage(tr("%n file(s) could not be analysed", nullptr, failed));
        }
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event) {
    if (!localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    m_files->addPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/current"),
                      QString::fromLatin1(viewId(m_tabs->currentIndex())));
    settings.setValue(QStringLiteral("view/spectrumResolution"),
                      SpectrumView::resolutionId(m_spectrum->resolution()));
    QMainWindow::closeEvent(event);
}

} // namespace mixscope
