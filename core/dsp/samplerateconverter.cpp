#include "core/dsp/samplerateconverter.h"

#include <QCoreApplication>

#include <samplerate.h>

namespace mixscope {

namespace {

struct StateDeleter {
    void operator()(SRC_STATE* state) const { src_delete(state); }
};
using StatePtr = std::unique_ptr<SRC_STATE, StateDeleter>;

constexpr int kChannels = 2;

// Texts for users, in the context the translations file them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(mixscope::SampleRateConverter)
};

} // namespace

struct SampleRateConverter::Impl {
    StatePtr state;
};

SampleRateConverter::SampleRateConverter(std::unique_ptr<Impl> impl, double ratio)
    : m_impl(std::move(impl))
    , m_ratio(ratio) {}

SampleRateConverter::~SampleRateConverter() = default;

Result<std::unique_ptr<SampleRateConverter>>
SampleRateConverter::create(int inputRateHz, int outputRateHz, Quality quality) {
    constexpr int kMaxRateHz = 1000000;
    if (inputRateHz <= 0 || outputRateHz <= 0 || inputRateHz > kMaxRateHz ||
        outputRateHz > kMaxRateHz) {
        return AnalysisError{AnalysisErrorKind::UnsupportedFormat,
                             Text::tr("a sample rate of %1 Hz to %2 Hz cannot be converted")
                                 .arg(inputRateHz)
                                 .arg(outputRateHz)};
    }
    const double ratio = static_cast<double>(outputRateHz) / inputRateHz;
    if (src_is_valid_ratio(ratio) == 0) {
        return AnalysisError{AnalysisErrorKind::UnsupportedFormat,
                             Text::tr("a sample rate of %1 Hz to %2 Hz cannot be converted")
                                 .arg(inputRateHz)
                                 .arg(outputRateHz)};
    }
    int error = 0;
    const int type = quality == Quality::Best ? SRC_SINC_BEST_QUALITY : SRC_SINC_MEDIUM_QUALITY;
    auto impl = std::make_unique<Impl>();
    impl->state.reset(src_new(type, kChannels, &error));
    if (!impl->state) {
        return AnalysisError{AnalysisErrorKind::ReadFailed,
                             Text::tr("the sample rate converter cannot start (%1)")
                                 .arg(QString::fromUtf8(src_strerror(error)))};
    }
    return std::unique_ptr<SampleRateConverter>(new SampleRateConverter(std::move(impl), ratio));
}

SampleRateConverter::Progress SampleRateConverter::process(const float* input,
                                                           std::size_t inputFrames, float* output,
                                                           std::size_t outputCapacityFrames,
                                                           bool endOfInput) {
    SRC_DATA data{};
    data.data_in = input;
    data.input_frames = static_cast<long>(inputFrames);
    data.data_out = output;
    data.output_frames = static_cast<long>(outputCapacityFrames);
    data.end_of_input = endOfInput ? 1 : 0;
    data.src_ratio = m_ratio;
    if (src_process(m_impl->state.get(), &data) != 0) {
        // Only bad arguments fail, which this class rules out; report no progress.
        return {};
    }
    return {static_cast<std::size_t>(data.input_frames_used),
            static_cast<std::size_t>(data.output_frames_gen)};
}

void SampleRateConverter::reset() {
    src_reset(m_impl->state.get());
}

} // namespace mixscope
