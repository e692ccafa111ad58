#include "app/analyzecommand.h"

#include "core/common/atomicfile.h"
#include "core/compare/loudnessmatch.h"
#include "core/report/jsonreport.h"
#include "core/report/levelformat.h"
#include "core/session/analysistask.h"
#include "ui/report/feedbacksheet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>

#include <algorithm>
#include <cmath>
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

namespace mixscope {

namespace {

// Texts for users, in the context the translations file them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(mixscope::AnalyzeCommand)
};

void printErr(const QString& line) {
    std::fputs(qUtf8Printable(line), stderr);
    std::fflush(stderr);
}

void printOut(const QString& text) {
    std::fputs(qUtf8Printable(text), stdout);
}

QString displayPath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

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

QString summary(const std::vector<ReportEntry>& entries) {
    const TrackAnalysis* mix = ReportEntry::analysedMix(entries);
    const std::optional<double> mixLufs =
        mix != nullptr ? mix->loudness.integratedLufs : std::nullopt;
    QString text;
    for (const ReportEntry& entry : entries) {
        if (!entry.outcome.ok()) {
            continue;
        }
        const TrackAnalysis& track = entry.outcome.value();
        const QString role = entry.role == TrackRole::Mix ? Text::tr("Mix") : Text::tr("Reference");
        text += QStringLiteral("%1  %2\n").arg(role, -10).arg(QFileInfo(entry.path).fileName());
        text += QStringLiteral("           ") +
                Text::tr("%1 · LRA %2 · %3 · PLR %4 · crest %5")
                    .arg(LevelFormat::level(track.loudness.integratedLufs, QStringLiteral("LUFS")),
                         LevelFormat::level(track.loudness.rangeLu, QStringLiteral("LU")),
                         LevelFormat::level(track.loudness.truePeakDbtp, QStringLiteral("dBTP")),
                         LevelFormat::level(track.plrDb(), QStringLiteral("dB")),
                         LevelFormat::level(track.levels.crestDb, QStringLiteral("dB")));
        if (entry.role == TrackRole::Reference) {
            const auto gain = matchGainDb(mixLufs, track.loudness.integratedLufs);
            if (gain) {
                text += Text::tr(" · match %1").arg(LevelFormat::gain(*gain));
            }
        }
        text += QLatin1Char('\n');
    }
    const std::vector<Finding> findings = ReportEntry::findings(entries);
    if (mix != nullptr) {
        text += findings.empty() ? Text::tr("\nNo mixdown problems found.\n")
                                 : Text::tr("\nFindings, worst first:\n");
    }
    for (const Finding& finding : findings) {
        text += QStringLiteral("\n  [%1] %2\n")
                    .arg(findingSeverityDisplayName(finding.severity), finding.title);
        text += QStringLiteral("      %1\n      %2\n").arg(finding.evidence, finding.suggestion);
        if (!finding.times.empty()) {
            text +=
                Text::tr("      Where: %1\n")
                    .arg(findingTimesText(finding.times, mix != nullptr ? mix->durationS : 0.0));
        }
    }
    return text;
}

// The session of the analysed entries, as the window would show it.
SessionSnapshot snapshotOf(const std::vector<ReportEntry>& entries) {
    std::optional<ComparedTrack> mix;
    std::vector<ComparedTrack> references;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const ReportEntry& entry = entries[i];
        if (!entry.outcome.ok() || (entry.role == TrackRole::Mix && mix)) {
            continue;
        }
        const TrackAnalysis& analysis = entry.outcome.value();
        ComparedTrack track{std::make_shared<const TrackAnalysis>(analysis),
                            ComparedTrack::titleOf(analysis), static_cast<int>(i)};
        if (entry.role == TrackRole::Mix) {
            mix = std::move(track);
        } else {
            references.push_back(std::move(track));
        }
    }
    return SessionSnapshot::make(std::move(mix), std::move(references));
}

} // namespace

bool AnalyzeCommand::needsPainting(const QStringList& arguments) {
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--")) {
            break; // only file names follow
        }
        if (argument == QLatin1String("--pdf") || argument.startsWith(QLatin1String("--pdf="))) {
            return true;
        }
    }
    return false;
}

void AnalyzeCommand::selectPaintingPlatform() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

int AnalyzeCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Measures a mix and its reference tracks the same way and writes a report."));
    parser.addHelpOption();
    const QCommandLineOption referenceOption(
        QStringLiteral("ref"), Text::tr("A reference track to compare the mix with (repeatable)."),
        Text::tr("REF"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Write the JSON report to FILE (- for stdout)."),
                                        Text::tr("FILE"));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"),
        Text::tr("Write the feedback sheet (score card, findings, charts) as a PDF to FILE."),
        Text::tr("FILE"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         Text::tr("Print no progress and no summary."));
    parser.addOptions({referenceOption, jsonOption, pdfOption, quietOption});
    parser.addPositionalArgument(QStringLiteral("MIX"), Text::tr("Your mix."));

    QStringList argv = arguments;
    argv.prepend(QStringLiteral("mixscope analyze"));
    if (!parser.parse(argv)) {
        printErr(QStringLiteral("mixscope analyze: %1\n%2")
                     .arg(parser.errorText(), Text::tr("Try 'mixscope analyze --help'.\n")));
        return UsageOrOutput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the executable's path; say the command.
        QString help = parser.helpText();
        help.replace(
            0, help.indexOf(QLatin1Char('\n')),
            Text::tr("Usage: mixscope analyze MIX [--ref REF]... [--json FILE|-] [--pdf FILE] "
                     "[--quiet]"));
        printOut(help);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printErr(
            positional.isEmpty()
                ? Text::tr("mixscope analyze: name your mix file, e.g. mixscope analyze mix.wav "
                           "--ref reference.flac\n")
                : Text::tr("mixscope analyze: one mix only (got %1 files); give references with "
                           "--ref\n")
                      .arg(positional.size()));
        return UsageOrOutput;
    }

    const bool quiet = parser.isSet(quietOption);
    const QString jsonTarget = parser.value(jsonOption);
    const QString pdfTarget = parser.value(pdfOption);
    // "--pdf --quiet" would otherwise write a file called "--quiet".
    if (parser.isSet(pdfOption) &&
        (pdfTarget.isEmpty() || pdfTarget.startsWith(QLatin1String("--")))) {
        printErr(Text::tr("mixscope analyze: --pdf needs a file name\n"));
        return UsageOrOutput;
    }
    std::vector<std::pair<TrackRole, QString>> files{{TrackRole::Mix, positional.front()}};
    for (const QString& reference : parser.values(referenceOption)) {
        files.emplace_back(TrackRole::Reference, reference);
    }

    // The destinations are checked before the analyses, which can take
    // minutes: a mistyped folder fails at once, and no input is written over.
    for (const QString& target : {jsonTarget, pdfTarget}) {
        if (target.isEmpty() || target == QStringLiteral("-")) {
            continue;
        }
        const QString canonical = QFileInfo(target).canonicalFilePath();
        const bool isInput =
            !canonical.isEmpty() && std::any_of(files.begin(), files.end(), [&](const auto& file) {
                return QFileInfo(file.second).canonicalFilePath() == canonical;
            });
        if (isInput) {
            printErr(
                Text::tr("mixscope: %1: this is one of the files to analyse; write the report or "
                         "the sheet to another file\n")
                    .arg(displayPath(target)));
            return UsageOrOutput;
        }
    }
    if (!jsonTarget.isEmpty() && jsonTarget != QStringLiteral("-")) {
        if (const auto error = JsonReport::checkDestination(jsonTarget)) {
            printErr(
                QStringLiteral("mixscope: %1: %2\n").arg(displayPath(jsonTarget), error->message));
            return UsageOrOutput;
        }
    }
    if (!pdfTarget.isEmpty()) {
        if (const auto reason = AtomicFile::checkWritable(pdfTarget)) {
            printErr(Text::tr("mixscope: cannot write the feedback sheet to %1: %2\n")
                         .arg(displayPath(pdfTarget), *reason));
            return UsageOrOutput;
        }
    }

    // Every file starts at once; the pool runs as many as there are cores.
    std::vector<std::unique_ptr<QFutureWatcher<Result<TrackAnalysis>>>> watchers;
    std::vector<QString> names;
    QEventLoop loop;
    int remaining = static_cast<int>(files.size());
    for (const auto& [role, path] : files) {
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

    bool problems = false;
    std::vector<ReportEntry> entries;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const ReportEntry& entry = entries.emplace_back(
            ReportEntry{files[i].first, files[i].second, watchers[i]->future().result()});
        const QString path = displayPath(entry.path);
        if (!entry.outcome.ok()) {
            problems = true;
            printErr(QStringLiteral("mixscope: %1: %2\n").arg(path, entry.outcome.error().message));
            continue;
        }
        if (const QStringList& warnings = entry.outcome.value().warnings; !warnings.isEmpty()) {
            problems = true;
            printErr(Text::tr("mixscope: %1: warning: %2\n")
                         .arg(path, warnings.join(QStringLiteral("; "))));
        }
    }

    if (jsonTarget == QStringLiteral("-")) {
        const QByteArray json = JsonReport::build(entries).toJson(QJsonDocument::Indented);
        const auto size = static_cast<std::size_t>(json.size());
        if (std::fwrite(json.constData(), 1, size, stdout) != size || std::fflush(stdout) != 0) {
            printErr(Text::tr("mixscope: cannot write the report to standard output\n"));
            return UsageOrOutput;
        }
    } else if (!jsonTarget.isEmpty()) {
        if (const auto error = JsonReport::write(jsonTarget, entries)) {
            printErr(
                QStringLiteral("mixscope: %1: %2\n").arg(displayPath(jsonTarget), error->message));
            return UsageOrOutput;
        }
    }
    QString sheetLine;
    if (!pdfTarget.isEmpty()) {
        SessionSnapshot snapshot = snapshotOf(entries);
        if (!snapshot.mix) {
            // The mix's own error line already explains why.
            printErr(Text::tr("mixscope: no feedback sheet: the mix could not be analysed\n"));
        } else {
            FeedbackSheet sheet(std::move(snapshot));
            if (const auto error = sheet.write(pdfTarget)) {
                printErr(Text::tr("mixscope: cannot write the feedback sheet to %1: %2\n")
                             .arg(displayPath(pdfTarget), error->message));
                return UsageOrOutput;
            }
            sheetLine = Text::tr("\nFeedback sheet written to %1 (%n page(s)).\n", nullptr,
                                 sheet.pageCount())
                            .arg(displayPath(pdfTarget));
        }
    }
    if (!quiet && jsonTarget != QStringLiteral("-")) {
        printOut(summary(entries) + sheetLine);
    }
    std::fflush(stdout);
    return problems ? FileProblems : Success;
}

} // namespace mixscope
