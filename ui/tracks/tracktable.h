#pragma once

#include <QTableView>

class QAction;

namespace mixscope {

class Session;
class TrackListModel;

/// The Tracks list: the session's files as rows (TrackListModel), a progress
/// bar with a cancel button per file being analysed, rows dragged to reorder
/// (the top one is the mix), and a context menu per row (use as mix, cancel,
/// analyse again, remove). Files dropped from outside are not the table's:
/// they go on to the window. The table is as tall as its rows, up to
/// kRowsShown of them (a mix and eight references), and scrolls beyond.
/// GUI thread only; the session must outlive it.
class TrackTable : public QTableView {
    Q_OBJECT

public:
    static constexpr int kRowsShown = 9;

    explicit TrackTable(Session* session, QWidget* parent = nullptr);

    TrackListModel* trackModel() const { return m_model; }

    /// The row with the keyboard focus; -1 when none.
    int currentTrack() const;
    void useCurrentAsMix();
    void reanalyseCurrent();
    /// Cancels the analysis of every selected row still being analysed.
    void cancelSelected();
    /// cancelSelected() as an action (Esc while the table has the focus), for the menu.
    QAction* cancelAction() const { return m_cancel; }
    void removeSelected();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void setRowMetrics();
    void fitRows();
    void showTrackMenu(const QPoint& position);
    std::vector<int> selectedTracks() const;

    Session* m_session;
    TrackListModel* m_model;
    QAction* m_cancel;
};

} // namespace mixscope
