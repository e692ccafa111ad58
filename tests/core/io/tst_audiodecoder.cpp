#include "core/analysis/loudnessmeter.h"
#include "core/analysis/trackanalyzer.h"
#include "core/io/audiodecoder.h"
#include "tests/support/testsignals.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace mixscope;
using namespace mixscope::test;

Q_DECLARE_METATYPE(mixscope::WavWriter::SampleFormat)

namespace {

constexpr double kMinus3Db = 0.70710678118654752;

// The whole file as one stereo signal, read the way the analysis reads it.
struct Decoded {
    AudioStreamInfo info;
    Signal stereo;
};

std::optional<Decoded> decodeAll(const QString& path, QString* error) {
    auto opened = AudioDecoder::open(path);
    if (!opened) {
        *error = opened.error().message;
        return std::nullopt;
    }
    AudioDecoder& decoder = *opened.value();
    Decoded decoded{decoder.info(), Signal{decoder.info().sampleRateHz, 2, {}}};
    AudioBlock block;
    while (decoder.read(block, 4096)) {
        decoded.stereo.samples.insert(decoded.stereo.samples.end(), block.samples.begin(),
                                      block.samples.end());
    }
    if (decoder.error()) {
        *error = decoder.error()->message;
        return std::nullopt;
    }
    return decoded;
}

float peakOf(const Signal& mono) {
    float peak = 0.0f;
    for (const float sample : mono.samples) {
        peak = std::max(peak, std::fabs(sample));
    }
    return peak;
}

// Largest |a - gain * b| over the length of a (b shorter counts as zeros).
double maxDeviation(const Signal& a, const Signal& b, double gain = 1.0) {
    double worst = 0.0;
    for (std::size_t i = 0; i < a.samples.size(); ++i) {
        const double expected = i < b.samples.size() ? gain * b.samples[i] : 0.0;
        worst = std::max(worst, std::fabs(a.samples[i] - expected));
    }
    return worst;
}

std::optional<double> integratedLoudnessOf(const Signal& stereo) {
    LoudnessMeter meter(stereo.sampleRateHz);
    meter.process(stereo.samples.data(), stereo.frames());
    return meter.finish().integratedLufs;
}

} // namespace

