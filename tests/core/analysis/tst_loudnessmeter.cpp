#include "core/analysis/loudnessmeter.h"
#include "core/analysis/trackanalyzer.h"
#include "tests/support/testsignals.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numbers>

using namespace mixscope;
using namespace mixscope::test;

namespace {

// Feeds the signal in blocks of blockFrames (the last one shorter), as a
// decoder would, so that block boundaries never line up with the 100 ms series.
LoudnessResult measure(const Signal& signal, std::size_t blockFrames = 777) {
    LoudnessMeter meter(signal.sampleRateHz);
    for (std::size_t first = 0; first < signal.frames(); first += blockFrames) {
        const std::size_t frames = std::min(blockFrames, signal.frames() - first);
        meter.process(signal.samples.data() + first * 2, frames);
    }
    return meter.finish();
}

double dbOf(double amplitude) {
    return 20.0 * std::log10(amplitude);
}

} // namespace

class TestLoudnessMeter : public QObject {
    Q_OBJECT

private:
    // Writes signal as a float WAV and runs the whole analysis on it.
    std::optional<TrackAnalysis> analyzeAsWav(const Signal& signal, const QString& name) {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!writeWav(path, signal, WavWriter::SampleFormat::Float32, &error)) {
            qWarning("cannot write %s: %s", qPrintable(path), qPrintable(error));
            return std::nullopt;
        }
        auto result = TrackAnalyzer::analyze(path);
        if (!result) {
            qWarning("analysis of %s failed: %s", qPrintable(path),
                     qPrintable(result.error().message));
            return std::nullopt;
        }
        return std::move(result).value();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString())); }

    void ebuTech3341SineReadsItsOwnLevelInLufs_data() {
        QTest::addColumn<int>("sampleRateHz");
        QTest::addColumn<double>("levelDbfs");

        for (const int rate : {44100, 48000, 96000}) {
            for (const double level : {-23.0, -33.0}) {
                QTest::addRow("%g dBFS at %d Hz", level, rate) << rate << level;
            }
        }
    }

    // EBU Tech 3341 cases 1 and 2: a 1 kHz stereo sine at L dBFS reads L LUFS.
    void ebuTech3341SineReadsItsOwnLevelInLufs() {
        QFETCH(int, sampleRateHz);
        QFETCH(double, levelDbfs);

        const auto analysis =
            analyzeAsWav(sine(1000.0, levelDbfs, 20.0, sampleRateHz),
                         QStringLiteral("tech3341-%1-%2.wav").arg(sampleRateHz).arg(-levelDbfs));
        QVERIFY(analysis);
        QCOMPARE(analysis->stream.sampleRateHz, sampleRateHz);
        QCOMPARE(analysis->durationS, 20.0);
        QVERIFY(analysis->loudness.integratedLufs);
        qInfo("integrated %.3f LUFS", *analysis->loudness.integratedLufs);
        QVERIFY2(std::fabs(*analysis->loudness.integratedLufs - levelDbfs) <= 0.1,
                 qPrintable(QStringLiteral("integrated %1 LUFS, expected %2 ± 0.1")
                                .arg(*analysis->loudness.integratedLufs)
                                .arg(levelDbfs)));
    }

    void ebuTech3342LoudnessRangeIsTheLevelStep_data() {
        QTest::addColumn<double>("firstDbfs");
        QTest::addColumn<double>("secondDbfs");
        QTest::addColumn<double>("expectedRangeLu");

        // EBU Tech 3342 cases 1 to 3: 20 s at one level, then 20 s at another.
        QTest::newRow("case 1: -20 then -30 dBFS") << -20.0 << -30.0 << 10.0;
        QTest::newRow("case 2: -20 then -15 dBFS") << -20.0 << -15.0 << 5.0;
        QTest::newRow("case 3: -40 then -20 dBFS") << -40.0 << -20.0 << 20.0;
    }

    void ebuTech3342LoudnessRangeIsTheLevelStep() {
        QFETCH(double, firstDbfs);
        QFETCH(double, secondDbfs);
        QFETCH(double, expectedRangeLu);

        const LoudnessResult result =
            measure(concatenate(sine(1000.0, firstDbfs, 20.0), sine(1000.0, secondDbfs, 20.0)));
        QVERIFY(result.rangeLu);
        qInfo("LRA %.3f LU (expected %.1f ± 1)", *result.rangeLu, expectedRangeLu);
        QVERIFY2(std::fabs(*result.rangeLu - expectedRangeLu) <= 1.0,
                 qPrintable(QStringLiteral("LRA %1 LU").arg(*result.rangeLu)));
    }

    void truePeakFindsTheCrestBetweenSamples_data() {
        QTest::addColumn<double>("phaseRadians");
        QTest::addColumn<double>("expectedSamplePeakDbfs");

        // A sine at fs/4 has four samples per cycle. Sampled on its crests the
        // samples show the full amplitude; shifted by 45 degrees every sample
        // sits at ±0.7071 A, 3.01 dB under the real peak.
        const double amplitude = 0.5;
        QTest::newRow("sampled on the crests") << std::numbers::pi / 2.0 << dbOf(amplitude);
        QTest::newRow("sampled 45 degrees off the crests")
            << std::numbers::pi / 4.0 << dbOf(amplitude * std::numbers::sqrt2 / 2.0);
    }

    void truePeakFindsTheCrestBetweenSamples() {
        QFETCH(double, phaseRadians);
        QFETCH(double, expectedSamplePeakDbfs);

        const double amplitudeDbfs = dbOf(0.5);
        const auto analysis =
            analyzeAsWav(sine(12000.0, amplitudeDbfs, 5.0, 48000, 2, phaseRadians),
                         QStringLiteral("quarter-rate.wav"));
        QVERIFY(analysis);
        QVERIFY(analysis->levels.samplePeakDbfs);
        QVERIFY(analysis->loudness.truePeakDbtp);
        qInfo("sample peak %.3f dBFS, true peak %.3f dBTP (real crest %.3f dB)",
              *analysis->levels.samplePeakDbfs, *analysis->loudness.truePeakDbtp, amplitudeDbfs);
        QVERIFY(std::fabs(*analysis->levels.samplePeakDbfs - expectedSamplePeakDbfs) <= 0.01);
        // libebur128 interpolates 4x with a 49-tap polyphase filter whose gain
        // at fs/4 is about +0.1 dB: the 45-degree case reads -5.92 dBTP.
        QVERIFY2(
            std::fabs(*analysis->loudness.truePeakDbtp - amplitudeDbfs) <= 0.15,
            qPrintable(QStringLiteral("true peak %1 dBTP").arg(*analysis->loudness.truePeakDbtp)));
    }

    void steadySineHasEqualMomentaryShortTermAndIntegratedLoudness() {
        const LoudnessResult result = measure(sine(1000.0, -18.0, 20.0));
        QVERIFY(result.integratedLufs);
        QVERIFY(result.momentaryMaxLufs);
        QVERIFY(result.shortTermMaxLufs);
        QVERIFY(std::fabs(*result.integratedLufs - -18.0) <= 0.1);
        QVERIFY(std::fabs(*result.momentaryMaxLufs - *result.integratedLufs) <= 0.1);
        QVERIFY(std::fabs(*result.shortTermMaxLufs - *result.integratedLufs) <= 0.1);
    }

    void seriesHasOnePointPerTenthOfASecond_data() {
        QTest::addColumn<int>("sampleRateHz");
        QTest::addColumn<double>("durationS");
        QTest::addColumn<int>("blockFrames");

        QTest::newRow("20 s at 48 kHz, odd blocks") << 48000 << 20.0 << 777;
        QTest::newRow("20 s at 48 kHz, one block") << 48000 << 20.0 << 960000;
        QTest::newRow("12.34 s at 44.1 kHz, 4096-frame blocks") << 44100 << 12.34 << 4096;
        QTest::newRow("5 s at 22.05 kHz, single frames") << 22050 << 5.0 << 1;
    }

    void seriesHasOnePointPerTenthOfASecond() {
        QFETCH(int, sampleRateHz);
        QFETCH(double, durationS);
        QFETCH(int, blockFrames);

        const LoudnessResult result = measure(sine(1000.0, -20.0, durationS, sampleRateHz),
                                              static_cast<std::size_t>(blockFrames));
        QCOMPARE(result.seriesIntervalS, 0.1);
        const auto expected = static_cast<qsizetype>(std::floor(durationS / 0.1 + 1e-9));
        QVERIFY2(std::abs(static_cast<qsizetype>(result.momentaryLufs.size()) - expected) <= 1,
                 qPrintable(QStringLiteral("%1 points").arg(result.momentaryLufs.size())));
        QCOMPARE(result.shortTermLufs.size(), result.momentaryLufs.size());
    }

    // Entry i describes the window ending at (i + 1) * 0.1 s: nothing before
    // the 400 ms momentary window and the 3 s short-term window are full.
    void seriesIsEmptyUntilItsWindowIsFull() {
        const LoudnessResult result = measure(sine(1000.0, -20.0, 10.0));
        QCOMPARE(result.momentaryLufs.size(), std::size_t(100));

        for (std::size_t i = 0; i < result.momentaryLufs.size(); ++i) {
            const double windowEndS = static_cast<double>(i + 1) * 0.1;
            const auto& momentary = result.momentaryLufs[i];
            const auto& shortTerm = result.shortTermLufs[i];
            QVERIFY2(momentary.has_value() == (windowEndS >= 0.4 - 1e-9),
                     qPrintable(QStringLiteral("momentary entry %1").arg(i)));
            QVERIFY2(shortTerm.has_value() == (windowEndS >= 3.0 - 1e-9),
                     qPrintable(QStringLiteral("short-term entry %1").arg(i)));
            if (momentary) {
                QVERIFY(std::fabs(*momentary - -20.0) <= 0.1);
            }
            if (shortTerm) {
                QVERIFY(std::fabs(*shortTerm - -20.0) <= 0.1);
            }
        }
    }

    void silenceLeavesEveryLoudnessValueEmpty() {
        const LoudnessResult result = measure(silence(5.0));
        QVERIFY(!result.integratedLufs);
        QVERIFY(!result.rangeLu);
        QVERIFY(!result.momentaryMaxLufs);
        QVERIFY(!result.shortTermMaxLufs);
        QVERIFY(!result.truePeakDbtp);
        QCOMPARE(result.momentaryLufs.size(), std::size_t(50));
        for (const auto& value : result.momentaryLufs) {
            QVERIFY(!value);
        }
    }

    // A 1 kHz stereo sine reads its peak level in LUFS (Tech 3341): PLR 0 dB.
    void sineHasZeroPeakToLoudnessRatio() {
        const auto analysis =
            analyzeAsWav(sine(1000.0, -14.0, 10.0), QStringLiteral("plr-sine.wav"));
        QVERIFY(analysis);
        const auto plr = analysis->plrDb();
        QVERIFY(plr);
        QVERIFY2(std::fabs(*plr) <= 0.1, qPrintable(QStringLiteral("PLR %1 dB").arg(*plr)));
    }

    void plrIsTruePeakMinusIntegratedLoudness() {
        const auto analysis = analyzeAsWav(musicLike(10.0), QStringLiteral("plr-music.wav"));
        QVERIFY(analysis);
        const auto plr = analysis->plrDb();
        QVERIFY(plr);
        QCOMPARE(*plr, *analysis->loudness.truePeakDbtp - *analysis->loudness.integratedLufs);
        qInfo("music-like: true peak %.3f dBTP, integrated %.3f LUFS, PLR %.3f dB",
              *analysis->loudness.truePeakDbtp, *analysis->loudness.integratedLufs, *plr);
        // Music has peaks well above its loudness; a meter that mixed the two
        // up, or took the sample peak of the quietest channel, reads far lower.
        QVERIFY(*plr > 6.0);
    }
};

QTEST_GUILESS_MAIN(TestLoudnessMeter)
#include "tst_loudnessmeter.moc"
