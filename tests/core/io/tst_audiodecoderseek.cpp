#include "core/io/audiodecoder.h"
#include "tests/support/testsignals.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace mixscope;
using namespace mixscope::test;

namespace {

constexpr int kRateHz = 44100;
constexpr std::int64_t kFrames = 61000; // < 65536, so every frame's counter value is unique

// Frame i carries the counter value (i - 32768) / 32768 on the left and its
// negation on the right: exact in 16-bit, 24-bit and float files.
float counterValue(std::int64_t frame) {
    return static_cast<float>(frame - 32768) / 32768.0f;
}

Signal counterSignal() {
    Signal signal{kRateHz, 2, {}};
    signal.samples.resize(static_cast<std::size_t>(kFrames) * 2);
    for (std::int64_t i = 0; i < kFrames; ++i) {
        signal.samples[static_cast<std::size_t>(2 * i)] = counterValue(i);
        signal.samples[static_cast<std::size_t>(2 * i + 1)] = -counterValue(i);
    }
    return signal;
}

// Every frame of path, read from the start without seeking.
std::vector<float> decodeSequentially(const QString& path) {
    std::vector<float> samples;
    auto opened = AudioDecoder::open(path);
    if (!opened) {
        return samples;
    }
    AudioBlock block;
    while (opened.value()->read(block, 4096)) {
        samples.insert(samples.end(), block.samples.begin(), block.samples.end());
    }
    return samples;
}

} // namespace

class TestAudioDecoderSeek : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString pathFor(const QString& format) const {
        return m_dir.filePath(QStringLiteral("counter.") + format);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const Signal counter = counterSignal();
        QString error;
        QVERIFY2(writeWav(pathFor(QStringLiteral("wav")), counter, WavWriter::SampleFormat::Float32,
                          &error),
                 qPrintable(error));
        const QString int16Path = m_dir.filePath(QStringLiteral("counter16.wav"));
        QVERIFY2(writeWav(int16Path, counter, WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
        QVERIFY2(runFfmpeg({QStringLiteral("-i"), int16Path, QStringLiteral("-c:a"),
                            QStringLiteral("flac"), pathFor(QStringLiteral("flac"))},
                           &error),
                 qPrintable(error));
        QVERIFY2(runFfmpeg({QStringLiteral("-i"), int16Path, QStringLiteral("-c:a"),
                            QStringLiteral("pcm_s16be"), pathFor(QStringLiteral("aiff"))},
                           &error),
                 qPrintable(error));
    }

    void seekLandsOnTheExactFrame_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("frame");
        const QStringList formats{QStringLiteral("wav"), QStringLiteral("flac"),
                                  QStringLiteral("aiff")};
        for (const QString& format : formats) {
            for (const qint64 frame : {qint64(0), qint64(1), qint64(4095), qint64(4096),
                                       qint64(4607), qint64(30001), qint64(kFrames - 1)}) {
                QTest::addRow("%s@%lld", qPrintable(format), static_cast<long long>(frame))
                    << format << frame;
            }
        }
    }

    void seekLandsOnTheExactFrame() {
        QFETCH(QString, format);
        QFETCH(qint64, frame);
        auto opened = AudioDecoder::open(pathFor(format));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        AudioDecoder& decoder = *opened.value();
        AudioBlock block;
        // Read somewhere else first, so that the seek has state to throw away.
        QVERIFY(decoder.read(block, 20000));
        QVERIFY(decoder.seek(frame));
        QCOMPARE(decoder.framesRead(), frame);
        QVERIFY(decoder.read(block, 1000));
        const auto expectedFrames = std::min<std::int64_t>(1000, kFrames - frame);
        QCOMPARE(static_cast<std::int64_t>(block.frames()), expectedFrames);
        // The file's own values (16-bit files quantise the counter), read without seeking.
        const std::vector<float> reference = decodeSequentially(pathFor(format));
        QCOMPARE(static_cast<std::int64_t>(reference.size()), kFrames * 2);
        for (std::size_t i = 0; i < block.samples.size(); ++i) {
            const std::size_t at = static_cast<std::size_t>(frame) * 2 + i;
            if (block.samples[i] != reference[at]) {
                QFAIL(qPrintable(QStringLiteral("sample %1 after the seek is %2, expected %3")
                                     .arg(i)
                                     .arg(double(block.samples[i]))
                                     .arg(double(reference[at]))));
            }
        }
        if (format == QLatin1String("wav")) {
            QCOMPARE(block.samples.front(), counterValue(frame));
        }
        QCOMPARE(decoder.framesRead(), frame + expectedFrames);
    }

    void seekBackAndForthKeepsEveryReadExact() {
        const QString path = pathFor(QStringLiteral("flac"));
        const std::vector<float> reference = decodeSequentially(path);
        auto opened = AudioDecoder::open(path);
        QVERIFY(opened);
        AudioDecoder& decoder = *opened.value();
        AudioBlock block;
        for (const std::size_t frame : {50000, 100, 25000, 24999, 0, 60000}) {
            QVERIFY(decoder.seek(static_cast<std::int64_t>(frame)));
            QVERIFY(decoder.read(block, 300));
            QCOMPARE(block.samples[0], reference[2 * frame]);
            QCOMPARE(block.samples[599], reference[2 * frame + 599]);
        }
    }

    void seekToTheEndEndsTheStreamWithoutError() {
        auto opened = AudioDecoder::open(pathFor(QStringLiteral("wav")));
        QVERIFY(opened);
        AudioDecoder& decoder = *opened.value();
        AudioBlock block;
        QVERIFY(decoder.seek(kFrames));
        QVERIFY(!decoder.read(block, 100));
        QVERIFY(!decoder.error());
        QVERIFY(decoder.seekSeconds(0.5));
        QVERIFY(decoder.read(block, 10));
        QCOMPARE(block.samples.front(), counterValue(kRateHz / 2));
    }
};

QTEST_GUILESS_MAIN(TestAudioDecoderSeek)
#include "tst_audiodecoderseek.moc"
