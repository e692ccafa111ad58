#include "core/dsp/biquad.h"

#include <cmath>
#include <numbers>

namespace mixscope {

namespace {

double omega(double sampleRateHz, double frequencyHz) {
    return 2.0 * std::numbers::pi * frequencyHz / sampleRateHz;
}

} // namespace

Biquad::Biquad(double b0, double b1, double b2, double a0, double a1, double a2)
    : m_b0(b0 / a0)
    , m_b1(b1 / a0)
    , m_b2(b2 / a0)
    , m_a1(a1 / a0)
    , m_a2(a2 / a0) {}

Biquad Biquad::lowPass(double sampleRateHz, double cutoffHz, double q) {
    const double w = omega(sampleRateHz, cutoffHz);
    const double alpha = std::sin(w) / (2.0 * q);
    const double c = std::cos(w);
    return Biquad((1 - c) / 2, 1 - c, (1 - c) / 2, 1 + alpha, -2 * c, 1 - alpha);
}

Biquad Biquad::highPass(double sampleRateHz, double cutoffHz, double q) {
    const double w = omega(sampleRateHz, cutoffHz);
    const double alpha = std::sin(w) / (2.0 * q);
    const double c = std::cos(w);
    return Biquad((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + alpha, -2 * c, 1 - alpha);
}

Biquad Biquad::bandPass(double sampleRateHz, double centreHz, double q) {
    const double w = omega(sampleRateHz, centreHz);
    const double alpha = std::sin(w) / (2.0 * q);
    const double c = std::cos(w);
    return Biquad(alpha, 0, -alpha, 1 + alpha, -2 * c, 1 - alpha);
}

Biquad Biquad::peaking(double sampleRateHz, double centreHz, double q, double gainDb) {
    const double a = std::pow(10.0, gainDb / 40.0);
    const double w = omega(sampleRateHz, centreHz);
    const double alpha = std::sin(w) / (2.0 * q);
    const double c = std::cos(w);
    return Biquad(1 + alpha * a, -2 * c, 1 - alpha * a, 1 + alpha / a, -2 * c, 1 - alpha / a);
}

Biquad Biquad::highShelf(double sampleRateHz, double cornerHz, double gainDb) {
    const double a = std::pow(10.0, gainDb / 40.0);
    const double w = omega(sampleRateHz, cornerHz);
    const double c = std::cos(w);
    const double alpha = std::sin(w) / 2.0 * std::sqrt(2.0); // shelf slope S = 1
    const double root = 2.0 * std::sqrt(a) * alpha;
    return Biquad(a * ((a + 1) + (a - 1) * c + root), -2 * a * ((a - 1) + (a + 1) * c),
                  a * ((a + 1) + (a - 1) * c - root), (a + 1) - (a - 1) * c + root,
                  2 * ((a - 1) - (a + 1) * c), (a + 1) - (a - 1) * c - root);
}

} // namespace mixscope
