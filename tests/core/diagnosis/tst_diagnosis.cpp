#include "core/analysis/trackanalyzer.h"
#include "core/compare/comparison.h"
#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/findingbuilder.h"
#include "core/diagnosis/measures.h"
#include "core/diagnosis/rules/rules.h"
#include "core/diagnosis/thresholds.h"
#include "tests/support/mixcorpus.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mixscope;
using namespace mixscope::test;

class TestDiagnosis : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CorpusStems m_stems;
    TrackAnalysis m_clean;

    TrackAnalysis analyse(const Signal& signal) {
        const QString path = m_dir.filePath(QStringLiteral("track.wav"));
        if (!writeWav(path, signal)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        auto result = TrackAnalyzer::analyze(path);
        if (!result.ok()) {
            qFatal("%s", qPrintable(result.error().message));
        }
        return result.value();
    }

    // source through an ffmpeg audio filter into name (float WAV), analysed;
    // empty, with a warning, when ffmpeg or the analysis fails.
    std::optional<TrackAnalysis> filtered(const QString& source, const QString& filter,
                                          const QString& name) {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!runFfmpeg({QStringLiteral("-i"), source, QStringLiteral("-af"), filter,
                        QStringLiteral("-c:a"), QStringLiteral("pcm_f32le"), path},
                       &error)) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        auto analysis = TrackAnalyzer::analyze(path);
        if (!analysis.ok()) {
            qWarning("%s", qPrintable(analysis.error().message));
            return std::nullopt;
        }
        return std::move(analysis).value();
    }

    static std::vector<Finding> judge(const TrackAnalysis& mix,
                                      std::vector<const TrackAnalysis*> references) {
        return Diagnosis::diagnose(mix, references, Comparison::compare(mix, references));
    }

    static const Finding* find(const std::vector<Finding>& findings, FindingKind kind) {
        for (const Finding& finding : findings) {
            if (finding.kind == kind) {
                return &finding;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_stems = renderSong(corpusSongs().front());
        m_clean = analyse(cleanMix(m_stems));
    }

    void cleanMixAgainstItselfRaisesNothing() {
        const auto findings = judge(m_clean, {&m_clean});
        for (const Finding& finding : findings) {
            QVERIFY2(finding.severity == FindingSeverity::Info,
                     qPrintable(findingKindId(finding.kind)));
        }
    }

    void mudAgainstTheReferenceNamesItsRangeAmountAndSections() {
        const TrackAnalysis muddy =
            analyse(degradedMix(m_stems, Defect::Mud, DefectStrength::Strong));
        const auto findings = judge(muddy, {&m_clean});
        const Finding* mud = find(findings, FindingKind::Mud);
        QVERIFY(mud != nullptr);
        QVERIFY2(mud->severity == FindingSeverity::Problem, qPrintable(mud->evidence));
        QCOMPARE(mud->basis, FindingBasis::References);
        QVERIFY(mud->frequency);
        QVERIFY2(
            mud->frequency->lowHz >= 140.0 && mud->frequency->highHz <= 450.0,
            qPrintable(
                QStringLiteral("%1–%2 Hz").arg(mud->frequency->lowHz).arg(mud->frequency->highHz)));
        // A +6 dB bell at 300 Hz, Q 1: about +5 dB over a 2/3-octave window.
        QVERIFY2(mud->value > 4.0 && mud->value < 7.0, qPrintable(QString::number(mud->value)));
        QVERIFY(mud->evidence.contains(QStringLiteral("dB")));
        QVERIFY(mud->suggestion.contains(QStringLiteral("Hz")));
        QVERIFY(!mud->times.empty());
        QVERIFY(mud->confidence > 0.5);
        QCOMPARE(findings.front().severity, FindingSeverity::Problem); // worst first
    }

    // A region's level is its energy: one band 6 dB up in a window of three
    // equal ones raises the window's power sum by 10·log10((4 + 1 + 1) / 3)
    // = 3.0 dB, not by the 2 dB a mean of the band levels would say.
    void regionLevelsArePowerSums() {
        std::vector<double> centers;
        std::vector<std::optional<double>> mixDb, deltas;
        for (int band = 0; band < 24; ++band) {
            centers.push_back(50.0 * std::pow(2.0, band / 3.0));
            mixDb.push_back(-20.0);
            deltas.push_back(1.0); // the reference 1 dB under the mix everywhere…
        }
        mixDb[10] = -14.0; // …but 7 dB under it here, where the mix is 6 dB up
        deltas[10] = 7.0;
        const auto excess = measures::windowExcess(mixDb, deltas, centers, 9, 11);
        QVERIFY(excess);
        const double powerGain = (std::pow(10.0, 0.6) + 2.0) / 3.0;
        QVERIFY2(qAbs(*excess - 10.0 * std::log10(powerGain)) < 1e-9,
                 qPrintable(QString::number(*excess)));
        QVERIFY(*excess > 2.9);
        // A missing band leaves the window unmeasured.
        deltas[9].reset();
        QVERIFY(!measures::windowExcess(mixDb, deltas, centers, 9, 11));
    }

    // How different two spectra are in shape: 0 for the same song, the
    // median absolute deviation (scaled to a standard deviation) otherwise,
    // leaving out the octave around the region judged and everything over
    // 5 kHz.
    void shapeSpreadMeasuresHowDifferentTwoSpectraAreElsewhere() {
        std::vector<double> centers;
        std::vector<std::optional<double>> same, ripple;
        for (int band = 0; band < 31; ++band) {
            centers.push_back(20.0 * std::pow(2.0, band / 3.0)); // 20 Hz – 20 kHz
            same.push_back(3.0);
            ripple.push_back(band % 3 == 0 ? 0.0 : (band % 3 == 1 ? 2.0 : -2.0));
        }
        // A region of 200–300 Hz: 100–600 Hz (bands 7–14) is left out.
        const auto none = measures::shapeSpread(same, centers, 200.0, 300.0);
        QVERIFY(none);
        QCOMPARE(*none, 0.0);
        // 0, +2, -2 dB band after band: the median is 0 and two thirds of the
        // bands sit 2 dB from it: the scaled median deviation is 2 × 1.4826.
        const auto spread = measures::shapeSpread(ripple, centers, 200.0, 300.0);
        QVERIFY(spread);
        QVERIFY2(qAbs(*spread - 2.0 * 1.4826) < 1e-9, qPrintable(QString::number(*spread)));
        // What the region or the top does is left out: a mix differing only
        // there has no spread.
        auto regionOnly = same;
        for (std::size_t band = 7; band <= 14; ++band) {
            regionOnly[band] = band >= 10 && band <= 12 ? 12.0 : 6.0; // and its skirts
        }
        for (std::size_t band = 25; band < regionOnly.size(); ++band) {
            regionOnly[band] = -15.0; // 6.3 kHz and up
        }
        QCOMPARE(*measures::shapeSpread(regionOnly, centers, 200.0, 300.0), 0.0);
    }

    // The evidence says what the shape spread took off, in the direction the
    // finding states: a lack stays a lack.
    void theShapeSpreadIsExplainedInTheFindingsOwnDirection() {
        const QString dull = FindingBuilder::shapeSpreadText(-19.4, -7.5, 6.5);
        QVERIFY2(dull.contains(QStringLiteral("about 6.5 dB")) &&
                     dull.contains(QStringLiteral("counts as -7.5 dB")),
                 qPrintable(dull));
        QVERIFY2(FindingBuilder::shapeSpreadText(8.0, 5.2, 3.8)
                     .contains(QStringLiteral("counts as +5.2 dB")),
                 qPrintable(FindingBuilder::shapeSpreadText(8.0, 5.2, 3.8)));
        // Nothing to explain when the spread took (almost) nothing off.
        QVERIFY(FindingBuilder::shapeSpreadText(4.6, 4.3, 0.8).isEmpty());
        QVERIFY(FindingBuilder::shapeSpreadText(-4.6, -4.3, 0.8).isEmpty());
    }

    // A reference that differs from the mix all over (another song) says
    // less about one region than the mix's own clean version: the same
    // low-mid excess is a problem against the clean version, and counts only
    // beyond how much the two differ elsewhere against the other one.
    void aRegionCountsBeyondHowDifferentTheTracksAreElsewhere() {
        const QString clean = m_dir.filePath(QStringLiteral("shape clean.wav"));
        QVERIFY(writeWav(clean, cleanMix(m_stems)));
        // Another song's shape: bells of ±5 dB an octave apart, none near 300 Hz.
        const auto other = filtered(
            clean,
            QStringLiteral("equalizer=f=60:t=q:w=1.4:g=5,equalizer=f=1000:t=q:w=1.4:g=-5,"
                           "equalizer=f=2000:t=q:w=1.4:g=5,equalizer=f=4000:t=q:w=1.4:g=-5,"
                           "equalizer=f=120:t=q:w=1.4:g=-5"),
            QStringLiteral("shape other.wav"));
        QVERIFY(other);
        const TrackAnalysis muddy =
            analyse(degradedMix(m_stems, Defect::Mud, DefectStrength::Strong));

        const Finding* own = nullptr;
        const auto againstClean = judge(muddy, {&m_clean});
        own = find(againstClean, FindingKind::Mud);
        QVERIFY(own != nullptr);
        QVERIFY2(own->severity == FindingSeverity::Problem, qPrintable(own->evidence));
        QVERIFY2(!own->evidence.contains(QStringLiteral("differ by about")),
                 qPrintable(own->evidence));

        const auto againstOther = judge(muddy, {&*other});
        const Finding* mud = find(againstOther, FindingKind::Mud);
        const Comparison comparison = Comparison::compare(muddy, {&*other});
        const auto spread = measures::shapeSpread(comparison.average->spectrumDeltaDb,
                                                  comparison.bandCentersHz, 160.0, 400.0);
        QVERIFY(spread);
        QVERIFY2(*spread > 2.0, qPrintable(QString::number(*spread)));
        // The excess is about as large as against the clean version, but it
        // is judged less the spread: a warning at most, and it says why.
        QVERIFY2(mud == nullptr || mud->severity != FindingSeverity::Problem,
                 qPrintable(mud != nullptr ? mud->evidence : QString()));
        if (mud != nullptr) {
            QVERIFY2(mud->evidence.contains(QStringLiteral("differ by about")),
                     qPrintable(mud->evidence));
        }
    }

    // A reference within kVersionSpreadDb of the mix elsewhere is a version
    // of it; the closest such is judged alone, when some other is not one.
    void theClosestVersionOfTheMixIsFoundBySpread() {
        using measures::closestVersion;
        QVERIFY(!closestVersion({}));
        QVERIFY(!closestVersion({0.3}));      // one reference: the average is it
        QVERIFY(!closestVersion({0.3, 0.6})); // all versions: their average
        QVERIFY(!closestVersion({2.5, 4.0})); // other songs
        QCOMPARE(closestVersion({3.1, 0.4, 0.2, 5.0}), std::optional<std::size_t>(2));
        QCOMPARE(closestVersion({std::nullopt, 0.4}), std::optional<std::size_t>(1));
        QVERIFY(!closestVersion({thresholds::kVersionSpreadDb, 4.0}));
    }

    // A producer's usual session: the mix, its earlier bounce and two
    // released songs. The songs (one of them muddier still) differ from the
    // mix everywhere; the bounce differs only where the mix changed, so it
    // decides, and the songs neither outvote it nor make it a problem alone.
    void aVersionOfTheMixIsNotOutvotedByOtherSongs() {
        const QString clean = m_dir.filePath(QStringLiteral("version clean.wav"));
        QVERIFY(writeWav(clean, cleanMix(m_stems)));
        const QString shape =
            QStringLiteral("equalizer=f=60:t=q:w=1.4:g=5,equalizer=f=1000:t=q:w=1.4:g=-5,"
                           "equalizer=f=2000:t=q:w=1.4:g=5,equalizer=f=4000:t=q:w=1.4:g=-5,"
                           "equalizer=f=120:t=q:w=1.4:g=-5");
        const auto song = filtered(clean, shape, QStringLiteral("version song.wav"));
        const auto muddierSong =
            filtered(clean, shape + QStringLiteral(",equalizer=f=300:t=q:w=1:g=9"),
                     QStringLiteral("version muddier song.wav"));
        QVERIFY(song && muddierSong);
        const TrackAnalysis muddy =
            analyse(degradedMix(m_stems, Defect::Mud, DefectStrength::Strong));

        const auto findings = judge(muddy, {&*song, &m_clean, &*muddierSong});
        const Finding* mud = find(findings, FindingKind::Mud);
        QVERIFY(mud != nullptr);
        QVERIFY2(mud->value > 4.0 && mud->value < 7.0, qPrintable(mud->evidence));
        QCOMPARE(mud->severity, FindingSeverity::Warning);
        QVERIFY2(mud->evidence.contains(QStringLiteral("it is a version of this mix")),
                 qPrintable(mud->evidence));
        // Without the bounce the muddier song keeps the mix within range.
        const auto songsOnly = judge(muddy, {&*song, &*muddierSong});
        const Finding* withinRange = find(songsOnly, FindingKind::Mud);
        QVERIFY2(withinRange == nullptr || withinRange->severity == FindingSeverity::Info,
                 qPrintable(withinRange != nullptr ? withinRange->evidence : QString()));
        // The clean bounce against the same references: nothing tonal.
        for (const Finding& finding : judge(m_clean, {&*song, &m_clean, &*muddierSong})) {
            if (finding.kind == FindingKind::Mud || finding.kind == FindingKind::Boxiness) {
                QVERIFY2(finding.severity == FindingSeverity::Info, qPrintable(finding.evidence));
            }
        }
    }

    void aMixLessLimitedThanItsMasteredReferenceIsNotCalledUnpunchy() {
        const TrackAnalysis master =
            analyse(degradedMix(m_stems, Defect::OverCompression, DefectStrength::Strong));
        QVERIFY(find(judge(m_clean, {&master}), FindingKind::LackOfPunch) == nullptr);
        // The other way round it is.
        const auto findings = judge(master, {&m_clean});
        const Finding* punch = find(findings, FindingKind::LackOfPunch);
        QVERIFY(punch != nullptr);
        QVERIFY(punch->severity != FindingSeverity::Info);
    }

    void clippingOnlyInTheChorusPointsAtTheChorus() {
        Signal mix = cleanMix(m_stems);
        const auto chorusStart = static_cast<std::size_t>(m_stems.chorusStartS * mix.sampleRateHz);
        for (std::size_t i = 2 * chorusStart; i < mix.samples.size(); ++i) {
            mix.samples[i] = std::clamp(mix.samples[i] * 4.0f, -1.0f, 1.0f);
        }
        const auto findings = judge(analyse(mix), {});
        const Finding* clip = find(findings, FindingKind::Clipping);
        QVERIFY(clip != nullptr);
        QCOMPARE(clip->severity, FindingSeverity::Problem);
        QVERIFY(!clip->times.empty());
        for (const TimeRange& range : clip->times) {
            QVERIFY2(range.startS >= m_stems.chorusStartS - LevelResult::kClipIntervalS,
                     qPrintable(QString::number(range.startS)));
        }
    }

    void outOfPhaseBassIsFoundWithoutAReference() {
        const TrackAnalysis wide =
            analyse(degradedMix(m_stems, Defect::WideBass, DefectStrength::Strong));
        const auto findings = judge(wide, {});
        const Finding* bass = find(findings, FindingKind::WideBass);
        QVERIFY(bass != nullptr);
        QCOMPARE(bass->severity, FindingSeverity::Problem);
        QCOMPARE(bass->basis, FindingBasis::Ranges);
        QVERIFY(bass->value < 0.0);
        // The bass plays from the verse on; the intro has none to judge.
        QVERIFY(!bass->times.empty());
        QVERIFY(bass->times.front().endS > m_stems.verseStartS);
    }

    void exportFormatFindingsNeedNoAudio_data() {
        QTest::addColumn<bool>("lossless");
        QTest::addColumn<int>("bitDepth");
        QTest::addColumn<QString>("expected");

        QTest::newRow("MP3") << false << 0 << QStringLiteral("lossy_export");
        QTest::newRow("16-bit WAV") << true << 16 << QStringLiteral("low_bit_depth");
        QTest::newRow("24-bit WAV") << true << 24 << QString();
    }

    void formatFindingsComeFromWhatTheFileHolds_data() {
        QTest::addColumn<QStringList>("encoding");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("inEvidence");
        QTest::newRow("16-bit FLAC")
            << QStringList{QStringLiteral("-c:a"), QStringLiteral("flac"),
                           QStringLiteral("-sample_fmt"), QStringLiteral("s16")}
            << QStringLiteral("flac") << QStringLiteral("low_bit_depth") << QString();
        QTest::newRow("24-bit FLAC")
            << QStringList{QStringLiteral("-c:a"), QStringLiteral("flac"),
                           QStringLiteral("-sample_fmt"), QStringLiteral("s32")}
            << QStringLiteral("flac") << QString() << QString();
        QTest::newRow("16-bit WAV")
            << QStringList{QStringLiteral("-c:a"), QStringLiteral("pcm_s16le")}
            << QStringLiteral("wav") << QStringLiteral("low_bit_depth") << QString();
        QTest::newRow("32-bit float WAV")
            << QStringList{QStringLiteral("-c:a"), QStringLiteral("pcm_f32le")}
            << QStringLiteral("wav") << QString() << QString();
        QTest::newRow("MP3") << QStringList{QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                                            QStringLiteral("-b:a"), QStringLiteral("128k")}
                             << QStringLiteral("mp3") << QStringLiteral("lossy_export")
                             << QStringLiteral("a lossy MP3 file");
        QTest::newRow("Ogg Vorbis")
            << QStringList{QStringLiteral("-c:a"), QStringLiteral("libvorbis")}
            << QStringLiteral("ogg") << QStringLiteral("lossy_export")
            << QStringLiteral("a lossy Ogg Vorbis file");
    }

    void formatFindingsComeFromWhatTheFileHolds() {
        QFETCH(QStringList, encoding);
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        QFETCH(QString, inEvidence);
        const QString source = m_dir.filePath(QStringLiteral("format-source.wav"));
        QVERIFY(writeWav(source, sine(440.0, -12.0, 3.0, 44100)));
        const QString path = m_dir.filePath(QStringLiteral("format.") + suffix);
        QString error;
        QVERIFY2(runFfmpeg(QStringList{QStringLiteral("-i"), source} + encoding + QStringList{path},
                           &error),
                 qPrintable(error));
        const auto analysis = TrackAnalyzer::analyze(path);
        QVERIFY2(analysis.ok(), qPrintable(analysis.ok() ? QString() : analysis.error().message));
        QStringList ids;
        QString evidence;
        for (const Finding& finding : judge(analysis.value(), {})) {
            if (finding.kind == FindingKind::LossyExport ||
                finding.kind == FindingKind::LowBitDepth) {
                ids << findingKindId(finding.kind);
                evidence = finding.evidence;
            }
        }
        QCOMPARE(ids, expected.isEmpty() ? QStringList() : QStringList{expected});
        QVERIFY2(evidence.contains(inEvidence), qPrintable(evidence));
        QVERIFY2(!evidence.contains(QStringLiteral("FLOAT")), qPrintable(evidence));
    }

    // An encoder's low-pass is no dull top end: the spectra are compared
    // only where both tracks have content, and the low-pass is named once.
    void bandLimitedTracksAreComparedOnlyWhereTheyHaveContent_data() {
        QTest::addColumn<QString>("mixEncoding"); // "" for the WAV
        QTest::addColumn<QString>("referenceEncoding");
        QTest::addColumn<QString>("expectedEvidence"); // in band_limited or lossy_export
        QTest::newRow("MP3 64 kbit/s reference")
            << QString() << QStringLiteral("64k")
            << QStringLiteral("in “band-limited reference” (its MP3 encoder's low-pass)");
        QTest::newRow("MP3 96 kbit/s reference")
            << QString() << QStringLiteral("96k")
            << QStringLiteral("in “band-limited reference” (its MP3 encoder's low-pass)");
        QTest::newRow("MP3 64 kbit/s mix")
            << QStringLiteral("64k") << QString() << QStringLiteral("Nothing is left above");
    }

    void bandLimitedTracksAreComparedOnlyWhereTheyHaveContent() {
        QFETCH(QString, mixEncoding);
        QFETCH(QString, referenceEncoding);
        QFETCH(QString, expectedEvidence);
        // Music with a real top end (the music-like signal, white noise 30 dB down).
        const QString clean = m_dir.filePath(QStringLiteral("band-limited clean.wav"));
        QVERIFY(writeWav(clean, mix(musicLike(12.0, 44100), whiteNoise(-30.0, 12.0, 44100, 2, 9))));
        const auto track = [&](const QString& bitRate, const QString& name) -> QString {
            if (bitRate.isEmpty()) {
                return clean;
            }
            const QString path = m_dir.filePath(name + QStringLiteral(".mp3"));
            QString error;
            if (!runFfmpeg({QStringLiteral("-i"), clean, QStringLiteral("-c:a"),
                            QStringLiteral("libmp3lame"), QStringLiteral("-b:a"), bitRate, path},
                           &error)) {
                qWarning("%s", qPrintable(error));
                return {};
            }
            return path;
        };
        const QString mixPath = track(mixEncoding, QStringLiteral("band-limited mix"));
        const QString referencePath =
            track(referenceEncoding, QStringLiteral("band-limited reference"));
        QVERIFY(!mixPath.isEmpty() && !referencePath.isEmpty());
        const auto mixAnalysis = TrackAnalyzer::analyze(mixPath);
        const auto referenceAnalysis = TrackAnalyzer::analyze(referencePath);
        QVERIFY(mixAnalysis.ok() && referenceAnalysis.ok());
        const TrackAnalysis& mixTrack = mixAnalysis.value();
        const TrackAnalysis& reference = referenceAnalysis.value();

        const Comparison comparison = Comparison::compare(mixTrack, {&reference});
        QVERIFY(comparison.average->spectrumTopHz);
        const double encodedTopHz = mixEncoding.isEmpty() ? *reference.spectrum.contentTopHz
                                                          : *mixTrack.spectrum.contentTopHz;
        QVERIFY(*comparison.average->spectrumTopHz < encodedTopHz);
        for (std::size_t band = 0; band < comparison.bandCentersHz.size(); ++band) {
            if (mixTrack.spectrum.bandHighEdgesHz[band] > *comparison.average->spectrumTopHz) {
                QVERIFY(!comparison.average->spectrumDeltaDb[band]);
            }
        }

        const auto findings = judge(mixTrack, {&reference});
        QStringList raised;
        QString evidence;
        for (const Finding& finding : findings) {
            // At 64 kbit/s the encoder's noise fills this synthetic signal's
            // empty sub-bass (+7 dB in 18–35 Hz): real, and lossy_export's
            // subject. On released music (tests/bench/realmusic) it raises
            // nothing; here only the top end is asked about for a lossy mix.
            const bool topEnd =
                finding.kind == FindingKind::TooDark || finding.kind == FindingKind::TooBright;
            if (finding.severity != FindingSeverity::Info &&
                finding.kind != FindingKind::LossyExport && (mixEncoding.isEmpty() || topEnd)) {
                raised << findingKindId(finding.kind) + QStringLiteral(": ") + finding.evidence;
            }
            if (finding.kind == FindingKind::BandLimited ||
                finding.kind == FindingKind::LossyExport) {
                evidence += finding.evidence;
            }
        }
        qInfo("%s: content top %.0f Hz, compared below %.0f Hz", QTest::currentDataTag(),
              encodedTopHz, *comparison.average->spectrumTopHz);
        QVERIFY2(raised.isEmpty(), qPrintable(raised.join(QLatin1Char('\n'))));
        QVERIFY2(evidence.contains(expectedEvidence), qPrintable(evidence));
        const Finding* bandLimited = find(findings, FindingKind::BandLimited);
        // A lossy mix's low-pass is part of its lossy_export finding.
        QCOMPARE(bandLimited != nullptr, mixEncoding.isEmpty());
        if (bandLimited != nullptr) {
            QCOMPARE(bandLimited->severity, FindingSeverity::Info);
            QVERIFY(bandLimited->evidence.contains(QStringLiteral("compared only below")));
        }
    }

    // Several references are judged by their range: within it the mix is no
    // fault; past it on the strength of one reference, a warning at most.
    void severalReferencesAreJudgedByTheirRange() {
        const QString clean = m_dir.filePath(QStringLiteral("range clean.wav"));
        QVERIFY(writeWav(clean, cleanMix(m_stems)));
        const auto bell = [&](const QString& name, double gainDb) {
            return filtered(clean, QStringLiteral("equalizer=f=300:t=q:w=1:g=%1").arg(gainDb),
                            name + QStringLiteral(".wav"));
        };
        const auto thin = bell(QStringLiteral("range thin"), -6.0);
        const auto thinner = bell(QStringLiteral("range thinner"), -8.0);
        const auto fuller = bell(QStringLiteral("range fuller"), 4.5);
        const auto muddier = bell(QStringLiteral("range muddier"), 6.0);
        QVERIFY(thin && thinner && fuller && muddier);

        // The clean mix between three thinner references and a muddier one:
        // more low-mids than their average (+2.5 dB or so), fewer than one.
        const auto within = judge(m_clean, {&*thin, &*thinner, &*thin, &*muddier});
        const Finding* mudWithin = find(within, FindingKind::Mud);
        QVERIFY2(mudWithin == nullptr || mudWithin->severity == FindingSeverity::Info,
                 qPrintable(mudWithin != nullptr ? mudWithin->evidence : QString()));

        // A muddy mix: about +10 dB over the thin reference, +1 dB over the
        // fuller one. Their average is far off, but only one reference says so.
        const TrackAnalysis muddy =
            analyse(degradedMix(m_stems, Defect::Mud, DefectStrength::Strong));
        const auto oneSays = judge(muddy, {&*thin, &*fuller});
        const Finding* mud = find(oneSays, FindingKind::Mud);
        QVERIFY(mud != nullptr);
        QVERIFY2(mud->value >= thresholdsFor(FindingKind::Mud).withReferences->limits.problem,
                 qPrintable(mud->evidence));
        QCOMPARE(mud->severity, FindingSeverity::Warning);
        // Against the clean version and the thin one, both say so: a problem.
        const auto bothSay = judge(muddy, {&m_clean, &*thin});
        QVERIFY(find(bothSay, FindingKind::Mud) != nullptr);
        QCOMPARE(find(bothSay, FindingKind::Mud)->severity, FindingSeverity::Problem);
    }

    void aReferenceUnlikeTheOthersIsNamedOnce() {
        const QString clean = m_dir.filePath(QStringLiteral("outlier clean.wav"));
        QVERIFY(writeWav(clean, cleanMix(m_stems)));
        const auto bright = filtered(clean, QStringLiteral("highshelf=f=5000:g=26,volume=-26dB"),
                                     QStringLiteral("Chip tune.wav"));
        QVERIFY(bright);
        const TrackAnalysis& outlier = *bright;

        const auto findings = judge(m_clean, {&m_clean, &outlier, &m_clean});
        const Finding* named = find(findings, FindingKind::ReferenceOutlier);
        QVERIFY(named != nullptr);
        QCOMPARE(named->severity, FindingSeverity::Info);
        QVERIFY2(named->evidence.contains(QStringLiteral("“Chip tune” differs from your other "
                                                         "references by +")),
                 qPrintable(named->evidence));
        QVERIFY(named->frequency && named->frequency->lowHz >= 5000.0);
        QCOMPARE(
            std::count_if(findings.begin(), findings.end(),
                          [](const Finding& f) { return f.kind == FindingKind::ReferenceOutlier; }),
            1);
        // The mix sits with the other two: it is not told it is dull.
        QVERIFY(find(findings, FindingKind::TooDark) == nullptr);
        // References that agree: nothing to name.
        QVERIFY(find(judge(m_clean, {&m_clean, &m_clean, &m_clean}),
                     FindingKind::ReferenceOutlier) == nullptr);
        // Two references: no telling which one is odd.
        QVERIFY(find(judge(m_clean, {&m_clean, &outlier}), FindingKind::ReferenceOutlier) ==
                nullptr);
    }

    // A property the references share is how this music is, not a fault of
    // the mix: said at info. Headroom and clipping stay absolute.
    void factsTheReferencesShareAreSaidAtInfo() {
        Signal lopsided = cleanMix(m_stems);
        for (std::size_t i = 0; i + 1 < lopsided.samples.size(); i += 2) {
            lopsided.samples[i] = lopsided.samples[i] * 1.41f + 0.015f; // +3 dB left, 1.5 % DC
            lopsided.samples[i + 1] += 0.015f;
        }
        const TrackAnalysis mix = analyse(lopsided);
        const auto alone = judge(mix, {&m_clean});
        QVERIFY(find(alone, FindingKind::StereoImbalance) != nullptr);
        QVERIFY(find(alone, FindingKind::StereoImbalance)->severity != FindingSeverity::Info);
        QVERIFY(find(alone, FindingKind::DcOffset) != nullptr);
        QCOMPARE(find(alone, FindingKind::DcOffset)->severity, FindingSeverity::Problem);

        const auto shared = judge(mix, {&mix});
        const Finding* imbalance = find(shared, FindingKind::StereoImbalance);
        QVERIFY(imbalance != nullptr);
        QCOMPARE(imbalance->severity, FindingSeverity::Info);
        QVERIFY2(imbalance->evidence.contains(QStringLiteral("Your reference leans the same way")),
                 qPrintable(imbalance->evidence));
        const Finding* dc = find(shared, FindingKind::DcOffset);
        QVERIFY(dc != nullptr);
        QCOMPARE(dc->severity, FindingSeverity::Info);
        QVERIFY2(dc->evidence.contains(QStringLiteral("Your reference carries as much")),
                 qPrintable(dc->evidence));
        // One of two references does not lean: it is the mix's again.
        const auto split = judge(mix, {&mix, &m_clean});
        QVERIFY(find(split, FindingKind::StereoImbalance)->severity != FindingSeverity::Info);
    }

    // A suggestion never asks for more than one broad EQ move.
    void aHugeDifferenceAsksForAtMostSixDecibelsAndToCheckTheReference() {
        const QString clean = m_dir.filePath(QStringLiteral("huge clean.wav"));
        QVERIFY(writeWav(clean, cleanMix(m_stems)));
        const auto dark = filtered(clean, QStringLiteral("highshelf=f=5000:g=-15"),
                                   QStringLiteral("huge dark.wav"));
        QVERIFY(dark);
        const auto findings = judge(*dark, {&m_clean});
        const Finding* tooDark = find(findings, FindingKind::TooDark);
        QVERIFY(tooDark != nullptr);
        QVERIFY2(tooDark->value < -9.0, qPrintable(QString::number(tooDark->value)));
        static const QRegularExpression amount(QStringLiteral("(\\d+)–(\\d+) dB"));
        const auto match = amount.match(tooDark->suggestion);
        QVERIFY2(match.hasMatch(), qPrintable(tooDark->suggestion));
        QVERIFY2(match.captured(2).toInt() <= 6 &&
                     match.captured(1).toInt() < match.captured(2).toInt(),
                 qPrintable(tooDark->suggestion));
        QVERIFY2(tooDark->suggestion.contains(QStringLiteral("more than an EQ move")) &&
                     tooDark->suggestion.contains(QStringLiteral("the same kind of music")),
                 qPrintable(tooDark->suggestion));
    }

    void aMixWhoseTopIsCutOffIsToldSoOnce() {
        // A mix made from a 16 kHz recording: nothing above 8 kHz.
        const QString source = m_dir.filePath(QStringLiteral("cut-off source.wav"));
        QVERIFY(
            writeWav(source, mix(musicLike(12.0, 44100), whiteNoise(-30.0, 12.0, 44100, 2, 9))));
        const auto cutOffMix = filtered(source, QStringLiteral("aresample=16000,aresample=44100"),
                                        QStringLiteral("cut-off mix.wav"));
        QVERIFY(cutOffMix);
        const auto findings = judge(*cutOffMix, {});
        const Finding* cutOff = find(findings, FindingKind::BandLimited);
        QVERIFY(cutOff != nullptr);
        QCOMPARE(cutOff->title, QStringLiteral("Top end cut off"));
        QVERIFY2(cutOff->evidence.contains(QStringLiteral("nothing above 8.0 kHz")),
                 qPrintable(cutOff->evidence));
        // Not a second time as a dull top end.
        QVERIFY(find(findings, FindingKind::TooDark) == nullptr);
    }

    void exportFormatFindingsNeedNoAudio() {
        QFETCH(bool, lossless);
        QFETCH(int, bitDepth);
        QFETCH(QString, expected);

        TrackAnalysis mix = m_clean;
        mix.stream.lossless = lossless;
        mix.stream.codec =
            lossless ? QStringLiteral("pcm_s%1le").arg(bitDepth) : QStringLiteral("mp3");
        mix.stream.bitDepth = lossless ? std::optional<int>(bitDepth) : std::nullopt;
        mix.stream.floatingPoint = !lossless; // PCM here is fixed point
        mix.tags.bitDepth = mix.stream.bitDepth;
        QStringList ids;
        for (const Finding& finding : judge(mix, {})) {
            ids << findingKindId(finding.kind);
        }
        QVERIFY(!ids.contains(QStringLiteral("lossy_export")) ||
                expected == QStringLiteral("lossy_export"));
        QVERIFY(!ids.contains(QStringLiteral("low_bit_depth")) ||
                expected == QStringLiteral("low_bit_depth"));
        if (!expected.isEmpty()) {
            QVERIFY2(ids.contains(expected), qPrintable(ids.join(QLatin1Char(' '))));
        }
    }

    void everyKindHasAStableIdThatRoundTrips() {
        QSet<QString> ids;
        for (const FindingKind kind : allFindingKinds()) {
            QVERIFY(!findingKindId(kind).isEmpty());
            QCOMPARE(findingKindFromId(findingKindId(kind)), std::optional<FindingKind>(kind));
            ids.insert(findingKindId(kind));
        }
        QCOMPARE(ids.size(), static_cast<qsizetype>(allFindingKinds().size()));
        QVERIFY(!findingKindFromId(u"no_such_problem"));
        QVERIFY(findingKindId(static_cast<FindingKind>(allFindingKinds().size())).isEmpty());
    }

    void everyKindHasOneRuleOneThresholdRowAndOneDocsRow() {
        QFile docs(QStringLiteral(MIXSCOPE_SOURCE_DIR "/docs/findings.md"));
        QVERIFY(docs.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(docs.readAll());
        QCOMPARE(rules::all().size(), allFindingKinds().size());
        QCOMPARE(thresholdTable().size(), allFindingKinds().size());
        for (const FindingKind kind : allFindingKinds()) {
            const QString id = findingKindId(kind);
            const auto ruleOf = [kind](const rules::Rule& rule) {
                return rule.kind == kind;
            };
            QCOMPARE(std::count_if(rules::all().begin(), rules::all().end(), ruleOf), 1);
            QVERIFY2(std::find_if(rules::all().begin(), rules::all().end(), ruleOf)->evaluate,
                     qPrintable(id));
            QCOMPARE(std::count_if(thresholdTable().begin(), thresholdTable().end(),
                                   [kind](const ThresholdRow& row) { return row.kind == kind; }),
                     1);
            QCOMPARE(text.count(QStringLiteral("\n| `%1` |").arg(id)), 1);
        }
    }

    void theDocsTableIsTheCalibrationTable() {
        // docs/findings.md's table is thresholdsMarkdownTable(), verbatim:
        // change a limit in core/diagnosis/thresholds.cpp, paste the table.
        QFile docs(QStringLiteral(MIXSCOPE_SOURCE_DIR "/docs/findings.md"));
        QVERIFY(docs.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(docs.readAll());
        const QString table = thresholdsMarkdownTable();
        if (!text.contains(table)) {
            qInfo("docs/findings.md should hold this table:");
            for (const QString& line : table.split(QLatin1Char('\n'))) {
                qInfo("%s", qPrintable(line));
            }
        }
        QVERIFY(text.contains(table));
    }

    void limitsAreOrderedAndEveryLimitedRuleHasBoth() {
        for (const ThresholdRow& row : thresholdTable()) {
            for (const auto& basis : {row.withReferences, row.withoutReference}) {
                QVERIFY2(basis.has_value(), qPrintable(findingKindId(row.kind)));
                QVERIFY2(basis->limits.problem >= basis->limits.warning,
                         qPrintable(findingKindId(row.kind)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
