#include "core/analysis/rhythmanalyzer.h"

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

constexpr int kMinimumSampleRateHz = 1000;
// The low and mid bands are computed at about 11 kHz: a boxcar of this many
// input samples is plenty for energy envelopes below 5 kHz.
constexpr double kDecimatedRateHz = 11025.0;
constexpr double kFrameRateHz = 100.0;
constexpr double kLowBandCutoffHz = 150.0;
constexpr double kEnergyFloor = 1e-8; // -80 dB: rises out of near-silence stay bounded
constexpr double kAutocorrelationMaxLagS = 4.0;
constexpr double kDetrendHalfWindowS = 1.0;
constexpr double kOnsetMeanHalfWindowS = 0.5;
constexpr int kCombMultiples = 4;
constexpr double kCoarseLagStepFrames = 0.05;

// Prefix sums, so that any window mean costs two lookups.
std::vector<double> prefixSums(const std::vector<float>& values) {
    std::vector<double> sums(values.size() + 1, 0.0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        sums[i + 1] = sums[i] + values[i];
    }
    return sums;
}

double windowMean(const std::vector<double>& sums, std::ptrdiff_t first, std::ptrdiff_t last) {
    const auto size = static_cast<std::ptrdiff_t>(sums.size()) - 1;
    first = std::max<std::ptrdiff_t>(first, 0);
    last = std::min(last, size);
    if (last <= first) {
        return 0.0;
    }
    return (sums[static_cast<std::size_t>(last)] - sums[static_cast<std::size_t>(first)]) /
           static_cast<double>(last - first);
}

std::vector<double> onsetFrames(const std::vector<float>& envelope, double frameIntervalS) {
    const auto count = static_cast<std::ptrdiff_t>(envelope.size());
    const auto halfWidth = std::max<std::ptrdiff_t>(
        1, std::lround(RhythmAnalyzer::kOnsetPeakHalfWidthS / frameIntervalS));
    const auto meanHalfWidth =
        std::max<std::ptrdiff_t>(1, std::lround(kOnsetMeanHalfWindowS / frameIntervalS));
    const auto minimumSpacing = static_cast<double>(RhythmAnalyzer::kMinimumOnsetSpacingS);
    const std::vector<double> sums = prefixSums(envelope);

    std::vector<double> times;
    double lastStrength = 0.0;
    for (std::ptrdiff_t i = 0; i < count; ++i) {
        const float value = envelope[static_cast<std::size_t>(i)];
        if (value <= 0.0f) {
            continue;
        }
        bool isPeak = true;
        for (std::ptrdiff_t j = std::max<std::ptrdiff_t>(0, i - halfWidth);
             isPeak && j <= std::min(count - 1, i + halfWidth); ++j) {
            const float other = envelope[static_cast<std::size_t>(j)];
            // Plateaus count once, at their first frame.
            isPeak = j < i ? other < value : other <= value;
        }
        if (!isPeak || value < windowMean(sums, i - meanHalfWidth, i + meanHalfWidth + 1) +
                                   RhythmAnalyzer::kOnsetMinimumRiseDb) {
            continue;
        }
        const double time = (static_cast<double>(i) + 0.5) * frameIntervalS;
        if (!times.empty() && time - times.back() < minimumSpacing) {
            if (value > lastStrength) {
                times.back() = time;
                lastStrength = value;
            }
            continue;
        }
        times.push_back(time);
        lastStrength = value;
    }
    return times;
}

