#include "core/common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace mixscope {

namespace {

// Texts for users, in the context the translations file them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(mixscope::AtomicFile)
};

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

QString AtomicFile::explainFailure(const QString& path, const QString& systemReason) {
    const QFileInfo target(path);
    if (target.isDir()) {
        return Text::tr("it is a folder, not a file");
    }
    // The nearest folder on the way that exists tells what is wrong with the rest.
    QFileInfo folder(target.absolutePath());
    if (!folder.exists()) {
        QString missing = folder.absoluteFilePath();
        while (!QFileInfo(QFileInfo(missing).absolutePath()).exists() &&
               QFileInfo(missing).absolutePath() != missing) {
            missing = QFileInfo(missing).absolutePath();
        }
        const QFileInfo above(QFileInfo(missing).absolutePath());
        if (above.exists() && !above.isDir()) {
            return Text::tr("%1 is a file, not a folder").arg(native(above.absoluteFilePath()));
        }
        return Text::tr("the folder %1 does not exist").arg(native(folder.absoluteFilePath()));
    }
    if (!folder.isDir()) {
        return Text::tr("%1 is a file, not a folder").arg(native(folder.absoluteFilePath()));
    }
    if (target.exists() && !target.isWritable()) {
        return Text::tr("the existing file is read-only");
    }
    if (!folder.isWritable()) {
        return Text::tr("the folder %1 is read-only").arg(native(folder.absoluteFilePath()));
    }
    return systemReason;
}

std::optional<QString> AtomicFile::checkWritable(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return explainFailure(path, file.errorString());
    }
    file.cancelWriting(); // the destructor discards the temporary file
    return std::nullopt;
}

std::optional<QString> AtomicFile::write(const QString& path,
                                         const std::function<QByteArray()>& content) {
    return writeStreamed(path, [&content](const Sink& sink) { return sink(content()); });
}

std::optional<QString> AtomicFile::writeStreamed(const QString& path,
                                                 const std::function<bool(const Sink&)>& produce) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return explainFailure(path, file.errorString());
    }
    // Each step is checked on its own, for its reason: commit() closes the
    // file first, which clears it ("Unknown error"), and a write the disk cut
    // short returns a short count without one; writing the rest then fails
    // with it ("No space left on device"). The destructor discards the
    // temporary file.
    std::optional<QString> failure;
    const Sink sink = [&file, &failure](const QByteArray& bytes) {
        for (qint64 written = 0; written < bytes.size();) {
            const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
            if (count <= 0) {
                failure = file.errorString();
                return false;
            }
            written += count;
        }
        return true;
    };
    if (!produce(sink)) {
        return failure.value_or(file.errorString());
    }
    if (!file.flush()) {
        return file.errorString();
    }
    if (!file.commit()) {
        return explainFailure(path, file.errorString());
    }
    return std::nullopt;
}

} // namespace mixscope
