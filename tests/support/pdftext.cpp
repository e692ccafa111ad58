#include "tests/support/pdftext.h"

#include <QProcess>
#include <QRegularExpression>

namespace mixscope::test {

namespace {

// What a poppler tool prints on stdout; empty when it fails or takes over a minute.
QString runPoppler(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString pdfText(const QString& path) {
    return runPoppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

int pdfPages(const QString& path) {
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const QRegularExpressionMatch match =
        pages.match(runPoppler(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace mixscope::test
