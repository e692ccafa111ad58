#pragma once

#include <QString>

#include <optional>

namespace mixscope {

/// Which file a path or an open descriptor names, with its size and time
/// stamp: enough to tell that the file at a path is no longer the one being
/// read, or that it changed on disk. Empty where the platform gives no
/// identity (POSIX only).
struct FileIdentity {
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedS = 0;
    qint64 modifiedNs = 0;

    bool sameFile(const FileIdentity& other) const {
        return device == other.device && inode == other.inode;
    }
    bool sameContent(const FileIdentity& other) const {
        return size == other.size && modifiedS == other.modifiedS && modifiedNs == other.modifiedNs;
    }

    static std::optional<FileIdentity> ofOpenFile(int descriptor);
    static std::optional<FileIdentity> ofPath(const QString& path);

    /// True when path cannot be looked up because a folder on the way may
    /// not be searched (no x permission): the file may well be there.
    static bool folderRefusesAccess(const QString& path);
};

} // namespace mixscope
