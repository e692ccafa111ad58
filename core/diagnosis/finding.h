#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace mixscope {

/// How much a finding matters. Problem: fix it before mastering or release.
/// Warning: worth a listen and probably a move. Info: good to know.
enum class FindingSeverity { Info, Warning, Problem };

/// The mixdown problems Mixscope names. Ids (findingKindId) are stable: the
/// JSON report, sessions and scripts use them.
enum class FindingKind {
    Mud,               ///< "mud": too much 150–500 Hz
    Boxiness,          ///< "boxiness": too much 400–900 Hz
    Harshness,         ///< "harshness": too much 2–5 kHz
    Sibilance,         ///< "sibilance": bursts of 5–10 kHz
    TooBright,         ///< "too_bright": top end above the references / usual range
    TooDark,           ///< "too_dark": top end below them
    SubRumble,         ///< "sub_rumble": energy below 40 Hz
    LackOfPunch,       ///< "lack_of_punch": transients flattened by compression
    WideBass,          ///< "wide_bass": bass that differs between the channels
    MonoCompatibility, ///< "mono_compatibility": the mix loses level or tone in mono
    StereoImbalance,   ///< "stereo_imbalance": one channel louder than the other
    LowHeadroom,       ///< "low_headroom": peaks too close to 0 dBFS for mastering
    Clipping,          ///< "clipping": flattened peaks, or true peak above 0 dBTP
    DcOffset,          ///< "dc_offset": a constant offset on a channel
    LossyExport,       ///< "lossy_export": the mix is an MP3/AAC/… file
    LowBitDepth,       ///< "low_bit_depth": a 16-bit (or less) fixed-point mix export
    SilenceToTrim,     ///< "silence_to_trim": long silence at the start or end
    BandLimited,       ///< "band_limited": a track's content stops early (a low-pass)
    ReferenceOutlier,  ///< "reference_outlier": a reference unlike the others in a range
};

/// A frequency range, Hz (lowHz < highHz).
struct FrequencyRange {
    double lowHz = 0.0;
    double highHz = 0.0;
};

/// A stretch of the track, seconds from its start (startS < endS).
struct TimeRange {
    double startS = 0.0;
    double endS = 0.0;
};

/// What the evidence was measured against.
enum class FindingBasis {
    References, ///< the references (their average, each one reported in evidence)
    Ranges,     ///< no reference: the documented ranges for a pre-master mix
    Absolute,   ///< a fact about the file that needs no comparison (clipping, DC, format)
};

/// One named problem of the mix, with the numbers behind it. A plain value.
/// Texts are in the application's language when the finding was made.
struct Finding {
    FindingKind kind = FindingKind::Mud;
    FindingSeverity severity = FindingSeverity::Info;
    FindingBasis basis = FindingBasis::Absolute;

    /// Where in the spectrum it applies; empty for broadband findings (clipping).
    std::optional<FrequencyRange> frequency;
    /// Where in the song it is worst, worst first; empty when it is the whole
    /// track or nowhere in particular (DC offset, a lossy export).
    std::vector<TimeRange> times;

    /// How sure the rule is, 0–1: the margin over its threshold, and how many
    /// references agree.
    double confidence = 0.0;

    /// The measured quantity behind the finding in its unit (dB, LU, %, …),
    /// e.g. +4.2 for "4.2 dB more 200–400 Hz than the references". Signed so
    /// that charts can draw it; the evidence text says what it is.
    double value = 0.0;

    QString title;      ///< a few words: "Muddy low-mids"
    QString evidence;   ///< the numbers: "+4.2 dB in 200–400 Hz against your references…"
    QString suggestion; ///< a concrete move: which elements, which tool, how much
};

/// What a finding is about, and so which charts show it: the spectrum's, the
/// stereo field's, or loudness and dynamics over time.
enum class FindingDomain { Spectrum, Stereo, Dynamics };

/// Stable snake_case id, e.g. "mud", "lack_of_punch".
QString findingKindId(FindingKind kind);
/// Every kind, in enum order (a new enumerator goes last and needs an id).
const std::vector<FindingKind>& allFindingKinds();
/// The kind with this id; empty for an unknown id.
std::optional<FindingKind> findingKindFromId(QStringView id);
/// Its domain: stereo for wide bass, mono compatibility and imbalance;
/// spectrum for the tonal findings, a DC offset and a band limit; dynamics for
/// the rest (punch, headroom, clipping, silence, the export's format).
FindingDomain findingDomain(FindingKind kind);
/// "info", "warning" or "problem".
QString findingSeverityId(FindingSeverity severity);
/// "references", "ranges" or "absolute".
QString findingBasisId(FindingBasis basis);
/// Whether a finding's moments cover most of a track of durationS
/// (Units::coversMostOf): then they are written "throughout".
bool coversMostOfTheTrack(const std::vector<TimeRange>& times, double durationS);
/// Its moments for people: "0:00–0:07, 0:21", or "throughout" (Units::clockRanges).
QString findingTimesText(const std::vector<TimeRange>& times, double durationS);
/// The severity for people, in the application's language.
QString findingSeverityDisplayName(FindingSeverity severity);

} // namespace mixscope
