#pragma once

#include <optional>
#include <vector>

namespace mixscope {

/// Tempo and onsets of a track (see RhythmAnalyzer for the method).
struct RhythmResult {
    /// Beat rate in beats per minute, within [60, 200]. Empty for silence, for
    /// files shorter than RhythmAnalyzer::kMinimumTempoDurationS and when the
    /// onset envelope has no periodicity worth the name (tempoConfidence below
    /// RhythmAnalyzer::kMinimumTempoConfidence).
    std::optional<double> tempoBpm;
    /// How periodic the onsets are at the reported beat, 0 (none) … 1 (a click
    /// track). Set even when tempoBpm is empty; 0 when nothing was measured.
    double tempoConfidence = 0.0;

    /// Onset times in seconds from the start of the stream, ascending; each is
    /// the centre of the envelope frame in which the attack was detected
    /// (within onsetEnvelopeIntervalS / 2 of the attack, plus filter delay).
    std::vector<double> onsetTimesS;

    /// Spacing of onsetEnvelope, seconds (about 10 ms).
    double onsetEnvelopeIntervalS = 0.0;
    /// Onset strength: entry i is the summed, weighted, half-wave-rectified rise
    /// of three band levels (dB) from frame i - 1 to frame i, where frame i
    /// covers [i, i + 1) * onsetEnvelopeIntervalS. Unit: dB of rise; 0 where
    /// nothing starts. One float per frame: 1.4 MB per hour.
    std::vector<float> onsetEnvelope;
};

} // namespace mixscope
