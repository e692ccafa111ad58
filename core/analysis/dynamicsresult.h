#pragma once

#include <optional>
#include <vector>

namespace mixscope {

/// How the level moves: the measurements that tell an open mix from a
/// squashed one. dB values are empty where undefined (silence, no onsets).
struct DynamicsResult {
    /// Crest factor (peak − RMS, dB) per window of crestIntervalS; empty where silent.
    double crestIntervalS = 0.5;
    std::vector<std::optional<float>> crestDb;

    /// Peak-to-short-term-loudness ratio per 0.1 s: the highest true peak of
    /// the last 3 s minus the short-term loudness, dB (same grid as the
    /// loudness series).
    std::vector<std::optional<float>> psrSeriesDb;
    /// Median PSR over the parts that matter (short-term loudness within
    /// 10 LU of the loudest 3 s), dB. Mastered pop sits near 8, open mixes 12+.
    std::optional<double> psrDb;

    /// Share of time (0–1) the short-term loudness spends in each 1 LU bin,
    /// bin i covering [histogramFloorLufs + i, histogramFloorLufs + i + 1).
    double histogramFloorLufs = -60.0;
    std::vector<float> loudnessHistogram;

    /// How far hits rise above the sound that follows them: peak in the first
    /// 30 ms after an onset minus the RMS 60–160 ms after it, median over
    /// onsets, dB. Compression and limiting shrink it; the basis of "punch".
    std::optional<double> transientStrengthDb;
    int transientCount = 0; ///< onsets the median was taken over
};

} // namespace mixscope
