#include "core/io/tagreader.h"

#include <QFile>

#include <aifffile.h>
#include <aiffproperties.h>
#include <attachedpictureframe.h>
#include <fileref.h>
#include <flacfile.h>
#include <flacpicture.h>
#include <flacproperties.h>
#include <id3v2tag.h>
#include <mp4file.h>
#include <mp4properties.h>
#include <mpegfile.h>
#include <opusfile.h>
#include <tbytevectorstream.h>
#include <tdebuglistener.h>
#include <tfilestream.h>
#include <vorbisfile.h>
#include <wavfile.h>
#include <wavproperties.h>
#include <xiphcomment.h>

#include <limits>
#include <mutex>

namespace mixscope {

namespace {

class SilentDebugListener : public TagLib::DebugListener {
public:
    void printMessage(const TagLib::String&) override {}
};

void silenceTagLib() {
    static SilentDebugListener listener;
    static std::once_flag once;
    std::call_once(once, [] { TagLib::setDebugListener(&listener); });
}

QString toQString(const TagLib::String& text) {
    return QString::fromStdWString(text.toWString()).trimmed();
}

QByteArray toQByteArray(const TagLib::ByteVector& bytes) {
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

void takeId3Picture(TagLib::ID3v2::Tag* tag, TrackTags& tags) {
    if (tag == nullptr) {
        return;
    }
    const TagLib::ID3v2::FrameList frames = tag->frameListMap()["APIC"];
    TagLib::ID3v2::AttachedPictureFrame* chosen = nullptr;
    for (auto* frame : frames) {
        auto* picture = dynamic_cast<TagLib::ID3v2::AttachedPictureFrame*>(frame);
        if (picture == nullptr) {
            continue;
        }
        if (chosen == nullptr ||
            picture->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover) {
            chosen = picture;
        }
    }
    if (chosen != nullptr) {
        tags.coverArt = toQByteArray(chosen->picture());
        tags.coverArtMimeType = toQString(chosen->mimeType());
    }
}

void takeFlacPicture(const TagLib::List<TagLib::FLAC::Picture*>& pictures, TrackTags& tags) {
    const TagLib::FLAC::Picture* chosen = nullptr;
    for (const auto* picture : pictures) {
        if (chosen == nullptr || picture->type() == TagLib::FLAC::Picture::FrontCover) {
            chosen = picture;
        }
    }
    if (chosen != nullptr) {
        tags.coverArt = toQByteArray(chosen->data());
        tags.coverArtMimeType = toQString(chosen->mimeType());
    }
}

void takeMp4Picture(TagLib::MP4::Tag* tag, TrackTags& tags) {
    if (tag == nullptr || !tag->contains("covr")) {
        return;
    }
    const TagLib::MP4::CoverArtList covers = tag->item("covr").toCoverArtList();
    if (covers.isEmpty()) {
        return;
    }
    const TagLib::MP4::CoverArt& cover = covers.front();
    tags.coverArt = toQByteArray(cover.data());
    tags.coverArtMimeType = cover.format() == TagLib::MP4::CoverArt::PNG
                                ? QStringLiteral("image/png")
                                : QStringLiteral("image/jpeg");
}

std::optional<int> positive(int value) {
    return value > 0 ? std::optional<int>(value) : std::nullopt;
}

TrackTags readStream(TagLib::IOStream& stream) {
    silenceTagLib();
    TrackTags tags;
    TagLib::FileRef file(&stream, true, TagLib::AudioProperties::Average);
    if (file.isNull()) {
        return tags;
    }

    if (const TagLib::Tag* tag = file.tag()) {
        tags.title = toQString(tag->title());
        tags.artist = toQString(tag->artist());
        tags.album = toQString(tag->album());
    }
    if (const TagLib::AudioProperties* properties = file.audioProperties()) {
        tags.bitrateKbps = positive(properties->bitrate());
    }

    TagLib::File* concrete = file.file();
    if (auto* mpeg = dynamic_cast<TagLib::MPEG::File*>(concrete)) {
        takeId3Picture(mpeg->ID3v2Tag(), tags);
    } else if (auto* flac = dynamic_cast<TagLib::FLAC::File*>(concrete)) {
        takeFlacPicture(flac->pictureList(), tags);
        if (flac->audioProperties()) {
            tags.bitDepth = positive(flac->audioProperties()->bitsPerSample());
        }
    } else if (auto* wav = dynamic_cast<TagLib::RIFF::WAV::File*>(concrete)) {
        takeId3Picture(wav->hasID3v2Tag() ? wav->ID3v2Tag() : nullptr, tags);
        if (wav->audioProperties()) {
            tags.bitDepth = positive(wav->audioProperties()->bitsPerSample());
        }
    } else if (auto* aiff = dynamic_cast<TagLib::RIFF::AIFF::File*>(concrete)) {
        takeId3Picture(aiff->hasID3v2Tag() ? aiff->tag() : nullptr, tags);
        if (aiff->audioProperties()) {
            tags.bitDepth = positive(aiff->audioProperties()->bitsPerSample());
        }
    } else if (auto* mp4 = dynamic_cast<TagLib::MP4::File*>(concrete)) {
        takeMp4Picture(mp4->tag(), tags);
        if (mp4->audioProperties() &&
            mp4->audioProperties()->codec() == TagLib::MP4::Properties::ALAC) {
            tags.bitDepth = positive(mp4->audioProperties()->bitsPerSample());
        }
    } else if (auto* vorbis = dynamic_cast<TagLib::Ogg::Vorbis::File*>(concrete)) {
        if (vorbis->tag()) {
            takeFlacPicture(vorbis->tag()->pictureList(), tags);
        }
    } else if (auto* opus = dynamic_cast<TagLib::Ogg::Opus::File*>(concrete)) {
        if (opus->tag()) {
            takeFlacPicture(opus->tag()->pictureList(), tags);
        }
    }
    return tags;
}

} // namespace

TrackTags TagReader::read(const QString& path) {
#ifdef Q_OS_WIN
    TagLib::FileStream stream(reinterpret_cast<const wchar_t*>(path.utf16()), true);
#else
    TagLib::FileStream stream(QFile::encodeName(path).constData(), true);
#endif
    if (!stream.isOpen()) {
        return {};
    }
    return readStream(stream);
}

TrackTags TagReader::readBytes(const QByteArray& bytes) {
    if (static_cast<quint64>(bytes.size()) > std::numeric_limits<unsigned int>::max()) {
        return {};
    }
    TagLib::ByteVectorStream stream(
        TagLib::ByteVector(bytes.constData(), static_cast<unsigned int>(bytes.size())));
    return readStream(stream);
}

} // namespace mixscope
