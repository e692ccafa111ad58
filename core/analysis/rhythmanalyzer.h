#pragma once

#include "core/analysis/rhythmresult.h"
#include "core/dsp/biquad.h"

#include <array>
#include <cstddef>
#include <vector>

namespace mixscope {

/// Onset detection and tempo estimation of a stereo stream.
///
/// process() keeps only an onset-strength envelope at about 100 frames per
/// second (one float per frame); the work per sample is a mono sum, a second
/// difference and, at a quarter of the rate or less, one biquad. finish()
/// does the rest:
///
/// - Onset envelope: the mono sum is split into a low band (< 150 Hz, kicks),
///   a mid band (150 Hz to about 5 kHz) and a high band (second difference,
///   rising 12 dB per octave: hats, cymbals, clicks). Each band's energy per
///   frame is taken to dB (floor -80 dB), and the half-wave-rectified rise from
///   the previous frame is summed with the weights of kBandWeights, which
///   favour the low band: in most of the music Mixscope sees, kicks mark the beat.
/// - Tempo: autocorrelation of the lightly smoothed, locally mean-removed
///   envelope up to a lag of 4 s. A comb (the mean autocorrelation at the
///   first four multiples of a period) is searched over 60–200 BPM. Its peak
///   period is refined by parabolic interpolation of every autocorrelation
///   peak at a multiple of the period that fits in the 4 s, and a
///   least-squares fit of those peak lags through the origin.
/// - Octave errors: a periodic envelope scores the same at a period and at
///   twice it, so the comb alone cannot choose between 60 and 120 BPM. The
///   rule: take the fastest tempo of the octave family (T, 2T, T/2, … within
///   60–200 BPM) at which every beat is about as strong as every other beat,
///   i.e. the autocorrelation at the beat period is at least
///   kOctaveUniformity of that at twice the period. A kick on every beat reads
///   at its own rate even if a weaker hi-hat plays the off-beats; a pattern
///   whose off-beats are as strong as its beats (kick-snare of equal weight, a
///   plain click) reads at the faster rate when that rate is within range. So
///   90 BPM with off-beat hats of kick strength reads 180, and half- or
///   double-time feels (e.g. drum and bass with the snare on 2 and 4 only) may
///   read an octave away from what a listener taps: the range 60–200 BPM and
///   this rule decide, not the genre. Triple relations (3:2) are not resolved.
/// - Confidence: the mean normalised autocorrelation at the beat peaks,
///   clamped to [0, 1].
/// - Onsets: local maxima of the envelope (±kOnsetPeakHalfWidthS) that exceed
///   the mean of the surrounding ±0.5 s by kOnsetMinimumRiseDb, at least
///   kMinimumOnsetSpacingS apart.
///
/// Memory: one float per envelope frame (about 1.4 MB per hour). Cost: about
/// 0.1 s per 10 minutes of 44.1 kHz stereo on one core. Not thread-safe;
/// plain value otherwise (copyable).
class RhythmAnalyzer {
public:
    static constexpr double kMinimumTempoBpm = 60.0;
    static constexpr double kMaximumTempoBpm = 200.0;
    static constexpr double kMinimumTempoDurationS = 6.0;
    static constexpr double kMinimumTempoConfidence = 0.1;
    static constexpr double kOctaveUniformity = 0.7;
    static constexpr std::array<float, 3> kBandWeights{1.0f, 0.6f, 0.4f}; ///< low, mid, high
    static constexpr double kOnsetMinimumRiseDb = 3.0;
    static constexpr double kOnsetPeakHalfWidthS = 0.03;
    static constexpr double kMinimumOnsetSpacingS = 0.05;

    /// sampleRateHz of the stream; below 1000 Hz nothing is analysed and
    /// finish() returns an empty result.
    explicit RhythmAnalyzer(int sampleRateHz);

    /// interleavedStereo: frames * 2 floats, L R L R …, full scale ±1.0.
    /// Blocks may have any size, including 0.
    void process(const float* interleavedStereo, std::size_t frames);

    /// Analyses what was fed so far. Call once; the analyzer is spent afterwards.
    RhythmResult finish();

private:
    void endFrame();

    int m_decimation = 1;        ///< input samples per decimated sample
    int m_decimatedPerFrame = 0; ///< decimated samples per envelope frame
    double m_frameIntervalS = 0.0;
    Biquad m_lowPass;

    float m_previous1 = 0.0f; ///< last two mono samples, for the second difference
    float m_previous2 = 0.0f;
    float m_decimationSum = 0.0f;
    int m_decimationCount = 0;
    int m_decimatedCount = 0; ///< decimated samples in the current frame
    std::array<double, 3> m_bandEnergy{};
    std::array<double, 3> m_previousBandEnergy{};
    std::array<float, 3> m_previousBandDb{};
    bool m_havePreviousFrame = false;

    std::vector<float> m_envelope;
};

} // namespace mixscope
