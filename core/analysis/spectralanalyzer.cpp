#include "core/analysis/spectralanalyzer.h"

#include "core/dsp/binbandmap.h"
#include "core/dsp/frequencybands.h"
#include "core/dsp/realfft.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdint>
#include <cstring>
#include <numbers>
#include <vector>

namespace mixscope {

namespace {

constexpr double kCoarsestResolutionHz = 12.0;
constexpr int kSmallestFftSize = 256;
constexpr int kLargestFftSize = 1 << 20;
constexpr double kSeriesTargetIntervalS = 0.25;
constexpr double kLowEndLowHz = 20.0;
constexpr double kLowEndHighHz = 150.0;
constexpr double kPresenceLowHz = 1000.0;
constexpr double kPresenceHighHz = 4000.0;
constexpr double kSibilantLowHz = 5000.0;
constexpr double kSibilantHighHz = 10000.0;
constexpr double kDelayedCopyLowHz = 200.0;
constexpr double kDelayedCopyHighHz = 10000.0;
constexpr double kDelayedCopyMinS = 0.001;
constexpr double kDelayedCopyMaxS = 0.030;
constexpr int kScopeSize = StereoResult::kVectorscopeSize;

std::vector<BinBandMap::Range> rangesOf(const std::vector<FrequencyBand>& bands) {
    std::vector<BinBandMap::Range> ranges;
    ranges.reserve(bands.size());
    for (const FrequencyBand& band : bands) {
        ranges.push_back({band.lowHz, band.highHz});
    }
    return ranges;
}

std::optional<double> powerDb(double power) {
    return power > 0.0 ? std::optional<double>(10.0 * std::log10(power)) : std::nullopt;
}

std::optional<double> correlationOf(double cross, double powerLeft, double powerRight) {
    if (!(powerLeft > 0.0) || !(powerRight > 0.0)) {
        return std::nullopt;
    }
    return std::clamp(cross / std::sqrt(powerLeft * powerRight), -1.0, 1.0);
}

int scopeCell(float value) {
    // Written so that NaN lands in cell 0 instead of an undefined conversion.
    const float position = (value + 1.0f) * (kScopeSize / 2.0f);
    return position >= 0.0f
               ? (position < kScopeSize - 1.0f ? static_cast<int>(position) : kScopeSize - 1)
               : 0;
}

} // namespace

struct SpectralAnalyzer::State {
    int sampleRateHz = 0;
    std::size_t fftSize = 0;
    std::size_t hop = 0;
    std::size_t binCount = 0;
    RealFft fft{0};

    std::vector<float> window;
    std::vector<double> cumulativeWindowEnergy; ///< [n]: sum of w^2 over [0, n)
    /// The window's own transform on bins 0 and 1 (all a constant puts into a whole frame).
    double windowBin0 = 0.0;
    std::complex<double> windowBin1;
    std::vector<float> left, right; ///< the current frame, filled up to `filled`
    std::size_t filled = 0;
    std::size_t validFrom = 0; ///< samples before this are start-of-stream padding
    std::vector<float> windowed;
    std::vector<std::complex<float>> spectrumLeft, spectrumRight;

    // Per-bin sums over all frames of |M|^2, |S|^2, |L|^2, |R|^2; Re(L conj R)
    // is |M|^2 - |S|^2, so no fifth sum is needed.
    std::vector<double> midPower, sidePower, leftPower, rightPower;
    // Per-bin sum of L conj(R), for the delayed-copy search.
    std::vector<std::complex<double>> crossSpectrum;
    double windowEnergy = 0.0;

    std::vector<FrequencyBand> thirdBands, displayBands;
    BinBandMap thirdMap, displayMap, lowEndMap;
    // Presence (1–4 kHz) and sibilant (5–10 kHz) bands, per hop.
    BinBandMap hopMap;
    std::vector<double> hopMidPower;

