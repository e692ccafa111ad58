#include "core/analysis/trackanalyzer.h"
#include "tests/support/testsignals.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <cstring>

#include <sys/resource.h>

using namespace mixscope;

namespace {

// A 16-bit mono PCM WAV header for dataBytes of samples at rateHz.
QByteArray wavHeader(quint32 rateHz, quint32 dataBytes) {
    QByteArray header(44, '\0');
    char* h = header.data();
    std::memcpy(h, "RIFF", 4);
    qToLittleEndian<quint32>(36 + dataBytes, h + 4);
    std::memcpy(h + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, h + 16);
    qToLittleEndian<quint16>(1, h + 20); // PCM
    qToLittleEndian<quint16>(1, h + 22); // mono
    qToLittleEndian<quint32>(rateHz, h + 24);
    qToLittleEndian<quint32>(rateHz * 2, h + 28);
    qToLittleEndian<quint16>(2, h + 32);
    qToLittleEndian<quint16>(16, h + 34);
    std::memcpy(h + 36, "data", 4);
    qToLittleEndian<quint32>(dataBytes, h + 40);
    return header;
}

// AddressSanitizer keeps freed memory in quarantine (256 MB) and runs
// unoptimised: its figures say nothing about the product's.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestLongSilence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Leading silence is counted, not measured, until sound comes; then it
    // is measured as if it had been all along. A file that starts with one
    // denormal sample instead (not silent, measured block by block from the
    // start) must read the same.
    void leadingSilenceIsMeasuredLikeAnyOtherAudio() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const test::Signal music = test::concatenate(test::silence(20.0), test::musicLike(10.0));
        test::Signal speck = music;
        speck.samples[0] = 1e-30f;
        const QString silentStart = dir.filePath(QStringLiteral("silent-start.wav"));
        const QString speckStart = dir.filePath(QStringLiteral("speck-start.wav"));
        QVERIFY(test::writeWav(silentStart, music, WavWriter::SampleFormat::Float32));
        QVERIFY(test::writeWav(speckStart, speck, WavWriter::SampleFormat::Float32));

        const auto a = TrackAnalyzer::analyze(silentStart);
        const auto b = TrackAnalyzer::analyze(speckStart);
        QVERIFY(a && b);
        QCOMPARE(a.value().durationS, 30.0);
        QCOMPARE(a.value().loudness.integratedLufs, b.value().loudness.integratedLufs);
        QCOMPARE(a.value().loudness.rangeLu, b.value().loudness.rangeLu);
        QCOMPARE(a.value().loudness.truePeakDbtp, b.value().loudness.truePeakDbtp);
        QCOMPARE(a.value().loudness.shortTermLufs.size(), b.value().loudness.shortTermLufs.size());
        QCOMPARE(a.value().spectrum.midDb, b.value().spectrum.midDb);
        QCOMPARE(a.value().spectrum.bandSeriesMidDb.size(),
                 b.value().spectrum.bandSeriesMidDb.size());
        QCOMPARE(a.value().rhythm.onsetTimesS, b.value().rhythm.onsetTimesS);
        QCOMPARE(a.value().structure.sections.size(), b.value().structure.sections.size());
        // The music starts at 20 s, and the series know it.
        const auto& shortTerm = a.value().loudness.shortTermLufs;
        const auto atS = [&](double seconds) {
            return shortTerm[static_cast<std::size_t>(seconds /
                                                      a.value().loudness.seriesIntervalS)];
        };
        QVERIFY(!atS(15.0) || *atS(15.0) < -100.0f);
        QVERIFY(atS(25.0) && *atS(25.0) > -40.0f);
    }

    // Ten hours of 44.1 kHz 16-bit mono is 3.2 GB: written sparse (a header
    // and ftruncate), so it costs no disk, and read like any file, streamed.
    void tenHourSilentFileIsRejectedQuicklyInBoundedMemory() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ten-hours-of-nothing.wav"));
        constexpr quint32 rateHz = 44100;
        constexpr quint32 dataBytes = rateHz * 2 * 36000;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(wavHeader(rateHz, dataBytes)), qint64(44));
        QVERIFY2(file.resize(44 + qint64(dataBytes)), qPrintable(file.errorString()));
        file.close();

        const long rssBeforeKb = peakRssKb();
        QElapsedTimer timer;
        timer.start();
        const auto result = TrackAnalyzer::analyze(path);
        const qint64 elapsedMs = timer.elapsed();
        const long rssGrowthKb = peakRssKb() - rssBeforeKb;
        qInfo("10 h of silence: %.1f s, peak memory +%.1f MB", elapsedMs / 1000.0,
              rssGrowthKb / 1024.0);

        QVERIFY(!result);
        QCOMPARE(result.error().kind, AnalysisErrorKind::Silent);
        // Seconds as the locale writes them: "36,000.0" in English, "36.000,0" in German.
        QCOMPARE(result.error().message, QStringLiteral("it contains only digital silence (%1 s)")
                                             .arg(QLocale().toString(36000.0, 'f', 1)));
        if (kSanitized) {
            return;
        }
        // Streamed: the decoder and the meters' state, never the file.
        QVERIFY2(rssGrowthKb < 100 * 1024, qPrintable(QString::number(rssGrowthKb)));
        // Decoding 3.2 GB takes seconds; measuring it would take minutes.
        QVERIFY2(elapsedMs < 120000, qPrintable(QString::number(elapsedMs)));
    }
};

QTEST_GUILESS_MAIN(TestLongSilence)
#include "tst_longsilence.moc"
