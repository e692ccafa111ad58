#include "ui/shell/recentfilesmenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace mixscope {

namespace {

const QString kKey = QStringLiteral("files/recent");

} // namespace

RecentFilesMenu::RecentFilesMenu(const QString& title, QWidget* parent)
    : QMenu(title, parent) {
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::fill);
}

void RecentFilesMenu::add(const QStringList& paths) {
    QSettings settings;
    QStringList recent = settings.value(kKey).toStringList();
    for (const QString& path : paths.mid(std::max<qsizetype>(0, paths.size() - kMaxRecent))) {
        recent.removeAll(path);
        recent.prepend(path);
    }
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(kKey, recent);
}

void RecentFilesMenu::fill() {
    clear();
    const QStringList recent = QSettings().value(kKey).toStringList();
    for (const QString& path : recent) {
        QAction* action = addAction(QFileInfo(path).fileName(), this,
                                    [this, path] { Q_EMIT openRequested(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
    } else {
        addSeparator();
        addAction(tr("&Clear the list"), this, [] { QSettings().remove(kKey); });
    }
}

} // namespace mixscope
