#include "ui/mainwindow.h"

#include "core/session/demosession.h"
#include "ui/tracklistmodel.h"
#include "ui/trackstatusdelegate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

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

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new TrackListModel(this)) {
    setWindowTitle(tr("Mixscope"));
    setAcceptDrops(true);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(TrackListModel::StatusColumn, new TrackStatusDelegate(this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setIconSize(QSize(40, 40));
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(48);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TrackListModel::StatusColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Tracks"));
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTrackMenu);

    m_emptyHint = new QLabel(this);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->setText(tr("<h2>Drop your mix and a few reference tracks here</h2>"
                            "<p>The first file becomes your mix; the others are references.<br>"
                            "WAV, AIFF, FLAC, MP3, Ogg, Opus and M4A all work.</p>"
                            "<p>No files at hand? Try <b>File → Open demo session</b>.</p>"));
    m_emptyHint->setAccessibleName(tr("Drop files here"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyHint);
    m_stack->addWidget(m_table);
    setCentralWidget(m_stack);

    createActions();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateView);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateView);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateView);
    updateView();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1000, 520);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::openFiles);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &demo session"), this, [this] { openDemoSession(); });
    fileMenu->addSeparator();
    QAction* remove =
        fileMenu->addAction(tr("&Remove selected"), this, &MainWindow::removeSelected);
    remove->setShortcut(QKeySequence::Delete);
    fileMenu->addAction(tr("&Clear all"), m_model, &TrackListModel::clear);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Mixscope"), this, [this] {
        QMessageBox::about(this, tr("About Mixscope"),
                           tr("<h3>Mixscope %1</h3><p>Compares your mix with reference tracks, "
                              "loudness-matched, and tells you what stands between them.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::addPaths(const QStringList& paths) {
    const int added = m_model->addPaths(paths);
    if (added > 0) {
        statusBar()->showMessage(
            added == 1 ? tr("Analysing 1 file…") : tr("Analysing %1 files…").arg(added), 4000);
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
    addPaths(QStringList{demo.value().mixPath} + demo.value().referencePaths);
    return true;
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
    const bool analysing = m_model->state(row) == TrackListModel::State::Analysing;
    menu.addAction(analysing ? tr("&Cancel and remove") : tr("&Remove"), this,
                   [this, row] { m_model->removeTrack(row); });
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

void MainWindow::updateView() {
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_emptyHint)
                                                       : m_table);
    if (!m_model->isBusy() && m_model->rowCount() > 0) {
        int failed = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            failed += m_model->state(row) == TrackListModel::State::Failed ? 1 : 0;
        }
        const int count = m_model->rowCount();
        if (failed == 0) {
            statusBar()->showMessage(count == 1 ? tr("1 track analysed")
                                                : tr("%1 tracks analysed").arg(count));
        } else {
            statusBar()->showMessage(failed == 1
                                         ? tr("1 file could not be analysed")
                                         : tr("%1 files could not be analysed").arg(failed));
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
    QMainWindow::closeEvent(event);
}

} // namespace mixscope
