#include "ui/profiles/profilesmenu.h"

#include "core/profile/referenceprofile.h"
#include "core/session/session.h"
#include "ui/profiles/profilelibrary.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace mixscope {

namespace {

// The session's analysed reference files (a profile's row is not a file).
std::vector<std::pair<QString, std::shared_ptr<const TrackAnalysis>>>
referenceFiles(const Session& session) {
    std::vector<std::pair<QString, std::shared_ptr<const TrackAnalysis>>> files;
    for (int i = 0; i < session.count(); ++i) {
        const Session::Track& track = session.track(i);
        if (track.role == TrackRole::Reference && !track.isProfile() && track.analysis) {
            files.emplace_back(track.path, track.analysis);
        }
    }
    return files;
}

} // namespace

ProfilesMenu::ProfilesMenu(Session* session, ProfileLibrary* library, QWidget* parent)
    : QMenu(tr("Prof&iles"), parent)
    , m_session(session)
    , m_library(library)
    , m_save(new QAction(tr("&Save references as profile…"), this)) {
    setObjectName(QStringLiteral("profilesMenu"));
    m_save->setObjectName(QStringLiteral("saveReferencesAsProfileAction"));
    m_save->setStatusTip(
        tr("Keep what Mixscope measured of the reference tracks, to compare later mixes with "
           "them without the files"));
    connect(m_save, &QAction::triggered, this, &ProfilesMenu::saveReferencesDialog);
    connect(&m_saving, &QFutureWatcherBase::finished, this, &ProfilesMenu::onSaved);
    for (const auto signal : {&Session::allTracksChanged, &Session::snapshotChanged}) {
        connect(session, signal, this, &ProfilesMenu::updateSaveAction);
    }
    connect(session, &Session::trackRemoved, this, &ProfilesMenu::updateSaveAction);
    connect(this, &QMenu::aboutToShow, this, &ProfilesMenu::fill);
    updateSaveAction();
    fill();
}

void ProfilesMenu::updateSaveAction() {
    m_save->setEnabled(!referenceFiles(*m_session).empty() && !isSaving());
}

void ProfilesMenu::fill() {
    removeAction(m_save); // kept: clear() deletes the actions the menu owns
    clear();
    addAction(m_save);
    addAction(tr("&Open profile…"), this, &ProfilesMenu::openProfileDialog);
    addSeparator();
    const auto& entries = m_library->entries();
    bool any = false;
    for (const bool installed : {true, false}) {
        bool first = true;
        for (const ProfileLibrary::Entry& entry : entries) {
            if (entry.installed != installed) {
                continue;
            }
            if (first && !installed && any) {
                addSeparator();
            }
            first = false;
            any = true;
            QAction* action = nullptr;
            if (entry.summary) {
                // "Drum & bass" shows its "&" rather than underlining the b.
                QString name = entry.summary->name;
                name.replace(QLatin1Char('&'), QStringLiteral("&&"));
                action =
                    addAction(tr("%1 (%n track(s))", nullptr, entry.summary->trackCount).arg(name));
                // Ticked while it is a row of the session; picked again, it stays one.
                action->setCheckable(true);
                action->setChecked(m_session->indexOf(entry.path) >= 0);
                connect(action, &QAction::triggered, this, [this, path = entry.path] {
                    if (m_session->indexOf(path) >= 0) {
                        Q_EMIT statusMessage(tr("This profile is in the track list already"), 4000);
                        return;
                    }
                    Q_EMIT openRequested(path);
                });
                action->setToolTip(QDir::toNativeSeparators(entry.path));
            } else {
                action = addAction(QFileInfo(entry.path).fileName());
                action->setEnabled(false);
                action->setToolTip(
                    tr("%1: %2").arg(QDir::toNativeSeparators(entry.path), entry.error));
            }
            action->setStatusTip(action->toolTip());
        }
    }
    if (!any) {
        addAction(m_library->isLoading() ? tr("Reading your profiles…")
                                         : tr("No profiles yet: save your references as one"))
            ->setEnabled(false);
    }
    addSeparator();
    addAction(tr("Show the profiles &folder"), this, [] {
        QDir().mkpath(ProfileLibrary::folder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(ProfileLibrary::folder()));
    });
    setToolTipsVisible(true);
}

void ProfilesMenu::openProfileDialog() {
    const QString path =
        QFileDialog::getOpenFileName(parentWidget(), tr("Open profile"), ProfileLibrary::folder(),
                                     tr("Mixscope profiles (*.mixprofile.json)"));
    if (!path.isEmpty()) {
        Q_EMIT openRequested(path);
    }
}

void ProfilesMenu::saveReferencesDialog() {
    auto files = referenceFiles(*m_session);
    if (files.empty() || isSaving()) {
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(parentWidget(), tr("Save references as profile"),
                              tr("%n reference track(s). Name the profile, e.g. after the style:",
                                 nullptr, static_cast<int>(files.size())),
                              QLineEdit::Normal, tr("My references"), &ok)
            .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    const QString path = ProfileLibrary::pathFor(name);
    if (QFileInfo::exists(path) &&
        QMessageBox::question(parentWidget(), tr("Save references as profile"),
                              tr("You have a profile called “%1” already. Replace it?").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    m_savingName = name;
    m_savingTracks = static_cast<int>(files.size());
    Q_EMIT statusMessage(tr("Saving the profile “%1”…").arg(name), 0);
    // The content hashes read every file: in the background.
    m_saving.setFuture(QtConcurrent::run([files = std::move(files), name, path] {
        ReferenceProfile profile;
        profile.name = name;
        profile.created = QDateTime::currentDateTimeUtc();
        for (const auto& [file, analysis] : files) {
            profile.add(
                ReferenceProfile::keep(*analysis, ReferenceProfile::contentHash(file), file));
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        return profile.write(path);
    }));
    updateSaveAction();
}

void ProfilesMenu::onSaved() {
    updateSaveAction();
    const std::optional<AnalysisError> error = m_saving.future().takeResult();
    if (error) {
        Q_EMIT statusMessage(QString(), 0);
        QMessageBox::warning(
            parentWidget(), tr("Save references as profile"),
            tr("The profile “%1” could not be saved: %2").arg(m_savingName, error->message));
        return;
    }
    Q_EMIT statusMessage(tr("Profile “%1” saved: %n track(s). Find it in the Profiles menu.",
                            nullptr, m_savingTracks)
                             .arg(m_savingName),
                         6000);
    m_library->reload();
}

} // namespace mixscope