// Normalised autocorrelation r[lag] / r[0], each lag divided by its own
// overlap so that long lags are not penalised.
std::vector<float> autocorrelation(const std::vector<float>& x, std::size_t maxLag) {
    const std::size_t count = x.size();
    std::vector<float> result(maxLag + 1, 0.0f);
    double zeroLag = 0.0;
    for (float v : x) {
        zeroLag += static_cast<double>(v) * v;
    }
    if (zeroLag <= 0.0) {
        return result;
    }
    zeroLag /= static_cast<double>(count);
    for (std::size_t lag = 0; lag <= maxLag; ++lag) {
        const std::size_t overlap = count - lag;
        const float* a = x.data();
        const float* b = x.data() + lag;
        // Four independent partial sums: the loop is bound by add latency otherwise.
        float s0 = 0.0f, s1 = 0.0f, s2 = 0.0f, s3 = 0.0f;
        double total = 0.0;
        std::size_t n = 0;
        for (; n + 4 <= overlap; n += 4) {
            s0 += a[n] * b[n];
            s1 += a[n + 1] * b[n + 1];
            s2 += a[n + 2] * b[n + 2];
            s3 += a[n + 3] * b[n + 3];
            if ((n & 4095u) == 0u) {
                // Keep float partial sums short; hours of audio would lose precision.
                total += static_cast<double>(s0) + s1 + s2 + s3;
                s0 = s1 = s2 = s3 = 0.0f;
            }
        }
        total += static_cast<double>(s0) + s1 + s2 + s3;
        for (; n < overlap; ++n) {
            total += static_cast<double>(a[n]) * b[n];
        }
        result[lag] = static_cast<float>(total / static_cast<double>(overlap) / zeroLag);
    }
    return result;
}

class TempoEstimator {
public:
    TempoEstimator(std::vector<float> acf, double frameIntervalS)
        : m_acf(std::move(acf))
        , m_minLag(60.0 / (RhythmAnalyzer::kMaximumTempoBpm * frameIntervalS))
        , m_maxLag(60.0 / (RhythmAnalyzer::kMinimumTempoBpm * frameIntervalS)) {}

    // Linear interpolation; 0 outside the computed lags.
    double at(double lag) const {
        if (lag < 0.0 || lag > static_cast<double>(m_acf.size() - 1)) {
            return 0.0;
        }
        const auto index = static_cast<std::size_t>(lag);
        if (index + 1 >= m_acf.size()) {
            return m_acf[index];
        }
        const double fraction = lag - static_cast<double>(index);
        return (1.0 - fraction) * m_acf[index] + fraction * m_acf[index + 1];
    }

    // Highest autocorrelation within a frame and a half of lag: the exact
    // period is not known before refinement.
    double peakNear(double lag) const {
        double best = at(lag);
        for (double offset = -1.5; offset <= 1.5; offset += 0.25) {
            best = std::max(best, at(lag + offset));
        }
        return best;
    }

    double comb(double lag) const {
        double sum = 0.0;
        int used = 0;
        for (int k = 1; k <= kCombMultiples; ++k) {
            if (k * lag > static_cast<double>(m_acf.size() - 1)) {
                break;
            }
            sum += at(k * lag);
            ++used;
        }
        return used > 0 ? sum / used : 0.0;
    }

    bool beatsAreUniform(double lag) const {
        return peakNear(lag) >= RhythmAnalyzer::kOctaveUniformity * peakNear(2.0 * lag);
    }

    bool fits(double lag) const { return 2.0 * lag <= static_cast<double>(m_acf.size() - 1); }

