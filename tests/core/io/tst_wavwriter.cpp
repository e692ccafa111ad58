#include "core/io/wavwriter.h"
#include "tests/support/testsignals.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <cmath>
#include <cstring>

using namespace mixscope;
using namespace mixscope::test;

Q_DECLARE_METATYPE(mixscope::WavWriter::SampleFormat)

namespace {

std::uint16_t le16(const QByteArray& bytes, qsizetype offset) {
    return qFromLittleEndian<std::uint16_t>(bytes.constData() + offset);
}

std::uint32_t le32(const QByteArray& bytes, qsizetype offset) {
    return qFromLittleEndian<std::uint32_t>(bytes.constData() + offset);
}

} // namespace

class TestWavWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString())); }

    void ffmpegReadsBackTheSamples_data() {
        QTest::addColumn<WavWriter::SampleFormat>("format");
        QTest::addColumn<int>("channels");
        QTest::addColumn<double>("tolerance");

        // Integers: half a step of rounding, plus up to one step because the
        // writer scales by 2^(n-1) - 1 and readers divide by 2^(n-1).
        const double step16 = 1.0 / 32767;
        const double step24 = 1.0 / 8388607;
        using Format = WavWriter::SampleFormat;
        QTest::newRow("16-bit mono") << Format::Int16 << 1 << 1.5 * step16;
        QTest::newRow("16-bit stereo") << Format::Int16 << 2 << 1.5 * step16;
        QTest::newRow("24-bit stereo") << Format::Int24 << 2 << 1.5 * step24;
        QTest::newRow("32-bit float stereo") << Format::Float32 << 2 << 0.0;
        QTest::newRow("32-bit float 5.1") << Format::Float32 << 6 << 0.0;
        QTest::newRow("24-bit 5.1") << Format::Int24 << 6 << 1.5 * step24;
    }

    // ffmpeg is an independent reader: what it decodes is what any player hears.
    void ffmpegReadsBackTheSamples() {
        QFETCH(WavWriter::SampleFormat, format);
        QFETCH(int, channels);
        QFETCH(double, tolerance);

        const Signal source = whiteNoise(-1.0, 0.5, 44100, channels, 3);
        const QString wav =
            m_dir.filePath(QStringLiteral("%1.wav").arg(QLatin1String(QTest::currentDataTag())));
        const QString raw =
            m_dir.filePath(QStringLiteral("%1.f32").arg(QLatin1String(QTest::currentDataTag())));
        QString error;
        QVERIFY2(writeWav(wav, source, format, &error), qPrintable(error));
        QVERIFY2(
            runFfmpeg({QStringLiteral("-i"), wav, QStringLiteral("-f"), QStringLiteral("f32le"),
                       QStringLiteral("-c:a"), QStringLiteral("pcm_f32le"), raw},
                      &error),
            qPrintable(error));

        const QByteArray decoded = readBytes(raw);
        QCOMPARE(decoded.size(), static_cast<qsizetype>(source.samples.size() * sizeof(float)));
        double worst = 0.0;
        for (std::size_t i = 0; i < source.samples.size(); ++i) {
            float sample = 0.0f;
            std::memcpy(&sample, decoded.constData() + i * sizeof(float), sizeof sample);
            worst = std::max(worst, std::fabs(static_cast<double>(sample) - source.samples[i]));
        }
        QVERIFY2(worst <= tolerance, qPrintable(QStringLiteral("off by %1").arg(worst)));
    }

    void floatHeaderIsWaveFormatExtensible() {
        const Signal source = sine(1000.0, -6.0, 0.1, 48000, 6);
        const QString wav = m_dir.filePath(QStringLiteral("header.wav"));
        QVERIFY(writeWavWithChannelMask(wav, source, 0x60F));
        const QByteArray bytes = readBytes(wav);

        QVERIFY(bytes.startsWith("RIFF"));
        QCOMPARE(le32(bytes, 4), static_cast<std::uint32_t>(bytes.size() - 8));
        QCOMPARE(bytes.mid(8, 8), QByteArray("WAVEfmt "));
        QCOMPARE(le32(bytes, 16), 40u);          // fmt chunk size
        QCOMPARE(le16(bytes, 20), 0xFFFE);       // WAVE_FORMAT_EXTENSIBLE
        QCOMPARE(le16(bytes, 22), 6);            // channels
        QCOMPARE(le32(bytes, 24), 48000u);       // sample rate
        QCOMPARE(le32(bytes, 28), 48000u * 24u); // bytes per second
        QCOMPARE(le16(bytes, 32), 24);           // block align
        QCOMPARE(le16(bytes, 34), 32);           // bits per sample
        QCOMPARE(le16(bytes, 36), 22);           // extension size
        QCOMPARE(le16(bytes, 38), 32);           // valid bits
        QCOMPARE(le32(bytes, 40), 0x60Fu);       // speaker mask
        // KSDATAFORMAT_SUBTYPE_IEEE_FLOAT {00000003-0000-0010-8000-00AA00389B71}
        QCOMPARE(
            bytes.mid(44, 16),
            QByteArray("\x03\x00\x00\x00\x00\x00\x10\x00\x80\x00\x00\xAA\x00\x38\x9B\x71", 16));
        QCOMPARE(bytes.mid(60, 4), QByteArray("data"));
        QCOMPARE(le32(bytes, 64), static_cast<std::uint32_t>(source.frames() * 24));
        QCOMPARE(bytes.size(), 68 + static_cast<qsizetype>(source.frames() * 24));
    }

    void integerSamplesAreClampedAtFullScale() {
        Signal loud{48000, 1, {1.5f, -1.5f, 1.0f, -1.0f, 0.5f}};
        const QString wav = m_dir.filePath(QStringLiteral("clamped.wav"));
        QVERIFY(writeWav(wav, loud, WavWriter::SampleFormat::Int16));
        const QByteArray bytes = readBytes(wav);
        QCOMPARE(bytes.size(), 44 + 5 * 2);
        const qint16 expected[] = {32767, -32767, 32767, -32767, 16384};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(qFromLittleEndian<qint16>(bytes.constData() + 44 + 2 * i), expected[i]);
        }
    }

    void nothingAppearsUntilCommit() {
        const QString wav = m_dir.filePath(QStringLiteral("uncommitted.wav"));
        {
            WavWriter writer(wav, {48000, 2, WavWriter::SampleFormat::Int24, 0});
            QVERIFY(writer.open());
            const Signal source = sine(1000.0, -6.0, 0.1);
            QVERIFY(writer.write(source.samples.data(), source.frames()));
            QVERIFY(!QFile::exists(wav));
        }
        QVERIFY(!QFile::exists(wav));
    }
};

QTEST_GUILESS_MAIN(TestWavWriter)
#include "tst_wavwriter.moc"
