#pragma once

#include "core/dsp/biquad.h"

#include <array>
#include <cstddef>

namespace mixscope {

/// A stereo band-pass for "band solo": a 4th-order Butterworth high-pass at
/// lowHz cascaded with a 4th-order Butterworth low-pass at highHz (two
/// biquads each, Q 0.5412 and 1.3066). Both edges are -3 dB points; the
/// passband is flat within 0.1 dB an octave inside them, and the skirts fall
/// at 24 dB per octave (an octave outside an edge: -24 dB).
/// Plain value; not thread-safe; process() never allocates.
class BandSoloFilter {
public:
    /// sampleRateHz > 0; 0 < lowHz < highHz < sampleRateHz / 2 (clamped into range).
    BandSoloFilter(double sampleRateHz, double lowHz, double highHz);

    /// Filters interleaved stereo in place.
    void process(float* interleaved, std::size_t frames);

    /// Forgets the filter history.
    void reset();

    double lowHz() const { return m_lowHz; }
    double highHz() const { return m_highHz; }

private:
    double m_lowHz;
    double m_highHz;
    // Per channel: high-pass, high-pass, low-pass, low-pass.
    std::array<std::array<Biquad, 4>, 2> m_sections;
};

} // namespace mixscope
