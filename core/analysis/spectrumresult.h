#pragma once

#include <optional>
#include <vector>

namespace mixscope {

/// Long-term and time-varying spectrum of a stereo stream, mid = (L + R) / 2,
/// side = (L - R) / 2.
///
/// Calibration: a band reads 10 log10(mean power of the signal within the
/// band), dB relative to full scale (1.0). A sine of amplitude A reads
/// 20 log10(A) - 3.01 dB in its band, whatever the FFT size or sample rate; a
/// full-scale sine on both channels reads -3.01 dB in mid. Noise reads its
/// power within the band, so white noise rises 1 dB per band and pink noise is
/// flat. A band is empty where the signal holds no power there (silence, or a
/// side of identical channels).
///
/// Arrays describe only the bands present: those whose nominal centre lies
/// below the Nyquist frequency (an 8 kHz file has 23 1/3-octave bands, up to
/// 3150 Hz; 44.1 kHz files have all 31). The 20 kHz band at 44.1 kHz reaches
/// past Nyquist (17.8–22.4 kHz); only its part below 22.05 kHz is measured.
///
/// Resolution: bins are resolutionHz wide and a Hann window spreads a pure
/// tone over about four of them (~45 Hz), wider than the 1/3-octave bands
/// below about 200 Hz: there a tone's power is shared with the neighbouring
/// bands (the sum over the three stays right). Broadband material reads
/// correctly down to 20 Hz.
struct SpectrumResult {
    int fftSize = 0;           ///< STFT length, samples (Hann window, hop fftSize / 2)
    double resolutionHz = 0.0; ///< sampleRate / fftSize

    /// 1/3-octave bands: ISO 266 nominal centres, Hz (20, 25, 31.5 … 20000).
    std::vector<double> bandCentersHz;
    std::vector<double> bandLowEdgesHz;        ///< exact lower edges, Hz
    std::vector<double> bandHighEdgesHz;       ///< exact upper edges, Hz
    std::vector<std::optional<double>> midDb;  ///< long-term average spectrum of mid, dBFS
    std::vector<std::optional<double>> sideDb; ///< long-term average spectrum of side, dBFS

    /// Where the content stops well before Nyquist, Hz: an encoder's
    /// low-pass (MP3 and AAC cut at 11–20 kHz by bit rate), a band-limited
    /// source or an upsampled file. The frequency of the steepest cliff at
    /// or above 4 kHz where the long-term level (mid + side) falls by
    /// kBandwidthCliffDb or more from the 1/6 octave below to the 1/3 octave
    /// above, and stays down; empty when the content reaches Nyquist (music
    /// rolls off by a few dB per 1/6 octave, never by a cliff).
    std::optional<double> contentTopHz;
    static constexpr double kBandwidthCliffDb = 20.0;

    /// 1/6-octave bands for display, same calibration (exact centres, Hz).
    /// Below ~120 Hz they are narrower than a bin: they then show a smoothed
    /// spectrum rather than more detail.
    std::vector<double> displayBandCentersHz;
    std::vector<std::optional<double>> displayMidDb;
    std::vector<std::optional<double>> displaySideDb;

    /// 1/3-octave mid levels over time, dBFS: bandSeriesMidDb[frame][band],
    /// bands as in bandCentersHz. Frame i covers about
    /// [i, i + 1) * bandSeriesIntervalS (Hann-weighted). The interval is a
    /// whole number of STFT hops, about 0.25 s (0.232 s at 44.1 kHz,
    /// 0.256 s at 48 kHz). About 4 MB per hour of audio.
    double bandSeriesIntervalS = 0.0;
    std::vector<std::vector<std::optional<float>>> bandSeriesMidDb;

    /// Sibilance detail, one value per STFT hop (hopSeriesIntervalS: fftSize
    /// / 2 samples, 46 ms at 44.1 kHz, each value the Hann window of twice
    /// that): the mid level of 5–10 kHz (sibilants, cymbals) and of 1–4 kHz
    /// (the presence band), dBFS, calibrated as midDb; empty where silent or
    /// above Nyquist. Short "s" sounds that a 0.25 s frame averages away stand
    /// out here. About 1.2 MB per hour of audio.
    double hopSeriesIntervalS = 0.0;
    std::vector<std::optional<float>> sibilantHopSeriesDb;
    std::vector<std::optional<float>> presenceHopSeriesDb;

    /// What the sibilance rule takes from the hop series, dBFS, for a track
    /// that keeps none (one from a reference profile): see
    /// measures::hopSummary(). Empty for a track analysed from its file.
    struct HopSummary {
        double sibilantPeakDb = 0.0;   ///< 99th percentile of the audible 5–10 kHz levels
        double sibilantMedianDb = 0.0; ///< their median
        double presenceMedianDb = 0.0; ///< median of the audible 1–4 kHz levels
    };
    std::optional<HopSummary> keptHopSummary;
};

} // namespace mixscope
