#pragma once

#include <optional>
#include <vector>

namespace mixscope {

/// Loudness per ITU-R BS.1770-4 / EBU R128. Every value is empty where it is
/// undefined (silence, gated out, or the file too short for the window).
struct LoudnessResult {
    std::optional<double> integratedLufs;   ///< gated integrated loudness, LUFS
    std::optional<double> rangeLu;          ///< loudness range (EBU Tech 3342), LU
    std::optional<double> momentaryMaxLufs; ///< highest 400 ms loudness, LUFS
    std::optional<double> shortTermMaxLufs; ///< highest 3 s loudness, LUFS
    std::optional<double> truePeakDbtp;     ///< 4x oversampled peak (BS.1770 Annex 2), dBTP

    /// Spacing of the series below, seconds. Entry i describes the window that
    /// ends at (i + 1) * seriesIntervalS.
    double seriesIntervalS = 0.1;
    std::vector<std::optional<float>>
        momentaryLufs; ///< empty entries: window not yet full, or silent
    std::vector<std::optional<float>> shortTermLufs;
    std::vector<std::optional<float>>
        truePeakSeriesDbtp; ///< highest true peak within each interval; empty in silence
};

} // namespace mixscope
