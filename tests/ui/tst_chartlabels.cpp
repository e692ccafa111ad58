// What the window's charts write, measured where they write it: every axis
// numbered, no text cut off by the view's edge, no two texts on a chart on
// top of each other (titles, axis numbers, bar values, finding and section
// labels) and no legend beside the views' keys, for the demo,
// a mix with three references and a mix with eight, at laptop and desktop
// sizes. Each check goes through the window: the tabs are shown as a user
// shows them, and the texts are read from the charts' scenes.

#include "core/session/session.h"
#include "tests/support/mixcorpus.h"
#include "ui/charts/chartoverlay.h"
#include "ui/playback/transportbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionfiles.h"
#include "ui/views/dynamicsview.h"
#include "ui/views/spectrumview.h"
#include "ui/views/stereoview.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mixscope;

namespace {

constexpr int kAnalysisTimeoutMs = 120000;

// A text as drawn on a chart: in the chart's scene coordinates.
struct DrawnText {
    QString text;
    QRectF rect;
};

// Every text Qt Charts drew on chart, and every label of its overlays.
std::vector<DrawnText> textsOn(QChart* chart) {
    std::vector<DrawnText> texts;
    const QList<QGraphicsItem*> items = chart->scene()->items();
    for (const QGraphicsItem* item : items) {
        const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
        if (text != nullptr && text->isVisible() && !text->toPlainText().trimmed().isEmpty()) {
            texts.push_back({text->toPlainText(), text->sceneBoundingRect()});
        }
    }
    const QList<QGraphicsItem*> children = chart->childItems();
    for (const QGraphicsItem* child : children) {
        if (const auto* overlay = dynamic_cast<const ChartOverlay*>(child)) {
            for (const ChartOverlay::PlacedLabel& label : overlay->placedLabels()) {
                texts.push_back({label.text, chart->mapRectToScene(label.rect)});
            }
        }
    }
    return texts;
}

// The numbers written beside axis: texts outside the plot on its side that read as numbers.
int numbersBeside(QChart* chart, const QAbstractAxis* axis, const std::vector<DrawnText>& texts) {
    const QRectF plot = chart->mapRectToScene(chart->plotArea());
    int count = 0;
    for (const DrawnText& text : texts) {
        bool isNumber = false;
        chart->locale().toDouble(text.text, &isNumber);
        const QPointF centre = text.rect.center();
        const bool beside = axis->orientation() == Qt::Horizontal
                                ? centre.y() > plot.bottom() && centre.x() >= plot.left() - 20.0 &&
                                      centre.x() <= plot.right() + 20.0
                                : centre.x() < plot.left() && centre.y() >= plot.top() - 10.0 &&
                                      centre.y() <= plot.bottom() + 10.0;
        count += isNumber && beside ? 1 : 0;
    }
    return count;
}

struct Sheet {
    QString name;
    QChart* chart;
};

std::vector<Sheet> chartsOf(MainWindow& window, MainWindow::View view) {
    switch (view) {
    case MainWindow::SpectrumTab:
        return {{QStringLiteral("spectrum"), window.spectrumView()->levelChart()},
                {QStringLiteral("difference"), window.spectrumView()->differenceChart()}};
    case MainWindow::StereoTab:
        return {{QStringLiteral("correlation"), window.stereoView()->correlationChart()},
                {QStringLiteral("width"), window.stereoView()->widthChart()}};
    case MainWindow::DynamicsTab:
        return {{QStringLiteral("loudness"), window.dynamicsView()->loudnessChart()},
                {QStringLiteral("dynamics bars"), window.dynamicsView()->barChart()},
                {QStringLiteral("histogram"), window.dynamicsView()->histogramChart()}};
    default:
        return {};
    }
}

// What check() found on a chart: the first problem (empty if none) and how
// many texts it read.
struct CheckedChart {
    QString problem;
    int texts = 0;
};

// Every text whole in the view, every value axis numbered, no two texts
// overlapping, and no legend (the view's key names the tracks).
CheckedChart check(const Sheet& sheet) {
    CheckedChart checked;
    const std::vector<DrawnText> texts = textsOn(sheet.chart);
    checked.texts = static_cast<int>(texts.size());
    if (texts.size() < 6) {
        checked.problem =
            QStringLiteral("%1 chart: only %2 texts").arg(sheet.name).arg(texts.size());
        return checked;
    }
    // Each text whole in the view, not cut off by its edge.
    const QList<QGraphicsView*> views = sheet.chart->scene()->views();
    if (!views.isEmpty()) {
        const QGraphicsView* view = views.front();
        const QRectF visible = view->mapToScene(view->viewport()->rect())
                                   .boundingRect()
                                   .adjusted(-0.5, -0.5, 0.5, 0.5);
        for (const DrawnText& text : texts) {
            if (!visible.contains(text.rect)) {
                checked.problem = QStringLiteral("%1 chart: \"%2\" is cut off by the view's edge")
                                      .arg(sheet.name, text.text);
                return checked;
            }
        }
    }
    const QList<QAbstractAxis*> axes = sheet.chart->axes();
    for (const QAbstractAxis* axis : axes) {
        if (axis->type() != QAbstractAxis::AxisTypeBarCategory &&
            numbersBeside(sheet.chart, axis, texts) < 2) {
            checked.problem = QStringLiteral("%1 chart: the %2 axis has no numbers")
                                  .arg(sheet.name, axis->orientation() == Qt::Horizontal
                                                       ? QStringLiteral("horizontal")
                                                       : QStringLiteral("vertical"));
            return checked;
        }
    }
    for (std::size_t a = 0; a < texts.size(); ++a) {
        for (std::size_t b = a + 1; b < texts.size(); ++b) {
            const QRectF overlap = texts[a].rect.intersected(texts[b].rect);
            if (overlap.width() >= 0.5 && overlap.height() >= 0.5) {
                checked.problem =
                    QStringLiteral("%1 chart: \"%2\" and \"%3\" overlap by %4 × %5 px")
                        .arg(sheet.name, texts[a].text, texts[b].text)
                        .arg(overlap.width())
                        .arg(overlap.height());
                return checked;
            }
        }
    }
    // The view's key names the tracks in full; a legend beside it would
    // only repeat them, cut short.
    if (sheet.chart->legend()->isVisible()) {
        checked.problem =
            QStringLiteral("%1 chart: a legend beside the view's key").arg(sheet.name);
    }
    return checked;
}

// The key above a view's charts (rich text).
QString keyOf(MainWindow& window, MainWindow::View view) {
    switch (view) {
    case MainWindow::SpectrumTab:
        return window.spectrumView()->keyText();
    case MainWindow::StereoTab:
        return window.stereoView()->keyText();
    case MainWindow::DynamicsTab:
        return window.dynamicsView()->tempoText();
    default:
        return {};
    }
}

bool writeCorpusWav(const QString& path, const test::Signal& signal) {
    QString error;
    const bool written = test::writeWav(path, signal, WavWriter::SampleFormat::Float32, &error);
    if (!written) {
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    }
    return written;
}

} // namespace

class ChartLabelsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_mixAndEight;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A muddy, clipped mix and clean songs of other tempos and keys as
        // references, each with an intro, a verse and a chorus.
        const std::vector<test::CorpusSong> songs = test::corpusSongs();
        const test::CorpusStems mixStems = test::renderSong(songs[0]);
        const QString mixPath = m_dir.filePath(QStringLiteral("my song (final mix v3).wav"));
        QVERIFY(writeCorpusWav(mixPath, test::degradedMix(mixStems, test::Defect::Clipping,
                                                          test::DefectStrength::Strong)));
        m_mixAndEight << mixPath;
        // Eight references: the other five songs clean, then the first three
        // of them again as an alternate master each.
        const std::vector<test::Defect> alternates{test::Defect::TooBright, test::Defect::WideBass,
                                                   test::Defect::Harshness};
        const std::size_t others = songs.size() - 1;
        for (std::size_t i = 1; i <= others + alternates.size(); ++i) {
            const test::CorpusSong& song = songs[1 + (i - 1) % others];
            const test::CorpusStems stems = test::renderSong(song);
            const bool alternate = i > others;
            const test::Signal signal =
                alternate ? test::degradedMix(stems, alternates.at(i - others - 1),
                                              test::DefectStrength::Subtle)
                          : test::cleanMix(stems);
            const QString path = m_dir.filePath(
                QStringLiteral("reference %1 — %2%3.wav")
                    .arg(i)
                    .arg(song.name, alternate ? QStringLiteral(" (alternate master)") : QString()));
            QVERIFY(writeCorpusWav(path, signal));
            m_mixAndEight << path;
        }
        QCOMPARE(m_mixAndEight.size(), 9);
    }

    void everyChartIsNumberedAndNoTwoTextsOverlap_data() {
        QTest::addColumn<int>("references");
        QTest::addColumn<QSize>("size");
        QTest::newRow("demo, 1280x800") << 0 << QSize(1280, 800);
        QTest::newRow("demo, 1920x1080") << 0 << QSize(1920, 1080);
        QTest::newRow("mix and 3 references, 1280x800") << 3 << QSize(1280, 800);
        QTest::newRow("mix and 3 references, 1920x1080") << 3 << QSize(1920, 1080);
        QTest::newRow("mix and 8 references, 1280x800") << 8 << QSize(1280, 800);
    }

    void everyChartIsNumberedAndNoTwoTextsOverlap() {
        QFETCH(int, references);
        QFETCH(QSize, size);
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (references == 0) {
            QVERIFY(window.files()->openDemoSession());
        } else {
            window.files()->addPaths(m_mixAndEight.mid(0, 1 + references));
        }
        Session* session = window.session();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
        QTRY_COMPARE(window.spectrumView()->snapshot().references.size(),
                     std::size_t(std::max(1, references)));
        QVERIFY(!window.spectrumView()->snapshot().findings.empty());
        // The transport, there once the tracks are ready to play, takes its
        // share of the height too.
        const auto* transport = window.findChild<TransportBar*>();
        QVERIFY(transport != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(transport->isVisible(), kAnalysisTimeoutMs);

        int labelsChecked = 0;
        for (const MainWindow::View view :
             {MainWindow::SpectrumTab, MainWindow::StereoTab, MainWindow::DynamicsTab}) {
            window.setCurrentView(view);
            // The view's key above the charts names every track in its
            // colour, in full: the legends need not.
            QString key = keyOf(window, view);
            key.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
                .replace(QChar(0x2011), QLatin1Char('-'));
            for (const ComparedTrack& track : window.stereoView()->snapshot().tracks()) {
                QVERIFY2(key.contains(track.name.toHtmlEscaped()), qPrintable(track.name));
            }
            // Everything fits in the size asked for: a window no taller or
            // wider (Qt would grow it past a laptop's screen).
            QVERIFY2(window.minimumSizeHint().height() <= size.height() &&
                         window.minimumSizeHint().width() <= size.width(),
                     qPrintable(QStringLiteral("the window needs %1 × %2 px")
                                    .arg(window.minimumSizeHint().width())
                                    .arg(window.minimumSizeHint().height())));
            QCOMPARE(window.size(), size);
            for (const Sheet& sheet : chartsOf(window, view)) {
                // Until the tab's layout, the charts' own and the legends'
                // have settled (slow under the sanitizers): then no problem.
                CheckedChart checked;
                QTRY_VERIFY2_WITH_TIMEOUT((checked = check(sheet)).problem.isEmpty(),
                                          qPrintable(checked.problem), 10000);
                labelsChecked += checked.texts;
            }
        }
        qInfo("%d texts on 7 charts, no two overlapping, none cut off, no legend beside "
              "the keys",
              labelsChecked);
    }
};

int main(int argc, char** argv) {
    qputenv("PULSE_SERVER", "unix:/nonexistent/mixscope-test");
    QApplication app(argc, argv);
    ChartLabelsTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_chartlabels.moc"
