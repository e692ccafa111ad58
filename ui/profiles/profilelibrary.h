#pragma once

#include "core/profile/profiledistance.h"
#include "core/session/sessionsnapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace mixscope {

/// The user's reference profiles: those kept in the profiles folder (the
/// user's data folder, QStandardPaths::AppDataLocation/profiles), where "Save
/// references as profile…" writes them, and those opened from elsewhere
/// lately (QSettings "profiles/recent", at most kMaxRecent). Read in the
/// background (a profile is a few hundred kB of JSON); a damaged one is
/// left out with its reason kept for the menu's tooltip. The window ranks
/// the mix against all of them. GUI thread only.
class ProfileLibrary : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxRecent = 8;

    /// One profile as the menu lists it.
    struct Entry {
        QString path;                                  ///< absolute
        bool installed = false;                        ///< in folder()
        std::shared_ptr<const ProfileSummary> summary; ///< null when it cannot be read
        QString error;                                 ///< why not
    };

    explicit ProfileLibrary(QObject* parent = nullptr);

    /// Where profiles are kept; made when a profile is saved.
    static QString folder();
    /// A file name in folder() for a profile called name (characters a file
    /// system refuses replaced), "*.mixprofile.json".
    static QString pathFor(const QString& name);

    /// Reads the folder and the recent profiles again; changed() follows.
    void reload();
    /// Remembers the profiles opened from outside the folder (one settings
    /// write), and reloads once.
    void addRecent(const QStringList& paths);

    const std::vector<Entry>& entries() const { return m_entries; }
    bool isLoading() const { return m_loading.isRunning() || m_reloadAgain; }
    /// The readable profiles, for Session::setRankedProfiles().
    SessionSnapshot::Profiles summaries() const;

Q_SIGNALS:
    void changed();

private:
    void onLoaded();

    std::vector<Entry> m_entries;
    QFutureWatcher<std::vector<Entry>> m_loading;
    bool m_reloadAgain = false;
};

} // namespace mixscope
