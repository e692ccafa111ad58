#pragma once

#include "core/dsp/biquad.h"

#include <array>
#include <cstddef>

namespace mixscope {

/// A stereo band-pass for "band solo": an 8th-order Linkwitz–Riley high-pass
/// at lowHz cascaded with an 8th-order Linkwitz–Riley low-pass at highHz
/// (each two 4th-order Butterworth filters in series, four biquads with Qs
/// 0.5412, 1.3066, 0.5412, 1.3066). Both edges are -6 dB points and the
/// skirts fall at 48 dB per octave: an octave outside an edge is 48 dB down,
/// and the whole octave beyond an edge, as pink noise shows it, 14.6 dB.
/// Each edge costs 0.03 dB an octave inside it; a band one octave wide
/// passes its middle at -1 dB. (Adjacent bands do not add up flat: each
/// band's far edge turns the phase at the shared one. Solo plays one band.)
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

    /// Biquad sections per channel.
    static constexpr std::size_t kSections = 8;

private:
    double m_lowHz;
    double m_highHz;
    // Per channel: four high-pass sections, then four low-pass sections.
    std::array<std::array<Biquad, kSections>, 2> m_sections;
};

} // namespace mixscope
