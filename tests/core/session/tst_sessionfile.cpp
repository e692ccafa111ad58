#include "core/session/sessionfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mixscope;

namespace {

bool touch(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("x") == 1;
}

} // namespace

class SessionFileTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSessionRoundTripsWithFilesRolesAndChoices() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("refs")));
        const QString mix = dir.filePath(QStringLiteral("mix.wav"));
        const QString reference = dir.filePath(QStringLiteral("refs/master.flac"));
        QVERIFY(touch(mix) && touch(reference));

        SessionFile session;
        session.tracks = {{reference, TrackRole::Reference}, {mix, TrackRole::Mix}};
        session.view = QStringLiteral("stereo");
        session.spectrumResolution = QStringLiteral("fine");
        const QString path = dir.filePath(QStringLiteral("song.mixscope.json"));
        const auto error = session.write(path);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");

        const Result<SessionFile> read = SessionFile::read(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value().tracks.size(), std::size_t(2));
        QCOMPARE(read.value().tracks[0].path, reference);
        QCOMPARE(read.value().tracks[0].role, TrackRole::Reference);
        QCOMPARE(read.value().tracks[1].path, mix);
        QCOMPARE(read.value().tracks[1].role, TrackRole::Mix);
        QCOMPARE(read.value().view, QStringLiteral("stereo"));
        QCOMPARE(read.value().spectrumResolution, QStringLiteral("fine"));
    }

    void pathsAreStoredRelativeToTheSessionFolder() {
        SessionFile session;
        session.tracks = {{QStringLiteral("/music/song/mix.wav"), TrackRole::Mix}};
        const QByteArray json = session.toJson(QStringLiteral("/music/song"));
        QVERIFY2(json.contains("\"path\": \"mix.wav\""), json.constData());
        QVERIFY2(json.contains("\"absolute_path\": \"/music/song/mix.wav\""), json.constData());
    }

    void aMovedFolderStillFindsItsFilesByRelativePath() {
        QTemporaryDir dir;
        const QString mix = dir.filePath(QStringLiteral("mix.wav"));
        QVERIFY(touch(mix));
        const QByteArray json =
            "{\"format\":\"mixscope-session\",\"format_version\":1,\"tracks\":[{\"path\":"
            "\"mix.wav\",\"absolute_path\":\"/gone/mix.wav\",\"role\":\"mix\"}]}";
        const Result<SessionFile> read = SessionFile::parse(json, dir.path());
        QVERIFY(read.ok());
        QCOMPARE(read.value().tracks.at(0).path, mix);
    }

    void theAbsolutePathIsTheFallbackWhenTheRelativeOneIsMissing() {
        QTemporaryDir dir;
        const QString mix = dir.filePath(QStringLiteral("mix.wav"));
        QVERIFY(touch(mix));
        const QByteArray json =
            QByteArray("{\"format\":\"mixscope-session\",\"format_version\":1,\"tracks\":[{"
                       "\"path\":\"../elsewhere/mix.wav\",\"absolute_path\":\"") +
            mix.toUtf8() + "\",\"role\":\"mix\"}]}";
        const Result<SessionFile> read = SessionFile::parse(json, dir.path());
        QVERIFY(read.ok());
        QCOMPARE(read.value().tracks.at(0).path, mix);
    }

    void badFilesAreRefusedWithAReason_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("not valid JSON");
        QTest::newRow("other json")
            << QByteArray("{\"tracks\":[]}") << QStringLiteral("not a Mixscope session");
        QTest::newRow("newer") << QByteArray(
                                      "{\"format\":\"mixscope-session\",\"format_version\":9}")
                               << QStringLiteral("newer Mixscope");
    }

    void badFilesAreRefusedWithAReason() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const Result<SessionFile> read = SessionFile::parse(content, QDir::tempPath());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, AnalysisErrorKind::DamagedData);
        QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
    }

    void aMissingFileIsReported() {
        const Result<SessionFile> read =
            SessionFile::read(QStringLiteral("/nonexistent/song.mixscope.json"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, AnalysisErrorKind::FileNotFound);
    }

    void anUnwritableFolderIsReportedAndLeavesNoFile() {
        SessionFile session;
        const auto error = session.write(QStringLiteral("/nonexistent/folder/song.mixscope.json"));
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, AnalysisErrorKind::WriteFailed);
        QVERIFY(!error->message.isEmpty());
    }

    void writingReplacesAnOldSessionWhole() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.mixscope.json"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(10000, 'x'));
        old.close();
        SessionFile session;
        session.tracks = {{dir.filePath(QStringLiteral("a.wav")), TrackRole::Mix}};
        QVERIFY(!session.write(path));
        const Result<SessionFile> read = SessionFile::read(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value().tracks.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(SessionFileTest)
#include "tst_sessionfile.moc"
