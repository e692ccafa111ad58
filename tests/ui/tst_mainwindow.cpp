#include "core/session/session.h"
#include "tests/support/dropfiles.h"
#include "tests/support/readonlyfolder.h"
#include "tests/support/testsignals.h"
#include "ui/charts/vectorscopewidget.h"
#include "ui/findings/findingdetails.h"
#include "ui/findings/findinglistmodel.h"
#include "ui/findings/findingspanel.h"
#include "ui/playback/playbackcontroller.h"
#include "ui/playback/transportbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionfiles.h"
#include "ui/shell/theme.h"
#include "ui/tracks/tracklistmodel.h"
#include "ui/tracks/tracktable.h"
#include "ui/views/dynamicsview.h"
#include "ui/views/overviewview.h"
#include "ui/views/spectrumview.h"
#include "ui/views/stereoview.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QLineSeries>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include <ctime>

using namespace mixscope;
using test::dropFiles;

namespace {

constexpr int kAnalysisTimeoutMs = 60000;

QString cell(const TrackListModel* model, int row, int column) {
    return model->index(row, column).data().toString();
}

bool hasZone(const ChartOverlay* overlay, double from, double to) {
    return std::any_of(
        overlay->zones().begin(), overlay->zones().end(),
        [&](const ChartOverlay::Zone& zone) { return zone.from == from && zone.to == to; });
}

bool hasHighlightedZone(const ChartOverlay* overlay, double from, double to) {
    return std::any_of(overlay->zones().begin(), overlay->zones().end(),
                       [&](const ChartOverlay::Zone& zone) {
                           return zone.highlighted && zone.from == from && zone.to == to;
                       });
}

// The path of a snapshot's mix; empty while there is none (the comparison
// runs on a worker, so a new one may not be there yet).
QString mixPathOf(const SessionSnapshot& snapshot) {
    return snapshot.mix ? snapshot.mix->analysis->path : QString();
}

// The path of a snapshot's first reference; empty while there is none.
QString firstReferencePathOf(const SessionSnapshot& snapshot) {
    return snapshot.references.empty() ? QString() : snapshot.references.front().analysis->path;
}

// CPU time the calling thread has used, µs; 0 where the system does not say.
qint64 threadCpuMicroseconds() {
#ifdef Q_OS_UNIX
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
#else
    return 0;
#endif
}

// The snapshot is the comparison of the session as it is: its mix and its
// analysed references in list order, at their rows.
bool matchesSession(const SessionSnapshot& snapshot, const Session& session) {
    std::vector<int> references;
    for (int row = 0; row < session.count(); ++row) {
        if (session.track(row).analysis && session.track(row).role == TrackRole::Reference) {
            references.push_back(row);
        }
    }
    const int mixRow = session.mixIndex();
    const bool mixAnalysed = mixRow >= 0 && session.track(mixRow).analysis;
    if (snapshot.mix.has_value() != mixAnalysed ||
        snapshot.references.size() != references.size()) {
        return false;
    }
    if (mixAnalysed && (snapshot.mix->row != mixRow ||
                        snapshot.mix->analysis->path != session.track(mixRow).path)) {
        return false;
    }
    for (std::size_t i = 0; i < references.size(); ++i) {
        const ComparedTrack& track = snapshot.references[i];
        if (track.row != references[i] ||
            track.analysis->path != session.track(references[i]).path) {
            return false;
        }
    }
    return true;
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(test::writeWav(m_dir.filePath(QStringLiteral("mix.wav")),
                                test::sine(1000, -20, 5, 44100), WavWriter::SampleFormat::Int24,
                                &error),
                 qPrintable(error));
        QVERIFY2(test::writeWav(m_dir.filePath(QStringLiteral("reference.wav")),
                                test::sine(1000, -14, 5, 48000), WavWriter::SampleFormat::Int16,
                                &error),
                 qPrintable(error));
        QVERIFY2(test::writeWav(m_dir.filePath(QStringLiteral("reference2.wav")),
                                test::whiteNoise(-16, 5, 44100), WavWriter::SampleFormat::Int16,
                                &error),
                 qPrintable(error));
        test::Signal offset = test::sine(200, -12, 5, 44100);
        for (float& sample : offset.samples) {
            sample += 0.02f; // 2 % of full scale: a DC offset problem
        }
        QVERIFY2(test::writeWav(m_dir.filePath(QStringLiteral("dc.wav")), offset,
                                WavWriter::SampleFormat::Int24, &error),
                 qPrintable(error));
        QFile text(m_dir.filePath(QStringLiteral("notes.wav")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("these are my mix notes, not audio\n");
    }

    void droppedFilesAreAnalysedInTheBackground() {
        MainWindow window;
        window.show();
        dropFiles(&window, {m_dir.filePath(QStringLiteral("mix.wav")),
                            m_dir.filePath(QStringLiteral("reference.wav"))});
        TrackListModel* model = window.trackModel();
        Session* session = window.session();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(session->mixIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);

        QCOMPARE(session->track(0).state, Session::State::Done);
        QCOMPARE(cell(model, 0, TrackListModel::TitleColumn), QStringLiteral("mix"));
        QCOMPARE(cell(model, 0, TrackListModel::RoleColumn), QStringLiteral("Mix"));
        QCOMPARE(cell(model, 0, TrackListModel::LoudnessColumn), QStringLiteral("-20.0 LUFS"));
        QCOMPARE(cell(model, 1, TrackListModel::LoudnessColumn), QStringLiteral("-14.0 LUFS"));
        QCOMPARE(cell(model, 0, TrackListModel::FormatColumn),
                 QStringLiteral("WAV · 24-bit · 44.1 kHz · stereo"));
        // The reference is 6 dB louder than the mix, so it is matched 6 dB down.
        QVERIFY2(cell(model, 1, TrackListModel::StatusColumn).contains(QStringLiteral("-6.0 dB")),
                 qPrintable(cell(model, 1, TrackListModel::StatusColumn)));
    }

    void aFileThatCannotBeReadGetsAPlainErrorLine() {
        MainWindow window;
        window.show();
        dropFiles(&window, {m_dir.filePath(QStringLiteral("notes.wav")),
                            m_dir.filePath(QStringLiteral("mix.wav"))});
        TrackListModel* model = window.trackModel();
        Session* session = window.session();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
        QCOMPARE(session->track(0).state, Session::State::Failed);
        QVERIFY2(cell(model, 0, TrackListModel::StatusColumn)
                     .contains(QStringLiteral("not an audio file")),
                 qPrintable(cell(model, 0, TrackListModel::StatusColumn)));
        QCOMPARE(session->track(1).state, Session::State::Done);
    }

    void droppingTheSameFileTwiceAddsItOnce() {
        MainWindow window;
        const QString mix = m_dir.filePath(QStringLiteral("mix.wav"));
        dropFiles(&window, {mix});
        dropFiles(&window, {mix});
        QCOMPARE(window.trackModel()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
    }

    void anyTrackCanBecomeTheMix() {
        MainWindow window;
        window.files()->addPaths({m_dir.filePath(QStringLiteral("mix.wav")),
                                  m_dir.filePath(QStringLiteral("reference.wav"))});
        TrackListModel* model = window.trackModel();
        Session* session = window.session();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
        const QString mix = session->track(0).path;
        const QString reference = session->track(1).path;
        session->setMix(1);
        // The mix is always the top row.
        QCOMPARE(session->mixIndex(), 0);
        QCOMPARE(session->track(0).path, reference);
        QCOMPARE(cell(model, 0, TrackListModel::RoleColumn), QStringLiteral("Mix"));
        QCOMPARE(cell(model, 1, TrackListModel::RoleColumn), QStringLiteral("Reference"));
        // Now the quieter file is the reference and comes up by 6 dB.
        QVERIFY2(cell(model, 1, TrackListModel::StatusColumn).contains(QStringLiteral("+6.0 dB")),
                 qPrintable(cell(model, 1, TrackListModel::StatusColumn)));
        QTRY_COMPARE(mixPathOf(window.session()->snapshot()), reference);
    }

    void draggingATrackToTheTopMakesItTheMix() {
        MainWindow window;
        window.files()->addPaths({m_dir.filePath(QStringLiteral("mix.wav")),
                                  m_dir.filePath(QStringLiteral("reference.wav")),
                                  m_dir.filePath(QStringLiteral("reference2.wav"))});
        TrackListModel* model = window.trackModel();
        Session* session = window.session();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
        const QString mix = session->track(0).path;
        const QString reference = session->track(1).path;
        const QString reference2 = session->track(2).path;
        auto* table = window.findChild<QTableView*>();
        QVERIFY(table);
        QCOMPARE(table->dragDropMode(), QAbstractItemView::InternalMove);
        QVERIFY(table->dragEnabled());

        // What the table's drag and drop hands the model: the dragged rows, then
        // a drop between rows (row 0: above the first).
        const auto drag = [&](int row, int to) {
            std::unique_ptr<QMimeData> data(model->mimeData({model->index(row, 0)}));
            QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, to, 0, {}));
            QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, to, 0, {}));
        };
        drag(2, 0);
        QCOMPARE(session->track(0).path, reference2);
        QCOMPARE(session->mixIndex(), 0);
        QCOMPARE(session->track(1).role, TrackRole::Reference);
        QTRY_COMPARE(mixPathOf(window.session()->snapshot()), reference2);
        QCOMPARE(firstReferencePathOf(window.session()->snapshot()), mix);

