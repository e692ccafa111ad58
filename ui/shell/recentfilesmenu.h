#pragma once

#include <QMenu>
#include <QStringList>

namespace mixscope {

/// "Open Recent": the files and sessions opened last, newest first, kept in
/// QSettings ("files/recent", at most kMaxRecent). The menu fills itself each
/// time it opens: names with the full path as tooltip, greyed out when the
/// file is gone, and an entry to clear the list.
class RecentFilesMenu : public QMenu {
    Q_OBJECT

public:
    static constexpr int kMaxRecent = 10;

    explicit RecentFilesMenu(const QString& title, QWidget* parent = nullptr);

    /// Puts paths (absolute) at the top of the list, the last one first, in
    /// one settings write (each write saves the settings file: 50 dropped
    /// files saved it 50 times, 80 ms of a frozen window).
    static void add(const QStringList& paths);

Q_SIGNALS:
    /// The user picked path.
    void openRequested(const QString& path);

private:
    void fill();
};

} // namespace mixscope
