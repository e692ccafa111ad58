#include "core/analysis/meterset.h"
#include "tests/support/testsignals.h"

#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

#include <algorithm>

using namespace mixscope;

// The meters measure the same with a helper thread as on one thread, bit for
// bit, however the blocks fall: the helper reads a ring of copies, so a block
// overwritten before it was measured, measured twice or out of order would
// show in every series.
class MeterSetTest : public QObject {
    Q_OBJECT

private:
    static constexpr int kRate = 44100;

    struct Measured {
        LoudnessResult loudness;
        LevelResult levels;
        RhythmResult rhythm;
        DynamicsResult dynamics;
        SpectralResult spectral;
        std::size_t blocksOnHelper = 0;
        std::size_t blocks = 0;
    };

    // Feeds signal in blocks of changing size (1 frame to 12,000, like a
    // decoder's), calling between() before block `at` when set.
    static Measured measure(const test::Signal& signal, QThreadPool* pool,
                            const std::function<void(std::size_t)>& between = {}) {
        MeterSet meters(kRate, pool);
        std::size_t done = 0;
        std::size_t size = 1;
        std::size_t block = 0;
        for (; done < signal.frames(); ++block) {
            if (between) {
                between(block);
            }
            size = size * 13 % 12007 + 1;
            const std::size_t frames = std::min(size, signal.frames() - done);
            meters.process(signal.samples.data() + 2 * done, frames);
            done += frames;
        }
        meters.finish();
        Measured measured;
        measured.loudness = meters.loudness.finish();
        measured.levels = meters.levels.finish();
        measured.rhythm = meters.rhythm.finish();
        measured.dynamics = meters.dynamics.finish(measured.loudness, measured.rhythm.onsetTimesS);
        measured.spectral = meters.spectral.finish();
        measured.blocksOnHelper = meters.blocksOnHelper();
        measured.blocks = block;
        return measured;
    }

    static void compare(const Measured& a, const Measured& b) {
        QVERIFY(a.loudness.integratedLufs == b.loudness.integratedLufs);
        QVERIFY(a.loudness.rangeLu == b.loudness.rangeLu);
        QVERIFY(a.loudness.truePeakDbtp == b.loudness.truePeakDbtp);
        QVERIFY(a.loudness.momentaryLufs == b.loudness.momentaryLufs);
        QVERIFY(a.loudness.shortTermLufs == b.loudness.shortTermLufs);
        QVERIFY(a.loudness.truePeakSeriesDbtp == b.loudness.truePeakSeriesDbtp);
        QVERIFY(a.levels.samplePeakDbfs == b.levels.samplePeakDbfs);
        QVERIFY(a.levels.rmsDbfs == b.levels.rmsDbfs);
        QVERIFY(a.levels.clippedSampleCount == b.levels.clippedSampleCount);
        QVERIFY(a.rhythm.onsetEnvelope == b.rhythm.onsetEnvelope);
        QVERIFY(a.rhythm.tempoBpm == b.rhythm.tempoBpm);
        QVERIFY(a.dynamics.crestDb == b.dynamics.crestDb);
        QVERIFY(a.dynamics.psrSeriesDb == b.dynamics.psrSeriesDb);
        QVERIFY(a.spectral.spectrum.midDb == b.spectral.spectrum.midDb);
        QVERIFY(a.spectral.spectrum.bandSeriesMidDb == b.spectral.spectrum.bandSeriesMidDb);
        QVERIFY(a.spectral.spectrum.presenceHopSeriesDb == b.spectral.spectrum.presenceHopSeriesDb);
    }

    test::Signal m_music = test::musicLike(40.0, kRate);

private Q_SLOTS:
    void aHelperMeasuresWhatOneThreadMeasures() {
        const Measured alone = measure(m_music, nullptr);
        QCOMPARE(alone.blocksOnHelper, std::size_t(0));
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        const Measured helped = measure(m_music, &pool);
        qInfo("%zu blocks measured on the helper", helped.blocksOnHelper);
        QVERIFY(helped.blocksOnHelper > 100);
        compare(alone, helped);
    }

    // A pool with no idle thread lends none: everything runs on the caller's
    // thread until a thread frees up, then the helper takes over mid-song.
    void aBusyPoolLendsAThreadOnlyOnceOneIsIdle() {
        const Measured alone = measure(m_music, nullptr);
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore hold;
        QSemaphore started;
        pool.start([&] {
            started.release();
            hold.acquire();
        });
        started.acquire();
        const Measured helped = measure(m_music, &pool, [&](std::size_t block) {
            if (block == 60) {
                hold.release();
                pool.waitForDone(0);
                QTRY_COMPARE(pool.activeThreadCount(), 0);
            }
        });
        qInfo("%zu blocks measured on the helper", helped.blocksOnHelper);
        // Blocks 0 to 59 on the caller's thread, the rest on the helper.
        QCOMPARE(helped.blocksOnHelper, helped.blocks - 60);
        compare(alone, helped);
    }

    // Cancelled half-way (the analysis returns, the set goes): the helper
    // stops with it, nothing hangs and nothing leaks (LeakSanitizer checks
    // under the asan preset).
    void aSetDestroyedHalfWayStopsItsHelper() {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        {
            MeterSet meters(kRate, &pool);
            meters.process(m_music.samples.data(), m_music.frames() / 2);
            meters.process(m_music.samples.data(), 4096);
        }
        QVERIFY(pool.waitForDone(5000));
    }
};

QTEST_GUILESS_MAIN(MeterSetTest)
#include "tst_meterset.moc"
