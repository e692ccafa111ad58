#include "core/analysis/trackanalyzer.h"
#include "core/compare/comparison.h"
#include "core/dsp/biquad.h"
#include "tests/support/testsignals.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace mixscope;

namespace {

// Noise shaped towards pink (-3 dB/octave) so that every band has content.
test::Signal programme(int rate, double seconds, std::uint32_t seed) {
    test::Signal noise = test::whiteNoise(-6, seconds, rate, 2, seed);
    Biquad left = Biquad::lowPass(rate, 2000, 0.5), right = left;
    for (std::size_t i = 0; i < noise.frames(); ++i) {
        noise.samples[2 * i] = 0.5f * noise.samples[2 * i] + left.process(noise.samples[2 * i]);
        noise.samples[2 * i + 1] =
            0.5f * noise.samples[2 * i + 1] + right.process(noise.samples[2 * i + 1]);
    }
    return noise;
}

void scale(test::Signal& signal, double db, std::size_t fromFrame = 0,
           std::size_t toFrame = SIZE_MAX) {
    const auto gain = static_cast<float>(std::pow(10.0, db / 20.0));
    for (std::size_t i = fromFrame; i < std::min(toFrame, signal.frames()); ++i) {
        signal.samples[2 * i] *= gain;
        signal.samples[2 * i + 1] *= gain;
    }
}

TrackAnalysis analyse(QTemporaryDir& dir, const QString& name, const test::Signal& signal) {
    const QString path = dir.filePath(name);
    if (!test::writeWav(path, signal)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    Result<TrackAnalysis> result = TrackAnalyzer::analyze(path);
    if (!result.ok()) {
        qFatal("%s: %s", qPrintable(name), qPrintable(result.error().message));
    }
    return std::move(result).value();
}

} // namespace

class ComparisonTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void aLouderCopyMatchesWithinATenthAndDiffersNowhere() {
        const test::Signal mixSignal = programme(48000, 20, 3);
        test::Signal louder = mixSignal;
        scale(louder, 6.0);
        const TrackAnalysis mix = analyse(m_dir, QStringLiteral("mix.wav"), mixSignal);
        const TrackAnalysis reference = analyse(m_dir, QStringLiteral("louder.wav"), louder);
        const Comparison comparison = Comparison::compare(mix, {&reference});
        QCOMPARE(comparison.perReference.size(), std::size_t(1));
        const ReferenceDelta& delta = comparison.perReference.front();
        QVERIFY(std::fabs(*delta.matchGainDb + 6.0) < 0.1);
        QVERIFY(std::fabs(*delta.sectionMatchGainDb + 6.0) < 0.1);
        QCOMPARE(delta.spectrumDeltaDb.size(), comparison.bandCentersHz.size());
        for (const auto& band : delta.spectrumDeltaDb) {
            QVERIFY(band && std::fabs(*band) < 0.1);
        }
        QVERIFY(std::fabs(*delta.crestDeltaDb) < 0.05);
        QVERIFY(std::fabs(*delta.plrDeltaDb) < 0.05);
        QVERIFY(std::fabs(*delta.correlationDelta) < 0.001);
    }

