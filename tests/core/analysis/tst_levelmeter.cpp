#include "core/analysis/levelmeter.h"
#include "tests/support/testsignals.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace mixscope;
using namespace mixscope::test;

namespace {

LevelResult measure(const Signal& signal, std::size_t blockFrames = 1000) {
    LevelMeter meter(48000);
    for (std::size_t first = 0; first < signal.frames(); first += blockFrames) {
        meter.process(signal.samples.data() + first * 2,
                      std::min(blockFrames, signal.frames() - first));
    }
    return meter.finish();
}

// Adds offsetLeft and offsetRight to every sample of the stereo signal.
Signal withDcOffset(Signal signal, float offsetLeft, float offsetRight) {
    for (std::size_t i = 0; i < signal.frames(); ++i) {
        signal.samples[2 * i] += offsetLeft;
        signal.samples[2 * i + 1] += offsetRight;
    }
    return signal;
}

constexpr double kSineCrestDb = 3.0103; // 20 log10(sqrt(2))

} // namespace

class TestLevelMeter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sineHasCrestFactorOfThreeDb_data() {
        QTest::addColumn<double>("frequencyHz");
        QTest::addColumn<double>("levelDbfs");

        QTest::newRow("1 kHz at 0 dBFS") << 1000.0 << 0.0;
        QTest::newRow("997 Hz at -20 dBFS") << 997.0 << -20.0;
        QTest::newRow("100 Hz at -6 dBFS") << 100.0 << -6.0;
        QTest::newRow("10 kHz at -40 dBFS") << 10000.0 << -40.0;
    }

    void sineHasCrestFactorOfThreeDb() {
        QFETCH(double, frequencyHz);
        QFETCH(double, levelDbfs);

        const LevelResult result = measure(sine(frequencyHz, levelDbfs, 2.0));
        QVERIFY(result.samplePeakDbfs);
        QVERIFY(result.rmsDbfs);
        QVERIFY(result.crestDb);
        QVERIFY(std::fabs(*result.samplePeakDbfs - levelDbfs) <= 0.01);
        QVERIFY(std::fabs(*result.rmsDbfs - (levelDbfs - kSineCrestDb)) <= 0.01);
        QVERIFY2(std::fabs(*result.crestDb - kSineCrestDb) <= 0.01,
                 qPrintable(QStringLiteral("crest %1 dB").arg(*result.crestDb)));
    }

    void fullScaleSineHasRmsOfMinusThreeDbfs() {
        const LevelResult result = measure(sine(1000.0, 0.0, 1.0));
        QVERIFY(result.rmsDbfs);
        QVERIFY2(std::fabs(*result.rmsDbfs - -kSineCrestDb) <= 0.01,
                 qPrintable(QStringLiteral("RMS %1 dBFS").arg(*result.rmsDbfs)));
        QVERIFY(std::fabs(*result.samplePeakDbfs) <= 0.001);
    }

    // RMS is over both channels together: a silent right side halves the power.
    void rmsAveragesPowerOverBothChannels() {
        Signal signal = sine(1000.0, 0.0, 1.0);
        for (std::size_t i = 0; i < signal.frames(); ++i) {
            signal.samples[2 * i + 1] = 0.0f;
        }
        const LevelResult result = measure(signal);
        QVERIFY(result.rmsDbfs);
        QVERIFY(std::fabs(*result.rmsDbfs - (-kSineCrestDb - kSineCrestDb)) <= 0.01);
    }

    void samplePeakIsTheLouderChannel() {
        const Signal signal = interleave({channelOf(sine(440.0, -12.0, 1.0), 0),
                                          channelOf(sine(440.0, -6.0, 1.0, 48000, 2, 1.0), 0)});
        const LevelResult result = measure(signal);
        QVERIFY(result.samplePeakDbfs);
        QVERIFY(std::fabs(*result.samplePeakDbfs - -6.0) <= 0.01);
    }

    void dcOffsetReadsAsPercentOfFullScalePerChannel_data() {
        QTest::addColumn<float>("offsetLeft");
        QTest::addColumn<float>("offsetRight");
        QTest::addColumn<double>("expectedLeftPercent");
        QTest::addColumn<double>("expectedRightPercent");

        QTest::newRow("+0.1 on the left") << 0.1f << 0.0f << 10.0 << 0.0;
        QTest::newRow("-0.05 on the right") << 0.0f << -0.05f << 0.0 << -5.0;
        QTest::newRow("both sides") << 0.02f << 0.003f << 2.0 << 0.3;
        QTest::newRow("none") << 0.0f << 0.0f << 0.0 << 0.0;
    }

    void dcOffsetReadsAsPercentOfFullScalePerChannel() {
        QFETCH(float, offsetLeft);
        QFETCH(float, offsetRight);
        QFETCH(double, expectedLeftPercent);
        QFETCH(double, expectedRightPercent);

        // Whole cycles of the sine, so that only the offset has a mean.
        const LevelResult result =
            measure(withDcOffset(sine(1000.0, -10.0, 3.0), offsetLeft, offsetRight));
        QVERIFY2(std::fabs(result.dcOffsetPercent[0] - expectedLeftPercent) <= 0.01,
                 qPrintable(QStringLiteral("left %1 %").arg(result.dcOffsetPercent[0])));
        QVERIFY2(std::fabs(result.dcOffsetPercent[1] - expectedRightPercent) <= 0.01,
                 qPrintable(QStringLiteral("right %1 %").arg(result.dcOffsetPercent[1])));
    }

    void silenceGivesEmptyLevels() {
        const LevelResult result = measure(silence(2.0));
        QVERIFY(!result.samplePeakDbfs);
        QVERIFY(!result.rmsDbfs);
        QVERIFY(!result.crestDb);
        QCOMPARE(result.dcOffsetPercent[0], 0.0);
        QCOMPARE(result.dcOffsetPercent[1], 0.0);
    }

    void noInputGivesEmptyLevels() {
        const LevelResult result = LevelMeter(48000).finish();
        QVERIFY(!result.samplePeakDbfs);
        QVERIFY(!result.rmsDbfs);
        QVERIFY(!result.crestDb);
        QCOMPARE(result.dcOffsetPercent[0], 0.0);
        QCOMPARE(result.dcOffsetPercent[1], 0.0);
    }

    void resultDoesNotDependOnBlockSize_data() {
        QTest::addColumn<int>("blockFrames");

        QTest::newRow("single frames") << 1;
        QTest::newRow("odd blocks") << 4099;
        QTest::newRow("one block") << 10 * 48000;
    }

    void resultDoesNotDependOnBlockSize() {
        QFETCH(int, blockFrames);

        const Signal signal = withDcOffset(musicLike(10.0), 0.01f, -0.02f);
        const LevelResult reference = measure(signal, 8192);
        const LevelResult result = measure(signal, static_cast<std::size_t>(blockFrames));
        QVERIFY(result.samplePeakDbfs && result.rmsDbfs);
        QCOMPARE(*result.samplePeakDbfs, *reference.samplePeakDbfs);
        QVERIFY(std::fabs(*result.rmsDbfs - *reference.rmsDbfs) <= 1e-9);
        QVERIFY(std::fabs(result.dcOffsetPercent[0] - 1.0) <= 0.01);
        QVERIFY(std::fabs(result.dcOffsetPercent[1] - -2.0) <= 0.01);
        QVERIFY(std::fabs(result.dcOffsetPercent[0] - reference.dcOffsetPercent[0]) <= 1e-9);
        QCOMPARE(result.clippedRunCount, reference.clippedRunCount);
    }

    void hardClippedSineHasOneFlatTopPerHalfCycle_data() {
        QTest::addColumn<double>("gainAfterClipping");

        QTest::newRow("clipped at full scale") << 1.0;
        QTest::newRow("clipped, then turned down 6 dB") << 0.5;
    }

    void hardClippedSineHasOneFlatTopPerHalfCycle() {
        QFETCH(double, gainAfterClipping);

        // 100 Hz driven 6 dB into a clipper: 2 flat tops per cycle and channel,
        // each about 1/3 of a half cycle long.
        Signal signal = sine(100.0, 6.0, 2.0);
        for (float& sample : signal.samples) {
            sample = static_cast<float>(std::clamp(sample, -1.0f, 1.0f) * gainAfterClipping);
        }
        const LevelResult result = measure(signal);
        QVERIFY2(std::abs(result.clippedRunCount - 2 * 2 * 200) <= 4,
                 qPrintable(QString::number(result.clippedRunCount)));
        QVERIFY(result.clippedSampleCount > 48000); // a third of 2 s on both channels
        QCOMPARE(result.clipIntervals.size(), std::size_t{4});
        QCOMPARE(result.clipIntervals.front().startS, 0.0);
        QCOMPARE(result.clipIntervals.back().startS, 1.5);
    }

    void cleanPeaksAndConstantsAreNotFlatTops_data() {
        QTest::addColumn<int>("kind");

        QTest::newRow("full-scale 1 kHz sine") << 0;
        QTest::newRow("music-like material") << 1;
        QTest::newRow("offset over silence") << 2;
    }

    void cleanPeaksAndConstantsAreNotFlatTops() {
        QFETCH(int, kind);

        const Signal signal = kind == 0   ? sine(1000.0, -0.1, 2.0)
                              : kind == 1 ? musicLike(10.0)
                                          : withDcOffset(silence(2.0), 0.05f, 0.05f);
        const LevelResult result = measure(signal);
        QCOMPARE(result.clippedRunCount, 0);
        QVERIFY(result.clipIntervals.empty());
    }

    void clipOnlyInTheLastSecondIsPlacedThere() {
        Signal clean = sine(100.0, -6.0, 3.0);
        Signal loud = sine(100.0, 6.0, 1.0);
        for (float& sample : loud.samples) {
            sample = std::clamp(sample, -1.0f, 1.0f);
        }
        const LevelResult result = measure(concatenate(clean, loud));
        QVERIFY(result.clippedRunCount >= 390);
        QVERIFY(!result.clipIntervals.empty());
        QVERIFY(result.clipIntervals.front().startS >= 3.0);
    }
};

QTEST_GUILESS_MAIN(TestLevelMeter)
#include "tst_levelmeter.moc"
