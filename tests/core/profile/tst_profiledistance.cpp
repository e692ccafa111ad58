// The closest profile: a mix is ranked nearest to the profile made of its
// own kind of music. Three "styles" made from the corpus's songs (a bright
// master, a dark one, a squashed one) and a song none of them holds, mixed
// each way: each mix must sit closest to its own style, within or near it,
// and far from another. The distance's parts are checked against figures
// with known answers.

#include "core/common/translations.h"
#include "core/profile/profiledistance.h"
#include "core/session/sessionsnapshot.h"
#include "tests/support/analysed.h"
#include "tests/support/mixcorpus.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace mixscope;

namespace {

FigureSpread spread(double low, double median, double high) {
    return FigureSpread{low, median, high, median, 3};
}

} // namespace

class TestProfileDistance : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::map<test::Defect, SessionSnapshot::Profiles::value_type> m_styles;
    std::map<test::Defect, std::shared_ptr<const TrackAnalysis>> m_mixes;

    std::shared_ptr<const TrackAnalysis> analysed(const QString& name, const test::Signal& signal) {
        const QString path = m_dir.filePath(name);
        return test::writeWav(path, signal) ? test::analyse(path) : nullptr;
    }

    static QString styleName(test::Defect defect) { return test::defectName(defect); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const std::vector<test::CorpusSong> songs = test::corpusSongs();
        QVERIFY(songs.size() >= 5);
        const std::vector<test::Defect> styles{test::Defect::TooBright, test::Defect::TooDark,
                                               test::Defect::OverCompression};
        for (const test::Defect style : styles) {
            ReferenceProfile profile;
            profile.name = styleName(style);
            for (std::size_t i = 1; i <= 3; ++i) {
                const test::CorpusStems stems = test::renderSong(songs[i]);
                const auto analysis =
                    analysed(QStringLiteral("%1 %2.wav").arg(profile.name).arg(i),
                             test::degradedMix(stems, style, test::DefectStrength::Strong));
                QVERIFY(analysis);
                QVERIFY(profile.add(
                    ReferenceProfile::keep(*analysis, QString::number(i), analysis->path)));
            }
            m_styles[style] = std::make_shared<const ProfileSummary>(
                ProfileSummary::of(profile, profile.name + QStringLiteral(".mixprofile.json")));
        }
        // A song none of the profiles holds, mixed in each style.
        const test::CorpusStems unseen = test::renderSong(songs[4]);
        for (const test::Defect style : styles) {
            m_mixes[style] =
                analysed(QStringLiteral("mix %1.wav").arg(styleName(style)),
                         test::degradedMix(unseen, style, test::DefectStrength::Strong));
            QVERIFY(m_mixes[style]);
        }
    }

    void eachMixSitsClosestToItsOwnStyle_data() {
        QTest::addColumn<int>("style");
        for (const test::Defect style :
             {test::Defect::TooBright, test::Defect::TooDark, test::Defect::OverCompression}) {
            QTest::newRow(qPrintable(styleName(style))) << static_cast<int>(style);
        }
    }

    void eachMixSitsClosestToItsOwnStyle() {
        QFETCH(int, style);
        const auto defect = static_cast<test::Defect>(style);
        SessionSnapshot::Profiles profiles;
        for (const auto& [kind, profile] : m_styles) {
            profiles.push_back(profile);
        }
        const std::vector<ProfileDistance> ranked =
            ProfileDistance::rank(*m_mixes.at(defect), profiles);
        QStringList lines;
        for (const ProfileDistance& d : ranked) {
            lines << QStringLiteral("%1: %2 (score %7, tonal %3, width %4, dynamics %5, tempo %6)")
                         .arg(d.name)
                         .arg(d.distance, 0, 'f', 2)
                         .arg(d.tonalBalance.value_or(-1), 0, 'f', 2)
                         .arg(d.width.value_or(-1), 0, 'f', 2)
                         .arg(d.dynamics.value_or(-1), 0, 'f', 2)
                         .arg(d.tempo.value_or(-1), 0, 'f', 2)
                         .arg(d.score, 0, 'f', 2);
        }
        qInfo().noquote() << styleName(defect) << "mix:" << lines.join(QStringLiteral("; "));
        QCOMPARE(ranked.size(), std::size_t{3});
        QCOMPARE(ranked.front().name, styleName(defect));
        QVERIFY2(ranked.front().closeness() != ProfileDistance::Closeness::Far,
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(ranked.back().closeness(), ProfileDistance::Closeness::Far);
        QCOMPARE(ranked.front().trackCount, 3);
        for (std::size_t i = 1; i < ranked.size(); ++i) {
            QVERIFY(ranked[i - 1].score <= ranked[i].score);
        }
    }

    void aTrackSitsAtNoDistanceFromItsOwnProfile() {
        const TrackAnalysis& mix = *m_mixes.at(test::Defect::TooDark);
        ReferenceProfile own;
        own.name = QStringLiteral("own");
        own.add(ReferenceProfile::keep(mix, QStringLiteral("x"), mix.path));
        const auto distance = ProfileDistance::measure(mix, ProfileSummary::of(own, QString()));
        QVERIFY(distance);
        QCOMPARE(distance->distance, 0.0);
        QVERIFY(distance->tonalBalance && distance->width && distance->dynamics);
        QCOMPARE(distance->closeness(), ProfileDistance::Closeness::Within);
    }

    void eachFeatureIsMeasuredInItsSpread() {
        TrackAnalysis mix;
        mix.stream.sampleRateHz = 48000;
        mix.loudness.integratedLufs = -14.0;
        mix.spectrum.bandCentersHz = {31.5, 1000.0, 16000.0};
        mix.spectrum.midDb = {-10.0, -20.0, -30.0};
        mix.levels.crestDb = 12.0;
        ProfileSummary profile;
        profile.name = QStringLiteral("known");
        profile.trackCount = 3;
        profile.figures.bandCentersHz = {31.5, 1000.0, 16000.0};
        // 1 kHz: the mix at -6 dB against the loudness, the profile's median
        // -10 with p10–p90 -14…-6 (half-width 4): z = 1. The bands outside
        // 40 Hz–12.5 kHz are left out however far they are.
        profile.figures.levelDb = {spread(30, 40, 50), spread(-14, -10, -6), spread(30, 40, 50)};
        profile.figures.widthDb = {std::nullopt, std::nullopt, std::nullopt};
        // Crest 12 against 10 with no spread: the floor, 1 dB, gives z = 2.
        profile.figures.crestDb = spread(10, 10, 10);
        auto distance = ProfileDistance::measure(mix, profile);
        QVERIFY(distance && distance->tonalBalance && distance->dynamics);
        QCOMPARE(*distance->tonalBalance, 1.0);
        QCOMPARE(*distance->dynamics, 2.0);
        QVERIFY(!distance->width && !distance->tempo);
        // (2 × 1² + 2²) / 3, the tonal balance counting twice.
        QCOMPARE(distance->distance, std::sqrt(2.0));
        // The ranking's score adds the spread's width against the floor: at
        // 1 kHz 2 · ln(4 / 2); the crest's spread is at its floor.
        QCOMPARE(distance->score, std::sqrt((2.0 * (1.0 + 2.0 * std::log(2.0)) + 4.0) / 3.0));
        QCOMPARE(distance->closeness(), ProfileDistance::Closeness::Near);

        // A beat tracker's doubled tempo is the same tempo; a third off is far.
        profile.figures.tempoBpm = spread(59, 60, 61);
        mix.rhythm.tempoBpm = 120.0;
        distance = ProfileDistance::measure(mix, profile);
        QCOMPARE(*distance->tempo, 0.0);
        mix.rhythm.tempoBpm = 80.0;
        distance = ProfileDistance::measure(mix, profile);
        QVERIFY2(*distance->tempo > 5.0, qPrintable(QString::number(*distance->tempo)));

        // Nothing in common: no distance, and the profile is left out of the ranking.
        ProfileSummary empty;
        QVERIFY(!ProfileDistance::measure(mix, empty));
        QVERIFY(
            ProfileDistance::rank(mix, {std::make_shared<const ProfileSummary>(empty)}).empty());
    }

    // A profile that takes anything is little evidence for a mix: of two
    // profiles whose medians are the mix's, the tighter one ranks first, and
    // a mix a little off a tight profile still ranks it before a vague one.
    void aTighterProfileRanksBeforeAVagueOne() {
        TrackAnalysis mix;
        mix.stream.sampleRateHz = 48000;
        mix.loudness.integratedLufs = -14.0;
        mix.spectrum.bandCentersHz = {1000.0};
        mix.spectrum.midDb = {-15.0}; // -1 dB against the loudness
        auto profile = [](const QString& name, double halfWidth) {
            auto summary = std::make_shared<ProfileSummary>();
            summary->name = name;
            summary->figures.bandCentersHz = {1000.0};
            summary->figures.levelDb = {spread(-halfWidth, 0.0, halfWidth)};
            summary->figures.widthDb = {std::nullopt};
            return std::shared_ptr<const ProfileSummary>(summary);
        };
        const auto ranked = ProfileDistance::rank(
            mix, {profile(QStringLiteral("vague"), 12.0), profile(QStringLiteral("tight"), 2.0)});
        QCOMPARE(ranked.size(), std::size_t{2});
        QCOMPARE(ranked[0].name, QStringLiteral("tight"));
        QVERIFY(ranked[0].distance > ranked[1].distance); // 0.5 against 0.08
    }

    void theRankingIsSaidInWords() {
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        ProfileDistance near;
        near.name = QStringLiteral("Deep house");
        near.trackCount = 12;
        near.distance = 0.8;
        ProfileDistance far;
        far.name = QStringLiteral("Orchestral");
        far.trackCount = 1;
        far.distance = 3.4;
        const QStringList words = ProfileDistance::describe({near, far});
        QCOMPARE(words.size(), 2);
        QCOMPARE(words[0], QStringLiteral("Most like your “Deep house” references (12 tracks): "
                                          "within their usual range (distance 0.8)."));
        QCOMPARE(words[1], QStringLiteral("Your “Orchestral” references (1 track): far from "
                                          "them (distance 3.4)."));
    }
};

QTEST_GUILESS_MAIN(TestProfileDistance)
#include "tst_profiledistance.moc"
