#include "core/dsp/frequencybands.h"

#include <array>
#include <cmath>

namespace mixscope {

namespace {

constexpr std::array<double, 31> kIsoThirdOctaveNominalHz = {
    20,  25,   31.5, 40,   50,   63,   80,   100,  125,  160,  200,  250,   315,   400,   500,  630,
    800, 1000, 1250, 1600, 2000, 2500, 3150, 4000, 5000, 6300, 8000, 10000, 12500, 16000, 20000};
constexpr int kIsoFirstIndex = -17; // 1000 * 2^(-17/3) = 19.7 Hz, the "20 Hz" band

FrequencyBand bandAt(int index, int bandsPerOctave, double nominalHz) {
    const double center = 1000.0 * std::pow(2.0, static_cast<double>(index) / bandsPerOctave);
    const double halfWidth = std::pow(2.0, 0.5 / bandsPerOctave);
    return {nominalHz, center, center / halfWidth, center * halfWidth};
}

double roundToSignificant(double value, int digits) {
    const double scale =
        std::pow(10.0, digits - 1 - static_cast<int>(std::floor(std::log10(value))));
    return std::round(value * scale) / scale;
}

} // namespace

std::vector<FrequencyBand> thirdOctaveBands(double nyquistHz) {
    std::vector<FrequencyBand> bands;
    for (std::size_t i = 0; i < kIsoThirdOctaveNominalHz.size(); ++i) {
        if (kIsoThirdOctaveNominalHz[i] >= nyquistHz) {
            break;
        }
        bands.push_back(
            bandAt(kIsoFirstIndex + static_cast<int>(i), 3, kIsoThirdOctaveNominalHz[i]));
    }
    return bands;
}

std::vector<FrequencyBand> sixthOctaveBands(double nyquistHz) {
    std::vector<FrequencyBand> bands;
    for (int index = 2 * kIsoFirstIndex; index <= 2 * (kIsoFirstIndex + 30); ++index) {
        FrequencyBand band = bandAt(index, 6, 0.0);
        if (band.centerHz >= nyquistHz) {
            break;
        }
        band.nominalHz = roundToSignificant(band.centerHz, 3);
        bands.push_back(band);
    }
    return bands;
}

} // namespace mixscope