    std::size_t hopsPerSeriesFrame = 1;
    std::size_t hopsInSeriesFrame = 0;
    std::vector<double> seriesMidPower;
    double seriesWindowEnergy = 0.0;
    double seriesCross = 0.0, seriesLeft = 0.0, seriesRight = 0.0;
    // The same three sums over the bins of the low end (kLowEndLowHz–kLowEndHighHz).
    std::size_t lowEndFirstBin = 0, lowEndLastBin = 0;
    double seriesLowCross = 0.0, seriesLowLeft = 0.0, seriesLowRight = 0.0;
    std::vector<double> bandScratch;
    SpectralResult result;

    std::uint64_t framesFed = 0;
    double sumLeft = 0.0, sumRight = 0.0;
    double sumLeftSquares = 0.0, sumRightSquares = 0.0, sumProducts = 0.0, sumMidSquares = 0.0;
    std::vector<std::uint64_t> scopeCounts;

    void feed(const float* interleaved, std::size_t frames);
    void analyseFrame(std::size_t validTo);
    void transformWithoutDc(const std::vector<float>& channel, std::size_t validTo,
                            std::complex<float>* spectrum);
    std::optional<double> contentTop() const;
    void flushSeriesFrame();
    SpectralResult finish();
    void findDelayedCopy(StereoResult& stereo) const;
};

int SpectralAnalyzer::fftSizeFor(int sampleRateHz) {
    if (sampleRateHz <= 0) {
        return 0;
    }
    int size = kSmallestFftSize;
    while (size < kLargestFftSize &&
           sampleRateHz / static_cast<double>(size) > kCoarsestResolutionHz) {
        size *= 2;
    }
    return size;
}

SpectralAnalyzer::SpectralAnalyzer(int sampleRateHz)
    : m_state(std::make_unique<State>()) {
    State& s = *m_state;
    s.sampleRateHz = sampleRateHz;
    if (sampleRateHz <= 0) {
        return;
    }
    const int size = fftSizeFor(sampleRateHz);
    s.fftSize = static_cast<std::size_t>(size);
    s.hop = s.fftSize / 2;
    s.binCount = s.fftSize / 2 + 1;
    s.fft = RealFft(size);

    s.window.resize(s.fftSize);
    s.cumulativeWindowEnergy.resize(s.fftSize + 1, 0.0);
    for (std::size_t n = 0; n < s.fftSize; ++n) {
        // Periodic Hann at 50 % overlap: the windows sum to a constant, but
        // their squares (what power sees) swing between 0.5 and 1. Long-term
        // averages are exact; a single transient in the ~4 fps band series
        // can read up to 1.5 dB apart depending on where it falls on the hop
        // grid. Hop N/4 would remove that at twice the FFT cost.
        const double w = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * static_cast<double>(n) /
                                              static_cast<double>(s.fftSize));
        s.window[n] = static_cast<float>(w);
        s.cumulativeWindowEnergy[n + 1] =
            s.cumulativeWindowEnergy[n] + static_cast<double>(s.window[n]) * s.window[n];
        s.windowBin0 += s.window[n];
        s.windowBin1 += static_cast<double>(s.window[n]) *
                        std::polar(1.0, -2.0 * std::numbers::pi * static_cast<double>(n) /
                                            static_cast<double>(s.fftSize));
    }
    s.left.assign(s.fftSize, 0.0f);
    s.right.assign(s.fftSize, 0.0f);
    s.filled = s.fftSize - s.hop;
    s.validFrom = s.filled;
    s.windowed.resize(s.fftSize);
    s.spectrumLeft.resize(s.binCount);
    s.spectrumRight.resize(s.binCount);
    for (auto* sums : {&s.midPower, &s.sidePower, &s.leftPower, &s.rightPower, &s.seriesMidPower,
                       &s.hopMidPower}) {
        sums->assign(s.binCount, 0.0);
    }
    s.crossSpectrum.assign(s.binCount, {});

