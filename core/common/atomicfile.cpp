#include "core/common/atomicfile.h"

#include <QSaveFile>

namespace mixscope {

std::optional<QString> AtomicFile::write(const QString& path,
                                         const std::function<QByteArray()>& content) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return file.errorString();
    }
    const QByteArray bytes = content();
    // Each step is checked on its own, for its reason: commit() closes the
    // file first, which clears it ("Unknown error"), and a write the disk cut
    // short returns a short count without one; writing the rest then fails
    // with it ("No space left on device"). The destructor discards the
    // temporary file.
    for (qint64 written = 0; written < bytes.size();) {
        const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0) {
            return file.errorString();
        }
        written += count;
    }
    if (!file.flush()) {
        return file.errorString();
    }
    if (!file.commit()) {
        return file.errorString();
    }
    return std::nullopt;
}

} // namespace mixscope
