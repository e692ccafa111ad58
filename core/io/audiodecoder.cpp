#include "core/io/audiodecoder.h"

#include "core/common/units.h"
#include "core/io/audiodecoder_p.h"
#include "core/io/channelfold.h"
#include "core/io/ffmpegstream_p.h"

#include <cmath>
#include <limits>

namespace mixscope {

using decoding::kMaxConsecutiveErrors;
using decoding::makeError;
using decoding::Text;

bool AudioDecoder::Impl::configureResampler(const AVFrame& input) {
    if (resampler && input.sample_rate == resamplerInputRate &&
        input.format == resamplerInputFormat &&
        av_channel_layout_compare(&input.ch_layout, &resamplerInputLayout) == 0) {
        return true;
    }
    const int channels = input.ch_layout.nb_channels;
    if (channels < 1 || channels > kMaxChannels || input.sample_rate < kMinSampleRateHz ||
        input.sample_rate > kMaxSampleRateHz) {
        fail(AnalysisErrorKind::DamagedData,
             Text::tr("the audio data is damaged (a block claims %1 channels at %2 Hz)")
                 .arg(channels)
                 .arg(input.sample_rate));
        return false;
    }

    SwrContext* raw = nullptr;
    // FFmpeg 5.1 takes the layouts as non-const pointers but only reads them.
    AVChannelLayout stereo = AV_CHANNEL_LAYOUT_STEREO;
    int result = swr_alloc_set_opts2(&raw, &stereo, AV_SAMPLE_FMT_FLT, info.sampleRateHz,
                                     const_cast<AVChannelLayout*>(&input.ch_layout),
                                     static_cast<AVSampleFormat>(input.format), input.sample_rate,
                                     0, nullptr);
    ffmpeg::ResamplerPtr context(raw);
    if (result >= 0) {
        const std::vector<double> matrix =
            ChannelFold::stereoMatrix(ffmpeg::speakersOf(input.ch_layout));
        result = swr_set_matrix(context.get(), matrix.data(), channels);
    }
    if (result >= 0) {
        result = swr_init(context.get());
    }
    if (result < 0) {
        fail(AnalysisErrorKind::UnsupportedFormat,
             Text::tr("its sample format cannot be converted (%1)").arg(ffmpeg::errorText(result)));
        return false;
    }
    resampler = std::move(context);
    resamplerInputRate = input.sample_rate;
    resamplerInputFormat = input.format;
    av_channel_layout_uninit(&resamplerInputLayout);
    av_channel_layout_copy(&resamplerInputLayout, &input.ch_layout);
    return true;
}

bool AudioDecoder::Impl::convert(const AVFrame& input) {
    if (!configureResampler(input)) {
        return false;
    }
    if (pendingOffset == pending.size()) {
        pending.clear();
        pendingOffset = 0;
    }
    // Samples to drop from the front of this frame to land exactly on a seek target.
    std::int64_t dropFrames = 0;
    if (seekTarget) {
        const AVStream* stream = format->streams[streamIndex];
        std::int64_t start = nextFrame;
        if (input.best_effort_timestamp != AV_NOPTS_VALUE) {
            start = av_rescale_q(input.best_effort_timestamp, stream->time_base,
                                 AVRational{1, info.sampleRateHz});
        }
        nextFrame = start + input.nb_samples;
        if (nextFrame <= *seekTarget) {
            goodFrames += input.nb_samples;
            return true;
        }
        dropFrames = std::max<std::int64_t>(0, *seekTarget - start);
        seekTarget.reset();
    }
    const int capacity = swr_get_out_samples(resampler.get(), input.nb_samples);
    if (capacity <= 0) {
        return true;
    }
    const std::size_t start = pending.size();
    pending.resize(start + static_cast<std::size_t>(capacity) * 2);
    auto* output = reinterpret_cast<uint8_t*>(pending.data() + start);
    int converted = swr_convert(resampler.get(), &output, capacity,
                                const_cast<const uint8_t**>(input.extended_data), input.nb_samples);
    if (converted < 0) {
        pending.resize(start);
        fail(AnalysisErrorKind::DamagedData, Text::tr("the audio data could not be converted (%1)")
                                                 .arg(ffmpeg::errorText(converted)));
        return false;
    }
    pending.resize(start + static_cast<std::size_t>(converted) * 2);
    if (dropFrames > 0) {
        const auto drop =
            std::min(static_cast<std::size_t>(dropFrames) * 2, pending.size() - start);
        pending.erase(pending.begin() + static_cast<std::ptrdiff_t>(start),
                      pending.begin() + static_cast<std::ptrdiff_t>(start + drop));
        converted -= static_cast<int>(drop / 2);
    }
    // NaN, infinity or values far beyond full scale in a float file are not
    // audio; they would poison every meter downstream.
    for (std::size_t i = start; i < pending.size(); ++i) {
        if (!(std::fabs(pending[i]) <= kMaxPlausibleSample)) {
            pending[i] = 0.0f;
            ++invalidSamples;
        }
    }
    goodFrames += converted;
    return true;
}

// Decodes until at least one more frame has been converted into `pending`.
// Returns false at the end of the stream or on a fatal error.
bool AudioDecoder::Impl::decodeMore() {
    while (!decoderDone) {
        if (consecutiveErrors > kMaxConsecutiveErrors) {
            fail(AnalysisErrorKind::DamagedData,
                 Text::tr("the audio data is damaged (%1 unreadable blocks in a row)")
                     .arg(consecutiveErrors));
            return false;
        }
        int result = avcodec_receive_frame(codec.get(), frame.get());
        if (result == 0) {
            consecutiveErrors = 0;
            const bool converted = convert(*frame);
            av_frame_unref(frame.get());
            if (!converted) {
                return false;
            }
            if (pending.size() > pendingOffset) {
                return true;
            }
            continue;
        }
        if (result == AVERROR_EOF) {
            decoderDone = true;
            break;
        }
        if (result != AVERROR(EAGAIN)) {
            ++damagedPackets;
            ++consecutiveErrors;
            continue;
        }
        if (demuxerDone) {
            // The flush packet was sent; EAGAIN now would loop for ever.
            decoderDone = true;
            break;
        }

        result = av_read_frame(format.get(), packet.get());
        if (result == AVERROR_EOF) {
            demuxerDone = true;
            avcodec_send_packet(codec.get(), nullptr);
            continue;
        }
        if (result < 0) {
            if (result == AVERROR_INVALIDDATA) {
                ++damagedPackets;
                ++consecutiveErrors;
                continue;
            }
            fail(AnalysisErrorKind::ReadFailed,
                 Text::tr("the file could not be read to the end (%1)")
                     .arg(ffmpeg::errorText(result)));
            return false;
        }
        if (packet->stream_index == streamIndex) {
            result = avcodec_send_packet(codec.get(), packet.get());
            if (result < 0 && result != AVERROR(EAGAIN)) {
                ++damagedPackets;
                ++consecutiveErrors;
            }
        }
        av_packet_unref(packet.get());
    }

    if (goodFrames == 0 && !seeked) {
        fail(AnalysisErrorKind::DamagedData,
             Text::tr(
                 "no audio could be decoded from it: the file is damaged or is not really %1 audio")
                 .arg(info.codec.toUpper()));
        return false;
    }
    // A few bad packets are reported as a warning by the caller; a file that is
    // mostly unreadable is not worth measuring.
    const std::int64_t badFramesEstimate =
        static_cast<std::int64_t>(damagedPackets) * std::max(codec->frame_size, 1);
    if (invalidSamples > goodFrames / 50) {
        fail(AnalysisErrorKind::DamagedData,
             Text::tr("the audio data is damaged (%1 % of the samples are not valid audio values)")
                 .arg(Units::number(100.0 * static_cast<double>(invalidSamples) /
                                        (2.0 * static_cast<double>(goodFrames)),
                                    1)));
    }
    if (damagedPackets > 0 && badFramesEstimate > goodFrames) {
        fail(AnalysisErrorKind::DamagedData,
             Text::tr("the audio data is damaged (%1 unreadable blocks)").arg(damagedPackets));
    }
    return false;
}

AudioDecoder::AudioDecoder(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

AudioDecoder::~AudioDecoder() = default;

const AudioStreamInfo& AudioDecoder::info() const {
    return m_impl->info;
}

bool AudioDecoder::read(AudioBlock& block, std::size_t maxFrames) {
    block.samples.clear();
    Impl& d = *m_impl;
    while (block.frames() < maxFrames) {
        const std::size_t available = (d.pending.size() - d.pendingOffset) / 2;
        if (available > 0) {
            const std::size_t take = std::min(available, maxFrames - block.frames());
            const auto first = d.pending.begin() + static_cast<std::ptrdiff_t>(d.pendingOffset);
            block.samples.insert(block.samples.end(), first,
                                 first + static_cast<std::ptrdiff_t>(take * 2));
            d.pendingOffset += take * 2;
            continue;
        }
        if (d.error || !d.decodeMore()) {
            break;
        }
    }
    d.framesRead += static_cast<std::int64_t>(block.frames());
    return block.frames() > 0;
}

const std::optional<AnalysisError>& AudioDecoder::error() const {
    return m_impl->error;
}

bool AudioDecoder::seek(std::int64_t frame) {
    Impl& d = *m_impl;
    frame = std::max<std::int64_t>(0, frame);
    AVStream* stream = d.format->streams[d.streamIndex];
    const std::int64_t timestamp =
        av_rescale_q(frame, AVRational{1, d.info.sampleRateHz}, stream->time_base);
    // Any point at or before the target will do: the frames up to it are decoded and dropped.
    int result =
        avformat_seek_file(d.format.get(), d.streamIndex, std::numeric_limits<std::int64_t>::min(),
                           timestamp, timestamp, 0);
    if (result < 0) {
        result = av_seek_frame(d.format.get(), d.streamIndex, timestamp, AVSEEK_FLAG_BACKWARD);
    }
    if (result < 0) {
        d.error = makeError(AnalysisErrorKind::ReadFailed,
                            Text::tr("the file cannot be played from another position (%1)")
                                .arg(ffmpeg::errorText(result)));
        return false;
    }
    avcodec_flush_buffers(d.codec.get());
    // A fresh converter: the old one may still hold samples from before the seek.
    d.resampler.reset();
    d.resamplerInputRate = 0;
    d.pending.clear();
    d.pendingOffset = 0;
    d.demuxerDone = false;
    d.decoderDone = false;
    d.consecutiveErrors = 0;
    d.error.reset();
    d.seekTarget = frame;
    d.nextFrame = frame;
    d.seeked = true;
    d.framesRead = frame;
    return true;
}

bool AudioDecoder::seekSeconds(double seconds) {
    const double frame = std::max(0.0, seconds) * m_impl->info.sampleRateHz;
    return seek(static_cast<std::int64_t>(std::llround(frame)));
}

AudioDecoder::SourceChange AudioDecoder::sourceChange() const {
    const Impl& d = *m_impl;
    if (!d.sourceIdentity) {
        return SourceChange::None;
    }
    const std::optional<FileIdentity> now = FileIdentity::ofOpenFile(d.sourceDescriptor);
    if (!now || !now->sameContent(*d.sourceIdentity)) {
        return SourceChange::Rewritten;
    }
    const std::optional<FileIdentity> atPath = FileIdentity::ofPath(d.sourcePath);
    if (!atPath || !atPath->sameFile(*d.sourceIdentity)) {
        return SourceChange::ReplacedOrDeleted;
    }
    return SourceChange::None;
}

std::int64_t AudioDecoder::framesRead() const {
    return m_impl->framesRead;
}

std::int64_t AudioDecoder::invalidSampleCount() const {
    return m_impl->invalidSamples;
}

int AudioDecoder::damagedPacketCount() const {
    return m_impl->damagedPackets;
}

} // namespace mixscope
