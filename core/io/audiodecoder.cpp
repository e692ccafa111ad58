#include "core/io/audiodecoder.h"

#include "core/io/channelfold.h"
#include "core/io/ffmpegbridge_p.h"
#include "core/io/fileidentity.h"
#include "core/io/headersniffer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <limits>

extern "C" {
#include <libavutil/channel_layout.h>
}

namespace mixscope {

namespace {

// What FFmpeg's own file protocol reads at a time.
constexpr int kIoBufferBytes = 32 * 1024;

// A file that keeps failing to demux or decode is given up on after this many
// errors in a row, so that no input can keep the loop busy for ever.
constexpr int kMaxConsecutiveErrors = 500;

// Texts for users, in the context the translations file them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(mixscope::AudioDecoder)
};

AnalysisError makeError(AnalysisErrorKind kind, const QString& message) {
    return AnalysisError{kind, message};
}

bool isLosslessCodec(AVCodecID id) {
    const AVCodecDescriptor* descriptor = avcodec_descriptor_get(id);
    return descriptor != nullptr && (descriptor->props & AV_CODEC_PROP_LOSSLESS) != 0 &&
           (descriptor->props & AV_CODEC_PROP_LOSSY) == 0;
}

std::optional<int> bitDepthOf(const AVCodecParameters& parameters) {
    if (!isLosslessCodec(parameters.codec_id)) {
        return std::nullopt;
    }
    if (parameters.bits_per_raw_sample > 0) {
        return parameters.bits_per_raw_sample;
    }
    if (const int bits = av_get_bits_per_sample(parameters.codec_id); bits > 0) {
        return bits;
    }
    return std::nullopt;
}

// FFmpeg's image demuxers ("png_pipe", "jpeg_pipe", … and "image2"): a picture, not a recording.
bool isImageFormat(const AVInputFormat& format) {
    const QByteArray name(format.name);
    return name.endsWith("_pipe") || name == "image2";
}

const AVStream* firstAudioStream(const AVFormatContext& format) {
    for (unsigned i = 0; i < format.nb_streams; ++i) {
        if (format.streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO) {
            return format.streams[i];
        }
    }
    return nullptr;
}

QString describeLayout(const AVChannelLayout& layout) {
    // A WAV without a speaker mask says "2 channels"; name it as it will be played.
    AVChannelLayout named{};
    if (layout.order == AV_CHANNEL_ORDER_UNSPEC) {
        av_channel_layout_default(&named, layout.nb_channels);
    } else {
        av_channel_layout_copy(&named, &layout);
    }
    char buffer[128] = {};
    const int written = av_channel_layout_describe(&named, buffer, sizeof buffer);
    av_channel_layout_uninit(&named);
    return written < 0 ? QString::number(layout.nb_channels) : QString::fromUtf8(buffer);
}

// Where each input channel plays (ChannelFold folds them to stereo); a layout
// without named channels (a WAV without a speaker mask) as FFmpeg's default
// for its channel count.
std::vector<Speaker> speakersOf(const AVChannelLayout& inputLayout) {
    AVChannelLayout layout{};
    if (inputLayout.order == AV_CHANNEL_ORDER_UNSPEC) {
        av_channel_layout_default(&layout, inputLayout.nb_channels);
    } else {
        av_channel_layout_copy(&layout, &inputLayout);
    }
    std::vector<Speaker> speakers;
    for (int in = 0; in < inputLayout.nb_channels; ++in) {
        switch (av_channel_layout_channel_from_index(&layout, static_cast<unsigned>(in))) {
        case AV_CHAN_FRONT_LEFT:
        case AV_CHAN_STEREO_LEFT:
        case AV_CHAN_FRONT_LEFT_OF_CENTER:
        case AV_CHAN_WIDE_LEFT:
            speakers.push_back(Speaker::FrontLeft);
            break;
        case AV_CHAN_FRONT_RIGHT:
        case AV_CHAN_STEREO_RIGHT:
        case AV_CHAN_FRONT_RIGHT_OF_CENTER:
        case AV_CHAN_WIDE_RIGHT:
            speakers.push_back(Speaker::FrontRight);
            break;
        case AV_CHAN_FRONT_CENTER:
        case AV_CHAN_TOP_CENTER:
        case AV_CHAN_TOP_FRONT_CENTER:
            speakers.push_back(Speaker::FrontCentre);
            break;
        case AV_CHAN_SIDE_LEFT:
        case AV_CHAN_BACK_LEFT:
        case AV_CHAN_SURROUND_DIRECT_LEFT:
        case AV_CHAN_TOP_FRONT_LEFT:
        case AV_CHAN_TOP_BACK_LEFT:
            speakers.push_back(Speaker::SurroundLeft);
            break;
        case AV_CHAN_SIDE_RIGHT:
        case AV_CHAN_BACK_RIGHT:
        case AV_CHAN_SURROUND_DIRECT_RIGHT:
        case AV_CHAN_TOP_FRONT_RIGHT:
        case AV_CHAN_TOP_BACK_RIGHT:
            speakers.push_back(Speaker::SurroundRight);
            break;
        case AV_CHAN_LOW_FREQUENCY:
        case AV_CHAN_LOW_FREQUENCY_2:
            speakers.push_back(Speaker::LowFrequency);
            break;
        default:
            speakers.push_back(Speaker::Other);
            break;
        }
    }
    av_channel_layout_uninit(&layout);
    return speakers;
}

} // namespace

