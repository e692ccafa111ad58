#include "ui/shell/mainwindow.h"

#include "core/common/translations.h"
#include "core/session/demosession.h"
#include "core/session/sessionfile.h"
#include "ui/findings/findingdetails.h"
#include "ui/findings/findinglistmodel.h"
#include "ui/playback/playbackcontroller.h"
#include "ui/playback/transportbar.h"
#include "ui/report/feedbacksheet.h"
#include "ui/shell/recentfilesmenu.h"
#include "ui/shell/theme.h"
#include "ui/tracks/sessioncomparison.h"
#include "ui/tracks/tracklistmodel.h"
#include "ui/tracks/trackstatusdelegate.h"
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
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

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
    , m_model(new TrackListModel(this))
    , m_comparison(new SessionComparison(m_model, this))
    , m_findings(new FindingListModel(this))
    , m_findingSelection(new QItemSelectionModel(m_findings, this))
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

    // A burst of finished analyses (20 files dropped) redraws once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshViews);
    connect(m_comparison, &SessionComparison::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    // The player opens files on this thread: once a burst of analyses settles.
    m_playbackTimer->setSingleShot(true);
    m_playbackTimer->setInterval(kPlaybackSettleMs);
    connect(m_playbackTimer, &QTimer::timeout, this,
            [this] { m_playback->followSession(m_comparison->snapshot()); });
    connect(m_findingSelection, &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onFindingSelected);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateView);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateView);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateView);
    updateView();

    setCurrentView(
        static_cast<View>(viewFromId(settings.value(QStringLiteral("view/current")).toString())));
    m_spectrum->setResolution(
        settings.value(QStringLiteral("view/spectrumResolution")).toString() ==
                QLatin1String("fine")
            ? SpectrumView::Resolution::Fine
            : SpectrumView::Resolution::ThirdOctave);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createTrackList() {
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    auto* delegate = new TrackStatusDelegate(this);
    connect(delegate, &TrackStatusDelegate::cancelRequested, this,
            [this](const QModelIndex& index) { m_model->cancelAnalysis(index.row()); });
    m_table->setItemDelegateForColumn(TrackListModel::StatusColumn, delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setIconSize(QSize(40, 40));
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(46);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TrackListModel::StatusColumn,
                                                      QHeaderView::Stretch);
    // Rows move by drag; a track dragged to the top becomes the mix. Dropped
    // files are not the table's: they go on to the window (dropEvent()).
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropOverwriteMode(false);
    m_table->setAccessibleName(tr("Tracks"));
    m_table->setToolTip(tr("The top track is your mix: drag a track to the top, or right-click "
                           "it, to make it the mix. Right-click to cancel or remove a track."));
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTrackMenu);

    auto* dock = new QDockWidget(tr("Tracks"), this);
    dock->setObjectName(QStringLiteral("tracksDock"));
    dock->setWidget(m_table);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::TopDockWidgetArea, dock);
    resizeDocks({dock}, {150}, Qt::Vertical);
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
    m_overview->setFindingsModel(m_findings, m_findingSelection);
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

    // The transport bar sits under the views, shown once the mix can be played.
    m_playback = new PlaybackController(this);
    m_transport = new TransportBar(m_playback, this);
    m_transport->hide();
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
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_transport);
    setCentralWidget(central);
}

void MainWindow::createFindingsDock() {
    m_findingsList = new QListView(this);
    m_findingsList->setModel(m_findings);
    m_findingsList->setSelectionModel(m_findingSelection);
    m_findingsList->setIconSize(QSize(20, 20));
    m_findingsList->setWordWrap(true);
    m_findingsList->setAccessibleName(tr("Findings"));
    m_details = new FindingDetails(this);
    connect(m_details, &FindingDetails::loopRequested, this, &MainWindow::listenTo);
    connect(m_details, &FindingDetails::bandSoloRequested, this, &MainWindow::soloBand);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_findingsList);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* dock = new QDockWidget(tr("Findings"), this);
    dock->setObjectName(QStringLiteral("findingsDock"));
    dock->setWidget(split);
    dock->setMinimumWidth(260);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {300}, Qt::Horizontal);
}

