#pragma once

#include <QString>

namespace mixscope::test {

/// Makes an existing folder read-only for this process and its children,
/// and writable again when destroyed: permissions r-x for everyone, and,
/// where permissions do not bind (root, as in CI), the immutable attribute
/// (chattr +i, on ext4, XFS or Btrfs), which even root cannot write through.
/// isReadOnly() is false when neither took: the caller skips its check.
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(const QString& path);
    ~ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    bool isReadOnly() const;
    /// How it was made read-only: "permissions" or "chattr +i".
    QString how() const {
        return m_immutable ? QStringLiteral("chattr +i") : QStringLiteral("permissions");
    }

private:
    QString m_path;
    bool m_immutable = false;
};

} // namespace mixscope::test
