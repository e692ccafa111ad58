#include "core/session/analysistask.h"
#include "tests/support/testsignals.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <malloc.h>

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