void MainWindow::createActions() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::openFiles);
    open->setShortcut(QKeySequence::Open);
    auto* recentMenu = new RecentFilesMenu(tr("Open &Recent"), fileMenu);
    fileMenu->addMenu(recentMenu);
    connect(recentMenu, &RecentFilesMenu::openRequested, this,
            [this](const QString& path) { addPaths(QStringList{path}); });
    fileMenu->addAction(tr("Open &demo session"), this, [this] { openDemoSession(); });
    fileMenu->addSeparator();
    QAction* openSession =
        fileMenu->addAction(tr("Open &Session…"), this, &MainWindow::openSessionDialog);
    openSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* saveSession =
        fileMenu->addAction(tr("&Save Session…"), this, &MainWindow::saveSessionDialog);
    saveSession->setShortcut(QKeySequence::Save);
    m_exportSheet = fileMenu->addAction(tr("&Export feedback sheet…"), this,
                                        &MainWindow::exportFeedbackSheetDialog);
    m_exportSheet->setObjectName(QStringLiteral("exportFeedbackSheetAction"));
    m_exportSheet->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportSheet->setStatusTip(tr("Save the score card, findings and charts as a PDF"));
    m_exportSheet->setEnabled(false);
    connect(m_comparison, &SessionComparison::changed, m_exportSheet,
            [this] { m_exportSheet->setEnabled(m_comparison->snapshot().mix.has_value()); });
    fileMenu->addSeparator();
    QAction* remove =
        fileMenu->addAction(tr("&Remove selected"), this, &MainWindow::removeSelected);
    remove->setShortcut(QKeySequence::Delete);
    fileMenu->addAction(tr("&Clear all"), m_model, &TrackListModel::clear);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* trackMenu = menuBar()->addMenu(tr("&Track"));
    QAction* makeMix = trackMenu->addAction(tr("Use as &mix"), this,
                                            [this] { m_model->setMix(currentTrackRow()); });
    makeMix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction* cancel = trackMenu->addAction(tr("&Cancel analysis"), this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const QModelIndex& index : rows) {
            m_model->cancelAnalysis(index.row());
        }
    });
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(cancel);
    trackMenu->addAction(tr("&Analyse again"), this,
                         [this] { m_model->reanalyse(currentTrackRow()); });

    createPlayMenu();

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
    QMenu* themeMenu = viewMenu->addMenu(tr("T&heme"));
    auto* themeGroup = new QActionGroup(this);
    const std::vector<std::pair<Theme::Choice, QString>> themes{
        {Theme::Choice::System, tr("&System")},
        {Theme::Choice::Light, tr("&Light")},
        {Theme::Choice::Dark, tr("&Dark")}};
    for (const auto& [choice, name] : themes) {
        QAction* action = themeMenu->addAction(name, this, [choice = choice] {
            Theme::apply(choice);
            QSettings().setValue(QStringLiteral("view/theme"), Theme::id(choice));
        });
        action->setCheckable(true);
        action->setChecked(choice == Theme::current());
        themeGroup->addAction(action);
    }
    createLanguageMenu(viewMenu);
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

void MainWindow::createLanguageMenu(QMenu* viewMenu) {
    QMenu* languageMenu = viewMenu->addMenu(tr("L&anguage"));
    auto* group = new QActionGroup(this);
    const QString chosen = QSettings().value(QLatin1String(Translations::kSettingsKey)).toString();
    // Each language by its own name, so that it can be found from any other.
    std::vector<std::pair<QString, QString>> languages{{QString(), tr("&System")},
                                                       {QStringLiteral("en"), QString()}};
    for (const QString& code : Translations::available()) {
        languages.emplace_back(code, QString());
    }
    for (const auto& [code, label] : languages) {
        const QString name = label.isEmpty() ? Translations::nativeName(code) : label;
        QAction* action = languageMenu->addAction(name, this, [this, code = code] {
            QSettings().setValue(QLatin1String(Translations::kSettingsKey), code);
            QMessageBox::information(
                this, tr("Language"),
                code.isEmpty()
                    ? tr("Mixscope will use the system's language the next time it starts.")
                    : tr("Mixscope will use %1 the next time it starts.")
                          .arg(Translations::nativeName(code)));
        });
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        if (code.isEmpty()) {
            languageMenu->addSeparator();
        }
    }
}