    std::optional<double> coarseLag() const {
        std::optional<double> best;
        double bestScore = 0.0;
        for (double lag = m_minLag; lag <= m_maxLag && fits(lag); lag += kCoarseLagStepFrames) {
            const double score = comb(lag);
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return best;
    }

    double resolveOctave(double lag) const {
        const double tolerance = 1e-6;
        if (lag / 2.0 >= m_minLag - tolerance && beatsAreUniform(lag / 2.0)) {
            while (lag / 2.0 >= m_minLag - tolerance && beatsAreUniform(lag / 2.0)) {
                lag /= 2.0;
            }
            return lag;
        }
        while (2.0 * lag <= m_maxLag + tolerance && fits(2.0 * lag) && !beatsAreUniform(lag)) {
            lag *= 2.0;
        }
        return lag;
    }

    struct Refined {
        double lag;
        double confidence;
    };

    // Least-squares fit lag_k = k * period through the parabolic peaks of the
    // autocorrelation near each multiple k of the period, each peak weighted
    // by its height. Each found peak updates the prediction of the next.
    Refined refine(double lag) const {
        const auto lastLag = static_cast<std::ptrdiff_t>(m_acf.size()) - 2;
        double weightedLagSum = 0.0;
        double weightedMultipleSum = 0.0;
        double period = lag;
        double heightSum = 0.0;
        for (int k = 1;; ++k) {
            const double predicted = k * period;
            const auto centre = static_cast<std::ptrdiff_t>(std::lround(predicted));
            if (centre + 2 > lastLag) {
                break;
            }
            std::ptrdiff_t best = -1;
            for (std::ptrdiff_t m = std::max<std::ptrdiff_t>(1, centre - 2); m <= centre + 2; ++m) {
                const float value = m_acf[static_cast<std::size_t>(m)];
                if (value > 0.0f && value >= m_acf[static_cast<std::size_t>(m - 1)] &&
                    value >= m_acf[static_cast<std::size_t>(m + 1)] &&
                    (best < 0 || value > m_acf[static_cast<std::size_t>(best)])) {
                    best = m;
                }
            }
            if (k <= kCombMultiples) {
                heightSum += best < 0 ? 0.0 : m_acf[static_cast<std::size_t>(best)];
            }
            if (best < 0) {
                continue;
            }
            const double left = m_acf[static_cast<std::size_t>(best - 1)];
            const double middle = m_acf[static_cast<std::size_t>(best)];
            const double right = m_acf[static_cast<std::size_t>(best + 1)];
            const double curvature = left - 2.0 * middle + right;
            const double offset =
                curvature < 0.0 ? std::clamp(0.5 * (left - right) / curvature, -0.5, 0.5) : 0.0;
            const double peakLag = static_cast<double>(best) + offset;
            weightedLagSum += middle * k * peakLag;
            weightedMultipleSum += middle * k * k;
            period = weightedLagSum / weightedMultipleSum;
        }
        return {period, std::clamp(heightSum / kCombMultiples, 0.0, 1.0)};
    }

private:
    std::vector<float> m_acf;
    double m_minLag;
    double m_maxLag;
};

} // namespace

RhythmAnalyzer::RhythmAnalyzer(int sampleRateHz)
    : m_lowPass(Biquad::lowPass(1000.0, 150.0)) {
    if (sampleRateHz < kMinimumSampleRateHz) {
        return;
    }
    m_decimation = std::max(1, static_cast<int>(std::lround(sampleRateHz / kDecimatedRateHz)));
    const double decimatedRateHz = static_cast<double>(sampleRateHz) / m_decimation;
    m_decimatedPerFrame =
        std::max(1, static_cast<int>(std::lround(decimatedRateHz / kFrameRateHz)));
    m_frameIntervalS =
        static_cast<double>(m_decimation * m_decimatedPerFrame) / static_cast<double>(sampleRateHz);
    m_lowPass =
        Biquad::lowPass(decimatedRateHz, std::min(kLowBandCutoffHz, 0.25 * decimatedRateHz));
}

void RhythmAnalyzer::process(const float* interleavedStereo, std::size_t frames) {
    if (m_decimatedPerFrame == 0) {
        return;
    }
    float previous1 = m_previous1;
    float previous2 = m_previous2;
    float decimationSum = m_decimationSum;
    int decimationCount = m_decimationCount;
    const float decimationScale = 1.0f / static_cast<float>(m_decimation);
    double highEnergy = m_bandEnergy[2];
    for (std::size_t i = 0; i < frames; ++i) {
        const float mono = 0.5f * (interleavedStereo[2 * i] + interleavedStereo[2 * i + 1]);
        const float secondDifference = mono - 2.0f * previous1 + previous2;
        highEnergy += secondDifference * secondDifference;
        previous2 = previous1;
        previous1 = mono;
        decimationSum += mono;
        if (++decimationCount < m_decimation) {
            continue;
        }
        const float decimated = decimationSum * decimationScale;
        decimationSum = 0.0f;
        decimationCount = 0;
        const float low = m_lowPass.process(decimated);
        const float mid = decimated - low;
        m_bandEnergy[0] += low * low;
        m_bandEnergy[1] += mid * mid;
        if (++m_decimatedCount == m_decimatedPerFrame) {
            m_bandEnergy[2] = highEnergy;
            endFrame();
            highEnergy = 0.0;
        }
    }
    m_previous1 = previous1;
    m_previous2 = previous2;
    m_decimationSum = decimationSum;
    m_decimationCount = decimationCount;
    m_bandEnergy[2] = highEnergy;
}