class TestAudioDecoder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sourcePath;            // 10 s of music-like material, float WAV at 48 kHz
    double m_sourceLoudnessLufs = 0; // what the analysis reads on it

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_sourcePath = m_dir.filePath(QStringLiteral("source.wav"));
        QString error;
        QVERIFY2(writeWav(m_sourcePath, musicLike(10.0), WavWriter::SampleFormat::Float32, &error),
                 qPrintable(error));
        const auto source = TrackAnalyzer::analyze(m_sourcePath);
        QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
        QVERIFY(source.value().loudness.integratedLufs);
        m_sourceLoudnessLufs = *source.value().loudness.integratedLufs;
    }

    void everyFormatDecodesToTheLoudnessOfItsSource_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<WavWriter::SampleFormat>(
            "wavFormat"); // used when there are no encoder arguments
        QTest::addColumn<QStringList>("encoderArguments");
        QTest::addColumn<QString>("expectedContainer");
        QTest::addColumn<QString>("expectedCodec");
        QTest::addColumn<bool>("expectedLossless");
        QTest::addColumn<int>("expectedBitDepth"); // 0: none, as for lossy codecs
        QTest::addColumn<double>("toleranceLu");

        const auto args = [](const char* arguments) {
            return QString::fromLatin1(arguments).split(QLatin1Char(' '));
        };
        const QString mp4 = QStringLiteral("mov,mp4,m4a,3gp,3g2,mj2");
        using Format = WavWriter::SampleFormat;
        // clang-format off
        QTest::newRow("WAV 16-bit") << "x.wav" << Format::Int16 << QStringList()
            << "wav" << "pcm_s16le" << true << 16 << 0.1;
        QTest::newRow("WAV 24-bit") << "x.wav" << Format::Int24 << QStringList()
            << "wav" << "pcm_s24le" << true << 24 << 0.1;
        QTest::newRow("WAV 32-bit float") << "x.wav" << Format::Float32 << QStringList()
            << "wav" << "pcm_f32le" << true << 32 << 0.1;
        QTest::newRow("AIFF 16-bit") << "x.aiff" << Format::Float32 << args("-c:a pcm_s16be")
            << "aiff" << "pcm_s16be" << true << 16 << 0.1;
        QTest::newRow("AIFF 24-bit") << "x.aiff" << Format::Float32 << args("-c:a pcm_s24be")
            << "aiff" << "pcm_s24be" << true << 24 << 0.1;
        QTest::newRow("FLAC 16-bit") << "x.flac" << Format::Float32 << args("-c:a flac -sample_fmt s16")
            << "flac" << "flac" << true << 16 << 0.1;
        QTest::newRow("FLAC 24-bit") << "x.flac" << Format::Float32 << args("-c:a flac -sample_fmt s32")
            << "flac" << "flac" << true << 24 << 0.1;
        QTest::newRow("ALAC in M4A") << "x.m4a" << Format::Float32 << args("-c:a alac -sample_fmt s32p")
            << mp4 << "alac" << true << 24 << 0.1;
        QTest::newRow("MP3") << "x.mp3" << Format::Float32 << args("-c:a libmp3lame -b:a 192k")
            << "mp3" << "mp3float" << false << 0 << 0.5;
        QTest::newRow("Ogg Vorbis") << "x.ogg" << Format::Float32 << args("-c:a libvorbis -q:a 5")
            << "ogg" << "vorbis" << false << 0 << 0.5;
        QTest::newRow("Opus") << "x.opus" << Format::Float32 << args("-c:a libopus -b:a 128k")
            << "ogg" << "opus" << false << 0 << 0.5;
        QTest::newRow("AAC in M4A") << "x.m4a" << Format::Float32 << args("-c:a aac -b:a 192k")
            << mp4 << "aac" << false << 0 << 0.5;
        // clang-format on
    }

    void everyFormatDecodesToTheLoudnessOfItsSource() {
        QFETCH(QString, fileName);
        QFETCH(WavWriter::SampleFormat, wavFormat);
        QFETCH(QStringList, encoderArguments);
        QFETCH(QString, expectedContainer);
        QFETCH(QString, expectedCodec);
        QFETCH(bool, expectedLossless);
        QFETCH(int, expectedBitDepth);
        QFETCH(double, toleranceLu);

        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())
                                                .replace(QLatin1Char(' '), QLatin1Char('-')) +
                                            fileName.mid(1));
        QString error;
        if (encoderArguments.isEmpty()) {
            QVERIFY2(writeWav(path, musicLike(10.0), wavFormat, &error), qPrintable(error));
        } else {
            QVERIFY2(runFfmpeg(QStringList{QStringLiteral("-i"), m_sourcePath} + encoderArguments +
                                   QStringList{path},
                               &error),
                     qPrintable(error));
        }

        const auto result = TrackAnalyzer::analyze(path);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        const TrackAnalysis& analysis = result.value();
        const AudioStreamInfo& info = analysis.stream;
        QCOMPARE(info.container, expectedContainer);
        QCOMPARE(info.codec, expectedCodec);
        QVERIFY(!info.codecDescription.isEmpty());
        QCOMPARE(info.lossless, expectedLossless);
        QCOMPARE(info.sampleRateHz, 48000);
        QCOMPARE(info.channels, 2);
        QCOMPARE(info.channelLayout, QStringLiteral("stereo"));
        QCOMPARE(info.bitDepth.value_or(0), expectedBitDepth);
        QCOMPARE(analysis.bitDepth().value_or(0), expectedBitDepth);
        QVERIFY(analysis.warnings.isEmpty());

        QVERIFY(analysis.loudness.integratedLufs);
        const double deviationLu = *analysis.loudness.integratedLufs - m_sourceLoudnessLufs;
        qInfo("%s: %.3f LUFS, %+.3f LU from the WAV source; %.4f s", QTest::currentDataTag(),
              *analysis.loudness.integratedLufs, deviationLu, analysis.durationS);
        QVERIFY2(std::fabs(deviationLu) <= toleranceLu,
                 qPrintable(QStringLiteral("%1 LU from the source").arg(deviationLu)));
        if (expectedLossless) {
            QCOMPARE(analysis.durationS, 10.0);
        } else {
            // Encoder delay and padding: FFmpeg trims what the stream declares.
            QVERIFY2(std::fabs(analysis.durationS - 10.0) <= 0.05,
                     qPrintable(QStringLiteral("%1 s").arg(analysis.durationS)));
        }

        // The same bytes from memory, without a name to guess the format
        // from, decode to the same samples.
        const auto fromMemory = AudioDecoder::openBytes(readBytes(path));
        QVERIFY2(fromMemory, qPrintable(fromMemory ? QString() : fromMemory.error().message));
        AudioDecoder& memory = *fromMemory.value();
        QCOMPARE(memory.info().container, info.container);
        QCOMPARE(memory.info().codec, info.codec);
        QCOMPARE(memory.info().claimedDurationS, info.claimedDurationS);
        const auto fromDisk = decodeAll(path, &error);
        QVERIFY2(fromDisk, qPrintable(error));
        AudioBlock block;
        std::vector<float> samples;
        while (memory.read(block, 4096)) {
            samples.insert(samples.end(), block.samples.begin(), block.samples.end());
        }
        QVERIFY(!memory.error());
        QVERIFY(samples == fromDisk->stereo.samples);
    }

    void bytesThatAreNoAudioFailLikeTheFileWould_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expectedKind");

        QTest::newRow("nothing") << QByteArray() << int(AnalysisErrorKind::EmptyFile);
        QTest::newRow("text") << QByteArrayLiteral("not audio at all, just words\n")
                              << int(AnalysisErrorKind::NotAudio);
        QTest::newRow("a RIFF header and nothing else")
            << QByteArrayLiteral("RIFF\x24\0\0\0WAVEfmt ") << int(AnalysisErrorKind::DamagedData);
    }

    void bytesThatAreNoAudioFailLikeTheFileWould() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, expectedKind);

        const auto opened = AudioDecoder::openBytes(bytes);
        QVERIFY(!opened);
        qInfo("%s", qPrintable(opened.error().message));
        QCOMPARE(int(opened.error().kind), expectedKind);
    }

    void everySampleRateDecodesAtItsOwnRate_data() {
        QTest::addColumn<int>("sampleRateHz");

        for (const int rate : {8000, 11025, 22050, 44100, 48000, 88200, 96000, 176400, 192000}) {
            QTest::addRow("%d Hz", rate) << rate;
        }
    }

    void everySampleRateDecodesAtItsOwnRate() {
        QFETCH(int, sampleRateHz);

        const Signal source = sine(1000.0, -20.0, 2.0, sampleRateHz);
        const QString path = m_dir.filePath(QStringLiteral("rate-%1.wav").arg(sampleRateHz));
        QString error;
        QVERIFY2(writeWav(path, source, WavWriter::SampleFormat::Float32, &error),
                 qPrintable(error));

        const auto decoded = decodeAll(path, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->info.sampleRateHz, sampleRateHz);
        QCOMPARE(decoded->stereo.frames(), source.frames());
        QCOMPARE(maxDeviation(decoded->stereo, source), 0.0);
        const double peakDbfs = 20.0 * std::log10(peakOf(channelOf(decoded->stereo, 0)));
        QVERIFY2(std::fabs(peakDbfs - -20.0) <= 0.05, qPrintable(QString::number(peakDbfs)));

        // The K-weighting filter is designed per rate, so the reading may move a
        // little with the rate, but the file must read as its samples do.
        const auto analysis = TrackAnalyzer::analyze(path);
        QVERIFY2(analysis, qPrintable(analysis ? QString() : analysis.error().message));
        const auto expected = integratedLoudnessOf(source);
        QVERIFY(expected && analysis.value().loudness.integratedLufs);
        const double measured = *analysis.value().loudness.integratedLufs;
        qInfo("%d Hz: %.3f LUFS", sampleRateHz, measured);
        QVERIFY(std::fabs(measured - *expected) <= 0.001);
        QVERIFY(std::fabs(measured - -20.0) <= 0.1);
    }

    void monoDecodesAsDualMono() {
        const Signal mono = channelOf(mix(sine(1000.0, -23.0, 10.0), whiteNoise(-60.0, 10.0)), 0);
        const QString path = m_dir.filePath(QStringLiteral("mono.wav"));
        QString error;
        QVERIFY2(writeWav(path, mono, WavWriter::SampleFormat::Float32, &error), qPrintable(error));

        const auto decoded = decodeAll(path, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->info.channels, 1);
        QCOMPARE(decoded->info.channelLayout, QStringLiteral("mono"));
        QCOMPARE(decoded->stereo.frames(), mono.frames());
        QCOMPARE(maxDeviation(channelOf(decoded->stereo, 0), mono), 0.0);
        QCOMPARE(maxDeviation(channelOf(decoded->stereo, 1), mono), 0.0);

        // Dual mono counts the signal twice, like a stereo file with the same
        // signal on both sides: a -23 dBFS 1 kHz sine reads -23 LUFS, not -26.
        const auto analysis = TrackAnalyzer::analyze(path);
        QVERIFY2(analysis, qPrintable(analysis ? QString() : analysis.error().message));
        QVERIFY(analysis.value().loudness.integratedLufs);
        QVERIFY(std::fabs(*analysis.value().loudness.integratedLufs - -23.0) <= 0.1);
        const QStringList& notes = analysis.value().notes;
        QVERIFY2(notes.join(QLatin1Char(' ')).contains(QLatin1String("dual-mono")),
                 qPrintable(notes.join(QLatin1String("; "))));
    }

    void surroundChannelFoldsIntoStereoByBs775_data() {
        QTest::addColumn<int>("channel");
        QTest::addColumn<double>("leftGain");
        QTest::addColumn<double>("rightGain");

        // WAVE mask 0x60F: FL FR FC LFE SL SR.
        QTest::newRow("front left to the left only") << 0 << 1.0 << 0.0;
        QTest::newRow("front right to the right only") << 1 << 0.0 << 1.0;
        QTest::newRow("centre to both sides at -3 dB") << 2 << kMinus3Db << kMinus3Db;
        QTest::newRow("LFE left out") << 3 << 0.0 << 0.0;
        QTest::newRow("surround left to the left at -3 dB") << 4 << kMinus3Db << 0.0;
        QTest::newRow("surround right to the right at -3 dB") << 5 << 0.0 << kMinus3Db;
    }

    void surroundChannelFoldsIntoStereoByBs775() {
        QFETCH(int, channel);
        QFETCH(double, leftGain);
        QFETCH(double, rightGain);

        const Signal active = channelOf(sine(300.0 + 100.0 * channel, -6.0, 1.0), 0);
        const Signal quiet = silence(1.0, 48000, 1);
        std::vector<Signal> channels(6, quiet);
        channels[static_cast<std::size_t>(channel)] = active;
        const QString path = m_dir.filePath(QStringLiteral("surround-%1.wav").arg(channel));
        QString error;
        QVERIFY2(writeWavWithChannelMask(path, interleave(channels), 0x60F,
                                         WavWriter::SampleFormat::Float32, &error),
                 qPrintable(error));

        const auto decoded = decodeAll(path, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->info.channels, 6);
        QCOMPARE(decoded->info.channelLayout, QStringLiteral("5.1(side)"));
        QVERIFY(decoded->info.isDownmixed());
        QCOMPARE(decoded->stereo.frames(), active.frames());
        const Signal left = channelOf(decoded->stereo, 0);
        const Signal right = channelOf(decoded->stereo, 1);
        QVERIFY(std::fabs(peakOf(left) - leftGain * peakOf(active)) <= 1e-5);
        QVERIFY(std::fabs(peakOf(right) - rightGain * peakOf(active)) <= 1e-5);
        QVERIFY2(maxDeviation(left, active, leftGain) <= 1e-6,
                 qPrintable(QString::number(maxDeviation(left, active, leftGain))));
        QVERIFY2(maxDeviation(right, active, rightGain) <= 1e-6,
                 qPrintable(QString::number(maxDeviation(right, active, rightGain))));
    }

    void surroundMixFoldsEveryChannelAtOnce() {
        std::vector<Signal> channels;
        for (int c = 0; c < 6; ++c) {
            channels.push_back(channelOf(sine(200.0 + 110.0 * c, -14.0, 3.0), 0));
        }
        const QString path = m_dir.filePath(QStringLiteral("surround-all.wav"));
        QString error;
        QVERIFY2(writeWavWithChannelMask(path, interleave(channels), 0x60F,
                                         WavWriter::SampleFormat::Float32, &error),
                 qPrintable(error));

        const auto decoded = decodeAll(path, &error);
        QVERIFY2(decoded, qPrintable(error));
        Signal expectedLeft = channels[0];
        Signal expectedRight = channels[1];
        for (std::size_t i = 0; i < expectedLeft.samples.size(); ++i) {
            const double centre = kMinus3Db * channels[2].samples[i];
            expectedLeft.samples[i] +=
                static_cast<float>(centre + kMinus3Db * channels[4].samples[i]);
            expectedRight.samples[i] +=
                static_cast<float>(centre + kMinus3Db * channels[5].samples[i]);
        }
        QVERIFY(maxDeviation(channelOf(decoded->stereo, 0), expectedLeft) <= 1e-6);
        QVERIFY(maxDeviation(channelOf(decoded->stereo, 1), expectedRight) <= 1e-6);

        const auto analysis = TrackAnalyzer::analyze(path);
        QVERIFY2(analysis, qPrintable(analysis ? QString() : analysis.error().message));
        QCOMPARE(analysis.value().stream.channels, 6);
        const QString notes = analysis.value().notes.join(QLatin1Char(' '));
        QVERIFY2(notes.contains(QLatin1String("downmixed")) &&
                     notes.contains(QLatin1String("5.1(side)")),
                 qPrintable(notes));
    }

    void readDeliversEveryFrameInBlocksOfAtMostMaxFrames_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<double>("durationS");
        QTest::addColumn<int>("maxFrames");

        QTest::newRow("WAV, 10 s, single frames") << "wav" << 10.0 << 1;
        QTest::newRow("WAV, 10 s, 1000 frames") << "wav" << 10.0 << 1000;
        QTest::newRow("WAV, 10 s, more than the file") << "wav" << 10.0 << 1000000;
        QTest::newRow("FLAC, 10 s, 333 frames") << "flac" << 10.0 << 333;
        QTest::newRow("WAV, 5 min, 4096 frames") << "wav" << 300.0 << 4096;
        QTest::newRow("FLAC, 5 min, 4096 frames") << "flac" << 300.0 << 4096;
    }

    void readDeliversEveryFrameInBlocksOfAtMostMaxFrames() {
        QFETCH(QString, format);
        QFETCH(double, durationS);
        QFETCH(int, maxFrames);

        // One second of material repeated: cheap to make, still not silence.
        const Signal second = musicLike(1.0);
        Signal source = second;
        const auto seconds = static_cast<int>(durationS);
        source.samples.reserve(second.samples.size() * static_cast<std::size_t>(seconds));
        for (int i = 1; i < seconds; ++i) {
            source.samples.insert(source.samples.end(), second.samples.begin(),
                                  second.samples.end());
        }
        const QString wavPath = m_dir.filePath(QStringLiteral("long-%1.wav").arg(seconds));
        QString error;
        if (!QFile::exists(wavPath)) {
            QVERIFY2(writeWav(wavPath, source, WavWriter::SampleFormat::Int16, &error),
                     qPrintable(error));
        }
        QString path = wavPath;
        if (format == QLatin1String("flac")) {
            path = m_dir.filePath(QStringLiteral("long-%1.flac").arg(seconds));
            QVERIFY2(runFfmpeg({QStringLiteral("-i"), wavPath, QStringLiteral("-c:a"),
                                QStringLiteral("flac"), QStringLiteral("-compression_level"),
                                QStringLiteral("0"), path},
                               &error),
                     qPrintable(error));
        }

        auto opened = AudioDecoder::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        AudioDecoder& decoder = *opened.value();
        AudioBlock block;
        std::int64_t total = 0;
        std::size_t lastBlockFrames = 0;
        const auto limit = static_cast<std::size_t>(maxFrames);
        while (decoder.read(block, limit)) {
            QVERIFY2(block.frames() <= limit, qPrintable(QString::number(block.frames())));
            // Blocks are full until the end: only the last one may be short.
            QVERIFY2(total == 0 || lastBlockFrames == limit,
                     qPrintable(QStringLiteral("a %1-frame block before the end at frame %2")
                                    .arg(lastBlockFrames)
                                    .arg(total)));
            QVERIFY(block.frames() > 0);
            QCOMPARE(block.samples.size() % 2, std::size_t(0));
            total += static_cast<std::int64_t>(block.frames());
            lastBlockFrames = block.frames();
        }
        QVERIFY(!decoder.error());
        QCOMPARE(total, static_cast<std::int64_t>(source.frames()));
        QCOMPARE(decoder.framesRead(), total);
        QCOMPARE(decoder.damagedPacketCount(), 0);
        const std::size_t remainder = source.frames() % limit;
        QCOMPARE(lastBlockFrames, remainder == 0 ? std::min(limit, source.frames()) : remainder);
        // The end stays the end.
        QVERIFY(!decoder.read(block, limit));
        QVERIFY(block.samples.empty());
    }
};

QTEST_GUILESS_MAIN(TestAudioDecoder)
#include "tst_audiodecoder.moc"
