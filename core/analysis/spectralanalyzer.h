#pragma once

#include "core/analysis/spectrumresult.h"
#include "core/analysis/stereoresult.h"

#include <cstddef>
#include <memory>

namespace mixscope {

/// What SpectralAnalyzer measures: both come from the same STFT frames.
struct SpectralResult {
    SpectrumResult spectrum;
    StereoResult stereo;
};

/// Spectrum and stereo field of a stereo stream from one short-time Fourier
/// transform: Hann window of fftSizeFor(sampleRate) samples, hop of half
/// that, one real FFT per channel per hop; mid and side spectra are derived
/// from those. Per-bin power sums are kept for the whole stream and reduced to
/// bands at the end; the band series is reduced once per series interval.
///
/// The stream is padded with half a window of silence at the start, and the
/// last partial window is padded at the end; every frame is normalised by the
/// window energy over the real samples it holds, so short streams and the
/// edges read at their true level.
///
/// Memory: a few FFT-sized buffers plus the series (about 4 MB per hour).
/// Not thread-safe; use one instance per stream.
class SpectralAnalyzer {
public:
    /// sampleRateHz > 0; otherwise every result stays empty.
    explicit SpectralAnalyzer(int sampleRateHz);
    ~SpectralAnalyzer();
    SpectralAnalyzer(SpectralAnalyzer&&) noexcept;
    SpectralAnalyzer& operator=(SpectralAnalyzer&&) noexcept;
    SpectralAnalyzer(const SpectralAnalyzer&) = delete;
    SpectralAnalyzer& operator=(const SpectralAnalyzer&) = delete;

    /// The smallest power of two giving bins of at most 12 Hz (4096 at
    /// 44.1/48 kHz, 8192 at 88.2/96 kHz, 16384 at 176.4/192 kHz, 1024 at
    /// 8 kHz), at least 256 samples; 0 for a rate <= 0.
    static int fftSizeFor(int sampleRateHz);

    /// interleavedStereo: frames * 2 floats, L R L R …, full scale ±1.0.
    void process(const float* interleavedStereo, std::size_t frames);

    /// Call once, after the last process().
    SpectralResult finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace mixscope
