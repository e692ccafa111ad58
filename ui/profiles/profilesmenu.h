#pragma once

#include "core/common/analysiserror.h"
#include <QFutureWatcher>

#include <QMenu>

#include <optional>

namespace mixscope {

class ProfileLibrary;
class Session;

/// The Profiles menu: "Save references as profile…" (the session's analysed
/// reference files, into the profiles folder), "Open profile…", and the
/// user's profiles (ProfileLibrary), each with its track count, ticked while
/// it is in the session; picking one adds it to the session as a row. Fills itself each time it
/// opens. GUI thread only; the session and the library outlive it.
class ProfilesMenu : public QMenu {
    Q_OBJECT

public:
    ProfilesMenu(Session* session, ProfileLibrary* library, QWidget* parent);

    QAction* saveAction() const { return m_save; }
    /// Whether a profile is being saved (its content hashes are read in the background).
    bool isSaving() const { return m_saving.isRunning(); }

Q_SIGNALS:
    /// The user picked a profile to compare with.
    void openRequested(const QString& path);
    void statusMessage(const QString& text, int timeoutMs);

private:
    void fill();
    void updateSaveAction();
    void saveReferencesDialog();
    void openProfileDialog();
    void onSaved();

    Session* m_session;
    ProfileLibrary* m_library;
    QAction* m_save;
    QFutureWatcher<std::optional<AnalysisError>> m_saving;
    QString m_savingName;
    int m_savingTracks = 0;
};

} // namespace mixscope
