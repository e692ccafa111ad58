#include "core/analysis/loudnessmeter.h"
#include "core/analysis/trackanalyzer.h"
#include "core/common/threadpriority.h"
#include "core/playback/playbackengine.h"
#include "tests/support/pulseserver.h"
#include "tests/support/testsignals.h"
#include "ui/playback/audiooutput.h"

#include <QCoreApplication>
#include <QFile>
#include <QMediaDevices>
#include <QProcess>
#include <QtConcurrent>
#include <QtTest>

#include <algorithm>

#include <cmath>
#include <cstring>

using namespace mixscope;
using namespace mixscope::test;

Q_DECLARE_METATYPE(mixscope::AudioOutput::Mode)

// Plays through a real PulseAudio server that the test starts itself, with a
// null sink whose monitor parec records (tests/support/pulseserver.h).
namespace {

// The window's buffer. An AddressSanitizer build (Debug, instrumented) renders
// several times slower; it is here to check memory, not timing, so it gets
// three times the buffer.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kPushBufferMs = 3 * mixscope::AudioOutput::kDefaultBufferMs;
#else
constexpr int kPushBufferMs = mixscope::AudioOutput::kDefaultBufferMs;
#endif

constexpr int kRateHz = 48000;

struct Recording {
    std::vector<float> samples; // interleaved stereo at kRateHz
    std::size_t frames() const { return samples.size() / 2; }
};

double loudnessOf(const float* samples, std::size_t frames) {
    LoudnessMeter meter(kRateHz);
    meter.process(samples, frames);
    return meter.finish().integratedLufs.value_or(-200.0);
}

// A one-pole low-pass of white noise: dark noise, easy to tell from white noise.
Signal darkNoise(double seconds, std::uint32_t seed) {
    Signal noise = whiteNoise(-6.0, seconds, kRateHz, 2, seed);
    float left = 0.0f;
    float right = 0.0f;
    const float a = 0.06f;
    for (std::size_t i = 0; i < noise.frames(); ++i) {
        left += a * (noise.samples[2 * i] - left);
        right += a * (noise.samples[2 * i + 1] - right);
        noise.samples[2 * i] = left;
        noise.samples[2 * i + 1] = right;
    }
    return noise;
}

// Zero crossings per frame on the left channel.
double crossingRate(const float* samples, std::size_t frames) {
    std::size_t crossings = 0;
    for (std::size_t i = 1; i < frames; ++i) {
        if ((samples[2 * i] >= 0.0f) != (samples[2 * (i - 1)] >= 0.0f)) {
            ++crossings;
        }
    }
    return static_cast<double>(crossings) / static_cast<double>(frames);
}

} // namespace

class TestAudioOutput : public QObject {
    Q_OBJECT

private:
    PulseServer m_server;
    std::int64_t m_readsBefore = 0;

    // Plays the engine while parec records the null sink's monitor; `script`
    // runs the playback (it may wait with QTest::qWait).
    template <typename Script>
    Recording record(AudioOutput& output, int bufferMs, AudioOutput::Mode mode, Script script) {
        Recording recording;
        const QString file = m_server.filePath(QStringLiteral("recording.raw"));
        QFile::remove(file);
        // The null sink keeps the long block it ran with before the first
        // stream came (1.5 s here), so the sink runs, silent, before parec starts.
        if (!output.start(QAudioDevice(), bufferMs, mode)) {
            qWarning("%s", qPrintable(output.errorString()));
            return recording;
        }
        for (int wait = 0; wait < 100 && output.stats().reads < m_readsBefore + 20; ++wait) {
            QTest::qWait(50);
        }
        m_readsBefore = output.stats().reads;
        output.resetLongestReadInterval();
        QProcess parec;
        parec.setProcessEnvironment(m_server.clientEnvironment());
        parec.setStandardOutputFile(file);
        parec.start(
            QStringLiteral("parec"),
            {QStringLiteral("--device=%1.monitor").arg(QLatin1String(PulseServer::kSinkName)),
             QStringLiteral("--format=float32le"), QStringLiteral("--rate=48000"),
             QStringLiteral("--channels=2"), QStringLiteral("--raw"),
             QStringLiteral("--latency-msec=20")});
        if (!parec.waitForStarted(3000)) {
            qWarning("parec does not start: %s", qPrintable(parec.errorString()));
            return recording;
        }
        QTest::qWait(300); // parec connected and recording silence
        script();
        output.stop();
        QTest::qWait(300);
        parec.terminate();
        parec.waitForFinished(3000);
        if (parec.exitStatus() != QProcess::NormalExit && parec.exitCode() != 0) {
            qWarning("parec: %s", parec.readAllStandardError().constData());
        }
        QFile raw(file);
        if (raw.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = raw.readAll();
            recording.samples.resize(static_cast<std::size_t>(bytes.size()) / sizeof(float));
            std::memcpy(recording.samples.data(), bytes.constData(),
                        recording.samples.size() * sizeof(float));
        }
        return recording;
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        if (!m_server.start(&why)) {
            QSKIP(qPrintable(why + QStringLiteral(": the real-device playback test needs it")));
        }
        m_server.useInThisProcess();
        QVERIFY2(!QMediaDevices::audioOutputs().isEmpty(), "Qt sees no output device");
    }

