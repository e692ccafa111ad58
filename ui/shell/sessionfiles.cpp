#include "ui/shell/sessionfiles.h"

#include "core/session/demosession.h"
#include "core/session/session.h"
#include "core/session/sessionfile.h"
#include "ui/report/feedbacksheet.h"
#include "ui/shell/recentfilesmenu.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace mixscope {

namespace {

constexpr QLatin1String kLastFolderKey("files/lastFolder");

} // namespace

SessionFiles::SessionFiles(Session* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window) {}

bool SessionFiles::isSessionFile(const QString& path) {
    return path.endsWith(QLatin1String(".mixscope.json"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".mixscope"), Qt::CaseInsensitive);
}

void SessionFiles::setViewChoices(std::function<void(SessionFile&)> describe) {
    m_describeView = std::move(describe);
}

QStringList SessionFiles::profileRows(int from) const {
    QStringList paths;
    for (int i = from; i < m_session->count(); ++i) {
        if (m_session->track(i).isProfile()) {
            paths << m_session->track(i).path;
        }
    }
    return paths;
}

QString SessionFiles::lastFolder() const {
    return QSettings().value(kLastFolderKey).toString();
}

void SessionFiles::addPaths(const QStringList& paths) {
    for (const QString& path : paths) {
        if (isSessionFile(path)) {
            openSession(path);
            return;
        }
    }
    const int before = m_session->count();
    const int added = m_session->addPaths(paths);
    if (added > 0) {
        QStringList absolute;
        for (const QString& path : paths) {
            absolute << QFileInfo(path).absoluteFilePath();
        }
        RecentFilesMenu::add(absolute);
        const QStringList profiles = profileRows(before);
        const auto files = static_cast<int>(added - profiles.size());
        if (files > 0) {
            Q_EMIT statusMessage(tr("Analysing %n file(s)…", nullptr, files), 4000);
        }
        if (!profiles.isEmpty()) {
            Q_EMIT profilesOpened(profiles);
        }
    }
}

bool SessionFiles::openDemoSession() {
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const Result<DemoSession> demo = DemoSession::ensure(cache);
    if (!demo) {
        QMessageBox::warning(
            m_window, tr("Demo session"),
            tr("The demo session could not be created: %1").arg(demo.error().message));
        return false;
    }
    m_session->clear();
    m_session->addPaths(QStringList{demo.value().mixPath} + demo.value().referencePaths);
    return true;
}

bool SessionFiles::saveSession(const QString& path) {
    SessionFile file = m_session->toFile();
    if (m_describeView) {
        m_describeView(file);
    }
    if (const auto error = file.write(path)) {
        QMessageBox::warning(m_window, tr("Save session"),
                             tr("The session could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), error->message));
        return false;
    }
    m_lastSessionPath = path;
    RecentFilesMenu::add({QFileInfo(path).absoluteFilePath()});
    Q_EMIT statusMessage(tr("Session saved to %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool SessionFiles::openSession(const QString& path) {
    const Result<SessionFile> file = SessionFile::read(path);
    if (!file) {
        QMessageBox::warning(m_window, tr("Open session"),
                             tr("The session %1 could not be opened: %2")
                                 .arg(QDir::toNativeSeparators(path), file.error().message));
        return false;
    }
    m_lastSessionPath = path;
    RecentFilesMenu::add({QFileInfo(path).absoluteFilePath()});
    m_session->load(file.value());
    if (const QStringList profiles = profileRows(0); !profiles.isEmpty()) {
        Q_EMIT profilesOpened(profiles); // ranked and offered again, as when dropped
    }
    Q_EMIT sessionOpened(file.value(), path);
    return true;
}

bool SessionFiles::exportFeedbackSheet(const QString& path) {
    FeedbackSheet sheet(m_session->snapshot());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<AnalysisError> error = sheet.write(path);
    QApplication::restoreOverrideCursor();
    if (error) {
        QMessageBox::warning(m_window, tr("Export feedback sheet"),
                             tr("The feedback sheet could not be saved to %1: %2.")
                                 .arg(QDir::toNativeSeparators(path), error->message));
        return false;
    }
    Q_EMIT statusMessage(tr("Feedback sheet saved to %1").arg(QDir::toNativeSeparators(path)),
                         4000);
    return true;
}

void SessionFiles::openFilesDialog() {
    const QStringList patterns = Session::audioFileNameFilters();
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Open your mix and reference tracks"), lastFolder(),
        tr("Audio files and profiles (%1 *.mixprofile.json);;All files (*)")
            .arg(patterns.join(QLatin1Char(' '))));
    if (!files.isEmpty()) {
        QSettings().setValue(kLastFolderKey, QFileInfo(files.front()).absolutePath());
        addPaths(files);
    }
}

void SessionFiles::openSessionDialog() {
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open session"), lastFolder(),
        tr("Mixscope sessions (*.mixscope.json *.mixscope);;All files (*)"));
    if (!path.isEmpty()) {
        openSession(path);
    }
}

void SessionFiles::saveSessionDialog() {
    QString suggestion = m_lastSessionPath;
    if (suggestion.isEmpty()) {
        const QString folder =
            m_session->count() > 0
                ? QFileInfo(m_session->track(std::max(0, m_session->mixIndex())).path)
                      .absolutePath()
                : lastFolder();
        suggestion = QDir(folder).filePath(tr("Untitled") + QStringLiteral(".mixscope.json"));
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save session"), suggestion,
                                                tr("Mixscope sessions (*.mixscope.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (!isSessionFile(path)) {
        path += QStringLiteral(".mixscope.json");
    }
    saveSession(path);
}

void SessionFiles::exportFeedbackSheetDialog() {
    const SessionSnapshot& snapshot = m_session->snapshot();
    if (!snapshot.mix) {
        return;
    }
    QString name = tr("%1 feedback sheet").arg(snapshot.mix->name);
    name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    const QString suggestion =
        QFileInfo(snapshot.mix->analysis->path).dir().filePath(name + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export feedback sheet"), suggestion,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    exportFeedbackSheet(path);
}

} // namespace mixscope