    const double nyquistHz = sampleRateHz / 2.0;
    s.thirdBands = thirdOctaveBands(nyquistHz);
    s.displayBands = sixthOctaveBands(nyquistHz);
    s.thirdMap = BinBandMap(rangesOf(s.thirdBands), size, sampleRateHz);
    s.displayMap = BinBandMap(rangesOf(s.displayBands), size, sampleRateHz);
    s.lowEndMap = BinBandMap({{kLowEndLowHz, kLowEndHighHz}}, size, sampleRateHz);
    s.hopMap = BinBandMap({{kPresenceLowHz, std::min(kPresenceHighHz, nyquistHz)},
                           {kSibilantLowHz, std::min(kSibilantHighHz, nyquistHz)}},
                          size, sampleRateHz);
    s.result.spectrum.hopSeriesIntervalS = static_cast<double>(s.hop) / sampleRateHz;
    s.bandScratch.resize(s.thirdBands.size());
    const double binHz = sampleRateHz / static_cast<double>(size);
    s.lowEndFirstBin = static_cast<std::size_t>(std::ceil(kLowEndLowHz / binHz));
    s.lowEndLastBin = std::min(s.binCount - 1, static_cast<std::size_t>(kLowEndHighHz / binHz));

    s.hopsPerSeriesFrame = std::max<std::size_t>(
        1, static_cast<std::size_t>(
               std::llround(kSeriesTargetIntervalS * sampleRateHz / static_cast<double>(s.hop))));
    const double seriesIntervalS = static_cast<double>(s.hopsPerSeriesFrame * s.hop) / sampleRateHz;
    s.result.spectrum.bandSeriesIntervalS = seriesIntervalS;
    s.result.stereo.correlationSeriesIntervalS = seriesIntervalS;
    s.scopeCounts.assign(kScopeSize * kScopeSize, 0);
}

SpectralAnalyzer::~SpectralAnalyzer() = default;
SpectralAnalyzer::SpectralAnalyzer(SpectralAnalyzer&&) noexcept = default;
SpectralAnalyzer& SpectralAnalyzer::operator=(SpectralAnalyzer&&) noexcept = default;

void SpectralAnalyzer::process(const float* interleavedStereo, std::size_t frames) {
    if (m_state->fftSize == 0) {
        return;
    }
    m_state->feed(interleavedStereo, frames);
}

SpectralResult SpectralAnalyzer::finish() {
    return m_state->finish();
}

void SpectralAnalyzer::State::feed(const float* interleaved, std::size_t frames) {
    framesFed += frames;
    while (frames > 0) {
        const std::size_t chunk = std::min(frames, fftSize - filled);
        float* l = left.data() + filled;
        float* r = right.data() + filled;
        double sl = 0.0, sr = 0.0, sll = 0.0, srr = 0.0, slr = 0.0, smm = 0.0;
        for (std::size_t i = 0; i < chunk; ++i) {
            const float lv = interleaved[2 * i];
            const float rv = interleaved[2 * i + 1];
            l[i] = lv;
            r[i] = rv;
            const float mid = (lv + rv) * 0.5f;
            const float side = (lv - rv) * 0.5f;
            sl += lv;
            sr += rv;
            sll += static_cast<double>(lv) * lv;
            srr += static_cast<double>(rv) * rv;
            slr += static_cast<double>(lv) * rv;
            smm += static_cast<double>(mid) * mid;
            ++scopeCounts[static_cast<std::size_t>(scopeCell(mid) * kScopeSize + scopeCell(side))];
        }
        sumLeft += sl;
        sumRight += sr;
        sumLeftSquares += sll;
        sumRightSquares += srr;
        sumProducts += slr;
        sumMidSquares += smm;

        filled += chunk;
        interleaved += 2 * chunk;
        frames -= chunk;
        if (filled == fftSize) {
            analyseFrame(fftSize);
            std::memmove(left.data(), left.data() + hop, (fftSize - hop) * sizeof(float));
            std::memmove(right.data(), right.data() + hop, (fftSize - hop) * sizeof(float));
            filled = fftSize - hop;
            validFrom = 0;
        }
    }
}