    void cleanupTestCase() { m_server.stop(); }

    void switchedTracksRecordAtMatchedLoudnessWithoutDropouts_data() {
        QTest::addColumn<AudioOutput::Mode>("mode");
        QTest::addColumn<int>("bufferMs");
        QTest::newRow("push, the window's buffer") << AudioOutput::Mode::Push << kPushBufferMs;
        QTest::newRow("pull, default buffer") << AudioOutput::Mode::Pull << 0;
    }

    void switchedTracksRecordAtMatchedLoudnessWithoutDropouts() {
        QFETCH(AudioOutput::Mode, mode);
        QFETCH(int, bufferMs);
        // The mix is dark noise; the reference white noise about 10 dB louder.
        const Signal mix = darkNoise(6.0, 7);
        const Signal reference = whiteNoise(-14.0, 6.0, kRateHz, 2, 8);
        const QString mixPath = m_server.filePath(QStringLiteral("mix.wav"));
        const QString referencePath = m_server.filePath(QStringLiteral("reference.wav"));
        QVERIFY(writeWav(mixPath, mix));
        QVERIFY(writeWav(referencePath, reference));
        const double mixLufs = loudnessOf(mix.samples.data(), mix.frames());
        const double referenceLufs = loudnessOf(reference.samples.data(), reference.frames());
        const double matchGainDb = mixLufs - referenceLufs;
        qInfo("mix %.2f LUFS, reference %.2f LUFS, match gain %.2f dB", mixLufs, referenceLufs,
              matchGainDb);
        QVERIFY(matchGainDb < -8.0);

        PlaybackEngine engine(kRateHz);
        engine.setTracks({{mixPath, 0.0}, {referencePath, matchGainDb}});
        AudioOutput output(&engine);
        const Recording recording = record(output, bufferMs, mode, [&] {
            engine.play();
            for (const int track : {1, 0, 1, 0}) {
                QTest::qWait(1000);
                engine.selectTrack(track);
            }
            QTest::qWait(1000);
        });
        const AudioOutput::Stats stats = output.stats();
        qInfo("sink buffer %lld bytes (%.1f ms), %lld reads, longest gap %.1f ms, "
              "%lld sink underruns, %lld engine underruns, real-time audio thread: %s",
              static_cast<long long>(output.bufferBytes()),
              1000.0 * static_cast<double>(output.bufferBytes()) / (kRateHz * 8.0),
              static_cast<long long>(stats.reads), stats.longestReadIntervalUs / 1000.0,
              static_cast<long long>(stats.sinkUnderruns),
              static_cast<long long>(stats.engineUnderruns), output.isRealtime() ? "yes" : "no");
        QVERIFY2(
            recording.frames() > 4 * kRateHz,
            qPrintable(QStringLiteral("parec recorded only %1 frames").arg(recording.frames())));

        // The played part: from the first to the last sample that is not silence.
        std::size_t first = 0;
        std::size_t last = recording.frames();
        while (first < last && recording.samples[2 * first] == 0.0f) {
            ++first;
        }
        while (last > first && recording.samples[2 * (last - 1)] == 0.0f) {
            --last;
        }
        qInfo("recorded %.2f s, audio from %.3f s to %.3f s", recording.frames() / double(kRateHz),
              first / double(kRateHz), last / double(kRateHz));
        QVERIFY(last - first > 4 * kRateHz);

        // Dropouts: runs of near-silence inside the played part.
        std::size_t longestQuiet = 0;
        std::size_t quiet = 0;
        for (std::size_t i = first; i < last; ++i) {
            const bool silent = std::fabs(recording.samples[2 * i]) < 1e-5f &&
                                std::fabs(recording.samples[2 * i + 1]) < 1e-5f;
            quiet = silent ? quiet + 1 : 0;
            longestQuiet = std::max(longestQuiet, quiet);
        }
        qInfo("longest run of silence inside the playback: %zu frames (%.2f ms)", longestQuiet,
              1000.0 * static_cast<double>(longestQuiet) / kRateHz);
        QVERIFY2(longestQuiet < 96, "a dropout of 2 ms or more");

        // Tell the tracks apart by their brightness, in 100 ms blocks.
        std::vector<float> mixPart;
        std::vector<float> referencePart;
        const std::size_t block = kRateHz / 10;
        for (std::size_t at = first + block; at + 2 * block < last; at += block) {
            const float* samples = recording.samples.data() + 2 * at;
            const double rate = crossingRate(samples, block);
            // Dark noise crosses zero about 0.05 times a frame, white noise 0.5 times.
            if (rate > 0.15 && rate < 0.35) {
                continue; // a crossfade
            }
            std::vector<float>& part = rate <= 0.15 ? mixPart : referencePart;
            part.insert(part.end(), samples, samples + 2 * block);
        }
        QVERIFY2(mixPart.size() / 2 >= std::size_t(kRateHz), "the mix was not heard for 1 s");
        QVERIFY2(referencePart.size() / 2 >= std::size_t(kRateHz),
                 "the reference was not heard for 1 s");
        const double heardMix = loudnessOf(mixPart.data(), mixPart.size() / 2);
        const double heardReference = loudnessOf(referencePart.data(), referencePart.size() / 2);
        qInfo("recorded: mix %.2f LUFS over %.1f s, reference %.2f LUFS over %.1f s: %.2f LU apart",
              heardMix, mixPart.size() / 2.0 / kRateHz, heardReference,
              referencePart.size() / 2.0 / kRateHz, heardReference - heardMix);
        QVERIFY(std::fabs(heardReference - heardMix) <= 0.5);
        QVERIFY(std::fabs(heardMix - mixLufs) <= 0.5);
    }

