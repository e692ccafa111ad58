#include "app/profilecommand.h"

#include "app/commandline.h"
#include "core/common/atomicfile.h"
#include "core/common/units.h"
#include "core/profile/referenceprofile.h"
#include "core/session/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace mixscope {

namespace {

using cli::displayPath;
using cli::printErr;
using cli::printOut;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(mixscope::ProfileCommand)
};

QString usage() {
    return Text::tr("Usage: mixscope profile create NAME FILE|FOLDER... -o FILE [--add] [--quiet]\n"
                    "       mixscope profile show FILE\n");
}

int usageError(const QString& message) {
    printErr(QStringLiteral("mixscope profile: %1\n%2").arg(message, usage()));
    return ProfileCommand::UsageOrOutput;
}

// "p10 – p90 (median m)" of a figure, in unit.
QString spreadText(const std::optional<FigureSpread>& spread, int decimals, const QString& unit) {
    if (!spread) {
        return Text::tr("not measured");
    }
    return Text::tr("%1 (%2 to %3) %4")
        .arg(Units::number(spread->median, decimals), Units::number(spread->low, decimals),
             Units::number(spread->high, decimals), unit)
        .trimmed();
}

int create(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Analyses reference tracks once and saves what the comparison needs, no audio, "
                 "as a profile to judge mixes against later."));
    parser.addHelpOption();
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        Text::tr("The profile file to write (*.mixprofile.json)."), Text::tr("FILE"));
    const QCommandLineOption addOption(QStringLiteral("add"),
                                       Text::tr("Add the files to the existing profile FILE."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         Text::tr("Print no progress and no summary."));
    parser.addOptions({outputOption, addOption, quietOption});
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The profile's name."));
    parser.addPositionalArgument(QStringLiteral("FILE|FOLDER"),
                                 Text::tr("Reference tracks, or folders of them."));
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("mixscope profile create"));
    if (!parser.parse(argv)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText().replace(QStringLiteral("mixscope profile create [options]"),
                                           QStringLiteral("mixscope profile create")));
        return ProfileCommand::Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString target = parser.value(outputOption);
    if (positional.size() < 2) {
        return usageError(Text::tr("name the profile and give at least one reference file or "
                                   "folder, e.g. mixscope profile create \"Deep house\" "
                                   "~/refs/house -o house.mixprofile.json"));
    }
    if (target.isEmpty() || target.startsWith(QLatin1String("--"))) {
        return usageError(Text::tr("say where to write the profile with -o FILE"));
    }
    const bool add = parser.isSet(addOption);
    const bool quiet = parser.isSet(quietOption);

    // The destination first: the analyses can take minutes.
    ReferenceProfile profile;
    if (add) {
        Result<ReferenceProfile> existing = ReferenceProfile::read(target);
        if (!existing.ok()) {
            printErr(Text::tr("mixscope: %1: cannot add to this profile: %2\n")
                         .arg(displayPath(target), existing.error().message));
            return ProfileCommand::UsageOrOutput;
        }
        profile = std::move(existing).value();
    } else if (QFileInfo::exists(target)) {
        printErr(Text::tr("mixscope: %1 exists already; add to it with --add, or write the "
                          "profile to another file\n")
                     .arg(displayPath(target)));
        return ProfileCommand::UsageOrOutput;
    } else {
        profile.created = QDateTime::currentDateTimeUtc();
    }
    if (const auto reason = AtomicFile::checkWritable(target)) {
        printErr(Text::tr("mixscope: cannot write the profile to %1: %2\n")
                     .arg(displayPath(target), *reason));
        return ProfileCommand::UsageOrOutput;
    }
    profile.name = positional.front().trimmed();
    if (profile.name.isEmpty()) {
        return usageError(Text::tr("the profile's name is empty"));
    }

    bool problems = false;
    QStringList files;
    for (const QString& given : positional.mid(1)) {
        const QStringList found = Session::expandFolders({given});
        if (QFileInfo(given).isDir() && found.isEmpty()) {
            printErr(
                Text::tr("mixscope: %1: no audio files in this folder\n").arg(displayPath(given)));
            problems = true;
        }
        files << found;
    }
    const QString targetCanonical = QFileInfo(target).canonicalFilePath();
    files.removeIf([&targetCanonical](const QString& file) {
        return !targetCanonical.isEmpty() && QFileInfo(file).canonicalFilePath() == targetCanonical;
    });
    if (files.isEmpty()) {
        printErr(Text::tr("mixscope: no reference files to analyse\n"));
        return ProfileCommand::FileProblems;
    }

    const std::vector<Result<TrackAnalysis>> results = cli::analyseAll(files, quiet);
    int added = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const Result<TrackAnalysis>& result = results[static_cast<std::size_t>(i)];
        const QString path = displayPath(files[i]);
        if (!result.ok()) {
            printErr(QStringLiteral("mixscope: %1: %2\n").arg(path, result.error().message));
            problems = true;
            continue;
        }
        if (!result.value().warnings.isEmpty()) {
            printErr(Text::tr("mixscope: %1: warning: %2\n")
                         .arg(path, result.value().warnings.join(QStringLiteral("; "))));
        }
        const QString absolute = QFileInfo(files[i]).absoluteFilePath();
        if (profile.add(ReferenceProfile::keep(
                result.value(), ReferenceProfile::contentHash(files[i]), absolute))) {
            ++added;
        } else {
            printErr(Text::tr("mixscope: %1: the same recording is in the profile already; left "
                              "out\n")
                         .arg(path));
        }
    }
    if (profile.tracks.empty()) {
        printErr(Text::tr("mixscope: no profile written: none of the files could be analysed\n"));
        return ProfileCommand::FileProblems;
    }
    if (const auto error = profile.write(target)) {
        printErr(QStringLiteral("mixscope: %1: %2\n").arg(displayPath(target), error->message));
        return ProfileCommand::UsageOrOutput;
    }
    if (!quiet) {
        printOut(Text::tr("Profile “%1”: %n track(s), written to %2 (%3)\n", nullptr,
                          static_cast<int>(profile.tracks.size()))
                     .arg(profile.name, displayPath(target),
                          QLocale().formattedDataSize(QFileInfo(target).size())));
        if (add) {
            printOut(Text::tr("%n track(s) added.\n", nullptr, added));
        }
    }
    return problems ? ProfileCommand::FileProblems : ProfileCommand::Success;
}

