#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace mixscope::test {

/// What a run of the mixscope executable left: its exit code (-1 when it
/// crashed or timed out), standard output and standard error.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Runs the executable named by MIXSCOPE_BINARY (CTest sets it) with
/// arguments, for at most two minutes; no core file when it aborts.
Run runMixscope(const QStringList& arguments,
                const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

/// The environment of a machine without any display.
QProcessEnvironment headless();

} // namespace mixscope::test
