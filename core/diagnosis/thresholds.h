#pragma once

#include "core/diagnosis/finding.h"

#include <QString>

#include <optional>
#include <vector>

namespace mixscope {

/// Where a finding starts to count: a rule measures a score (its quantity,
/// signed so that larger is worse: dB over the references, minus the
/// correlation, …); the finding is a warning from `warning` and a problem
/// from `problem`.
struct Limits {
    double warning = 0.0;
    double problem = 0.0;
};

/// The limits of one finding kind on one basis, and how docs/findings.md
/// writes them: `docs` with %1 = warning, %2 = problem (as written, or
/// negated when docsNegated, for scores that are a negated quantity) and %3
/// = margin.
struct BasisThresholds {
    Limits limits;
    /// An extra condition some rules have (see the row's docs): how far the
    /// mix must also differ from what the references do.
    double margin = 0.0;
    const char* docs = "";
    bool docsNegated = false;
};

/// One row of the calibration table: every limit of one finding kind.
struct ThresholdRow {
    FindingKind kind;
    const char* measured; ///< what the rule measures (English, for docs/findings.md)
    /// Against references; empty when the kind does not look at them.
    std::optional<BasisThresholds> withReferences;
    /// With no reference; for facts about the file, the same as withReferences.
    std::optional<BasisThresholds> withoutReference;
};

/// The calibration table: one row per finding kind, in FindingKind order.
/// docs/findings.md's table is thresholdsMarkdownTable() (tst_diagnosis
/// checks that they agree). Why each limit is where it is: docs/findings.md.
const std::vector<ThresholdRow>& thresholdTable();
/// The row of kind (every kind has one).
const ThresholdRow& thresholdsFor(FindingKind kind);
/// The table as docs/findings.md has it: a markdown table, one row per kind.
QString thresholdsMarkdownTable();

/// Limits that are not a warning/problem pair, named here with the table.
namespace thresholds {
/// Reference agreement: a reference agrees when it alone passes this share
/// of the warning limit.
inline constexpr double kAgreementShareOfWarning = 0.75;
/// Without a reference, spectral and sibilance judgements are a guess about
/// taste and genre: their confidence is scaled by this.
inline constexpr double kNoReferenceConfidence = 0.7;
/// The same for a PSR judged against the usual range of a pre-master mix.
inline constexpr double kNoReferencePunchConfidence = 0.8;
/// Spectral regions are judged net of the median difference over this band.
inline constexpr double kBroadbandLowHz = 40.0;
inline constexpr double kBroadbandHighHz = 12500.0;
/// Against a reference, a spectral region counts only beyond how different
/// the two tracks are in shape elsewhere (measures::shapeSpread(), measured
/// up to kShapeSpreadHighHz): the score is the region's excess less this
/// factor times that spread. Over the 240 ordered pairs of sixteen released
/// songs (tests/bench/realmusic) a mid region's difference has about the
/// spread of the rest of the spectrum (standard deviation 4.6–5.5 dB against
/// a median shape spread of 5–6 dB); the top (6.3–16 kHz) and the sub-bass
/// (20–31.5 Hz) about twice it (9.9 and 14 dB). Against its own clean
/// version a mix's shape spread is a few tenths of a dB, so nothing changes.
/// A spread up to kShapeSpreadFloorDb is not counted: a problem's own skirts
/// beyond an octave (a +6 dB bell reaches +0.5 dB there) and measurement
/// noise give a mix against its own clean version a few tenths of a dB;
/// two different released songs differ by 1.1 dB at the least, 2–2.7 dB or
/// more in 95 % of the pairs.
inline constexpr double kShapeSpreadHighHz = 5000.0;
inline constexpr double kShapeSpreadFloorDb = 0.5;
inline constexpr double kShapeSpreadFactor = 1.0;
inline constexpr double kShapeSpreadEdgeFactor = 2.0;
/// A reference within this shape spread of the mix is a version of it (its
/// clean version, an earlier bounce): the 240 pairs of different released
/// songs differ by 1.1 dB at the least, a mix with one injected problem
/// against its clean version by a few tenths of a dB.
inline constexpr double kVersionSpreadDb = 1.0;
/// Sections within this many dB of the worst one are named with it.
inline constexpr double kWorstSectionSpreadDb = 1.5;
/// Momentary loudness under this is silence (silence_to_trim).
inline constexpr double kSilentBelowLufs = -60.0;
/// silence_to_trim: at least this much silence at the start, or at the end, s.
inline constexpr double kLeadingSilenceS = 2.0;
inline constexpr double kTrailingSilenceS = 5.0;
/// mono_compatibility: an overall correlation under this is a problem.
inline constexpr double kCancelsBelowCorrelation = 0.0;
/// mono_compatibility: references whose correlation is under 0 too and
/// within this of the mix's share its cancelling (said at info).
inline constexpr double kSharedCorrelationTolerance = 0.2;
/// low_bit_depth: fixed-point files of at most this many bits.
inline constexpr int kLowBitDepthBits = 16;
/// reference_outlier: how far one reference's region may sit from the median
/// of the others, dB. Sixteen released songs of different styles spread
/// by 2.7–4.2 dB (standard deviation) in the mid regions and 6.9 dB in the
/// top (tests/bench/realmusic): these are about 2.5 of those.
inline constexpr double kOutlierReferenceDb = 10.0;
inline constexpr double kOutlierReferenceTopDb = 15.0;
/// The largest cut or boost a suggestion asks for, dB: a broad EQ move on a
/// mix bus is a few dB; a bigger difference says more about the material or
/// the reference than about an EQ setting.
inline constexpr double kLargestMoveDb = 6.0;
} // namespace thresholds

} // namespace mixscope
