#pragma once

#include <vector>

namespace mixscope {

/// One fractional-octave band, Hz.
struct FrequencyBand {
    double nominalHz = 0.0; ///< label: the ISO 266 nominal centre for 1/3 octaves
    double centerHz = 0.0;  ///< exact base-2 centre, 1000 * 2^(k / bandsPerOctave)
    double lowHz = 0.0;     ///< centerHz * 2^(-1 / (2 bandsPerOctave))
    double highHz = 0.0;    ///< centerHz * 2^(+1 / (2 bandsPerOctave))
};

/// The 31 ISO 1/3-octave bands 20 Hz … 20 kHz (IEC 61260 base-2 centres,
/// ISO 266 nominal labels 20, 25, 31.5 … 20000) whose nominal centre lies
/// below nyquistHz. A band that straddles the Nyquist frequency is kept; its
/// part above Nyquist simply holds no signal.
std::vector<FrequencyBand> thirdOctaveBands(double nyquistHz);

/// The 1/6-octave bands whose exact centres span 20 Hz … 20 kHz (61 bands,
/// 19.7 Hz … 20.2 kHz) with centre below nyquistHz; nominalHz is the exact
/// centre rounded to three significant digits.
std::vector<FrequencyBand> sixthOctaveBands(double nyquistHz);

} // namespace mixscope
