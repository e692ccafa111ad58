#pragma once

#include <complex>
#include <memory>

namespace mixscope {

/// Forward FFT of real input (KissFFT kiss_fftr adaptor).
/// X[k] = sum_n x[n] e^(-2 pi i k n / N), k = 0 … N/2, unscaled: a sine of
/// amplitude A on bin k reads |X[k]| = A N / 2. Plain value, movable; one
/// instance must not be used from two threads at once.
class RealFft {
public:
    /// size: even and at least 2. Any other size gives an invalid transform
    /// (isValid() false) whose forward() outputs zeros.
    explicit RealFft(int size);
    ~RealFft();
    RealFft(RealFft&&) noexcept;
    RealFft& operator=(RealFft&&) noexcept;
    RealFft(const RealFft&) = delete;
    RealFft& operator=(const RealFft&) = delete;

    bool isValid() const;
    int size() const { return m_size; }
    int binCount() const { return m_size / 2 + 1; }

    /// input: size() floats; output: binCount() bins. The two may not overlap.
    void forward(const float* input, std::complex<float>* output);

private:
    struct State;
    std::unique_ptr<State> m_state;
    int m_size = 0;
};

} // namespace mixscope
