#include "core/analysis/spectralanalyzer.h"
#include "core/analysis/trackanalyzer.h"
#include "tests/support/testsignals.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace mixscope;
using namespace mixscope::test;

namespace {

constexpr double kSineRmsOffsetDb = -3.0103; // a sine's power is A^2 / 2

SpectralResult analyse(const Signal& signal, std::size_t blockFrames = 8192) {
    SpectralAnalyzer analyzer(signal.sampleRateHz);
    for (std::size_t first = 0; first < signal.frames(); first += blockFrames) {
        analyzer.process(signal.samples.data() + first * 2,
                         std::min(blockFrames, signal.frames() - first));
    }
    return analyzer.finish();
}

int bandIndex(const std::vector<double>& centersHz, double nominalHz) {
    const auto found = std::find(centersHz.begin(), centersHz.end(), nominalHz);
    return found == centersHz.end() ? -1 : static_cast<int>(found - centersHz.begin());
}

double powerOf(const std::optional<double>& db) {
    return db ? std::pow(10.0, *db / 10.0) : 0.0;
}

// Pink noise on both channels: white noise through Paul Kellet's "refined"
// pinking filter (within 0.05 dB of -3 dB/octave above 9.2 Hz at 44.1 kHz).
Signal pinkNoise(double seconds, int sampleRateHz) {
    const Signal white = channelOf(whiteNoise(0.0, seconds, sampleRateHz, 1, 12345), 0);
    std::vector<Signal> channels(2, white);
    double b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
    for (std::size_t i = 0; i < white.samples.size(); ++i) {
        const double x = white.samples[i];
        b0 = 0.99886 * b0 + x * 0.0555179;
        b1 = 0.99332 * b1 + x * 0.0750759;
        b2 = 0.96900 * b2 + x * 0.1538520;
        b3 = 0.86650 * b3 + x * 0.3104856;
        b4 = 0.55000 * b4 + x * 0.5329522;
        b5 = -0.7616 * b5 - x * 0.0168980;
        const double pink = b0 + b1 + b2 + b3 + b4 + b5 + b6 + x * 0.5362;
        b6 = x * 0.115926;
        channels[0].samples[i] = channels[1].samples[i] = static_cast<float>(0.05 * pink);
    }
    return interleave(channels);
}

} // namespace

class TestSpectralAnalyzer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fftSizeGivesAboutTenHertzBins_data() {
        QTest::addColumn<int>("sampleRateHz");
        QTest::addColumn<int>("fftSize");

