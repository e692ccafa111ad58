#include "core/session/session.h"
#include "core/session/sessionfile.h"
#include "tests/support/testsignals.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mixscope;

// The window's session without the window: files added, moved and removed,
// roles, saved and loaded, and the comparison following the newest state.
// Analyses cancelled, removed or abandoned half-way give back everything
// they held: under the asan preset LeakSanitizer checks it when the process
// ends (a decoder, a meter, a future or a watcher left behind fails the test).
class SessionTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_files; // 40 names for one 60 s file: analyses long enough to catch half-way
    QStringList m_short; // three 2 s files that differ

    static bool underWay(const Session& session, int index) {
        return session.track(index).progress > 0;
    }

    static QStringList pathsOf(const Session& session) {
        QStringList paths;
        for (int i = 0; i < session.count(); ++i) {
            paths << session.track(i).path;
        }
        return paths;
    }

    // The snapshot is the comparison of the session as it stands.
    static bool snapshotMatches(const Session& session) {
        const SessionSnapshot& snapshot = session.snapshot();
        const int mix = session.mixIndex();
        if (!snapshot.mix || mix < 0 || snapshot.mix->analysis->path != session.track(mix).path ||
            snapshot.references.size() != static_cast<std::size_t>(session.count() - 1)) {
            return false;
        }
        for (std::size_t i = 0; i < snapshot.references.size(); ++i) {
            if (snapshot.references[i].row != static_cast<int>(i) + 1 ||
                snapshot.references[i].analysis->path != session.track(int(i) + 1).path) {
                return false;
            }
        }
        return true;
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
        for (int i = 0; i < 3; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("short/track-%1.wav").arg(i));
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY2(test::writeWav(path, test::sine(200.0 * (i + 1), -12.0 - 3.0 * i, 2.0),
                                    WavWriter::SampleFormat::Int16, &error),
                     qPrintable(error));
            m_short << path;
        }
    }

    void aFolderAddsItsAudioFilesSortedAndKnownFilesOnce() {
        Session session;
        QCOMPARE(session.addPaths({m_dir.filePath(QStringLiteral("short"))}), 3);
        QCOMPARE(pathsOf(session), m_short);
        QCOMPARE(session.mixIndex(), 0);
        QCOMPARE(session.track(1).role, TrackRole::Reference);
        // The same files again, by name and by folder: nothing new.
        QCOMPARE(session.addPaths(m_short), 0);
        // A file that is not there is added all the same, and says why it fails.
        const QString missing = m_dir.filePath(QStringLiteral("gone.wav"));
        QCOMPARE(session.addPaths({missing}), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 60000);
        QCOMPARE(session.track(3).state, Session::State::Failed);
        QVERIFY2(!session.track(3).error.isEmpty(), "no reason given");
        QCOMPARE(session.track(0).state, Session::State::Done);
        QCOMPARE(session.title(0), QStringLiteral("track-0"));
    }

    void movesKeepTheMixOnTopAndNeverAnalyseAgain() {
        Session session;
        session.addPaths(m_short);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 60000);
        QVERIFY(session.moveTrack(2, 0)); // the last becomes the mix
        QCOMPARE(pathsOf(session), (QStringList{m_short[2], m_short[0], m_short[1]}));
        QCOMPARE(session.track(0).role, TrackRole::Mix);
        QCOMPARE(session.track(1).role, TrackRole::Reference);
        // A drag of two rows to the end: the mix leaves the top, the next takes over.
        QVERIFY(session.moveTracks({m_short[2], m_short[0]}, session.count()));
        QCOMPARE(pathsOf(session), (QStringList{m_short[1], m_short[2], m_short[0]}));
        QCOMPARE(session.mixIndex(), 0);
        QVERIFY(!session.moveTrack(5, 0));
        QVERIFY(!session.moveTracks({QStringLiteral("/not/here.wav")}, 0));
        session.removeTrack(0); // the mix
        QCOMPARE(session.mixIndex(), 0);
        QCOMPARE(session.track(0).path, m_short[2]);
        QTRY_VERIFY(!session.isComparing());
        QVERIFY(snapshotMatches(session));
        QCOMPARE(session.analysesStarted(), 3);
    }

    void aSavedSessionLoadsWithItsOrderAndMix() {
        Session session;
        session.addPaths(m_short);
        session.setMix(1);
        const SessionFile saved = session.toFile();
        QCOMPARE(saved.tracks.size(), std::size_t(3));
        QCOMPARE(saved.tracks[0].role, TrackRole::Mix);

        Session loaded;
        loaded.addPaths({m_files[0]}); // replaced by the load
        loaded.load(saved);
        QCOMPARE(pathsOf(loaded), pathsOf(session));
        QCOMPARE(loaded.mixIndex(), 0);
        // A saved mix listed last still comes out on top.
        SessionFile reordered = saved;
        std::reverse(reordered.tracks.begin(), reordered.tracks.end());
        loaded.load(reordered);
        QCOMPARE(loaded.track(0).path, saved.tracks[0].path);
        QCOMPARE(loaded.count(), 3);
    }

    // The mix goes first: on two threads the references wait until it is
    // measured (the first comparison holds the mix alone, its findings against
    // the usual ranges); on eight, two are kept for the mix and the
    // references take the others at once.
    void theMixIsAnalysedFirst() {
        {
            Session session;
            session.setAnalysisThreads(2);
            std::vector<std::size_t> referencesCompared;
            connect(&session, &Session::snapshotChanged, this,
                    [&] { referencesCompared.push_back(session.snapshot().references.size()); });
            QCOMPARE(session.addPaths(m_short), 3);
            QCOMPARE(session.analysesStarted(), 1); // the mix; the references wait
            QCOMPARE(session.track(1).state, Session::State::Analysing);
            QVERIFY(session.isBusy());
            QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 60000);
            QTRY_VERIFY(!session.isComparing());
            QCOMPARE(session.analysesStarted(), 3);
            QVERIFY(!referencesCompared.empty());
            QCOMPARE(referencesCompared.front(), std::size_t(0));
            QCOMPARE(referencesCompared.back(), std::size_t(2));
            QVERIFY(snapshotMatches(session));
        }
        {
            Session session;
            session.setAnalysisThreads(8);
            session.addPaths(m_short);
            QCOMPARE(session.analysesStarted(), 3); // 6 threads for 2 references
            QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 60000);
        }
        {
            // A mix cancelled while references wait lets them go.
            Session session;
            session.setAnalysisThreads(2);
            session.addPaths(m_files.mid(0, 1) + m_short.mid(0, 2));
            QCOMPARE(session.analysesStarted(), 1);
            session.cancelAnalysis(0);
            QCOMPARE(session.analysesStarted(), 3);
            QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 60000);
            QCOMPARE(session.track(1).state, Session::State::Done);
        }
    }

    void aBurstOfChangesComparesTheNewestStateOnly() {
        Session session;
        QSignalSpy changed(&session, &Session::snapshotChanged);
        session.addPaths(m_short);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 60000);
        QTRY_VERIFY(!session.isComparing());
        QVERIFY(snapshotMatches(session));
        const int before = session.comparisonsStarted();
        for (int i = 0; i < 30; ++i) {
            session.setMix(i % 3);
        }
        QTRY_VERIFY(!session.isComparing());
        QVERIFY(snapshotMatches(session));
        const int started = session.comparisonsStarted() - before;
        qInfo("30 role changes: %d comparisons", started);
        QVERIFY2(started <= 3, qPrintable(QString::number(started)));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(session.snapshot().findings.empty(), false);
    }

    void cancellingAndRemovingManyAnalysesHalfWayFreesEverything() {
        Session session;
        QSignalSpy busy(&session, &Session::busyChanged);
        QCOMPARE(session.addPaths(m_files), 40);
        QTRY_VERIFY_WITH_TIMEOUT(underWay(session, 0), 60000);

        // Every other one cancelled (the running ones and those still queued)…
        for (int row = 0; row < session.count(); row += 2) {
            session.cancelAnalysis(row);
        }
        // …one of them started again (queued behind the others) and cancelled again…
        session.reanalyse(0);
        QCOMPARE(session.track(0).state, Session::State::Analysing);
        session.cancelAnalysis(0);
        // …and the others removed, from the middle and the end, running or queued.
        while (session.count() > 20) {
            session.removeTrack(session.count() % 2 == 0 ? session.count() / 2
                                                         : session.count() - 1);
        }
        int cancelled = 0;
        int analysing = 0;
        for (int row = 0; row < session.count(); ++row) {
            cancelled += session.track(row).state == Session::State::Cancelled ? 1 : 0;
            analysing += session.track(row).state == Session::State::Analysing ? 1 : 0;
        }
        qInfo("%d rows left: %d cancelled, %d still analysing or queued; %d analyses started",
              session.count(), cancelled, analysing, session.analysesStarted());
        QVERIFY(cancelled > 0 && analysing > 0);
        // The rest go with the list, running or queued.
        session.clear();
        QCOMPARE(session.count(), 0);
        QVERIFY(!session.isBusy());
        QCOMPARE(busy.last().at(0).toBool(), false);
        QTest::qWait(50); // the watchers let go on the next turn of the event loop
    }

    void aModelDestroyedWhileItAnalysesFreesEverything() {
        {
            Session session;
            session.addPaths(m_files);
            QTRY_VERIFY_WITH_TIMEOUT(underWay(session, 0), 60000);
        } // cancels them all and waits for the running ones to stop
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(SessionTest)
#include "tst_session.moc"
