// The JSON report written in pieces (one per track, so that many long tracks
// are never in memory as a whole) is the report built as one document, byte
// for byte, whatever the run holds.
#include "core/analysis/trackanalyzer.h"
#include "core/report/jsonreport.h"
#include "tests/support/testsignals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mixscope;
using namespace mixscope::test;

class JsonReportTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const TrackAnalysis> m_mix, m_reference, m_quiet;

    std::shared_ptr<const TrackAnalysis> analysed(const QString& name, const Signal& signal) {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!writeWav(path, signal, WavWriter::SampleFormat::Float32, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        auto analysis = TrackAnalyzer::analyze(path);
        return analysis ? std::make_shared<const TrackAnalysis>(std::move(analysis.value()))
                        : nullptr;
    }

    static QByteArray streamed(const SessionRun& run, JsonReport::Detail detail, int* pieces) {
        QByteArray bytes;
        *pieces = 0;
        const bool ok = JsonReport::stream(run, detail, [&](const QByteArray& piece) {
            bytes += piece;
            ++*pieces;
            return true;
        });
        return ok ? bytes : QByteArray();
    }

    static SessionEntry failed(TrackRole role, const QString& path) {
        return SessionEntry(role, path,
                            AnalysisError{AnalysisErrorKind::DamagedData,
                                          QStringLiteral("the audio data is damaged")});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_mix = analysed(QStringLiteral("mix.wav"), musicLike(6.0, 44100));
        m_reference = analysed(QStringLiteral("réference \"one\".wav"), musicLike(7.0, 44100));
        m_quiet = analysed(QStringLiteral("quiet.wav"), sine(440.0, -30.0, 4.0, 44100));
        QVERIFY(m_mix && m_reference && m_quiet);
    }

    void theStreamedReportIsTheBuiltOne_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("tracks");
        QTest::newRow("mix and two references, one failed file") << 0 << 3;
        QTest::newRow("a mix alone") << 1 << 1;
        QTest::newRow("references without a mix") << 2 << 2;
        QTest::newRow("every file failed") << 3 << 0;
    }

    void theStreamedReportIsTheBuiltOne() {
        QFETCH(int, kind);
        QFETCH(int, tracks);
        std::vector<SessionEntry> entries;
        const auto add = [&](TrackRole role, const QString& path,
                             const std::shared_ptr<const TrackAnalysis>& analysis) {
            entries.emplace_back(role, path, analysis);
        };
        switch (kind) {
        case 0:
            add(TrackRole::Mix, QStringLiteral("/songs/mix.wav"), m_mix);
            entries.push_back(failed(TrackRole::Reference, QStringLiteral("/songs/broken.mp3")));
            add(TrackRole::Reference, QStringLiteral("/songs/réference \"one\".wav"), m_reference);
            add(TrackRole::Reference, QStringLiteral("/songs/quiet.wav"), m_quiet);
            break;
        case 1:
            add(TrackRole::Mix, QStringLiteral("/songs/mix.wav"), m_mix);
            break;
        case 2:
            add(TrackRole::Reference, QStringLiteral("/songs/a.wav"), m_reference);
            add(TrackRole::Reference, QStringLiteral("/songs/b.wav"), m_quiet);
            break;
        default:
            entries.push_back(failed(TrackRole::Mix, QStringLiteral("/songs/mix.wav")));
            entries.push_back(failed(TrackRole::Reference, QStringLiteral("/songs/ref.wav")));
        }
        const SessionRun run(std::move(entries));
        for (const auto detail : {JsonReport::Detail::Full, JsonReport::Detail::Compact}) {
            const QByteArray built = JsonReport::build(run, detail).toJson(QJsonDocument::Indented);
            int pieces = 0;
            const QByteArray bytes = streamed(run, detail, &pieces);
            QCOMPARE(bytes.size(), built.size());
            QVERIFY(bytes == built);
            // One piece before the tracks, one or more per track, one after them.
            QVERIFY(pieces >= tracks + 2);
            QCOMPARE(QJsonDocument::fromJson(bytes)
                         .object()
                         .value(QStringLiteral("tracks"))
                         .toArray()
                         .size(),
                     tracks);
        }
    }

    // A track whose text runs to megabytes (an hour's series) is handed over
    // in pieces of about a megabyte, not copied whole.
    void aLongTrackComesInPiecesOfAMegabyte() {
        TrackAnalysis hour = *m_mix;
        auto& bands = hour.spectrum.bandSeriesMidDb;
        const auto once = bands;
        while (bands.size() < 14400) { // 0.25 s a frame
            bands.insert(bands.end(), once.begin(), once.end());
        }
        std::vector<SessionEntry> entries;
        entries.emplace_back(TrackRole::Mix, QStringLiteral("/songs/hour.wav"),
                             std::make_shared<const TrackAnalysis>(std::move(hour)));
        const SessionRun run(std::move(entries));
        const QByteArray built =
            JsonReport::build(run, JsonReport::Detail::Full).toJson(QJsonDocument::Indented);
        QByteArray bytes;
        qsizetype largest = 0;
        int pieces = 0;
        QVERIFY(JsonReport::stream(run, JsonReport::Detail::Full, [&](const QByteArray& piece) {
            bytes += piece;
            largest = std::max(largest, piece.size());
            ++pieces;
            return true;
        }));
        qInfo("%lld bytes in %d pieces, the largest %lld", static_cast<long long>(bytes.size()),
              pieces, static_cast<long long>(largest));
        QVERIFY(bytes == built);
        QVERIFY(built.size() > 4 << 20);
        QVERIFY(pieces > 4);
        QVERIFY(largest < (1 << 20) + 4096);
    }

    // The sink's first refusal ends the report: no piece is offered after it.
    void aRefusedPieceStopsTheReport() {
        std::vector<SessionEntry> entries;
        entries.emplace_back(TrackRole::Mix, QStringLiteral("/songs/mix.wav"), m_mix);
        entries.emplace_back(TrackRole::Reference, QStringLiteral("/songs/ref.wav"), m_reference);
        const SessionRun run(std::move(entries));
        for (int refuse = 0; refuse < 4; ++refuse) {
            int offered = 0;
            const bool ok =
                JsonReport::stream(run, JsonReport::Detail::Full,
                                   [&](const QByteArray&) { return offered++ != refuse; });
            QVERIFY(!ok);
            QCOMPARE(offered, refuse + 1);
        }
    }
};

QTEST_GUILESS_MAIN(JsonReportTest)
#include "tst_jsonreport.moc"
