#include "core/io/ffmpegbridge_p.h"

#include <algorithm>
#include <limits>
#include <mutex>

namespace mixscope::ffmpeg {

int readFromDevice(void* opaque, uint8_t* buffer, int size) {
    auto* device = static_cast<QIODevice*>(opaque);
    const qint64 got = device->read(reinterpret_cast<char*>(buffer), size);
    if (got < 0) {
        return AVERROR(EIO);
    }
    return got == 0 ? AVERROR_EOF : static_cast<int>(got);
}

int64_t seekDevice(void* opaque, int64_t offset, int whence) {
    auto* device = static_cast<QIODevice*>(opaque);
    const qint64 size = device->size();
    if ((whence & AVSEEK_SIZE) != 0) {
        return size;
    }
    qint64 base = 0;
    switch (whence & ~AVSEEK_FORCE) {
    case SEEK_SET:
        break;
    case SEEK_CUR:
        base = device->pos();
        break;
    case SEEK_END:
        base = size;
        break;
    default:
        return AVERROR(EINVAL);
    }
    // Offsets come from the file's own headers: a hostile one must not overflow.
    if (offset > std::numeric_limits<qint64>::max() - base || base + offset < 0) {
        return AVERROR(EINVAL);
    }
    const qint64 target = base + offset;
    // Past the end is a valid position, as in a file, where reads then find
    // the end. QBuffer refuses to seek there, so it stops at the end instead.
    if (!device->seek(std::min(target, size))) {
        return AVERROR(EIO);
    }
    return target;
}

int refuseNestedOpen(AVFormatContext*, AVIOContext**, const char*, int, AVDictionary**) {
    return AVERROR(EPERM);
}

QString errorText(int code) {
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

void silenceLog() {
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_level(AV_LOG_QUIET); });
}

} // namespace mixscope::ffmpeg