void MainWindow::createPlayMenu() {
    // The same actions as the transport bar's buttons: one shortcut each.
    QMenu* menu = menuBar()->addMenu(tr("&Play"));
    menu->addAction(m_playback->playPauseAction());
    menu->addAction(m_playback->toggleAbAction());
    menu->addAction(m_playback->trackAction(0));
    menu->addAction(m_playback->seekBackAction());
    menu->addAction(m_playback->seekForwardAction());
    menu->addSeparator();
    menu->addAction(m_playback->matchLoudnessAction());
    menu->addAction(m_playback->monoAction());
    menu->addAction(m_playback->loopAction());
    menu->addAction(m_playback->bandSoloAction());
    menu->addSeparator();

    QMenu* positionMenu = menu->addMenu(tr("When &switching tracks"));
    auto* positionGroup = new QActionGroup(this);
    const std::vector<std::pair<PlaybackEngine::PositionMode, QString>> modes{
        {PlaybackEngine::PositionMode::SameTime, tr("Stay at the same &time")},
        {PlaybackEngine::PositionMode::SameRelativePosition,
         tr("Go to the same &place in the song (for tracks of different lengths)")}};
    for (const auto& [mode, text] : modes) {
        QAction* action = positionMenu->addAction(
            text, this, [this, mode = mode] { m_playback->setPositionMode(mode); });
        action->setCheckable(true);
        action->setChecked(m_playback->positionMode() == mode);
        positionGroup->addAction(action);
    }

    QMenu* deviceMenu = menu->addMenu(tr("Output &device"));
    connect(deviceMenu, &QMenu::aboutToShow, this, [this, deviceMenu] {
        deviceMenu->clear();
        auto* group = new QActionGroup(deviceMenu);
        const QAudioDevice chosen = m_playback->outputDevice();
        QAction* system = deviceMenu->addAction(
            tr("System default"), this, [this] { m_playback->setOutputDevice(QAudioDevice()); });
        system->setCheckable(true);
        system->setChecked(chosen.isNull());
        group->addAction(system);
        const QList<QAudioDevice> devices = PlaybackController::outputDevices();
        for (const QAudioDevice& device : devices) {
            QAction* action = deviceMenu->addAction(device.description(), this, [this, device] {
                m_playback->setOutputDevice(device);
            });
            action->setCheckable(true);
            action->setChecked(!chosen.isNull() && chosen.id() == device.id());
            group->addAction(action);
        }
    });
    // Shown (with its one entry) before the devices are listed.
    deviceMenu->addAction(tr("System default"))->setEnabled(false);
}

bool MainWindow::isSessionFile(const QString& path) {
    return path.endsWith(QLatin1String(".mixscope.json"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".mixscope"), Qt::CaseInsensitive);
}

void MainWindow::addPaths(const QStringList& paths) {
    QStringList audio;
    for (const QString& path : paths) {
        if (isSessionFile(path)) {
            openSession(path);
            return;
        }
        audio << path;
    }
    const int added = m_model->addPaths(audio);
    if (added > 0) {
        QStringList absolute;
        for (const QString& path : audio) {
            absolute << QFileInfo(path).absoluteFilePath();
        }
        RecentFilesMenu::add(absolute);
        statusBar()->showMessage(tr("Analysing %n file(s)…", nullptr, added), 4000);
    }
}

bool MainWindow::openDemoSession() {
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const Result<DemoSession> demo = DemoSession::ensure(cache);
    if (!demo) {
        QMessageBox::warning(
            this, tr("Demo session"),
            tr("The demo session could not be created: %1").arg(demo.error().message));
        return false;
    }
    m_model->clear();
    m_model->addPaths(QStringList{demo.value().mixPath} + demo.value().referencePaths);
    return true;
}

