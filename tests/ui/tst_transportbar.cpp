#include "tests/support/testsignals.h"
#include "ui/playback/loudnessoverview.h"
#include "ui/playback/playbackcontroller.h"
#include "ui/playback/transportbar.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace mixscope;
using namespace mixscope::test;

class TestTransportBar : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_paths;

    QString writeTone(const QString& name, double frequencyHz, double seconds) {
        const QString path = m_dir.filePath(name);
        writeWav(path, sine(frequencyHz, -12.0, seconds));
        return path;
    }

    void clickAt(QWidget* widget, double fraction) {
        const QPoint point(static_cast<int>(fraction * widget->width()), widget->height() / 2);
        QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, point);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_paths = {writeTone(QStringLiteral("mix.wav"), 220.0, 4.0),
                   writeTone(QStringLiteral("ref1.wav"), 330.0, 4.0),
                   writeTone(QStringLiteral("ref2.wav"), 440.0, 4.0)};
    }

    void barHasOneNamedButtonPerTrack() {
        PlaybackController controller;
        TransportBar bar(&controller);
        const QStringList errors = controller.setTracks(m_paths, {0.0, -3.0, -6.0});
        QCOMPARE(errors, QStringList({QString(), QString(), QString()}));
        bar.setTrackNames({QStringLiteral("My mix"), QStringLiteral("Pro master")});
        QVERIFY(bar.trackButton(0) && bar.trackButton(1) && bar.trackButton(2));
        QVERIFY(!bar.trackButton(3));
        QCOMPARE(bar.trackButton(0)->accessibleName(), QStringLiteral("Mix: My mix"));
        QCOMPARE(bar.trackButton(1)->accessibleName(), QStringLiteral("Reference 1: Pro master"));
        QCOMPARE(bar.trackButton(2)->accessibleName(), QStringLiteral("Reference 2: ref2"));
        QVERIFY(bar.trackButton(0)->isChecked());
        for (QWidget* child : bar.findChildren<QWidget*>()) {
            if (child->isWidgetType() && child->focusPolicy() != Qt::NoFocus &&
                qobject_cast<QToolButton*>(child) != nullptr) {
                QVERIFY2(!child->accessibleName().isEmpty(),
                         "a control without an accessible name");
            }
        }
        QVERIFY(!bar.overview()->accessibleName().isEmpty());
    }

    void shortcutsSelectTracksAndToggleAb() {
        PlaybackController controller;
        TransportBar bar(&controller);
        controller.setTracks(m_paths, {0.0, -3.0, -6.0});
        bar.show();
        bar.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&bar));

        QTest::keyClick(&bar, Qt::Key_3);
        QCOMPARE(controller.currentTrack(), 2);
        QVERIFY(bar.trackButton(2)->isChecked());
        QTest::keyClick(&bar, Qt::Key_A);
        QCOMPARE(controller.currentTrack(), 0);
        QTest::keyClick(&bar, Qt::Key_A);
        QCOMPARE(controller.currentTrack(), 2); // the last reference heard
        QTest::keyClick(&bar, Qt::Key_2);
        QTest::keyClick(&bar, Qt::Key_A);
        QCOMPARE(controller.currentTrack(), 0);
        QTest::keyClick(&bar, Qt::Key_A);
        QCOMPARE(controller.currentTrack(), 1);
        QTest::keyClick(&bar, Qt::Key_9); // no ninth track: ignored
        QCOMPARE(controller.currentTrack(), 1);

        QTest::keyClick(&bar, Qt::Key_M);
        QVERIFY(controller.isMono());
        QTest::keyClick(&bar, Qt::Key_M);
        QVERIFY(!controller.isMono());
        QTest::keyClick(&bar, Qt::Key_B);
        QVERIFY(controller.isBandSolo());
        QTest::keyClick(&bar, Qt::Key_L);
        QVERIFY(controller.isLooping());
        QCOMPARE(controller.loopEndS() - controller.loopStartS(), 4.0);

        controller.seek(2.0);
        QTest::keyClick(&bar, Qt::Key_Right);
        QCOMPARE(controller.positionS(), 4.0); // clamped to the 4 s track
        QTest::keyClick(&bar, Qt::Key_Left);
        QCOMPARE(controller.positionS(), 0.0); // 4 s - 5 s, clamped to the start
    }

    void overviewClickSeeksAndDragLoops() {
        PlaybackController controller;
        TransportBar bar(&controller);
        controller.setTracks(m_paths, {});
        bar.setLoudnessSeries(0, std::vector<std::optional<float>>(40, -20.0f), 0.1);
        bar.resize(800, 80);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        LoudnessOverview* overview = bar.overview();
        QCOMPARE(overview->durationS(), 4.0);

        clickAt(overview, 0.5);
        QVERIFY(std::fabs(controller.positionS() - 2.0) < 0.02);

        const int y = overview->height() / 2;
        QTest::mousePress(overview, Qt::LeftButton, Qt::NoModifier,
                          QPoint(overview->width() / 4, y));
        QMouseEvent move(QEvent::MouseMove, QPointF(overview->width() * 3 / 4, y),
                         overview->mapToGlobal(QPointF(overview->width() * 3 / 4, y)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(overview, &move);
        QTest::mouseRelease(overview, Qt::LeftButton, Qt::NoModifier,
                            QPoint(overview->width() * 3 / 4, y));
        QVERIFY(controller.isLooping());
        QVERIFY(std::fabs(controller.loopStartS() - 1.0) < 0.02);
        QVERIFY(std::fabs(controller.loopEndS() - 3.0) < 0.02);
    }

    void playWithoutAnAudioDeviceSaysWhy() {
        PlaybackController controller;
        controller.setTracks(m_paths, {});
        QSignalSpy failed(&controller, &PlaybackController::outputFailed);
        controller.play();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!controller.outputError().isEmpty());
    }

    void settingsAreRemembered() {
        {
            PlaybackController controller;
            controller.setLoudnessMatching(false);
            controller.setPositionMode(PlaybackEngine::PositionMode::SameRelativePosition);
        }
        PlaybackController controller;
        QVERIFY(!controller.loudnessMatching());
        QVERIFY(!controller.matchLoudnessAction()->isChecked());
        QCOMPARE(controller.positionMode(), PlaybackEngine::PositionMode::SameRelativePosition);
        controller.setLoudnessMatching(true);
        QCOMPARE(QSettings().value(QStringLiteral("playback/matchLoudness")).toBool(), true);
    }
};

int main(int argc, char** argv) {
    // No audio server here, and none may be spawned: point libpulse at nothing.
    qputenv("PULSE_SERVER", "unix:/nonexistent/mixscope-test");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MixscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_transportbar"));
    TestTransportBar test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_transportbar.moc"
