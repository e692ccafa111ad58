#include "core/io/audiodecoder.h"

#include "core/io/audiodecoder_p.h"
#include "core/io/ffmpegstream_p.h"
#include "core/io/headersniffer.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace mixscope {

// Opening a file: the steps of openDevice(), each of which sets what it
// names or says in plain words why the file cannot be read.

using decoding::kIoBufferBytes;
using decoding::makeError;
using decoding::Text;

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
        found == AVERROR_STREAM_NOT_FOUND ? ffmpeg::firstAudioStream(*format) : nullptr;
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
    if (found == AVERROR_STREAM_NOT_FOUND && ffmpeg::isImageFormat(*format->iformat)) {
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
    info = ffmpeg::describe(*format, *stream, decoder, codec->sample_fmt);
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

} // namespace mixscope
