// Reference profiles through the window, as a producer uses them: the
// references are saved as a profile from the Profiles menu (a name asked
// for, the file written to the profiles folder, the menu listing it with its
// track count); after the files are gone the profile, picked from the menu
// or dropped on the window, is a row of the track list that judges the mix
// exactly as the files did, has nothing to play, and is named in the
// Overview's ranking and in the feedback sheet. A damaged profile dropped on
// the window is a row that says what is wrong.

#include "core/common/translations.h"
#include "core/profile/referenceprofile.h"
#include "core/session/session.h"
#include "tests/support/dropfiles.h"
#include "tests/support/pdftext.h"
#include "tests/support/testsignals.h"
#include "ui/playback/playbackcontroller.h"
#include "ui/profiles/profilelibrary.h"
#include "ui/profiles/profilesmenu.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionfiles.h"
#include "ui/tracks/tracklistmodel.h"
#include "ui/views/overviewview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mixscope;
using test::dropFiles;

namespace {

constexpr int kTimeoutMs = 60000;

// The findings as their ids, severities and values: what the user is told.
QStringList findings(const SessionSnapshot& snapshot) {
    QStringList list;
    for (const Finding& finding : snapshot.findings) {
        list << QStringLiteral("%1 %2 %3 %4")
                    .arg(findingKindId(finding.kind), findingSeverityId(finding.severity))
                    .arg(finding.value, 0, 'g', 12)
                    .arg(finding.title);
    }
    return list;
}

QAction* menuAction(QMenu* menu, const QString& text) {
    Q_EMIT menu->aboutToShow(); // the menu fills itself as it opens
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->text() == text) {
            return action;
        }
    }
    return nullptr;
}

QString cell(const TrackListModel* model, int row, int column) {
    return model->index(row, column).data().toString();
}

} // namespace

class ProfileWindowTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mix;
    QStringList m_references;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(QDir(ProfileLibrary::folder()).removeRecursively());
        QVERIFY(m_dir.isValid());
        m_mix = m_dir.filePath(QStringLiteral("muddy mix.wav"));
        QVERIFY(test::writeWav(
            m_mix, test::mix(test::musicLike(10.0, 44100), test::sine(250.0, -14.0, 10.0, 44100))));
        for (int i = 0; i < 2; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("reference %1.wav").arg(i + 1));
            QVERIFY(test::writeWav(path, test::mix(test::musicLike(8.0 + i, 44100 + 3900 * i),
                                                   test::sine(6000.0 + 2000.0 * i, -30.0, 8.0 + i,
                                                              44100 + 3900 * i))));
            m_references << path;
        }
    }

    void theReferencesBecomeAProfileThatJudgesAsTheyDid() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.files()->addPaths(QStringList{m_mix} + m_references);
        Session* session = window.session();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy() && !session->isComparing() &&
                                     session->snapshot().references.size() == 2,
                                 kTimeoutMs);
        const QStringList withFiles = findings(session->snapshot());
        QVERIFY(!withFiles.isEmpty());

        // Profiles → Save references as profile…: the name asked for.
        ProfilesMenu* menu = window.profilesMenu();
        QVERIFY(menu->saveAction()->isEnabled());
        QString asked;
        QTimer answer;
        connect(&answer, &QTimer::timeout, &answer, [&] {
            if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                asked = dialog->labelText();
                dialog->setTextValue(QStringLiteral("Deep house"));
                dialog->accept();
            }
        });
        answer.start(20);
        menu->saveAction()->trigger();
        answer.stop();
        QVERIFY2(asked.contains(QStringLiteral("2 reference tracks")), qPrintable(asked));
        const QString saved = ProfileLibrary::pathFor(QStringLiteral("Deep house"));
        QCOMPARE(QFileInfo(saved).absolutePath(),
                 QFileInfo(ProfileLibrary::folder()).absoluteFilePath());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(saved) && !menu->isSaving(), kTimeoutMs);
        QAction* listed = nullptr;
        QTRY_VERIFY((listed = menuAction(menu, QStringLiteral("Deep house (2 tracks)"))));

        // The files go; the profile stays good for them.
        session->removeTrack(2);
        session->removeTrack(1);
        for (const QString& reference : std::as_const(m_references)) {
            QVERIFY(QFile::remove(reference));
        }
        listed->trigger();
        QCOMPARE(session->count(), 2);
        // Read in the background.
        QTRY_VERIFY_WITH_TIMEOUT(session->track(1).state == Session::State::Done, kTimeoutMs);
        // Ticked in the menu now; picked again, it is not added twice.
        listed = menuAction(menu, QStringLiteral("Deep house (2 tracks)"));
        QVERIFY(listed && listed->isChecked());
        listed->trigger();
        QCOMPARE(session->count(), 2);
        const TrackListModel* model = window.trackModel();
        QCOMPARE(cell(model, 1, TrackListModel::TitleColumn), QStringLiteral("Deep house"));
        QCOMPARE(cell(model, 1, TrackListModel::RoleColumn), QStringLiteral("Profile"));
        QCOMPARE(cell(model, 1, TrackListModel::FormatColumn),
                 QStringLiteral("2 tracks, no audio"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !session->isComparing() && session->snapshot().references.size() == 2, kTimeoutMs);
        const SessionSnapshot& snapshot = session->snapshot();
        for (const ComparedTrack& reference : snapshot.references) {
            QCOMPARE(reference.profile, QStringLiteral("Deep house"));
            QCOMPARE(reference.row, 1);
        }
        QCOMPARE(findings(snapshot), withFiles);

        // Nothing of it is played: with another reference file after it, the
        // player has the mix and that file, and A/B switches between them.
        const QString another = m_dir.filePath(QStringLiteral("another.wav"));
        QVERIFY(test::writeWav(another, test::musicLike(7.0, 44100)));
        window.files()->addPaths({another});
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy() && !session->isComparing() &&
                                     session->snapshot().references.size() == 3,
                                 kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(window.playback()->trackPaths(), (QStringList{m_mix, another}),
                                  kTimeoutMs);
        session->removeTrack(2);
        // Never the mix.
        session->setMix(1);
        QCOMPARE(session->mixIndex(), 0);
        session->moveTrack(1, 0);
        QCOMPARE(session->mixIndex(), 1);
        QCOMPARE(session->track(1).path, m_mix);

        // The Overview and the sheet say how close the mix sits.
        window.setCurrentView(MainWindow::OverviewTab);
        QLabel* closest = window.overviewView()->closestProfiles();
        QTRY_VERIFY(closest->isVisible());
        QVERIFY2(closest->text().contains(
                     QStringLiteral("Most like your “Deep house” references (2 tracks)")),
                 qPrintable(closest->text()));
        const QString sheet = m_dir.filePath(QStringLiteral("sheet.pdf"));
        QVERIFY(window.files()->exportFeedbackSheet(sheet));
        const QString text = test::pdfText(sheet).simplified();
        QVERIFY2(text.contains(QStringLiteral("from the profile “Deep house”")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Most like your “Deep house” references")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the profile “Deep house” (2 tracks)")),
                 qPrintable(text));
    }

    void aProfileFileIsDroppedOnTheWindow() {
        const QString saved = ProfileLibrary::pathFor(QStringLiteral("Deep house"));
        QVERIFY(QFileInfo::exists(saved));
        const QString damaged = m_dir.filePath(QStringLiteral("cut.mixprofile.json"));
        QFile original(saved);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(test::writeBytes(damaged, original.read(700)));

        MainWindow window;
        window.show();
        dropFiles(&window, {m_mix, saved, damaged});
        Session* session = window.session();
        QCOMPARE(session->count(), 3);
        QCOMPARE(session->mixIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kTimeoutMs);
        QVERIFY(session->track(1).profile);
        QCOMPARE(session->track(2).state, Session::State::Failed);
        const QString status = cell(window.trackModel(), 2, TrackListModel::StatusColumn);
        QVERIFY2(status.startsWith(QStringLiteral("This is not a Mixscope profile")),
                 qPrintable(status));
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy() && !session->isComparing() &&
                                     session->snapshot().references.size() == 2,
                                 kTimeoutMs);
        // A profile dropped from elsewhere is offered again in the menu.
        QTRY_VERIFY(window.profiles()->entries().size() == 2);
        QVERIFY(menuAction(window.profilesMenu(), QStringLiteral("cut.mixprofile.json")));

        // A name with "&" reads as written, not as an access key.
        ReferenceProfile drumAndBass = ReferenceProfile::read(saved).value();
        drumAndBass.name = QStringLiteral("Drum & bass");
        QVERIFY(!drumAndBass.write(ProfileLibrary::pathFor(drumAndBass.name)));
        window.profiles()->reload();
        QTRY_VERIFY(window.profiles()->entries().size() == 3);
        QAction* listed =
            menuAction(window.profilesMenu(), QStringLiteral("Drum && bass (2 tracks)"));
        QVERIFY(listed);
        QCOMPARE(QKeySequence::mnemonic(listed->text()), QKeySequence());
    }

    // A saved session opens with its profile row, the mix still the mix.
    void aSessionKeepsItsProfile() {
        // A profile kept outside the profiles folder.
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.mixprofile.json"));
        QVERIFY(QFile::copy(ProfileLibrary::pathFor(QStringLiteral("Deep house")), elsewhere));
        const QString sessionPath = m_dir.filePath(QStringLiteral("with profile.mixscope.json"));
        {
            MainWindow window;
            window.files()->addPaths({elsewhere, m_mix});
            QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kTimeoutMs);
            QCOMPARE(window.session()->mixIndex(), 1); // the first file, not the profile
            QVERIFY(window.files()->saveSession(sessionPath));
        }
        QSettings().remove(QStringLiteral("profiles/recent")); // forgotten since
        MainWindow window;
        QVERIFY(window.files()->openSession(sessionPath));
        Session* session = window.session();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy() && !session->isComparing() &&
                                     session->snapshot().references.size() == 2,
                                 kTimeoutMs);
        // As saved: the profile above the mix.
        QCOMPARE(session->count(), 2);
        QCOMPARE(session->mixIndex(), 1);
        QCOMPARE(session->track(1).path, m_mix);
        QVERIFY(session->track(0).profile);
        QCOMPARE(session->title(0), QStringLiteral("Deep house"));
        // Offered in the menu and ranked again, as when it was dropped.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(window.profiles()->entries().begin(),
                                             window.profiles()->entries().end(),
                                             [&](const ProfileLibrary::Entry& entry) {
                                                 return entry.path == elsewhere;
                                             }),
                                 kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(session->snapshot().closestProfiles.begin(),
                        session->snapshot().closestProfiles.end(),
                        [&](const ProfileDistance& ranked) { return ranked.path == elsewhere; }),
            kTimeoutMs);
    }
};

QTEST_MAIN(ProfileWindowTest)
#include "tst_profilewindow.moc"