bool MainWindow::saveSession(const QString& path) {
    SessionFile session;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        session.tracks.push_back({m_model->path(row), m_model->role(row)});
    }
    session.view = QString::fromLatin1(viewId(m_tabs->currentIndex()));
    session.spectrumResolution = m_spectrum->resolution() == SpectrumView::Resolution::Fine
                                     ? QStringLiteral("fine")
                                     : QStringLiteral("third_octave");
    if (const auto error = session.write(path)) {
        QMessageBox::warning(this, tr("Save session"),
                             tr("The session could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), error->message));
        return false;
    }
    m_lastSessionPath = path;
    RecentFilesMenu::add({QFileInfo(path).absoluteFilePath()});
    statusBar()->showMessage(tr("Session saved to %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::openSession(const QString& path) {
    const Result<SessionFile> session = SessionFile::read(path);
    if (!session) {
        QMessageBox::warning(this, tr("Open session"),
                             tr("The session %1 could not be opened: %2")
                                 .arg(QDir::toNativeSeparators(path), session.error().message));
        return false;
    }
    m_lastSessionPath = path;
    RecentFilesMenu::add({QFileInfo(path).absoluteFilePath()});
    m_model->clear();
    QStringList paths;
    QString mixPath;
    for (const SessionTrack& track : session.value().tracks) {
        paths << track.path;
        if (track.role == TrackRole::Mix && mixPath.isEmpty()) {
            mixPath = QFileInfo(track.path).absoluteFilePath();
        }
    }
    m_model->addPaths(paths);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->path(row) == mixPath) {
            m_model->setMix(row);
        }
    }
    if (!session.value().view.isEmpty()) {
        setCurrentView(static_cast<View>(viewFromId(session.value().view)));
    }
    if (!session.value().spectrumResolution.isEmpty()) {
        m_spectrum->setResolution(session.value().spectrumResolution == QLatin1String("fine")
                                      ? SpectrumView::Resolution::Fine
                                      : SpectrumView::Resolution::ThirdOctave);
    }
    setWindowTitle(tr("%1 — Mixscope").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::openSessionDialog() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open session"), settings.value(QStringLiteral("files/lastFolder")).toString(),
        tr("Mixscope sessions (*.mixscope.json *.mixscope);;All files (*)"));
    if (!path.isEmpty()) {
        openSession(path);
    }
}

void MainWindow::saveSessionDialog() {
    QSettings settings;
    QString suggestion = m_lastSessionPath;
    if (suggestion.isEmpty()) {
        const QString folder =
            m_model->rowCount() > 0
                ? QFileInfo(m_model->path(std::max(0, m_model->mixRow()))).absolutePath()
                : settings.value(QStringLiteral("files/lastFolder")).toString();
        suggestion = QDir(folder).filePath(tr("Untitled") + QStringLiteral(".mixscope.json"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save session"), suggestion,
                                                tr("Mixscope sessions (*.mixscope.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (!isSessionFile(path)) {
        path += QStringLiteral(".mixscope.json");
    }
    saveSession(path);
}

bool MainWindow::exportFeedbackSheet(const QString& path) {
    FeedbackSheet sheet(m_comparison->snapshot());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<AnalysisError> error = sheet.write(path);
    QApplication::restoreOverrideCursor();
    if (error) {
        QMessageBox::warning(this, tr("Export feedback sheet"),
                             tr("The feedback sheet could not be saved to %1: %2.")
                                 .arg(QDir::toNativeSeparators(path), error->message));
        return false;
    }
    statusBar()->showMessage(tr("Feedback sheet saved to %1").arg(QDir::toNativeSeparators(path)),
                             4000);
    return true;
}

void MainWindow::exportFeedbackSheetDialog() {
    const SessionSnapshot& snapshot = m_comparison->snapshot();
    if (!snapshot.mix) {
        return;
    }
    QString name = tr("%1 feedback sheet").arg(snapshot.mix->name);
    name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    const QString suggestion =
        QFileInfo(snapshot.mix->analysis->path).dir().filePath(name + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export feedback sheet"), suggestion,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    exportFeedbackSheet(path);
}

void MainWindow::openFiles() {
    QStringList patterns;
    for (const QString& suffix : TrackListModel::audioFileSuffixes()) {
        patterns << QStringLiteral("*.") + suffix;
    }
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open your mix and reference tracks"),
        settings.value(QStringLiteral("files/lastFolder")).toString(),
        tr("Audio files (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!files.isEmpty()) {
        settings.setValue(QStringLiteral("files/lastFolder"),
                          QFileInfo(files.front()).absolutePath());
        addPaths(files);
    }
}

int MainWindow::currentTrackRow() const {
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void MainWindow::showTrackMenu(const QPoint& position) {
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    const int row = index.row();
    QMenu menu(this);
    QAction* makeMix =
        menu.addAction(tr("Use as &mix"), this, [this, row] { m_model->setMix(row); });
    makeMix->setEnabled(row != m_model->mixRow());
    const TrackListModel::State state = m_model->state(row);
    if (state == TrackListModel::State::Analysing) {
        menu.addAction(tr("&Cancel analysis"), this, [this, row] { m_model->cancelAnalysis(row); });
    } else if (state != TrackListModel::State::Done) {
        menu.addAction(tr("&Analyse again"), this, [this, row] { m_model->reanalyse(row); });
    }
    menu.addAction(state == TrackListModel::State::Analysing ? tr("Cancel and &remove")
                                                             : tr("&Remove"),
                   this, [this, row] { m_model->removeTrack(row); });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::removeSelected() {
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        rows << index.row();
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows) {
        m_model->removeTrack(row);
    }
}

std::vector<AnalysisView*> MainWindow::views() const {
    return {m_overview, m_spectrum, m_stereo, m_dynamics};
}

void MainWindow::refreshViews() {
    const SessionSnapshot& snapshot = m_comparison->snapshot();
    // Keep the selected finding selected when it survives the recomputation.
    const Finding* before = m_findings->finding(m_findingSelection->currentIndex().row());
    const std::optional<FindingKind> selectedKind =
        before != nullptr ? std::optional<FindingKind>(before->kind) : std::nullopt;
    m_findings->setFindings(snapshot.findings);
    m_details->setTrackDuration(snapshot.mix ? snapshot.mix->analysis->durationS : 0.0);
    m_playbackTimer->start();
    for (AnalysisView* view : views()) {
        view->setHighlightedFinding(-1);
        view->setSnapshot(snapshot);
    }
    int reselect = -1;
    for (int row = 0; selectedKind && row < m_findings->rowCount(); ++row) {
        if (m_findings->finding(row)->kind == *selectedKind) {
            reselect = row;
            break;
        }
    }
    selectFinding(reselect);
    if (reselect < 0) {
        onFindingSelected();
    }
}

void MainWindow::onSessionFollowed(const SessionSnapshot& snapshot, const QStringList& problems) {
    if (!problems.isEmpty()) {
        statusBar()->showMessage(problems.join(QStringLiteral("; ")), 10000);
    }
    if (snapshot.mix) {
        const std::vector<ComparedTrack> tracks = snapshot.tracks();
        for (std::size_t i = 0; i < tracks.size(); ++i) {
            m_transport->setAnalysis(static_cast<int>(i), *tracks[i].analysis);
        }
    }
    const bool playable = m_playback->trackCount() > 0;
    m_transport->setVisible(playable);
    m_details->setPlaybackAvailable(playable);
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
    statusBar()->showMessage(
        tr("Looping %1 of the mix. Press A to hear the reference at the same spot, L to stop "
           "looping.")
            .arg(FindingListModel::timeText({m_playback->loopStartS(), m_playback->loopEndS()})),
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

void MainWindow::selectFinding(int row) {
    if (row < 0 || row >= m_findings->rowCount()) {
        m_findingSelection->clear();
        return;
    }
    m_findingSelection->setCurrentIndex(m_findings->index(row),
                                        QItemSelectionModel::ClearAndSelect);
}

void MainWindow::onFindingSelected() {
    const QModelIndexList selected = m_findingSelection->selectedIndexes();
    const int row = selected.isEmpty() ? -1 : selected.front().row();
    for (AnalysisView* view : views()) {
        view->setHighlightedFinding(row);
    }
    m_details->showFinding(m_findings->finding(row));
}

void MainWindow::setCurrentView(View view) {
    m_tabs->setCurrentIndex(std::clamp(static_cast<int>(view), 0, ViewCount - 1));
}

MainWindow::View MainWindow::currentView() const {
    return static_cast<View>(m_tabs->currentIndex());
}

void MainWindow::updateView() {
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_emptyHint)
                                                       : m_tabs);
    // The comparison catches up on a worker; without an analysed mix there
    // is nothing to export from now on, not from its next result.
    const int mixRow = m_model->mixRow();
    if (mixRow < 0 || m_model->analysis(mixRow) == nullptr) {
        m_exportSheet->setEnabled(false);
    }
    if (!m_model->isBusy() && m_model->rowCount() > 0) {
        int failed = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            failed += m_model->state(row) == TrackListModel::State::Failed ? 1 : 0;
        }
        const int count = m_model->rowCount();
        if (failed == 0) {
            statusBar()->showMessage(tr("%n track(s) analysed", nullptr, count));
        } else {
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
    addPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/current"),
                      QString::fromLatin1(viewId(m_tabs->currentIndex())));
    settings.setValue(QStringLiteral("view/spectrumResolution"),
                      m_spectrum->resolution() == SpectrumView::Resolution::Fine
                          ? QStringLiteral("fine")
                          : QStringLiteral("third_octave"));
    QMainWindow::closeEvent(event);
}

} // namespace mixscope
