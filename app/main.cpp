#include "app/analyzecommand.h"
#include "app/profilecommand.h"
#include "core/common/translations.h"
#include "ui/shell/applicationicon.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionfiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

#include <cstring>
#include <memory>

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Mixscope"));
    QCoreApplication::setApplicationName(QStringLiteral("mixscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIXSCOPE_VERSION));
}

bool wantsCommandLineOnly(int argc, char* argv[]) {
    if (argc < 2) {
        return false;
    }
    for (const char* word : {"analyze", "profile", "--help", "-h", "--version", "-v"}) {
        if (std::strcmp(argv[1], word) == 0) {
            return true;
        }
    }
    return false;
}

void addGuiOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Compares your mix with reference tracks, loudness-matched, and tells you what "
        "stands between them.\n\n"
        "Command line report: mixscope analyze MIX [--ref REF]... [--profile FILE] [--json FILE|-] "
        "[--pdf FILE] [--compact] [--quiet]\n(see mixscope analyze --help)\n"
        "Reference profiles: mixscope profile create NAME FILE|FOLDER... -o FILE "
        "[--add]; mixscope profile show FILE"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("main", "Open the built-in demo session.")});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main", "Your mix, then reference tracks."),
        QStringLiteral("[MIX [REF...]]"));
}

// What follows "analyze", before Qt has parsed anything.
QStringList analyzeArguments(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 2; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

} // namespace

int main(int argc, char* argv[]) {
    if (wantsCommandLineOnly(argc, argv)) {
        const bool analyze = std::strcmp(argv[1], "analyze") == 0;
        // Only a PDF needs painting; everything else stays on a QCoreApplication.
        std::unique_ptr<QCoreApplication> app;
        if (analyze && mixscope::AnalyzeCommand::needsPainting(analyzeArguments(argc, argv))) {
            mixscope::AnalyzeCommand::selectPaintingPlatform();
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        // The command line speaks the language of its environment (LANGUAGE,
        // LC_ALL, LC_MESSAGES, LANG), as command-line tools do.
        mixscope::Translations::install();
        if (analyze) {
            return mixscope::AnalyzeCommand::run(QCoreApplication::arguments().mid(2));
        }
        if (std::strcmp(argv[1], "profile") == 0) {
            return mixscope::ProfileCommand::run(QCoreApplication::arguments().mid(2));
        }
        QCommandLineParser parser;
        addGuiOptions(parser);
        parser.process(*app); // prints help or version and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    // The window's language: the one chosen in View → Language, else the system's.
    mixscope::Translations::install(
        QSettings().value(QLatin1String(mixscope::Translations::kSettingsKey)).toString());
    QApplication::setApplicationDisplayName(QStringLiteral("Mixscope"));
    // The installed .desktop file's basename, which Wayland compositors and
    // docks match the window to.
    QApplication::setDesktopFileName(QStringLiteral(MIXSCOPE_APP_ID));
    QApplication::setWindowIcon(mixscope::ApplicationIcon::icon());

    QCommandLineParser parser;
    addGuiOptions(parser);
    parser.process(app);

    mixscope::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    const bool demo = parser.isSet(QStringLiteral("demo"));
    QTimer::singleShot(0, &window, [&window, files, demo] {
        if (demo) {
            window.files()->openDemoSession();
        } else if (!files.isEmpty()) {
            window.files()->addPaths(files);
        }
    });
    return app.exec();
}
