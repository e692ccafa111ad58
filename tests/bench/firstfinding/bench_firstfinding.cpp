// How long a producer waits in the window: from dropping a mix and a
// reference to the mix's loudness in the track list, to the first finding in
// the findings list, and to the comparison with the reference on screen. Runs the real window
// (offscreen) RUNS times and prints each run and the medians; first-finding.sh sets them against
// ffmpeg's loudness-only pass over the same mix.
// Usage: bench_firstfinding MIX REFERENCE [RUNS]

#include "core/session/session.h"
#include "ui/findings/findinglistmodel.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionfiles.h"
#include "ui/views/overviewview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mixscope;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no settings or recent files of the user's
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: bench_firstfinding MIX REFERENCE [RUNS]\n");
        return 2;
    }
    const int runs = arguments.size() > 3 ? arguments[3].toInt() : 5;
    std::vector<double> loudnessMs;
    std::vector<double> findingMs;
    std::vector<double> comparedMs;
    for (int run = 0; run < runs; ++run) {
        MainWindow window;
        window.show();
        QElapsedTimer clock;
        clock.start();
        window.files()->addPaths({arguments[1], arguments[2]});
        double loudness = -1.0;
        double finding = -1.0;
        double compared = -1.0;
        while (compared < 0.0 && clock.elapsed() < 120000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            const Session& session = *window.session();
            if (loudness < 0.0 && session.count() > 0 && session.track(0).analysis) {
                loudness = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            }
            const bool listed = window.findingsModel()->rowCount() > 0;
            if (finding < 0.0 && listed) {
                finding = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            }
            // The findings on screen are those of the snapshot the views were given.
            if (listed && window.overviewView()->snapshot().references.size() == 1) {
                compared = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            }
        }
        if (compared < 0.0) {
            std::fprintf(stderr, "no comparison with findings within 120 s\n");
            return 1;
        }
        std::printf("run %d: loudness shown %.0f ms, first finding %.0f ms, compared with the "
                    "reference %.0f ms\n",
                    run + 1, loudness, finding, compared);
        loudnessMs.push_back(loudness);
        findingMs.push_back(finding);
        comparedMs.push_back(compared);
    }
    std::printf("median: loudness shown %.0f ms, first finding %.0f ms, compared with the "
                "reference %.0f ms\n",
                median(loudnessMs), median(findingMs), median(comparedMs));
    return 0;
}
