#include "core/analysis/trackanalyzer.h"
#include "core/compare/comparison.h"
#include "core/diagnosis/diagnosis.h"
#include "tests/support/mixcorpus.h"

#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <map>
#include <optional>

using namespace mixscope;
using namespace mixscope::test;

// Calibrates the diagnosis on the degraded-mix corpus: every problem injected
// at two strengths into six songs, judged against the clean mix as reference
// and with no reference. Prints the detection table and holds the targets.
class TestDiagnosisCorpus : public QObject {
    Q_OBJECT

private:
    // The least each row must find, of its six songs, against the clean mix
    // and with no reference; a row can fail on its own, not only the totals.
    // Where a row may miss, docs/findings.md says why: a rumble 20 dB under
    // the mix and 1.5 dB of clipping on a song whose peaks sit low; the
    // corpus's sibilant stem at +7 dB moves the loudest bursts by about 1 dB.
    // Without a reference the tonal rows are not held: only what released
    // music never does is named there (the real-music yardstick measures it).
    struct RowFloor {
        int withReference;
        std::optional<int> withoutReference;
    };
    static RowFloor floorOf(Defect defect, DefectStrength strength) {
        const bool strong = strength == DefectStrength::Strong;
        switch (defect) {
        case Defect::Mud:
        case Defect::Boxiness:
        case Defect::Harshness:
        case Defect::TooBright:
        case Defect::TooDark:
            return {6, std::nullopt};
        case Defect::Sibilance:
            return {strong ? 5 : 0, std::nullopt};
        case Defect::SubRumble:
            return {strong ? 5 : 3, std::nullopt};
        case Defect::OverCompression:
            return {6, strong ? std::optional<int>(6) : std::nullopt};
        case Defect::Clipping:
            return {strong ? 6 : 5, strong ? 6 : 5};
        case Defect::WideBass:
        case Defect::HaasDelay:
        case Defect::DcOffset:
        case Defect::LowHeadroom:
        case Defect::StereoImbalance:
            return {6, 6};
        }
        return {6, 6};
    }

    QTemporaryDir m_dir;
    QFile m_dump;

    TrackAnalysis analyse(const Signal& signal, const QString& name) {
        const QString path = m_dir.filePath(name + QStringLiteral(".wav"));
        QString error;
        if (!writeWav(path, signal, WavWriter::SampleFormat::Float32, &error)) {
            qFatal("%s", qPrintable(error));
        }
        auto result = TrackAnalyzer::analyze(path);
        QFile::remove(path);
        if (!result.ok()) {
            qFatal("%s", qPrintable(result.error().message));
        }
        return result.value();
    }

    static std::vector<Finding> judge(const TrackAnalysis& mix, const TrackAnalysis* reference) {
        std::vector<const TrackAnalysis*> references;
        if (reference != nullptr) {
            references.push_back(reference);
        }
        return Diagnosis::diagnose(mix, references, Comparison::compare(mix, references));
    }

    // MIXSCOPE_CORPUS_DUMP=FILE: every finding of every judgement, one line
    // each (kind, severity, basis, confidence, value, range, times, texts),
    // to compare the diagnosis before and after a change that should keep it.
    void dump(const QString& judgement, const std::vector<Finding>& findings) {
        if (!m_dump.isOpen()) {
            return;
        }
        QTextStream out(&m_dump);
        for (const Finding& f : findings) {
            QStringList times;
            for (const TimeRange& t : f.times) {
                times << QStringLiteral("%1-%2").arg(t.startS, 0, 'f', 3).arg(t.endS, 0, 'f', 3);
            }
            out << judgement << '\t' << findingKindId(f.kind) << '\t'
                << findingSeverityId(f.severity) << '\t' << findingBasisId(f.basis) << '\t'
                << QString::number(f.confidence, 'f', 6) << '\t' << QString::number(f.value, 'f', 6)
                << '\t'
                << (f.frequency ? QStringLiteral("%1-%2")
                                      .arg(f.frequency->lowHz, 0, 'f', 2)
                                      .arg(f.frequency->highHz, 0, 'f', 2)
                                : QString())
                << '\t' << times.join(QLatin1Char(' ')) << '\t' << f.title << '\t' << f.evidence
                << '\t' << f.suggestion << '\n';
        }
    }

    static bool raises(const std::vector<Finding>& findings, FindingKind kind) {
        return std::any_of(findings.begin(), findings.end(), [kind](const Finding& f) {
            return f.kind == kind && f.severity != FindingSeverity::Info;
        });
    }

    static QString others(const std::vector<Finding>& findings, FindingKind expected) {
        QStringList ids;
        for (const Finding& finding : findings) {
            if (finding.kind != expected && finding.severity != FindingSeverity::Info) {
                ids << findingKindId(finding.kind);
            }
        }
        return ids.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (const QString path = qEnvironmentVariable("MIXSCOPE_CORPUS_DUMP"); !path.isEmpty()) {
            m_dump.setFileName(path);
            QVERIFY2(m_dump.open(QIODevice::WriteOnly | QIODevice::Text), qPrintable(path));
        }
    }

