#include "core/analysis/spectralanalyzer.h"
#include "core/dsp/biquad.h"
#include "tests/support/testsignals.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace mixscope;
using namespace mixscope::test;

namespace {

constexpr int kRate = 44100;

StereoResult analyse(const Signal& signal) {
    SpectralAnalyzer analyzer(signal.sampleRateHz);
    constexpr std::size_t blockFrames = 8192;
    for (std::size_t first = 0; first < signal.frames(); first += blockFrames) {
        analyzer.process(signal.samples.data() + first * 2,
                         std::min(blockFrames, signal.frames() - first));
    }
    return analyzer.finish().stereo;
}

Signal scaled(Signal signal, float gain) {
    for (float& sample : signal.samples) {
        sample *= gain;
    }
    return signal;
}

Signal noise(double seconds, std::uint32_t seed = 3) {
    return channelOf(whiteNoise(-6.0, seconds, kRate, 1, seed), 0);
}

enum class Relation { Identical, Inverted, Independent };

Signal stereoNoise(Relation relation, double seconds = 4.0) {
    const Signal left = noise(seconds);
    switch (relation) {
    case Relation::Identical:
        return interleave({left, left});
    case Relation::Inverted:
        return interleave({left, scaled(left, -1.0f)});
    case Relation::Independent:
        break;
    }
    return interleave({left, noise(seconds, 77)});
}

// Identical broadband content above ~300 Hz (high-passed noise) plus a 60 Hz
// sine that is polarity inverted on the right.
Signal invertedBassUnderIdenticalTop(double seconds) {
    Signal top = noise(seconds, 5);
    Biquad highPass1 = Biquad::highPass(kRate, 300.0);
    Biquad highPass2 = Biquad::highPass(kRate, 300.0);
    for (float& sample : top.samples) {
        sample = highPass2.process(highPass1.process(sample));
    }
    const Signal bass = channelOf(sine(60.0, -14.0, seconds, kRate, 1), 0);
    Signal left = top;
    Signal right = top;
    for (std::size_t i = 0; i < top.samples.size(); ++i) {
        left.samples[i] += bass.samples[i];
        right.samples[i] -= bass.samples[i];
    }
    return interleave({left, right});
}

} // namespace

Q_DECLARE_METATYPE(Relation)

class TestStereoField : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void correlationFollowsChannelRelationship_data() {
        QTest::addColumn<Relation>("relation");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");

