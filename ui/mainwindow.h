#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTableView;

namespace mixscope {

class TrackListModel;

/// The main window: drop files (or File → Open), see each track's title,
/// format, loudness and true peak, with progress while it is analysed and a
/// plain-language line for a file that cannot be read. GUI thread only.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds files or folders and starts analysing them in the background.
    void addPaths(const QStringList& paths);

    /// Writes the built-in demo session (if not cached yet) and loads it.
    /// Returns false, after telling the user, if it cannot be written.
    bool openDemoSession();

    TrackListModel* trackModel() const { return m_model; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void openFiles();
    void showTrackMenu(const QPoint& position);
    void updateView();
    void removeSelected();

    TrackListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyHint = nullptr;
};

} // namespace mixscope
