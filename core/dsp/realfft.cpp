#include "core/dsp/realfft.h"

#include <kiss_fftr.h>

#include <algorithm>
#include <type_traits>
#include <vector>

namespace mixscope {

namespace {

struct KissFftrDeleter {
    void operator()(kiss_fftr_cfg config) const { kiss_fftr_free(config); }
};

} // namespace

struct RealFft::State {
    std::unique_ptr<std::remove_pointer_t<kiss_fftr_cfg>, KissFftrDeleter> config;
    // kiss_fft_cpx and std::complex<float> share a layout, but not a type:
    // copying keeps us clear of aliasing rules for about 1 % of the FFT's cost.
    std::vector<kiss_fft_cpx> bins;
};

RealFft::RealFft(int size)
    : m_state(std::make_unique<State>())
    , m_size(size) {
    if (size >= 2 && size % 2 == 0) {
        m_state->config.reset(kiss_fftr_alloc(size, 0, nullptr, nullptr));
        m_state->bins.resize(static_cast<std::size_t>(size / 2 + 1));
    }
}

RealFft::~RealFft() = default;
RealFft::RealFft(RealFft&&) noexcept = default;
RealFft& RealFft::operator=(RealFft&&) noexcept = default;

bool RealFft::isValid() const {
    return m_state && m_state->config;
}

void RealFft::forward(const float* input, std::complex<float>* output) {
    if (!isValid()) {
        std::fill(output, output + std::max(binCount(), 0), std::complex<float>());
        return;
    }
    kiss_fftr(m_state->config.get(), input, m_state->bins.data());
    std::transform(m_state->bins.begin(), m_state->bins.end(), output,
                   [](const kiss_fft_cpx& bin) { return std::complex<float>(bin.r, bin.i); });
}

} // namespace mixscope
