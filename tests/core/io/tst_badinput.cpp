#include "core/analysis/trackanalyzer.h"
#include "core/common/translations.h"
#include "tests/support/testsignals.h"

#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <utility>

#include <sys/stat.h>
#include <unistd.h>

using namespace mixscope;
using namespace mixscope::test;

namespace {

// What the test puts at the path it hands to the analysis.
enum class BadInput {
    EmptyFile,
    WavCutInsideItsHeader,
    RandomBytesAfterFlacHeader,
    RandomBytesAfterMp3Header,
    TextNamedWav,
    PngNamedMp3,
    VideoWithoutAudio,
    Directory,
    Fifo,
    DanglingLink,
    MissingPath,
    DigitalSilence,
    TooShort,
    TooQuiet,
    SampleRateTooLow,
    HeaderClaimsZeroHz,
    HeaderClaimsFourGigahertz,
    HeaderClaimsZeroChannels,
    HeaderClaims65535Channels,
    AiffHeaderClaimsZeroHz,
    FloatSamplesAllNaN,
    FloatSamplesAllInfinite,
    ConcatListOfAnotherFile,
    HlsPlaylistOfAnotherFile,
};

const char* kindName(AnalysisErrorKind kind) {
    switch (kind) {
    case AnalysisErrorKind::FileNotFound:
        return "FileNotFound";
    case AnalysisErrorKind::NotAFile:
        return "NotAFile";
    case AnalysisErrorKind::PermissionDenied:
        return "PermissionDenied";
    case AnalysisErrorKind::EmptyFile:
        return "EmptyFile";
    case AnalysisErrorKind::NotAudio:
        return "NotAudio";
    case AnalysisErrorKind::NoAudioStream:
        return "NoAudioStream";
    case AnalysisErrorKind::UnsupportedCodec:
        return "UnsupportedCodec";
    case AnalysisErrorKind::UnsupportedFormat:
        return "UnsupportedFormat";
    case AnalysisErrorKind::DamagedData:
        return "DamagedData";
    case AnalysisErrorKind::ReadFailed:
        return "ReadFailed";
    case AnalysisErrorKind::Silent:
        return "Silent";
    case AnalysisErrorKind::TooQuiet:
        return "TooQuiet";
    case AnalysisErrorKind::TooShort:
        return "TooShort";
    case AnalysisErrorKind::Cancelled:
        return "Cancelled";
    case AnalysisErrorKind::WriteFailed:
        return "WriteFailed";
    }
    return "?";
}

// Deterministic noise bytes (xorshift32), so that a failure can be reproduced.
QByteArray randomBytes(qsizetype size, std::uint32_t seed) {
    QByteArray bytes(size, Qt::Uninitialized);
    std::uint32_t state = seed;
    for (char& byte : bytes) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        byte = static_cast<char>(state >> 24);
    }
    return bytes;
}

// No input may keep the analysis busy: the longest file here is 10 s of audio.
constexpr qint64 kPatienceMs = 10000;

// What happens to the file on disk once the analysis has read its first block.
enum class Meddling { Deleted, ReplacedByRename, TruncatedInPlace, OverwrittenInPlace };

// Runs an action once, at the first progress report: the analysis has opened
// the file and measured its first block, and has most of the file still to read.
class ActAfterFirstBlock final : public AnalysisObserver {
public:
    explicit ActAfterFirstBlock(std::function<void()> action)
        : m_action(std::move(action)) {}
    void progress(double) override {
        if (m_action) {
            std::exchange(m_action, nullptr)();
        }
    }
    bool isCancelled() const override { return false; }

private:
    std::function<void()> m_action;
};

} // namespace

Q_DECLARE_METATYPE(BadInput)
Q_DECLARE_METATYPE(Meddling)
Q_DECLARE_METATYPE(mixscope::AnalysisErrorKind)

