#include "core/analysis/truepeakmeter.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace mixscope {

namespace {

double besselI0(double x) {
    double sum = 1.0, term = 1.0;
    for (int k = 1; k < 50 && term > 1e-12 * sum; ++k) {
        term *= (x / (2.0 * k)) * (x / (2.0 * k));
        sum += term;
    }
    return sum;
}

} // namespace

TruePeakMeter::TruePeakMeter(int sampleRateHz, Interpolation interpolation)
    : m_interpolation(interpolation) {
    m_factor = sampleRateHz < 96000 ? 4 : sampleRateHz < 192000 ? 2 : 1;
    for (auto& input : m_input) {
        input.assign(kTapsPerPhase - 1, 0.0f);
    }
    if (m_factor == 1) {
        return;
    }
    // Windowed sinc at the original Nyquist frequency, centred on an original
    // sample: phase 0 then reproduces the input exactly, so the true peak never
    // reads below the sample peak. With 32 taps per phase a Kaiser window of
    // beta 5 keeps every phase within 0.03 dB of unity gain up to 0.45 fs (16
    // taps lose up to 3.6 dB there).
    const int length = kTapsPerPhase * m_factor;
    const double centre = kTapsPerPhase / 2 * m_factor;
    constexpr double beta = 5.0;
    std::vector<double> prototype(static_cast<std::size_t>(length));
    for (int n = 0; n < length; ++n) {
        const double t = (n - centre) / m_factor;
        const double sinc =
            t == 0.0 ? 1.0 : std::sin(std::numbers::pi * t) / (std::numbers::pi * t);
        const double ratio = (n - centre) / centre;
        prototype[static_cast<std::size_t>(n)] =
            sinc * besselI0(beta * std::sqrt(std::max(0.0, 1.0 - ratio * ratio))) / besselI0(beta);
    }
    for (int p = 0; p < m_factor; ++p) {
        double sum = 0.0;
        for (int k = 0; k < kTapsPerPhase; ++k) {
            sum += prototype[static_cast<std::size_t>(p + k * m_factor)];
        }
        // Each phase on its own has unity gain at DC, so no phase over-reads.
        double gain = 0.0;
        for (int k = 0; k < kTapsPerPhase; ++k) {
            const float tap =
                static_cast<float>(prototype[static_cast<std::size_t>(p + k * m_factor)] / sum);
            m_coefficients[static_cast<std::size_t>(p)][static_cast<std::size_t>(k)] = tap;
            gain += std::fabs(static_cast<double>(tap));
        }
        // A float sum of 32 products strays from the exact one by at most
        // about 32 * 2^-24 of the sum of their magnitudes (2e-6): 1e-4 covers it.
        m_gain[static_cast<std::size_t>(p)] = static_cast<float>(gain * (1.0 + 1e-4));
    }
}

namespace {

// |x| compared as integers: the bit patterns of non-negative floats sort like
// the numbers, and an integer max reduction vectorises where a float one may not.
std::uint32_t magnitudeBits(float value) {
    return std::bit_cast<std::uint32_t>(value) & 0x7FFFFFFFu;
}

} // namespace

// The interpolator is most of the meter's cost: where the compiler and the
// loader support it, an AVX2/FMA build of it is chosen at run time, and the
// SSE2 baseline stays for older CPUs. The test is for the features
// (x86-64-v3: AVX2, FMA, BMI2 ...): "arch=haswell" would test for that one
// CPU family and leave every later one on SSE2. GCC only: clang 14 emits no resolver
// for a member function's clones, and the call fails to link.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define MIXSCOPE_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define MIXSCOPE_VECTOR_CLONES
#endif