std::optional<double> SpectralAnalyzer::State::contentTop() const {
    // Mean power (mid + side, so that a side-only top counts) over a
    // frequency range of bins, from prefix sums.
    std::vector<double> cumulative(binCount + 1, 0.0);
    for (std::size_t k = 0; k < binCount; ++k) {
        cumulative[k + 1] = cumulative[k] + midPower[k] + sidePower[k];
    }
    const double binHz = sampleRateHz / static_cast<double>(fftSize);
    const auto meanDb = [&](double lowHz, double highHz) {
        const auto from = static_cast<std::size_t>(
            std::clamp(lowHz / binHz, 1.0, static_cast<double>(binCount - 1)));
        const auto to = static_cast<std::size_t>(std::clamp(
            highHz / binHz, static_cast<double>(from + 1), static_cast<double>(binCount)));
        const double mean = (cumulative[to] - cumulative[from]) / static_cast<double>(to - from);
        return 10.0 * std::log10(std::max(mean, 1e-30));
    };
    const double nyquist = sampleRateHz / 2.0;
    std::optional<double> top;
    double steepest = SpectrumResult::kBandwidthCliffDb;
    // Candidates a 1/24 octave apart; the third octave above must fit below Nyquist.
    for (double hz = 4000.0; hz * std::pow(2.0, 1.0 / 3.0) < nyquist * 0.98;
         hz *= std::pow(2.0, 1.0 / 24.0)) {
        const double below = meanDb(hz * std::pow(2.0, -1.0 / 6.0), hz);
        const double above = meanDb(hz * std::pow(2.0, 1.0 / 24.0), hz * std::pow(2.0, 1.0 / 3.0));
        // ... and it stays down up to Nyquist.
        const double beyond = meanDb(hz * std::pow(2.0, 1.0 / 24.0), nyquist * 0.98);
        const double drop = below - std::max(above, beyond);
        if (drop >= steepest) {
            steepest = drop;
            top = hz;
        }
    }
    if (!top) {
        return std::nullopt;
    }
    // The steepest drop sits a little above the edge (its lower window still
    // holds content): the edge is where 1/48-octave slices fall more than
    // half the cliff under the level of the 1/6 octave below.
    const double step = std::pow(2.0, 1.0 / 48.0);
    const double level = meanDb(*top * std::pow(2.0, -1.0 / 3.0), *top * std::pow(2.0, -1.0 / 6.0));
    for (double hz = *top * std::pow(2.0, -1.0 / 6.0); hz < *top * std::pow(2.0, 1.0 / 6.0);
         hz *= step) {
        if (meanDb(hz, hz * step) < level - SpectrumResult::kBandwidthCliffDb / 2.0) {
            return hz;
        }
    }
    return top;
}

void SpectralAnalyzer::State::transformWithoutDc(const std::vector<float>& channel,
                                                 std::size_t validTo,
                                                 std::complex<float>* spectrum) {
    // A DC offset is no sub-bass: the window spreads it over the lowest
    // bins (2 % of full scale read as +3.7 dB in 18–35 Hz of real music).
    // The channel loses its window-weighted mean over the frame's audio,
    // which leaves the windowed frame without any DC at all.
    if (validFrom == 0 && validTo == fftSize) {
        // A whole frame: the weighted mean is X[0] / W[0], and taking a
        // constant c from every sample takes c W[k] from bin k, where the
        // periodic Hann window's W[k] is zero beyond bin 1 (to float rounding).
        for (std::size_t n = 0; n < fftSize; ++n) {
            windowed[n] = window[n] * channel[n];
        }
        fft.forward(windowed.data(), spectrum);
        const double mean = spectrum[0].real() / windowBin0;
        spectrum[0] = 0.0f;
        spectrum[1] -= std::complex<float>(mean * windowBin1);
        return;
    }
    // The first and last frames hold padding: subtract in time.
    double weighted = 0.0, weights = 0.0;
    for (std::size_t n = validFrom; n < validTo; ++n) {
        weighted += static_cast<double>(window[n]) * channel[n];
        weights += window[n];
    }
    const float mean = weights > 0.0 ? static_cast<float>(weighted / weights) : 0.0f;
    std::fill(windowed.begin(), windowed.end(), 0.0f);
    for (std::size_t n = validFrom; n < validTo; ++n) {
        windowed[n] = window[n] * (channel[n] - mean);
    }
    fft.forward(windowed.data(), spectrum);
}