struct AudioDecoder::Impl {
    // Declared in the order they are needed: the format context, closed
    // first, reads through io, which reads source.
    std::unique_ptr<QIODevice> source;
    ffmpeg::IoContextPtr io;
    QString sourcePath;        // empty for openBytes()
    int sourceDescriptor = -1; // owned by source
    std::optional<FileIdentity> sourceIdentity;
    ffmpeg::FormatContextPtr format;
    ffmpeg::CodecContextPtr codec;
    ffmpeg::ResamplerPtr resampler;
    ffmpeg::PacketPtr packet{av_packet_alloc()};
    ffmpeg::FramePtr frame{av_frame_alloc()};
    int streamIndex = -1;
    AudioStreamInfo info;
    std::optional<AnalysisError> error;

    int resamplerInputRate = 0;
    int resamplerInputFormat = -1;
    AVChannelLayout resamplerInputLayout{};

    std::vector<float> pending; // converted stereo samples not yet handed out
    std::size_t pendingOffset = 0;
    bool demuxerDone = false;
    bool decoderDone = false;
    std::int64_t framesRead = 0;
    std::int64_t goodFrames = 0;
    std::int64_t invalidSamples = 0;
    int damagedPackets = 0;
    int consecutiveErrors = 0;

    // After a seek: decoded audio before this frame is dropped. nextFrame is
    // where the next decoded frame starts when it carries no timestamp.
    std::optional<std::int64_t> seekTarget;
    std::int64_t nextFrame = 0;
    bool seeked = false; // a seek to or past the end decodes nothing, and that is no damage

    ~Impl() { av_channel_layout_uninit(&resamplerInputLayout); }

    // Opening, step by step (openDevice()): each sets what it names, or
    // says in plain words why the file cannot be read.
    std::optional<AnalysisError> openIo(std::unique_ptr<QIODevice> device);
    std::optional<AnalysisError> openContainer(const QString& name);
    Result<const AVCodec*> findAudioStream(); ///< sets streamIndex; the decoder to use
    std::optional<AnalysisError> openCodec(const AVCodec& decoder);
    void describeStream(const AVCodec& decoder); ///< fills info

    bool configureResampler(const AVFrame& input);
    bool convert(const AVFrame& input);
    bool decodeMore();
    void fail(AnalysisErrorKind kind, const QString& message) {
        if (!error) {
            error = makeError(kind, message);
        }
    }
};

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
        const std::vector<double> matrix = ChannelFold::stereoMatrix(speakersOf(input.ch_layout));
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
                 .arg(100.0 * static_cast<double>(invalidSamples) /
                          (2.0 * static_cast<double>(goodFrames)),
                      0, 'f', 1));
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

