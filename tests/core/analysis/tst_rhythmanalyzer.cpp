#include "core/analysis/rhythmanalyzer.h"
#include "core/dsp/biquad.h"
#include "tests/support/testsignals.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace mixscope;
using namespace mixscope::test;

namespace {

constexpr int kRateHz = 44100;
constexpr double kFirstBeatS = 0.25;

enum class Pattern { Clicks, Kicks, KicksWithOffbeatHats };

RhythmResult analyze(const Signal& signal, std::size_t blockFrames = 4096) {
    RhythmAnalyzer analyzer(signal.sampleRateHz);
    for (std::size_t first = 0; first < signal.frames(); first += blockFrames) {
        analyzer.process(signal.samples.data() + first * 2,
                         std::min(blockFrames, signal.frames() - first));
    }
    return analyzer.finish();
}

// Adds a mono event (samples at the signal's rate) to both channels at startS.
void addEvent(Signal& signal, const std::vector<float>& event, double startS) {
    const auto first = static_cast<std::size_t>(std::llround(startS * signal.sampleRateHz));
    for (std::size_t i = 0; i < event.size() && first + i < signal.frames(); ++i) {
        signal.samples[2 * (first + i)] += event[i];
        signal.samples[2 * (first + i) + 1] += event[i];
    }
}

// 5 ms of white noise at -6 dBFS with a 1 ms fade out.
std::vector<float> click(int rateHz) {
    const Signal noise = whiteNoise(-6.0, 0.005, rateHz, 1, 11);
    std::vector<float> event = noise.samples;
    const auto fade = static_cast<std::size_t>(rateHz / 1000);
    for (std::size_t i = 0; i < fade; ++i) {
        event[event.size() - 1 - i] *= static_cast<float>(i) / static_cast<float>(fade);
    }
    return event;
}

// A sine falling from 60 to 50 Hz over its first 100 ms, decaying with a
// 80 ms time constant, 400 ms long, peak -3 dBFS.
std::vector<float> kick(int rateHz) {
    const auto length = static_cast<std::size_t>(0.4 * rateHz);
    std::vector<float> event(length);
    double phase = 0.0;
    for (std::size_t i = 0; i < length; ++i) {
        const double t = static_cast<double>(i) / rateHz;
        const double frequencyHz = 50.0 + 10.0 * std::exp(-t / 0.03);
        phase += 2.0 * std::numbers::pi * frequencyHz / rateHz;
        event[i] = static_cast<float>(0.7 * std::exp(-t / 0.08) * std::sin(phase));
    }
    return event;
}

// 40 ms of noise above 7 kHz decaying with a 10 ms time constant, about -15 dBFS.
std::vector<float> hat(int rateHz) {
    const Signal noise = whiteNoise(-9.0, 0.04, rateHz, 1, 23);
    Biquad highPass = Biquad::highPass(rateHz, 7000.0);
    Biquad highPass2 = Biquad::highPass(rateHz, 7000.0);
    std::vector<float> event(noise.samples.size());
    for (std::size_t i = 0; i < event.size(); ++i) {
        const double t = static_cast<double>(i) / rateHz;
        event[i] = static_cast<float>(std::exp(-t / 0.01)) *
                   highPass2.process(highPass.process(noise.samples[i]));
    }
    return event;
}

std::vector<double> beatTimes(double bpm, double seconds) {
    std::vector<double> times;
    for (double t = kFirstBeatS; t < seconds - 0.5; t += 60.0 / bpm) {
        times.push_back(t);
    }
    return times;
}

// Quiet noise underneath, so that the analyzer never sees digital silence.
Signal pattern(Pattern kind, double bpm, double seconds, int rateHz = kRateHz) {
    Signal signal = whiteNoise(-70.0, seconds, rateHz, 2, 5);
    const std::vector<float> beat = kind == Pattern::Clicks ? click(rateHz) : kick(rateHz);
    const std::vector<float> offbeat = hat(rateHz);
    for (double t : beatTimes(bpm, seconds)) {
        addEvent(signal, beat, t);
        if (kind == Pattern::KicksWithOffbeatHats) {
            addEvent(signal, offbeat, t + 30.0 / bpm);
        }
    }
    return signal;
}

QString describe(const RhythmResult& result) {
    return result.tempoBpm
               ? QStringLiteral("%1 BPM, confidence %2")
                     .arg(*result.tempoBpm, 0, 'f', 3)
                     .arg(result.tempoConfidence, 0, 'f', 3)
               : QStringLiteral("no tempo, confidence %1").arg(result.tempoConfidence, 0, 'f', 3);
}

} // namespace

Q_DECLARE_METATYPE(Pattern)

class TestRhythmAnalyzer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void steadyPatternReadsItsTempoWithinOnePercent_data() {
        QTest::addColumn<Pattern>("kind");
        QTest::addColumn<double>("bpm");