class TestBadInput : public QObject {
    Q_OBJECT

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Creates the bad input and returns its path; empty (and a failed check) on trouble.
    QString make(BadInput input) {
        QString error;
        const auto saved = [&](const QString& name, const QByteArray& bytes) {
            return writeBytes(path(name), bytes) ? path(name) : QString();
        };
        const auto written = [&](const QString& name, const Signal& signal) {
            return writeWav(path(name), signal, WavWriter::SampleFormat::Int16, &error) ? path(name)
                                                                                        : QString();
        };
        // real.wav (16-bit stereo PCM, a plain 16-byte fmt chunk) with one
        // header field replaced: channels at byte 22, sample rate at 24.
        const auto patched = [&](const QString& name, int offset, quint32 value, int bytes) {
            QByteArray wav = readBytes(m_wavPath);
            if (bytes == 2) {
                qToLittleEndian<quint16>(static_cast<quint16>(value), wav.data() + offset);
            } else {
                qToLittleEndian<quint32>(value, wav.data() + offset);
            }
            return saved(name, wav);
        };
        const auto floats = [&](const QString& name, float value) {
            Signal signal = sine(1000.0, -10.0, 2.0);
            std::fill(signal.samples.begin(), signal.samples.end(), value);
            return writeWav(path(name), signal, WavWriter::SampleFormat::Float32, &error)
                       ? path(name)
                       : QString();
        };
        switch (input) {
        case BadInput::EmptyFile:
            return saved(QStringLiteral("empty.wav"), {});
        case BadInput::WavCutInsideItsHeader:
            return saved(QStringLiteral("header-cut.wav"), readBytes(m_wavPath).left(20));
        case BadInput::RandomBytesAfterFlacHeader:
            return saved(QStringLiteral("random.flac"),
                         readBytes(m_flacPath).left(100) + randomBytes(200 * 1024, 1));
        case BadInput::RandomBytesAfterMp3Header:
            return saved(QStringLiteral("random.mp3"),
                         readBytes(m_mp3Path).left(100) + randomBytes(200 * 1024, 2));
        case BadInput::TextNamedWav:
            return saved(QStringLiteral("notes.wav"),
                         QByteArrayLiteral("Verse 1: bring the vocal up 2 dB.\n"
                                           "Chorus: too much 300 Hz.\n"));
        case BadInput::PngNamedMp3:
            return saved(QStringLiteral("cover.mp3"), readBytes(m_pngPath));
        case BadInput::VideoWithoutAudio:
            return runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                              QStringLiteral("color=red:s=16x16:d=1"), QStringLiteral("-c:v"),
                              QStringLiteral("mpeg4"), path(QStringLiteral("video.mkv"))},
                             &error)
                       ? path(QStringLiteral("video.mkv"))
                       : QString();
        case BadInput::Directory:
            return QDir(m_dir.path()).mkpath(QStringLiteral("folder.wav"))
                       ? path(QStringLiteral("folder.wav"))
                       : QString();
        case BadInput::Fifo:
            return ::mkfifo(QFile::encodeName(path(QStringLiteral("pipe.wav"))).constData(),
                            0600) == 0
                       ? path(QStringLiteral("pipe.wav"))
                       : QString();
        case BadInput::DanglingLink:
            return QFile::link(path(QStringLiteral("gone.wav")), path(QStringLiteral("link.wav")))
                       ? path(QStringLiteral("link.wav"))
                       : QString();
        case BadInput::MissingPath:
            return path(QStringLiteral("not-there.wav"));
        case BadInput::DigitalSilence:
            return written(QStringLiteral("silence.wav"), silence(5.0));
        case BadInput::TooShort:
            return written(QStringLiteral("short.wav"), sine(1000.0, -10.0, 0.2));
        case BadInput::TooQuiet:
            // Still a few 16-bit steps tall, but far below the -70 LUFS gate.
            return written(QStringLiteral("quiet.wav"), sine(1000.0, -80.0, 3.0));
        case BadInput::SampleRateTooLow:
            return written(QStringLiteral("4k.wav"), sine(440.0, -10.0, 2.0, 4000));
        case BadInput::HeaderClaimsZeroHz:
            return patched(QStringLiteral("0hz.wav"), 24, 0, 4);
        case BadInput::HeaderClaimsFourGigahertz:
            return patched(QStringLiteral("4ghz.wav"), 24, 4000000000u, 4);
        case BadInput::HeaderClaimsZeroChannels:
            return patched(QStringLiteral("0ch.wav"), 22, 0, 2);
        case BadInput::HeaderClaims65535Channels:
            return patched(QStringLiteral("65535ch.wav"), 22, 65535, 2);
        case BadInput::AiffHeaderClaimsZeroHz: {
            // An AIFF's COMM chunk holds the rate as an 80-bit float, 8 bytes in.
            QByteArray aiff = readBytes(m_aiffPath);
            const qsizetype common = aiff.indexOf("COMM");
            if (common < 0) {
                return {};
            }
            aiff.replace(common + 8 + 8, 10, QByteArray(10, '\0'));
            return saved(QStringLiteral("0hz.aiff"), aiff);
        }
        case BadInput::FloatSamplesAllNaN:
            return floats(QStringLiteral("nan.wav"), std::numeric_limits<float>::quiet_NaN());
        case BadInput::FloatSamplesAllInfinite:
            return floats(QStringLiteral("inf.wav"), std::numeric_limits<float>::infinity());
        case BadInput::ConcatListOfAnotherFile:
            // FFmpeg's concat demuxer recognises this by content and would
            // read real.wav, next to it, in its place.
            return saved(QStringLiteral("list.wav"),
                         QByteArrayLiteral("ffconcat version 1.0\nfile real.wav\n"));
        case BadInput::HlsPlaylistOfAnotherFile:
            return saved(QStringLiteral("playlist.m3u8"),
                         QByteArrayLiteral("#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\n"
                                           "real.wav\n#EXT-X-ENDLIST\n"));
        }
        return {};
    }

    QTemporaryDir m_dir;
    QString m_wavPath;  // 2 s of music-like material, 16-bit WAV
    QString m_flacPath; // the same as FLAC
    QString m_mp3Path;  // the same as MP3
    QString m_pngPath;  // a 16 x 16 red PNG
    QString m_aiffPath; // real.wav as a 16-bit AIFF
    double m_wavLoudnessLufs = 0.0;

