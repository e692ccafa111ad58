#include "tests/support/commandrun.h"

#include <QProcess>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace mixscope::test {

Run runMixscope(const QStringList& arguments, const QProcessEnvironment& environment) {
    QProcess process;
    process.setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    // A run expected to abort (an unusable Qt platform) leaves no core file.
    process.setChildProcessModifier([] {
        const rlimit none{0, 0};
        setrlimit(RLIMIT_CORE, &none);
    });
#endif
    process.start(qEnvironmentVariable("MIXSCOPE_BINARY"), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QProcessEnvironment headless() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                QStringLiteral("QT_QPA_PLATFORM")}) {
        environment.remove(name);
    }
    return environment;
}

} // namespace mixscope::test
