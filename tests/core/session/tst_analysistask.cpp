#include "core/analysis/trackanalyzer.h"
#include "core/session/analysistask.h"
#include "tests/support/testsignals.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <malloc.h>

#include <cstdio>

#include <algorithm>
#include <memory>
#include <vector>

using namespace mixscope;

namespace {

constexpr int kFiles = 50;
constexpr int kThreads = 2;

// Heap bytes in use (glibc); 0 where the allocator does not say (sanitizers).
std::size_t heapInUse() {
    return mallinfo2().uordblks;
}

// What happens on disk to a file while it is being analysed.
enum class Meddling { None, TruncatedInPlace, Deleted, ReplacedByRename };

} // namespace

class TestAnalysisTask : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_shortFile; // 3 s of music-like material: 50 of them are analysed
    QString m_longFile;  // 60 s: still running when they are cancelled

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_shortFile = m_dir.filePath(QStringLiteral("short.wav"));
        m_longFile = m_dir.filePath(QStringLiteral("long.wav"));
        QString error;
        QVERIFY2(test::writeWav(m_shortFile, test::musicLike(3.0), WavWriter::SampleFormat::Int16,
                                &error),
                 qPrintable(error));
        QVERIFY2(test::writeWav(m_longFile, test::musicLike(60.0), WavWriter::SampleFormat::Int16,
                                &error),
                 qPrintable(error));
    }

    // Files changed on disk while they are analysed side by side with others:
    // each one gets its own answer (an error that says what happened, or the
    // figures of the version that was opened, with a warning), none hangs,
    // and the files left alone are measured exactly as on their own.
    void filesChangedWhileAnalysedDoNotDisturbTheOthers() {
        QString error;
        const QString original = m_dir.filePath(QStringLiteral("changing-original.wav"));
        const QString other = m_dir.filePath(QStringLiteral("changing-other.wav"));
        QVERIFY2(test::writeWav(original, test::whiteNoise(-12.0, 60.0, 48000, 2, 11),
                                WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
        QVERIFY2(test::writeWav(other, test::whiteNoise(-30.0, 60.0, 48000, 2, 12),
                                WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
        const auto alone = TrackAnalyzer::analyze(original);
        const auto shortAlone = TrackAnalyzer::analyze(m_shortFile);
        QVERIFY(alone && shortAlone);

        struct Case {
            Meddling meddling;
            QString path;
            std::unique_ptr<QFutureWatcher<Result<TrackAnalysis>>> watcher;
            bool meddled = false;
            bool finishedFirst = false;
        };
        std::vector<Case> cases;
        for (const Meddling meddling : {Meddling::TruncatedInPlace, Meddling::None,
                                        Meddling::Deleted, Meddling::ReplacedByRename}) {
            const char* names[] = {"untouched", "truncated-in-place", "deleted", "replaced"};
            const QString path =
                m_dir.filePath(QStringLiteral("changing-%1.wav")
                                   .arg(QLatin1String(names[static_cast<int>(meddling)])));
            QFile::remove(path);
            QVERIFY(QFile::copy(original, path));
            cases.push_back({meddling, path, nullptr});
        }
        const QString replacement = m_dir.filePath(QStringLiteral("changing-replacement.wav"));
        QFile::remove(replacement);
        QVERIFY(QFile::copy(other, replacement));

        QThreadPool pool;
        pool.setMaxThreadCount(kThreads);
        int done = 0;
        for (Case& c : cases) {
            c.watcher = std::make_unique<QFutureWatcher<Result<TrackAnalysis>>>();
            auto* watcher = c.watcher.get();
            connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
                    [&c, &replacement](int value) {
                        // Above 0: the file is open and its first block measured.
                        if (value == 0 || c.meddled || c.meddling == Meddling::None) {
                            return;
                        }
                        c.meddled = true;
                        c.finishedFirst = c.watcher->isFinished();
                        switch (c.meddling) {
                        case Meddling::TruncatedInPlace:
                            QFile::resize(c.path, 44 + 48000 * 4); // 1 s of the 60 s
                            break;
                        case Meddling::Deleted:
                            QFile::remove(c.path);
                            break;
                        case Meddling::ReplacedByRename:
                            std::rename(QFile::encodeName(replacement).constData(),
                                        QFile::encodeName(c.path).constData());
                            break;
                        case Meddling::None:
                            break;
                        }
                    });
            connect(watcher, &QFutureWatcherBase::finished, this, [&done] { ++done; });
            watcher->setFuture(AnalysisTask::start(c.path, &pool));
        }
        // Short files queued behind them.
        std::vector<QFuture<Result<TrackAnalysis>>> shortOnes;
        for (int i = 0; i < 4; ++i) {
            shortOnes.push_back(AnalysisTask::start(m_shortFile, &pool));
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, static_cast<int>(cases.size()), 300000);
        QVERIFY(pool.waitForDone(60000));

        for (const Case& c : cases) {
            const Result<TrackAnalysis> result = c.watcher->future().result();
            const QString text =
                result ? result.value().warnings.join(QLatin1Char(' ')) : result.error().message;
            qInfo("%s: %s", qPrintable(QFileInfo(c.path).fileName()), qPrintable(text));
            if (c.meddling == Meddling::None) {
                QVERIFY2(result, qPrintable(text));
                QVERIFY(result.value().warnings.isEmpty());
                QCOMPARE(result.value().loudness.integratedLufs,
                         alone.value().loudness.integratedLufs);
                continue;
            }
            QVERIFY2(c.meddled, "the file was never changed");
            QVERIFY2(!c.finishedFirst,
                     "the analysis finished before the file was changed: make the file longer");
            if (c.meddling == Meddling::TruncatedInPlace) {
                QVERIFY2(!result, "a file cut short under the reader was measured");
                QCOMPARE(result.error().kind, AnalysisErrorKind::ReadFailed);
                QVERIFY2(text.contains(QStringLiteral("changed while it was being analysed")),
                         qPrintable(text));
            } else {
                // The open handle reads the whole old file: its figures stand.
                QVERIFY2(result, qPrintable(text));
                QVERIFY2(text.contains(QStringLiteral("replaced or deleted")), qPrintable(text));
                QCOMPARE(result.value().durationS, 60.0);
                QCOMPARE(result.value().loudness.integratedLufs,
                         alone.value().loudness.integratedLufs);
            }
        }
        for (auto& future : shortOnes) {
            QVERIFY(future.result().ok());
            QCOMPARE(future.result().value().loudness.integratedLufs,
                     shortAlone.value().loudness.integratedLufs);
        }
    }

    // 50 files at once on a pool of two threads: all are queued at once,
    // two run at any time, and every one is analysed.
    void fiftyFilesRunAtMostPoolSizeAtOnce() {
        QThreadPool pool;
        pool.setMaxThreadCount(kThreads);
        std::vector<std::unique_ptr<QFutureWatcher<Result<TrackAnalysis>>>> watchers;
        std::vector<bool> started(kFiles, false);
        std::vector<bool> finished(kFiles, false);
        int running = 0;
        int mostRunning = 0;
        int done = 0;
        for (int i = 0; i < kFiles; ++i) {
            auto watcher = std::make_unique<QFutureWatcher<Result<TrackAnalysis>>>();
            connect(watcher.get(), &QFutureWatcherBase::progressValueChanged, this,
                    [&, i](int value) {
                        if (value > 0 && !started[i]) {
                            started[i] = true;
                            mostRunning = std::max(mostRunning, ++running);
                        }
                    });
            connect(watcher.get(), &QFutureWatcherBase::finished, this, [&, i] {
                finished[i] = true;
                running -= started[i] ? 1 : 0;
                ++done;
            });
            watcher->setFuture(AnalysisTask::start(m_shortFile, &pool));
            watchers.push_back(std::move(watcher));
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, kFiles, 300000);
        qInfo("at most %d of %d analyses ran at once", mostRunning, kFiles);
        QVERIFY(mostRunning >= 1);
        QVERIFY2(mostRunning <= kThreads, qPrintable(QString::number(mostRunning)));
        for (const auto& watcher : watchers) {
            QVERIFY(watcher->future().result().ok());
        }
    }

    // Cancelling stops the running analyses at their next block, the queued
    // ones never start, and the memory they held is given back (LeakSanitizer
    // checks the rest when the asan preset runs this).
    void cancellingEveryAnalysisStopsThemAndFreesTheirMemory() {
        const std::size_t heapBefore = heapInUse();
        {
            QThreadPool pool;
            pool.setMaxThreadCount(kThreads);
            std::vector<QFuture<Result<TrackAnalysis>>> futures;
            for (int i = 0; i < kFiles; ++i) {
                futures.push_back(AnalysisTask::start(m_longFile, &pool));
            }
            QTRY_VERIFY_WITH_TIMEOUT(futures.front().progressValue() > 0, 60000);

            QElapsedTimer timer;
            timer.start();
            for (auto& future : futures) {
                future.cancel();
            }
            QVERIFY(pool.waitForDone(30000));
            qInfo("every analysis stopped %lld ms after the cancel", timer.elapsed());
            for (auto& future : futures) {
                QVERIFY(future.isCanceled());
                QCOMPARE(future.resultCount(), 0);
            }
            const auto startedCount = std::count_if(futures.begin(), futures.end(),
                                                    [](auto& f) { return f.progressValue() > 0; });
            qInfo("%lld of %d had started", static_cast<long long>(startedCount), kFiles);
            QVERIFY(startedCount <= kThreads + 1);
        }
        const std::size_t heapAfter = heapInUse();
        qInfo("heap in use: %zu bytes before, %zu after", heapBefore, heapAfter);
        if (heapBefore > 0) {
            QVERIFY2(heapAfter < heapBefore + 256 * 1024,
                     qPrintable(QStringLiteral("%1 bytes still held").arg(heapAfter - heapBefore)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysisTask)
#include "tst_analysistask.moc"
