#include "core/playback/playbackengine.h"
#include "tests/support/testsignals.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <new>
#include <thread>

using namespace mixscope;
using namespace mixscope::test;

// Counts heap allocations made by the thread that sets t_countAllocations,
// to show that render() allocates nothing.
namespace {
thread_local bool t_countAllocations = false;
std::atomic<int> g_allocations{0};
} // namespace

void* operator new(std::size_t size) {
    if (t_countAllocations) {
        ++g_allocations;
    }
    void* memory = std::malloc(size == 0 ? 1 : size);
    if (memory == nullptr) {
        std::abort();
    }
    return memory;
}
void operator delete(void* memory) noexcept {
    std::free(memory);
}
void operator delete(void* memory, std::size_t) noexcept {
    std::free(memory);
}

namespace {

constexpr int kRateHz = 48000;

// A float WAV whose frame i holds (i mod 65536 − 32768) / 32768 on both
// channels: every value is exact, so the output names the frame it came from.
float counterValue(std::int64_t frame) {
    return static_cast<float>(frame % 65536 - 32768) / 32768.0f;
}

Signal counterSignal(double seconds, int rateHz = kRateHz) {
    Signal signal{rateHz, 2, {}};
    const auto frames = static_cast<std::int64_t>(seconds * rateHz);
    for (std::int64_t i = 0; i < frames; ++i) {
        signal.samples.push_back(counterValue(i));
        signal.samples.push_back(counterValue(i));
    }
    return signal;
}

double rmsDb(const std::vector<float>& samples, std::size_t fromFrame, std::size_t toFrame,
             int channel = -1) {
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t i = fromFrame; i < toFrame; ++i) {
        for (int c = 0; c < 2; ++c) {
            if (channel < 0 || channel == c) {
                const double x = samples[2 * i + static_cast<std::size_t>(c)];
                sum += x * x;
                ++count;
            }
        }
    }
    return 10.0 * std::log10(std::max(sum / static_cast<double>(count), 1e-30));
}

double maxJump(const std::vector<float>& samples, std::size_t fromFrame, std::size_t toFrame) {
    double worst = 0.0;
    for (std::size_t i = std::max<std::size_t>(fromFrame, 1); i < toFrame; ++i) {
        for (std::size_t c = 0; c < 2; ++c) {
            worst = std::max(
                worst, std::fabs(double(samples[2 * i + c]) - double(samples[2 * (i - 1) + c])));
        }
    }
    return worst;
}

// Renders `frames` frames in device-sized buffers, each only once the worker
// has decoded it: a device-free stand-in for a real-time audio thread.
std::vector<float> renderFrames(PlaybackEngine& engine, std::size_t frames,
                                std::size_t bufferFrames = 480) {
    std::vector<float> out(frames * 2);
    for (std::size_t done = 0; done < frames;) {
        const std::size_t count = std::min(bufferFrames, frames - done);
        if (!engine.waitForBuffers(count, 5000)) {
            qWarning("the worker did not decode in time");
        }
        engine.render(out.data() + 2 * done, count);
        done += count;
    }
    return out;
}

// Applies pending commands (a render of 0 frames) and waits for the decoded audio.
void settle(PlaybackEngine& engine) {
    engine.render(nullptr, 0);
    QVERIFY(engine.waitForBuffers(4096, 5000));
}

} // namespace

class TestPlaybackEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const Signal& signal) {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!writeWav(path, signal, WavWriter::SampleFormat::Float32, &error)) {
            qWarning("%s", qPrintable(error));
        }
        return path;
    }

    const std::size_t m_fade = static_cast<std::size_t>(PlaybackEngine::kCrossfadeS * kRateHz);

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void matchGainIsAppliedExactly_data() {
        QTest::addColumn<double>("gainDb");
        QTest::addColumn<bool>("matching");
        QTest::newRow("-10 dB") << -10.0 << true;
        QTest::newRow("-3.5 dB") << -3.5 << true;
        QTest::newRow("+4.2 dB") << 4.2 << true;
        QTest::newRow("matching off") << -10.0 << false;
    }

    void matchGainIsAppliedExactly() {
        QFETCH(double, gainDb);
        QFETCH(bool, matching);
        const Signal mix = whiteNoise(-20.0, 2.0, kRateHz, 2, 1);
        const Signal reference = whiteNoise(-10.0, 2.0, kRateHz, 2, 2);
        PlaybackEngine engine(kRateHz);
        const auto errors =
            engine.setTracks({{write(QStringLiteral("mix.wav"), mix), 0.0},
                              {write(QStringLiteral("ref.wav"), reference), gainDb}});
        QVERIFY(!errors[0] && !errors[1]);
        engine.setLoudnessMatching(matching);
        engine.selectTrack(1);
        engine.play();
        settle(engine);
        const std::size_t frames = kRateHz;
        const std::vector<float> out = renderFrames(engine, frames);
        // Same rate: output frame i is the file's frame i, after the fade-in.
        std::vector<float> source(reference.samples.begin(),
                                  reference.samples.begin() +
                                      static_cast<std::ptrdiff_t>(2 * frames));
        const double measured = rmsDb(out, m_fade, frames) - rmsDb(source, m_fade, frames);
        const double expected = matching ? gainDb : 0.0;
        qInfo("gain %.2f dB: measured %.5f dB", expected, measured);
        QVERIFY2(std::fabs(measured - expected) < 0.1, qPrintable(QString::number(measured)));
    }

    void matchGainsSentBeforeTheDeviceOpensSurviveItsRate() {
        // The window sends the gains while no device is open; the device then
        // opens at a rate of its own, for which the engine reopens its files.
        const Signal mix = sine(1000.0, -20.0, 2.0, kRateHz);
        const Signal reference = sine(1000.0, -10.0, 2.0, kRateHz);
        PlaybackEngine engine(kRateHz);
        const auto errors =
            engine.setTracks({{write(QStringLiteral("early-mix.wav"), mix), 0.0},
                              {write(QStringLiteral("early-ref.wav"), reference), 0.0}});
        QVERIFY(!errors[0] && !errors[1]);
        engine.setMatchGainDb(1, -10.0);
        engine.setOutputRate(44100);
        engine.selectTrack(1);
        engine.play();
        settle(engine);
        const std::vector<float> out = renderFrames(engine, 44100);
        const double measured = rmsDb(out, 4410, 44100) - rmsDb(reference.samples, 4800, 48000);
        qInfo("-10 dB sent before the device opened at 44.1 kHz: measured %.3f dB", measured);
        QVERIFY2(std::fabs(measured + 10.0) < 0.1, qPrintable(QString::number(measured)));
    }

    void switchCrossfadesWithinOneBufferWithoutAJump() {
        // Two sines in unrelated phase; the reference 10 dB louder and matched down.
        const Signal mix = sine(440.0, -6.0, 3.0, kRateHz);
        const Signal louder = sine(660.0, 4.0, 3.0, kRateHz, 2, 1.0);
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("a.wav"), mix), 0.0},
                          {write(QStringLiteral("b.wav"), louder), -10.0}});
        engine.play();
        settle(engine);
        std::vector<float> out = renderFrames(engine, 24000, 960);
        const std::size_t switchFrame = out.size() / 2;
        engine.selectTrack(1);
        const std::vector<float> after = renderFrames(engine, 24000, 960);
        out.insert(out.end(), after.begin(), after.end());

        // One 20 ms buffer later, the output is exactly the matched reference.
        const float gain = std::pow(10.0f, -10.0f / 20.0f);
        for (std::size_t i = switchFrame + m_fade; i < switchFrame + m_fade + 4800; ++i) {
            QCOMPARE(out[2 * i], gain * louder.samples[2 * i]);
        }
        const double materialJump =
            std::max(maxJump(mix.samples, 0, 24000), gain * maxJump(louder.samples, 0, 24000));
        const double switchJump = maxJump(out, switchFrame - 10, switchFrame + m_fade + 10);
        qInfo("largest step: %.5f across the switch, %.5f in the material (ratio %.3f), "
              "crossfade %zu frames",
              switchJump, materialJump, switchJump / materialJump, m_fade);
        // An equal-power crossfade of two unrelated signals can add up to √2
        // of their slopes at its middle; a cut would jump by up to 1.0 here.
        QVERIFY(switchJump <= std::sqrt(2.0) * materialJump);
        QCOMPARE(engine.currentTrack(), 1);
        QCOMPARE(engine.underrunCount(), std::int64_t(0));
    }

    void switchBetweenNoisesAndMusicStaysWithinTheMaterial_data() {
        QTest::addColumn<bool>("music");
        QTest::newRow("white noise") << false;
        QTest::newRow("music-like") << true;
    }

    void switchBetweenNoisesAndMusicStaysWithinTheMaterial() {
        QFETCH(bool, music);
        // The reference is 10 dB louder and matched down.
        const Signal mix = music ? musicLike(2.0) : whiteNoise(-12.0, 2.0, kRateHz, 2, 3);
        Signal reference = music ? musicLike(3.0) : whiteNoise(-12.0, 3.0, kRateHz, 2, 4);
        const float louder = std::pow(10.0f, 0.5f);
        for (float& sample : reference.samples) {
            sample *= louder;
        }
        if (music) {
            // Other music: the same generator a second later.
            reference.samples.erase(reference.samples.begin(), reference.samples.begin() + 96000);
        }
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("ma.wav"), mix), 0.0},
                          {write(QStringLiteral("mb.wav"), reference), -10.0}});
        engine.play();
        settle(engine);
        const std::size_t switchFrame = 24000;
        std::vector<float> out = renderFrames(engine, switchFrame, 960);
        engine.selectTrack(1);
        const std::vector<float> after = renderFrames(engine, 24000, 960);
        out.insert(out.end(), after.begin(), after.end());
        double material = maxJump(mix.samples, 0, 48000);
        std::vector<float> matched(reference.samples.begin(), reference.samples.begin() + 96000);
        for (float& sample : matched) {
            sample /= louder;
        }
        material = std::max(material, maxJump(matched, 0, 48000));
        const double across = maxJump(out, switchFrame - 10, switchFrame + m_fade + 10);
        qInfo("largest step %.4f across the switch, %.4f in the material (ratio %.3f)", across,
              material, across / material);
        // Equal power keeps the level; for two unrelated signals its middle can
        // add up to sqrt(2) of their steps, never a click's full-scale jump.
        QVERIFY(across <= std::sqrt(2.0) * material);
    }

    void loopRepeatsTheExactFrames() {
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("counter.wav"), counterSignal(1.0)), 0.0}});
        const std::int64_t loopStart = 24000; // 0.5 s
        const std::int64_t loopEnd = 28800;   // 0.6 s
        engine.setLoopRegion(0.5, 0.6);
        engine.seek(0.55);
        engine.setLoop(true);
        engine.play();
        settle(engine);
        const std::vector<float> out = renderFrames(engine, 24000, 333);
        // Every frame is the file's frame at the expected position, times the
        // wrap's linear fades: out over the loop's last, in over its first 5 ms.
        const auto fade = static_cast<std::int64_t>(PlaybackSource::kLoopFadeS * kRateHz);
        const auto gainAt = [&](std::int64_t frame, bool wrapped) {
            if (frame >= loopEnd - fade) {
                return static_cast<double>(loopEnd - frame - 1) / static_cast<double>(fade);
            }
            if (wrapped && frame < loopStart + fade) {
                return static_cast<double>(frame - loopStart) / static_cast<double>(fade);
            }
            return 1.0;
        };
        std::int64_t position = std::lround(out[2 * (m_fade + 1)] * 32768.0) + 32768;
        QVERIFY(position > loopStart + fade && position < loopEnd - fade);
        int wraps = 0;
        for (std::size_t i = m_fade + 1; i < 24000; ++i) {
            const double expected = counterValue(position) * gainAt(position, wraps > 0);
            if (std::fabs(out[2 * i] - expected) > 1e-6 || out[2 * i + 1] != out[2 * i]) {
                QFAIL(qPrintable(QStringLiteral("frame %1: %2, expected %3 (file frame %4)")
                                     .arg(i)
                                     .arg(out[2 * i])
                                     .arg(expected)
                                     .arg(position)));
            }
            if (++position == loopEnd) {
                position = loopStart;
                ++wraps;
            }
        }
        QCOMPARE(wraps, 5); // 0.5 s of a 0.1 s loop entered in its middle: at 0.05, 0.15 … 0.45 s
        // The wrap is a dip to silence, not a jump: the largest step is the fade's.
        float largestStep = 0.0f;
        for (std::size_t i = m_fade + 2; i < 24000; ++i) {
            largestStep = std::max(largestStep, std::fabs(out[2 * i] - out[2 * (i - 1)]));
        }
        QVERIFY2(largestStep < 0.002f, qPrintable(QString::number(largestStep)));
        QVERIFY(engine.positionS() >= 0.5 && engine.positionS() < 0.6);
    }

    void seekLandsOnTheExactFrame() {
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("counter2.wav"), counterSignal(2.0)), 0.0}});
        engine.play();
        settle(engine);
        renderFrames(engine, 4800);
        engine.seek(1.2345);
        const std::int64_t target = std::llround(1.2345 * kRateHz);
        settle(engine);
        const std::vector<float> out = renderFrames(engine, 9600);
        // After the crossfade, output frame r is the file's frame target + r.
        for (std::size_t r = m_fade; r < out.size() / 2; ++r) {
            QCOMPARE(out[2 * r], counterValue(target + static_cast<std::int64_t>(r)));
        }
        QCOMPARE(std::llround(engine.positionS() * kRateHz), target + 9600);
    }

    void monoFoldsBothChannelsToTheirAverage() {
        const Signal left = sine(1000.0, -6.0, 1.0, kRateHz, 1);
        Signal right = left;
        for (float& sample : right.samples) {
            sample = -sample;
        }
        PlaybackEngine engine(kRateHz);
        engine.setTracks(
            {{write(QStringLiteral("antiphase.wav"), interleave({left, right})), 0.0}});
        engine.setMono(true);
        engine.play();
        settle(engine);
        const std::vector<float> out = renderFrames(engine, 24000);
        const double level = rmsDb(out, m_fade, 24000);
        qInfo("mono of L = -R: %.1f dBFS", level);
        QVERIFY(level < -120.0);

        const Signal silent = silence(1.0, kRateHz, 1);
        PlaybackEngine oneSided(kRateHz);
        oneSided.setTracks({{write(QStringLiteral("left.wav"), interleave({left, silent})), 0.0}});
        oneSided.setMono(true);
        oneSided.play();
        settle(oneSided);
        const std::vector<float> folded = renderFrames(oneSided, 24000);
        for (std::size_t i = m_fade; i < 24000; ++i) {
            QCOMPARE(folded[2 * i], 0.5f * left.samples[i]);
            QCOMPARE(folded[2 * i + 1], 0.5f * left.samples[i]);
        }
    }

    void bandSoloPassesTheBandAndRejectsTheRest_data() {
        QTest::addColumn<double>("frequencyHz");
        QTest::addColumn<double>("minGainDb");
        QTest::addColumn<double>("maxGainDb");
        QTest::newRow("300 Hz passes") << 300.0 << -0.5 << 0.5;
        QTest::newRow("60 Hz rejected") << 60.0 << -200.0 << -20.0;
        QTest::newRow("3 kHz rejected") << 3000.0 << -200.0 << -20.0;
    }

    void bandSoloPassesTheBandAndRejectsTheRest() {
        QFETCH(double, frequencyHz);
        QFETCH(double, minGainDb);
        QFETCH(double, maxGainDb);
        const Signal tone = sine(frequencyHz, -6.0, 2.0, kRateHz);
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("tone.wav"), tone), 0.0}});
        engine.setBandSoloRange(150.0, 500.0);
        engine.setBandSolo(true);
        engine.play();
        settle(engine);
        const std::vector<float> out = renderFrames(engine, 48000);
        // After 0.5 s the filters have settled.
        const double gainDb = rmsDb(out, 24000, 48000) - rmsDb(tone.samples, 24000, 48000);
        qInfo("band solo 150-500 Hz at %.0f Hz: %.2f dB", frequencyHz, gainDb);
        QVERIFY2(gainDb >= minGainDb && gainDb <= maxGainDb, qPrintable(QString::number(gainDb)));
    }

    void fileAt44100PlaysAt48000WithItsPitchAndLevel() {
        const Signal tone = sine(1000.0, -6.0, 2.0, 44100);
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("tone441.wav"), tone), 0.0}});
        engine.play();
        settle(engine);
        const std::vector<float> out = renderFrames(engine, 72000);
        // Rising zero crossings, interpolated, over the steady second in the middle.
        std::vector<double> crossings;
        for (std::size_t i = 24000; i < 72000; ++i) {
            const double a = out[2 * (i - 1)];
            const double b = out[2 * i];
            if (a < 0.0 && b >= 0.0) {
                crossings.push_back(static_cast<double>(i - 1) + a / (a - b));
            }
        }
        QVERIFY(crossings.size() > 100);
        const double frequency = static_cast<double>(crossings.size() - 1) * kRateHz /
                                 (crossings.back() - crossings.front());
        const double levelDb = rmsDb(out, 24000, 72000) - (-6.0 - 3.0103);
        qInfo("44.1 kHz file on a 48 kHz engine: %.4f Hz, level error %.4f dB", frequency, levelDb);
        QVERIFY(std::fabs(frequency - 1000.0) < 0.01);
        QVERIFY(std::fabs(levelDb) < 0.1);
    }

    void sameRelativePositionMapsByDuration() {
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("short.wav"), sine(200.0, -6.0, 2.0)), 0.0},
                          {write(QStringLiteral("long.wav"), sine(300.0, -6.0, 4.0)), 0.0}});
        engine.setPositionMode(PlaybackEngine::PositionMode::SameRelativePosition);
        engine.seek(0.5);
        engine.play();
        settle(engine);
        renderFrames(engine, 4800);
        engine.selectTrack(1);
        settle(engine);
        renderFrames(engine, 4800);
        // 0.6 s of 2 s is 1.2 s of 4 s; then 0.1 s more.
        QCOMPARE(std::llround(engine.positionS() * 1000.0), 1300);
    }

    void playStopsAtTheEndOfTheTrack() {
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("short2.wav"), sine(200.0, -6.0, 0.25)), 0.0}});
        engine.play();
        settle(engine);
        renderFrames(engine, 24000);
        QVERIFY(!engine.isPlaying());
        QCOMPARE(engine.positionS(), 0.25);
        engine.play();
        settle(engine);
        renderFrames(engine, 4800);
        QVERIFY(engine.isPlaying());
        QCOMPARE(engine.positionS(), 0.1);
    }

    void playAtTheEndAfterASwitchStartsTheOtherTrackAgain() {
        // The mix played to its end; the user picks the reference and presses
        // Play: it plays from the start, as Play at the end does for the mix.
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("end-mix.wav"), sine(200.0, -6.0, 0.25)), 0.0},
                          {write(QStringLiteral("end-ref.wav"), sine(300.0, -6.0, 0.25)), 0.0}});
        engine.play();
        settle(engine);
        renderFrames(engine, 24000);
        QVERIFY(!engine.isPlaying());
        engine.selectTrack(1);
        engine.play();
        engine.render(nullptr, 0); // both commands taken at once, as a quick user does
        settle(engine);
        renderFrames(engine, 4800);
        QVERIFY(engine.isPlaying());
        QCOMPARE(engine.currentTrack(), 1);
        QCOMPARE(engine.positionS(), 0.1);
    }

    void commandsAreTakenOnlyOnceRendered() {
        // Before the device's first buffer, the status is of the state before
        // the commands: whoever reads it must know.
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("taken.wav"), sine(200.0, -6.0, 1.0)), 0.0}});
        QVERIFY(engine.commandsTaken());
        engine.play();
        engine.seek(0.5);
        QVERIFY(!engine.commandsTaken());
        QVERIFY(!engine.isPlaying());
        engine.render(nullptr, 0);
        QVERIFY(engine.commandsTaken());
        QVERIFY(engine.isPlaying());
    }

    void commandsAreKeptWhenNothingRendersForLong() {
        // No device: nothing calls render(), and the command queue (1024) fills.
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("idle-a.wav"), sine(200.0, -6.0, 3.0)), 0.0},
                          {write(QStringLiteral("idle-b.wav"), sine(300.0, -6.0, 3.0)), 0.0}});
        for (int i = 0; i < 3000; ++i) {
            engine.seek(0.001 * i);
            engine.selectTrack(i % 2);
        }
        engine.seek(1.25);
        engine.selectTrack(1);
        engine.render(nullptr, 0);
        QCOMPARE(engine.currentTrack(), 1); // the last commands win, none is lost
        QCOMPARE(engine.positionS(), 1.25);
    }

    void renderAllocatesNothing() {
        PlaybackEngine engine(kRateHz);
        engine.setTracks({{write(QStringLiteral("n1.wav"), whiteNoise(-12.0, 2.0)), 0.0},
                          {write(QStringLiteral("n2.wav"), whiteNoise(-12.0, 2.0, 44100)), -3.0}});
        engine.setBandSolo(true);
        engine.setMono(true);
        engine.play();
        settle(engine);
        std::vector<float> out(2 * 1024);
        g_allocations = 0;
        for (int i = 0; i < 40; ++i) {
            QVERIFY(engine.waitForBuffers(1024, 5000));
            if (i == 10) {
                engine.selectTrack(1);
            }
            if (i == 20) {
                engine.seek(0.3);
            }
            if (i == 30) {
                engine.setLoopRegion(0.2, 0.4);
                engine.setLoop(true);
            }
            t_countAllocations = true;
            engine.render(out.data(), 1024);
            t_countAllocations = false;
        }
        QCOMPARE(g_allocations.load(), 0);
    }

    void unreadableTrackPlaysAsSilenceAndSaysWhy() {
        PlaybackEngine engine(kRateHz);
        const auto errors =
            engine.setTracks({{write(QStringLiteral("ok.wav"), sine(200.0, -6.0, 0.5)), 0.0},
                              {m_dir.filePath(QStringLiteral("missing.wav")), 0.0}});
        QVERIFY(!errors[0]);
        QVERIFY(errors[1]);
        QCOMPARE(errors[1]->kind, AnalysisErrorKind::FileNotFound);
        engine.selectTrack(1);
        engine.play();
        settle(engine);
        const std::vector<float> out = renderFrames(engine, 4800);
        QVERIFY(rmsDb(out, m_fade, 4800) < -200.0);
    }

    void aTrackCutShortOnDiskStopsWithItsReasonAndTheOthersPlayOn() {
        // 10 s each; the worker reads 2 s ahead of what plays.
        const QString mix = write(QStringLiteral("cut-mix.wav"), sine(200.0, -6.0, 10.0));
        const QString reference = write(QStringLiteral("cut-ref.wav"), sine(300.0, -6.0, 10.0));
        PlaybackEngine engine(kRateHz);
        const auto errors = engine.setTracks({{mix, 0.0}, {reference, 0.0}});
        QVERIFY(!errors[0] && !errors[1]);
        engine.play();
        settle(engine);
        renderFrames(engine, kRateHz / 2);
        QVERIFY(!engine.trackStatus(0).failure);
        // At least 1.5 s read ahead (up to 2.5 s), whatever the build's speed.
        QVERIFY(engine.waitForBuffers(kRateHz * 3 / 2, 10000));

        // Cut to 1 s in place, as an export overwriting the file starts by doing.
        QVERIFY(QFile::resize(mix, 44 + kRateHz * 8));
        const std::vector<float> heard = renderFrames(engine, 3 * kRateHz);
        const PlaybackEngine::TrackStatus status = engine.trackStatus(0);
        QVERIFY2(status.failure, "the cut went unnoticed");
        QCOMPARE(status.failure->kind, AnalysisErrorKind::ReadFailed);
        QVERIFY2(status.failure->message.contains(QStringLiteral("changed on disk")),
                 qPrintable(status.failure->message));
        // What was read before the cut played whole; then it stopped, as at an end.
        QVERIFY(rmsDb(heard, 0, kRateHz) > -12.0);
        QVERIFY(!engine.isPlaying());
        QVERIFY(!engine.trackStatus(1).failure);

        // The reference still plays, and the cut file stays silent, sought or not.
        engine.selectTrack(1);
        engine.seek(5.0);
        engine.play();
        settle(engine);
        const std::vector<float> reference5s = renderFrames(engine, kRateHz / 2);
        QVERIFY(rmsDb(reference5s, m_fade, kRateHz / 2) > -12.0);
        QVERIFY(engine.isPlaying());
        engine.selectTrack(0);
        engine.seek(0.0);
        engine.play();
        settle(engine);
        const std::vector<float> cut = renderFrames(engine, kRateHz / 2);
        QVERIFY(rmsDb(cut, m_fade, kRateHz / 2) < -200.0);
    }

    void aTrackDeletedOnDiskPlaysOnWhole() {
        const QString mix = write(QStringLiteral("deleted-mix.wav"), sine(200.0, -6.0, 6.0));
        PlaybackEngine engine(kRateHz);
        QVERIFY(!engine.setTracks({{mix, 0.0}})[0]);
        engine.play();
        settle(engine);
        renderFrames(engine, kRateHz / 2);
        QVERIFY(QFile::remove(mix));
        const std::vector<float> heard = renderFrames(engine, 5 * kRateHz);
        QVERIFY(engine.trackStatus(0).replacedOnDisk);
        QVERIFY(!engine.trackStatus(0).failure);
        // Every frame of it, from the handle opened before it was deleted.
        QVERIFY(rmsDb(heard, 0, 5 * kRateHz) > -12.0);
        QVERIFY(rmsDb(heard, 5 * kRateHz - 4800, 5 * kRateHz) > -12.0);
    }

    void filesPreparedOnAnotherThreadAreTakenOverNotOpenedAgain() {
        const QString mix = write(QStringLiteral("prepared-mix.wav"), sine(200.0, -6.0, 1.0));
        const QString missing = m_dir.filePath(QStringLiteral("prepared-missing.wav"));
        PlaybackEngine engine(kRateHz);
        PlaybackEngine::PreparedTracks prepared;
        std::thread worker([&] {
            prepared = PlaybackEngine::prepareTracks({mix, missing}, engine.outputRateHz(),
                                                     engine.readAheadS());
        });
        worker.join();
        QVERIFY(prepared.sources[0] && !prepared.errors[0]);
        QCOMPARE(prepared.errors[1]->kind, AnalysisErrorKind::FileNotFound);
        // Deleted now: only the prepared source can still play it.
        QVERIFY(QFile::remove(mix));
        const auto errors = engine.setTracks({{mix, 0.0}, {missing, 0.0}}, std::move(prepared));
        QVERIFY2(!errors[0], "the prepared file was opened again");
        QCOMPARE(errors[1]->kind, AnalysisErrorKind::FileNotFound);
        engine.play();
        settle(engine);
        QVERIFY(rmsDb(renderFrames(engine, 4800), m_fade, 4800) > -20.0);

        // Prepared for another output rate, they are not used.
        const QString other = write(QStringLiteral("prepared-other.wav"), sine(200.0, -6.0, 1.0));
        PlaybackEngine::PreparedTracks wrongRate =
            PlaybackEngine::prepareTracks({other}, 44100, engine.readAheadS());
        QVERIFY(QFile::remove(other));
        const auto reopened = engine.setTracks({{other, 0.0}}, std::move(wrongRate));
        QVERIFY(reopened[0]);
        QCOMPARE(reopened[0]->kind, AnalysisErrorKind::FileNotFound);
    }

    void filesAlreadyOpenAreKeptWhenTracksChange() {
        // Adding a reference must not reopen the others: the window calls
        // setTracks() whenever an analysis finishes. A kept file still plays
        // after it is deleted (its descriptor stays open); a new one cannot.
        const QString mix = write(QStringLiteral("kept-mix.wav"), sine(200.0, -6.0, 1.0));
        const QString first = write(QStringLiteral("kept-ref.wav"), sine(300.0, -6.0, 1.0));
        PlaybackEngine engine(kRateHz);
        auto errors = engine.setTracks({{mix, 0.0}, {first, -1.0}});
        QVERIFY(!errors[0] && !errors[1]);
        QVERIFY(QFile::remove(first));
        const QString second = write(QStringLiteral("kept-ref2.wav"), sine(400.0, -6.0, 1.0));
        errors = engine.setTracks({{mix, 0.0}, {second, -2.0}, {first, -1.0}});
        QVERIFY(!errors[0] && !errors[1]);
        QVERIFY2(!errors[2], "the deleted but still open reference was opened again");
        engine.selectTrack(2);
        engine.play();
        settle(engine);
        const std::vector<float> out = renderFrames(engine, 4800);
        QVERIFY(rmsDb(out, m_fade, 4800) > -20.0); // the 300 Hz tone, from the kept source

        errors = engine.setTracks({{mix, 0.0}}); // dropped: closed
        errors = engine.setTracks({{mix, 0.0}, {first, -1.0}});
        QVERIFY(errors[1]);
        QCOMPARE(errors[1]->kind, AnalysisErrorKind::FileNotFound);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackEngine)
#include "tst_playbackengine.moc"
