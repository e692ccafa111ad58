#include "app/commandline.h"

#include "core/session/analysistask.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#define MIXSCOPE_ISATTY _isatty
#define MIXSCOPE_FILENO _fileno
#else
#include <unistd.h>
#define MIXSCOPE_ISATTY isatty
#define MIXSCOPE_FILENO fileno
#endif

namespace mixscope::cli {

namespace {

// The texts keep the context they were translated under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(mixscope::AnalyzeCommand)
};

// Shows progress on stderr for files of a minute or more, so that quick runs
// stay quiet: one self-overwriting line on a terminal, a line per quarter
// otherwise (logs, CI).
class ProgressPrinter {
public:
    explicit ProgressPrinter(const std::vector<QString>& names)
        : m_names(names)
        , m_lastQuarter(names.size(), 0)
        , m_terminal(MIXSCOPE_ISATTY(MIXSCOPE_FILENO(stderr)) != 0) {}

    static constexpr double kLongFileS = 60.0;

    void update(const std::vector<int>& permille, const std::vector<bool>& finished,
                const std::vector<double>& durationsS) {
        if (m_terminal) {
            QStringList parts;
            for (std::size_t i = 0; i < m_names.size(); ++i) {
                if (!finished[i] && durationsS[i] >= kLongFileS) {
                    parts << Text::tr("%1 %2%").arg(m_names[i],
                                                    QLocale().toString(permille[i] / 10));
                }
            }
            if (parts.isEmpty() && !m_lineShown) {
                return;
            }
            const QString line = Text::tr("Analysing: %1").arg(parts.join(QStringLiteral(" · ")));
            printErr(QStringLiteral("\r%1\x1b[K").arg(line));
            m_lineShown = true;
            return;
        }
        for (std::size_t i = 0; i < m_names.size(); ++i) {
            if (durationsS[i] < kLongFileS) {
                continue;
            }
            const int quarter = finished[i] ? 4 : permille[i] / 250;
            if (quarter > m_lastQuarter[i]) {
                m_lastQuarter[i] = quarter;
                printErr(Text::tr("mixscope: analysing %1: %2%\n")
                             .arg(m_names[i], QLocale().toString(quarter * 25)));
            }
        }
    }

    void finish() {
        if (m_lineShown) {
            printErr(QStringLiteral("\r\x1b[K"));
        }
    }

private:
    std::vector<QString> m_names;
    std::vector<int> m_lastQuarter;
    bool m_terminal;
    bool m_lineShown = false;
};

} // namespace

void printErr(const QString& text) {
    std::fputs(qUtf8Printable(text), stderr);
    std::fflush(stderr);
}

void printOut(const QString& text) {
    std::fputs(qUtf8Printable(text), stdout);
}

QString displayPath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

std::vector<Result<TrackAnalysis>> analyseAll(const QStringList& paths, bool quiet) {
    std::vector<std::unique_ptr<QFutureWatcher<Result<TrackAnalysis>>>> watchers;
    std::vector<QString> names;
    QEventLoop loop;
    int remaining = static_cast<int>(paths.size());
    for (const QString& path : paths) {
        names.push_back(QFileInfo(path).fileName());
        auto watcher = std::make_unique<QFutureWatcher<Result<TrackAnalysis>>>();
        QObject::connect(watcher.get(), &QFutureWatcherBase::finished, &loop, [&] {
            if (--remaining == 0) {
                loop.quit();
            }
        });
        watcher->setFuture(AnalysisTask::start(path));
        watchers.push_back(std::move(watcher));
    }

    ProgressPrinter progress(names);
    auto reportProgress = [&] {
        std::vector<int> permille;
        std::vector<bool> finished;
        std::vector<double> durationsS;
        for (const auto& watcher : watchers) {
            permille.push_back(watcher->progressValue());
            finished.push_back(watcher->isFinished());
            durationsS.push_back(watcher->progressText().toDouble()); // 0 until known
        }
        progress.update(permille, finished, durationsS);
    };
    QTimer ticker;
    if (!quiet) {
        QObject::connect(&ticker, &QTimer::timeout, &loop, reportProgress);
        ticker.start(250);
    }
    if (remaining > 0) {
        loop.exec();
    }
    ticker.stop();
    if (!quiet) {
        reportProgress();
    }
    progress.finish();

    std::vector<Result<TrackAnalysis>> results;
    for (const auto& watcher : watchers) {
        results.push_back(watcher->future().result());
    }
    return results;
}

} // namespace mixscope::cli
