#include "tests/support/testsignals.h"
#include "ui/tracks/tracklistmodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mixscope;

// Analyses cancelled, removed or abandoned half-way give back everything
// they held. Under the asan preset LeakSanitizer checks it when the process
// ends: a decoder, a meter, a future or a watcher left behind fails the test.
class TrackListModelTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_files; // 40 names for one 60 s file: analyses long enough to catch half-way

    static bool underWay(const TrackListModel& model, int row) {
        return model.index(row, TrackListModel::StatusColumn)
                   .data(TrackListModel::ProgressRole)
                   .toInt() > 0;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString original = m_dir.filePath(QStringLiteral("long-00.wav"));
        QString error;
        QVERIFY2(test::writeWav(original, test::whiteNoise(-12.0, 60.0, 48000),
                                WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
        m_files << original;
        for (int i = 1; i < 40; ++i) {
            // Hard links: one file on disk, 40 tracks in the list.
            const QString link =
                m_dir.filePath(QStringLiteral("long-%1.wav").arg(i, 2, 10, QLatin1Char('0')));
            QCOMPARE(::link(QFile::encodeName(original).constData(),
                            QFile::encodeName(link).constData()),
                     0);
            m_files << link;
        }
    }

    void cancellingAndRemovingManyAnalysesHalfWayFreesEverything() {
        TrackListModel model;
        QSignalSpy busy(&model, &TrackListModel::busyChanged);
        QCOMPARE(model.addPaths(m_files), 40);
        QTRY_VERIFY_WITH_TIMEOUT(underWay(model, 0), 60000);

        // Every other one cancelled (the running ones and those still queued)…
        for (int row = 0; row < model.rowCount(); row += 2) {
            model.cancelAnalysis(row);
        }
        // …one of them started again (queued behind the others) and cancelled again…
        model.reanalyse(0);
        QCOMPARE(model.state(0), TrackListModel::State::Analysing);
        model.cancelAnalysis(0);
        // …and the others removed, from the middle and the end, running or queued.
        while (model.rowCount() > 20) {
            model.removeTrack(model.rowCount() % 2 == 0 ? model.rowCount() / 2
                                                        : model.rowCount() - 1);
        }
        int cancelled = 0;
        int analysing = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            cancelled += model.state(row) == TrackListModel::State::Cancelled ? 1 : 0;
            analysing += model.state(row) == TrackListModel::State::Analysing ? 1 : 0;
        }
        qInfo("%d rows left: %d cancelled, %d still analysing or queued; %d analyses started",
              model.rowCount(), cancelled, analysing, model.analysesStarted());
        QVERIFY(cancelled > 0 && analysing > 0);
        // The rest go with the list, running or queued.
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isBusy());
        QCOMPARE(busy.last().at(0).toBool(), false);
        QTest::qWait(50); // the watchers let go on the next turn of the event loop
    }

    void aModelDestroyedWhileItAnalysesFreesEverything() {
        {
            TrackListModel model;
            model.addPaths(m_files);
            QTRY_VERIFY_WITH_TIMEOUT(underWay(model, 0), 60000);
        } // cancels them all and waits for the running ones to stop
        QTest::qWait(50);
    }
};

QTEST_MAIN(TrackListModelTest)
#include "tst_tracklistmodel.moc"