    void aDeviceThatNeverAnswersCannotFreezeTheWindow() {
        // Qt 6.4's PulseAudio sink waits forever for a stream on a sink that
        // is gone. start() opens only what the system lists; should a device
        // go between the list and the open, it gives up after kOpenTimeoutMs.
        // The thread left waiting makes the process abort when it exits
        // (Qt's sound-server connection is destroyed under it), so this runs
        // in a process of its own, which reports before it exits.
        if (!qEnvironmentVariableIsSet("MIXSCOPE_TEST_STUCK_DEVICE")) {
            QProcess child;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("MIXSCOPE_TEST_STUCK_DEVICE"), QStringLiteral("1"));
            child.setProcessEnvironment(environment);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("aDeviceThatNeverAnswersCannotFreezeTheWindow")});
            QVERIFY(child.waitForFinished(60000));
            const QString output = QString::fromLocal8Bit(child.readAll());
            for (const QString& line : output.split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("QINFO")) ||
                    line.startsWith(QLatin1String("FAIL"))) {
                    qInfo("child: %s", qPrintable(line));
                }
            }
            QVERIFY2(
                output.contains(QLatin1String(
                    "PASS   : TestAudioOutput::aDeviceThatNeverAnswersCannotFreezeTheWindow()")),
                qPrintable(output.right(2000)));
            return;
        }
        const QString name = QStringLiteral("mixscope_gone");
        const int module = m_server.loadNullSink(name);
        QVERIFY(module >= 0);
        QAudioDevice gone;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QAudioDevice& device : QMediaDevices::audioOutputs()) {
                    if (device.id() == name.toUtf8()) {
                        gone = device;
                    }
                }
                return !gone.isNull();
            }(),
            5000);
        QVERIFY(m_server.pactl({QStringLiteral("unload-module"), QString::number(module)}));
        const auto isListed = [](const QAudioDevice& wanted) {
            const QList<QAudioDevice> listed = QMediaDevices::audioOutputs();
            return std::any_of(listed.begin(), listed.end(), [&](const QAudioDevice& device) {
                return device.id() == wanted.id();
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(!isListed(gone), 5000);

        PlaybackEngine engine(kRateHz);
        AudioOutput output(&engine);
        QVERIFY(!output.start(gone, kPushBufferMs));
        QCOMPARE(output.errorString(),
                 QStringLiteral("The audio device %1 is not connected.").arg(gone.description()));

        output.setOpenUnlistedDevicesForTesting(true);
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!output.start(gone, kPushBufferMs));
        qInfo("opening a device that is gone gave up after %lld ms: %s",
              static_cast<long long>(waited.elapsed()), qPrintable(output.errorString()));
        QCOMPARE(output.errorString(),
                 QStringLiteral("The audio device %1 does not answer.").arg(gone.description()));
        QVERIFY(waited.elapsed() < AudioOutput::kOpenTimeoutMs + 2000);
        QVERIFY(!output.isActive());

        // The next device plays, on a fresh audio thread.
        QVERIFY2(output.start(QAudioDevice(), kPushBufferMs), qPrintable(output.errorString()));
        const std::int64_t reads = output.stats().reads;
        QTRY_VERIFY_WITH_TIMEOUT(output.stats().reads > reads + 20, 5000);
        output.stop();
    }

    void underrunsWithSmallBuffersDuringAnalysis() {
        if (qEnvironmentVariableIsEmpty("MIXSCOPE_PLAYBACK_MEASURE")) {
            QSKIP("a measurement, not a check: set MIXSCOPE_PLAYBACK_MEASURE=1 to run it");
        }
        const int bufferMs = qEnvironmentVariableIntValue("MIXSCOPE_PLAYBACK_BUFFER_MS") > 0
                                 ? qEnvironmentVariableIntValue("MIXSCOPE_PLAYBACK_BUFFER_MS")
                                 : AudioOutput::kDefaultBufferMs;
        const QString mixPath = m_server.filePath(QStringLiteral("music.wav"));
        const QString analysedPath = m_server.filePath(QStringLiteral("analysed.wav"));
        QVERIFY(writeWav(mixPath, musicLike(12.0, 44100)));
        QVERIFY(writeWav(analysedPath, musicLike(120.0, 44100)));
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{mixPath, 0.0}, {mixPath, -1.0}});
        AudioOutput output(&engine);
        std::atomic<bool> stop{false};
        std::atomic<int> analyses{0};
        // As the window's track list runs them: at background priority.
        const auto analyse = [&] {
            lowerCurrentThreadPriority();
            while (!stop) {
                TrackAnalyzer::analyze(analysedPath);
                ++analyses;
            }
        };
        QFuture<void> first = QtConcurrent::run(analyse);
        QFuture<void> second = QtConcurrent::run(analyse);
        const Recording recording = record(output, bufferMs, AudioOutput::Mode::Push, [&] {
            engine.play();
            for (int i = 0; i < 10; ++i) {
                QTest::qWait(1000);
                engine.selectTrack(i % 2);
            }
        });
        stop = true;
        first.waitForFinished();
        second.waitForFinished();
        const AudioOutput::Stats stats = output.stats();
        std::size_t gaps = 0;
        std::size_t quiet = 0;
        std::size_t firstAudio = 0;
        while (firstAudio < recording.frames() && recording.samples[2 * firstAudio] == 0.0f) {
            ++firstAudio;
        }
        std::size_t lastAudio = recording.frames();
        while (lastAudio > firstAudio && recording.samples[2 * (lastAudio - 1)] == 0.0f) {
            --lastAudio;
        }
        for (std::size_t i = firstAudio; i < lastAudio; ++i) {
            quiet = recording.samples[2 * i] == 0.0f ? quiet + 1 : 0;
            if (quiet == 48) {
                ++gaps;
            }
        }
        qInfo("%d ms buffer (%lld bytes), 10 s with %d analyses on 2 threads: %lld reads, longest "
              "gap between reads %.1f ms, %lld sink underruns, %lld engine underruns, %zu "
              "recorded gaps of 1 ms or more; real-time audio thread: %s",
              bufferMs, static_cast<long long>(output.bufferBytes()), analyses.load(),
              static_cast<long long>(stats.reads), stats.longestReadIntervalUs / 1000.0,
              static_cast<long long>(stats.sinkUnderruns),
              static_cast<long long>(stats.engineUnderruns), gaps,
              output.isRealtime() ? "yes" : "no");
    }
};

QTEST_GUILESS_MAIN(TestAudioOutput)
#include "tst_audiooutput.moc"