void SpectralAnalyzer::State::analyseFrame(std::size_t validTo) {
    transformWithoutDc(left, validTo, spectrumLeft.data());
    transformWithoutDc(right, validTo, spectrumRight.data());

    const double energy = cumulativeWindowEnergy[validTo] - cumulativeWindowEnergy[validFrom];
    windowEnergy += energy;
    seriesWindowEnergy += energy;

    double cross = 0.0, powerLeft = 0.0, powerRight = 0.0;
    for (std::size_t k = 0; k < binCount; ++k) {
        const float lRe = spectrumLeft[k].real(), lIm = spectrumLeft[k].imag();
        const float rRe = spectrumRight[k].real(), rIm = spectrumRight[k].imag();
        // Mid and side are formed per bin exactly as in the time domain, so that
        // identical channels leave a side of exactly zero rather than rounding noise.
        const float mRe = (lRe + rRe) * 0.5f, mIm = (lIm + rIm) * 0.5f;
        const float sRe = (lRe - rRe) * 0.5f, sIm = (lIm - rIm) * 0.5f;
        const double pm = mRe * mRe + mIm * mIm;
        const double ps = sRe * sRe + sIm * sIm;
        const double pl = lRe * lRe + lIm * lIm;
        const double pr = rRe * rRe + rIm * rIm;
        midPower[k] += pm;
        sidePower[k] += ps;
        crossSpectrum[k] += std::complex<double>(lRe * rRe + lIm * rIm, lIm * rRe - lRe * rIm);
        leftPower[k] += pl;
        rightPower[k] += pr;
        seriesMidPower[k] += pm;
        hopMidPower[k] = pm;
        if (k > 0) {
            cross += pm - ps;
            powerLeft += pl;
            powerRight += pr;
        }
    }
    double hopBands[2] = {0.0, 0.0};
    hopMap.reduce(hopMidPower.data(), hopBands);
    const double hopScale = 2.0 / (static_cast<double>(fftSize) * energy);
    const auto hopLevel = [&](double power, double lowHz) -> std::optional<float> {
        const auto db =
            lowHz < sampleRateHz / 2.0 && energy > 0.0 ? powerDb(power * hopScale) : std::nullopt;
        return db ? std::optional<float>(static_cast<float>(*db)) : std::nullopt;
    };
    result.spectrum.presenceHopSeriesDb.push_back(hopLevel(hopBands[0], kPresenceLowHz));
    result.spectrum.sibilantHopSeriesDb.push_back(hopLevel(hopBands[1], kSibilantLowHz));
    seriesCross += cross;
    seriesLeft += powerLeft;
    seriesRight += powerRight;
    for (std::size_t k = lowEndFirstBin; k <= lowEndLastBin; ++k) {
        const std::complex<float> l = spectrumLeft[k], r = spectrumRight[k];
        seriesLowCross += l.real() * r.real() + l.imag() * r.imag();
        seriesLowLeft += std::norm(l);
        seriesLowRight += std::norm(r);
    }
    if (++hopsInSeriesFrame == hopsPerSeriesFrame) {
        flushSeriesFrame();
    }
}

void SpectralAnalyzer::State::flushSeriesFrame() {
    if (hopsInSeriesFrame == 0) {
        return;
    }
    thirdMap.reduce(seriesMidPower.data(), bandScratch.data());
    // One-sided spectrum: each bin but DC and Nyquist stands for two; the
    // half-width DC and Nyquist bins get half weights from BinBandMap instead.
    const double scale = 2.0 / (static_cast<double>(fftSize) * seriesWindowEnergy);
    std::vector<std::optional<float>> levels(thirdBands.size());
    for (std::size_t b = 0; b < levels.size(); ++b) {
        if (const auto db = powerDb(bandScratch[b] * scale)) {
            levels[b] = static_cast<float>(*db);
        }
    }
    result.spectrum.bandSeriesMidDb.push_back(std::move(levels));
    const auto correlation = correlationOf(seriesCross, seriesLeft, seriesRight);
    result.stereo.correlationSeries.push_back(
        correlation ? std::optional<float>(static_cast<float>(*correlation)) : std::nullopt);
    const auto lowEnd = correlationOf(seriesLowCross, seriesLowLeft, seriesLowRight);
    result.stereo.lowEndCorrelationSeries.push_back(
        lowEnd ? std::optional<float>(static_cast<float>(*lowEnd)) : std::nullopt);

    std::fill(seriesMidPower.begin(), seriesMidPower.end(), 0.0);
    seriesWindowEnergy = seriesCross = seriesLeft = seriesRight = 0.0;
    seriesLowCross = seriesLowLeft = seriesLowRight = 0.0;
    hopsInSeriesFrame = 0;
}

