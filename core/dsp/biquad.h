#pragma once

namespace mixscope {

/// A second-order IIR section (RBJ Audio EQ Cookbook), direct form I, one
/// channel. Coefficients are normalised so that a0 = 1. Plain value; cheap to copy.
class Biquad {
public:
    static Biquad lowPass(double sampleRateHz, double cutoffHz, double q = 0.70710678);
    static Biquad highPass(double sampleRateHz, double cutoffHz, double q = 0.70710678);
    static Biquad bandPass(double sampleRateHz, double centreHz, double q);
    static Biquad peaking(double sampleRateHz, double centreHz, double q, double gainDb);
    static Biquad highShelf(double sampleRateHz, double cornerHz, double gainDb);

    float process(float input) {
        const double output = m_b0 * input + m_b1 * m_x1 + m_b2 * m_x2 - m_a1 * m_y1 - m_a2 * m_y2;
        m_x2 = m_x1;
        m_x1 = input;
        m_y2 = m_y1;
        m_y1 = output;
        return static_cast<float>(output);
    }

    void reset() { m_x1 = m_x2 = m_y1 = m_y2 = 0.0; }

private:
    Biquad(double b0, double b1, double b2, double a0, double a1, double a2);

    double m_b0, m_b1, m_b2, m_a1, m_a2;
    double m_x1 = 0.0, m_x2 = 0.0, m_y1 = 0.0, m_y2 = 0.0;
};

} // namespace mixscope
