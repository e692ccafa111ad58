#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace mixscope {

class Session;
struct SessionFile;

/// What the File menu does with files: adds audio files and folders to the
/// session, opens and saves session files, opens the demo session and exports
/// the feedback sheet, each with its dialog and with a clear message (which
/// file, what is wrong) when it cannot be done. Opened and saved files go to
/// File → Open Recent. GUI thread only; the session and the window outlive it.
class SessionFiles : public QObject {
    Q_OBJECT

public:
    SessionFiles(Session* session, QWidget* window);

    /// ".mixscope.json" or ".mixscope".
    static bool isSessionFile(const QString& path);

    /// The window's choices (view, spectrum resolution) for a session being saved.
    void setViewChoices(std::function<void(SessionFile&)> describe);

    /// Adds files or folders and starts analysing them in the background
    /// (a reference profile is read at once). A session file among them is
    /// opened instead.
    void addPaths(const QStringList& paths);
    /// Writes the built-in demo session (if not cached yet) and loads it.
    /// Returns false, after telling the user, if it cannot be written.
    bool openDemoSession();
    /// Saves the files, roles and view choices to path (atomically). Returns
    /// false, after telling the user why, when it cannot be written.
    bool saveSession(const QString& path);
    /// Replaces the session's files and roles with the saved ones. Returns
    /// false, after telling the user why, when the file cannot be read.
    bool openSession(const QString& path);
    /// Writes the PDF feedback sheet of the current comparison to path
    /// (atomically). Returns false, after telling the user why, when there is
    /// no analysed mix or the file cannot be written. Blocking, a fraction of
    /// a second.
    bool exportFeedbackSheet(const QString& path);

    void openFilesDialog();
    void openSessionDialog();
    void saveSessionDialog();
    void exportFeedbackSheetDialog();

Q_SIGNALS:
    /// A passing note for the status bar.
    void statusMessage(const QString& text, int timeoutMs);
    /// Reference profiles (absolute paths) were added to the session.
    void profilesOpened(const QStringList& paths);
    /// A session file was read into the session: the window applies its view choices.
    void sessionOpened(const mixscope::SessionFile& file, const QString& path);

private:
    QString lastFolder() const;
    /// The paths of the profile rows from track from on.
    QStringList profileRows(int from) const;

    Session* m_session;
    QWidget* m_window;
    std::function<void(SessionFile&)> m_describeView;
    QString m_lastSessionPath;
};

} // namespace mixscope
