#include "ui/tracks/tracktable.h"

#include "core/session/session.h"
#include "ui/tracks/tracklistmodel.h"
#include "ui/tracks/trackstatusdelegate.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>

namespace mixscope {

TrackTable::TrackTable(Session* session, QWidget* parent)
    : QTableView(parent)
    , m_session(session)
    , m_model(new TrackListModel(session, this))
    , m_cancel(new QAction(tr("&Cancel analysis"), this)) {
    setModel(m_model);
    auto* delegate = new TrackStatusDelegate(this);
    connect(delegate, &TrackStatusDelegate::cancelRequested, this,
            [this](const QModelIndex& index) { m_session->cancelAnalysis(index.row()); });
    setItemDelegateForColumn(TrackListModel::StatusColumn, delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setMouseTracking(true);
    verticalHeader()->hide();
    setRowMetrics();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(TrackListModel::StatusColumn, QHeaderView::Stretch);
    // Rows move by drag; a track dragged to the top becomes the mix.
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setDragDropOverwriteMode(false);
    setAccessibleName(tr("Tracks"));
    setToolTip(tr("The top track is your mix: drag a track to the top, or right-click "
                  "it, to make it the mix. Right-click to cancel or remove a track."));
    connect(this, &QWidget::customContextMenuRequested, this, &TrackTable::showTrackMenu);

    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &TrackTable::fitRows);
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrackTable::fitRows);
    fitRows();

    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancel, &QAction::triggered, this, &TrackTable::cancelSelected);
    addAction(m_cancel);
}

void TrackTable::setRowMetrics() {
    // Compact rows, so that a mix and eight references fit on a laptop's
    // screen: the cover art a little taller than the text, the progress bar
    // and its cancel button as tall as the text.
    const int text = fontMetrics().height();
    setIconSize(QSize(text + 6, text + 6));
    verticalHeader()->setDefaultSectionSize(text + 10);
}

void TrackTable::fitRows() {
    // Every row up to kRowsShown in view, and no empty space below them:
    // the list is as tall as its rows, whatever the window's height (the
    // views below take the rest), and scrolls beyond kRowsShown.
    const int rows = std::clamp(m_model->rowCount(), 1, kRowsShown);
    int height = 2 * frameWidth() + horizontalHeader()->sizeHint().height() +
                 rows * verticalHeader()->defaultSectionSize();
    if (horizontalHeader()->length() > viewport()->width()) {
        height += horizontalScrollBar()->sizeHint().height();
    }
    setFixedHeight(height);
}

void TrackTable::changeEvent(QEvent* event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        setRowMetrics();
        fitRows();
    }
}

void TrackTable::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    fitRows(); // the horizontal scroll bar comes and goes with the width
}

int TrackTable::currentTrack() const {
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.row() : -1;
}

void TrackTable::useCurrentAsMix() {
    m_session->setMix(currentTrack());
}

void TrackTable::reanalyseCurrent() {
    m_session->reanalyse(currentTrack());
}

std::vector<int> TrackTable::selectedTracks() const {
    std::vector<int> rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        rows.push_back(index.row());
    }
    return rows;
}

void TrackTable::cancelSelected() {
    for (const int row : selectedTracks()) {
        m_session->cancelAnalysis(row);
    }
}

void TrackTable::removeSelected() {
    std::vector<int> rows = selectedTracks();
    std::sort(rows.begin(), rows.end(), std::greater<>()); // the last first: indexes stay valid
    for (const int row : rows) {
        m_session->removeTrack(row);
    }
}

void TrackTable::showTrackMenu(const QPoint& position) {
    const QModelIndex index = indexAt(position);
    if (!index.isValid()) {
        return;
    }
    const int row = index.row();
    QMenu menu(this);
    QAction* makeMix =
        menu.addAction(tr("Use as &mix"), this, [this, row] { m_session->setMix(row); });
    makeMix->setEnabled(row != m_session->mixIndex() && !m_session->track(row).isProfile());
    const Session::State state = m_session->track(row).state;
    if (state == Session::State::Analysing) {
        menu.addAction(tr("&Cancel analysis"), this,
                       [this, row] { m_session->cancelAnalysis(row); });
    } else if (state != Session::State::Done) {
        menu.addAction(tr("&Analyse again"), this, [this, row] { m_session->reanalyse(row); });
    }
    menu.addAction(state == Session::State::Analysing ? tr("Cancel and &remove") : tr("&Remove"),
                   this, [this, row] { m_session->removeTrack(row); });
    menu.exec(viewport()->mapToGlobal(position));
}

} // namespace mixscope
