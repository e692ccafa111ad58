#include "core/playback/playbackengine.h"
#include "tests/support/pulseserver.h"
#include "tests/support/testsignals.h"
#include "ui/playback/audiooutput.h"
#include "ui/playback/playbackcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionfiles.h"
#include "ui/tracks/tracklistmodel.h"

#include <QFile>
#include <QFileInfo>
#include <QMediaDevices>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace mixscope;

// A file changed on disk while the window plays it, through a real device
// (a private PulseAudio null sink, tests/support/pulseserver.h): the window
// names the file and says what happened, and the other tracks still play.
namespace {

constexpr int kAnalysisTimeoutMs = 120000;
constexpr int kRateHz = 48000;

double rmsDb(const std::vector<float>& samples, std::size_t fromFrame, std::size_t toFrame) {
    double sum = 0.0;
    for (std::size_t i = 2 * fromFrame; i < 2 * toFrame && i < samples.size(); ++i) {
        sum += static_cast<double>(samples[i]) * samples[i];
    }
    const auto count = static_cast<double>(2 * (toFrame - fromFrame));
    return 10.0 * std::log10(std::max(sum / count, 1e-30));
}

} // namespace

class PlaybackFileChangesTest : public QObject {
    Q_OBJECT

private:
    test::PulseServer m_server;
    QTemporaryDir m_dir;

    // The mix (a 20 s sine) and a reference (20 s of noise), analysed and
    // ready to play in window.
    bool load(MainWindow& window, const QString& mix, const QString& reference) {
        QString error;
        if (!test::writeWav(mix, test::sine(440.0, -20.0, 20.0, kRateHz),
                            WavWriter::SampleFormat::Int16, &error) ||
            !test::writeWav(reference, test::whiteNoise(-14.0, 20.0, kRateHz),
                            WavWriter::SampleFormat::Int16, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        window.files()->addPaths({mix, reference});
        const QStringList paths{QFileInfo(mix).absoluteFilePath(),
                                QFileInfo(reference).absoluteFilePath()};
        return QTest::qWaitFor([&] { return window.playback()->trackPaths() == paths; },
                               kAnalysisTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString why;
        if (!m_server.start(&why)) {
            QSKIP(qPrintable(why + QStringLiteral(": this playback test needs it")));
        }
        m_server.useInThisProcess();
        QVERIFY2(!QMediaDevices::audioOutputs().isEmpty(), "Qt sees no output device");
    }

    void cleanupTestCase() { m_server.stop(); }

    void aMixCutShortWhilePlayingIsNamedAndTheReferenceStillPlays() {
        MainWindow window;
        window.show();
        const QString mix = m_dir.filePath(QStringLiteral("cut mix.wav"));
        QVERIFY(load(window, mix, m_dir.filePath(QStringLiteral("reference.wav"))));
        PlaybackController* playback = window.playback();
        playback->play();
        QVERIFY2(playback->output()->isActive(), qPrintable(playback->outputError()));
        QTRY_VERIFY_WITH_TIMEOUT(playback->positionS() > 0.5, 10000);

        // Cut to 1 s in place, as an export overwriting the file starts by doing.
        QVERIFY(QFile::resize(mix, 44 + kRateHz * 4));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.statusBar()->currentMessage(),
            QStringLiteral("cut mix.wav stopped playing: the file was changed on disk while it was "
                           "playing (written to or cut short)"),
            10000);
        QTRY_VERIFY(!playback->isPlaying());

        // The reference plays, heard on the device; the cut mix stays silent.
        QTest::keyClick(&window, Qt::Key_2);
        QCOMPARE(playback->currentTrack(), 1);
        QVERIFY(m_server.startRecording());
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(playback->isPlaying());
        const double from = playback->positionS();
        QTest::qWait(1500);
        const std::vector<float> heard = m_server.stopRecording();
        QVERIFY(playback->isPlaying());
        QVERIFY2(playback->positionS() > from + 1.0, qPrintable(QString::number(from)));
        QVERIFY(!playback->engine()->trackStatus(1).failure);
        const std::size_t frames = heard.size() / 2;
        QVERIFY2(frames > static_cast<std::size_t>(kRateHz), "parec recorded less than 1 s");
        const double level = rmsDb(heard, frames - kRateHz / 2, frames);
        qInfo("the reference after the mix failed: %.1f dB RMS on the device", level);
        QVERIFY(level > -40.0);
        playback->pause();
    }

    void aReferenceDeletedWhilePlayingPlaysOnAndIsNamed() {
        MainWindow window;
        window.show();
        const QString reference = m_dir.filePath(QStringLiteral("deleted reference.wav"));
        QVERIFY(load(window, m_dir.filePath(QStringLiteral("mix.wav")), reference));
        PlaybackController* playback = window.playback();
        playback->selectTrack(1);
        playback->play();
        QVERIFY2(playback->output()->isActive(), qPrintable(playback->outputError()));
        QTRY_VERIFY_WITH_TIMEOUT(playback->positionS() > 0.5, 10000);

        QVERIFY(QFile::remove(reference));
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                                  QStringLiteral("deleted reference.wav was replaced or deleted on "
                                                 "disk. Mixscope goes on playing the version it "
                                                 "opened."),
                                  10000);
        const double from = playback->positionS();
        QTRY_VERIFY_WITH_TIMEOUT(playback->positionS() > from + 1.0, 10000);
        QVERIFY(playback->isPlaying());
        QVERIFY(!playback->engine()->trackStatus(1).failure);
        playback->pause();
    }
};

QTEST_MAIN(PlaybackFileChangesTest)
#include "tst_playbackfilechanges.moc"
