#include "core/analysis/trackanalyzer.h"
#include "core/session/demosession.h"
#include "tests/support/testsignals.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mixscope;

class DemoSessionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoIsBitIdenticalOnEveryRun() {
        QTemporaryDir first, second;
        const Result<DemoSession> a = DemoSession::ensure(first.path());
        const Result<DemoSession> b = DemoSession::ensure(second.path());
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value().referencePaths.size(), 1);
        QCOMPARE(test::sha256Of(a.value().mixPath), test::sha256Of(b.value().mixPath));
        QCOMPARE(test::sha256Of(a.value().referencePaths.front()),
                 test::sha256Of(b.value().referencePaths.front()));
        QVERIFY(!test::sha256Of(a.value().mixPath).isEmpty());
    }

    void existingDemoFilesAreReusedNotRewritten() {
        QTemporaryDir dir;
        const Result<DemoSession> created = DemoSession::ensure(dir.path());
        QVERIFY(created.ok());
        const QDateTime written = QFileInfo(created.value().mixPath).lastModified();
        QTest::qWait(20);
        const Result<DemoSession> again = DemoSession::ensure(dir.path());
        QVERIFY(again.ok());
        QCOMPARE(QFileInfo(again.value().mixPath).lastModified(), written);
    }

    void mixIsAnUnmasteredVersionOfTheReference() {
        QTemporaryDir dir;
        const Result<DemoSession> demo = DemoSession::ensure(dir.path());
        QVERIFY(demo.ok());
        const Result<TrackAnalysis> mix = TrackAnalyzer::analyze(demo.value().mixPath);
        const Result<TrackAnalysis> reference =
            TrackAnalyzer::analyze(demo.value().referencePaths.front());
        QVERIFY(mix.ok() && reference.ok());
        QCOMPARE(mix.value().durationS, DemoSession::kBars * 4 * 60.0 / DemoSession::kTempoBpm);
        QCOMPARE(mix.value().stream.sampleRateHz, DemoSession::kSampleRateHz);
        QCOMPARE(mix.value().bitDepth(), std::optional<int>(24));
        // A peak-normalised mix: sample peak at -1 dBFS, with more room for peaks than the master.
        QVERIFY(qAbs(*mix.value().levels.samplePeakDbfs + 1.0) < 0.01);
        QVERIFY(*reference.value().loudness.integratedLufs >
                *mix.value().loudness.integratedLufs + 3.0);
        QVERIFY(*mix.value().plrDb() > *reference.value().plrDb() + 1.0);
    }

    void unwritableDirectoryIsAWriteError() {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file-not-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Result<DemoSession> demo = DemoSession::ensure(blocker);
        QVERIFY(!demo.ok());
        QCOMPARE(demo.error().kind, AnalysisErrorKind::WriteFailed);
        QVERIFY(demo.error().message.contains(QStringLiteral("file-not-folder")));
    }
};

QTEST_GUILESS_MAIN(DemoSessionTest)
#include "tst_demosession.moc"