    void detectionMeetsTheTargets() {
        struct Tally {
            int withReference = 0, withoutReference = 0, total = 0;
            std::map<QString, int> alsoRaised;
        };
        std::map<std::pair<int, int>, Tally> table; // (defect, strength)
        QStringList cleanFindings;                  // every finding on a clean mix, info included
        const auto songs = corpusSongs();
        for (const CorpusSong& song : songs) {
            const CorpusStems stems = renderSong(song);
            const TrackAnalysis clean = analyse(cleanMix(stems), QStringLiteral("clean"));
            dump(song.name + QStringLiteral(" clean vs itself"), judge(clean, &clean));
            dump(song.name + QStringLiteral(" clean alone"), judge(clean, nullptr));
            for (const Finding& finding : judge(clean, &clean)) {
                cleanFindings << QStringLiteral("%1 vs itself: %2 (%3)")
                                     .arg(song.name, findingKindId(finding.kind),
                                          findingSeverityId(finding.severity));
            }
            for (const Finding& finding : judge(clean, nullptr)) {
                cleanFindings << QStringLiteral("%1 alone: %2 (%3) %4")
                                     .arg(song.name, findingKindId(finding.kind),
                                          findingSeverityId(finding.severity), finding.evidence);
            }
            for (const Defect defect : allDefects()) {
                for (const DefectStrength strength :
                     {DefectStrength::Strong, DefectStrength::Subtle}) {
                    const TrackAnalysis degraded =
                        analyse(degradedMix(stems, defect, strength), QStringLiteral("degraded"));
                    const auto withReference = judge(degraded, &clean);
                    const auto withoutReference = judge(degraded, nullptr);
                    const QString variant =
                        QStringLiteral("%1 %2 %3")
                            .arg(song.name, defectName(defect),
                                 strength == DefectStrength::Strong ? QStringLiteral("strong")
                                                                    : QStringLiteral("subtle"));
                    dump(variant + QStringLiteral(" vs clean"), withReference);
                    dump(variant + QStringLiteral(" alone"), withoutReference);
                    const FindingKind expected = expectedFinding(defect);
                    Tally& tally = table[{static_cast<int>(defect), static_cast<int>(strength)}];
                    ++tally.total;
                    tally.withReference += raises(withReference, expected) ? 1 : 0;
                    tally.withoutReference += raises(withoutReference, expected) ? 1 : 0;
                    const QString also = others(withReference, expected);
                    for (const QString& id : also.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                        ++tally.alsoRaised[id];
                    }
                    if (qEnvironmentVariableIsSet("MIXSCOPE_CORPUS_VERBOSE") &&
                        !raises(withReference, expected)) {
                        qInfo().noquote()
                            << "missed" << song.name << defectName(defect)
                            << (strength == DefectStrength::Strong ? "strong" : "subtle");
                    }
                }
            }
        }

        int strongFound = 0, strongTotal = 0, subtleFound = 0, subtleTotal = 0;
        QStringList rowsUnderFloor;
        QString report = QStringLiteral("\n%1 %2 %3 %4  %5\n")
                             .arg(QStringLiteral("problem"), -20)
                             .arg(QStringLiteral("strength"), -9)
                             .arg(QStringLiteral("with reference"), -15)
                             .arg(QStringLiteral("no reference"), -13)
                             .arg(QStringLiteral("also raised (with reference, warning+)"));
        for (const auto& [key, tally] : table) {
            const auto defect = static_cast<Defect>(key.first);
            const bool strong = key.second == static_cast<int>(DefectStrength::Strong);
            (strong ? strongFound : subtleFound) += tally.withReference;
            const RowFloor floor =
                floorOf(defect, strong ? DefectStrength::Strong : DefectStrength::Subtle);
            const QString row = QStringLiteral("%1 %2").arg(
                defectName(defect), strong ? QStringLiteral("strong") : QStringLiteral("subtle"));
            if (tally.withReference < floor.withReference) {
                rowsUnderFloor << QStringLiteral("%1 with reference: %2/%3, at least %4")
                                      .arg(row)
                                      .arg(tally.withReference)
                                      .arg(tally.total)
                                      .arg(floor.withReference);
            }
            if (floor.withoutReference && tally.withoutReference < *floor.withoutReference) {
                rowsUnderFloor << QStringLiteral("%1 without a reference: %2/%3, at least %4")
                                      .arg(row)
                                      .arg(tally.withoutReference)
                                      .arg(tally.total)
                                      .arg(*floor.withoutReference);
            }
            (strong ? strongTotal : subtleTotal) += tally.total;
            QStringList also;
            for (const auto& [id, count] : tally.alsoRaised) {
                also << QStringLiteral("%1×%2").arg(id).arg(count);
            }
            report +=
                QStringLiteral("%1 %2 %3 %4  %5\n")
                    .arg(defectName(defect), -20)
                    .arg(strong ? QStringLiteral("strong") : QStringLiteral("subtle"), -9)
                    .arg(QStringLiteral("%1/%2").arg(tally.withReference).arg(tally.total), -15)
                    .arg(QStringLiteral("%1/%2").arg(tally.withoutReference).arg(tally.total), -13)
                    .arg(also.join(QStringLiteral(", ")));
        }
        report += QStringLiteral("strong detected with reference: %1/%2; subtle: %3/%4\n")
                      .arg(strongFound)
                      .arg(strongTotal)
                      .arg(subtleFound)
                      .arg(subtleTotal);
        report +=
            QStringLiteral("findings on clean material:%1\n")
                .arg(cleanFindings.isEmpty()
                         ? QStringLiteral(" none")
                         : QStringLiteral("\n  ") + cleanFindings.join(QStringLiteral("\n  ")));
        qInfo().noquote() << report;

        QVERIFY2(rowsUnderFloor.isEmpty(), qPrintable(rowsUnderFloor.join(QStringLiteral("; "))));
        QVERIFY2(strongFound >= 0.95 * strongTotal, "strong variants: below 95 % detected");
        QVERIFY2(subtleFound >= 0.70 * subtleTotal, "subtle variants: below 70 % detected");
        // As the README promises: nothing at all on a clean mix, against
        // itself or alone.
        QVERIFY2(cleanFindings.isEmpty(), qPrintable(cleanFindings.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisCorpus)
#include "tst_diagnosiscorpus.moc"
