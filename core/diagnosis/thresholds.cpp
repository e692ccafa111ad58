#include "core/diagnosis/thresholds.h"

#include "core/analysis/spectrumresult.h"

#include <QStringList>

#include <algorithm>

namespace mixscope {

namespace {

using namespace thresholds;

// Spectral regions: dB of the region over the references after loudness
// matching, net of the broadband median and of the shape spread; without a
// reference, over a straight line fitted to the mix's own spectrum, as far
// as released music never goes (docs/findings.md).
constexpr BasisThresholds kRegionOverReferences{{2.0, 4.5}, 0.0, "+%1 / +%2 dB"};
constexpr BasisThresholds kRegionOverTrend{{5.5, 8.0}, 0.0, "+%1 / +%2 dB over the trend"};

std::vector<ThresholdRow> makeTable() {
    return {
        {FindingKind::Mud,
         "strongest 2/3-octave window in 160–400 Hz (power sums) over the references, less the "
         "shape spread (no reference: over a straight line, dB against octaves, fitted to the "
         "mix's own spectrum over 100 Hz–4 kHz)",
         kRegionOverReferences, kRegionOverTrend},
        {FindingKind::Boxiness, "the same in 500 Hz–1 kHz", kRegionOverReferences,
         kRegionOverTrend},
        {FindingKind::Harshness, "the same in 2–5 kHz", kRegionOverReferences, kRegionOverTrend},
        {FindingKind::Sibilance,
         "99th percentile of the 5–10 kHz level per 46 ms STFT hop, against the median of "
         "1–4 kHz: over the references' (and its rise over its own median over theirs), less the "
         "shape spread; no reference: its rise over its own median",
         BasisThresholds{{2.0, 4.5}, 0.0, "+%1 / +%2 dB"},
         BasisThresholds{{24.0, 28.0}, 0.0, "%1 / %2 dB over the median"}},
        {FindingKind::TooBright,
         "6.3–16 kHz (4 bands) over the references, less twice the shape spread (no reference: "
         "over the trend extrapolated)",
         BasisThresholds{{2.0, 4.0}, 0.0, "+%1 / +%2 dB"},
         BasisThresholds{{11.0, 15.0}, 0.0, "+%1 / +%2 dB over the trend"}},
        {FindingKind::TooDark,
         "6.3–16 kHz under the references, less twice the shape spread (no reference: under the "
         "trend)",
         BasisThresholds{{2.0, 4.0}, 0.0, "-%1 / -%2 dB"},
         BasisThresholds{{21.0, 25.0}, 0.0, "-%1 / -%2 dB under the trend"}},
        {FindingKind::SubRumble,
         "20–31.5 Hz over the references, less twice the shape spread (no reference: against "
         "the bass octave, 40–80 Hz, power sums)",
         BasisThresholds{{3.0, 6.0}, 0.0, "+%1 / +%2 dB"},
         BasisThresholds{{3.0, 8.0}, 0.0, "+%1 / +%2 dB over 40–80 Hz"}},
        {FindingKind::LackOfPunch,
         "mean of the PSR, PLR and crest-factor differences, only when the mix is more compressed "
         "than the references (no reference: its PSR)",
         BasisThresholds{{1.0, 3.0}, 0.0, "%1 / %2 dB more compressed"},
         BasisThresholds{{-9.0, -7.0}, 0.0, "PSR under %1 / %2 dB", true}},
        {FindingKind::WideBass, "left/right correlation below 150 Hz",
         BasisThresholds{{-0.7, -0.3}, 0.2, "under %1 / %2, and %3 under the references'", true},
         BasisThresholds{{-0.7, -0.3}, 0.0, "under %1 / %2", true}},
        {FindingKind::MonoCompatibility,
         "a delayed copy between the channels (1–30 ms, coherence-weighted cross-correlation over "
         "200 Hz–10 kHz): its strength; or an overall correlation under 0 (a problem; at info when "
         "every reference's is under 0 too, within 0.2 of it)",
         BasisThresholds{{0.2, 0.5}, 0.15, "copy %1 / %2, and %3 over the references'"},
         BasisThresholds{{0.2, 0.5}, 0.0, "copy %1 / %2"}},
        {FindingKind::StereoImbalance, "left/right power difference",
         BasisThresholds{{1.0, 2.5}, 0.0, "%1 / %2 dB"},
         BasisThresholds{{1.0, 2.5}, 0.0, "%1 / %2 dB"}},
        {FindingKind::LowHeadroom, "true peak",
         BasisThresholds{{-1.0, 0.0}, 0.0, "above %1 / %2 dBTP"},
         BasisThresholds{{-1.0, 0.0}, 0.0, "above %1 / %2 dBTP"}},
        {FindingKind::Clipping, "flat tops: runs of 3 or more equal samples at the file's peak",
         BasisThresholds{{5.0, 50.0}, 0.0, "%1 / %2 runs"},
         BasisThresholds{{5.0, 50.0}, 0.0, "%1 / %2 runs"}},
        {FindingKind::DcOffset, "mean of a channel",
         BasisThresholds{{0.2, 1.0}, 0.0, "%1 / %2 % of full scale"},
         BasisThresholds{{0.2, 1.0}, 0.0, "%1 / %2 % of full scale"}},
        {FindingKind::LossyExport, "the mix's codec is lossy (MP3, AAC, Vorbis, Opus…)",
         BasisThresholds{{}, 0.0, "warning"}, BasisThresholds{{}, 0.0, "warning"}},
        {FindingKind::LowBitDepth, "the mix is fixed point of at most %1 bits (not float)",
         BasisThresholds{{}, 0.0, "info"}, BasisThresholds{{}, 0.0, "info"}},
        {FindingKind::SilenceToTrim, "momentary loudness under %1 LUFS at the start / at the end",
         BasisThresholds{{kLeadingSilenceS, kTrailingSilenceS}, 0.0, "%1 s / %2 s: info"},
         BasisThresholds{{kLeadingSilenceS, kTrailingSilenceS}, 0.0, "%1 s / %2 s: info"}},
        {FindingKind::BandLimited,
         "a track's content top: its long-term level falls by %1 dB or more within a third of "
         "an octave, above 4 kHz, and stays down",
         BasisThresholds{{}, 0.0, "info"}, BasisThresholds{{}, 0.0, "info"}},
        {FindingKind::ReferenceOutlier,
         "with 3 or more references: one reference's level of 160–400 Hz, 500 Hz–1 kHz or "
         "2–5 kHz (6.3–16 kHz), relative to its 40 Hz–12.5 kHz, against the median of the others",
         BasisThresholds{
             {kOutlierReferenceDb, kOutlierReferenceTopDb}, 0.0, "%1 dB (%2 dB in the top): info"},
         BasisThresholds{{}, 0.0, "needs 3 references"}},
    };
}

QString number(double value) {
    return QString::number(value, 'g', 6);
}

QString cell(const std::optional<BasisThresholds>& basis) {
    if (!basis) {
        return QStringLiteral("—");
    }
    const double sign = basis->docsNegated ? -1.0 : 1.0;
    QString text = QString::fromUtf8(basis->docs);
    if (text.contains(QLatin1String("%1"))) {
        text = text.arg(number(sign * basis->limits.warning));
    }
    if (text.contains(QLatin1String("%2"))) {
        text = text.arg(number(sign * basis->limits.problem));
    }
    if (text.contains(QLatin1String("%3"))) {
        text = text.arg(number(basis->margin));
    }
    return text;
}

QString measuredText(const ThresholdRow& row) {
    QString text = QString::fromUtf8(row.measured);
    if (row.kind == FindingKind::LowBitDepth) {
        text = text.arg(kLowBitDepthBits);
    } else if (row.kind == FindingKind::SilenceToTrim) {
        text = text.arg(number(kSilentBelowLufs));
    } else if (row.kind == FindingKind::BandLimited) {
        text = text.arg(number(SpectrumResult::kBandwidthCliffDb));
    }
    return text;
}

} // namespace

const std::vector<ThresholdRow>& thresholdTable() {
    static const std::vector<ThresholdRow> table = makeTable();
    return table;
}

const ThresholdRow& thresholdsFor(FindingKind kind) {
    const auto& table = thresholdTable();
    const auto found = std::find_if(table.begin(), table.end(),
                                    [kind](const ThresholdRow& row) { return row.kind == kind; });
    return found != table.end() ? *found : table.front();
}

QString thresholdsMarkdownTable() {
    QStringList lines{
        QStringLiteral("| id | measured | with references: warning / problem | without a "
                       "reference: warning / problem |"),
        QStringLiteral("|---|---|---|---|")};
    for (const ThresholdRow& row : thresholdTable()) {
        lines << QStringLiteral("| `%1` | %2 | %3 | %4 |")
                     .arg(findingKindId(row.kind), measuredText(row), cell(row.withReferences),
                          cell(row.withoutReference));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace mixscope
