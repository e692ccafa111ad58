#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mixscope {

/// Inter-sample ("true") peak of a stereo stream per ITU-R BS.1770-4 Annex 2:
/// the signal is oversampled (4x below 96 kHz, 2x below 192 kHz, none above)
/// with a windowed-sinc polyphase interpolator and the largest magnitude kept.
/// Every interpolated point is within 0.03 dB of the ideal (band-limited)
/// value for content up to 0.45 fs; what remains is the grid itself, which
/// may miss a crest by up to cos(pi f / (4 fs)) (0.55 dB at 0.45 fs).
///
/// Most interpolated points can never be the peak: a point is a weighted sum
/// of the 32 samples around it, so it is at most the phase's sum of absolute
/// weights (2.1 to 2.5 at 4x) times the largest of them. Every 32 frames
/// whose neighbourhood stays below the window's peak divided by that gain are
/// not interpolated: the peaks read exactly what interpolating everywhere
/// reads (a margin covers float rounding), for less work on music, whose
/// level moves within 100 ms. Constant memory; not thread-safe.
class TruePeakMeter {
public:
    /// Where to interpolate: where a point could beat the peak, or (to test
    /// that the two agree) everywhere.
    enum class Interpolation { WhereItCanMatter, Everywhere };

    explicit TruePeakMeter(int sampleRateHz,
                           Interpolation interpolation = Interpolation::WhereItCanMatter);

    /// interleaved: frames * 2 floats, L R L R …
    void process(const float* interleaved, std::size_t frames);

    /// Largest interpolated magnitude since construction (linear, 1.0 = 0 dBTP).
    float peak() const { return m_peak; }

    /// Largest interpolated magnitude since the previous call (linear); resets the window.
    float takeWindowPeak();

    int oversampling() const { return m_factor; }

    static constexpr int kTapsPerPhase = 32;
    static constexpr int kMaxFactor = 4;

    /// How many interpolated points were computed, and how many were not
    /// because they could not beat the peak (a benchmark's figures).
    std::int64_t pointsInterpolated() const { return m_interpolated; }
    std::int64_t pointsSkipped() const { return m_skipped; }

private:
    // m_coefficients[p][k]: tap k of phase p; phase 0 is the input itself.
    std::array<std::array<float, kTapsPerPhase>, kMaxFactor> m_coefficients{};
    // m_gain[p]: phase p's sum of absolute taps, rounded up by a margin that
    // covers the float rounding of the 32-term sum: no output of the phase
    // exceeds m_gain[p] times the largest input it reads.
    std::array<float, kMaxFactor> m_gain{};
    // Per channel: the last kTapsPerPhase - 1 samples, then the current block.
    std::array<std::vector<float>, 2> m_input;
    static constexpr std::size_t kTileFrames = 512;
    // The stretch of outputs judged at once: a whole number of vectors.
    static constexpr std::size_t kStretchFrames = 32;

    void interpolate(const float* x, std::size_t count, std::size_t phase, std::uint32_t& peakBits);

    Interpolation m_interpolation;
    std::int64_t m_interpolated = 0;
    std::int64_t m_skipped = 0;
    int m_factor = 1;
    float m_peak = 0.0f;
    float m_windowPeak = 0.0f;
};

} // namespace mixscope
