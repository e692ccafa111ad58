// A child process for tst_nothinglost: saves a large session or JSON report
// through the product code, so that the test can kill it mid-save or let the
// file-size limit (a stand-in for a full disk) cut the save short.
//
//   mixscope_savehelper session|report PATH COUNT [LIMIT_BYTES]
//
// Prints "saving" before it starts; exits 0 when the save succeeded, 1 with
// the error message on stderr when it failed, 2 on bad arguments.
#include "core/report/jsonreport.h"
#include "core/session/sessionfile.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

using namespace mixscope;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: mixscope_savehelper session|report PATH COUNT [LIMIT_BYTES]\n", stderr);
        return 2;
    }
    const QString kind = arguments[1];
    const QString path = arguments[2];
    const int count = arguments[3].toInt();
    if (arguments.size() > 4) {
        // Writes past the limit fail with EFBIG, as writes to a full disk fail with ENOSPC.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlim_t limit = arguments[4].toULongLong();
        const rlimit fileSize{limit, limit};
        setrlimit(RLIMIT_FSIZE, &fileSize);
    }

    std::optional<AnalysisError> error;
    std::fputs("saving\n", stdout);
    std::fflush(stdout);
    if (kind == QLatin1String("session")) {
        SessionFile session;
        for (int i = 0; i < count; ++i) {
            session.tracks.push_back(
                {QStringLiteral("/music/album %1/track %1 (final mix).wav").arg(i),
                 i == 0 ? TrackRole::Mix : TrackRole::Reference});
        }
        session.view = QStringLiteral("spectrum");
        error = session.write(path);
    } else {
        std::vector<SessionEntry> entries;
        for (int i = 0; i < count; ++i) {
            entries.emplace_back(TrackRole::Reference,
                                 QStringLiteral("/music/album %1/track %1 (final mix).wav").arg(i),
                                 AnalysisError{AnalysisErrorKind::DamagedData,
                                               QStringLiteral("the audio data is damaged (%1 "
                                                              "unreadable blocks)")
                                                   .arg(i)});
        }
        error = JsonReport::write(path, SessionRun(std::move(entries)));
    }
    if (error) {
        std::fprintf(stderr, "%s\n", qPrintable(error->message));
        return 1;
    }
    return 0;
}
