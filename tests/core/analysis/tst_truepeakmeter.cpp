#include "core/analysis/truepeakmeter.h"
#include "tests/support/testsignals.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>

using namespace mixscope;

namespace {

// Floats compared bit for bit (QCOMPARE on floats is fuzzy).
std::uint32_t bits(float value) {
    return std::bit_cast<std::uint32_t>(value);
}

} // namespace

class TruePeakMeterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sineReadsItsAmplitudeBetweenSamples_data() {
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("frequencyHz");
        for (int rate : {44100, 48000, 96000, 192000}) {
            for (double fraction : {0.01, 0.1, 0.25, 0.33, 0.45}) {
                const double frequency = fraction * rate;
                QTest::addRow("%d Hz, %.0f Hz", rate, frequency) << rate << frequency;
            }
        }
    }

    // Whatever the phase, the waveform between the samples reaches the sine's
    // amplitude. Oversampling by L leaves the crest at most half an oversampled
    // period from a computed point, an inherent under-read of up to
    // cos(pi f / (L fs)): 0.17 dB at fs/4 and 0.55 dB at 0.45 fs for L = 4.
    // The first samples are skipped: a sine switched on abruptly is a step, and
    // its band-limited reconstruction really does overshoot.
    void sineReadsItsAmplitudeBetweenSamples() {
        QFETCH(int, rate);
        QFETCH(double, frequencyHz);
        const double amplitudeDb = -6.0;
        for (double phase : {0.0, 0.3, 0.7854, 1.2, 2.5}) {
            const test::Signal sine = test::sine(frequencyHz, amplitudeDb, 1.0, rate, 2, phase);
            TruePeakMeter meter(rate);
            const std::size_t settle = 1024;
            meter.process(sine.samples.data(), settle);
            meter.takeWindowPeak();
            meter.process(sine.samples.data() + 2 * settle, sine.frames() - settle);
            const double readDb = 20.0 * std::log10(meter.takeWindowPeak());
            const double underReadBoundDb =
                -20.0 * std::log10(std::cos(3.14159265358979 * frequencyHz /
                                            (meter.oversampling() * static_cast<double>(rate))));
            QVERIFY2(readDb <= amplitudeDb + 0.05 &&
                         readDb >= amplitudeDb - underReadBoundDb - 0.05,
                     qPrintable(QStringLiteral("phase %1: %2 dBTP, may under-read by %3 dB")
                                    .arg(phase)
                                    .arg(readDb, 0, 'f', 3)
                                    .arg(underReadBoundDb, 0, 'f', 3)));
        }
    }

    void quarterRateSineAt45DegreesIsRecovered() {
        // Samples land at ±0.707 of the crest: sample peak -9.03 dBFS, true peak -6.02 dBTP.
        const test::Signal sine = test::sine(12000, -6.0206, 1.0, 48000, 2, 3.14159265 / 4);
        TruePeakMeter meter(48000);
        QCOMPARE(meter.oversampling(), 4);
        meter.process(sine.samples.data(), 1024);
        meter.takeWindowPeak();
        meter.process(sine.samples.data() + 2048, sine.frames() - 1024);
        const double readDb = 20.0 * std::log10(meter.takeWindowPeak());
        QVERIFY2(std::fabs(readDb + 6.0206) < 0.03, qPrintable(QString::number(readDb, 'f', 3)));
    }

    // Dense high-frequency content (40 sines between 0.25 and 0.45 fs, where a
    // short interpolator droops by dBs): every point the meter computes must
    // match the waveform's exact value on the same 4x grid, known analytically.
    void highFrequencyContentMatchesTheExactWaveform_data() {
        QTest::addColumn<int>("rate");
        QTest::newRow("44.1 kHz") << 44100;
        QTest::newRow("48 kHz") << 48000;
    }

    void highFrequencyContentMatchesTheExactWaveform() {
        QFETCH(int, rate);
        struct Partial {
            double frequency, phase;
        };
        std::vector<Partial> partials;
        std::uint32_t state = 12345;
        auto uniform = [&] {
            state = state * 1664525u + 1013904223u;
            return (state >> 8) / 16777216.0;
        };
        for (int i = 0; i < 40; ++i) {
            partials.push_back({(0.25 + 0.20 * uniform()) * rate, 2.0 * M_PI * uniform()});
        }
        auto waveform = [&](double t) {
            double sum = 0.0;
            for (const Partial& partial : partials) {
                sum += 0.02 * std::sin(2.0 * M_PI * partial.frequency * t / rate + partial.phase);
            }
            return sum;
        };
        const std::size_t frames = static_cast<std::size_t>(rate) / 4;
        std::vector<float> samples(2 * frames);
        for (std::size_t n = 0; n < frames; ++n) {
            samples[2 * n] = samples[2 * n + 1] =
                static_cast<float>(waveform(static_cast<double>(n)));
        }

        // Skip the start, where the filter still sees the silence before it.
        constexpr std::size_t settle = 2 * TruePeakMeter::kTapsPerPhase;
        TruePeakMeter meter(rate);
        meter.process(samples.data(), settle);
        meter.takeWindowPeak();
        meter.process(samples.data() + 2 * settle, frames - settle);
        const double readDb = 20.0 * std::log10(meter.takeWindowPeak());

        // Input i yields the points of time i - taps/2 + p/4.
        double exact = 0.0;
        for (std::size_t i = settle; i < frames; ++i) {
            for (int p = 0; p < 4; ++p) {
                const double t =
                    static_cast<double>(i) - TruePeakMeter::kTapsPerPhase / 2 + p / 4.0;
                exact = std::max(exact, std::fabs(waveform(t)));
            }
        }
        const double exactDb = 20.0 * std::log10(exact);
        QVERIFY2(std::fabs(readDb - exactDb) < 0.05,
                 qPrintable(QStringLiteral("meter %1 dBTP, exact %2 dBTP")
                                .arg(readDb, 0, 'f', 3)
                                .arg(exactDb, 0, 'f', 3)));
    }

    void windowPeakResetsWhileTheOverallPeakStays() {
        const test::Signal loud = test::sine(1000, -3, 0.5, 48000);
        const test::Signal quiet = test::sine(1000, -20, 0.5, 48000);
        TruePeakMeter meter(48000);
        meter.process(loud.samples.data(), loud.frames());
        QVERIFY(std::fabs(20.0 * std::log10(meter.takeWindowPeak()) + 3.0) < 0.05);
        meter.process(quiet.samples.data(), quiet.frames());
        // The filter's memory carries a few samples of the loud part over.
        const test::Signal settle = test::sine(1000, -20, 0.5, 48000);
        meter.takeWindowPeak();
        meter.process(settle.samples.data(), settle.frames());
        QVERIFY(std::fabs(20.0 * std::log10(meter.takeWindowPeak()) + 20.0) < 0.05);
        QVERIFY(std::fabs(20.0 * std::log10(meter.peak()) + 3.0) < 0.05);
    }

    // Interpolating only where a point could beat the peak reads exactly what
    // interpolating everywhere reads: the overall peak and every window's, on
    // signals whose peaks fall anywhere, fed in blocks of awkward sizes and
    // windowed as the loudness meter windows them (every 100 ms).
    void skippingReadsExactlyWhatInterpolatingEverywhereReads_data() {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("kind");
        for (const int rate : {44100, 48000, 96000}) {
            for (int kind = 0; kind < 5; ++kind) {
                QTest::addRow("%d Hz, signal %d", rate, kind) << rate << kind;
            }
        }
    }

    void skippingReadsExactlyWhatInterpolatingEverywhereReads() {
        QFETCH(int, rate);
        QFETCH(int, kind);
        test::Signal signal;
        switch (kind) {
        case 0: // music-like: drums, bass, a level that moves
            signal = test::musicLike(6.0, rate);
            break;
        case 1: // a near-Nyquist tone whose crests fall between samples, under a quiet one
            signal = test::mix(test::sine(0.45 * rate, -3.0, 3.0, rate, 2, 0.7),
                               test::sine(90.0, -30.0, 3.0, rate));
            break;
        case 2: // isolated full-scale clicks in silence: the peak is all interpolation
            signal = test::silence(3.0, rate);
            for (std::size_t i = 997; i < signal.samples.size(); i += 2 * 7919) {
                signal.samples[i] = (i / 3) % 2 == 0 ? 1.0f : -0.9f;
                signal.samples[i + 3] = -signal.samples[i];
            }
            break;
        case 3: // noise that swells from -60 to 0 dBFS and falls again
            signal = test::whiteNoise(0.0, 4.0, rate, 2, 7);
            for (std::size_t i = 0; i < signal.frames(); ++i) {
                const double t = static_cast<double>(i) / signal.frames();
                const float gain =
                    static_cast<float>(std::pow(10.0, -3.0 * std::fabs(2.0 * t - 1.0)));
                signal.samples[2 * i] *= gain;
                signal.samples[2 * i + 1] *= gain;
            }
            break;
        default: // left loud, right a quiet square wave: the channels differ
            signal = test::interleave({test::channelOf(test::musicLike(3.0, rate), 0),
                                       test::channelOf(test::sine(3000.0, -20.0, 3.0, rate), 0)});
            for (std::size_t i = 1; i < signal.samples.size(); i += 2) {
                signal.samples[i] = signal.samples[i] >= 0.0f ? 0.1f : -0.1f;
            }
            break;
        }
        TruePeakMeter skipping(rate);
        TruePeakMeter everywhere(rate, TruePeakMeter::Interpolation::Everywhere);
        const std::size_t window = static_cast<std::size_t>(rate) / 10;
        const std::size_t frames = signal.frames();
        std::size_t done = 0;
        std::size_t sinceWindow = 0;
        std::size_t step = 1;
        int windows = 0;
        while (done < frames) {
            // 1, 4, 9 … frames, never past a window's end.
            step = step * 7 % 3001 + 1;
            const std::size_t chunk = std::min({step, frames - done, window - sinceWindow});
            const float* at = signal.samples.data() + 2 * done;
            skipping.process(at, chunk);
            everywhere.process(at, chunk);
            done += chunk;
            sinceWindow += chunk;
            if (sinceWindow == window) {
                sinceWindow = 0;
                ++windows;
                QCOMPARE(bits(skipping.takeWindowPeak()), bits(everywhere.takeWindowPeak()));
            }
        }
        QCOMPARE(bits(skipping.peak()), bits(everywhere.peak()));
        QVERIFY(windows > 20);
        QCOMPARE(everywhere.pointsSkipped(), std::int64_t(0));
        QCOMPARE(skipping.pointsInterpolated() + skipping.pointsSkipped(),
                 everywhere.pointsInterpolated());
        qInfo("%.0f %% of the points not interpolated",
              100.0 * static_cast<double>(skipping.pointsSkipped()) /
                  static_cast<double>(everywhere.pointsInterpolated()));
    }

    // On music most of the interpolation is work that cannot change the
    // peak: at least a quarter of it is left out (a clicks track, most).
    void musicNeedsLessInterpolation() {
        const test::Signal music = test::musicLike(10.0, 44100);
        TruePeakMeter meter(44100);
        const std::size_t window = 4410;
        for (std::size_t done = 0; done < music.frames(); done += window) {
            meter.process(music.samples.data() + 2 * done, std::min(window, music.frames() - done));
            meter.takeWindowPeak();
        }
        const double skipped =
            static_cast<double>(meter.pointsSkipped()) /
            static_cast<double>(meter.pointsSkipped() + meter.pointsInterpolated());
        qInfo("music-like: %.0f %% of the points not interpolated", 100.0 * skipped);
        QVERIFY2(skipped > 0.25, qPrintable(QString::number(skipped)));
    }

    void silenceReadsZero() {
        const test::Signal silence = test::sine(1000, -200, 1.0, 44100);
        TruePeakMeter meter(44100);
        std::vector<float> zeros(silence.samples.size(), 0.0f);
        meter.process(zeros.data(), zeros.size() / 2);
        QCOMPARE(meter.peak(), 0.0f);
    }
};

QTEST_GUILESS_MAIN(TruePeakMeterTest)
#include "tst_truepeakmeter.moc"