private Q_SLOTS:
    void absurdFloatValuesAreDamageNotLoudness() {
        // A float WAV of ±1e30 is not a very loud recording: it is garbage.
        test::Signal garbage = test::sine(1000, -6, 2, 48000);
        for (float& sample : garbage.samples) {
            sample *= 1e30f;
        }
        QVERIFY(test::writeWav(path(QStringLiteral("absurd.wav")), garbage,
                               WavWriter::SampleFormat::Float32));
        const Result<TrackAnalysis> whole =
            TrackAnalyzer::analyze(path(QStringLiteral("absurd.wav")));
        QVERIFY(!whole.ok());
        QCOMPARE(whole.error().kind, AnalysisErrorKind::DamagedData);
        QVERIFY(whole.error().message.contains(QStringLiteral("not valid audio values")));

        // A handful of them in real audio are silenced and reported.
        test::Signal music = test::sine(1000, -6, 2, 48000);
        music.samples[1000] = std::numeric_limits<float>::quiet_NaN();
        music.samples[2001] = 3e20f;
        music.samples[4002] = -std::numeric_limits<float>::infinity();
        QVERIFY(test::writeWav(path(QStringLiteral("specks.wav")), music,
                               WavWriter::SampleFormat::Float32));
        const Result<TrackAnalysis> specks =
            TrackAnalyzer::analyze(path(QStringLiteral("specks.wav")));
        QVERIFY(specks.ok());
        QCOMPARE(specks.value().warnings.size(), 1);
        QVERIFY(specks.value().warnings.front().startsWith(QStringLiteral("3 samples")));
        QVERIFY(std::fabs(*specks.value().levels.samplePeakDbfs + 6.0) < 0.01);
    }

    void initTestCase() {
        Translations::install(QStringLiteral("en")); // "3 samples were…", plural forms
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_wavPath = path(QStringLiteral("real.wav"));
        m_flacPath = path(QStringLiteral("real.flac"));
        m_mp3Path = path(QStringLiteral("real.mp3"));
        m_pngPath = path(QStringLiteral("real.png"));
        m_aiffPath = path(QStringLiteral("real.aiff"));
        QString error;
        QVERIFY2(writeWav(m_wavPath, musicLike(2.0), WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
        QVERIFY2(runFfmpeg({QStringLiteral("-i"), m_wavPath, m_flacPath}, &error),
                 qPrintable(error));
        QVERIFY2(runFfmpeg({QStringLiteral("-i"), m_wavPath, m_aiffPath}, &error),
                 qPrintable(error));
        QVERIFY2(runFfmpeg({QStringLiteral("-i"), m_wavPath, QStringLiteral("-c:a"),
                            QStringLiteral("libmp3lame"), m_mp3Path},
                           &error),
                 qPrintable(error));
        QVERIFY2(runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                            QStringLiteral("color=red:s=16x16"), QStringLiteral("-frames:v"),
                            QStringLiteral("1"), m_pngPath},
                           &error),
                 qPrintable(error));
        const auto reference = TrackAnalyzer::analyze(m_wavPath);
        QVERIFY2(reference, qPrintable(reference ? QString() : reference.error().message));
        m_wavLoudnessLufs = reference.value().loudness.integratedLufs.value_or(0.0);
    }

    void badInputGivesTheRightErrorKind_data() {
        QTest::addColumn<BadInput>("input");
        QTest::addColumn<AnalysisErrorKind>("expectedKind");

        using Kind = AnalysisErrorKind;
        QTest::newRow("empty file") << BadInput::EmptyFile << Kind::EmptyFile;
        QTest::newRow("WAV cut inside its header")
            << BadInput::WavCutInsideItsHeader << Kind::DamagedData;
        QTest::newRow("random bytes after a FLAC header")
            << BadInput::RandomBytesAfterFlacHeader << Kind::DamagedData;
        QTest::newRow("random bytes after an MP3 header")
            << BadInput::RandomBytesAfterMp3Header << Kind::DamagedData;
        QTest::newRow("text named .wav") << BadInput::TextNamedWav << Kind::NotAudio;
        QTest::newRow("PNG named .mp3") << BadInput::PngNamedMp3 << Kind::NotAudio;
        QTest::newRow("video without audio") << BadInput::VideoWithoutAudio << Kind::NoAudioStream;
        QTest::newRow("directory") << BadInput::Directory << Kind::NotAFile;
        QTest::newRow("named pipe") << BadInput::Fifo << Kind::NotAFile;
        QTest::newRow("link to a file that does not exist")
            << BadInput::DanglingLink << Kind::FileNotFound;
        QTest::newRow("path that does not exist") << BadInput::MissingPath << Kind::FileNotFound;
        QTest::newRow("5 s of digital silence") << BadInput::DigitalSilence << Kind::Silent;
        QTest::newRow("0.2 s of audio") << BadInput::TooShort << Kind::TooShort;
        QTest::newRow("-80 dBFS sine") << BadInput::TooQuiet << Kind::TooQuiet;
        QTest::newRow("4 kHz sample rate") << BadInput::SampleRateTooLow << Kind::UnsupportedFormat;
        QTest::newRow("WAV header claiming 0 Hz")
            << BadInput::HeaderClaimsZeroHz << Kind::UnsupportedFormat;
        QTest::newRow("WAV header claiming 4 GHz")
            << BadInput::HeaderClaimsFourGigahertz << Kind::UnsupportedFormat;
        QTest::newRow("WAV header claiming 0 channels")
            << BadInput::HeaderClaimsZeroChannels << Kind::UnsupportedFormat;
        QTest::newRow("WAV header claiming 65535 channels")
            << BadInput::HeaderClaims65535Channels << Kind::UnsupportedFormat;
        QTest::newRow("AIFF header claiming 0 Hz")
            << BadInput::AiffHeaderClaimsZeroHz << Kind::UnsupportedFormat;
        QTest::newRow("float WAV of NaN only") << BadInput::FloatSamplesAllNaN << Kind::DamagedData;
        QTest::newRow("float WAV of +infinity only")
            << BadInput::FloatSamplesAllInfinite << Kind::DamagedData;
        QTest::newRow("concat list naming another file")
            << BadInput::ConcatListOfAnotherFile << Kind::NotAudio;
        QTest::newRow("HLS playlist naming another file")
            << BadInput::HlsPlaylistOfAnotherFile << Kind::NotAudio;
    }

    void badInputGivesTheRightErrorKind() {
        QFETCH(BadInput, input);
        QFETCH(AnalysisErrorKind, expectedKind);

        const QString inputPath = make(input);
        QVERIFY2(!inputPath.isEmpty(), "could not create the bad input");
        // Only a regular file is read here: opening a named pipe waits for a writer.
        const bool regularFile = QFileInfo(inputPath).isFile();
        const QByteArray hashBefore = regularFile ? sha256Of(inputPath) : QByteArray();

        QElapsedTimer timer;
        timer.start();
        const auto result = TrackAnalyzer::analyze(inputPath);
        const qint64 elapsedMs = timer.elapsed();

        QVERIFY2(!result, "the analysis succeeded");
        const AnalysisError& error = result.error();
        qInfo("%s: %s", kindName(error.kind), qPrintable(error.message));
        QVERIFY2(error.kind == expectedKind,
                 qPrintable(QStringLiteral("expected %1, got %2: %3")
                                .arg(QLatin1String(kindName(expectedKind)),
                                     QLatin1String(kindName(error.kind)), error.message)));
        QVERIFY(!error.message.trimmed().isEmpty());
        // One sentence without the file name: the caller adds which file it was.
        QVERIFY2(!error.message.contains(QFileInfo(inputPath).fileName()),
                 qPrintable(error.message));
        QVERIFY2(elapsedMs < kPatienceMs, qPrintable(QStringLiteral("%1 ms").arg(elapsedMs)));
        if (regularFile) {
            QCOMPARE(sha256Of(inputPath), hashBefore);
        }
    }

    void filesThatMayNotBeReadAreNamedAsSuch_data() {
        QTest::addColumn<bool>("lockTheFolder"); // else the file
        QTest::addColumn<QString>("expected");
        QTest::newRow("file without read permission")
            << false << QStringLiteral("there is no permission to read the file");
        QTest::newRow("file in a folder without permission")
            << true << QStringLiteral("there is no permission to open the folder it is in");
    }

    void filesThatMayNotBeReadAreNamedAsSuch() {
        QFETCH(bool, lockTheFolder);
        QFETCH(QString, expected);
        const QString folder = path(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/mix.wav");
        QFile::remove(file);
        QVERIFY(QFile::copy(m_wavPath, file));
        const QString locked = lockTheFolder ? folder : file;
        const auto unlock = qScopeGuard([&locked] {
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        });
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        if (::access(QFile::encodeName(file).constData(), R_OK) == 0) {
            QSKIP("root reads whatever the permissions (tests/bench/hostile-table.sh runs these "
                  "cases as the user nobody)");
        }
        const auto result = TrackAnalyzer::analyze(file);
        QVERIFY(!result);
        qInfo("%s: %s", kindName(result.error().kind), qPrintable(result.error().message));
        QCOMPARE(result.error().kind, AnalysisErrorKind::PermissionDenied);
        QCOMPARE(result.error().message, expected);
    }

    void fileChangedWhileAnalysedIsNamedNotMismeasured_data() {
        QTest::addColumn<Meddling>("meddling");
        QTest::addColumn<bool>("expectAnalysis"); // else ReadFailed
        QTest::addColumn<QString>("expectedText");

        // The open handle still reads the whole old file: its figures stand.
        QTest::newRow("deleted") << Meddling::Deleted << true << "replaced or deleted";
        QTest::newRow("replaced by a rename over it")
            << Meddling::ReplacedByRename << true << "replaced or deleted";
        // The file itself changes under the reader: what it read is not one file.
        QTest::newRow("truncated in place") << Meddling::TruncatedInPlace << false << "changed";
        QTest::newRow("overwritten in place, as cp does")
            << Meddling::OverwrittenInPlace << false << "changed";
    }

    void fileChangedWhileAnalysedIsNamedNotMismeasured() {
        QFETCH(Meddling, meddling);
        QFETCH(bool, expectAnalysis);
        QFETCH(QString, expectedText);

        const QString target = path(QStringLiteral("changing.wav"));
        const QString other = path(QStringLiteral("other.wav"));
        QString error;
        QVERIFY2(writeWav(target, musicLike(10.0), WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
        QVERIFY2(writeWav(other, sine(440.0, -30.0, 10.0), WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
        const auto untouched = TrackAnalyzer::analyze(target);
        QVERIFY(untouched);

        bool acted = false;
        ActAfterFirstBlock observer([&] {
            switch (meddling) {
            case Meddling::Deleted:
                acted = QFile::remove(target);
                break;
            case Meddling::ReplacedByRename:
                acted = ::rename(QFile::encodeName(other).constData(),
                                 QFile::encodeName(target).constData()) == 0;
                break;
            case Meddling::TruncatedInPlace:
                acted = QFile::resize(target, 44 + 48000 * 4);
                break;
            case Meddling::OverwrittenInPlace: {
                QFile file(target);
                acted = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                        file.write(readBytes(other)) > 0;
                break;
            }
            }
        });
        QElapsedTimer timer;
        timer.start();
        const auto result = TrackAnalyzer::analyze(target, &observer);
        QVERIFY(timer.elapsed() < kPatienceMs);
        QVERIFY(acted);

        if (expectAnalysis) {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
            const QString warnings = result.value().warnings.join(QLatin1Char(' '));
            qInfo("warning: %s", qPrintable(warnings));
            QVERIFY2(warnings.contains(expectedText), qPrintable(warnings));
            QCOMPARE(result.value().loudness.integratedLufs,
                     untouched.value().loudness.integratedLufs);
            QCOMPARE(result.value().durationS, 10.0);
        } else {
            QVERIFY(!result);
            qInfo("%s: %s", kindName(result.error().kind), qPrintable(result.error().message));
            QCOMPARE(result.error().kind, AnalysisErrorKind::ReadFailed);
            QVERIFY2(result.error().message.contains(expectedText),
                     qPrintable(result.error().message));
        }
        QFile::remove(target);
        QFile::remove(other);
    }

    void wavClaimingMoreAudioThanItHoldsAnalysesWithAWarning_data() {
        QTest::addColumn<bool>("cutTheFile");
        QTest::addColumn<int>("extraBytes"); // of a frame past the cut

        // The header of a 2 s WAV patched to claim 0xFFFFFF00 bytes of samples.
        QTest::newRow("header claims 4 GB") << false << 0;
        // A 10 s WAV whose end was lost: the header still claims 10 s.
        QTest::newRow("file cut after 2 s") << true << 0;
        // Cut inside a frame, as a copy interrupted anywhere is: the torn last
        // block is the cut itself, not damage of its own.
        QTest::newRow("file cut inside a frame after 2 s") << true << 3;
    }

    void wavClaimingMoreAudioThanItHoldsAnalysesWithAWarning() {
        QFETCH(bool, cutTheFile);
        QFETCH(int, extraBytes);

        QByteArray bytes;
        if (cutTheFile) {
            const QString whole = path(QStringLiteral("ten-seconds.wav"));
            QString error;
            QVERIFY2(writeWav(whole, musicLike(10.0), WavWriter::SampleFormat::Int16, &error),
                     qPrintable(error));
            // 44-byte header, then 2 s of 16-bit stereo at 48 kHz: the same
            // samples as real.wav.
            bytes = readBytes(whole).left(44 + 2 * 48000 * 4 + extraBytes);
        } else {
            bytes = readBytes(m_wavPath);
            const qsizetype dataChunk = bytes.indexOf("data");
            QVERIFY(dataChunk > 0);
            qToLittleEndian<quint32>(0xFFFFFF00u, bytes.data() + dataChunk + 4);
        }
        const QString damaged = path(QStringLiteral("damaged.wav"));
        QVERIFY(writeBytes(damaged, bytes));
        const QByteArray hashBefore = sha256Of(damaged);

        const auto result = TrackAnalyzer::analyze(damaged);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        const TrackAnalysis& analysis = result.value();
        QCOMPARE(analysis.durationS, 2.0);
        QVERIFY(analysis.loudness.integratedLufs);
        QVERIFY(std::fabs(*analysis.loudness.integratedLufs - m_wavLoudnessLufs) <= 0.01);
        const QString warnings = analysis.warnings.join(QLatin1Char(' '));
        qInfo("%s", qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("truncated")) &&
                     warnings.contains(QLatin1String("header")) &&
                     !warnings.contains(QLatin1String("damaged")),
                 qPrintable(warnings));
        QCOMPARE(sha256Of(damaged), hashBefore);
    }

    void nonAsciiFileNameAnalyses() {
        const QString name = QStringLiteral("Mischung – Ä ö 日本語");
        const QString flac = path(name + QStringLiteral(".flac"));
        QString error;
        QVERIFY2(runFfmpeg({QStringLiteral("-i"), m_wavPath, flac}, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(flac));

        const auto result = TrackAnalyzer::analyze(flac);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        const TrackAnalysis& analysis = result.value();
        QCOMPARE(analysis.path, flac);
        QCOMPARE(analysis.stream.codec, QStringLiteral("flac"));
        QCOMPARE(analysis.durationS, 2.0);
        // Without a title tag the file name is the title, and it survives intact.
        QCOMPARE(analysis.tags.title, name);
        QVERIFY(analysis.loudness.integratedLufs);
        QVERIFY(std::fabs(*analysis.loudness.integratedLufs - m_wavLoudnessLufs) <= 0.01);
        QVERIFY(analysis.warnings.isEmpty());
    }

    void analysisLeavesTheFileUntouched_data() {
        QTest::addColumn<QString>("fileName");

        QTest::newRow("WAV") << "real.wav";
        QTest::newRow("FLAC") << "real.flac";
        QTest::newRow("MP3") << "real.mp3";
    }

    void analysisLeavesTheFileUntouched() {
        QFETCH(QString, fileName);

        const QString filePath = path(fileName);
        const QFileInfo before(filePath);
        const auto listing = [this] {
            return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        };
        const QStringList entriesBefore = listing();
        const QByteArray hashBefore = sha256Of(filePath);
        QVERIFY(!hashBefore.isEmpty());

        const auto result = TrackAnalyzer::analyze(filePath);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));

        const QFileInfo after(filePath);
        QCOMPARE(sha256Of(filePath), hashBefore);
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.lastModified(), before.lastModified());
        // Nothing written next to it either: no cache, no temporary file.
        QCOMPARE(listing(), entriesBefore);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
