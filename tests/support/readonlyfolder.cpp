#include "tests/support/readonlyfolder.h"

#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace mixscope::test {

namespace {

bool runChattr(const QString& flag, const QString& path) {
    QProcess chattr;
    chattr.start(QStringLiteral("chattr"), {flag, path});
    return chattr.waitForFinished(10000) && chattr.exitStatus() == QProcess::NormalExit &&
           chattr.exitCode() == 0;
}

bool writable(const QString& path) {
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

} // namespace

ReadOnlyFolder::ReadOnlyFolder(const QString& path)
    : m_path(path) {
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                    QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    if (writable(path)) {
        m_immutable = runChattr(QStringLiteral("+i"), path);
    }
}

ReadOnlyFolder::~ReadOnlyFolder() {
    if (m_immutable) {
        runChattr(QStringLiteral("-i"), m_path);
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                      QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                      QFile::ExeOther);
}

bool ReadOnlyFolder::isReadOnly() const {
    return !writable(m_path);
}

} // namespace mixscope::test
