#include "ui/profiles/profilelibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace mixscope {

namespace {

const QString kRecentKey = QStringLiteral("profiles/recent");

std::vector<ProfileLibrary::Entry> readAll(const QString& folder, const QStringList& recent) {
    std::vector<ProfileLibrary::Entry> entries;
    QStringList paths;
    const QFileInfoList installed =
        QDir(folder).entryInfoList({QStringLiteral("*.mixprofile.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : installed) {
        paths << info.absoluteFilePath();
    }
    const qsizetype installedCount = paths.size();
    for (const QString& path : recent) {
        if (!paths.contains(path) && QFileInfo::exists(path)) {
            paths << path;
        }
    }
    for (qsizetype i = 0; i < paths.size(); ++i) {
        ProfileLibrary::Entry entry;
        entry.path = paths[i];
        entry.installed = i < installedCount;
        const Result<ReferenceProfile> read = ReferenceProfile::read(entry.path);
        if (read.ok()) {
            entry.summary = std::make_shared<const ProfileSummary>(
                ProfileSummary::of(read.value(), entry.path));
        } else {
            entry.error = read.error().message;
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace

ProfileLibrary::ProfileLibrary(QObject* parent)
    : QObject(parent) {
    connect(&m_loading, &QFutureWatcherBase::finished, this, &ProfileLibrary::onLoaded);
}

QString ProfileLibrary::folder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profiles"));
}

QString ProfileLibrary::pathFor(const QString& name) {
    QString file = name.trimmed();
    for (QChar& c : file) {
        if (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c)) {
            c = QLatin1Char('_');
        }
    }
    if (file.isEmpty() || file.startsWith(QLatin1Char('.'))) {
        file.prepend(QStringLiteral("profile"));
    }
    return QDir(folder()).filePath(file + QStringLiteral(".mixprofile.json"));
}

void ProfileLibrary::reload() {
    if (m_loading.isRunning()) {
        m_reloadAgain = true; // once this one is done, for what changed meanwhile
        return;
    }
    m_loading.setFuture(
        QtConcurrent::run(readAll, folder(), QSettings().value(kRecentKey).toStringList()));
}

void ProfileLibrary::onLoaded() {
    m_entries = m_loading.future().takeResult();
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
    }
    Q_EMIT changed();
}

void ProfileLibrary::addRecent(const QStringList& paths) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString installed = QFileInfo(folder()).absoluteFilePath();
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (QFileInfo(absolute).absolutePath() != installed) {
            recent.removeAll(absolute);
            recent.prepend(absolute);
        }
    }
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    reload();
}

SessionSnapshot::Profiles ProfileLibrary::summaries() const {
    SessionSnapshot::Profiles profiles;
    for (const Entry& entry : m_entries) {
        if (entry.summary) {
            profiles.push_back(entry.summary);
        }
    }
    return profiles;
}

} // namespace mixscope
