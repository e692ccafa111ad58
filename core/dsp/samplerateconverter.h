#pragma once

#include "core/common/analysiserror.h"

#include <cstddef>
#include <memory>

namespace mixscope {

/// Converts interleaved stereo float audio from one sample rate to another
/// (libsamplerate adaptor; no libsamplerate type leaves this class).
///
/// Band-limited sinc interpolation: Medium keeps the passband flat to 0.1 dB
/// and aliasing below -97 dB up to 90 % of the lower Nyquist frequency; Best
/// goes to 97 % at a higher cost. The output is aligned with the input in
/// time (output frame k is the input at time k / ratio), so a converter fed
/// from a seek point after reset() stays on the same timeline.
///
/// Not thread-safe: one converter per thread. process() does not allocate.
class SampleRateConverter {
public:
    enum class Quality { Medium, Best };

    /// Rates in Hz, each 1 Hz–1 MHz with a ratio within libsamplerate's 1/256–256.
    /// Fails with UnsupportedFormat when the rates are out of range, or
    /// ReadFailed when libsamplerate cannot allocate its state.
    static Result<std::unique_ptr<SampleRateConverter>> create(int inputRateHz, int outputRateHz,
                                                               Quality quality = Quality::Medium);

    ~SampleRateConverter();
    SampleRateConverter(const SampleRateConverter&) = delete;
    SampleRateConverter& operator=(const SampleRateConverter&) = delete;

    struct Progress {
        std::size_t inputFramesUsed = 0;
        std::size_t outputFramesWritten = 0;
    };

    /// Consumes up to inputFrames frames of input (interleaved L R) and writes
    /// up to outputCapacityFrames frames to output. The converter keeps a
    /// filter's length of history, so output lags input; pass endOfInput once
    /// the input is exhausted to drain it. Returns how much of each side was used.
    Progress process(const float* input, std::size_t inputFrames, float* output,
                     std::size_t outputCapacityFrames, bool endOfInput);

    /// Forgets all history, as if newly created (for a seek).
    void reset();

    /// Output rate / input rate.
    double ratio() const { return m_ratio; }

private:
    struct Impl;
    SampleRateConverter(std::unique_ptr<Impl> impl, double ratio);
    std::unique_ptr<Impl> m_impl;
    double m_ratio;
};

} // namespace mixscope