int show(const QStringList& arguments) {
    if (arguments.size() != 1 || arguments.front().startsWith(QLatin1String("-"))) {
        if (arguments.contains(QStringLiteral("--help")) ||
            arguments.contains(QStringLiteral("-h"))) {
            printOut(usage());
            return ProfileCommand::Success;
        }
        return usageError(Text::tr("show takes one profile file"));
    }
    const QString path = arguments.front();
    const Result<ReferenceProfile> read = ReferenceProfile::read(path);
    if (!read.ok()) {
        printErr(QStringLiteral("mixscope: %1: %2\n").arg(displayPath(path), read.error().message));
        return ProfileCommand::FileProblems;
    }
    const ReferenceProfile& profile = read.value();
    QString text = Text::tr("Profile “%1”, made %2, %n track(s):\n", nullptr,
                            static_cast<int>(profile.tracks.size()))
                       .arg(profile.name, QLocale().toString(profile.created.toLocalTime(),
                                                             QLocale::ShortFormat));
    for (std::size_t i = 0; i < profile.tracks.size(); ++i) {
        const TrackAnalysis& a = profile.tracks[i].analysis;
        const QString who = a.tags.artist.isEmpty()
                                ? a.tags.title
                                : Text::tr("%1 — %2").arg(a.tags.title, a.tags.artist);
        text += QStringLiteral("  %1. %2  %3 · %4 · %5\n")
                    .arg(i + 1)
                    .arg(who, Units::clockTime(a.durationS), a.stream.formatName(),
                         Units::sampleRate(a.stream.sampleRateHz));
    }
    const ProfileFigures f = profile.figures();
    text += Text::tr("\nThe tracks' figures, median (10th to 90th percentile):\n");
    const auto line = [&text](const QString& label, const QString& value) {
        text += QStringLiteral("  %1  %2\n").arg(label, -26).arg(value);
    };
    line(Text::tr("Loudness"), spreadText(f.integratedLufs, 1, QStringLiteral("LUFS")));
    line(Text::tr("Loudness range"), spreadText(f.rangeLu, 1, QStringLiteral("LU")));
    line(Text::tr("True peak"), spreadText(f.truePeakDbtp, 1, QStringLiteral("dBTP")));
    line(Text::tr("PLR"), spreadText(f.plrDb, 1, QStringLiteral("dB")));
    line(Text::tr("PSR"), spreadText(f.psrDb, 1, QStringLiteral("dB")));
    line(Text::tr("Crest factor"), spreadText(f.crestDb, 1, QStringLiteral("dB")));
    line(Text::tr("Transient strength"),
         spreadText(f.transientStrengthDb, 1, QStringLiteral("dB")));
    line(Text::tr("Correlation"), spreadText(f.correlation, 2, QString()));
    line(Text::tr("Low-end correlation"), spreadText(f.lowEndCorrelation, 2, QString()));
    line(Text::tr("Tempo"), spreadText(f.tempoBpm, 0, QStringLiteral("BPM")));
    text += Text::tr("\nSpectrum, each octave against the track's loudness, dB:\n");
    for (std::size_t band = 0; band < f.bandCentersHz.size(); ++band) {
        // One band in three: the octaves' centres (31.5 Hz, 63 Hz, … 16 kHz).
        const double octaves = std::log2(f.bandCentersHz[band] / 1000.0);
        if (std::abs(octaves - std::round(octaves)) > 0.05) {
            continue;
        }
        line(Units::frequency(f.bandCentersHz[band]), spreadText(f.levelDb[band], 1, QString()));
    }
    printOut(text);
    return ProfileCommand::Success;
}

} // namespace

int ProfileCommand::run(const QStringList& arguments) {
    const QString command = arguments.value(0);
    if (command == QLatin1String("create")) {
        return create(arguments.mid(1));
    }
    if (command == QLatin1String("show")) {
        return show(arguments.mid(1));
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printOut(usage());
        return Success;
    }
    return usageError(command.isEmpty()
                          ? Text::tr("say what to do: create or show")
                          : Text::tr("unknown command “%1”: create or show").arg(command));
}

} // namespace mixscope
