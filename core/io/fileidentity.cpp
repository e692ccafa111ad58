#include "core/io/fileidentity.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#endif

namespace mixscope {

namespace {

#ifdef Q_OS_UNIX
std::optional<FileIdentity> identityOf(const struct stat& status) {
    return FileIdentity{static_cast<quint64>(status.st_dev), static_cast<quint64>(status.st_ino),
                        static_cast<qint64>(status.st_size),
                        static_cast<qint64>(status.st_mtim.tv_sec),
                        static_cast<qint64>(status.st_mtim.tv_nsec)};
}
#endif

} // namespace

std::optional<FileIdentity> FileIdentity::ofOpenFile(int descriptor) {
#ifdef Q_OS_UNIX
    struct stat status {};
    return fstat(descriptor, &status) == 0 ? identityOf(status) : std::nullopt;
#else
    static_cast<void>(descriptor);
    return std::nullopt;
#endif
}

std::optional<FileIdentity> FileIdentity::ofPath(const QString& path) {
#ifdef Q_OS_UNIX
    struct stat status {};
    return stat(QFile::encodeName(path).constData(), &status) == 0 ? identityOf(status)
                                                                   : std::nullopt;
#else
    static_cast<void>(path);
    return std::nullopt;
#endif
}

bool FileIdentity::folderRefusesAccess(const QString& path) {
#ifdef Q_OS_UNIX
    struct stat status {};
    return stat(QFile::encodeName(path).constData(), &status) != 0 && errno == EACCES;
#else
    static_cast<void>(path);
    return false;
#endif
}

} // namespace mixscope