Result<std::unique_ptr<AudioDecoder>> AudioDecoder::open(const QString& path) {
    ffmpeg::silenceLog();

    const QFileInfo fileInfo(path);
    if (!fileInfo.exists()) {
        if (fileInfo.isSymLink()) {
            return makeError(AnalysisErrorKind::FileNotFound,
                             Text::tr("it is a link to a file that does not exist"));
        }
        if (FileIdentity::folderRefusesAccess(path)) {
            return makeError(AnalysisErrorKind::PermissionDenied,
                             Text::tr("there is no permission to open the folder it is in"));
        }
        return makeError(AnalysisErrorKind::FileNotFound, Text::tr("the file does not exist"));
    }
    if (fileInfo.isDir()) {
        return makeError(AnalysisErrorKind::NotAFile,
                         Text::tr("this is a folder, not an audio file"));
    }
    if (!fileInfo.isFile()) {
        return makeError(AnalysisErrorKind::NotAFile,
                         Text::tr("this is a pipe or a device, not an audio file"));
    }
    // The decoder reads through this one handle from here on: a file renamed
    // or deleted meanwhile is still read whole, as it was when opened.
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (!fileInfo.isReadable()) {
            return makeError(AnalysisErrorKind::PermissionDenied,
                             Text::tr("there is no permission to read the file"));
        }
        return makeError(
            AnalysisErrorKind::PermissionDenied,
            Text::tr("the file cannot be opened for reading (%1)").arg(file->errorString()));
    }
    if (file->size() == 0) {
        return makeError(AnalysisErrorKind::EmptyFile, Text::tr("the file is empty (0 bytes)"));
    }
    const int descriptor = file->handle();
    const std::optional<FileIdentity> identity = FileIdentity::ofOpenFile(descriptor);

    auto opened = openDevice(std::move(file), path);
    if (opened) {
        Impl& d = *opened.value()->m_impl;
        d.sourcePath = path;
        d.sourceDescriptor = descriptor;
        d.sourceIdentity = identity;
    }
    return opened;
}