        QTest::newRow("8 kHz") << 8000 << 1024;
        QTest::newRow("22.05 kHz") << 22050 << 2048;
        QTest::newRow("32 kHz") << 32000 << 4096;
        QTest::newRow("44.1 kHz") << 44100 << 4096;
        QTest::newRow("48 kHz") << 48000 << 4096;
        QTest::newRow("88.2 kHz") << 88200 << 8192;
        QTest::newRow("96 kHz") << 96000 << 8192;
        QTest::newRow("176.4 kHz") << 176400 << 16384;
        QTest::newRow("192 kHz") << 192000 << 16384;
        QTest::newRow("invalid") << 0 << 0;
    }

    void fftSizeGivesAboutTenHertzBins() {
        QFETCH(int, sampleRateHz);
        QFETCH(int, fftSize);
        QCOMPARE(SpectralAnalyzer::fftSizeFor(sampleRateHz), fftSize);
    }

    void sineReadsItsLevelInItsThirdOctaveBand_data() {
        QTest::addColumn<int>("sampleRateHz");
        QTest::addColumn<double>("frequencyHz");
        QTest::addColumn<double>("levelDbfs");

        for (const int rate : {44100, 48000, 96000}) {
            for (const double frequency : {250.0, 1000.0, 5000.0, 12500.0}) {
                QTest::addRow("%g Hz at %d Hz", frequency, rate) << rate << frequency << -6.0;
            }
        }
        QTest::newRow("1000 Hz at -40 dBFS") << 48000 << 1000.0 << -40.0;
        QTest::newRow("2000 Hz at 8 kHz") << 8000 << 2000.0 << -12.0;
        QTest::newRow("16000 Hz at 44.1 kHz") << 44100 << 16000.0 << -20.0;
    }

    void sineReadsItsLevelInItsThirdOctaveBand() {
        QFETCH(int, sampleRateHz);
        QFETCH(double, frequencyHz);
        QFETCH(double, levelDbfs);

        const SpectrumResult result =
            analyse(sine(frequencyHz, levelDbfs, 3.0, sampleRateHz)).spectrum;
        const int band = bandIndex(result.bandCentersHz, frequencyHz);
        QVERIFY(band > 0);
        const auto index = static_cast<std::size_t>(band);
        QVERIFY(result.midDb[index]);
        const double expected = levelDbfs + kSineRmsOffsetDb;
        QVERIFY2(std::fabs(*result.midDb[index] - expected) <= 0.3,
                 qPrintable(
                     QStringLiteral("%1 dB, expected %2").arg(*result.midDb[index]).arg(expected)));
        for (const std::size_t neighbour : {index - 1, index + 1}) {
            if (neighbour < result.midDb.size() && result.midDb[neighbour]) {
                QVERIFY2(*result.midDb[neighbour] <= expected - 25.0,
                         qPrintable(QStringLiteral("neighbour at %1 Hz reads %2 dB")
                                        .arg(result.bandCentersHz[neighbour])
                                        .arg(*result.midDb[neighbour])));
            }
        }
        // Identical channels: the side is exactly silent everywhere.
        for (const auto& side : result.sideDb) {
            QVERIFY(!side);
        }
    }

    // Below ~200 Hz the Hann main lobe (4 bins, ~45 Hz at 44.1/48 kHz) is wider
    // than a 1/3-octave band: the tone's band is still the loudest, and its
    // power is all there once the two neighbours are added.
    void lowSineStaysInItsBandAndItsNeighbours_data() {
        QTest::addColumn<int>("sampleRateHz");
        QTest::addColumn<double>("frequencyHz");

        QTest::newRow("50 Hz at 44.1 kHz") << 44100 << 50.0;
        QTest::newRow("100 Hz at 44.1 kHz") << 44100 << 100.0;
        QTest::newRow("100 Hz at 48 kHz") << 48000 << 100.0;
        QTest::newRow("63 Hz at 96 kHz") << 96000 << 63.0;
    }

    void lowSineStaysInItsBandAndItsNeighbours() {
        QFETCH(int, sampleRateHz);
        QFETCH(double, frequencyHz);

        const SpectrumResult result = analyse(sine(frequencyHz, -10.0, 3.0, sampleRateHz)).spectrum;
        const int band = bandIndex(result.bandCentersHz, frequencyHz);
        QVERIFY(band > 0);
        const auto index = static_cast<std::size_t>(band);
        const auto loudest = std::max_element(
            result.midDb.begin(), result.midDb.end(),
            [](const auto& a, const auto& b) { return a.value_or(-1e9) < b.value_or(-1e9); });
        QCOMPARE(static_cast<std::size_t>(loudest - result.midDb.begin()), index);
        const double threeBandsDb =
            10.0 * std::log10(powerOf(result.midDb[index - 1]) + powerOf(result.midDb[index]) +
                              powerOf(result.midDb[index + 1]));
        QVERIFY2(std::fabs(threeBandsDb - (-10.0 + kSineRmsOffsetDb)) <= 0.3,
                 qPrintable(QStringLiteral("%1 dB over three bands").arg(threeBandsDb)));
    }

    void aDcOffsetIsNoSubBass() {
        // A tone with nothing below 100 Hz, with and without 2 % of full scale
        // of DC: the sub-bass bands must read the same.
        const Signal tone = sine(1000.0, -20.0, 10.0, 44100);
        Signal offset = tone;
        for (float& x : offset.samples) {
            x += 0.02f;
        }
        const SpectrumResult clean = analyse(tone).spectrum;
        const SpectrumResult shifted = analyse(offset).spectrum;
        for (const double center : {20.0, 25.0, 31.5, 40.0}) {
            const auto index = static_cast<std::size_t>(bandIndex(clean.bandCentersHz, center));
            const double without = clean.midDb[index].value_or(-200.0);
            const double with = shifted.midDb[index].value_or(-200.0);
            qInfo("%.1f Hz: %.1f dB without DC, %.1f dB with 2 %% DC", center, without, with);
            QVERIFY2(with <= std::max(without, -120.0) + 1.0, qPrintable(QString::number(with)));
        }
    }

    void anEncodersLowPassIsFoundAndMusicThatReachesTheTopIsNot_data() {
        QTest::addColumn<QStringList>("encoding");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<double>("lowestHz");
        QTest::addColumn<double>("highestHz");
        QTest::newRow("WAV") << QStringList{QStringLiteral("-c:a"), QStringLiteral("pcm_s24le")}
                             << QStringLiteral("wav") << 0.0 << 0.0;
        QTest::newRow("MP3 at 128 kbit/s")
            << QStringList{QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                           QStringLiteral("-b:a"), QStringLiteral("128k")}
            << QStringLiteral("mp3") << 15000.0 << 20000.0;
        QTest::newRow("MP3 at 64 kbit/s")
            << QStringList{QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                           QStringLiteral("-b:a"), QStringLiteral("64k")}
            << QStringLiteral("mp3") << 8000.0 << 15000.0;
        // A file made from a 16 kHz recording: nothing above 8 kHz.
        QTest::newRow("WAV upsampled from 16 kHz")
            << QStringList{QStringLiteral("-af"), QStringLiteral("aresample=16000,aresample=44100"),
                           QStringLiteral("-c:a"), QStringLiteral("pcm_f32le")}
            << QStringLiteral("wav") << 6500.0 << 8200.0;
    }

    void anEncodersLowPassIsFoundAndMusicThatReachesTheTopIsNot() {
        QFETCH(QStringList, encoding);
        QFETCH(QString, suffix);
        QFETCH(double, lowestHz);
        QFETCH(double, highestHz);
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("music.wav"));
        // Music with a real top end (cymbals, air): the music-like signal and
        // white noise 30 dB under full scale.
        QVERIFY(
            writeWav(source, mix(musicLike(12.0, 44100), whiteNoise(-30.0, 12.0, 44100, 2, 9))));
        const QString path = dir.filePath(QStringLiteral("encoded.") + suffix);
        QString error;
        QVERIFY2(runFfmpeg(QStringList{QStringLiteral("-i"), source} + encoding + QStringList{path},
                           &error),
                 qPrintable(error));
        const auto analysis = TrackAnalyzer::analyze(path);
        QVERIFY(analysis.ok());
        const auto top = analysis.value().spectrum.contentTopHz;
        const int rate = analysis.value().stream.sampleRateHz;
        qInfo("%s: %d Hz, content top %s", QTest::currentDataTag(), rate,
              top ? qPrintable(QStringLiteral("%1 Hz").arg(*top, 0, 'f', 0)) : "none");
        if (!top && rate / 2.0 <= highestHz) {
            return; // the encoder lowered the sample rate: Nyquist is the top
        }
        if (highestHz == 0.0) {
            QVERIFY(!top);
        } else {
            QVERIFY(top);
            QVERIFY2(*top >= lowestHz && *top <= highestHz, qPrintable(QString::number(*top)));
        }
    }

    void pinkNoiseReadsFlatPerOctave() {
        const SpectrumResult result = analyse(pinkNoise(40.0, 44100)).spectrum;
        std::vector<double> octaveDb;
        for (const double center :
             {31.5, 63.0, 125.0, 250.0, 500.0, 1000.0, 2000.0, 4000.0, 8000.0, 16000.0}) {
            const int band = bandIndex(result.bandCentersHz, center);
            QVERIFY(band > 0);
            const auto index = static_cast<std::size_t>(band);
            octaveDb.push_back(10.0 * std::log10(powerOf(result.midDb[index - 1]) +
                                                 powerOf(result.midDb[index]) +
                                                 powerOf(result.midDb[index + 1])));
        }
        double mean = 0.0;
        for (const double db : octaveDb) {
            mean += db / static_cast<double>(octaveDb.size());
        }
        for (std::size_t i = 0; i < octaveDb.size(); ++i) {
            QVERIFY2(std::fabs(octaveDb[i] - mean) <= 0.5,
                     qPrintable(QStringLiteral("octave %1 reads %2 dB, mean %3 dB")
                                    .arg(i)
                                    .arg(octaveDb[i])
                                    .arg(mean)));
        }
    }

    // White noise: the mean power within a band is the variance times the
    // band's share of 0 … Nyquist, however narrow the band (fractional bins).
    void whiteNoiseReadsItsPowerShareInNarrowLowBands() {
        constexpr int rate = 48000;
        const Signal noise = whiteNoise(0.0, 30.0, rate, 1, 99);
        const SpectrumResult result = analyse(interleave({noise, noise})).spectrum;
        const double variance = 1.0 / 3.0; // uniform on [-1, 1]
        for (std::size_t b = 0; b < 10; ++b) {
            QVERIFY(result.midDb[b]);
            const double share =
                (result.bandHighEdgesHz[b] - result.bandLowEdgesHz[b]) / (rate / 2.0);
            const double expected = 10.0 * std::log10(variance * share);
            QVERIFY2(std::fabs(*result.midDb[b] - expected) <= 0.5,
                     qPrintable(QStringLiteral("%1 Hz reads %2 dB, expected %3")
                                    .arg(result.bandCentersHz[b])
                                    .arg(*result.midDb[b])
                                    .arg(expected)));
        }
    }

    void displaySpectrumHasTheSameCalibration_data() {
        QTest::addColumn<double>("frequencyHz");
        QTest::newRow("1 kHz") << 1000.0;
        QTest::newRow("4 kHz") << 4000.0;
    }

    void displaySpectrumHasTheSameCalibration() {
        QFETCH(double, frequencyHz);
        const SpectrumResult result = analyse(sine(frequencyHz, -6.0, 3.0, 44100)).spectrum;
        QCOMPARE(result.displayBandCentersHz.size(), std::size_t(61));
        QCOMPARE(result.displayMidDb.size(), result.displayBandCentersHz.size());
        const auto nearest =
            std::min_element(result.displayBandCentersHz.begin(), result.displayBandCentersHz.end(),
                             [&](double a, double b) {
                                 return std::fabs(std::log2(a / frequencyHz)) <
                                        std::fabs(std::log2(b / frequencyHz));
                             });
        const auto index = static_cast<std::size_t>(nearest - result.displayBandCentersHz.begin());
        QVERIFY(result.displayMidDb[index]);
        QVERIFY2(std::fabs(*result.displayMidDb[index] - (-6.0 + kSineRmsOffsetDb)) <= 0.3,
                 qPrintable(QStringLiteral("%1 dB").arg(*result.displayMidDb[index])));
    }

    void bandsAtOrAboveNyquistAreAbsent_data() {
        QTest::addColumn<int>("sampleRateHz");
        QTest::addColumn<int>("bandCount");
        QTest::addColumn<double>("highestCenterHz");

        QTest::newRow("8 kHz") << 8000 << 23 << 3150.0;
        QTest::newRow("22.05 kHz") << 22050 << 28 << 10000.0;
        QTest::newRow("32 kHz") << 32000 << 29 << 12500.0;
        QTest::newRow("44.1 kHz") << 44100 << 31 << 20000.0;
        QTest::newRow("96 kHz") << 96000 << 31 << 20000.0;
    }

    void bandsAtOrAboveNyquistAreAbsent() {
        QFETCH(int, sampleRateHz);
        QFETCH(int, bandCount);
        QFETCH(double, highestCenterHz);

        const SpectralResult result = analyse(whiteNoise(-20.0, 1.0, sampleRateHz));
        const auto count = static_cast<std::size_t>(bandCount);
        QCOMPARE(result.spectrum.bandCentersHz.size(), count);
        QCOMPARE(result.spectrum.bandCentersHz.front(), 20.0);
        QCOMPARE(result.spectrum.bandCentersHz.back(), highestCenterHz);
        QCOMPARE(result.spectrum.midDb.size(), count);
        QCOMPARE(result.spectrum.sideDb.size(), count);
        QCOMPARE(result.stereo.bandCorrelation.size(), count);
        QCOMPARE(result.stereo.sideToMidDb.size(), count);
        QVERIFY(!result.spectrum.bandSeriesMidDb.empty());
        QCOMPARE(result.spectrum.bandSeriesMidDb.front().size(), count);
        for (const auto& level : result.spectrum.midDb) {
            QVERIFY(level);
        }
    }

    void bandSeriesFollowsLevelChanges() {
        constexpr int rate = 48000;
        const SpectrumResult result =
            analyse(concatenate(sine(1000.0, -10.0, 3.0, rate), sine(1000.0, -30.0, 3.0, rate)))
                .spectrum;
        QVERIFY(std::fabs(result.bandSeriesIntervalS - 0.256) <= 0.001);
        const double frames = 6.0 / result.bandSeriesIntervalS;
        QVERIFY2(std::fabs(static_cast<double>(result.bandSeriesMidDb.size()) - frames) <= 1.5,
                 qPrintable(QStringLiteral("%1 frames").arg(result.bandSeriesMidDb.size())));
        const auto band = static_cast<std::size_t>(bandIndex(result.bandCentersHz, 1000.0));
        for (std::size_t i = 0; i < result.bandSeriesMidDb.size(); ++i) {
            const double t = (static_cast<double>(i) + 0.5) * result.bandSeriesIntervalS;
            const auto& level = result.bandSeriesMidDb[i][band];
            QVERIFY(level);
            if (std::fabs(t - 3.0) < 0.5) {
                continue; // the frames around the step mix both levels
            }
            const double expected = (t < 3.0 ? -10.0 : -30.0) + kSineRmsOffsetDb;
            QVERIFY2(std::fabs(*level - expected) <= 0.3,
                     qPrintable(QStringLiteral("frame %1 reads %2 dB, expected %3")
                                    .arg(i)
                                    .arg(*level)
                                    .arg(expected)));
        }
    }

    // The sibilance detail: per STFT hop, the 5–10 kHz and 1–4 kHz levels.
    // A steady 2 kHz tone reads its level in every hop of the presence band;
    // 7 kHz bursts of 0.2 s, once a second, read theirs in the hops that lie
    // inside them and nothing near it in between.
    void hopSeriesFollowSibilantBursts() {
        constexpr int rate = 48000;
        constexpr double seconds = 6.0;
        Signal bursts = silence(seconds, rate);
        const Signal burst = sine(7000.0, -15.0, 0.2, rate);
        for (int second = 0; second < 6; ++second) {
            const auto at = static_cast<std::size_t>(second) * rate * 2;
            std::copy(burst.samples.begin(), burst.samples.end(),
                      bursts.samples.begin() + static_cast<std::ptrdiff_t>(at));
        }
        const SpectrumResult result =
            analyse(mix(sine(2000.0, -20.0, seconds, rate), bursts)).spectrum;
        QCOMPARE(result.hopSeriesIntervalS, 2048.0 / rate); // fftSize 4096 at 48 kHz
        QCOMPARE(result.sibilantHopSeriesDb.size(), result.presenceHopSeriesDb.size());
        const double hops = seconds / result.hopSeriesIntervalS;
        QVERIFY2(std::fabs(static_cast<double>(result.presenceHopSeriesDb.size()) - hops) <= 2.0,
                 qPrintable(QString::number(result.presenceHopSeriesDb.size())));
        // The first and last hops are only partly audio.
        for (std::size_t i = 1; i + 1 < result.presenceHopSeriesDb.size(); ++i) {
            const auto& presence = result.presenceHopSeriesDb[i];
            QVERIFY(presence);
            QVERIFY2(std::fabs(*presence - (-20.0 + kSineRmsOffsetDb)) <= 0.3,
                     qPrintable(QStringLiteral("hop %1: %2 dB").arg(i).arg(*presence)));
        }
        const double burstDb = -15.0 + kSineRmsOffsetDb;
        int inside = 0;
        for (std::size_t i = 1; i + 1 < result.sibilantHopSeriesDb.size(); ++i) {
            // Hop i's window covers [i - 1, i + 1) hops of samples (50 % overlap).
            const double startS = (static_cast<double>(i) - 1.0) * result.hopSeriesIntervalS;
            const double endS = startS + 2.0 * result.hopSeriesIntervalS;
            const double burstStart = std::floor(startS);
            const auto& level = result.sibilantHopSeriesDb[i];
            if (startS >= burstStart && endS <= burstStart + 0.2) {
                ++inside;
                QVERIFY(level);
                QVERIFY2(std::fabs(*level - burstDb) <= 0.3,
                         qPrintable(QStringLiteral("hop %1: %2 dB").arg(i).arg(*level)));
            } else if (startS >= burstStart + 0.2 && endS <= burstStart + 1.0) {
                QVERIFY2(!level || *level < burstDb - 60.0,
                         qPrintable(QStringLiteral("hop %1: %2 dB").arg(i).arg(*level)));
            }
        }
        QVERIFY2(inside >= 6, qPrintable(QString::number(inside))); // one or more per burst
    }

    void silenceGivesEmptyLevels() {
        const SpectralResult result = analyse(silence(2.0, 44100));
        QCOMPARE(result.spectrum.midDb.size(), std::size_t(31));
        for (const auto* levels : {&result.spectrum.midDb, &result.spectrum.sideDb,
                                   &result.spectrum.displayMidDb, &result.spectrum.displaySideDb,
                                   &result.stereo.bandCorrelation, &result.stereo.sideToMidDb}) {
            for (const auto& level : *levels) {
                QVERIFY(!level);
            }
        }
        QVERIFY(!result.spectrum.bandSeriesMidDb.empty());
        for (const auto& frame : result.spectrum.bandSeriesMidDb) {
            for (const auto& level : frame) {
                QVERIFY(!level);
            }
        }
    }

    void noInputGivesEmptyResults() {
        const SpectralResult result = SpectralAnalyzer(44100).finish();
        QCOMPARE(result.spectrum.midDb.size(), std::size_t(31));
        for (const auto& level : result.spectrum.midDb) {
            QVERIFY(!level);
        }
        QVERIFY(result.spectrum.bandSeriesMidDb.empty());
        QVERIFY(result.stereo.correlationSeries.empty());
        QVERIFY(result.stereo.vectorscopeDensity.empty());
        QVERIFY(!result.stereo.correlation);
    }

    void invalidSampleRateGivesEmptyResults() {
        SpectralAnalyzer analyzer(0);
        const Signal signal = whiteNoise(-10.0, 0.1);
        analyzer.process(signal.samples.data(), signal.frames());
        const SpectralResult result = analyzer.finish();
        QVERIFY(result.spectrum.bandCentersHz.empty());
        QVERIFY(!result.stereo.correlation);
    }

    // Shorter than one window: the padded frame is normalised by the window
    // energy it holds, so the level stays right.
    void streamShorterThanAWindowReadsItsLevel() {
        const SpectrumResult result = analyse(sine(1000.0, -6.0, 0.05, 48000)).spectrum;
        const auto band = static_cast<std::size_t>(bandIndex(result.bandCentersHz, 1000.0));
        QVERIFY(result.midDb[band]);
        QVERIFY2(std::fabs(*result.midDb[band] - (-6.0 + kSineRmsOffsetDb)) <= 0.5,
                 qPrintable(QStringLiteral("%1 dB").arg(*result.midDb[band])));
    }

    void resultDoesNotDependOnBlockSize_data() {
        QTest::addColumn<int>("blockFrames");

        QTest::newRow("single frames") << 1;
        QTest::newRow("odd blocks") << 4099;
        QTest::newRow("one block") << 5 * 48000;
    }

    void resultDoesNotDependOnBlockSize() {
        QFETCH(int, blockFrames);

        const Signal signal = musicLike(5.0);
        const SpectralResult reference = analyse(signal, 8192);
        const SpectralResult result = analyse(signal, static_cast<std::size_t>(blockFrames));
        QCOMPARE(result.spectrum.midDb, reference.spectrum.midDb);
        QCOMPARE(result.spectrum.sideDb, reference.spectrum.sideDb);
        QCOMPARE(result.spectrum.bandSeriesMidDb, reference.spectrum.bandSeriesMidDb);
        QCOMPARE(result.stereo.correlationSeries, reference.stereo.correlationSeries);
        QCOMPARE(result.stereo.vectorscopeDensity, reference.stereo.vectorscopeDensity);
    }
};

QTEST_GUILESS_MAIN(TestSpectralAnalyzer)
#include "tst_spectralanalyzer.moc"
