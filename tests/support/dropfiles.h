#pragma once

#include <QStringList>

class QWidget;

namespace mixscope::test {

/// Drops local files on target as a file manager does (drag enter, then
/// drop, at its centre); fails the running test when either is refused.
void dropFiles(QWidget* target, const QStringList& paths);

} // namespace mixscope::test