        QTest::newRow("identical channels") << Relation::Identical << 1.0 << 0.001;
        QTest::newRow("polarity-inverted channel") << Relation::Inverted << -1.0 << 0.001;
        QTest::newRow("independent noise") << Relation::Independent << 0.0 << 0.05;
    }

    void correlationFollowsChannelRelationship() {
        QFETCH(Relation, relation);
        QFETCH(double, expected);
        QFETCH(double, tolerance);

        const StereoResult result = analyse(stereoNoise(relation));
        QVERIFY(result.correlation);
        QVERIFY2(std::fabs(*result.correlation - expected) <= tolerance,
                 qPrintable(QStringLiteral("r = %1").arg(*result.correlation)));
        QVERIFY(result.lowEndCorrelation);
        QVERIFY2(std::fabs(*result.lowEndCorrelation - expected) <= std::max(tolerance, 0.1),
                 qPrintable(QStringLiteral("low-end r = %1").arg(*result.lowEndCorrelation)));
        // Every band agrees (per-band estimates of independent noise scatter more
        // in the narrow low bands, so only the upper ones are held to 0.1).
        for (std::size_t b = 0; b < result.bandCorrelation.size(); ++b) {
            QVERIFY(result.bandCorrelation[b]);
            const double bandTolerance = relation == Relation::Independent
                                             ? (result.bandCentersHz[b] < 200.0 ? 0.35 : 0.1)
                                             : tolerance;
            QVERIFY2(std::fabs(*result.bandCorrelation[b] - expected) <= bandTolerance,
                     qPrintable(QStringLiteral("%1 Hz: r = %2")
                                    .arg(result.bandCentersHz[b])
                                    .arg(*result.bandCorrelation[b])));
        }
        QVERIFY(!result.correlationSeries.empty());
        for (const auto& r : result.correlationSeries) {
            QVERIFY(r);
            QVERIFY(std::fabs(*r - expected) <= std::max(tolerance, 0.2));
        }
    }

    void identicalChannelsHaveNoSide() {
        const StereoResult result = analyse(stereoNoise(Relation::Identical));
        QCOMPARE(result.sideToMidDb.size(), std::size_t(31));
        for (const auto& width : result.sideToMidDb) {
            QVERIFY(!width); // side is -inf dB
        }
    }

    void oneSidedSignalHasAsMuchSideAsMid() {
        const Signal left = noise(4.0);
        const StereoResult result = analyse(interleave({left, scaled(left, 0.0f)}));
        for (const auto& width : result.sideToMidDb) {
            QVERIFY(width);
            QVERIFY2(std::fabs(*width) <= 0.001, qPrintable(QString::number(*width)));
        }
        QVERIFY(!result.correlation);
        QVERIFY(!result.balanceDb);
    }

    void independentNoiseHasEqualSideAndMid() {
        const StereoResult result = analyse(stereoNoise(Relation::Independent, 10.0));
        for (std::size_t b = 0; b < result.sideToMidDb.size(); ++b) {
            QVERIFY(result.sideToMidDb[b]);
            // Narrow low bands hold few independent bins, so they scatter more.
            const double tolerance = result.bandCentersHz[b] < 200.0 ? 1.5 : 0.5;
            QVERIFY2(std::fabs(*result.sideToMidDb[b]) <= tolerance,
                     qPrintable(QStringLiteral("%1 Hz: %2 dB")
                                    .arg(result.bandCentersHz[b])
                                    .arg(*result.sideToMidDb[b])));
        }
    }

    void polarityInvertedBassLowersLowEndCorrelation() {
        const StereoResult result = analyse(invertedBassUnderIdenticalTop(6.0));
        QVERIFY(result.lowEndCorrelation);
        QVERIFY(result.correlation);
        QVERIFY2(*result.lowEndCorrelation < -0.9,
                 qPrintable(QStringLiteral("low-end r = %1").arg(*result.lowEndCorrelation)));
        QVERIFY2(*result.correlation > 0.3,
                 qPrintable(QStringLiteral("r = %1").arg(*result.correlation)));
        const auto at = [&](double hz) {
            const auto found =
                std::find(result.bandCentersHz.begin(), result.bandCentersHz.end(), hz);
            return result
                .bandCorrelation[static_cast<std::size_t>(found - result.bandCentersHz.begin())];
        };
        QVERIFY(at(63.0) && *at(63.0) < -0.99);
        QVERIFY(at(1000.0) && *at(1000.0) > 0.99);
    }

    void monoLossFollowsChannelRelationship_data() {
        QTest::addColumn<Relation>("relation");
        QTest::addColumn<double>("expectedDb");
        QTest::addColumn<double>("toleranceDb");

        QTest::newRow("identical channels") << Relation::Identical << 0.0 << 0.001;
        QTest::newRow("independent noise") << Relation::Independent << 3.0103 << 0.15;
    }

    void monoLossFollowsChannelRelationship() {
        QFETCH(Relation, relation);
        QFETCH(double, expectedDb);
        QFETCH(double, toleranceDb);

        const StereoResult result = analyse(stereoNoise(relation));
        QVERIFY(result.monoLossDb);
        QVERIFY2(std::fabs(*result.monoLossDb - expectedDb) <= toleranceDb,
                 qPrintable(QStringLiteral("%1 dB").arg(*result.monoLossDb)));
    }

    void cancellingChannelsLoseEverythingInMono() {
        const StereoResult result = analyse(stereoNoise(Relation::Inverted));
        QVERIFY(!result.monoLossDb);
    }

    void balanceReadsChannelLevelDifference_data() {
        QTest::addColumn<float>("rightGain");
        QTest::addColumn<double>("expectedDb");

        QTest::newRow("left twice the right") << 0.5f << 6.0206;
        QTest::newRow("equal") << 1.0f << 0.0;
        QTest::newRow("right 10 dB louder") << 3.1622777f << -10.0;
    }

    void balanceReadsChannelLevelDifference() {
        QFETCH(float, rightGain);
        QFETCH(double, expectedDb);

        const Signal left = scaled(noise(2.0), 0.25f);
        const StereoResult result = analyse(interleave({left, scaled(left, rightGain)}));
        QVERIFY(result.balanceDb);
        QVERIFY2(std::fabs(*result.balanceDb - expectedDb) <= 0.01,
                 qPrintable(QStringLiteral("%1 dB").arg(*result.balanceDb)));
        QVERIFY(result.correlation && std::fabs(*result.correlation - 1.0) <= 0.001);
    }

    void correlationSeriesFollowsChanges() {
        const Signal identical = stereoNoise(Relation::Identical, 3.0);
        const Signal inverted = stereoNoise(Relation::Inverted, 3.0);
        const StereoResult result = analyse(concatenate(identical, inverted));
        QVERIFY(std::fabs(result.correlationSeriesIntervalS - 5 * 2048.0 / kRate) <= 1e-9);
        QVERIFY(result.correlationSeries.size() >= 25);
        for (std::size_t i = 0; i < result.correlationSeries.size(); ++i) {
            const double t = (static_cast<double>(i) + 0.5) * result.correlationSeriesIntervalS;
            if (std::fabs(t - 3.0) < 0.5) {
                continue;
            }
            const auto& r = result.correlationSeries[i];
            QVERIFY(r);
            QVERIFY2(std::fabs(*r - (t < 3.0 ? 1.0 : -1.0)) <= 0.001,
                     qPrintable(QStringLiteral("%1 s: r = %2").arg(t).arg(*r)));
        }
    }

    void lowEndCorrelationSeriesFindsWhenTheBassTurnsOutOfPhase() {
        const Signal inPhase = stereoNoise(Relation::Identical, 3.0);
        const Signal invertedBass = invertedBassUnderIdenticalTop(3.0);
        const StereoResult result = analyse(concatenate(inPhase, invertedBass));
        QCOMPARE(result.lowEndCorrelationSeries.size(), result.correlationSeries.size());
        for (std::size_t i = 0; i < result.lowEndCorrelationSeries.size(); ++i) {
            const double t = (static_cast<double>(i) + 0.5) * result.correlationSeriesIntervalS;
            if (std::fabs(t - 3.0) < 0.5 || t > 5.5) {
                continue;
            }
            const auto& r = result.lowEndCorrelationSeries[i];
            QVERIFY(r);
            // The top stays identical: only the low-end series turns negative.
            QVERIFY2(t < 3.0 ? *r > 0.999 : *r < -0.9,
                     qPrintable(QStringLiteral("%1 s: low-end r = %2").arg(t).arg(*r)));
        }
    }

    void delayedCopyBetweenChannelsIsFoundWithItsDelay_data() {
        QTest::addColumn<double>("rightDelayMs");
        QTest::addColumn<double>("copyShare");

        QTest::newRow("right 15 ms late") << 15.0 << 1.0;
        QTest::newRow("left 8 ms late") << -8.0 << 1.0;
        QTest::newRow("half the mix, right 25 ms late") << 25.0 << 0.5;
        QTest::newRow("right 2 ms late") << 2.0 << 1.0;
    }

    void delayedCopyBetweenChannelsIsFoundWithItsDelay() {
        QFETCH(double, rightDelayMs);
        QFETCH(double, copyShare);

        // The copied part, and an unrelated part of its own on each side.
        const Signal copied = noise(4.0, 11);
        const Signal unrelatedLeft = noise(4.0, 12);
        const Signal unrelatedRight = noise(4.0, 13);
        const auto delay =
            static_cast<std::size_t>(std::lround(std::fabs(rightDelayMs) * kRate / 1000.0));
        const auto copyGain = static_cast<float>(copyShare);
        const auto otherGain = static_cast<float>(1.0 - copyShare);
        Signal left = copied;
        Signal right = copied;
        for (std::size_t i = 0; i < copied.frames(); ++i) {
            const float now = copied.samples[i];
            const float late = i >= delay ? copied.samples[i - delay] : 0.0f;
            left.samples[i] =
                (rightDelayMs > 0 ? now : late) * copyGain + otherGain * unrelatedLeft.samples[i];
            right.samples[i] =
                (rightDelayMs > 0 ? late : now) * copyGain + otherGain * unrelatedRight.samples[i];
        }
        const Signal signal = interleave({left, right});
        const StereoResult result = analyse(signal);
        QVERIFY(result.delayedCopyStrength && result.delayedCopyMs);
        QVERIFY2(std::fabs(*result.delayedCopyMs - rightDelayMs) <= 1000.0 / kRate,
                 qPrintable(QStringLiteral("delay %1 ms").arg(*result.delayedCopyMs)));
        // Equal power in copy and unrelated part: half the coherence.
        const double expected = copyShare == 1.0 ? 1.0 : 0.5;
        QVERIFY2(std::fabs(*result.delayedCopyStrength - expected) <= 0.1,
                 qPrintable(QStringLiteral("strength %1").arg(*result.delayedCopyStrength)));
    }

    void monoAndUnrelatedChannelsHoldNoDelayedCopy_data() {
        QTest::addColumn<int>("relation");

        QTest::newRow("identical") << static_cast<int>(Relation::Identical);
        QTest::newRow("independent") << static_cast<int>(Relation::Independent);
        QTest::newRow("inverted") << static_cast<int>(Relation::Inverted);
    }

    void monoAndUnrelatedChannelsHoldNoDelayedCopy() {
        QFETCH(int, relation);

        const StereoResult result = analyse(stereoNoise(static_cast<Relation>(relation)));
        QVERIFY(result.delayedCopyStrength);
        QVERIFY2(*result.delayedCopyStrength < 0.08,
                 qPrintable(QStringLiteral("strength %1").arg(*result.delayedCopyStrength)));
    }

    void vectorscopeShowsMonoOnTheCentreColumnAndAntiphaseOnTheCentreRow_data() {
        QTest::addColumn<Relation>("relation");
        QTest::newRow("mono") << Relation::Identical;
        QTest::newRow("antiphase") << Relation::Inverted;
    }

    void vectorscopeShowsMonoOnTheCentreColumnAndAntiphaseOnTheCentreRow() {
        QFETCH(Relation, relation);
        constexpr int size = StereoResult::kVectorscopeSize;

        const StereoResult result = analyse(stereoNoise(relation, 1.0));
        QCOMPARE(result.vectorscopeDensity.size(), std::size_t(size * size));
        QCOMPARE(
            *std::max_element(result.vectorscopeDensity.begin(), result.vectorscopeDensity.end()),
            1.0f);
        int filledCells = 0;
        for (int row = 0; row < size; ++row) {
            for (int column = 0; column < size; ++column) {
                const float density =
                    result.vectorscopeDensity[static_cast<std::size_t>(row * size + column)];
                if (density > 0.0f) {
                    ++filledCells;
                    QCOMPARE(relation == Relation::Identical ? column : row, size / 2);
                }
            }
        }
        QVERIFY(filledCells > size / 4); // noise at -6 dBFS spreads over half the axis
    }

    void vectorscopePutsLeftOnlyOnTheRisingDiagonal() {
        constexpr int size = StereoResult::kVectorscopeSize;
        const Signal left = noise(1.0);
        const StereoResult result = analyse(interleave({left, scaled(left, 0.0f)}));
        for (int row = 0; row < size; ++row) {
            for (int column = 0; column < size; ++column) {
                if (result.vectorscopeDensity[static_cast<std::size_t>(row * size + column)] > 0) {
                    QCOMPARE(row, column);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStereoField)
#include "tst_stereofield.moc"
