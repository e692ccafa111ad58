#include "core/io/channelfold.h"

#include <cstddef>

namespace mixscope {

std::vector<double> ChannelFold::stereoMatrix(const std::vector<Speaker>& channels) {
    const std::size_t count = channels.size();
    std::vector<double> matrix(2 * count, 0.0);
    const auto left = [&](std::size_t in) -> double& {
        return matrix[in];
    };
    const auto right = [&](std::size_t in) -> double& {
        return matrix[count + in];
    };
    if (count == 1) {
        left(0) = right(0) = 1.0;
        return matrix;
    }
    constexpr double minus3dB = 0.70710678118654752;
    for (std::size_t in = 0; in < count; ++in) {
        switch (channels[in]) {
        case Speaker::FrontLeft:
            left(in) = 1.0;
            break;
        case Speaker::FrontRight:
            right(in) = 1.0;
            break;
        case Speaker::FrontCentre:
            left(in) = right(in) = minus3dB;
            break;
        case Speaker::SurroundLeft:
            left(in) = minus3dB;
            break;
        case Speaker::SurroundRight:
            right(in) = minus3dB;
            break;
        case Speaker::LowFrequency:
            break;
        case Speaker::Other:
            left(in) = right(in) = 0.5;
            break;
        }
    }
    return matrix;
}

} // namespace mixscope