        for (double bpm : {90.0, 120.0, 128.0, 140.0, 174.0}) {
            const QByteArray number = QByteArray::number(bpm);
            QTest::newRow("clicks at " + number) << Pattern::Clicks << bpm;
            QTest::newRow("kicks at " + number) << Pattern::Kicks << bpm;
            QTest::newRow("kicks and off-beat hats at " + number)
                << Pattern::KicksWithOffbeatHats << bpm;
        }
    }

    void steadyPatternReadsItsTempoWithinOnePercent() {
        QFETCH(Pattern, kind);
        QFETCH(double, bpm);

        const RhythmResult result = analyze(pattern(kind, bpm, 30.0));
        qInfo("%s", qPrintable(describe(result)));
        QVERIFY2(result.tempoBpm, qPrintable(describe(result)));
        QVERIFY2(std::fabs(*result.tempoBpm / bpm - 1.0) <= 0.01, qPrintable(describe(result)));
        QVERIFY2(result.tempoConfidence >= 0.5, qPrintable(describe(result)));
    }

    void clickOnsetsAreFoundWithinTwentyMilliseconds_data() {
        QTest::addColumn<double>("bpm");
        QTest::addColumn<int>("rateHz");

        QTest::newRow("120 BPM at 44.1 kHz") << 120.0 << 44100;
        QTest::newRow("174 BPM at 48 kHz") << 174.0 << 48000;
        QTest::newRow("97 BPM at 22.05 kHz") << 97.0 << 22050;
    }

    void clickOnsetsAreFoundWithinTwentyMilliseconds() {
        QFETCH(double, bpm);
        QFETCH(int, rateHz);

        const double seconds = 12.0;
        const std::vector<double> expected = beatTimes(bpm, seconds);
        const RhythmResult result = analyze(pattern(Pattern::Clicks, bpm, seconds, rateHz));
        QCOMPARE(result.onsetTimesS.size(), expected.size());
        double worstErrorS = 0.0;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            worstErrorS = std::max(worstErrorS, std::fabs(result.onsetTimesS[i] - expected[i]));
        }
        qInfo("worst onset error %.1f ms", worstErrorS * 1000.0);
        QVERIFY2(worstErrorS <= 0.020,
                 qPrintable(QStringLiteral("worst onset error %1 ms").arg(worstErrorS * 1000.0)));
    }

    void silenceHasNoTempoAndNoOnsets() {
        const RhythmResult result = analyze(silence(20.0, kRateHz));
        QVERIFY2(!result.tempoBpm, qPrintable(describe(result)));
        QCOMPARE(result.tempoConfidence, 0.0);
        QVERIFY(result.onsetTimesS.empty());
        QVERIFY(!result.onsetEnvelope.empty());
        QVERIFY(std::all_of(result.onsetEnvelope.begin(), result.onsetEnvelope.end(),
                            [](float v) { return v == 0.0f; }));
    }

    void steadyNoiseHasNoTempo() {
        const RhythmResult result = analyze(whiteNoise(-20.0, 20.0, kRateHz, 2, 3));
        QVERIFY2(!result.tempoBpm, qPrintable(describe(result)));
        QVERIFY2(result.tempoConfidence < RhythmAnalyzer::kMinimumTempoConfidence,
                 qPrintable(describe(result)));
    }

    void noInputGivesAnEmptyResult() {
        const RhythmResult result = RhythmAnalyzer(kRateHz).finish();
        QVERIFY(!result.tempoBpm);
        QVERIFY(result.onsetTimesS.empty());
        QVERIFY(result.onsetEnvelope.empty());
    }

    void tooShortForATempoStillHasOnsets() {
        const RhythmResult result = analyze(pattern(Pattern::Clicks, 120.0, 4.0));
        QVERIFY2(!result.tempoBpm, qPrintable(describe(result)));
        QCOMPARE(result.onsetTimesS.size(), beatTimes(120.0, 4.0).size());
    }

    void envelopeIntervalIsAboutTenMilliseconds_data() {
        QTest::addColumn<int>("rateHz");

        QTest::newRow("8 kHz") << 8000;
        QTest::newRow("44.1 kHz") << 44100;
        QTest::newRow("96 kHz") << 96000;
    }

    void envelopeIntervalIsAboutTenMilliseconds() {
        QFETCH(int, rateHz);

        const RhythmResult result = analyze(silence(3.0, rateHz));
        QVERIFY(std::fabs(result.onsetEnvelopeIntervalS - 0.010) <= 0.0005);
        QVERIFY(std::fabs(static_cast<double>(result.onsetEnvelope.size()) *
                              result.onsetEnvelopeIntervalS -
                          3.0) <= result.onsetEnvelopeIntervalS);
    }

    void resultDoesNotDependOnBlockSize_data() {
        QTest::addColumn<int>("blockFrames");

        QTest::newRow("single frames") << 1;
        QTest::newRow("odd blocks") << 4099;
        QTest::newRow("one block") << 15 * kRateHz;
    }

    void resultDoesNotDependOnBlockSize() {
        QFETCH(int, blockFrames);

        const Signal signal = pattern(Pattern::KicksWithOffbeatHats, 128.0, 15.0);
        const RhythmResult reference = analyze(signal, 8192);
        const RhythmResult result = analyze(signal, static_cast<std::size_t>(blockFrames));
        QVERIFY(result.tempoBpm && reference.tempoBpm);
        QCOMPARE(*result.tempoBpm, *reference.tempoBpm);
        QCOMPARE(result.onsetTimesS, reference.onsetTimesS);
        QCOMPARE(result.onsetEnvelope, reference.onsetEnvelope);
    }

    void sampleRateBelowOneKilohertzIsNotAnalysed() {
        RhythmAnalyzer analyzer(500);
        const Signal signal = pattern(Pattern::Clicks, 120.0, 10.0, 500);
        analyzer.process(signal.samples.data(), signal.frames());
        const RhythmResult result = analyzer.finish();
        QVERIFY(!result.tempoBpm);
        QVERIFY(result.onsetEnvelope.empty());
    }
};

QTEST_GUILESS_MAIN(TestRhythmAnalyzer)
#include "tst_rhythmanalyzer.moc"