void RhythmAnalyzer::endFrame() {
    const double decimatedCount = m_decimatedPerFrame;
    const std::array<double, 3> meanEnergy{m_bandEnergy[0] / decimatedCount,
                                           m_bandEnergy[1] / decimatedCount,
                                           m_bandEnergy[2] / (decimatedCount * m_decimation)};
    float strength = 0.0f;
    for (std::size_t band = 0; band < 3; ++band) {
        // Levels over the last two frames: the longer window halves the
        // aliasing of beating partials into the 100 Hz envelope, and a rise is
        // still seen in the frame where it happens.
        const auto levelDb = static_cast<float>(
            10.0 *
            std::log10(0.5 * (meanEnergy[band] + m_previousBandEnergy[band]) + kEnergyFloor));
        m_previousBandEnergy[band] = meanEnergy[band];
        if (m_havePreviousFrame) {
            strength += kBandWeights[band] * std::max(0.0f, levelDb - m_previousBandDb[band]);
        }
        m_previousBandDb[band] = levelDb;
    }
    m_envelope.push_back(strength);
    m_havePreviousFrame = true;
    m_bandEnergy = {};
    m_decimatedCount = 0;
}

RhythmResult RhythmAnalyzer::finish() {
    RhythmResult result;
    result.onsetEnvelopeIntervalS = m_frameIntervalS;
    result.onsetEnvelope = std::move(m_envelope);
    m_envelope.clear();
    const std::vector<float>& envelope = result.onsetEnvelope;
    if (envelope.empty()) {
        return result;
    }
    result.onsetTimesS = onsetFrames(envelope, m_frameIntervalS);

    const double durationS = static_cast<double>(envelope.size()) * m_frameIntervalS;
    if (durationS < kMinimumTempoDurationS) {
        return result;
    }

    // A little smoothing makes the autocorrelation peaks round, so that
    // parabolic interpolation finds their centres; removing the local mean
    // keeps loudness changes from reading as periodicity.
    const std::size_t count = envelope.size();
    std::vector<float> smoothed(count);
    for (std::size_t i = 0; i < count; ++i) {
        constexpr std::array<float, 5> kernel{1.0f / 16, 4.0f / 16, 6.0f / 16, 4.0f / 16,
                                              1.0f / 16};
        float sum = 0.0f;
        for (std::size_t k = 0; k < kernel.size(); ++k) {
            const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i + k) - 2;
            if (j >= 0 && j < static_cast<std::ptrdiff_t>(count)) {
                sum += kernel[k] * envelope[static_cast<std::size_t>(j)];
            }
        }
        smoothed[i] = sum;
    }
    const std::vector<double> sums = prefixSums(smoothed);
    const auto detrendHalfWidth = std::lround(kDetrendHalfWindowS / m_frameIntervalS);
    std::vector<float> detrended(count);
    for (std::size_t i = 0; i < count; ++i) {
        const auto index = static_cast<std::ptrdiff_t>(i);
        detrended[i] = static_cast<float>(
            smoothed[i] - windowMean(sums, index - detrendHalfWidth, index + detrendHalfWidth + 1));
    }

    const auto maxLag = std::min<std::size_t>(
        count / 2,
        static_cast<std::size_t>(std::lround(kAutocorrelationMaxLagS / m_frameIntervalS)));
    TempoEstimator estimator(autocorrelation(detrended, maxLag), m_frameIntervalS);
    const std::optional<double> coarse = estimator.coarseLag();
    if (!coarse) {
        return result;
    }
    const TempoEstimator::Refined refined = estimator.refine(estimator.resolveOctave(*coarse));
    result.tempoConfidence = refined.confidence;
    const double bpm = 60.0 / (refined.lag * m_frameIntervalS);
    if (refined.confidence >= kMinimumTempoConfidence && bpm >= kMinimumTempoBpm * 0.98 &&
        bpm <= kMaximumTempoBpm * 1.02) {
        result.tempoBpm = std::clamp(bpm, kMinimumTempoBpm, kMaximumTempoBpm);
    }
    return result;
}

} // namespace mixscope
