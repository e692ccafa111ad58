#include "core/analysis/loudnessmeter.h"
#include "core/analysis/structureanalyzer.h"
#include "tests/support/testsignals.h"

#include <QtTest>

#include <cmath>

using namespace mixscope;
using namespace mixscope::test;

namespace {

constexpr double kFrameS = 0.25;
constexpr double kBoundaryToleranceS = 2.0;

struct Part {
    double seconds;
    double lufs;     ///< target level; the end level when rising
    double fromLufs; ///< start level (equal to lufs when steady)
    int timbre;      ///< index of a spectral shape
};

// Deterministic jitter in [-0.5, 0.5).
float jitter(std::uint32_t& state) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return static_cast<float>((state >> 8) / 16777216.0 - 0.5);
}

// A song as its feature series: short-term loudness (a 3 s window, centred,
// with ±0.5 LU of jitter) and 31 band levels shaped by each part's timbre,
// the top two bands undefined as at a low sample rate.
StructureInput songSeries(const std::vector<Part>& parts, bool withBands = true) {
    std::vector<double> instantLufs;
    std::vector<int> timbres;
    for (const Part& part : parts) {
        const auto frames = static_cast<std::size_t>(std::lround(part.seconds / kFrameS));
        for (std::size_t i = 0; i < frames; ++i) {
            const double fraction = static_cast<double>(i) / static_cast<double>(frames);
            instantLufs.push_back(part.fromLufs + (part.lufs - part.fromLufs) * fraction);
            timbres.push_back(part.timbre);
        }
    }
    StructureInput input;
    input.frameIntervalS = kFrameS;
    std::uint32_t state = 99;
    const auto halfWindow = static_cast<std::ptrdiff_t>(std::lround(1.5 / kFrameS));
    const auto count = static_cast<std::ptrdiff_t>(instantLufs.size());
    for (std::ptrdiff_t i = 0; i < count; ++i) {
        double power = 0.0;
        int used = 0;
        for (std::ptrdiff_t j = std::max<std::ptrdiff_t>(0, i - halfWindow);
             j < std::min(count, i + halfWindow); ++j) {
            power += std::pow(10.0, instantLufs[static_cast<std::size_t>(j)] / 10.0);
            ++used;
        }
        const auto lufs = static_cast<float>(10.0 * std::log10(power / used)) + jitter(state);
        input.loudnessLufs.push_back(lufs);
        if (!withBands) {
            continue;
        }
        std::vector<std::optional<float>> bands(31);
        for (std::size_t k = 0; k + 2 < bands.size(); ++k) {
            const auto position = static_cast<float>(k) / 30.0f;
            // Timbre 0: dark, bass-heavy; 1: full; 2: thin, no low end.
            const float shape = timbres[static_cast<std::size_t>(i)] == 0   ? -12.0f * position
                                : timbres[static_cast<std::size_t>(i)] == 1 ? -6.0f * position
                                : position < 0.3f                           ? -15.0f
                                                                            : -4.0f * position;
            bands[k] = lufs + shape + jitter(state);
        }
        input.bandDb.push_back(bands);
    }
    return input;
}

QString describe(const StructureResult& result) {
    QStringList parts;
    for (const Section& section : result.sections) {
        parts << QStringLiteral("%1–%2 s %3 (%4 LUFS)")
                     .arg(section.startS, 0, 'f', 2)
                     .arg(section.endS, 0, 'f', 2)
                     .arg(sectionLabelId(section.label))
                     .arg(section.loudnessLufs.value_or(-1000.0), 0, 'f', 1);
    }
    return parts.join(QStringLiteral("; "));
}

bool isLoudLabel(SectionLabel label) {
    return label == SectionLabel::Drop || label == SectionLabel::Chorus;
}

// Scales every sample of signal by 10^(gainDb/20).
Signal withGain(Signal signal, double gainDb) {
    const auto gain = static_cast<float>(std::pow(10.0, gainDb / 20.0));
    for (float& sample : signal.samples) {
        sample *= gain;
    }
    return signal;
}

} // namespace