Result<std::unique_ptr<AudioDecoder>> AudioDecoder::openBytes(const QByteArray& bytes,
                                                              const QString& nameHint) {
    ffmpeg::silenceLog();
    if (bytes.isEmpty()) {
        return makeError(AnalysisErrorKind::EmptyFile, Text::tr("the file is empty (0 bytes)"));
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return openDevice(std::move(buffer), nameHint);
}

std::optional<AnalysisError> AudioDecoder::Impl::openIo(std::unique_ptr<QIODevice> device) {
    if (!packet || !frame) {
        return makeError(AnalysisErrorKind::ReadFailed, Text::tr("out of memory"));
    }
    source = std::move(device);
    auto* ioBuffer = static_cast<unsigned char*>(av_malloc(kIoBufferBytes));
    if (ioBuffer == nullptr) {
        return makeError(AnalysisErrorKind::ReadFailed, Text::tr("out of memory"));
    }
    io.reset(avio_alloc_context(ioBuffer, kIoBufferBytes, 0, source.get(), ffmpeg::readFromDevice,
                                nullptr, ffmpeg::seekDevice));
    if (!io) {
        av_free(ioBuffer);
        return makeError(AnalysisErrorKind::ReadFailed, Text::tr("out of memory"));
    }
    return std::nullopt;
}

std::optional<AnalysisError> AudioDecoder::Impl::openContainer(const QString& name) {
    AVFormatContext* rawFormat = avformat_alloc_context();
    if (rawFormat == nullptr) {
        return makeError(AnalysisErrorKind::ReadFailed, Text::tr("out of memory"));
    }
    rawFormat->pb = io.get();
    rawFormat->io_open = ffmpeg::refuseNestedOpen;
    // Demuxers that open files of their own (concat) make a new context that
    // does not inherit io_open but does inherit this list: it names no protocol.
    rawFormat->protocol_whitelist = av_strdup("none");
    // The name only lends its extension to format detection; nothing opens it.
    const int result =
        avformat_open_input(&rawFormat, QFile::encodeName(name).constData(), nullptr, nullptr);
    if (result < 0) {
        if (result == AVERROR(EIO)) {
            return makeError(AnalysisErrorKind::ReadFailed,
                             Text::tr("the file could not be read (input/output error)"));
        }
        if (auto header = HeaderSniffer::implausibleHeader(*source)) {
            return header;
        }
        if (HeaderSniffer::startsLikeAudio(*source)) {
            return makeError(
                AnalysisErrorKind::DamagedData,
                Text::tr("the file is damaged or truncated (its header cannot be read)"));
        }
        return makeError(AnalysisErrorKind::NotAudio,
                         Text::tr("this is not an audio file Mixscope can read (the format was not "
                                  "recognised)"));
    }
    format.reset(rawFormat);
    if (avformat_find_stream_info(format.get(), nullptr) < 0) {
        if (auto header = HeaderSniffer::implausibleHeader(*source)) {
            return header;
        }
        return makeError(AnalysisErrorKind::DamagedData,
                         Text::tr("the file is damaged (its stream information cannot be read)"));
    }
    return std::nullopt;
}

Result<const AVCodec*> AudioDecoder::Impl::findAudioStream() {
    const AVCodec* decoder = nullptr;
    const int found = av_find_best_stream(format.get(), AVMEDIA_TYPE_AUDIO, -1, -1, &decoder, 0);
    const AVStream* unusableAudio =
        found == AVERROR_STREAM_NOT_FOUND ? firstAudioStream(*format) : nullptr;
    if (unusableAudio != nullptr &&
        avcodec_find_decoder(unusableAudio->codecpar->codec_id) != nullptr) {
        // FFmpeg skips audio streams whose channel count or sample rate it
        // could not find, as with random bytes behind a valid MP3 header.
        if (auto header = HeaderSniffer::implausibleHeader(*source)) {
            return *std::move(header);
        }
        return makeError(AnalysisErrorKind::DamagedData,
                         Text::tr("the file is damaged (its audio stream cannot be read)"));
    }
    if (unusableAudio != nullptr) {
        return makeError(
            AnalysisErrorKind::UnsupportedCodec,
            Text::tr("its audio codec (%1) cannot be decoded by this build")
                .arg(QString::fromUtf8(avcodec_get_name(unusableAudio->codecpar->codec_id))));
    }
    if (found == AVERROR_STREAM_NOT_FOUND && isImageFormat(*format->iformat)) {
        return makeError(AnalysisErrorKind::NotAudio,
                         Text::tr("this is an image, not an audio file"));
    }
    if (found == AVERROR_STREAM_NOT_FOUND) {
        return makeError(
            AnalysisErrorKind::NoAudioStream,
            Text::tr("this is not an audio file: it contains no audio (it reads as \"%1\")")
                .arg(QString::fromUtf8(format->iformat->long_name ? format->iformat->long_name
                                                                  : format->iformat->name)));
    }
    if (found < 0 || decoder == nullptr) {
        const AVStream* stream = found >= 0 ? format->streams[found] : nullptr;
        const char* codecName = stream ? avcodec_get_name(stream->codecpar->codec_id) : "unknown";
        return makeError(AnalysisErrorKind::UnsupportedCodec,
                         Text::tr("its audio codec (%1) cannot be decoded by this build")
                             .arg(QString::fromUtf8(codecName)));
    }
    const AVCodecParameters& parameters = *format->streams[found]->codecpar;
    const int channels = parameters.ch_layout.nb_channels;
    if (channels < 1 || channels > kMaxChannels) {
        return makeError(AnalysisErrorKind::UnsupportedFormat,
                         HeaderSniffer::channelCountMessage(channels));
    }
    if (parameters.sample_rate < kMinSampleRateHz || parameters.sample_rate > kMaxSampleRateHz) {
        return makeError(AnalysisErrorKind::UnsupportedFormat,
                         HeaderSniffer::sampleRateMessage(parameters.sample_rate));
    }
    streamIndex = found;
    return decoder;
}

std::optional<AnalysisError> AudioDecoder::Impl::openCodec(const AVCodec& decoder) {
    AVCodecContext* rawCodec = avcodec_alloc_context3(&decoder);
    codec.reset(rawCodec);
    if (rawCodec == nullptr ||
        avcodec_parameters_to_context(rawCodec, format->streams[streamIndex]->codecpar) < 0) {
        return makeError(AnalysisErrorKind::ReadFailed, Text::tr("out of memory"));
    }
    // Files are analysed in parallel, one thread each; codec threads would only compete.
    rawCodec->thread_count = 1;
    if (avcodec_open2(rawCodec, &decoder, nullptr) < 0) {
        return makeError(
            AnalysisErrorKind::UnsupportedCodec,
            Text::tr("its audio codec (%1) cannot be opened")
                .arg(QString::fromUtf8(decoder.long_name ? decoder.long_name : decoder.name)));
    }
    return std::nullopt;
}

void AudioDecoder::Impl::describeStream(const AVCodec& decoder) {
    const AVStream* stream = format->streams[streamIndex];
    const AVCodecParameters& parameters = *stream->codecpar;
    info.container = QString::fromUtf8(format->iformat->name);
    info.codec = QString::fromUtf8(decoder.name);
    info.codecDescription = QString::fromUtf8(decoder.long_name ? decoder.long_name : decoder.name);
    info.lossless = isLosslessCodec(parameters.codec_id);
    info.sampleRateHz = parameters.sample_rate;
    info.channels = parameters.ch_layout.nb_channels;
    info.channelLayout = describeLayout(parameters.ch_layout);
    info.bitDepth = bitDepthOf(parameters);
    const AVSampleFormat sampleFormat = av_get_packed_sample_fmt(codec->sample_fmt);
    info.floatingPoint = sampleFormat == AV_SAMPLE_FMT_FLT || sampleFormat == AV_SAMPLE_FMT_DBL;
    const std::int64_t bitRate = format->bit_rate > 0 ? format->bit_rate : parameters.bit_rate;
    if (bitRate > 0) {
        info.bitrateKbps = static_cast<int>((bitRate + 500) / 1000);
    }
    if (stream->duration > 0 && stream->time_base.den > 0) {
        info.claimedDurationS = static_cast<double>(stream->duration) * av_q2d(stream->time_base);
    } else if (format->duration > 0) {
        info.claimedDurationS = static_cast<double>(format->duration) / AV_TIME_BASE;
    }
    if (info.container == QLatin1String("wav") && parameters.block_align > 0) {
        // 0xFFFFFFFF is what streaming writers put when they do not know the size.
        if (const auto bytes = HeaderSniffer::wavDataChunkBytes(*source);
            bytes && *bytes != 0xFFFFFFFFu) {
            const double statedS =
                static_cast<double>(*bytes / static_cast<std::uint32_t>(parameters.block_align)) /
                parameters.sample_rate;
            if (statedS > info.claimedDurationS.value_or(0.0)) {
                info.claimedDurationS = statedS;
            }
        }
    }
}

Result<std::unique_ptr<AudioDecoder>> AudioDecoder::openDevice(std::unique_ptr<QIODevice> device,
                                                               const QString& name) {
    auto impl = std::make_unique<Impl>();
    if (auto error = impl->openIo(std::move(device))) {
        return *std::move(error);
    }
    if (auto error = impl->openContainer(name)) {
        return *std::move(error);
    }
    const Result<const AVCodec*> decoder = impl->findAudioStream();
    if (!decoder) {
        return decoder.error();
    }
    if (auto error = impl->openCodec(*decoder.value())) {
        return *std::move(error);
    }
    impl->describeStream(*decoder.value());
    return std::unique_ptr<AudioDecoder>(new AudioDecoder(std::move(impl)));
}

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
