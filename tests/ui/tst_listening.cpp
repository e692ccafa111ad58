#include "core/analysis/loudnessmeter.h"
#include "core/dsp/biquad.h"
#include "core/session/sessionfile.h"
#include "tests/support/pulseserver.h"
#include "tests/support/testsignals.h"
#include "ui/playback/audiooutput.h"
#include "ui/playback/playbackcontroller.h"
#include "ui/playback/transportbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionfiles.h"
#include "ui/tracks/tracklistmodel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>

using namespace mixscope;

// What a producer hears from the window: the real MainWindow, files loaded
// the ways a user loads them (dropped, on the command line, in a session),
// played and switched with the keys, recorded from a private PulseAudio null
// sink's monitor (tests/support/pulseserver.h) and measured with the
// loudness meter. The sink runs at PulseAudio's default 44.1 kHz and the
// files at 48 kHz, so the player reopens its files for the device's rate
// when it first opens it, as on most desktops.
namespace {

constexpr int kAnalysisTimeoutMs = 120000;
constexpr int kFileRateHz = 48000;
constexpr int kSinkRateHz = 44100;
constexpr int kRecordRateHz = 48000; // PulseServer records at 48 kHz
constexpr double kTrackS = 30.0;
constexpr double kMixLufs = -30.0;
// How long each stretch is recorded, and how much of its start is left out
// (the switch reaching the sink through its 40 ms buffer, parec's start).
constexpr double kStretchS = 1.6;
constexpr double kSkipS = 0.3;

double integratedLufs(const float* interleaved, std::size_t frames, int rateHz) {
    LoudnessMeter meter(rateHz);
    meter.process(interleaved, frames);
    return meter.finish().integratedLufs.value_or(-200.0);
}

// The loudness of what sounds in a stretch: integrated over the recording
// less its dropouts (runs of digital silence of 1 ms or more, and 5 ms either
// side, where the converter smears them), which a loaded machine has now and
// then and which tst_audiooutput counts; *droppedS gets how much was left out.
double soundingLufs(const float* interleaved, std::size_t frames, double* droppedS) {
    constexpr std::size_t kRun = kRecordRateHz / 1000;
    constexpr std::size_t kMargin = kRecordRateHz / 200;
    std::vector<bool> drop(frames, false);
    std::size_t runStart = 0;
    for (std::size_t i = 0; i <= frames; ++i) {
        const bool silent =
            i < frames && interleaved[2 * i] == 0.0f && interleaved[2 * i + 1] == 0.0f;
        if (silent) {
            continue;
        }
        if (i - runStart >= kRun) {
            const std::size_t from = runStart > kMargin ? runStart - kMargin : 0;
            const std::size_t to = std::min(frames, i + kMargin);
            std::fill(drop.begin() + static_cast<std::ptrdiff_t>(from),
                      drop.begin() + static_cast<std::ptrdiff_t>(to), true);
        }
        runStart = i + 1;
    }
    std::vector<float> kept;
    kept.reserve(2 * frames);
    for (std::size_t i = 0; i < frames; ++i) {
        if (!drop[i]) {
            kept.push_back(interleaved[2 * i]);
            kept.push_back(interleaved[2 * i + 1]);
        }
    }
    *droppedS = static_cast<double>(frames - kept.size() / 2) / kRecordRateHz;
    return integratedLufs(kept.data(), kept.size() / 2, kRecordRateHz);
}

double rmsDb(const std::vector<float>& samples) {
    double sum = 0.0;
    for (const float x : samples) {
        sum += static_cast<double>(x) * x;
    }
    return 10.0 * std::log10(std::max(sum / std::max<std::size_t>(1, samples.size()), 1e-30));
}

// Steady noise of its own colour per seed (white through a one-pole
// low-pass of coefficient `a`), scaled to exactly `lufs`.
test::Signal noiseAt(double lufs, std::uint32_t seed, float a, double seconds = kTrackS) {
    test::Signal noise = test::whiteNoise(-6.0, seconds, kFileRateHz, 2, seed);
    // Nothing above 16 kHz: a 44.1 kHz device cannot play what lies above
    // 22 kHz, which white noise at 48 kHz has and the K-weighting counts.
    std::array<Biquad, 4> filters{
        Biquad::lowPass(kFileRateHz, 16000.0), Biquad::lowPass(kFileRateHz, 16000.0),
        Biquad::lowPass(kFileRateHz, 16000.0), Biquad::lowPass(kFileRateHz, 16000.0)};
    float left = 0.0f;
    float right = 0.0f;
    for (std::size_t i = 0; i < noise.frames(); ++i) {
        left += a * (filters[1].process(filters[0].process(noise.samples[2 * i])) - left);
        right += a * (filters[3].process(filters[2].process(noise.samples[2 * i + 1])) - right);
        noise.samples[2 * i] = left;
        noise.samples[2 * i + 1] = right;
    }
    // Steady noise: its first 5 s have the loudness of the whole (and the
    // meter is slow in the sanitizer build).
    const std::size_t measured = std::min<std::size_t>(noise.frames(), 5 * kFileRateHz);
    const auto gain = static_cast<float>(std::pow(
        10.0, (lufs - integratedLufs(noise.samples.data(), measured, kFileRateHz)) / 20.0));
    for (float& x : noise.samples) {
        x *= gain;
    }
    return noise;
}

QString toString(const std::vector<double>& values) {
    QStringList parts;
    for (const double value : values) {
        parts << QString::number(value, 'f', 2);
    }
    return parts.join(QStringLiteral(" / "));
}

} // namespace