SpectralResult SpectralAnalyzer::State::finish() {
    if (fftSize == 0) {
        return std::move(result);
    }
    if (filled > fftSize - hop) {
        std::fill(left.begin() + static_cast<std::ptrdiff_t>(filled), left.end(), 0.0f);
        std::fill(right.begin() + static_cast<std::ptrdiff_t>(filled), right.end(), 0.0f);
        analyseFrame(filled);
        filled = fftSize - hop;
    }
    flushSeriesFrame();
    SpectralResult out = std::move(result);
    result = SpectralResult();

    SpectrumResult& spectrum = out.spectrum;
    StereoResult& stereo = out.stereo;
    spectrum.fftSize = static_cast<int>(fftSize);
    spectrum.resolutionHz = sampleRateHz / static_cast<double>(fftSize);
    for (const FrequencyBand& band : thirdBands) {
        spectrum.bandCentersHz.push_back(band.nominalHz);
        spectrum.bandLowEdgesHz.push_back(band.lowHz);
        spectrum.bandHighEdgesHz.push_back(band.highHz);
    }
    for (const FrequencyBand& band : displayBands) {
        spectrum.displayBandCentersHz.push_back(band.centerHz);
    }
    stereo.bandCentersHz = spectrum.bandCentersHz;

    const double scale =
        windowEnergy > 0.0 ? 2.0 / (static_cast<double>(fftSize) * windowEnergy) : 0.0;
    auto bandsOf = [](const BinBandMap& map, const std::vector<double>& bins) {
        std::vector<double> bands(map.rangeCount());
        map.reduce(bins.data(), bands.data());
        return bands;
    };
    auto levelsOf = [&](const std::vector<double>& bandPowers) {
        std::vector<std::optional<double>> levels;
        levels.reserve(bandPowers.size());
        for (double power : bandPowers) {
            levels.push_back(powerDb(power * scale));
        }
        return levels;
    };

    spectrum.contentTopHz = contentTop();
    const auto mid = bandsOf(thirdMap, midPower);
    const auto side = bandsOf(thirdMap, sidePower);
    const auto leftBands = bandsOf(thirdMap, leftPower);
    const auto rightBands = bandsOf(thirdMap, rightPower);
    spectrum.midDb = levelsOf(mid);
    spectrum.sideDb = levelsOf(side);
    spectrum.displayMidDb = levelsOf(bandsOf(displayMap, midPower));
    spectrum.displaySideDb = levelsOf(bandsOf(displayMap, sidePower));

    for (std::size_t b = 0; b < mid.size(); ++b) {
        stereo.bandCorrelation.push_back(
            correlationOf(mid[b] - side[b], leftBands[b], rightBands[b]));
        stereo.sideToMidDb.push_back(
            side[b] > 0.0 && mid[b] > 0.0
                ? std::optional<double>(10.0 * std::log10(side[b] / mid[b]))
                : std::nullopt);
    }
    const auto lowMid = bandsOf(lowEndMap, midPower);
    const auto lowSide = bandsOf(lowEndMap, sidePower);
    stereo.lowEndCorrelation =
        correlationOf(lowMid[0] - lowSide[0], bandsOf(lowEndMap, leftPower)[0],
                      bandsOf(lowEndMap, rightPower)[0]);

    if (framesFed > 0) {
        const auto count = static_cast<double>(framesFed);
        stereo.correlation = correlationOf(sumProducts - sumLeft * sumRight / count,
                                           sumLeftSquares - sumLeft * sumLeft / count,
                                           sumRightSquares - sumRight * sumRight / count);
        const double meanChannelPower = (sumLeftSquares + sumRightSquares) / 2.0;
        if (sumMidSquares > 0.0 && meanChannelPower > 0.0) {
            stereo.monoLossDb = std::max(0.0, -10.0 * std::log10(sumMidSquares / meanChannelPower));
        }
        if (sumLeftSquares > 0.0 && sumRightSquares > 0.0) {
            stereo.balanceDb = 10.0 * std::log10(sumLeftSquares / sumRightSquares);
        }
        findDelayedCopy(stereo);
        const auto densest = *std::max_element(scopeCounts.begin(), scopeCounts.end());
        stereo.vectorscopeDensity.reserve(scopeCounts.size());
        for (std::uint64_t cellCount : scopeCounts) {
            stereo.vectorscopeDensity.push_back(static_cast<float>(cellCount) /
                                                static_cast<float>(densest));
        }
    }
    return out;
}