Q_DECLARE_METATYPE(mixscope::SectionLabel)

class TestStructureAnalyzer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The whole chain as the analysis pass will run it: real audio, the real
    // loudness meter, its trailing 3 s series centred onto 0.25 s frames.
    void quietLoudQuietAudioIsIntroDropOutro() {
        constexpr int rateHz = 24000;
        const Signal loud = musicLike(60.0, rateHz);
        const Signal quiet = withGain(musicLike(30.0, rateHz), -16.0);
        const Signal song = concatenate(concatenate(quiet, loud), quiet);

        LoudnessMeter meter(rateHz);
        meter.process(song.samples.data(), song.frames());
        const LoudnessResult loudness = meter.finish();
        QVERIFY(loudness.shortTermMaxLufs);

        StructureInput input;
        input.frameIntervalS = kFrameS;
        input.loudnessLufs = StructureAnalyzer::centredFrames(
            loudness.shortTermLufs, loudness.seriesIntervalS, 3.0, kFrameS,
            static_cast<std::size_t>(std::lround(120.0 / kFrameS)));
        const StructureResult result = StructureAnalyzer::analyze(input);
        qInfo("%s", qPrintable(describe(result)));

        QCOMPARE(result.sections.size(), std::size_t(3));
        QCOMPARE(result.sections[0].label, SectionLabel::Intro);
        QVERIFY2(isLoudLabel(result.sections[1].label), qPrintable(describe(result)));
        QCOMPARE(result.sections[2].label, SectionLabel::Outro);
        QCOMPARE(result.sections[0].startS, 0.0);
        QVERIFY(std::fabs(result.sections[0].endS - 30.0) <= kBoundaryToleranceS);
        QVERIFY(std::fabs(result.sections[1].endS - 90.0) <= kBoundaryToleranceS);
        QCOMPARE(result.sections[1].startS, result.sections[0].endS);
        QVERIFY(std::fabs(result.sections[2].endS - 120.0) <= 1e-9);
        QVERIFY(result.sections[1].loudnessLufs && result.sections[0].loudnessLufs);
        QVERIFY(std::fabs(*result.sections[1].loudnessLufs - *result.sections[0].loudnessLufs -
                          16.0) <= 1.5);
    }

    void sectionsFollowLoudnessAndTimbre_data() {
        QTest::addColumn<QList<double>>("seconds");
        QTest::addColumn<QList<double>>("lufs");
        QTest::addColumn<bool>("withBands");
        QTest::addColumn<QStringList>("expectedLabels");

        const QStringList introDropOutro{QStringLiteral("intro"), QStringLiteral("loud"),
                                         QStringLiteral("outro")};
        QTest::newRow("quiet, loud, quiet")
            << QList<double>{30, 60, 30} << QList<double>{-30, -14, -30} << true << introDropOutro;
        QTest::newRow("quiet, loud, quiet, loudness only")
            << QList<double>{30, 60, 30} << QList<double>{-30, -14, -30} << false << introDropOutro;
        QTest::newRow("quiet, loud, quiet, loud")
            << QList<double>{32, 64, 32, 64} << QList<double>{-26, -12, -26, -12} << true
            << QStringList{QStringLiteral("intro"), QStringLiteral("loud"),
                           QStringLiteral("breakdown"), QStringLiteral("loud")};
        QTest::newRow("intro, chorus, verse, chorus, outro")
            << QList<double>{40, 30, 40, 30, 20} << QList<double>{-17, -13, -17, -13, -25}
            << true
            // An opening more than 3 LU below the loudest part reads as an intro.
            << QStringList{QStringLiteral("intro"), QStringLiteral("loud"), QStringLiteral("verse"),
                           QStringLiteral("loud"), QStringLiteral("outro")};
    }

    void sectionsFollowLoudnessAndTimbre() {
        QFETCH(QList<double>, seconds);
        QFETCH(QList<double>, lufs);
        QFETCH(bool, withBands);
        QFETCH(QStringList, expectedLabels);

        std::vector<Part> parts;
        for (qsizetype i = 0; i < seconds.size(); ++i) {
            parts.push_back({seconds[i], lufs[i], lufs[i], lufs[i] > -20 ? 1 : 2});
        }
        const StructureResult result = StructureAnalyzer::analyze(songSeries(parts, withBands));
        qInfo("%s", qPrintable(describe(result)));

        QCOMPARE(result.sections.size(), static_cast<std::size_t>(parts.size()));
        double expectedEndS = 0.0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            expectedEndS += parts[i].seconds;
            const Section& section = result.sections[i];
            QVERIFY2(std::fabs(section.endS - expectedEndS) <= kBoundaryToleranceS,
                     qPrintable(describe(result)));
            const QString& expected = expectedLabels[static_cast<qsizetype>(i)];
            if (expected == QLatin1String("loud")) {
                QVERIFY2(isLoudLabel(section.label), qPrintable(describe(result)));
            } else {
                QCOMPARE(sectionLabelId(section.label), expected);
            }
        }
    }

    void timbreChangeAtEqualLoudnessIsABoundary() {
        const StructureResult result =
            StructureAnalyzer::analyze(songSeries({{40, -14, -14, 0}, {40, -14, -14, 2}}));
        qInfo("%s", qPrintable(describe(result)));
        QCOMPARE(result.sections.size(), std::size_t(2));
        QVERIFY(std::fabs(result.sections[0].endS - 40.0) <= kBoundaryToleranceS);
    }

    // The build starts with a change of sound (a riser over a dark groove):
    // a slow ramp alone has too little novelty to start a section.
    void risingSectionIntoTheLoudestIsABuild() {
        const StructureResult result = StructureAnalyzer::analyze(songSeries(
            {{32, -20, -20, 0}, {16, -13, -24, 2}, {32, -11, -11, 1}, {16, -24, -24, 0}}));
        qInfo("%s", qPrintable(describe(result)));
        QCOMPARE(result.sections.size(), std::size_t(4));
        QCOMPARE(result.sections[1].label, SectionLabel::Build);
        QCOMPARE(result.sections[2].label, SectionLabel::Drop);
        QVERIFY(std::fabs(result.sections[1].startS - 32.0) <= kBoundaryToleranceS);
        QVERIFY(std::fabs(result.sections[2].startS - 48.0) <= kBoundaryToleranceS);
    }

    void steadyTrackIsOneVerse() {
        const StructureResult result = StructureAnalyzer::analyze(songSeries({{180, -14, -14, 1}}));
        QCOMPARE(result.sections.size(), std::size_t(1));
        QCOMPARE(result.sections[0].label, SectionLabel::Verse);
        QCOMPARE(result.sections[0].startS, 0.0);
        QVERIFY(std::fabs(result.sections[0].endS - 180.0) <= 1e-9);
        QVERIFY(std::fabs(*result.sections[0].loudnessLufs - -14.0) <= 0.5);
    }

    void silentStartIsAnIntroWithoutLoudness() {
        StructureInput input = songSeries({{20, -14, -14, 1}, {60, -14, -14, 1}});
        for (std::size_t i = 0; i < static_cast<std::size_t>(20 / kFrameS); ++i) {
            input.loudnessLufs[i].reset();
            input.bandDb[i].assign(31, std::nullopt);
        }
        const StructureResult result = StructureAnalyzer::analyze(input);
        qInfo("%s", qPrintable(describe(result)));
        QCOMPARE(result.sections.size(), std::size_t(2));
        QCOMPARE(result.sections[0].label, SectionLabel::Intro);
        QVERIFY(!result.sections[0].loudnessLufs);
        QVERIFY(std::fabs(result.sections[0].endS - 20.0) <= kBoundaryToleranceS);
    }

    void shortTrackUsesShorterSections() {
        const StructureResult result =
            StructureAnalyzer::analyze(songSeries({{10, -28, -28, 2}, {10, -12, -12, 1}}));
        qInfo("%s", qPrintable(describe(result)));
        QCOMPARE(result.minimumSectionS, 5.0);
        QCOMPARE(result.sections.size(), std::size_t(2));
        QVERIFY(std::fabs(result.sections[0].endS - 10.0) <= 1.0);
        QCOMPARE(result.sections[0].label, SectionLabel::Intro);
    }

    void sectionsAreNeverShorterThanTheMinimum() {
        // A loudness change every 3 s: too fast to be song sections.
        std::vector<Part> parts;
        for (int i = 0; i < 40; ++i) {
            const double lufs = i % 2 == 0 ? -24.0 : -12.0;
            parts.push_back({3.0, lufs, lufs, i % 2 == 0 ? 2 : 1});
        }
        const StructureResult result = StructureAnalyzer::analyze(songSeries(parts));
        QVERIFY(!result.sections.empty());
        for (const Section& section : result.sections) {
            QVERIFY2(section.endS - section.startS >= result.minimumSectionS - kFrameS,
                     qPrintable(describe(result)));
        }
    }

    void emptyOrInvalidInputGivesNoSections_data() {
        QTest::addColumn<double>("frameIntervalS");
        QTest::addColumn<int>("frames");

        QTest::newRow("no frames") << 0.25 << 0;
        QTest::newRow("zero interval") << 0.0 << 100;
        QTest::newRow("negative interval") << -1.0 << 100;
    }

    void emptyOrInvalidInputGivesNoSections() {
        QFETCH(double, frameIntervalS);
        QFETCH(int, frames);

        StructureInput input;
        input.frameIntervalS = frameIntervalS;
        input.loudnessLufs.assign(static_cast<std::size_t>(frames), -14.0f);
        QVERIFY(StructureAnalyzer::analyze(input).sections.empty());
    }

    void centredFramesAlignATrailingWindowWithItsCentre() {
        // A 3 s trailing series at 0.1 s, stepping from -30 to -10 at entry 99
        // (window ending at 10 s, centred at 8.5 s).
        std::vector<std::optional<float>> trailing(200);
        for (std::size_t i = 29; i < trailing.size(); ++i) {
            trailing[i] = i < 99 ? -30.0f : -10.0f;
        }
        const std::vector<std::optional<float>> frames =
            StructureAnalyzer::centredFrames(trailing, 0.1, 3.0, 0.25, 80);
        QCOMPARE(frames.size(), std::size_t(80));
        QCOMPARE(frames.front(), std::optional<float>(-30.0f)); // first full window, not empty
        QCOMPARE(frames[33], std::optional<float>(-30.0f));     // centred at 8.375 s
        QCOMPARE(frames[34], std::optional<float>(-10.0f));     // centred at 8.625 s
        QCOMPARE(frames.back(), std::optional<float>(-10.0f));  // past the end: the last entry
    }

    void labelIdsAreStableAndRoundTrip_data() {
        QTest::addColumn<SectionLabel>("label");
        QTest::addColumn<QString>("id");

        QTest::newRow("intro") << SectionLabel::Intro << QStringLiteral("intro");
        QTest::newRow("verse") << SectionLabel::Verse << QStringLiteral("verse");
        QTest::newRow("build") << SectionLabel::Build << QStringLiteral("build");
        QTest::newRow("drop") << SectionLabel::Drop << QStringLiteral("drop");
        QTest::newRow("chorus") << SectionLabel::Chorus << QStringLiteral("chorus");
        QTest::newRow("breakdown") << SectionLabel::Breakdown << QStringLiteral("breakdown");
        QTest::newRow("outro") << SectionLabel::Outro << QStringLiteral("outro");
    }

    void labelIdsAreStableAndRoundTrip() {
        QFETCH(SectionLabel, label);
        QFETCH(QString, id);

        QCOMPARE(sectionLabelId(label), id);
        QCOMPARE(sectionLabelFromId(id), std::optional<SectionLabel>(label));
        QVERIFY(!sectionLabelDisplayName(label).isEmpty());
    }

    void unknownLabelIdIsEmpty() {
        QVERIFY(!sectionLabelFromId(u"bridge"));
        QVERIFY(!sectionLabelFromId(u""));
    }
};

QTEST_GUILESS_MAIN(TestStructureAnalyzer)
#include "tst_structureanalyzer.moc"
