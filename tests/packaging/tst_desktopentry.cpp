// The .desktop entry and the session MIME type as a desktop sees them: every
// audio file Mixscope reads offers it under "Open with", and a session file is
// a Mixscope session rather than plain JSON. Uses the system's shared MIME
// database (shared-mime-info) plus the build tree's mixscope-mime.xml.

#include "core/session/session.h"
#include "ui/shell/applicationicon.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace mixscope;

namespace {

using DesktopGroups = QHash<QString, QHash<QString, QString>>;

DesktopGroups readDesktopFile(const QString& path) {
    DesktopGroups groups;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return groups;
    }
    QString group;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            group = line.mid(1, line.size() - 2);
        } else if (const qsizetype equals = line.indexOf(QLatin1Char('='));
                   equals > 0 && !line.startsWith(QLatin1Char('#'))) {
            groups[group].insert(line.left(equals), line.mid(equals + 1));
        }
    }
    return groups;
}

} // namespace

class TestDesktopEntry : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataHome;
    DesktopGroups m_desktop;
    QStringList m_mimeTypes;

    QString entry(const QString& key) const {
        return m_desktop.value(QStringLiteral("Desktop Entry")).value(key);
    }

private Q_SLOTS:
    void initTestCase() {
        // The build tree's MIME file as if installed for this user only; the
        // first QMimeDatabase reads XDG_DATA_HOME.
        QVERIFY(m_dataHome.isValid());
        const QString packages = m_dataHome.filePath(QStringLiteral("mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(QStringLiteral(MIXSCOPE_MIME_FILE),
                            packages + QStringLiteral("/mixscope.xml")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));

        m_desktop = readDesktopFile(QStringLiteral(MIXSCOPE_DESKTOP_FILE));
        QVERIFY2(!m_desktop.isEmpty(), MIXSCOPE_DESKTOP_FILE);
        m_mimeTypes = entry(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QVERIFY(!m_mimeTypes.isEmpty());
    }

    void sessionFilesAreSessionsNotPlainJson_data() {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("saved by Mixscope") << QStringLiteral("song.mixscope.json");
        QTest::newRow("short suffix") << QStringLiteral("song.mixscope");
        QTest::newRow("upper case") << QStringLiteral("SONG.MIXSCOPE.JSON");
    }

    void sessionFilesAreSessionsNotPlainJson() {
        QFETCH(QString, fileName);
        const QMimeType type =
            QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
        QCOMPARE(type.name(), QStringLiteral("application/x-mixscope-session"));
        QVERIFY(type.inherits(QStringLiteral("application/json")));
        QCOMPARE(type.iconName(), ApplicationIcon::themeName());
        QVERIFY(m_mimeTypes.contains(type.name()));
    }

    void plainJsonStaysJson() {
        const QMimeType type = QMimeDatabase().mimeTypeForFile(QStringLiteral("report.json"),
                                                               QMimeDatabase::MatchExtension);
        QCOMPARE(type.name(), QStringLiteral("application/json"));
    }

    // Every audio type a file name the app opens can have is listed, itself or
    // through a parent (an app for audio/ogg is offered for Speex in Ogg).
    void everyAudioSuffixTheAppOpensOffersIt_data() {
        QTest::addColumn<QString>("suffix");
        for (const QString& suffix : Session::audioFileSuffixes()) {
            QTest::newRow(qPrintable(suffix)) << suffix;
        }
    }

    void everyAudioSuffixTheAppOpensOffersIt() {
        QFETCH(QString, suffix);
        const QList<QMimeType> candidates =
            QMimeDatabase().mimeTypesForFileName(QStringLiteral("track.") + suffix);
        int audio = 0;
        for (const QMimeType& type : candidates) {
            if (!type.name().startsWith(QLatin1String("audio/"))) {
                continue; // .mp4 is video/mp4: Mixscope does not offer itself for videos
            }
            ++audio;
            QStringList names = type.allAncestors() << type.name() << type.aliases();
            const bool listed =
                std::any_of(names.cbegin(), names.cend(),
                            [this](const QString& name) { return m_mimeTypes.contains(name); });
            QVERIFY2(listed, qPrintable(type.name() + QStringLiteral(" is not in MimeType=")));
        }
        if (audio == 0) {
            QSKIP("the MIME database has no audio type for this suffix");
        }
    }

    void listedTypesAreKnownAudioTypes() {
        const QMimeDatabase db;
        for (const QString& name : std::as_const(m_mimeTypes)) {
            QVERIFY2(db.mimeTypeForName(name).isValid(), qPrintable(name));
            QVERIFY2(name.startsWith(QLatin1String("audio/")) ||
                         name == QLatin1String("application/x-mixscope-session"),
                     qPrintable(name));
        }
    }

    void entryStartsTheInstalledBinaryWithItsIcon() {
        QCOMPARE(entry(QStringLiteral("Icon")), ApplicationIcon::themeName());
        QCOMPARE(entry(QStringLiteral("TryExec")), QStringLiteral("mixscope"));
        QCOMPARE(entry(QStringLiteral("Exec")), QStringLiteral("mixscope %F"));
        QCOMPARE(
            m_desktop.value(QStringLiteral("Desktop Action demo")).value(QStringLiteral("Exec")),
            QStringLiteral("mixscope --demo"));
    }
};

QTEST_GUILESS_MAIN(TestDesktopEntry)
#include "tst_desktopentry.moc"
