#include "core/io/audiostreaminfo.h"

namespace mixscope {

QString AudioStreamInfo::formatName() const {
    if (codec.startsWith(QLatin1String("pcm_"))) {
        return container == QLatin1String("aiff") ? QStringLiteral("AIFF") : QStringLiteral("WAV");
    }
    // FFmpeg names decoders ("mp3float", "libopus"), not formats.
    static const struct {
        const char* codec;
        const char* name;
    } kNames[] = {
        {"mp3float", "MP3"},    {"mp3", "MP3"},
        {"mp2float", "MP2"},    {"mp2", "MP2"},
        {"aac", "AAC"},         {"aac_fixed", "AAC"},
        {"vorbis", "Vorbis"},   {"libvorbis", "Vorbis"},
        {"opus", "Opus"},       {"libopus", "Opus"},
        {"flac", "FLAC"},       {"alac", "ALAC"},
        {"wavpack", "WavPack"}, {"ape", "Monkey's Audio"},
        {"wmav2", "WMA"},       {"ac3", "AC-3"},
    };
    for (const auto& entry : kNames) {
        if (codec == QLatin1String(entry.codec)) {
            const QString name = QString::fromLatin1(entry.name);
            return name == QLatin1String("Vorbis") && container == QLatin1String("ogg")
                       ? QStringLiteral("Ogg Vorbis")
                       : name;
        }
    }
    return codec.size() <= 4 ? codec.toUpper() : codec.left(1).toUpper() + codec.mid(1);
}

} // namespace mixscope