void SpectralAnalyzer::State::findDelayedCopy(StereoResult& stereo) const {
    // Generalised cross-correlation with coherence weighting: each bin's
    // L conj(R) / sqrt(|L|^2 |R|^2) is a unit phasor where one channel is a
    // delayed copy of the other, and averages away where the channels are
    // unrelated. Its inverse transform peaks at the delay, with a height equal
    // to the share of bins that hold the copy.
    const double binHz = sampleRateHz / static_cast<double>(fftSize);
    const auto first = static_cast<std::size_t>(std::ceil(kDelayedCopyLowHz / binHz));
    const auto last = std::min(binCount - 1, static_cast<std::size_t>(kDelayedCopyHighHz / binHz));
    std::vector<std::size_t> bins;
    std::vector<std::complex<double>> coherence;
    for (std::size_t k = first; k <= last; ++k) {
        const double norm = std::sqrt(leftPower[k] * rightPower[k]);
        if (norm > 0.0) {
            bins.push_back(k);
            coherence.push_back(crossSpectrum[k] / norm);
        }
    }
    if (bins.size() < 16) {
        return;
    }
    const auto minLag = static_cast<int>(std::ceil(kDelayedCopyMinS * sampleRateHz));
    const auto maxLag = static_cast<int>(kDelayedCopyMaxS * sampleRateHz);
    // Two frames share less of a copy the longer its delay: each lag's sum is
    // divided by the window's own normalised autocorrelation there.
    std::vector<double> windowCorrelation(static_cast<std::size_t>(maxLag) + 1, 0.0);
    double windowSquares = 0.0;
    for (std::size_t n = 0; n < fftSize; ++n) {
        windowSquares += static_cast<double>(window[n]) * window[n];
    }
    for (std::size_t lag = 0; lag < windowCorrelation.size(); ++lag) {
        double overlap = 0.0;
        for (std::size_t n = 0; n + lag < fftSize; ++n) {
            overlap += static_cast<double>(window[n]) * window[n + lag];
        }
        windowCorrelation[lag] = overlap / windowSquares;
    }
    double bestScore = 0.0;
    int bestLag = 0;
    for (int sign : {1, -1}) {
        // Rotate every bin's phasor one lag step at a time.
        std::vector<std::complex<double>> rotated(coherence);
        std::vector<std::complex<double>> step(bins.size());
        for (std::size_t i = 0; i < bins.size(); ++i) {
            const double omega = sign * 2.0 * std::numbers::pi * static_cast<double>(bins[i]) /
                                 static_cast<double>(fftSize);
            step[i] = std::polar(1.0, omega);
            rotated[i] *= std::polar(1.0, omega * (minLag - 1));
        }
        for (int lag = minLag; lag <= maxLag; ++lag) {
            double sum = 0.0;
            for (std::size_t i = 0; i < bins.size(); ++i) {
                rotated[i] *= step[i];
                sum += rotated[i].real();
            }
            const double score = sum / static_cast<double>(bins.size()) /
                                 windowCorrelation[static_cast<std::size_t>(lag)];
            if (score > bestScore) {
                bestScore = score;
                bestLag = sign * lag;
            }
        }
    }
    stereo.delayedCopyStrength = std::min(1.0, bestScore);
    if (bestLag != 0) {
        // L conj(R) turns by +omega * d when the right channel is d samples
        // late, so the search peaks at a negative lag for a late right channel.
        stereo.delayedCopyMs = -1000.0 * bestLag / sampleRateHz;
    }
}

} // namespace mixscope