        // Dragging the mix down hands its role to the track now on top.
        drag(0, 3);
        QCOMPARE(session->track(2).path, reference2);
        QCOMPARE(session->track(0).path, mix);
        QCOMPARE(session->mixIndex(), 0);
        QTRY_COMPARE(mixPathOf(window.session()->snapshot()), mix);

        // Reordering the references reorders the playback keys and the views.
        drag(2, 1);
        QCOMPARE(session->track(1).path, reference2);
        QTRY_COMPARE(firstReferencePathOf(window.session()->snapshot()), reference2);
        QTRY_COMPARE(window.playback()->trackPaths(), QStringList({mix, reference2, reference}));
        QCOMPARE(session->analysesStarted(), 3); // moves never analyse again

        // Files dropped on the table still go to the window.
        dropFiles(table->viewport(), {m_dir.filePath(QStringLiteral("dc.wav"))});
        QCOMPARE(model->rowCount(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
    }

    void removingATrackWhileItIsAnalysedIsSafe() {
        MainWindow window;
        QString error;
        const QString longFile = m_dir.filePath(QStringLiteral("long.wav"));
        QVERIFY2(test::writeWav(longFile, test::whiteNoise(-12, 120, 48000),
                                WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
        window.files()->addPaths({longFile, m_dir.filePath(QStringLiteral("reference.wav"))});
        TrackListModel* model = window.trackModel();
        Session* session = window.session();
        QSignalSpy busy(session, &Session::busyChanged);
        QCOMPARE(session->track(0).state, Session::State::Analysing);
        session->removeTrack(0);
        QCOMPARE(model->rowCount(), 1);
        // The neighbour, now the mix, still gets its own result, and the model
        // reports idle once it has.
        QCOMPARE(session->mixIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
        QCOMPARE(session->track(0).state, Session::State::Done);
        QCOMPARE(cell(model, 0, TrackListModel::LoudnessColumn), QStringLiteral("-14.0 LUFS"));
        QVERIFY(!busy.isEmpty());
        QCOMPARE(busy.last().at(0).toBool(), false);
    }

    void analysedTracksFillEveryView() {
        MainWindow window;
        window.show();
        dropFiles(&window, {m_dir.filePath(QStringLiteral("mix.wav")),
                            m_dir.filePath(QStringLiteral("reference.wav"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        QTRY_COMPARE(window.spectrumView()->snapshot().references.size(), std::size_t(1));
        QVERIFY(window.spectrumView()->snapshot().mix.has_value());

        QCOMPARE(window.overviewView()->scoreCard()->columnCount(), 2);
        QCOMPARE(window.overviewView()->scoreCard()->item(0, 0)->text(),
                 QStringLiteral("-20.0 LUFS"));
        for (AnalysisView* view : std::initializer_list<AnalysisView*>{
                 window.spectrumView(), window.stereoView(), window.dynamicsView()}) {
            view->ensureBuilt();
        }
        // Mix and matched reference (no average line for a single reference).
        QCOMPARE(window.spectrumView()->levelChart()->series().size(), 2);
        QVERIFY(window.spectrumView()->differenceChart()->series().size() >= 2);
        QCOMPARE(window.stereoView()->vectorscopeCount(), 2);
        QCOMPARE(window.stereoView()->widthChart()->series().size(), 2);
        QCOMPARE(window.dynamicsView()->loudnessChart()->series().size(), 2);
        QVERIFY(!window.dynamicsView()->tempoText().isEmpty());

        // Ctrl+1…4 switch views.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentView(), MainWindow::StereoTab);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentView(), MainWindow::OverviewTab);
    }

    void rolesAndReferencesChangeTheViewsWithoutAnalysingAgain() {
        MainWindow window;
        window.show();
        dropFiles(&window, {m_dir.filePath(QStringLiteral("mix.wav")),
                            m_dir.filePath(QStringLiteral("reference.wav")),
                            m_dir.filePath(QStringLiteral("reference2.wav"))});
        Session* session = window.session();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
        QTRY_COMPARE(window.overviewView()->snapshot().references.size(), std::size_t(2));
        QCOMPARE(session->analysesStarted(), 3);
        window.setCurrentView(MainWindow::SpectrumTab);
        // Two references: each one matched, their average, their range, and the mix.
        QTRY_COMPARE(window.spectrumView()->levelChart()->series().size(), 5);

        const QString newMix = session->track(1).path;
        session->setMix(1);
        QTRY_COMPARE(mixPathOf(window.spectrumView()->snapshot()), newMix);
        QCOMPARE(mixPathOf(window.overviewView()->snapshot()), newMix);
        window.overviewView()->ensureBuilt(); // hidden views build when shown
        QCOMPARE(window.overviewView()->scoreCard()->item(0, 0)->text(),
                 QStringLiteral("-14.0 LUFS"));

        session->removeTrack(2);
        QTRY_COMPARE(window.spectrumView()->snapshot().references.size(), std::size_t(1));
        QTRY_COMPARE(window.spectrumView()->levelChart()->series().size(), 2);
        window.overviewView()->ensureBuilt();
        QCOMPARE(window.overviewView()->scoreCard()->columnCount(), 2);

        window.files()->addPaths({m_dir.filePath(QStringLiteral("reference2.wav"))});
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
        QTRY_COMPARE(window.spectrumView()->snapshot().references.size(), std::size_t(2));
        // Only the file added again was analysed again.
        QCOMPARE(session->analysesStarted(), 4);
    }

    void aDcOffsetIsFoundAndExplained() {
        MainWindow window;
        window.show();
        dropFiles(&window, {m_dir.filePath(QStringLiteral("dc.wav")),
                            m_dir.filePath(QStringLiteral("reference.wav"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        FindingListModel* findings = window.findingsModel();
        QTRY_VERIFY(findings->rowCount() >= 1);
        // Other findings may come first (the test tone is no balanced mix).
        int row = -1;
        for (int r = 0; r < findings->rowCount(); ++r) {
            if (findings->index(r).data(FindingListModel::KindIdRole).toString() ==
                QStringLiteral("dc_offset")) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        QCOMPARE(findings->index(row).data(FindingListModel::SeverityRole).toInt(),
                 static_cast<int>(FindingSeverity::Problem));
        QVERIFY(!findings->index(row).data(Qt::DecorationRole).value<QIcon>().isNull());

        window.selectFinding(row);
        QVERIFY2(window.findingDetails()->text().contains(QStringLiteral("DC offset")),
                 qPrintable(window.findingDetails()->text()));
        QVERIFY(window.findingDetails()->text().contains(QStringLiteral("Problem")));
        QCOMPARE(window.spectrumView()->highlightedFinding(), row);
        QCOMPARE(window.dynamicsView()->highlightedFinding(), row);

        // The selection survives a recomputation that keeps the finding.
        window.session()->recompare();
        QTRY_COMPARE(window.spectrumView()->highlightedFinding(), row);
        window.selectFinding(-1);
        QCOMPARE(window.spectrumView()->highlightedFinding(), -1);
    }

    void selectingAFindingHighlightsItsZoneOnTheChartsItBelongsTo() {
        MainWindow window;
        window.show();
        window.files()->addPaths({m_dir.filePath(QStringLiteral("mix.wav")),
                                  m_dir.filePath(QStringLiteral("reference.wav"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        QTRY_COMPARE(window.session()->snapshot().references.size(), std::size_t(1));

        // A spectral and a stereo finding, each with a frequency range and a
        // moment, and a dynamics finding with a moment, fed to the views.
        SessionSnapshot snapshot = window.session()->snapshot();
        Finding mud;
        mud.kind = FindingKind::Mud;
        mud.severity = FindingSeverity::Warning;
        mud.basis = FindingBasis::References;
        mud.frequency = FrequencyRange{200.0, 400.0};
        mud.times = {TimeRange{1.0, 2.5}};
        mud.title = QStringLiteral("Muddy low-mids");
        Finding wide = mud;
        wide.kind = FindingKind::WideBass;
        wide.frequency = FrequencyRange{20.0, 150.0};
        wide.times = {TimeRange{3.0, 4.0}};
        wide.title = QStringLiteral("Wide bass");
        Finding punch = mud;
        punch.kind = FindingKind::LackOfPunch;
        punch.frequency.reset();
        punch.times = {TimeRange{0.5, 1.5}};
        punch.title = QStringLiteral("Squashed");
        snapshot.findings = {mud, wide, punch};

        const std::initializer_list<AnalysisView*> views{window.spectrumView(), window.stereoView(),
                                                         window.dynamicsView()};
        for (AnalysisView* view : views) {
            view->setSnapshot(snapshot);
            view->ensureBuilt();
        }
        const ChartOverlay* spectrum = window.spectrumView()->levelOverlay();
        const ChartOverlay* difference = window.spectrumView()->differenceOverlay();
        const ChartOverlay* width = window.stereoView()->widthOverlay();
        const ChartOverlay* correlation = window.stereoView()->correlationOverlay();
        const ChartOverlay* loudness = window.dynamicsView()->loudnessOverlay();
        QVERIFY(!hasHighlightedZone(spectrum, 200.0, 400.0));

        // Mud: on the spectrum, and its moment on the song's timeline.
        for (AnalysisView* view : views) {
            view->setHighlightedFinding(0);
        }
        QVERIFY(hasHighlightedZone(spectrum, 200.0, 400.0));
        QVERIFY(hasHighlightedZone(difference, 200.0, 400.0));
        QVERIFY(hasHighlightedZone(loudness, 1.0, 2.5));
        QVERIFY(!hasZone(width, 200.0, 400.0));
        QVERIFY(!hasZone(correlation, 1.0, 2.5));

        // Wide bass: on the stereo charts only, and its moment on the timeline.
        for (AnalysisView* view : views) {
            view->setHighlightedFinding(1);
        }
        QVERIFY(hasHighlightedZone(width, 20.0, 150.0));
        QVERIFY(hasHighlightedZone(correlation, 3.0, 4.0));
        QVERIFY(hasHighlightedZone(loudness, 3.0, 4.0));
        QVERIFY(!hasZone(spectrum, 20.0, 150.0));
        QVERIFY(!hasZone(difference, 20.0, 150.0));

        // The dynamics finding is always on the loudness chart, and nowhere
        // else; the others' moments leave it when they are not selected.
        for (AnalysisView* view : views) {
            view->setHighlightedFinding(-1);
        }
        QVERIFY(hasZone(loudness, 0.5, 1.5));
        QVERIFY(!hasZone(loudness, 1.0, 2.5));
        QVERIFY(!hasZone(correlation, 0.5, 1.5));
        QVERIFY(hasZone(correlation, 3.0, 4.0));
        // The stereo view always marks the low end, highlighted or not.
        QVERIFY(std::any_of(
            width->zones().begin(), width->zones().end(),
            [](const ChartOverlay::Zone& zone) { return zone.to == StereoView::kLowEndHz; }));

        // Fine resolution keeps the zones.
        window.spectrumView()->setHighlightedFinding(0);
        window.spectrumView()->setResolution(SpectrumView::Resolution::Fine);
        QVERIFY(hasHighlightedZone(window.spectrumView()->levelOverlay(), 200.0, 400.0));
    }

    // The difference against the average (with the references' range),
    // against one reference, each reference's, and a click or a drag on the
    // spectrum to hear only that band: all through the window.
    void theSpectrumComparesWithAnyReferenceAndSolosWhatIsClicked() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.files()->addPaths({m_dir.filePath(QStringLiteral("mix.wav")),
                                  m_dir.filePath(QStringLiteral("reference.wav")),
                                  m_dir.filePath(QStringLiteral("reference2.wav"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        QTRY_COMPARE(window.session()->snapshot().references.size(), std::size_t(2));
        window.setCurrentView(MainWindow::SpectrumTab);
        SpectrumView* view = window.spectrumView();
        QTRY_COMPARE(view->snapshot().references.size(), std::size_t(2));
        const SessionSnapshot snapshot = view->snapshot();
        const auto areas = [](QChart* chart) {
            int count = 0;
            for (QAbstractSeries* series : chart->series()) {
                count += series->type() == QAbstractSeries::SeriesTypeArea ? 1 : 0;
            }
            return count;
        };
        // The mix minus a series' points must be the comparison's deltas.
        const auto drawnIs = [&](const std::vector<std::optional<double>>& deltas) {
            const QList<QAbstractSeries*> series = view->differenceChart()->series();
            const auto* line = qobject_cast<QLineSeries*>(series.back());
            QList<QPointF> expected;
            for (std::size_t i = 0; i < deltas.size(); ++i) {
                const double hz = snapshot.comparison.bandCentersHz[i];
                if (deltas[i] && hz >= 20.0 && hz <= 20000.0 * 1.13) {
                    expected << QPointF(hz, *deltas[i]);
                }
            }
            return line != nullptr && line->points() == expected && !expected.isEmpty();
        };
        QCOMPARE(areas(view->levelChart()), 1);      // the references' range
        QCOMPARE(areas(view->differenceChart()), 1); // and around the mix
        QVERIFY(drawnIs(snapshot.comparison.average->spectrumDeltaDb));

        QList<QComboBox*> boxes = view->findChildren<QComboBox*>();
        QComboBox* against = nullptr;
        for (QComboBox* box : boxes) {
            if (box->accessibleName() == QStringLiteral("Compare the mix with")) {
                against = box;
            }
        }
        QVERIFY(against);
        QCOMPARE(against->count(), 3);
        QCOMPARE(against->itemText(2), snapshot.references[1].name);
        against->setCurrentIndex(2);
        Q_EMIT against->activated(2);
        QCOMPARE(view->comparedWith(), 1);
        QVERIFY(drawnIs(snapshot.comparison.perReference[1].spectrumDeltaDb));
        QCOMPARE(areas(view->differenceChart()), 0);
        QVERIFY(view->differenceChart()->title().contains(snapshot.references[1].name));

        const int before = static_cast<int>(view->differenceChart()->series().size());
        view->findChild<QCheckBox*>()->click();
        QCOMPARE(static_cast<int>(view->differenceChart()->series().size()), before + 2);

        // A click at 1 kHz: the octave around it; a drag from 200 to 800 Hz: that range.
        auto* chartView = qobject_cast<QChartView*>(view->levelChart()->scene()->views().front());
        QVERIFY(chartView);
        QChart* chart = view->levelChart();
        QAbstractSeries* first = chart->series().front();
        const auto at = [&](double hz) {
            const QPointF inChart = chart->mapToPosition(QPointF(hz, -30.0), first);
            return chartView->mapFromScene(chart->mapToScene(inChart));
        };
        PlaybackController* playback = window.playback();
        QTRY_COMPARE(playback->trackCount(), 3);
        QVERIFY(!playback->isBandSolo());
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, Qt::NoModifier, at(1000.0));
        QVERIFY(playback->isBandSolo());
        QVERIFY2(
            std::abs(playback->bandLowHz() - 707.0) < 15.0 &&
                std::abs(playback->bandHighHz() - 1414.0) < 30.0,
            qPrintable(
                QStringLiteral("%1–%2 Hz").arg(playback->bandLowHz()).arg(playback->bandHighHz())));
        QTest::mousePress(chartView->viewport(), Qt::LeftButton, Qt::NoModifier, at(200.0));
        QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, Qt::NoModifier, at(800.0));
        QVERIFY2(
            std::abs(playback->bandLowHz() - 200.0) < 6.0 &&
                std::abs(playback->bandHighHz() - 800.0) < 24.0,
            qPrintable(
                QStringLiteral("%1–%2 Hz").arg(playback->bandLowHz()).arg(playback->bandHighHz())));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Hz")));
    }

    void aSessionRoundTrips() {
        const QString sessionPath = m_dir.filePath(QStringLiteral("song.mixscope.json"));
        QStringList paths;
        {
            MainWindow window;
            window.files()->addPaths({m_dir.filePath(QStringLiteral("mix.wav")),
                                      m_dir.filePath(QStringLiteral("reference.wav")),
                                      m_dir.filePath(QStringLiteral("reference2.wav"))});
            TrackListModel* model = window.trackModel();
            Session* session = window.session();
            session->setMix(2);
            window.setCurrentView(MainWindow::DynamicsTab);
            window.spectrumView()->setResolution(SpectrumView::Resolution::Fine);
            for (int row = 0; row < model->rowCount(); ++row) {
                paths << session->track(row).path;
            }
            QVERIFY(window.files()->saveSession(sessionPath));
            session->clear();
            QCOMPARE(model->rowCount(), 0);
            window.setCurrentView(MainWindow::OverviewTab);
            window.spectrumView()->setResolution(SpectrumView::Resolution::ThirdOctave);

            QVERIFY(window.files()->openSession(sessionPath));
            QCOMPARE(model->rowCount(), 3);
            for (int row = 0; row < model->rowCount(); ++row) {
                QCOMPARE(session->track(row).path, paths[row]);
            }
            QCOMPARE(session->mixIndex(), 0);
            QCOMPARE(
                paths[0],
                QFileInfo(m_dir.filePath(QStringLiteral("reference2.wav"))).absoluteFilePath());
            QCOMPARE(window.currentView(), MainWindow::DynamicsTab);
            QCOMPARE(window.spectrumView()->resolution(), SpectrumView::Resolution::Fine);
            QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
            QTRY_COMPARE(mixPathOf(window.session()->snapshot()), paths[0]);
        }
        // A dropped session file opens as a session.
        MainWindow window;
        dropFiles(&window, {sessionPath});
        QCOMPARE(window.trackModel()->rowCount(), 3);
        QCOMPARE(window.session()->mixIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
    }

    void aRunningAnalysisCanBeCancelledAndRestarted() {
        MainWindow window;
        QString error;
        const QString longFile = m_dir.filePath(QStringLiteral("long-cancel.wav"));
        QVERIFY2(test::writeWav(longFile, test::whiteNoise(-12, 120, 48000),
                                WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
        window.files()->addPaths({longFile, m_dir.filePath(QStringLiteral("reference.wav"))});
        TrackListModel* model = window.trackModel();
        Session* session = window.session();
        QCOMPARE(session->track(0).state, Session::State::Analysing);
        session->cancelAnalysis(0);
        QCOMPARE(session->track(0).state, Session::State::Cancelled);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(cell(model, 0, TrackListModel::StatusColumn).contains(QStringLiteral("Cancelled")));
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
        QCOMPARE(session->track(1).state, Session::State::Done);

        session->reanalyse(0);
        QCOMPARE(session->track(0).state, Session::State::Analysing);
        QVERIFY(session->isBusy());
        session->cancelAnalysis(0);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
        QCOMPARE(session->analysesStarted(), 3);
    }

    // 50 files dropped at once: every one is analysed and compared, the window
    // keeps answering (the longest pause of its event loop is printed: a
    // figure for tests/bench/gui-stall.sh, not a check), and after a burst of
    // role changes and removals the comparison shown is the one of the list
    // as it ends up, never an older one that finished late.
    // MIXSCOPE_BENCH_FILE_SECONDS sets the files' length (2 s by default):
    // the comparison's cost grows with it, the analyses' too.
    void fiftyDroppedFilesAreComparedAndNoStaleResultWins() {
        constexpr int kFiles = 50;
        const int fileSeconds = qEnvironmentVariableIsSet("MIXSCOPE_BENCH_FILE_SECONDS")
                                    ? qEnvironmentVariableIntValue("MIXSCOPE_BENCH_FILE_SECONDS")
                                    : 2;
        QStringList files;
        QString error;
        for (int i = 0; i < kFiles; ++i) {
            const QString path =
                m_dir.filePath(QStringLiteral("many-%1.wav").arg(i, 2, 10, QLatin1Char('0')));
            const test::Signal music = test::musicLike(fileSeconds, 44100);
            QVERIFY2(test::writeWav(
                         path,
                         test::mix(music, test::sine(100.0 + 37.0 * i, -18.0, fileSeconds, 44100)),
                         WavWriter::SampleFormat::Int16, &error),
                     qPrintable(error));
            files << path;
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrackListModel* model = window.trackModel();
        Session* session = window.session();
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestStallMs = 0;
        // The stall is wall-clock time, which other processes lengthen on a
        // busy machine; the GUI thread's own CPU time between two ticks is the
        // work done on it, whatever the load.
        qint64 lastBusyUs = threadCpuMicroseconds();
        qint64 longestBusyUs = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, &window, [&] {
            const qint64 now = clock.elapsed();
            const qint64 busyUs = threadCpuMicroseconds();
            longestStallMs = std::max(longestStallMs, now - last);
            longestBusyUs = std::max(longestBusyUs, busyUs - lastBusyUs);
            last = now;
            lastBusyUs = busyUs;
        });
        // The event loop's own jitter on this machine, idle, as the peer.
        clock.start();
        ticker.start();
        QTest::qWait(1000);
        const qint64 idleStallMs = longestStallMs;
        longestStallMs = 0;
        longestBusyUs = 0;
        clock.restart();
        last = 0;
        lastBusyUs = threadCpuMicroseconds();
        dropFiles(&window, files);
        QCOMPARE(model->rowCount(), kFiles);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 4 * kAnalysisTimeoutMs);
        const qint64 analysedMs = clock.elapsed();
        QTRY_VERIFY(matchesSession(session->snapshot(), *session));
        QCOMPARE(session->snapshot().references.size(), std::size_t(kFiles - 1));
        const qint64 comparedMs = clock.elapsed();
        // The player opens the files once the burst has settled.
        QTRY_COMPARE_WITH_TIMEOUT(window.playback()->trackCount(), kFiles, kAnalysisTimeoutMs);
        const qint64 playableMs = clock.elapsed();
        QTest::qWait(50); // the ticker's last tick, after whatever blocked
        ticker.stop();
        for (int row = 0; row < kFiles; ++row) {
            QCOMPARE(session->track(row).state, Session::State::Done);
        }
        // What the comparison costs at its largest, to set the stall against.
        QElapsedTimer compareClock;
        compareClock.start();
        const SessionSnapshot again =
            SessionSnapshot::make(session->snapshot().mix, session->snapshot().references);
        const qint64 compareMs = compareClock.elapsed();
        QCOMPARE(again.findings.size(), session->snapshot().findings.size());
        qInfo("%d files of %d s analysed in %lld ms, compared by %lld ms, playable by %lld ms; "
              "longest GUI-thread stall %lld ms (idle: %lld ms), longest GUI-thread work "
              "%.1f ms; one comparison and diagnosis against %d references takes %lld ms",
              kFiles, fileSeconds, analysedMs, comparedMs, playableMs, longestStallMs, idleStallMs,
              static_cast<double>(longestBusyUs) / 1000.0, kFiles - 1, compareMs);

        // A burst of changes, each of which makes the comparison stale.
        QSignalSpy changed(session, &Session::snapshotChanged);
        for (int i = 1; i <= 10; ++i) {
            session->setMix(i * 3);
        }
        session->removeTrack(7);
        session->removeTrack(0); // the mix: the next track takes its place
        session->moveTrack(20, 2);
        QTRY_VERIFY(matchesSession(session->snapshot(), *session));
        QCOMPARE(session->snapshot().references.size(), std::size_t(kFiles - 3));
        // Nothing older arrives after it.
        const int settledAt = static_cast<int>(changed.count());
        QTest::qWait(500);
        QVERIFY(matchesSession(session->snapshot(), *session));
        qInfo("%lld comparisons shown for 13 changes; none after the last one (%d)",
              static_cast<long long>(changed.count()), settledAt);
        QCOMPARE(static_cast<int>(changed.count()), settledAt);
        QTRY_COMPARE(window.findingsModel()->rowCount(),
                     static_cast<int>(session->snapshot().findings.size()));
        QCOMPARE(session->analysesStarted(), kFiles);
    }

    // At a laptop's 1280×800, the list shows every track of a mix and up to
    // eight references, and keeps its height when the window grows.
    void theTrackListShowsEveryRowUpToNine() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* table = window.findChild<TrackTable*>();
        QVERIFY(table);
        QStringList files;
        for (int i = 0; i < 11; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("row %1.wav").arg(i));
            if (!QFileInfo::exists(path)) {
                QVERIFY(test::writeWav(path, test::sine(200.0 + 50.0 * i, -20, 1, 44100)));
            }
            files << path;
        }
        const auto rowsInView = [table] {
            int whole = 0;
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QRect rect = table->visualRect(table->model()->index(row, 0));
                whole += table->viewport()->rect().contains(rect) ? 1 : 0;
            }
            return whole;
        };
        window.files()->addPaths(files.mid(0, 4));
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QTRY_COMPARE(rowsInView(), 4);
        const int fourRows = table->height();
        // A mix and three references: the score card shows every column
        // whole, without scrolling, at 1280 px.
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        window.setCurrentView(MainWindow::OverviewTab);
        QTableWidget* card = window.overviewView()->scoreCard();
        QTRY_COMPARE(card->columnCount(), 4);
        QTRY_VERIFY(card->isVisible());
        QVERIFY2(card->horizontalHeader()->length() <= card->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(card->horizontalHeader()->length())
                                .arg(card->viewport()->width())));
        window.files()->addPaths(files.mid(4, 5));
        QTRY_COMPARE(table->model()->rowCount(), 9);
        QTRY_COMPARE(rowsInView(), 9);
        const int nineRows = table->height();
        qInfo("the list: %d px for 4 tracks, %d px for 9, in a window of %d px", fourRows, nineRows,
              window.height());
        QVERIFY(nineRows > fourRows);
        // Nine tracks' names in the transport do not make the window wider.
        QCOMPARE(window.width(), 1280);
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        // The views below keep at least half of the window.
        QVERIFY2(window.centralWidget()->height() >= window.height() / 2,
                 qPrintable(QString::number(window.centralWidget()->height())));
        // A mix and eight references: a row per track in the score card,
        // every measure in view without scrolling sideways.
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        QTRY_VERIFY(window.overviewView()->tracksAsRows());
        QTRY_COMPARE(card->rowCount(), 9);
        QVERIFY2(card->horizontalHeader()->length() <= card->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(card->horizontalHeader()->length())
                                .arg(card->viewport()->width())));
        QVERIFY(card->verticalHeaderItem(0)->text().contains(QStringLiteral("row 0")));
        QCOMPARE(card->item(0, 0)->text(),
                 window.trackModel()->index(0, TrackListModel::LoudnessColumn).data().toString());
        window.files()->addPaths(files.mid(9));
        QTRY_COMPARE(table->model()->rowCount(), 11);
        QTRY_COMPARE(table->height(), nineRows); // then it scrolls
        QCOMPARE(rowsInView(), 9);
        window.resize(1920, 1080);
        QTRY_COMPARE(window.height(), 1080);
        QCOMPARE(table->height(), nineRows);
        // Wide enough again for a column per track (eleven at 1920 px).
        window.session()->removeTrack(10);
        QTRY_COMPARE(window.overviewView()->snapshot().tracks().size(), std::size_t(10));
        QTRY_VERIFY(!window.overviewView()->tracksAsRows());
        QCOMPARE(card->columnCount(), 10);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
    }

    // The one findings list is never blank without a word: it says what
    // it waits for, or that nothing stands out.
    void anEmptyFindingsListSaysWhy() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* panel = window.findChild<FindingsPanel*>();
        QVERIFY(panel);
        const QList<QListView*> lists = window.findChildren<QListView*>();
        QCOMPARE(std::count_if(lists.begin(), lists.end(),
                               [&](QListView* list) { return list->model() == panel->model(); }),
                 1);
        QVERIFY(panel->emptyText().contains(QStringLiteral("once it is analysed")));
        const QString mix = m_dir.filePath(QStringLiteral("plain.wav"));
        const QString same = m_dir.filePath(QStringLiteral("plain copy.wav"));
        // Pink noise, quiet and in 24 bits: nothing to find on its own.
        QString error;
        QVERIFY2(QFile::exists(mix) ||
                     test::runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"),
                                      QStringLiteral("-i"),
                                      QStringLiteral("anoisesrc=c=pink:r=44100:a=0.1:seed=3,"
                                                     "aformat=channel_layouts=stereo"),
                                      QStringLiteral("-t"), QStringLiteral("6"),
                                      QStringLiteral("-c:a"), QStringLiteral("pcm_s24le"), mix},
                                     &error),
                 qPrintable(error));
        QVERIFY(QFile::exists(same) || QFile::copy(mix, same));
        window.files()->addPaths({mix});
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        QTRY_VERIFY(window.session()->snapshot().mix.has_value());
        QCOMPARE(window.findingsModel()->rowCount(), 0);
        QTRY_VERIFY2(panel->emptyText().contains(QStringLiteral("Add a reference track")),
                     qPrintable(panel->emptyText()));
        window.files()->addPaths({same});
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        QTRY_COMPARE(window.session()->snapshot().references.size(), std::size_t(1));
        QCOMPARE(window.findingsModel()->rowCount(), 0);
        QTRY_COMPARE(panel->emptyText(),
                     QStringLiteral("Nothing stands out against your references."));
    }

    void theMixAndItsReferencesPlayLoudnessMatched() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString mix = QFileInfo(m_dir.filePath(QStringLiteral("mix.wav"))).absoluteFilePath();
        const QString reference =
            QFileInfo(m_dir.filePath(QStringLiteral("reference.wav"))).absoluteFilePath();
        PlaybackController* playback = window.playback();
        QVERIFY(window.transportBar()->isHidden()); // nothing to play yet
        window.files()->addPaths({mix, reference});
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        QTRY_COMPARE(playback->trackPaths(), QStringList({mix, reference}));
        QVERIFY(!window.transportBar()->isHidden());
        // The buttons carry the tracks' names.
        QTRY_COMPARE(window.transportBar()->trackButton(0)->text(), QStringLiteral("mix"));
        QTRY_COMPARE(window.transportBar()->trackButton(1)->text(), QStringLiteral("reference"));
        // A 1 kHz sine at -20 dBFS against one at -14 dBFS: the reference plays 6 dB down.
        QVERIFY2(std::fabs(playback->matchGainDb(1) + 6.0) < 0.1,
                 qPrintable(QString::number(playback->matchGainDb(1))));
        QCOMPARE(playback->matchGainDb(0), 0.0);

        // The shortcuts work from anywhere in the window. There is no audio
        // device here (main() points libpulse at nothing): Play says so and
        // shows the truth, not playing; tst_listening plays through one.
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!playback->isPlaying());
        QCOMPARE(playback->playPauseAction()->text(), QStringLiteral("Play"));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Playback stopped: There is no audio output device."));
        QTest::keyClick(&window, Qt::Key_A);
        QCOMPARE(playback->currentTrack(), 1);
        QTest::keyClick(&window, Qt::Key_1);
        QCOMPARE(playback->currentTrack(), 0);
        QTest::keyClick(&window, Qt::Key_2);
        QCOMPARE(playback->currentTrack(), 1);
        QTest::keyClick(&window, Qt::Key_M);
        QVERIFY(playback->isMono());
        QTest::keyClick(&window, Qt::Key_M);
        QVERIFY(!playback->isMono());
        QTest::keyClick(&window, Qt::Key_3); // no third track: ignored
        QCOMPARE(playback->currentTrack(), 1);

        // Adding a reference keeps the track and the place being listened to.
        playback->seek(2.5);
        window.files()->addPaths({m_dir.filePath(QStringLiteral("reference2.wav"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        QTRY_COMPARE(playback->trackCount(), 3);
        QCOMPARE(playback->trackPaths().at(1), reference);
        QCOMPARE(playback->currentTrack(), 1);
        QCOMPARE(playback->positionS(), 2.5);

        // Making another track the mix reorders what 1, 2 and 3 play.
        window.session()->setMix(1);
        QTRY_COMPARE(playback->trackPaths().at(0), reference);
        QCOMPARE(playback->matchGainDb(0), 0.0);
        QVERIFY(std::fabs(playback->matchGainDb(1) - 6.0) < 0.1); // the old mix, 6 dB quieter
    }

    void aFindingsMomentAndBandCanBeHeard() {
        MainWindow window;
        window.files()->addPaths({m_dir.filePath(QStringLiteral("mix.wav")),
                                  m_dir.filePath(QStringLiteral("reference.wav"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        PlaybackController* playback = window.playback();
        QTRY_COMPARE(playback->trackCount(), 2);
        playback->selectTrack(1);

        Finding finding;
        finding.kind = FindingKind::Mud;
        finding.severity = FindingSeverity::Problem;
        finding.title = QStringLiteral("Muddy low-mids");
        finding.frequency = FrequencyRange{200.0, 400.0};
        finding.times = {TimeRange{1.0, 1.5}, TimeRange{3.0, 4.5}};
        FindingDetails* details = window.findingDetails();
        details->showFinding(&finding);
        QVERIFY(!details->loopButton()->isHidden());
        QVERIFY(!details->bandButton()->isHidden());
        QVERIFY(details->text().contains(QStringLiteral("href='loop:1'")));
        // Moments over most of the song (the mix is 5 s long) read "throughout".
        Finding everywhere = finding;
        everywhere.times = {TimeRange{2.0, 4.0}, TimeRange{0.0, 2.1}};
        details->showFinding(&everywhere);
        QVERIFY2(details->text().contains(QStringLiteral("throughout")),
                 qPrintable(details->text()));
        QVERIFY(!details->text().contains(QStringLiteral("0:02–0:04")));
        details->showFinding(&finding);

        // A moment shorter than the shortest loop is widened around its middle.
        details->loopButton()->click();
        QCOMPARE(playback->currentTrack(), 0); // the finding is about the mix
        QVERIFY(playback->isLooping());
        QVERIFY(!playback->isPlaying()); // asked to play, but there is no device here
        QCOMPARE(playback->loopStartS(), 0.0);
        QCOMPARE(playback->loopEndS(), MainWindow::kShortestLoopS);
        // Near the end of the 5 s file the loop keeps its length inside the file.
        window.listenTo(TimeRange{4.8, 4.9});
        QCOMPARE(playback->loopEndS(), 5.0);
        QCOMPARE(playback->loopStartS(), 5.0 - MainWindow::kShortestLoopS);

        details->bandButton()->click();
        QVERIFY(playback->isBandSolo());
        QCOMPARE(playback->bandLowHz(), 200.0);
        QCOMPARE(playback->bandHighHz(), 400.0);

        // Without a mix to play, the buttons are not offered.
        window.session()->clear();
        QTRY_COMPARE(playback->trackCount(), 0);
        details->showFinding(&finding);
        QVERIFY(details->loopButton()->isHidden());
        QVERIFY(!details->text().contains(QStringLiteral("href")));
    }

    void goniometerShowsLeftOnlyContentUpAndToTheLeft() {
        // Density only where left-only content lands (M = S = +0.5).
        constexpr int n = StereoResult::kVectorscopeSize;
        std::vector<float> density(static_cast<std::size_t>(n * n), 0.0f);
        const int cell = static_cast<int>(0.75 * n); // +0.5 on the -1…+1 axis
        for (int row = cell - 1; row <= cell + 1; ++row) {
            for (int column = cell - 1; column <= cell + 1; ++column) {
                density[static_cast<std::size_t>(row * n + column)] = 1.0f;
            }
        }
        VectorscopeWidget scope;
        scope.resize(240, 280);
        scope.setData(density, QStringLiteral("left only"), QColor(255, 0, 0), QString());
        const QImage image = scope.grab().toImage();
        double sumX = 0.0;
        double sumY = 0.0;
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.red() > 200 && pixel.green() < 120 && pixel.blue() < 120) {
                    sumX += x;
                    sumY += y;
                    ++count;
                }
            }
        }
        QVERIFY(count > 20);
        QVERIFY2(sumX / count < image.width() / 2.0 - 20.0, "left-only content not on the left");
        QVERIFY2(sumY / count < image.height() / 2.0 - 20.0, "left-only content not up");
    }

    void theFeedbackSheetIsExportedOnceTheMixIsAnalysed() {
        MainWindow window;
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("exportFeedbackSheetAction"));
        QVERIFY(action != nullptr);
        QVERIFY(!action->isEnabled());
        window.files()->addPaths({m_dir.filePath(QStringLiteral("mix.wav")),
                                  m_dir.filePath(QStringLiteral("reference.wav"))});
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), kAnalysisTimeoutMs);

        const QString path = m_dir.filePath(QStringLiteral("from the window.pdf"));
        QVERIFY(window.files()->exportFeedbackSheet(path));
        QVERIFY(test::readBytes(path).startsWith("%PDF-"));

        window.session()->clear();
        QVERIFY(!action->isEnabled());
    }

    void anUnwritableDestinationIsExplainedAndLeftAsItWas_data() {
        QTest::addColumn<bool>("session");   // else the feedback sheet
        QTest::addColumn<QString>("target"); // relative to a fresh folder
        QTest::addColumn<QString>("reason"); // %1: that folder

        for (const bool session : {true, false}) {
            const QString name =
                session ? QStringLiteral("song.mixscope.json") : QStringLiteral("sheet.pdf");
            const QByteArray kind = session ? "session" : "sheet";
            QTest::addRow("%s into a folder that does not exist", kind.constData())
                << session << QStringLiteral("no-such-folder/") + name
                << QStringLiteral("the folder %1/no-such-folder does not exist");
            QTest::addRow("%s onto a folder", kind.constData())
                << session << QStringLiteral("a-folder")
                << QStringLiteral("it is a folder, not a file");
            QTest::addRow("%s over an earlier one in a read-only folder", kind.constData())
                << session << QStringLiteral("read-only/") + name
                << QStringLiteral("the folder %1/read-only is read-only");
        }
    }

    // The message box names the destination and says what is wrong with it;
    // nothing on disk changes, and an earlier file there keeps its bytes.
    void anUnwritableDestinationIsExplainedAndLeftAsItWas() {
        QFETCH(bool, session);
        QFETCH(QString, target);
        QFETCH(QString, reason);

        QTemporaryDir destinations;
        QVERIFY(destinations.isValid());
        const QDir folder(destinations.path());
        QVERIFY(folder.mkpath(QStringLiteral("a-folder")));
        QVERIFY(folder.mkpath(QStringLiteral("read-only")));
        for (const QString& earlier : {QStringLiteral("read-only/song.mixscope.json"),
                                       QStringLiteral("read-only/sheet.pdf")}) {
            QVERIFY(test::writeBytes(folder.filePath(earlier), "an earlier file"));
        }
        const test::ReadOnlyFolder readOnly(folder.filePath(QStringLiteral("read-only")));
        if (target.startsWith(QLatin1String("read-only")) && !readOnly.isReadOnly()) {
            QSKIP("the folder cannot be made read-only here (root, and no chattr +i)");
        }
        const QString destination = folder.filePath(target);
        const QByteArray before = test::sha256Of(destination);

        MainWindow window;
        window.files()->addPaths({m_dir.filePath(QStringLiteral("mix.wav"))});
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->snapshot().mix.has_value(), kAnalysisTimeoutMs);
        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, &closer, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(20);
        QVERIFY(session ? !window.files()->saveSession(destination)
                        : !window.files()->exportFeedbackSheet(destination));
        qInfo("%s", qPrintable(shown));
        QVERIFY2(shown.contains(QDir::toNativeSeparators(destination)), qPrintable(shown));
        QVERIFY2(shown.contains(reason.arg(QDir::toNativeSeparators(destinations.path()))),
                 qPrintable(shown));
        QCOMPARE(test::sha256Of(destination), before);
        QVERIFY(QFileInfo(folder.filePath(QStringLiteral("a-folder"))).isDir());
        QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("no-such-folder"))));
        QCOMPARE(QDir(folder.filePath(QStringLiteral("read-only")))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({QStringLiteral("sheet.pdf"), QStringLiteral("song.mixscope.json")}));
    }

    // Started in the dark theme, the window docks the transport bar: a
    // palette change in the middle of that once pulled the bar's style sheet
    // out from under Qt (a crash before the window showed).
    void theWindowStartsInTheDarkTheme() {
        QSettings().setValue(QStringLiteral("view/theme"), QStringLiteral("dark"));
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.files()->addPaths({m_dir.filePath(QStringLiteral("mix.wav")),
                                      m_dir.filePath(QStringLiteral("reference.wav"))});
            QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
            QTRY_VERIFY(window.transportBar()->isVisible());
            QCOMPARE(Theme::current(), Theme::Choice::Dark);
        }
        QSettings().remove(QStringLiteral("view/theme"));
        Theme::apply(Theme::Choice::System);
    }

    void demoSessionOpensWithAMixAndAReference() {
        MainWindow window;
        QVERIFY(window.files()->openDemoSession());
        TrackListModel* model = window.trackModel();
        Session* session = window.session();
        QCOMPARE(model->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), kAnalysisTimeoutMs);
        QCOMPARE(session->track(0).state, Session::State::Done);
        QCOMPARE(session->track(1).state, Session::State::Done);
        const TrackAnalysis* mix = session->track(0).analysis.get();
        const TrackAnalysis* reference = session->track(1).analysis.get();
        QVERIFY(mix && reference);
        QCOMPARE(mix->durationS, 48.0);
        // The demo's point: the mastered reference is several LU louder than the mix.
        QVERIFY(*reference->loudness.integratedLufs - *mix->loudness.integratedLufs > 3.0);
    }
};

int main(int argc, char** argv) {
    // No audio server here, and none may be spawned: point libpulse at nothing.
    qputenv("PULSE_SERVER", "unix:/nonexistent/mixscope-test");
    QApplication app(argc, argv);
    MainWindowTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
