#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace mixscope {

/// Inter-sample ("true") peak of a stereo stream per ITU-R BS.1770-4 Annex 2:
/// the signal is oversampled (4x below 96 kHz, 2x below 192 kHz, none above)
/// with a windowed-sinc polyphase interpolator and the largest magnitude kept.
/// Every interpolated point is within 0.03 dB of the ideal (band-limited)
/// value for content up to 0.45 fs; what remains is the grid itself, which
/// may miss a crest by up to cos(pi f / (4 fs)) (0.55 dB at 0.45 fs).
/// Constant memory; not thread-safe.
class TruePeakMeter {
public:
    explicit TruePeakMeter(int sampleRateHz);

    /// interleaved: frames * 2 floats, L R L R …
    void process(const float* interleaved, std::size_t frames);

    /// Largest interpolated magnitude since construction (linear, 1.0 = 0 dBTP).
    float peak() const { return m_peak; }

    /// Largest interpolated magnitude since the previous call (linear); resets the window.
    float takeWindowPeak();

    int oversampling() const { return m_factor; }

    static constexpr int kTapsPerPhase = 32;
    static constexpr int kMaxFactor = 4;

private:
    // m_coefficients[p][k]: tap k of phase p; phase 0 is the input itself.
    std::array<std::array<float, kTapsPerPhase>, kMaxFactor> m_coefficients{};
    // Per channel: the last kTapsPerPhase - 1 samples, then the current block.
    std::array<std::vector<float>, 2> m_input;
    static constexpr std::size_t kTileFrames = 512;
    int m_factor = 1;
    float m_peak = 0.0f;
    float m_windowPeak = 0.0f;
};

} // namespace mixscope