    void aBoostInTheMixShowsInItsBandOnly() {
        test::Signal mixSignal = programme(48000, 20, 5);
        const test::Signal referenceSignal = mixSignal;
        Biquad left = Biquad::peaking(48000, 1000, 4.0, 6.0), right = left;
        for (std::size_t i = 0; i < mixSignal.frames(); ++i) {
            mixSignal.samples[2 * i] = left.process(mixSignal.samples[2 * i]);
            mixSignal.samples[2 * i + 1] = right.process(mixSignal.samples[2 * i + 1]);
        }
        const TrackAnalysis mix = analyse(m_dir, QStringLiteral("boosted.wav"), mixSignal);
        const TrackAnalysis reference = analyse(m_dir, QStringLiteral("flat.wav"), referenceSignal);
        const Comparison comparison = Comparison::compare(mix, {&reference});
        const ReferenceDelta& delta = *comparison.average;
        const auto at = [&](double hz) {
            for (std::size_t i = 0; i < comparison.bandCentersHz.size(); ++i) {
                if (std::fabs(comparison.bandCentersHz[i] - hz) < 1.0) {
                    return *delta.spectrumDeltaDb[i];
                }
            }
            return 0.0;
        };
        // After matching, the 1 kHz band stands out and far-away bands sit
        // slightly below zero (the boost raised the mix's loudness).
        QVERIFY2(at(1000) - at(125) > 4.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(at(1000)).arg(at(125))));
        QVERIFY(std::fabs(at(125) - at(8000)) < 0.3);
    }

    void differentSampleRatesCompareByFrequency() {
        // The same tones at three rates: the same music in Hz. (White noise
        // would not do: loudness per BS.1770 counts energy above 20 kHz, which
        // only the 96 kHz file would have.)
        const std::vector<double> tonesHz{100, 315, 1000, 3150, 5000, 8000};
        auto tones = [&](int rate) {
            test::Signal signal = test::sine(tonesHz.front(), -20, 20, rate);
            for (std::size_t t = 1; t < tonesHz.size(); ++t) {
                const test::Signal tone = test::sine(tonesHz[t], -20, 20, rate);
                for (std::size_t i = 0; i < signal.samples.size(); ++i) {
                    signal.samples[i] += tone.samples[i];
                }
            }
            return signal;
        };
        const TrackAnalysis mix = analyse(m_dir, QStringLiteral("44k.wav"), tones(44100));
        const TrackAnalysis reference = analyse(m_dir, QStringLiteral("96k.wav"), tones(96000));
        const TrackAnalysis low = analyse(m_dir, QStringLiteral("22k.wav"), tones(22050));
        const Comparison comparison = Comparison::compare(mix, {&reference, &low});
        // Bands wholly below the lowest Nyquist (11.025 kHz): 20 Hz … 8 kHz;
        // the 10 kHz band reaches 11.2 kHz.
        QCOMPARE(comparison.bandCentersHz.size(), std::size_t(27));
        QCOMPARE(comparison.bandCentersHz.back(), 8000.0);
        for (const ReferenceDelta& delta : comparison.perReference) {
            QVERIFY(std::fabs(*delta.matchGainDb) < 0.1);
            for (const double tone : tonesHz) {
                for (std::size_t band = 0; band < comparison.bandCentersHz.size(); ++band) {
                    if (std::fabs(comparison.bandCentersHz[band] - tone) < 1.0) {
                        // Nothing above the 8 kHz tone: the content stops
                        // there, and its band is no longer compared.
                        const auto& value = delta.spectrumDeltaDb[band];
                        if (delta.spectrumTopHz &&
                            mix.spectrum.bandHighEdgesHz[band] > *delta.spectrumTopHz) {
                            QVERIFY(!value);
                            continue;
                        }
                        QVERIFY2(value, qPrintable(QStringLiteral("%1 Hz").arg(tone)));
                        QVERIFY2(std::fabs(*value) < 0.3,
                                 qPrintable(QStringLiteral("%1 Hz: %2 dB").arg(tone).arg(*value)));
                    }
                }
            }
        }
    }

    void theTopBandIsLeftOutWhereOneTrackOnlyHalfCoversIt() {
        // At 44.1 kHz the 20 kHz band (17.8–22.4 kHz) is cut at 22.05 kHz: it
        // would read low against a 96 kHz file and suggest a lack of air.
        const TrackAnalysis mix = analyse(m_dir, QStringLiteral("cd.wav"), programme(44100, 5, 17));
        const TrackAnalysis reference =
            analyse(m_dir, QStringLiteral("hires.wav"), programme(96000, 5, 19));
        const Comparison comparison = Comparison::compare(mix, {&reference});
        QCOMPARE(comparison.bandCentersHz.back(), 16000.0);
        QCOMPARE(comparison.perReference.front().spectrumDeltaDb.size(), std::size_t(30));
        // On its own, each track still reports the band it has.
        QCOMPARE(mix.spectrum.bandCentersHz.back(), 20000.0);
    }

    void sectionMatchFollowsTheLoudestPart() {
        // Intro and outro 6 dB below a loud middle (inside the -10 LU gate, so
        // they count); the reference's middle is 6 dB louder still, its quiet
        // parts the same: the integrated match understates what the loud
        // parts need (-4.8 dB against -6).
        constexpr int rate = 44100;
        test::Signal mixSignal = programme(rate, 90, 11);
        scale(mixSignal, -6.0, 0, 30 * rate);
        scale(mixSignal, -6.0, 60 * rate);
        test::Signal referenceSignal = mixSignal;
        scale(referenceSignal, 6.0, 30 * rate, 60 * rate);
        const TrackAnalysis mix = analyse(m_dir, QStringLiteral("song.wav"), mixSignal);
        const TrackAnalysis reference =
            analyse(m_dir, QStringLiteral("master.wav"), referenceSignal);
        const Comparison comparison = Comparison::compare(mix, {&reference});
        const ReferenceDelta& delta = comparison.perReference.front();
        QVERIFY2(std::fabs(*delta.sectionMatchGainDb + 6.0) < 0.3,
                 qPrintable(QString::number(*delta.sectionMatchGainDb)));
        QVERIFY2(std::fabs(*delta.matchGainDb + 4.77) < 0.3,
                 qPrintable(QString::number(*delta.matchGainDb)));
    }

    void noReferencesGiveNoAverage() {
        const TrackAnalysis mix =
            analyse(m_dir, QStringLiteral("alone.wav"), programme(48000, 5, 13));
        const Comparison comparison = Comparison::compare(mix, {});
        QVERIFY(comparison.perReference.empty());
        QVERIFY(!comparison.average);
    }
};

QTEST_GUILESS_MAIN(ComparisonTest)
#include "tst_comparison.moc"
