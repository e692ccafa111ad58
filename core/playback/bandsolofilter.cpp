#include "core/playback/bandsolofilter.h"

#include <algorithm>

namespace mixscope {

namespace {

// Pole-pair Qs of a 4th-order Butterworth filter: 1 / (2 cos(π/8)) and
// 1 / (2 cos(3π/8)). Two of them in series make the 8th-order Linkwitz–Riley.
constexpr double kQ1 = 0.54119610014619698;
constexpr double kQ2 = 1.3065629648763766;

std::array<Biquad, BandSoloFilter::kSections> sectionsFor(double rate, double low, double high) {
    return {Biquad::highPass(rate, low, kQ1), Biquad::highPass(rate, low, kQ2),
            Biquad::highPass(rate, low, kQ1), Biquad::highPass(rate, low, kQ2),
            Biquad::lowPass(rate, high, kQ1), Biquad::lowPass(rate, high, kQ2),
            Biquad::lowPass(rate, high, kQ1), Biquad::lowPass(rate, high, kQ2)};
}

} // namespace

BandSoloFilter::BandSoloFilter(double sampleRateHz, double lowHz, double highHz)
    : m_lowHz(std::clamp(lowHz, 1.0, sampleRateHz * 0.45))
    , m_highHz(std::clamp(highHz, m_lowHz * 1.01, sampleRateHz * 0.49))
    , m_sections{sectionsFor(sampleRateHz, m_lowHz, m_highHz),
                 sectionsFor(sampleRateHz, m_lowHz, m_highHz)} {}

void BandSoloFilter::process(float* interleaved, std::size_t frames) {
    for (std::size_t channel = 0; channel < 2; ++channel) {
        auto& sections = m_sections[channel];
        for (std::size_t i = 0; i < frames; ++i) {
            float sample = interleaved[2 * i + channel];
            for (Biquad& section : sections) {
                sample = section.process(sample);
            }
            interleaved[2 * i + channel] = sample;
        }
    }
}

void BandSoloFilter::reset() {
    for (auto& sections : m_sections) {
        for (Biquad& section : sections) {
            section.reset();
        }
    }
}

} // namespace mixscope
