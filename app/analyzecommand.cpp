#include "app/analyzecommand.h"

#include "app/commandline.h"

#include "core/common/atomicfile.h"
#include "core/common/units.h"
#include "core/compare/loudnessmatch.h"
#include "core/profile/referenceprofile.h"
#include "core/report/jsonreport.h"
#include "ui/report/feedbacksheet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <variant>

namespace mixscope {

namespace {

using cli::displayPath;
using cli::printErr;
using cli::printOut;

// Texts for users, in the context the translations file them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(mixscope::AnalyzeCommand)
};

QString summary(const SessionRun& run) {
    const SessionSnapshot& snapshot = run.snapshot;
    const std::optional<double> mixLufs =
        snapshot.mix ? snapshot.mix->analysis->loudness.integratedLufs : std::nullopt;
    QString text;
    for (const SessionEntry& entry : run.entries) {
        if (!entry.ok()) {
            continue;
        }
        const TrackAnalysis& track = *entry.analysis;
        const QString role = entry.role == TrackRole::Mix ? Text::tr("Mix") : Text::tr("Reference");
        const QString name =
            entry.profile.isEmpty()
                ? QFileInfo(entry.path).fileName()
                : Text::tr("%1 (profile “%2”)").arg(ComparedTrack::titleOf(track), entry.profile);
        text += QStringLiteral("%1  %2\n").arg(role, -10).arg(name);
        text += QStringLiteral("           ") +
                Text::tr("%1 · LRA %2 · %3 · PLR %4 · crest %5")
                    .arg(Units::level(track.loudness.integratedLufs, QStringLiteral("LUFS")),
                         Units::level(track.loudness.rangeLu, QStringLiteral("LU")),
                         Units::level(track.loudness.truePeakDbtp, QStringLiteral("dBTP")),
                         Units::level(track.plrDb(), QStringLiteral("dB")),
                         Units::level(track.levels.crestDb, QStringLiteral("dB")));
        if (entry.role == TrackRole::Reference) {
            const auto gain = matchGainDb(mixLufs, track.loudness.integratedLufs);
            if (gain) {
                text += Text::tr(" · match %1").arg(Units::gain(*gain));
            }
        }
        text += QLatin1Char('\n');
    }
    if (!snapshot.closestProfiles.empty()) {
        text += QLatin1Char('\n') +
                ProfileDistance::describe(snapshot.closestProfiles).join(QLatin1Char('\n')) +
                QLatin1Char('\n');
    }
    if (snapshot.mix) {
        text += snapshot.findings.empty() ? Text::tr("\nNo mixdown problems found.\n")
                                          : Text::tr("\nFindings, worst first:\n");
    }
    for (const Finding& finding : snapshot.findings) {
        text += QStringLiteral("\n  [%1] %2\n")
                    .arg(findingSeverityDisplayName(finding.severity), finding.title);
        text += QStringLiteral("      %1\n      %2\n").arg(finding.evidence, finding.suggestion);
        if (!finding.times.empty()) {
            text += Text::tr("      Where: %1\n")
                        .arg(findingTimesText(finding.times, snapshot.mix->analysis->durationS));
        }
    }
    return text;
}

// What the command line asks for.
struct Request {
    std::vector<std::pair<TrackRole, QString>> files; ///< the mix first
    QStringList profiles; ///< all ranked; the first one's tracks are references too
    QString jsonTarget;   ///< "-": standard output
    QString pdfTarget;
    bool quiet = false;
    JsonReport::Detail detail = JsonReport::Detail::Full;
};

// Parses the arguments (everything after "analyze"). Empty with the exit
// code when the command is done already: help printed, or a usage error.
std::variant<Request, AnalyzeCommand::ExitCode> parseRequest(const QStringList& arguments) {
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
    const QCommandLineOption compactOption(
        QStringLiteral("compact"),
        Text::tr("Leave the series over time out of the JSON report (for batch use)."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        Text::tr("A reference profile (mixscope profile create). The first one's tracks are "
                 "references too; with several, they are ranked by how close the mix sits."),
        Text::tr("FILE"));
    parser.addOptions(
        {referenceOption, profileOption, jsonOption, pdfOption, quietOption, compactOption});
    parser.addPositionalArgument(QStringLiteral("MIX"), Text::tr("Your mix."));

    QStringList argv = arguments;
    argv.prepend(QStringLiteral("mixscope analyze"));
    if (!parser.parse(argv)) {
        printErr(QStringLiteral("mixscope analyze: %1\n%2")
                     .arg(parser.errorText(), Text::tr("Try 'mixscope analyze --help'.\n")));
        return AnalyzeCommand::UsageOrOutput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the executable's path; say the command.
        QString help = parser.helpText();
        help.replace(
            0, help.indexOf(QLatin1Char('\n')),
            Text::tr("Usage: mixscope analyze MIX [--ref REF]... [--profile FILE] [--json FILE|-] "
                     "[--pdf FILE] "
                     "[--compact] [--quiet]"));
        printOut(help);
        return AnalyzeCommand::Success;
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
        return AnalyzeCommand::UsageOrOutput;
    }

    Request request;
    request.quiet = parser.isSet(quietOption);
    request.jsonTarget = parser.value(jsonOption);
    request.detail =
        parser.isSet(compactOption) ? JsonReport::Detail::Compact : JsonReport::Detail::Full;
    request.pdfTarget = parser.value(pdfOption);
    // "--pdf --quiet" would otherwise write a file called "--quiet".
    if (parser.isSet(pdfOption) &&
        (request.pdfTarget.isEmpty() || request.pdfTarget.startsWith(QLatin1String("--")))) {
        printErr(Text::tr("mixscope analyze: --pdf needs a file name\n"));
        return AnalyzeCommand::UsageOrOutput;
    }
    request.files.emplace_back(TrackRole::Mix, positional.front());
    for (const QString& reference : parser.values(referenceOption)) {
        request.files.emplace_back(TrackRole::Reference, reference);
    }
    request.profiles = parser.values(profileOption);
    return request;
}

// The destinations are checked before the analyses, which can take minutes:
// a mistyped folder fails at once, and no input is written over.
bool destinationsAreWritable(const Request& request) {
    for (const QString& target : {request.jsonTarget, request.pdfTarget}) {
        if (target.isEmpty() || target == QStringLiteral("-")) {
            continue;
        }
        const QString canonical = QFileInfo(target).canonicalFilePath();
        const auto isCanonical = [&canonical](const QString& path) {
            return QFileInfo(path).canonicalFilePath() == canonical;
        };
        const bool isInput =
            !canonical.isEmpty() &&
            (std::any_of(request.files.begin(), request.files.end(),
                         [&](const auto& file) { return isCanonical(file.second); }) ||
             std::any_of(request.profiles.begin(), request.profiles.end(), isCanonical));
        if (isInput) {
            printErr(
                Text::tr("mixscope: %1: this is one of the files to analyse; write the report or "
                         "the sheet to another file\n")
                    .arg(displayPath(target)));
            return false;
        }
    }
    if (!request.jsonTarget.isEmpty() && request.jsonTarget != QStringLiteral("-")) {
        if (const auto error = JsonReport::checkDestination(request.jsonTarget)) {
            printErr(QStringLiteral("mixscope: %1: %2\n")
                         .arg(displayPath(request.jsonTarget), error->message));
            return false;
        }
    }
    if (!request.pdfTarget.isEmpty()) {
        if (const auto reason = AtomicFile::checkWritable(request.pdfTarget)) {
            printErr(Text::tr("mixscope: cannot write the feedback sheet to %1: %2\n")
                         .arg(displayPath(request.pdfTarget), *reason));
            return false;
        }
    }
    return true;
}

// Every file of the request analysed at once; the entries keep its order.
std::vector<SessionEntry> analyseAll(const Request& request) {
    QStringList paths;
    for (const auto& file : request.files) {
        paths << file.second;
    }
    std::vector<Result<TrackAnalysis>> results = cli::analyseAll(paths, request.quiet);
    std::vector<SessionEntry> entries;
    for (std::size_t i = 0; i < request.files.size(); ++i) {
        entries.emplace_back(request.files[i].first, request.files[i].second,
                             std::move(results[i]));
    }
    return entries;
}

// One line on stderr per file that failed or has warnings; true when any has.
bool reportFileProblems(const std::vector<SessionEntry>& entries) {
    bool problems = false;
    for (const SessionEntry& entry : entries) {
        const QString path = displayPath(entry.path);
        if (!entry.ok()) {
            problems = true;
            printErr(QStringLiteral("mixscope: %1: %2\n").arg(path, entry.error->message));
            continue;
        }
        // A profile's tracks said theirs when the profile was made.
        if (const QStringList& warnings = entry.analysis->warnings;
            !warnings.isEmpty() && entry.profile.isEmpty()) {
            problems = true;
            printErr(Text::tr("mixscope: %1: warning: %2\n")
                         .arg(path, warnings.join(QStringLiteral("; "))));
        }
    }
    return problems;
}

bool writeJson(const SessionRun& run, const QString& target, JsonReport::Detail detail) {
    if (target == QStringLiteral("-")) {
        const auto toStdout = [](const QByteArray& piece) {
            const auto size = static_cast<std::size_t>(piece.size());
            return std::fwrite(piece.constData(), 1, size, stdout) == size;
        };
        if (!JsonReport::stream(run, detail, toStdout) || std::fflush(stdout) != 0) {
            printErr(Text::tr("mixscope: cannot write the report to standard output\n"));
            return false;
        }
    } else if (!target.isEmpty()) {
        if (const auto error = JsonReport::write(target, run, detail)) {
            printErr(QStringLiteral("mixscope: %1: %2\n").arg(displayPath(target), error->message));
            return false;
        }
    }
    return true;
}

// Writes the feedback sheet. Returns the line the summary ends with (empty
// without an analysed mix), or nothing when the sheet could not be written;
// either way stderr says what went wrong.
std::optional<QString> writeSheet(const SessionRun& run, const QString& target) {
    if (!run.snapshot.mix) {
        // The mix's own error line already explains why.
        printErr(Text::tr("mixscope: no feedback sheet: the mix could not be analysed\n"));
        return QString();
    }
    FeedbackSheet sheet(run.snapshot);
    if (const auto error = sheet.write(target)) {
        printErr(Text::tr("mixscope: cannot write the feedback sheet to %1: %2\n")
                     .arg(displayPath(target), error->message));
        return std::nullopt;
    }
    return Text::tr("\nFeedback sheet written to %1 (%n page(s)).\n", nullptr, sheet.pageCount())
        .arg(displayPath(target));
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
    auto parsed = parseRequest(arguments);
    if (const auto* done = std::get_if<ExitCode>(&parsed)) {
        return *done;
    }
    const Request& request = std::get<Request>(parsed);
    if (!destinationsAreWritable(request)) {
        return UsageOrOutput;
    }
    // Profiles first: a bad one is said at once, not after the analyses. The
    // first one given is the mix's references; every one is ranked.
    std::vector<SessionEntry> fromProfiles;
    SessionSnapshot::Profiles ranked;
    bool profileProblems = false;
    for (const QString& path : request.profiles) {
        const Result<ReferenceProfile> profile = ReferenceProfile::read(path);
        if (!profile.ok()) {
            printErr(QStringLiteral("mixscope: %1: %2\n")
                         .arg(displayPath(path), profile.error().message));
            profileProblems = true;
            continue;
        }
        ranked.push_back(std::make_shared<const ProfileSummary>(
            ProfileSummary::of(profile.value(), QFileInfo(path).absoluteFilePath())));
        if (&path != &request.profiles.front()) {
            continue; // ranked only
        }
        for (const ProfileTrack& track : profile.value().tracks) {
            SessionEntry entry(TrackRole::Reference, track.path.isEmpty() ? path : track.path,
                               std::make_shared<const TrackAnalysis>(track.analysis));
            entry.profile = profile.value().name;
            fromProfiles.push_back(std::move(entry));
        }
    }
    std::vector<SessionEntry> entries = analyseAll(request);
    std::move(fromProfiles.begin(), fromProfiles.end(), std::back_inserter(entries));
    const SessionRun session(std::move(entries), ranked);
    const bool problems = reportFileProblems(session.entries) || profileProblems;
    if (!writeJson(session, request.jsonTarget, request.detail)) {
        return UsageOrOutput;
    }
    QString sheetLine;
    if (!request.pdfTarget.isEmpty()) {
        const auto line = writeSheet(session, request.pdfTarget);
        if (!line) {
            return UsageOrOutput;
        }
        sheetLine = *line;
    }
    if (!request.quiet && request.jsonTarget != QStringLiteral("-")) {
        printOut(summary(session) + sheetLine);
    }
    std::fflush(stdout);
    return problems ? FileProblems : Success;
}

} // namespace mixscope
