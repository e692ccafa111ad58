#include "ui/shell/recentfilesmenu.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mixscope;

// "Open Recent": the list kept in the settings, and the menu made from it.
class TestRecentFilesMenu : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList stored() {
        return QSettings().value(QStringLiteral("files/recent")).toStringList();
    }
    static QStringList texts(const QMenu& menu) {
        QStringList out;
        const QList<QAction*> actions = menu.actions();
        for (const QAction* action : actions) {
            if (!action->isSeparator()) {
                out << action->text();
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // settings under the test's own folder
        QCoreApplication::setOrganizationName(QStringLiteral("MixscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recentfilesmenu"));
        QVERIFY(m_dir.isValid());
    }
    void init() { QSettings().remove(QStringLiteral("files/recent")); }

    void theNewestComesFirstOnceAndTheListStopsAtTen() {
        RecentFilesMenu::add({QStringLiteral("/a.wav"), QStringLiteral("/b.wav")});
        QCOMPARE(stored(), (QStringList{QStringLiteral("/b.wav"), QStringLiteral("/a.wav")}));
        RecentFilesMenu::add({QStringLiteral("/a.wav")});
        QCOMPARE(stored(), (QStringList{QStringLiteral("/a.wav"), QStringLiteral("/b.wav")}));
        QStringList many;
        for (int i = 0; i < 14; ++i) {
            many << QStringLiteral("/%1.wav").arg(i);
        }
        RecentFilesMenu::add(many);
        QCOMPARE(stored().size(), RecentFilesMenu::kMaxRecent);
        QCOMPARE(stored().front(), QStringLiteral("/13.wav"));
        QCOMPARE(stored().back(), QStringLiteral("/4.wav"));
    }

    void theMenuOffersWhatIsThereAndOpensIt() {
        const QString present = m_dir.filePath(QStringLiteral("mix.wav"));
        QFile file(present);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString gone = m_dir.filePath(QStringLiteral("gone.wav"));
        RecentFilesMenu::add({gone, present});

        RecentFilesMenu menu(QStringLiteral("Open Recent"));
        QSignalSpy opened(&menu, &RecentFilesMenu::openRequested);
        Q_EMIT menu.aboutToShow();
        QCOMPARE(texts(menu), (QStringList{QStringLiteral("mix.wav"), QStringLiteral("gone.wav"),
                                           QStringLiteral("&Clear the list")}));
        const QList<QAction*> actions = menu.actions();
        QVERIFY(actions[0]->isEnabled());
        QVERIFY(!actions[1]->isEnabled()); // the file is gone
        QCOMPARE(actions[0]->toolTip(), QDir::toNativeSeparators(present));
        actions[0]->trigger();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.front().front().toString(), present);

        actions.back()->trigger(); // clear the list
        QVERIFY(stored().isEmpty());
        Q_EMIT menu.aboutToShow();
        QCOMPARE(texts(menu), QStringList{QStringLiteral("No recent files")});
        QVERIFY(!menu.actions().front()->isEnabled());
    }
};

QTEST_MAIN(TestRecentFilesMenu)
#include "tst_recentfilesmenu.moc"
