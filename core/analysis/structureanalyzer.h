#pragma once

#include "core/analysis/structureresult.h"

#include <optional>
#include <vector>

namespace mixscope {

/// Feature series of a whole track at a fixed frame interval, the input of
/// StructureAnalyzer. Frame i describes the audio around (i + 0.5) * frameIntervalS;
/// series from trailing windows (LoudnessResult::shortTermLufs) should be
/// centred first, see StructureAnalyzer::centredFrames().
struct StructureInput {
    double frameIntervalS = 0.25; ///< seconds, > 0
    /// Short-term (3 s) loudness per frame, LUFS; empty entries are silence.
    /// Its size is the number of frames.
    std::vector<std::optional<float>> loudnessLufs;
    /// Either empty (loudness only) or one entry per frame: the level of each
    /// band in dB (any reference; e.g. 31 one-third-octave bands), the same
    /// bands in every frame. Empty entries are undefined bands (above Nyquist,
    /// silent) and are left out.
    std::vector<std::vector<std::optional<float>>> bandDb;
};

/// Splits a track into sections and labels them, from series gathered during
/// the analysis pass. A pure function; thread-safe.
///
/// Method: each frame has two features, its loudness (silence counts as
/// kSilenceLufs) and the shape of its spectrum (band levels minus their mean
/// in that frame). Novelty at a frame boundary is the distance between the
/// mean features of the kMinimumSectionS / 2 before and after it, with a
/// loudness step of kLoudnessScaleLu or an RMS shape change of kShapeScaleDb
/// counting as 1 (a smoothed feature difference: equivalent to a checkerboard
/// kernel on the diagonal of a self-similarity matrix, at O(frames x bands)
/// cost). Boundaries are novelty peaks of at least 1, strongest first, no
/// closer than the minimum section length (kMinimumSectionS, or a quarter of
/// the track if that is shorter) to each other or to either end.
///
/// Labels, from each section's power-mean loudness relative to the loudest
/// section and its loudness trend (least-squares slope times duration):
/// - the first section, if more than kQuietLu below the loudest: intro;
///   the last one likewise: outro;
/// - a section rising by kBuildRiseLu or more into a louder, loud section: build;
/// - within kLoudLu of the loudest: drop if entered from a build or from a
///   section at least kDropJumpLu quieter, chorus otherwise;
/// - other sections more than kBreakdownLu below the loudest: breakdown;
/// - anything else (and a track that is one section): verse.
class StructureAnalyzer {
public:
    static constexpr double kMinimumSectionS = 8.0;
    static constexpr double kSilenceLufs = -70.0;
    static constexpr double kLoudnessScaleLu = 3.0;
    static constexpr double kShapeScaleDb = 3.0;
    static constexpr double kQuietLu = 3.0;
    static constexpr double kLoudLu = 2.0;
    static constexpr double kBreakdownLu = 6.0;
    static constexpr double kBuildRiseLu = 4.0;
    static constexpr double kDropJumpLu = 6.0;

    /// An input with frameIntervalS <= 0 or no frames gives an empty result;
    /// bandDb is ignored unless it has one entry per frame.
    static StructureResult analyze(const StructureInput& input);

    /// Resamples a trailing-window series (entry i describes the window of
    /// windowS seconds that ends at (i + 1) * seriesIntervalS, like
    /// LoudnessResult::shortTermLufs with windowS = 3) to frameCount frames of
    /// frameIntervalS centred at (j + 0.5) * frameIntervalS: each frame takes
    /// the entry whose window is centred nearest to it, clamped to the series.
    /// Empty series give empty frames.
    static std::vector<std::optional<float>>
    centredFrames(const std::vector<std::optional<float>>& trailingSeries, double seriesIntervalS,
                  double windowS, double frameIntervalS, std::size_t frameCount);
};

} // namespace mixscope
