#include "core/analysis/loudnessmeter.h"

#include "core/analysis/truepeakmeter.h"
#include "core/dsp/intervalclock.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace mixscope {

namespace {

constexpr double kSeriesIntervalS = 0.1;
constexpr std::size_t kMomentaryBlocks = 4;  // 400 ms of 100 ms sub-blocks
constexpr std::size_t kShortTermBlocks = 30; // 3 s
constexpr double kAbsoluteGateLufs = -70.0;
constexpr double kIntegratedRelativeGateLu = -10.0;
constexpr double kRangeRelativeGateLu = -20.0;

double loudnessOf(double meanSquare) {
    return -0.691 + 10.0 * std::log10(meanSquare);
}

double meanSquareOf(double lufs) {
    return std::pow(10.0, (lufs + 0.691) / 10.0);
}

// One second-order section in direct form II transposed, in double: the
// K-weighting high-pass sits at 38 Hz, where float state would lose the bass
// of low-rate files.
struct Section {
    double b0, b1, b2, a1, a2;
};

// BS.1770-4 K-weighting for any sample rate: the published 48 kHz stages
// re-derived from their analogue prototypes (the same derivation as
// libebur128), a high shelf of +4 dB above 1.7 kHz, then the RLB high-pass.
std::array<Section, 2> kWeighting(double rate) {
    double f0 = 1681.974450955533;
    const double gainDb = 3.999843853973347;
    double q = 0.7071752369554196;
    double k = std::tan(std::numbers::pi * f0 / rate);
    const double vh = std::pow(10.0, gainDb / 20.0);
    const double vb = std::pow(vh, 0.4996667741545416);
    double a0 = 1.0 + k / q + k * k;
    const Section shelf{(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0,
                        (vh - vb * k / q + k * k) / a0, 2.0 * (k * k - 1.0) / a0,
                        (1.0 - k / q + k * k) / a0};
    f0 = 38.13547087602444;
    q = 0.5003270373238773;
    k = std::tan(std::numbers::pi * f0 / rate);
    a0 = 1.0 + k / q + k * k;
    const Section highPass{1.0, -2.0, 1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
    return {shelf, highPass};
}

std::optional<double> maxOf(const std::vector<std::optional<float>>& series) {
    std::optional<double> best;
    for (const auto& value : series) {
        if (value && (!best || *value > *best)) {
            best = *value;
        }
    }
    return best;
}

// Mean of the mean squares above both gates (BS.1770-4 section 2.8).
std::optional<double> gatedLoudness(const std::vector<double>& meanSquares, double relativeGateLu,
                                    double* relativeGateMeanSquare) {
    const double absolute = meanSquareOf(kAbsoluteGateLufs);
    double sum = 0.0;
    std::size_t count = 0;
    for (const double z : meanSquares) {
        if (z > absolute) {
            sum += z;
            ++count;
        }
    }
    if (count == 0) {
        return std::nullopt;
    }
    const double relative =
        sum / static_cast<double>(count) * std::pow(10.0, relativeGateLu / 10.0);
    *relativeGateMeanSquare = std::max(relative, absolute);
    sum = 0.0;
    count = 0;
    for (const double z : meanSquares) {
        if (z > *relativeGateMeanSquare) {
            sum += z;
            ++count;
        }
    }
    if (count == 0) {
        return std::nullopt;
    }
    return loudnessOf(sum / static_cast<double>(count));
}

} // namespace

struct LoudnessMeter::State {
    explicit State(int rate)
        : sampleRateHz(rate)
        , truePeak(rate)
        , clock(rate, kSeriesIntervalS)
        , filter(kWeighting(rate)) {}

    int sampleRateHz = 0;
    TruePeakMeter truePeak;
    IntervalClock clock; // the 100 ms sub-blocks and series points
    std::array<Section, 2> filter;
    // Filter state per channel and section (direct form II transposed).
    std::array<std::array<std::array<double, 2>, 2>, 2> memory{};
    double subBlockEnergy = 0.0; // Σ over channels of Σ y² in the current 100 ms
    // Per finished 100 ms sub-block: channel-summed energy and frame count.
    std::vector<double> subBlockEnergies;
    std::vector<std::int64_t> subBlockFrames;
    std::vector<double> momentaryMeanSquares; // gating blocks: 400 ms every 100 ms
    std::vector<double> shortTermMeanSquares; // 3 s every 100 ms, for the range
    LoudnessResult result;

    // Mean square of the last `blocks` sub-blocks, if that many have passed.
    std::optional<double> windowMeanSquare(std::size_t blocks) const {
        if (subBlockEnergies.size() < blocks) {
            return std::nullopt;
        }
        double energy = 0.0;
        std::int64_t frames = 0;
        for (std::size_t i = subBlockEnergies.size() - blocks; i < subBlockEnergies.size(); ++i) {
            energy += subBlockEnergies[i];
            frames += subBlockFrames[i];
        }
        return frames > 0 ? std::optional<double>(energy / static_cast<double>(frames))
                          : std::nullopt;
    }
};

LoudnessMeter::LoudnessMeter(int sampleRateHz)
    : m_state(std::make_unique<State>(std::max(sampleRateHz, 1))) {
    m_state->result.seriesIntervalS = kSeriesIntervalS;
}

LoudnessMeter::~LoudnessMeter() = default;

void LoudnessMeter::process(const float* interleaved, std::size_t frames) {
    State& s = *m_state;
    while (frames > 0) {
        const std::size_t chunk = std::min(frames, s.clock.framesUntilBoundary());
        // Both channels in one loop: each filter is a chain of dependent
        // steps, and two independent chains keep the CPU busy where one
        // waits. Each channel's arithmetic is what it would be alone.
        const Section& shelf = s.filter[0];
        const Section& highPass = s.filter[1];
        std::array<std::array<double, 2>, 2> m0{s.memory[0][0], s.memory[1][0]};
        std::array<std::array<double, 2>, 2> m1{s.memory[0][1], s.memory[1][1]};
        std::array<double, 2> energy{};
        for (std::size_t i = 0; i < chunk; ++i) {
            for (std::size_t channel = 0; channel < 2; ++channel) {
                const double x = interleaved[2 * i + channel];
                auto& a = m0[channel];
                auto& b = m1[channel];
                const double y0 = shelf.b0 * x + a[0];
                a[0] = shelf.b1 * x - shelf.a1 * y0 + a[1];
                a[1] = shelf.b2 * x - shelf.a2 * y0;
                const double y1 = highPass.b0 * y0 + b[0];
                b[0] = highPass.b1 * y0 - highPass.a1 * y1 + b[1];
                b[1] = highPass.b2 * y0 - highPass.a2 * y1;
                energy[channel] += y1 * y1;
            }
        }
        for (std::size_t channel = 0; channel < 2; ++channel) {
            s.memory[channel][0] = m0[channel];
            s.memory[channel][1] = m1[channel];
            s.subBlockEnergy += energy[channel];
        }
        s.truePeak.process(interleaved, chunk);
        interleaved += chunk * 2;
        frames -= chunk;
        if (s.clock.advance(chunk)) {
            recordSeriesPoint();
        }
    }
}

void LoudnessMeter::recordSeriesPoint() {
    State& s = *m_state;
    s.subBlockEnergies.push_back(s.subBlockEnergy);
    s.subBlockFrames.push_back(s.clock.lastIntervalFrames());
    s.subBlockEnergy = 0.0;

    auto loudness = [](std::optional<double> meanSquare) {
        return meanSquare && *meanSquare > 0.0
                   ? std::optional<float>(static_cast<float>(loudnessOf(*meanSquare)))
                   : std::nullopt;
    };
    const auto momentary = s.windowMeanSquare(kMomentaryBlocks);
    const auto shortTerm = s.windowMeanSquare(kShortTermBlocks);
    if (momentary) {
        s.momentaryMeanSquares.push_back(*momentary);
    }
    if (shortTerm) {
        s.shortTermMeanSquares.push_back(*shortTerm);
    }
    s.result.momentaryLufs.push_back(loudness(momentary));
    s.result.shortTermLufs.push_back(loudness(shortTerm));
    const float peak = s.truePeak.takeWindowPeak();
    s.result.truePeakSeriesDbtp.push_back(
        peak > 0.0f ? std::optional<float>(20.0f * std::log10(peak)) : std::nullopt);
}

LoudnessResult LoudnessMeter::finish() {
    State& s = *m_state;
    LoudnessResult result = std::move(s.result);
    double gate = 0.0;
    result.integratedLufs = gatedLoudness(s.momentaryMeanSquares, kIntegratedRelativeGateLu, &gate);

    // Loudness range, EBU Tech 3342: the spread between the 10th and 95th
    // percentiles of the gated short-term loudness.
    if (result.integratedLufs &&
        gatedLoudness(s.shortTermMeanSquares, kRangeRelativeGateLu, &gate)) {
        std::vector<double> gated;
        for (const double z : s.shortTermMeanSquares) {
            if (z > gate) {
                gated.push_back(loudnessOf(z));
            }
        }
        std::sort(gated.begin(), gated.end());
        const auto at = [&](double fraction) {
            return gated[static_cast<std::size_t>(
                std::lround(fraction * static_cast<double>(gated.size() - 1)))];
        };
        result.rangeLu = gated.empty() ? 0.0 : at(0.95) - at(0.10);
    }
    // The interpolator lags by half its length: let the last samples through.
    const std::vector<float> tail(2 * TruePeakMeter::kTapsPerPhase, 0.0f);
    s.truePeak.process(tail.data(), TruePeakMeter::kTapsPerPhase);
    if (const float peak = s.truePeak.peak(); peak > 0.0f) {
        result.truePeakDbtp = 20.0 * std::log10(static_cast<double>(peak));
    }
    result.momentaryMaxLufs = maxOf(result.momentaryLufs);
    result.shortTermMaxLufs = maxOf(result.shortTermLufs);
    return result;
}

} // namespace mixscope
