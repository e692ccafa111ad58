#include "core/analysis/dynamicsanalyzer.h"
#include "core/analysis/loudnessmeter.h"
#include "tests/support/testsignals.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace mixscope;

namespace {

struct Measured {
    LoudnessResult loudness;
    DynamicsResult dynamics;
};

Measured measure(const test::Signal& signal, const std::vector<double>& onsets = {}) {
    LoudnessMeter loudness(signal.sampleRateHz);
    DynamicsAnalyzer dynamics(signal.sampleRateHz);
    // Odd block sizes on purpose: envelope ticks must not depend on them.
    for (std::size_t start = 0; start < signal.frames(); start += 1777) {
        const std::size_t frames = std::min<std::size_t>(1777, signal.frames() - start);
        loudness.process(signal.samples.data() + 2 * start, frames);
        dynamics.process(signal.samples.data() + 2 * start, frames);
    }
    Measured result;
    result.loudness = loudness.finish();
    result.dynamics = dynamics.finish(result.loudness, onsets);
    return result;
}

// A hit every 0.5 s: a 5 ms burst of a 2 kHz tone at hitAmplitude, then 0.4 s
// of a 100 Hz tone at 0.1 (the "body" of the note).
test::Signal hits(double hitAmplitude, std::vector<double>* onsets) {
    constexpr int rate = 48000;
    test::Signal signal{rate, 2, std::vector<float>(static_cast<std::size_t>(20 * rate) * 2, 0.0f)};
    for (int hit = 0; hit < 38; ++hit) {
        const double onset = 0.25 + 0.5 * hit;
        onsets->push_back(onset);
        const auto first = static_cast<std::size_t>(onset * rate);
        for (std::size_t i = 0; i < static_cast<std::size_t>(0.4 * rate); ++i) {
            const double t = static_cast<double>(i) / rate;
            const double value = t < 0.005
                                     ? hitAmplitude * std::sin(2 * std::numbers::pi * 2000 * t)
                                     : 0.1 * std::sin(2 * std::numbers::pi * 100 * t);
            signal.samples[2 * (first + i)] = signal.samples[2 * (first + i) + 1] =
                static_cast<float>(value);
        }
    }
    return signal;
}

} // namespace

class DynamicsAnalyzerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sineHasACrestOf3dBInEveryWindow() {
        const Measured m = measure(test::sine(1000, -12, 10, 44100));
        QCOMPARE(m.dynamics.crestDb.size(), std::size_t(20));
        for (const auto& crest : m.dynamics.crestDb) {
            QVERIFY(crest && std::fabs(*crest - 3.0103) < 0.02);
        }
    }

    void steadySineHasAPsrOfZero() {
        // A 1 kHz stereo sine reads its level in LUFS (EBU Tech 3341), and its
        // true peak is that level too.
        const Measured m = measure(test::sine(1000, -20, 10, 48000));
        QVERIFY(m.dynamics.psrDb);
        QVERIFY2(std::fabs(*m.dynamics.psrDb) < 0.1,
                 qPrintable(QString::number(*m.dynamics.psrDb)));
        QCOMPARE(m.dynamics.psrSeriesDb.size(), m.loudness.shortTermLufs.size());
        QVERIFY(!m.dynamics.psrSeriesDb.front()); // the first 3 s have no short-term value
    }

    void histogramPutsASteadyToneInOneBin() {
        const Measured m = measure(test::sine(1000, -20, 10, 48000));
        const auto& histogram = m.dynamics.loudnessHistogram;
        QCOMPARE(histogram.size(), std::size_t(60));
        const float around = histogram[39] + histogram[40]; // [-21, -19) LUFS
        QVERIFY2(around > 0.99f, qPrintable(QString::number(around)));
    }

    void squashedHitsHaveLessTransientStrength() {
        std::vector<double> openOnsets, squashedOnsets;
        const Measured open = measure(hits(0.9, &openOnsets), openOnsets);
        const Measured squashed = measure(hits(0.3, &squashedOnsets), squashedOnsets);
        QVERIFY(open.dynamics.transientStrengthDb && squashed.dynamics.transientStrengthDb);
        // Expected: 20 log10(0.9) - 10 log10(0.1² / 2) = 22.1 dB; the squashed hit
        // is 20 log10(0.9 / 0.3) = 9.5 dB weaker against the same body.
        QVERIFY2(std::fabs(*open.dynamics.transientStrengthDb - 22.1) < 0.5,
                 qPrintable(QString::number(*open.dynamics.transientStrengthDb)));
        QVERIFY(std::fabs(*open.dynamics.transientStrengthDb -
                          *squashed.dynamics.transientStrengthDb - 9.54) < 0.3);
        QCOMPARE(open.dynamics.transientCount, 38);
    }

    void noOnsetsGiveNoTransientStrength() {
        const Measured m = measure(test::sine(1000, -20, 5, 48000), {});
        QVERIFY(!m.dynamics.transientStrengthDb);
        QCOMPARE(m.dynamics.transientCount, 0);
    }

    void onsetsPastTheEndAreIgnored() {
        const Measured m = measure(test::sine(1000, -20, 5, 48000), {1.0, 4.95, 7.0});
        QCOMPARE(m.dynamics.transientCount, 1);
    }
};

QTEST_GUILESS_MAIN(DynamicsAnalyzerTest)
#include "tst_dynamicsanalyzer.moc"
