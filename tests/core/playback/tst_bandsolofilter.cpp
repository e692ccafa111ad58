#include "core/playback/bandsolofilter.h"

#include <QtTest>

#include <cmath>
#include <numbers>
#include <vector>

using namespace mixscope;

// Band solo's filter measured with sines: the gain at a frequency is the RMS
// of a filtered sine over its settled second half against the sine's own.
namespace {

double gainDb(BandSoloFilter filter, double rateHz, double frequencyHz) {
    // At least 40 periods, and 1 s, so that the lowest bands settle.
    const double seconds = std::max(1.0, 40.0 / frequencyHz) * 2.0;
    const auto frames = static_cast<std::size_t>(seconds * rateHz);
    std::vector<float> signal(2 * frames);
    for (std::size_t i = 0; i < frames; ++i) {
        const auto x = static_cast<float>(
            0.5 * std::sin(2.0 * std::numbers::pi * frequencyHz * static_cast<double>(i) / rateHz));
        signal[2 * i] = x;
        signal[2 * i + 1] = x;
    }
    std::vector<float> filtered = signal;
    filter.process(filtered.data(), frames);
    double in = 0.0;
    double out = 0.0;
    for (std::size_t i = frames / 2; i < frames; ++i) {
        in += static_cast<double>(signal[2 * i]) * signal[2 * i];
        out += static_cast<double>(filtered[2 * i]) * filtered[2 * i];
    }
    return 10.0 * std::log10(std::max(out, 1e-300) / in);
}

// What pink noise shows of the octave [fromHz, 2·fromHz]: the power gain
// averaged over 24 sines a 1/24 octave apart (pink noise has equal power per
// fraction of an octave), dB.
double octaveGainDb(const BandSoloFilter& filter, double rateHz, double fromHz) {
    double sum = 0.0;
    constexpr int kSteps = 24;
    for (int step = 0; step < kSteps; ++step) {
        const double frequency = fromHz * std::pow(2.0, (step + 0.5) / kSteps);
        sum += std::pow(10.0, gainDb(filter, rateHz, frequency) / 10.0);
    }
    return 10.0 * std::log10(sum / kSteps);
}

} // namespace

class TestBandSoloFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void edgesAreSixDecibelsDownAndAnOctaveOutsideFortyEight_data() {
        QTest::addColumn<double>("rateHz");
        QTest::addColumn<double>("lowHz");
        QTest::addColumn<double>("highHz");
        QTest::newRow("bass 60-150 Hz, 48 kHz") << 48000.0 << 60.0 << 150.0;
        QTest::newRow("low mids 150-500 Hz, 48 kHz") << 48000.0 << 150.0 << 500.0;
        QTest::newRow("mids 500 Hz-2 kHz, 44.1 kHz") << 44100.0 << 500.0 << 2000.0;
        QTest::newRow("high mids 2-6 kHz, 96 kHz") << 96000.0 << 2000.0 << 6000.0;
    }

    void edgesAreSixDecibelsDownAndAnOctaveOutsideFortyEight() {
        QFETCH(double, rateHz);
        QFETCH(double, lowHz);
        QFETCH(double, highHz);
        const BandSoloFilter filter(rateHz, lowHz, highHz);
        const double centre = gainDb(filter, rateHz, std::sqrt(lowHz * highHz));
        const double lowEdge = gainDb(filter, rateHz, lowHz);
        const double highEdge = gainDb(filter, rateHz, highHz);
        const double below = gainDb(filter, rateHz, lowHz / 2.0);
        const double above = gainDb(filter, rateHz, highHz * 2.0);
        const double octaveBelow = octaveGainDb(filter, rateHz, lowHz / 2.0);
        const double octaveAbove = octaveGainDb(filter, rateHz, highHz);
        qInfo("%.0f-%.0f Hz: centre %.2f dB; edges %.2f / %.2f dB; an octave out %.1f / %.1f dB; "
              "the octaves beyond, as pink noise shows them, %.1f / %.1f dB",
              lowHz, highHz, centre, lowEdge, highEdge, below, above, octaveBelow, octaveAbove);
        // The edges are 1.3 octaves apart or more: each costs the other under 0.5 dB.
        QVERIFY2(std::fabs(centre) < 0.5, qPrintable(QString::number(centre)));
        QVERIFY2(std::fabs(lowEdge + 6.0) < 0.5, qPrintable(QString::number(lowEdge)));
        QVERIFY2(std::fabs(highEdge + 6.0) < 0.5, qPrintable(QString::number(highEdge)));
        QVERIFY2(below < -46.0, qPrintable(QString::number(below)));
        QVERIFY2(above < -46.0, qPrintable(QString::number(above)));
        QVERIFY2(octaveBelow < -14.0, qPrintable(QString::number(octaveBelow)));
        QVERIFY2(octaveAbove < -14.0, qPrintable(QString::number(octaveAbove)));
    }

    void aOneOctaveFindingBandStillPassesItsMiddle() {
        // A finding's range (the mud zone, say) can be a single octave wide.
        const BandSoloFilter filter(48000.0, 177.0, 354.0);
        const double centre = gainDb(filter, 48000.0, std::sqrt(177.0 * 354.0));
        qInfo("177-354 Hz: centre %.2f dB", centre);
        QVERIFY2(centre > -1.5 && centre < 0.0, qPrintable(QString::number(centre)));
    }

    void bandsAreClampedIntoTheRate() {
        const BandSoloFilter filter(44100.0, 6000.0, 30000.0);
        QCOMPARE(filter.lowHz(), 6000.0);
        QVERIFY(filter.highHz() < 22050.0);
        QVERIFY(std::isfinite(gainDb(filter, 44100.0, 10000.0)));
        QVERIFY(std::fabs(gainDb(filter, 44100.0, 10000.0)) < 0.5);
    }
};

QTEST_GUILESS_MAIN(TestBandSoloFilter)
#include "tst_bandsolofilter.moc"
