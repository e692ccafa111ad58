// Reference profiles: a mix judged against a profile gets exactly the
// findings (and the comparison's numbers) it gets against the same
// references given directly, after the reference files are gone; damaged,
// newer and hand-edited profile files are refused with one clear sentence.

#include "core/diagnosis/measures.h"
#include "core/profile/referenceprofile.h"
#include "core/session/sessionsnapshot.h"
#include "tests/support/analysed.h"
#include "tests/support/mixcorpus.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace mixscope;

namespace {

using test::analyse;
using test::compared;

// A finding in full, every field, as text to compare and to print.
QString describe(const Finding& f) {
    QStringList times;
    for (const TimeRange& range : f.times) {
        times << QStringLiteral("%1–%2").arg(range.startS, 0, 'g', 17).arg(range.endS, 0, 'g', 17);
    }
    return QStringLiteral("%1 %2 %3 [%4–%5 Hz] (%6) conf %7 value %8 | %9 | %10 | %11")
        .arg(findingKindId(f.kind), findingSeverityId(f.severity), findingBasisId(f.basis))
        .arg(f.frequency ? f.frequency->lowHz : -1.0, 0, 'g', 17)
        .arg(f.frequency ? f.frequency->highHz : -1.0, 0, 'g', 17)
        .arg(times.join(QLatin1Char(',')))
        .arg(f.confidence, 0, 'g', 17)
        .arg(f.value, 0, 'g', 17)
        .arg(f.title, f.evidence, f.suggestion);
}

// The comparison's numbers against each reference and the average.
QString describe(const Comparison& c) {
    QStringList parts;
    auto delta = [&parts](const ReferenceDelta& d) {
        auto number = [](const std::optional<double>& v) {
            return v ? QString::number(*v, 'g', 17) : QStringLiteral("-");
        };
        QStringList bands;
        for (const auto& v : d.spectrumDeltaDb) {
            bands << number(v);
        }
        for (const auto& v : d.widthDeltaDb) {
            bands << number(v);
        }
        parts << QStringList{number(d.matchGainDb),
                             number(d.sectionMatchGainDb),
                             number(d.correlationDelta),
                             number(d.lowEndCorrelationDelta),
                             number(d.crestDeltaDb),
                             number(d.plrDeltaDb),
                             number(d.psrDeltaDb),
                             number(d.loudnessRangeDeltaLu),
                             number(d.transientStrengthDeltaDb),
                             number(d.spectrumTopHz),
                             bands.join(QLatin1Char(' '))}
                     .join(QLatin1Char(';'));
    };
    for (const ReferenceDelta& d : c.perReference) {
        delta(d);
    }
    if (c.average) {
        delta(*c.average);
    }
    return parts.join(QLatin1Char('\n'));
}

// The profile's JSON with change applied and its checksum made right again,
// as if Mixscope had written it so.
QByteArray rewritten(const QByteArray& json, const std::function<void(QJsonObject&)>& change) {
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.remove(QStringLiteral("checksum_sha256"));
    change(root);
    const QByteArray checksum =
        QCryptographicHash::hash(QJsonDocument(root).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex();
    root.insert(QStringLiteral("checksum_sha256"), QString::fromLatin1(checksum));
    return QJsonDocument(root).toJson();
}

} // namespace

class ReferenceProfileTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<std::pair<QString, std::shared_ptr<const TrackAnalysis>>> m_mixes;
    std::vector<std::shared_ptr<const TrackAnalysis>> m_references;
    QStringList m_referencePaths;
    QByteArray m_profileJson;

    QString write(const QString& name, const test::Signal& signal) {
        const QString path = m_dir.filePath(name);
        return test::writeWav(path, signal) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const std::vector<test::CorpusSong> songs = test::corpusSongs();
        const test::CorpusStems stems = test::renderSong(songs[0]);
        // Mixes with the problems whose judgement reads the references most:
        // tonal balance, sibilance (the references' hop series), wide bass
        // (their low-end correlation), punch (their crest and PSR).
        for (const test::Defect defect :
             {test::Defect::Mud, test::Defect::Sibilance, test::Defect::WideBass,
              test::Defect::OverCompression, test::Defect::Harshness}) {
            const QString name = test::defectName(defect);
            const QString path =
                write(name + QStringLiteral(" mix.wav"),
                      test::degradedMix(stems, defect, test::DefectStrength::Strong));
            QVERIFY(!path.isEmpty());
            auto analysis = analyse(path);
            QVERIFY(analysis);
            m_mixes.emplace_back(name, analysis);
        }
        // References: three other songs, one at 48 kHz, and the first
        // song's clean mix (a version of the mix, judged against alone).
        for (std::size_t i : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{0}}) {
            const QString path =
                write(QStringLiteral("reference %1 (%2).wav").arg(i).arg(songs[i].name),
                      test::cleanMix(test::renderSong(songs[i])));
            QVERIFY(!path.isEmpty());
            auto analysis = analyse(path);
            QVERIFY(analysis);
            m_references.push_back(analysis);
            m_referencePaths << path;
        }

