#include "tests/support/testsignals.h"
#include "ui/mainwindow.h"
#include "ui/tracklistmodel.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace mixscope;

namespace {

constexpr int kAnalysisTimeoutMs = 60000;

void dropFiles(QWidget* target, const QStringList& paths) {
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths) {
        urls << QUrl::fromLocalFile(path);
    }
    mime.setUrls(urls);
    const QPoint position = target->rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(position), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

QString cell(const TrackListModel* model, int row, int column) {
    return model->index(row, column).data().toString();
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
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->mixRow(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), kAnalysisTimeoutMs);

        QCOMPARE(model->state(0), TrackListModel::State::Done);
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
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), kAnalysisTimeoutMs);
        QCOMPARE(model->state(0), TrackListModel::State::Failed);
        QVERIFY2(cell(model, 0, TrackListModel::StatusColumn)
                     .contains(QStringLiteral("not an audio file")),
                 qPrintable(cell(model, 0, TrackListModel::StatusColumn)));
        QCOMPARE(model->state(1), TrackListModel::State::Done);
    }

    void droppingTheSameFileTwiceAddsItOnce() {
        MainWindow window;
        const QString mix = m_dir.filePath(QStringLiteral("mix.wav"));
        dropFiles(&window, {mix});
        dropFiles(&window, {mix});
        QCOMPARE(window.trackModel()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!window.trackModel()->isBusy(), kAnalysisTimeoutMs);
    }

    void anyTrackCanBecomeTheMix() {
        MainWindow window;
        window.addPaths({m_dir.filePath(QStringLiteral("mix.wav")),
                         m_dir.filePath(QStringLiteral("reference.wav"))});
        TrackListModel* model = window.trackModel();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), kAnalysisTimeoutMs);
        model->setMix(1);
        QCOMPARE(model->mixRow(), 1);
        QCOMPARE(cell(model, 0, TrackListModel::RoleColumn), QStringLiteral("Reference"));
        // Now the quieter file is the reference and comes up by 6 dB.
        QVERIFY2(cell(model, 0, TrackListModel::StatusColumn).contains(QStringLiteral("+6.0 dB")),
                 qPrintable(cell(model, 0, TrackListModel::StatusColumn)));
    }

    void removingATrackWhileItIsAnalysedIsSafe() {
        MainWindow window;
        QString error;
        const QString longFile = m_dir.filePath(QStringLiteral("long.wav"));
        QVERIFY2(test::writeWav(longFile, test::whiteNoise(-12, 120, 48000),
                                WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
        window.addPaths({longFile, m_dir.filePath(QStringLiteral("reference.wav"))});
        TrackListModel* model = window.trackModel();
        QSignalSpy busy(model, &TrackListModel::busyChanged);
        QCOMPARE(model->state(0), TrackListModel::State::Analysing);
        model->removeTrack(0);
        QCOMPARE(model->rowCount(), 1);
        // The neighbour, now the mix, still gets its own result, and the model
        // reports idle once it has.
        QCOMPARE(model->mixRow(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), kAnalysisTimeoutMs);
        QCOMPARE(model->state(0), TrackListModel::State::Done);
        QCOMPARE(cell(model, 0, TrackListModel::LoudnessColumn), QStringLiteral("-14.0 LUFS"));
        QVERIFY(!busy.isEmpty());
        QCOMPARE(busy.last().at(0).toBool(), false);
    }

    void demoSessionOpensWithAMixAndAReference() {
        MainWindow window;
        QVERIFY(window.openDemoSession());
        TrackListModel* model = window.trackModel();
        QCOMPARE(model->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), kAnalysisTimeoutMs);
        QCOMPARE(model->state(0), TrackListModel::State::Done);
        QCOMPARE(model->state(1), TrackListModel::State::Done);
        const TrackAnalysis* mix = model->analysis(0);
        const TrackAnalysis* reference = model->analysis(1);
        QVERIFY(mix && reference);
        QCOMPARE(mix->durationS, 48.0);
        // The demo's point: the mastered reference is several LU louder than the mix.
        QVERIFY(*reference->loudness.integratedLufs - *mix->loudness.integratedLufs > 3.0);
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
