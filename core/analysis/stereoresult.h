#pragma once

#include <optional>
#include <vector>

namespace mixscope {

/// Stereo field of a stereo stream; mid = (L + R) / 2, side = (L - R) / 2.
/// Every value is empty where it is undefined (a silent channel, silent side).
struct StereoResult {
    /// Pearson correlation of L and R over the whole stream, -1 … +1
    /// (time domain, means removed). Empty when either channel is constant.
    std::optional<double> correlation;

    /// Cross-spectral correlation Re(sum L conj(R)) / sqrt(sum |L|^2 sum |R|^2)
    /// over 20–150 Hz and the whole stream: -1 when the bass is polarity
    /// inverted, whatever the rest of the spectrum does.
    std::optional<double> lowEndCorrelation;

    /// Level lost by summing to mono, dB, never negative:
    /// -10 log10(P_mid / ((P_L + P_R) / 2)). 0 dB for identical channels,
    /// 3.01 dB for uncorrelated channels of equal level or one silent channel,
    /// more as the channels cancel. Empty when mid is silent (perfect
    /// cancellation: everything is lost) or nothing was fed.
    std::optional<double> monoLossDb;

    /// 10 log10(P_L / P_R), dB: positive when the left channel is louder.
    /// Empty when either channel is silent.
    std::optional<double> balanceDb;

    /// A delayed copy between the channels, as a Haas widener, a spaced
    /// microphone pair or a doubled part makes: summed to mono it comb-filters.
    /// Strength is the coherence-weighted cross-correlation at the strongest
    /// lag of 1–30 ms over 200 Hz–10 kHz, 0–1: roughly the share of that
    /// spectrum that is a copy (0 for mono or unrelated channels, 1 when one
    /// channel is the other delayed). delayedCopyMs is that lag, positive when
    /// the right channel is late. Both empty for silence.
    std::optional<double> delayedCopyStrength;
    std::optional<double> delayedCopyMs;

    /// Per 1/3-octave band, bands as SpectrumResult::bandCentersHz.
    std::vector<double> bandCentersHz; ///< ISO nominal centres, Hz
    /// Cross-spectral correlation within each band over the whole stream.
    std::vector<std::optional<double>> bandCorrelation;
    /// Width: side band power over mid band power, dB (0 dB: as much side as
    /// mid, e.g. one channel only; large negative: narrow). Empty where side
    /// or mid is silent: identical channels give an empty ratio (-inf), and
    /// so do perfectly cancelling ones (+inf; see SpectrumResult::midDb).
    std::vector<std::optional<double>> sideToMidDb;

    /// Correlation over time from the same STFT frames (cross-spectral,
    /// DC excluded); entry i covers about [i, i + 1) * correlationSeriesIntervalS.
    double correlationSeriesIntervalS = 0.0;
    std::vector<std::optional<float>> correlationSeries;
    /// Low-end correlation (as lowEndCorrelation, bins 20–150 Hz) over time,
    /// same frames as correlationSeries; empty entries where the low end is silent.
    std::vector<std::optional<float>> lowEndCorrelationSeries;

    /// Vectorscope (goniometer) density of every sample pair, for plotting:
    /// vectorscopeDensity[row * kVectorscopeSize + column], column from side
    /// S = (L - R) / 2 (column 0 at S = -1, the last at S = +1), row from
    /// mid M = (L + R) / 2 (row 0 at M = -1, the last at M = +1; draw row 0 at
    /// the bottom). Mono lies on the centre column, left-only content on the
    /// M = S diagonal, right-only on M = -S, out-of-phase content on the
    /// centre row. Pairs beyond full scale are clipped onto the edge cells.
    /// Normalised so that the densest cell is 1; empty when nothing was fed.
    static constexpr int kVectorscopeSize = 64;
    std::vector<float> vectorscopeDensity;
};

} // namespace mixscope