        ReferenceProfile profile;
        profile.name = QStringLiteral("Corpus références");
        profile.created = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < m_referencePaths.size(); ++i) {
            const QString hash = ReferenceProfile::contentHash(m_referencePaths[i]);
            QCOMPARE(hash.size(), 64);
            QVERIFY(profile.add(ReferenceProfile::keep(*m_references[static_cast<std::size_t>(i)],
                                                       hash, m_referencePaths[i])));
        }
        // The same recording again is kept once.
        QVERIFY(!profile.add(ReferenceProfile::keep(
            *m_references[0], ReferenceProfile::contentHash(m_referencePaths[0]), {})));
        QCOMPARE(profile.tracks.size(), std::size_t(4));
        const QString profilePath = m_dir.filePath(QStringLiteral("corpus.mixprofile.json"));
        QVERIFY(!profile.write(profilePath));
        QFile file(profilePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_profileJson = file.readAll();
        qInfo("a profile of %d tracks: %lld bytes", static_cast<int>(profile.tracks.size()),
              static_cast<long long>(m_profileJson.size()));
        // The files are gone; the profile is all there is.
        for (const QString& path : std::as_const(m_referencePaths)) {
            QVERIFY(QFile::remove(path));
        }
    }

    void aMixIsJudgedAsAgainstTheSameReferences_data() {
        QTest::addColumn<int>("mix");
        QTest::addColumn<bool>("withVersion");
        for (std::size_t i = 0; i < m_mixes.size(); ++i) {
            const QByteArray name = m_mixes[i].first.toUtf8();
            QTest::newRow(name + " against other songs") << static_cast<int>(i) << false;
            QTest::newRow(name + " against other songs and its clean version")
                << static_cast<int>(i) << true;
        }
    }

    void aMixIsJudgedAsAgainstTheSameReferences() {
        QFETCH(int, mix);
        QFETCH(bool, withVersion);
        const Result<ReferenceProfile> read =
            ReferenceProfile::read(m_dir.filePath(QStringLiteral("corpus.mixprofile.json")));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const ReferenceProfile& profile = read.value();
        QCOMPARE(profile.name, QStringLiteral("Corpus références"));
        const std::size_t count = withVersion ? 4 : 3;

        std::vector<ComparedTrack> direct, fromProfile;
        for (std::size_t i = 0; i < count; ++i) {
            direct.push_back(compared(m_references[i]));
            fromProfile.push_back(
                compared(std::make_shared<const TrackAnalysis>(profile.tracks[i].analysis)));
            QCOMPARE(fromProfile.back().name, direct.back().name);
        }
        const ComparedTrack mixTrack = compared(m_mixes[static_cast<std::size_t>(mix)].second);
        const SessionSnapshot a = SessionSnapshot::make(mixTrack, direct);
        const SessionSnapshot b = SessionSnapshot::make(mixTrack, fromProfile);
        QCOMPARE(describe(b.comparison), describe(a.comparison));
        QStringList expected, actual;
        for (const Finding& finding : a.findings) {
            expected << describe(finding);
        }
        for (const Finding& finding : b.findings) {
            actual << describe(finding);
        }
        // Against its own clean version every injected problem is found;
        // against other songs alone some are within their spread (then the
        // comparison's numbers, above, are what is compared).
        QVERIFY(!withVersion || !expected.isEmpty());
        QCOMPARE(actual.join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
        QStringList ids;
        for (const Finding& finding : b.findings) {
            ids << findingKindId(finding.kind);
        }
        qInfo("%s: %d findings, identical: %s", QTest::currentDataTag(),
              static_cast<int>(b.findings.size()), qPrintable(ids.join(QStringLiteral(", "))));
    }

    void theProfileKeepsWhatTheRulesRead() {
        const Result<ReferenceProfile> read = ReferenceProfile::parse(m_profileJson);
        QVERIFY(read.ok());
        for (std::size_t i = 0; i < m_references.size(); ++i) {
            const TrackAnalysis& original = *m_references[i];
            const TrackAnalysis& kept = read.value().tracks[i].analysis;
            // The sibilance rule's figures from the series, exactly.
            const auto fromSeries = measures::hopSummary(original.spectrum);
            QVERIFY(fromSeries.has_value());
            QVERIFY(kept.spectrum.keptHopSummary.has_value());
            QCOMPARE(kept.spectrum.keptHopSummary->sibilantPeakDb, fromSeries->sibilantPeakDb);
            QCOMPARE(kept.spectrum.keptHopSummary->sibilantMedianDb, fromSeries->sibilantMedianDb);
            QCOMPARE(kept.spectrum.keptHopSummary->presenceMedianDb, fromSeries->presenceMedianDb);
            QCOMPARE(kept.stream.sampleRateHz, original.stream.sampleRateHz);
            QCOMPARE(kept.structure.sections.size(), original.structure.sections.size());
            // No series over time, no audio.
            QVERIFY(kept.loudness.shortTermLufs.empty());
            QVERIFY(kept.spectrum.bandSeriesMidDb.empty());
            QVERIFY(kept.spectrum.sibilantHopSeriesDb.empty());
            QVERIFY(kept.stereo.vectorscopeDensity.empty());
            QVERIFY(kept.path.isEmpty());
            QCOMPARE(read.value().tracks[i].path, m_referencePaths[static_cast<qsizetype>(i)]);
        }
        // 48 kHz and 44.1 kHz tracks side by side: figures over the bands all have.
        const ProfileFigures figures = read.value().figures();
        QVERIFY(!figures.bandCentersHz.empty());
        QVERIFY(figures.integratedLufs.has_value());
        QCOMPARE(figures.integratedLufs->count, 4);
        std::vector<double> lufs;
        for (const auto& reference : m_references) {
            lufs.push_back(*reference->loudness.integratedLufs);
        }
        std::sort(lufs.begin(), lufs.end());
        // Four values: ranks 0.3, 1.5 and 2.7, interpolated.
        QCOMPARE(figures.integratedLufs->low, lufs[0] + 0.3 * (lufs[1] - lufs[0]));
        QCOMPARE(figures.integratedLufs->median, lufs[1] + 0.5 * (lufs[2] - lufs[1]));
        QCOMPARE(figures.integratedLufs->high, lufs[2] + 0.7 * (lufs[3] - lufs[2]));
        QCOMPARE(figures.integratedLufs->mean, (lufs[0] + lufs[1] + lufs[2] + lufs[3]) / 4.0);
    }

    void aBadProfileIsRefused_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << m_profileJson.left(m_profileJson.size() / 2)
                                   << QStringLiteral("it is not valid JSON");
        QTest::newRow("a session file")
            << QByteArray(R"({"format": "mixscope-session", "format_version": 1})")
            << QStringLiteral("this is not a Mixscope profile");
        QTest::newRow("newer") << rewritten(m_profileJson, [](QJsonObject& root) {
            root.insert(QStringLiteral("format_version"), 2);
        }) << QStringLiteral("newer Mixscope (format 2)");
        QByteArray edited = m_profileJson;
        const qsizetype at = edited.indexOf("\"integrated_lufs\": -");
        QVERIFY(at > 0);
        edited[at + 20] = edited[at + 20] == '1' ? '2' : '1';
        QTest::newRow("a number edited by hand")
            << edited << QStringLiteral("changed after Mixscope wrote it");
        QTest::newRow("renamed by hand")
            << QByteArray(m_profileJson).replace("Corpus références", "My refs")
            << QStringLiteral("changed after Mixscope wrote it");
        QTest::newRow("no tracks") << rewritten(m_profileJson, [](QJsonObject& root) {
            root.insert(QStringLiteral("tracks"), QJsonArray());
        }) << QStringLiteral("holds no tracks");
        QTest::newRow("bands that do not fit") << rewritten(m_profileJson, [](QJsonObject& root) {
            QJsonArray tracks = root.value(QStringLiteral("tracks")).toArray();
            QJsonObject track = tracks.at(1).toObject();
            QJsonObject spectrum = track.value(QStringLiteral("spectrum")).toObject();
            QJsonArray mid = spectrum.value(QStringLiteral("mid_db")).toArray();
            mid.removeLast();
            spectrum.insert(QStringLiteral("mid_db"), mid);
            track.insert(QStringLiteral("spectrum"), spectrum);
            tracks.replace(1, track);
            root.insert(QStringLiteral("tracks"), tracks);
        }) << QStringLiteral("damaged (track 2: mid_db)");
    }

    void aBadProfileIsRefused() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Result<ReferenceProfile> read = ReferenceProfile::parse(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, AnalysisErrorKind::DamagedData);
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
        QVERIFY(!read.error().message.contains(QLatin1Char('\n')));
    }

    void aMissingOrFolderPathIsNamedAsSuch() {
        const auto missing = ReferenceProfile::read(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, AnalysisErrorKind::FileNotFound);
        const auto folder = ReferenceProfile::read(m_dir.path());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().kind, AnalysisErrorKind::NotAFile);
    }
};

QTEST_GUILESS_MAIN(ReferenceProfileTest)
#include "tst_referenceprofile.moc"
