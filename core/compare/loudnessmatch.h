#pragma once

#include <optional>

namespace mixscope {

/// Gain in dB that brings a track measuring trackLufs to the mix's mixLufs
/// (integrated loudness): positive raises the track. Empty when either
/// loudness is undefined.
inline std::optional<double> matchGainDb(std::optional<double> mixLufs,
                                         std::optional<double> trackLufs) {
    if (!mixLufs || !trackLufs) {
        return std::nullopt;
    }
    return *mixLufs - *trackLufs;
}

} // namespace mixscope