class ListeningTest : public QObject {
    Q_OBJECT

private:
    test::PulseServer m_server{kSinkRateHz};
    QTemporaryDir m_dir;
    int m_fileCount = 0;
    double m_droppedS = 0.0; // dropouts left out of the stretches measured so far

    // A new WAV file of steady noise at `lufs` (the mix is kMixLufs).
    QString writeTrack(const QString& name, double lufs, double seconds = kTrackS) {
        const QString path = m_dir.filePath(name);
        QString error;
        const auto seed = static_cast<std::uint32_t>(++m_fileCount);
        if (!test::writeWav(
                path, noiseAt(lufs, seed, 0.05f + 0.15f * static_cast<float>(seed % 6), seconds),
                WavWriter::SampleFormat::Float32, &error)) {
            qWarning("%s", qPrintable(error));
        }
        return QFileInfo(path).absoluteFilePath();
    }

    static void drop(MainWindow& window, const QStringList& paths) {
        auto* mime = new QMimeData;
        QList<QUrl> urls;
        for (const QString& path : paths) {
            urls << QUrl::fromLocalFile(path);
        }
        mime->setUrls(urls);
        const QPointF at(window.width() / 2.0, window.height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QDropEvent dropped(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropped);
        delete mime;
    }

    // Waits until the player holds exactly these files (mix first), which
    // happens once their analyses are in.
    static bool waitForPlayer(MainWindow& window, const QStringList& paths) {
        return QTest::qWaitFor([&] { return window.playback()->trackPaths() == paths; },
                               kAnalysisTimeoutMs);
    }

    static QToolButton* toggle(MainWindow& window, const QString& accessibleName) {
        const QList<QToolButton*> buttons = window.transportBar()->findChildren<QToolButton*>();
        for (QToolButton* button : buttons) {
            if (button->accessibleName() == accessibleName) {
                return button;
            }
        }
        return nullptr;
    }

    // A device just opened (a null sink made moments ago wakes up in long
    // blocks at first): true once it has taken 20 pushes of audio.
    static bool settled(PlaybackController* playback) {
        const std::int64_t reads = playback->output()->stats().reads;
        return QTest::qWaitFor([&] { return playback->output()->stats().reads >= reads + 20; },
                               5000);
    }

    // Records a second of sink's monitor: the RMS level of its last half, dB.
    double recordRmsDb(const QString& sink) {
        if (!m_server.startRecording(sink)) {
            return -400.0;
        }
        if (!QTest::qWaitFor([&] { return m_server.recordedFrames() >= kRecordRateHz; }, 5000)) {
            qWarning("parec recorded %zu frames in 5 s", m_server.recordedFrames());
        }
        const std::vector<float> heard = m_server.stopRecording();
        const std::size_t half = heard.size() / 2;
        return rmsDb(
            std::vector<float>(heard.begin() + static_cast<std::ptrdiff_t>(half), heard.end()));
    }

    // Presses each number key in turn (1 = the mix, 2… the references) and
    // records what the sink plays after it: one loudness per stretch.
    std::vector<double> listen(MainWindow& window, const std::vector<int>& keys, bool mouse) {
        std::vector<double> loudness;
        for (const int key : keys) {
            if (mouse) {
                QToolButton* button = window.transportBar()->trackButton(key - 1);
                if (button == nullptr) {
                    qWarning("no button for track %d", key);
                    return {};
                }
                QTest::mouseClick(button, Qt::LeftButton);
            } else {
                QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_0 + key));
            }
            QTest::qWait(400);
            if (!m_server.startRecording()) {
                qWarning("parec does not start");
                return {};
            }
            // A null sink hands its monitor over in blocks: wait for the audio, not the clock.
            const auto wanted = static_cast<std::size_t>((kSkipS + kStretchS) * kRecordRateHz);
            if (!QTest::qWaitFor([&] { return m_server.recordedFrames() >= wanted; }, 5000)) {
                qWarning("parec recorded %zu frames in 5 s", m_server.recordedFrames());
            }
            const std::vector<float> heard = m_server.stopRecording();
            const auto skip = static_cast<std::size_t>(kSkipS * kRecordRateHz);
            const std::size_t frames = heard.size() / 2;
            if (frames <= skip + kRecordRateHz / 2) {
                qWarning("parec recorded %zu frames", frames);
                return {};
            }
            double droppedS = 0.0;
            loudness.push_back(soundingLufs(heard.data() + 2 * skip, frames - skip, &droppedS));
            m_droppedS += droppedS;
        }
        return loudness;
    }

    // Plays window's tracks and switches through `keys`, with Match loudness
    // on and then off (clicked on the transport bar): matched, every stretch
    // within 0.5 LU of the others; unmatched, each stretch as far from the
    // first as its file is from the first's (expectedLu, ± 0.5 LU).
    void checkListening(MainWindow& window, const std::vector<int>& keys,
                        const std::vector<double>& expectedLu, const char* label,
                        bool mouse = false) {
        PlaybackController* playback = window.playback();
        QVERIFY(playback->loudnessMatching());
        if (!playback->isPlaying()) {
            QTest::keyClick(&window, Qt::Key_Space);
        }
        QVERIFY2(playback->isPlaying(), qPrintable(playback->outputError()));
        QVERIFY2(playback->output()->isActive(), qPrintable(playback->outputError()));
        QVERIFY(settled(playback));

        const std::vector<double> matched = listen(window, keys, mouse);
        QCOMPARE(matched.size(), keys.size());
        QToolButton* match = toggle(window, QStringLiteral("Match loudness"));
        QVERIFY(match != nullptr);
        QTest::mouseClick(match, Qt::LeftButton);
        QVERIFY(!playback->loudnessMatching());
        const std::vector<double> unmatched = listen(window, keys, mouse);
        QCOMPARE(unmatched.size(), keys.size());
        QTest::mouseClick(match, Qt::LeftButton);
        QVERIFY(playback->loudnessMatching());
        playback->pause();

        QStringList order;
        for (const int key : keys) {
            order << QString::number(key);
        }
        qInfo("%s, %s %s: matched %s LUFS; unmatched %s LUFS (dropouts left out: %.0f ms)", label,
              mouse ? "track buttons clicked" : "keys", qPrintable(order.join(QStringLiteral("→"))),
              qPrintable(toString(matched)), qPrintable(toString(unmatched)), 1000.0 * m_droppedS);
        m_droppedS = 0.0;
        const auto [quietest, loudest] = std::minmax_element(matched.begin(), matched.end());
        QVERIFY2(
            *loudest - *quietest < 0.5,
            qPrintable(
                QStringLiteral("matched stretches differ by %1 LU").arg(*loudest - *quietest)));
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const double difference = unmatched[i] - unmatched[0];
            QVERIFY2(std::fabs(difference - expectedLu[i]) < 0.5,
                     qPrintable(QStringLiteral("unmatched stretch %1: %2 LU from the first, "
                                               "expected %3")
                                    .arg(i + 1)
                                    .arg(difference)
                                    .arg(expectedLu[i])));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString why;
        if (!m_server.start(&why)) {
            QSKIP(qPrintable(why + QStringLiteral(": this listening test needs it")));
        }
        m_server.useInThisProcess();
        QVERIFY2(!QMediaDevices::audioOutputs().isEmpty(), "Qt sees no output device");
    }

    void cleanupTestCase() { m_server.stop(); }

    void init() {
        // Every case starts with Match loudness on, as a new user finds it.
        QSettings().setValue(QStringLiteral("playback/matchLoudness"), true);
    }

    void droppedReferenceTenDecibelsLouderPlaysMatched() {
        MainWindow window;
        window.show();
        const QString mix = writeTrack(QStringLiteral("mix.wav"), kMixLufs);
        const QString reference = writeTrack(QStringLiteral("loud reference.wav"), kMixLufs + 10);
        drop(window, {mix, reference});
        QVERIFY(waitForPlayer(window, {mix, reference}));
        checkListening(window, {1, 2, 1}, {0.0, 10.0, 0.0}, "reference 10 dB louder, dropped");
    }

    void referenceQuieterThanTheMixFromTheCommandLinePlaysMatched() {
        MainWindow window;
        window.show();
        const QString mix = writeTrack(QStringLiteral("loud mix.wav"), kMixLufs);
        const QString reference = writeTrack(QStringLiteral("quiet reference.wav"), kMixLufs - 10);
        window.files()->addPaths({mix, reference}); // what `mixscope MIX REF` does
        QVERIFY(waitForPlayer(window, {mix, reference}));
        checkListening(window, {1, 2, 1}, {0.0, -10.0, 0.0},
                       "reference 10 dB quieter, command line");
    }

    void threeReferencesFromASessionPlayMatched() {
        const QString mix = writeTrack(QStringLiteral("session mix.wav"), kMixLufs);
        const QString louder = writeTrack(QStringLiteral("ref +10.wav"), kMixLufs + 10);
        const QString quieter = writeTrack(QStringLiteral("ref -6.wav"), kMixLufs - 6);
        const QString near = writeTrack(QStringLiteral("ref +3.wav"), kMixLufs + 3);
        SessionFile session;
        // Saved with the mix last: the session's roles decide, not the order.
        session.tracks = {{louder, TrackRole::Reference},
                          {quieter, TrackRole::Reference},
                          {near, TrackRole::Reference},
                          {mix, TrackRole::Mix}};
        const QString sessionPath = m_dir.filePath(QStringLiteral("three.mixscope.json"));
        QVERIFY(!session.write(sessionPath));
        MainWindow window;
        window.show();
        drop(window, {sessionPath});
        QVERIFY(waitForPlayer(window, {mix, louder, quieter, near}));
        checkListening(window, {1, 2, 3, 4, 1}, {0.0, 10.0, -6.0, 3.0, 0.0},
                       "three references, session", true);
    }

    void aRoleChangePlaysMatched() {
        MainWindow window;
        window.show();
        const QString first = writeTrack(QStringLiteral("first.wav"), kMixLufs);
        const QString second = writeTrack(QStringLiteral("second.wav"), kMixLufs + 10);
        drop(window, {first, second});
        QVERIFY(waitForPlayer(window, {first, second}));
        // The second file is the mix now: selected, then Track → Use as mix (Ctrl+M).
        auto* table = window.findChild<QTableView*>();
        QVERIFY(table != nullptr);
        table->selectRow(1);
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(waitForPlayer(window, {second, first}));
        checkListening(window, {1, 2, 1}, {0.0, -10.0, 0.0}, "after a role change", true);
    }

    void aReferenceAddedWhilePlayingPlaysMatchedAndPlayingGoesOn() {
        MainWindow window;
        window.show();
        const QString mix = writeTrack(QStringLiteral("playing mix.wav"), kMixLufs);
        const QString first = writeTrack(QStringLiteral("first ref.wav"), kMixLufs + 4);
        drop(window, {mix, first});
        QVERIFY(waitForPlayer(window, {mix, first}));
        PlaybackController* playback = window.playback();
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(playback->isPlaying());
        QTest::qWait(1500);
        QTest::keyClick(&window, Qt::Key_L); // looping the 4 s from here
        QVERIFY(playback->isLooping());
        const double loopStartS = playback->loopStartS();
        const double loopEndS = playback->loopEndS();
        const double before = playback->positionS();
        const QString added = writeTrack(QStringLiteral("added ref.wav"), kMixLufs + 10);
        drop(window, {added});
        QVERIFY(waitForPlayer(window, {mix, first, added}));
        QVERIFY2(playback->isPlaying(), "adding a reference stopped playback");
        QVERIFY2(playback->isLooping(), "adding a reference ended the loop");
        QCOMPARE(playback->loopStartS(), loopStartS);
        QCOMPARE(playback->loopEndS(), loopEndS);
        QVERIFY2(playback->positionS() >= std::min(before, loopStartS),
                 qPrintable(QStringLiteral("the position went from %1 s back to %2 s")
                                .arg(before)
                                .arg(playback->positionS())));
        checkListening(window, {1, 3, 2, 1}, {0.0, 10.0, 4.0, 0.0},
                       "a reference added while playing");
    }

    void playAfterTheEndOnAnotherTrackPlaysAndTheButtonSaysSo() {
        MainWindow window;
        window.show();
        const QString mix = writeTrack(QStringLiteral("short mix.wav"), kMixLufs, 3.0);
        const QString reference = writeTrack(QStringLiteral("short ref.wav"), kMixLufs + 6, 3.0);
        drop(window, {mix, reference});
        QVERIFY(waitForPlayer(window, {mix, reference}));
        PlaybackController* playback = window.playback();
        QAction* playPause = playback->playPauseAction();
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(playback->isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(!playback->isPlaying(), 8000); // the mix played to its end
        QCOMPARE(playPause->text(), QStringLiteral("Play"));
        QTest::mouseClick(window.transportBar()->trackButton(1), Qt::LeftButton);
        QTest::keyClick(&window, Qt::Key_Space);
        // The reference plays from its start, and the button says Pause while it does.
        for (int i = 0; i < 10; ++i) {
            QTest::qWait(100);
            QVERIFY2(playback->isPlaying() && playback->engine()->isPlaying(),
                     qPrintable(QStringLiteral("after %1 ms: window %2, engine %3")
                                    .arg(100 * (i + 1))
                                    .arg(playback->isPlaying())
                                    .arg(playback->engine()->isPlaying())));
            QCOMPARE(playPause->text(), QStringLiteral("Pause"));
        }
        QVERIFY2(playback->positionS() > 0.5 && playback->positionS() < 1.5,
                 qPrintable(QString::number(playback->positionS())));
        QTRY_VERIFY_WITH_TIMEOUT(!playback->isPlaying(), 8000);
        QCOMPARE(playPause->text(), QStringLiteral("Play"));
        QVERIFY(!playback->engine()->isPlaying());
    }

    void theDeviceGoingAwayPausesAndPlayComesBackOnTheNextOne() {
        MainWindow window;
        window.show();
        const QString mix = writeTrack(QStringLiteral("device mix.wav"), kMixLufs);
        const QString reference = writeTrack(QStringLiteral("device ref.wav"), kMixLufs + 6);
        drop(window, {mix, reference});
        QVERIFY(waitForPlayer(window, {mix, reference}));
        PlaybackController* playback = window.playback();
        QAction* playPause = playback->playPauseAction();
        const auto said = [&] {
            return window.statusBar()->currentMessage();
        };

        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(playback->isPlaying());
        QCOMPARE(playPause->text(), QStringLiteral("Pause"));
        QVERIFY(settled(playback));
        QTest::qWait(1000);
        qInfo("1. playing on %s at %.2f s; the button says \"%s\"",
              qPrintable(playback->output()->device().description()), playback->positionS(),
              qPrintable(playPause->text()));

        // The sink goes away (headphones unplugged).
        const int module = m_server.nullSinkModule(QLatin1String(test::PulseServer::kSinkName));
        QVERIFY(module >= 0);
        QVERIFY(m_server.pactl({QStringLiteral("unload-module"), QString::number(module)}));
        QTRY_VERIFY_WITH_TIMEOUT(!playback->isPlaying(), 5000);
        QCOMPARE(playPause->text(), QStringLiteral("Play"));
        QVERIFY2(said().startsWith(QStringLiteral("Playback stopped: The audio device stopped")),
                 qPrintable(said()));
        const double stoppedAt = playback->positionS();
        qInfo("2. sink unloaded: \"%s\"; the button says \"%s\"; at %.2f s", qPrintable(said()),
              qPrintable(playPause->text()), stoppedAt);
        QTest::qWait(500);
        QCOMPARE(playback->positionS(), stoppedAt);

        // Another one comes: Play plays on it, from the same place.
        const QString other = QStringLiteral("mixscope_other");
        QVERIFY(m_server.loadNullSink(other, QStringLiteral("Headphones")) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(playback->outputDevices().size() == 1 &&
                                     playback->outputDevices().first().id() == other.toUtf8(),
                                 5000);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY2(playback->isPlaying(), qPrintable(said()));
        QCOMPARE(playPause->text(), QStringLiteral("Pause"));
        QCOMPARE(playback->output()->device().id(), other.toUtf8());
        QVERIFY(settled(playback));
        const double onOther = recordRmsDb(other);
        qInfo("3. new sink loaded, Play pressed: playing on %s from %.2f s; recorded %.1f dB RMS",
              qPrintable(playback->output()->device().description()), stoppedAt, onOther);
        QVERIFY2(onOther > -60.0, qPrintable(QString::number(onOther)));
        QVERIFY2(
            playback->positionS() > stoppedAt + 0.5 && playback->positionS() < stoppedAt + 2.0,
            qPrintable(
                QStringLiteral("from %1 s to %2 s").arg(stoppedAt).arg(playback->positionS())));

        // Another device becomes the default while playing: the sound follows.
        const QString third = QStringLiteral("mixscope_third");
        QVERIFY(m_server.loadNullSink(third, QStringLiteral("USB-DAC")) >= 0);
        QVERIFY(m_server.pactl({QStringLiteral("set-default-sink"), third}));
        QTRY_COMPARE_WITH_TIMEOUT(playback->output()->device().id(), third.toUtf8(), 5000);
        QVERIFY(playback->isPlaying());
        QVERIFY(settled(playback));
        const double onThird = recordRmsDb(third);
        qInfo("4. %s made the default while playing: \"%s\"; recorded %.1f dB RMS there",
              qPrintable(third), qPrintable(said()), onThird);
        QVERIFY2(onThird > -60.0, qPrintable(QString::number(onThird)));

        // The sound server restarts.
        QString why;
        QVERIFY2(m_server.restart(&why), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(!playback->isPlaying(), 5000);
        QCOMPARE(playPause->text(), QStringLiteral("Play"));
        const double restartedAt = playback->positionS();
        qInfo("5. sound server restarted: \"%s\"; the button says \"%s\"; at %.2f s",
              qPrintable(said()), qPrintable(playPause->text()), restartedAt);
        QElapsedTimer untilPlaying;
        untilPlaying.start();
        QTest::keyClick(&window, Qt::Key_Space); // at once: the server is back, Qt not yet
        QTRY_VERIFY_WITH_TIMEOUT(playback->isPlaying(), 10000);
        const qint64 waitedMs = untilPlaying.elapsed();
        QCOMPARE(playPause->text(), QStringLiteral("Pause"));
        QVERIFY(settled(playback));
        const double afterRestart = recordRmsDb(QLatin1String(test::PulseServer::kSinkName));
        qInfo("6. Play pressed: \"%s\" %lld ms later; playing on %s from %.2f s; recorded %.1f "
              "dB RMS",
              qPrintable(said()), static_cast<long long>(waitedMs),
              qPrintable(playback->output()->device().description()), restartedAt, afterRestart);
        QVERIFY2(
            playback->positionS() > restartedAt + 0.5 && playback->positionS() < restartedAt + 3.0,
            qPrintable(
                QStringLiteral("from %1 s to %2 s").arg(restartedAt).arg(playback->positionS())));
        QVERIFY2(afterRestart > -60.0, qPrintable(QString::number(afterRestart)));
        playback->pause();
    }
};

QTEST_MAIN(ListeningTest)
#include "tst_listening.moc"
