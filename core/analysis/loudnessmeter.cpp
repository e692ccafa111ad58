#include "core/analysis/loudnessmeter.h"

#include "core/analysis/truepeakmeter.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

struct Ebur128Deleter {
    void operator()(ebur128_state* state) const { ebur128_destroy(&state); }
};

constexpr double kSeriesIntervalS = 0.1;
constexpr double kMomentaryWindowS = 0.4;
constexpr double kShortTermWindowS = 3.0;

std::optional<double> finiteOrEmpty(double value) {
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
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

} // namespace

struct LoudnessMeter::State {
    explicit State(int rate)
        : sampleRateHz(rate)
        , truePeak(rate) {}

    std::unique_ptr<ebur128_state, Ebur128Deleter> meter;
    int sampleRateHz = 0;
    TruePeakMeter truePeak;
    std::int64_t framesProcessed = 0;
    std::int64_t seriesPoints = 0;
    LoudnessResult result;

    std::int64_t nextSeriesBoundary() const {
        // Rounded per point so that rates not divisible by 10 do not drift.
        return std::llround(static_cast<double>(seriesPoints + 1) * sampleRateHz *
                            kSeriesIntervalS);
    }
};

LoudnessMeter::LoudnessMeter(int sampleRateHz)
    : m_state(std::make_unique<State>(sampleRateHz)) {
    m_state->meter.reset(
        ebur128_init(2, static_cast<unsigned long>(std::max(sampleRateHz, 0)),
                     EBUR128_MODE_I | EBUR128_MODE_LRA | EBUR128_MODE_S | EBUR128_MODE_M));
    m_state->result.seriesIntervalS = kSeriesIntervalS;
}

LoudnessMeter::~LoudnessMeter() = default;

void LoudnessMeter::process(const float* interleaved, std::size_t frames) {
    State& s = *m_state;
    if (!s.meter) {
        return;
    }
    while (frames > 0) {
        const auto untilBoundary =
            static_cast<std::size_t>(s.nextSeriesBoundary() - s.framesProcessed);
        const std::size_t chunk = std::min(frames, untilBoundary);
        ebur128_add_frames_float(s.meter.get(), interleaved, chunk);
        s.truePeak.process(interleaved, chunk);
        s.framesProcessed += static_cast<std::int64_t>(chunk);
        interleaved += chunk * 2;
        frames -= chunk;
        if (s.framesProcessed == s.nextSeriesBoundary()) {
            recordSeriesPoint();
        }
    }
}

void LoudnessMeter::recordSeriesPoint() {
    State& s = *m_state;
    ++s.seriesPoints;
    const double elapsedS = static_cast<double>(s.framesProcessed) / s.sampleRateHz;
    constexpr double tolerance = 1e-9;
    auto read = [&](double windowS, int (*query)(ebur128_state*, double*)) {
        double value = 0.0;
        if (elapsedS + tolerance < windowS || query(s.meter.get(), &value) != EBUR128_SUCCESS ||
            !std::isfinite(value)) {
            return std::optional<float>();
        }
        return std::optional<float>(static_cast<float>(value));
    };
    s.result.momentaryLufs.push_back(read(kMomentaryWindowS, &ebur128_loudness_momentary));
    s.result.shortTermLufs.push_back(read(kShortTermWindowS, &ebur128_loudness_shortterm));
    const float peak = s.truePeak.takeWindowPeak();
    s.result.truePeakSeriesDbtp.push_back(
        peak > 0.0f ? std::optional<float>(20.0f * std::log10(peak)) : std::nullopt);
}

LoudnessResult LoudnessMeter::finish() {
    State& s = *m_state;
    LoudnessResult result = std::move(s.result);
    if (!s.meter) {
        return result;
    }
    double value = 0.0;
    if (ebur128_loudness_global(s.meter.get(), &value) == EBUR128_SUCCESS) {
        result.integratedLufs = finiteOrEmpty(value);
    }
    if (result.integratedLufs && ebur128_loudness_range(s.meter.get(), &value) == EBUR128_SUCCESS) {
        result.rangeLu = finiteOrEmpty(value);
    }
    if (const float peak = s.truePeak.peak(); peak > 0.0f) {
        result.truePeakDbtp = 20.0 * std::log10(static_cast<double>(peak));
    }
    result.momentaryMaxLufs = maxOf(result.momentaryLufs);
    result.shortTermMaxLufs = maxOf(result.shortTermLufs);
    return result;
}

} // namespace mixscope
