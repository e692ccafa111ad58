#include "core/analysis/trackanalyzer.h"
#include "tests/fuzz/untrustedinput.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

namespace {

// The seed corpus is a handful of tiny files, and every crasher is small: any
// of them taking this long is a hang (the limit leaves room for sanitizers).
constexpr qint64 kPatienceMs = 20000;

const QString kFuzzDir = QStringLiteral(MIXSCOPE_FUZZ_DIR);

} // namespace

/// Replays, without clang or libFuzzer, what the fuzzer starts from and what
/// it found: tests/fuzz/corpus (one valid file per format) and
/// tests/fuzz/regressions (inputs that once crashed, hung or broke a check).
class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFileIsHandled_data() {
        QTest::addColumn<QString>("path");
        int rows = 0;
        for (const QString& folder : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            const QDir dir(kFuzzDir + QLatin1Char('/') + folder);
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
                if (name.endsWith(QLatin1String(".md"))) {
                    continue;
                }
                const QString tag = folder + QLatin1Char('/') + name;
                QTest::newRow(qPrintable(tag)) << dir.filePath(name);
                ++rows;
            }
        }
        QVERIFY2(rows >= 10,
                 qPrintable(QStringLiteral("only %1 files in %2").arg(rows).arg(kFuzzDir)));
    }

    void everyFileIsHandled() {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();

        QElapsedTimer timer;
        timer.start();
        const QString problem = mixscope::fuzz::checkUntrustedInput(bytes);
        const qint64 elapsedMs = timer.elapsed();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(elapsedMs < kPatienceMs, qPrintable(QStringLiteral("%1 ms").arg(elapsedMs)));
    }

    void seedsOfEveryFormatAnalyse_data() {
        QTest::addColumn<QString>("name");
        for (const char* name : {"pcm16.wav", "pcm24.wav", "float32.wav", "pcm16.aiff", "seed.flac",
                                 "seed.mp3", "seed.ogg", "seed.opus", "seed.m4a", "alac.m4a"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    // A corpus of files that all fail to decode would teach the fuzzer nothing.
    void seedsOfEveryFormatAnalyse() {
        QFETCH(QString, name);
        QFile file(kFuzzDir + QStringLiteral("/corpus/") + name);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.size() <= 16 * 1024, "seeds stay tiny");
        const auto result = mixscope::TrackAnalyzer::analyzeBytes(bytes);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
