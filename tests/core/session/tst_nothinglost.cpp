#include "core/analysis/trackanalyzer.h"
#include "core/report/jsonreport.h"
#include "core/session/sessionfile.h"
#include "tests/support/readonlyfolder.h"
#include "tests/support/testsignals.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace mixscope;
using namespace mixscope::test;

namespace {

enum class Output { Session, Report };

// What a file on disk is: its bytes, size, time stamp and permissions.
struct Fingerprint {
    QByteArray sha256;
    qint64 size = 0;
    QDateTime modified;
    QFile::Permissions permissions;

    static Fingerprint of(const QString& path) {
        const QFileInfo info(path);
        return {sha256Of(path), info.size(), info.lastModified(), info.permissions()};
    }
    bool operator==(const Fingerprint&) const = default;
};

SessionRun smallReport() {
    std::vector<SessionEntry> entries;
    entries.emplace_back(
        TrackRole::Mix, QStringLiteral("/music/old mix.wav"),
        AnalysisError{AnalysisErrorKind::FileNotFound, QStringLiteral("the file does not exist")});
    return SessionRun(std::move(entries));
}

SessionFile smallSession() {
    SessionFile session;
    session.tracks = {{QStringLiteral("/music/old mix.wav"), TrackRole::Mix},
                      {QStringLiteral("/music/old reference.flac"), TrackRole::Reference}};
    return session;
}

std::optional<AnalysisError> save(Output output, const QString& path) {
    return output == Output::Session ? smallSession().write(path)
                                     : JsonReport::write(path, smallReport());
}

// The old file is still there and whole: it parses, and its bytes are the same.
QString checkIntact(Output output, const QString& path, const QByteArray& sha256) {
    if (sha256Of(path) != sha256) {
        return QStringLiteral("the previous file changed");
    }
    if (output == Output::Session) {
        const auto session = SessionFile::read(path);
        return session && session.value().tracks.size() == 2 ? QString()
                                                             : QStringLiteral("it no longer reads");
    }
    QJsonParseError error{};
    QJsonDocument::fromJson(readBytes(path), &error);
    return error.error == QJsonParseError::NoError ? QString()
                                                   : QStringLiteral("it is no longer JSON");
}

// QSaveFile's temporary files for path: named "name.XXXXXX" next to it, or,
// on Linux, unnamed (O_TMPFILE) and only visible among the open files of the
// process writing it, as "/folder/#123 (deleted)".
QFileInfoList temporaryFilesOf(const QString& path, qint64 writerPid = 0) {
    const QFileInfo target(path);
    QFileInfoList files =
        QDir(target.absolutePath())
            .entryInfoList({target.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
    if (writerPid > 0) {
        const QDir descriptors(QStringLiteral("/proc/%1/fd").arg(writerPid));
        for (const QFileInfo& descriptor : descriptors.entryInfoList(QDir::System | QDir::Files)) {
            const QString opened = descriptor.symLinkTarget();
            if (opened.startsWith(target.absolutePath() + QLatin1Char('/')) &&
                opened != target.absoluteFilePath()) {
                files << descriptor;
            }
        }
    }
    return files;
}

const QString kSaveHelper = QStringLiteral(MIXSCOPE_SAVEHELPER);

} // namespace

Q_DECLARE_METATYPE(Output)

class TestNothingLost : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString())); }

    // The whole user path — analyse every file, save the report and the
    // session next to them — and not a byte, a time stamp or a permission of
    // any input changes, and nothing is left behind but the two outputs.
    void inputsAreNeverWrittenByAnalysisReportOrSession() {
        QDir song(path(QStringLiteral("song")));
        QVERIFY(song.mkpath(QStringLiteral(".")));
        const QString mix = song.filePath(QStringLiteral("mix.wav"));
        QString error;
        QVERIFY2(writeWav(mix, musicLike(3.0), WavWriter::SampleFormat::Int24, &error),
                 qPrintable(error));
        const QStringList encoded{QStringLiteral("ref.flac"), QStringLiteral("ref.mp3"),
                                  QStringLiteral("ref.ogg"),  QStringLiteral("ref.opus"),
                                  QStringLiteral("ref.m4a"),  QStringLiteral("ref.aiff")};
        for (const QString& name : encoded) {
            QVERIFY2(runFfmpeg({QStringLiteral("-i"), mix, song.filePath(name)}, &error),
                     qPrintable(error));
        }
        const QStringList inputs = song.entryList(QDir::Files, QDir::Name);
        QCOMPARE(inputs.size(), 7);
        std::map<QString, Fingerprint> before;
        for (const QString& name : inputs) {
            before[name] = Fingerprint::of(song.filePath(name));
        }

        std::vector<SessionEntry> entries;
        SessionFile session;
        for (const QString& name : inputs) {
            const QString file = song.filePath(name);
            const TrackRole role =
                name == QLatin1String("mix.wav") ? TrackRole::Mix : TrackRole::Reference;
            const SessionEntry& entry =
                entries.emplace_back(role, file, TrackAnalyzer::analyze(file));
            QVERIFY2(entry.ok(), qPrintable(name + QLatin1Char(' ') +
                                            (entry.ok() ? QString() : entry.error->message)));
            session.tracks.push_back({file, role});
        }
        QVERIFY(!JsonReport::write(song.filePath(QStringLiteral("report.json")),
                                   SessionRun(std::move(entries))));
        QVERIFY(!session.write(song.filePath(QStringLiteral("song.mixscope.json"))));
        const auto reread = SessionFile::read(song.filePath(QStringLiteral("song.mixscope.json")));
        QVERIFY(reread);
        QCOMPARE(reread.value().tracks.size(), std::size_t(7));

        for (const QString& name : inputs) {
            QVERIFY2(Fingerprint::of(song.filePath(name)) == before[name], qPrintable(name));
        }
        const QStringList outputs{QStringLiteral("report.json"),
                                  QStringLiteral("song.mixscope.json")};
        QCOMPARE(song.entryList(QDir::Files | QDir::Hidden, QDir::Name), inputs + outputs);
    }

    void unwritableDestinationIsRefusedWithItsReason_data() {
        QTest::addColumn<Output>("output");
        QTest::addColumn<QString>("destination"); // relative to the test folder, or absolute
        QTest::addColumn<QString>("reason");

        for (const Output output : {Output::Session, Output::Report}) {
            const char* kind = output == Output::Session ? "session" : "report";
            QTest::addRow("%s into a folder that does not exist", kind)
                << output << "missing/out.json"
                << "the folder %1/missing does not exist";
            QTest::addRow("%s into a folder inside one that does not exist", kind)
                << output << "missing/deeper/out.json"
                << "the folder %1/missing/deeper does not exist";
            QTest::addRow("%s onto a folder", kind) << output << "a-folder"
                                                    << "it is a folder, not a file";
            QTest::addRow("%s into a path through a file", kind)
                << output << "a-file/out.json"
                << "%1/a-file is a file, not a folder";
            QTest::addRow("%s into a read-only file system", kind)
                << output << "/proc/mixscope-out.json"
                << "(";
            QTest::addRow("%s into a read-only folder", kind)
                << output << "read-only/out.json"
                << "the folder %1/read-only is read-only";
            QTest::addRow("%s over an earlier one in a read-only folder", kind)
                << output << "read-only/earlier.json"
                << "the folder %1/read-only is read-only";
        }
    }

    // Whatever the reason, the message says it in plain words, and nothing
    // on disk changes: no new file, and an earlier one keeps its bytes.
    void unwritableDestinationIsRefusedWithItsReason() {
        QFETCH(Output, output);
        QFETCH(QString, destination);
        QFETCH(QString, reason);

        QDir dir(path(QStringLiteral("unwritable")));
        QVERIFY(dir.mkpath(QStringLiteral("a-folder")));
        QVERIFY(dir.mkpath(QStringLiteral("read-only")));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("a-file")), "x"));
        const QString earlier = dir.filePath(QStringLiteral("read-only/earlier.json"));
        QVERIFY(writeBytes(earlier, "{\"earlier\": true}"));
        const Fingerprint earlierBefore = Fingerprint::of(earlier);
        const ReadOnlyFolder readOnly(dir.filePath(QStringLiteral("read-only")));
        if (destination.startsWith(QLatin1String("read-only")) && !readOnly.isReadOnly()) {
            QSKIP("the folder cannot be made read-only here (root, and no chattr +i)");
        }
        const QString target =
            QDir::isAbsolutePath(destination) ? destination : dir.filePath(destination);
        const QStringList listing = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

        const auto error = save(output, target);
        QVERIFY2(error, "the save succeeded");
        qInfo("%s: %s", qPrintable(target), qPrintable(error->message));
        QCOMPARE(error->kind, AnalysisErrorKind::WriteFailed);
        const QString expected = reason.contains(QLatin1String("%1"))
                                     ? reason.arg(QDir::toNativeSeparators(dir.absolutePath()))
                                     : reason;
        QVERIFY2(error->message.contains(QStringLiteral("cannot be written (")) &&
                     error->message.contains(expected),
                 qPrintable(error->message));
        QCOMPARE(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot), listing);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a-folder"))).isDir());
        QCOMPARE(readBytes(dir.filePath(QStringLiteral("a-file"))), QByteArray("x"));
        QVERIFY(Fingerprint::of(earlier) == earlierBefore);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("read-only")))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("earlier.json")});
    }

    void killedMidSaveLeavesThePreviousFileWhole_data() {
        QTest::addColumn<Output>("output");
        QTest::addColumn<int>("count"); // tracks or report entries: tens of MB

        QTest::newRow("session") << Output::Session << 200000;
        QTest::newRow("JSON report") << Output::Report << 150000;
    }

    // A child process saves a large file over a small one and is killed
    // (SIGKILL: no handler, no cleanup) once the new bytes are being written.
    void killedMidSaveLeavesThePreviousFileWhole() {
        QFETCH(Output, output);
        QFETCH(int, count);

        QDir dir(path(QStringLiteral("killed")));
        QVERIFY(dir.removeRecursively() && dir.mkpath(QStringLiteral(".")));
        const QString target = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(!save(output, target));
        const QByteArray previous = sha256Of(target);

        QProcess helper;
        helper.start(kSaveHelper, {output == Output::Session ? QStringLiteral("session")
                                                             : QStringLiteral("report"),
                                   target, QString::number(count)});
        QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
        QElapsedTimer timer;
        timer.start();
        qint64 writtenAtKill = -1;
        bool finishedFirst = false;
        while (timer.elapsed() < 120000 && writtenAtKill <= 0) {
            if (helper.waitForFinished(1)) {
                finishedFirst = true;
                break;
            }
            for (const QFileInfo& temporary : temporaryFilesOf(target, helper.processId())) {
                writtenAtKill = std::max(writtenAtKill, temporary.size());
            }
        }
        QVERIFY2(!finishedFirst,
                 "the save finished before it could be interrupted: raise the count");
        QVERIFY2(writtenAtKill > 0, "no temporary file appeared within two minutes");
        helper.kill();
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        qInfo("killed with %.1f MB of the new file written", writtenAtKill / 1e6);

        const QString problem = checkIntact(output, target, previous);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A named temporary file (where there is no O_TMPFILE) outlives a
        // SIGKILL; an unnamed one goes with the process. Neither is the target.
        for (const QFileInfo& temporary : temporaryFilesOf(target)) {
            qInfo("left behind: %s (%lld bytes)", qPrintable(temporary.fileName()),
                  temporary.size());
            QFile::remove(temporary.filePath());
        }
    }

    void fullDiskMidSaveLeavesThePreviousFileWhole_data() {
        QTest::addColumn<Output>("output");
        QTest::newRow("session") << Output::Session;
        QTest::newRow("JSON report") << Output::Report;
    }

    // The child may write files of 64 KB at most (RLIMIT_FSIZE): the new file
    // fails half-way, as on a full disk.
    void fullDiskMidSaveLeavesThePreviousFileWhole() {
        QFETCH(Output, output);

        QDir dir(path(QStringLiteral("full")));
        QVERIFY(dir.removeRecursively() && dir.mkpath(QStringLiteral(".")));
        const QString target = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(!save(output, target));
        const QByteArray previous = sha256Of(target);

        QProcess helper;
        helper.start(kSaveHelper, {output == Output::Session ? QStringLiteral("session")
                                                             : QStringLiteral("report"),
                                   target, QStringLiteral("5000"), QString::number(64 * 1024)});
        QVERIFY(helper.waitForFinished(120000));
        const QString message = QString::fromUtf8(helper.readAllStandardError()).trimmed();
        qInfo("%s", qPrintable(message));
        QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
        QCOMPARE(helper.exitCode(), 1);
        // The system's reason, not Qt's "Unknown error" that closing the file leaves.
        QVERIFY2(message.endsWith(QStringLiteral("cannot be written (File too large)")),
                 qPrintable(message));

        const QString problem = checkIntact(output, target, previous);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(temporaryFilesOf(target).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