MIXSCOPE_VECTOR_CLONES
void TruePeakMeter::interpolate(const float* x, std::size_t count, std::size_t phase,
                                std::uint32_t& peakBits) {
    // One FIR with the loop over frames innermost, so that it runs on whole
    // vectors, over at most a tile that stays in L1 cache with the input it reads.
    const auto& taps = m_coefficients[phase];
    alignas(64) float y[kTileFrames] = {};
    for (std::size_t k = 0; k < kTapsPerPhase; ++k) {
        const float c = taps[k];
        const float* in = x - k;
        for (std::size_t n = 0; n < count; ++n) {
            y[n] += c * in[n];
        }
    }
    std::uint32_t bits = peakBits;
    for (std::size_t n = 0; n < count; ++n) {
        bits = std::max(bits, magnitudeBits(y[n]));
    }
    peakBits = bits;
    m_interpolated += static_cast<std::int64_t>(count);
}

MIXSCOPE_VECTOR_CLONES
void TruePeakMeter::process(const float* interleaved, std::size_t frames) {
    std::uint32_t peakBits = magnitudeBits(m_windowPeak);
    constexpr std::size_t history = kTapsPerPhase - 1;
    // The samples first, both channels: phase 0 is the input itself, and the
    // higher the peak before interpolating, the less needs interpolating.
    for (std::size_t channel = 0; channel < 2; ++channel) {
        std::vector<float>& input = m_input[channel];
        input.resize(history + frames);
        for (std::size_t i = 0; i < frames; ++i) {
            const float sample = interleaved[2 * i + channel];
            input[history + i] = sample;
            peakBits = std::max(peakBits, magnitudeBits(sample));
        }
    }
    const bool everywhere = m_interpolation == Interpolation::Everywhere;
    for (std::size_t channel = 0; channel < 2 && m_factor > 1; ++channel) {
        const float* x = m_input[channel].data() + history;
        for (std::size_t start = 0; start < frames; start += kTileFrames) {
            const std::size_t count = std::min(kTileFrames, frames - start);
            // reach[s]: the largest magnitude the outputs of stretch s read.
            constexpr std::size_t kStretches = kTileFrames / kStretchFrames;
            std::array<float, kStretches> reach{};
            const std::size_t stretches = (count + kStretchFrames - 1) / kStretchFrames;
            for (std::size_t s = 0; s < stretches; ++s) {
                // Output n reads inputs n - 31 … n: the history before x.
                const float* first = x + start + s * kStretchFrames - history;
                const float* end = x + std::min(start + (s + 1) * kStretchFrames, start + count);
                std::uint32_t bits = 0;
                for (const float* in = first; in < end; ++in) {
                    bits = std::max(bits, magnitudeBits(*in));
                }
                reach[s] = std::bit_cast<float>(bits);
            }
            for (std::size_t p = 1; p < static_cast<std::size_t>(m_factor); ++p) {
                // Runs of stretches that could beat the peak, interpolated in one go.
                std::size_t s = 0;
                while (s < stretches) {
                    const float peak = std::bit_cast<float>(peakBits);
                    const auto matters = [&](std::size_t t) {
                        return everywhere || reach[t] * m_gain[p] > peak;
                    };
                    if (!matters(s)) {
                        m_skipped += static_cast<std::int64_t>(
                            std::min(kStretchFrames, count - s * kStretchFrames));
                        ++s;
                        continue;
                    }
                    std::size_t end = s + 1;
                    while (end < stretches && matters(end)) {
                        ++end;
                    }
                    const std::size_t from = s * kStretchFrames;
                    const std::size_t to = std::min(end * kStretchFrames, count);
                    interpolate(x + start + from, to - from, p, peakBits);
                    s = end;
                }
            }
        }
    }
    for (std::vector<float>& input : m_input) {
        std::copy(input.end() - static_cast<std::ptrdiff_t>(history), input.end(), input.begin());
    }
    m_windowPeak = std::bit_cast<float>(peakBits);
    m_peak = std::max(m_peak, m_windowPeak);
}

float TruePeakMeter::takeWindowPeak() {
    const float peak = m_windowPeak;
    m_windowPeak = 0.0f;
    return peak;
}

} // namespace mixscope
