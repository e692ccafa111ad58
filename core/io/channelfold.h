#pragma once

#include <vector>

namespace mixscope {

/// Where a channel of a recording is meant to be heard, as far as folding it
/// to stereo needs to know.
enum class Speaker {
    FrontLeft,     ///< front left, stereo left, left of centre, wide left
    FrontRight,    ///< and their right-hand counterparts
    FrontCentre,   ///< front centre, top centre, top front centre
    SurroundLeft,  ///< side, back, surround-direct and top left
    SurroundRight, ///< and their right-hand counterparts
    LowFrequency,  ///< LFE: an effects channel, left out
    Other,         ///< back centre and anything unnamed
};

/// Folds a recording's channels to the stereo pair every meter reads.
class ChannelFold {
public:
    /// The 2 × N matrix, row-major (the left output's N gains, then the
    /// right's), one column per input channel: ITU-R BS.775 for surround
    /// (front channels in full, centre and surrounds at -3 dB, LFE left out),
    /// back centre and unnamed channels at -6 dB in both; a single channel of
    /// any kind plays in both in full (dual mono).
    static std::vector<double> stereoMatrix(const std::vector<Speaker>& channels);
};

} // namespace mixscope
