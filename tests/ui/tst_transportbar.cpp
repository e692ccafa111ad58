#include "tests/support/testsignals.h"
#include "ui/playback/loudnessoverview.h"
#include "ui/playback/playbackcontroller.h"
#include "ui/playback/transportbar.h"
#include "ui/shell/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLayout>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <vector>

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
        // The buttons carry the names (the file's when there is none yet).
        QCOMPARE(bar.trackButton(0)->text(), QStringLiteral("My mix"));
        QCOMPARE(bar.trackButton(1)->text(), QStringLiteral("Pro master"));
        QCOMPARE(bar.trackButton(2)->text(), QStringLiteral("ref2"));
        QVERIFY(bar.trackButton(0)->font().bold());
        QVERIFY(!bar.trackButton(1)->font().bold());
    }

    // Long names are cut in the middle, so that two versions of one song
    // still read apart; the tooltip has the whole name, and "&" stays itself.
    void longNamesAreCutInTheMiddle() {
        PlaybackController controller;
        TransportBar bar(&controller);
        QCOMPARE(controller.setTracks(m_paths, {0.0, -3.0, -6.0}).size(), 3);
        const QString mix = QStringLiteral("Summer Nights at the Lake House (final mix v3)");
        const QString clean = QStringLiteral("Summer Nights at the Lake House (clean master)");
        bar.setTrackNames({mix, clean, QStringLiteral("Rock & Roll")});
        const QString mixText = bar.trackButton(0)->text();
        const QString cleanText = bar.trackButton(1)->text();
        qInfo("%s | %s | %s", qPrintable(mixText), qPrintable(cleanText),
              qPrintable(bar.trackButton(2)->text()));
        QVERIFY(mixText.contains(QChar(0x2026)) && cleanText.contains(QChar(0x2026)));
        QVERIFY(mixText.startsWith(QStringLiteral("Sum")) &&
                mixText.endsWith(QStringLiteral("v3)")));
        QVERIFY(cleanText.endsWith(QStringLiteral("ter)")));
        QVERIFY(mixText != cleanText);
        QVERIFY(mixText.size() < mix.size());
        QVERIFY(bar.trackButton(0)->toolTip().contains(mix));
        QVERIFY(bar.trackButton(1)->toolTip().contains(clean));
        QCOMPARE(bar.trackButton(2)->text(), QStringLiteral("Rock && Roll"));
    }

    // A mix and eight references across a laptop's window: the buttons get
    // a row of their own, of equal widths, and each name keeps its letters.
    void nineTracksGetARowOfTheirOwn() {
        QStringList paths = m_paths;
        for (int i = 3; i < 9; ++i) {
            paths << writeTone(QStringLiteral("more%1.wav").arg(i), 200.0 + 40.0 * i, 1.0);
        }
        PlaybackController controller;
        TransportBar bar(&controller);
        bar.resize(1270, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QCOMPARE(controller.setTracks(paths.mid(0, 4), QList<double>(4, 0.0)).size(), 4);
        bar.setTrackNames({});
        const int oneRow = bar.sizeHint().height();
        bar.layout()->activate();
        // Beside the play button.
        QTRY_VERIFY(std::abs(bar.trackButton(0)->geometry().center().y() -
                             bar.playButton()->geometry().center().y()) <= 3);
        QStringList names;
        for (int i = 0; i < 9; ++i) {
            names << QStringLiteral("frozenbubble-mainzik take %1").arg(i);
        }
        QCOMPARE(controller.setTracks(paths, QList<double>(9, 0.0)).size(), 9);
        bar.setTrackNames(names);
        bar.resize(1270, bar.sizeHint().height());
        bar.layout()->activate();
        QTRY_VERIFY(bar.trackButton(8) && bar.trackButton(8)->isVisible());
        QVERIFY(bar.sizeHint().height() > oneRow);
        // A row above the controls.
        QTRY_VERIFY(bar.trackButton(0)->geometry().bottom() < bar.playButton()->y());
        QStringList shown;
        for (int i = 0; i < 9; ++i) {
            const QToolButton* button = bar.trackButton(i);
            QVERIFY2(std::abs(button->width() - bar.trackButton(0)->width()) <= 1,
                     qPrintable(QStringLiteral("%1 px beside %2 px")
                                    .arg(button->width())
                                    .arg(bar.trackButton(0)->width())));
            shown << button->text();
            QVERIFY2(button->text().size() >= 12, qPrintable(button->text()));
        }
        qInfo("%d px each: %s", bar.trackButton(0)->width(),
              qPrintable(shown.join(QStringLiteral(" | "))));
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), 9);
    }

    void onAndOffReadApartInEveryTheme_data() {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << static_cast<int>(Theme::Choice::Light);
        QTest::newRow("dark") << static_cast<int>(Theme::Choice::Dark);
    }

    // A toggle that is on looks plainly unlike one that is off, light or
    // dark (the mean colour of the button, as WCAG compares colours), and
    // keeps its size.
    void onAndOffReadApartInEveryTheme() {
        QFETCH(int, theme);
        Theme::apply(static_cast<Theme::Choice>(theme));
        PlaybackController controller;
        TransportBar bar(&controller);
        QCOMPARE(controller.setTracks(m_paths, {0.0, -3.0, -6.0}).size(), 3);
        bar.resize(1200, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QToolButton* mono = nullptr;
        for (QToolButton* button : bar.findChildren<QToolButton*>()) {
            if (button->accessibleName() == QStringLiteral("Mono")) {
                mono = button;
            }
        }
        QVERIFY(mono);
        const auto meanLuminance = [](const QImage& image) {
            double sum = 0.0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor colour = image.pixelColor(x, y);
                    const auto linear = [](double c) {
                        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
                    };
                    sum += 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
                           0.0722 * linear(colour.blueF());
                }
            }
            return sum / (image.width() * image.height());
        };
        QVERIFY(!controller.isMono());
        const QSize offSize = mono->size();
        const double off = meanLuminance(mono->grab().toImage());
        controller.monoAction()->trigger();
        QVERIFY(controller.isMono());
        QTRY_VERIFY(mono->isChecked());
        QCoreApplication::processEvents();
        const double on = meanLuminance(mono->grab().toImage());
        const double contrast = (std::max(on, off) + 0.05) / (std::min(on, off) + 0.05);
        qInfo("Mono off %.3f, on %.3f: contrast %.2f", off, on, contrast);
        QVERIFY2(contrast >= 1.5, qPrintable(QString::number(contrast)));
        QCOMPARE(mono->size(), offSize);

        // A theme chosen while the window is open recolours the buttons too.
        const auto other = static_cast<Theme::Choice>(theme) == Theme::Choice::Dark
                               ? Theme::Choice::Light
                               : Theme::Choice::Dark;
        Theme::apply(other);
        QTest::qWait(50); // the bar restyles once the palette change is through

        const double onInOther = meanLuminance(mono->grab().toImage());
        qInfo("Mono on after switching the theme: %.3f", onInOther);
        controller.monoAction()->trigger();
        QTRY_VERIFY(!mono->isChecked());
        const double offInOther = meanLuminance(mono->grab().toImage());
        qInfo("Mono off after switching the theme: %.3f (before %.3f)", offInOther, off);
        QVERIFY((offInOther > 0.4) == (other == Theme::Choice::Light));
        Theme::apply(Theme::Choice::Light);
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

    void everyBandInTheMenuRejectsTheOctavesAroundIt() {
        // What the user picks in the band list and switches on with the Band
        // solo button, measured on the engine's output (no device here, so
        // the test renders the engine itself): a sine at the band's middle
        // and one octave outside each edge.
        PlaybackController controller;
        TransportBar bar(&controller);
        auto* bands = bar.findChild<QComboBox*>();
        QVERIFY(bands != nullptr);
        QToolButton* solo = nullptr;
        for (QToolButton* button : bar.findChildren<QToolButton*>()) {
            if (button->defaultAction() == controller.bandSoloAction()) {
                solo = button;
            }
        }
        QVERIFY(solo != nullptr);
        PlaybackEngine* engine = controller.engine();
        const double rate = engine->outputRateHz();
        const auto levelDb = [&](double frequencyHz) {
            const double seconds = std::max(2.0, 80.0 / frequencyHz);
            const QString path =
                writeTone(QStringLiteral("band-%1.wav").arg(frequencyHz), frequencyHz, seconds);
            controller.setTracks({path}, {});
            engine->play();
            engine->render(nullptr, 0);
            engine->waitForBuffers(4096, 5000);
            const auto frames = static_cast<std::size_t>(seconds * rate) - 4096;
            std::vector<float> out(2 * frames);
            // Each buffer once the worker has decoded it, as a real device's
            // pace allows: rendering ahead of the worker (under a sanitizer,
            // on a loaded machine) plays silence and measured -285 dB.
            for (std::size_t done = 0; done < frames; done += 512) {
                const std::size_t count = std::min<std::size_t>(512, frames - done);
                if (!engine->waitForBuffers(count, 5000)) {
                    qWarning("the worker did not decode in time");
                }
                engine->render(out.data() + 2 * done, count);
            }
            double sum = 0.0;
            for (std::size_t i = frames; i < 2 * frames; ++i) {
                sum += static_cast<double>(out[i]) * out[i];
            }
            // A sine at -12 dBFS has an RMS of -15.01 dBFS.
            return 10.0 * std::log10(std::max(sum / static_cast<double>(frames), 1e-30)) + 15.01;
        };
        QTest::mouseClick(solo, Qt::LeftButton);
        QVERIFY(controller.isBandSolo());
        for (int index = 0; index < bands->count(); ++index) {
            const QPointF range = bands->itemData(index).toPointF();
            if (range.y() <= range.x()) {
                continue; // a separator
            }
            bands->setCurrentIndex(index);
            QCOMPARE(controller.bandLowHz(), range.x());
            const double middle = levelDb(std::sqrt(range.x() * range.y()));
            const double below = levelDb(range.x() / 2.0);
            const bool aboveFits = range.y() * 2.0 < 0.45 * rate;
            const double above = aboveFits ? levelDb(range.y() * 2.0) : -999.0;
            qInfo("%s: middle %.1f dB, an octave below %.0f Hz %.1f dB, an octave above %.0f Hz "
                  "%s",
                  qPrintable(bands->itemText(index)), middle, range.x(), below, range.y(),
                  aboveFits ? qPrintable(QStringLiteral("%1 dB").arg(above, 0, 'f', 1))
                            : "(beyond what the device plays)");
            QVERIFY2(middle > -1.0, qPrintable(QString::number(middle)));
            // 48 dB per octave (BandSoloFilter); 24 was too gentle to hear a band.
            QVERIFY2(below < -40.0, qPrintable(QString::number(below)));
            QVERIFY2(above < -40.0, qPrintable(QString::number(above)));
        }
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
