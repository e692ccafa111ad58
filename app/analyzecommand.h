#pragma once

#include <QStringList>

namespace mixscope {

/// `mixscope analyze MIX [--ref REF]... [--profile FILE] [--json FILE|-] [--pdf FILE] [--compact]
/// [--quiet]`: a profile's tracks are references as the files are.
/// Runs on a QCoreApplication and never touches a widget; only --pdf needs a
/// QApplication (the sheet's charts are painted), which main() then makes.
class AnalyzeCommand {
public:
    enum ExitCode {
        Success = 0,       ///< every file analysed cleanly
        FileProblems = 1,  ///< at least one file could not be analysed or is damaged
        UsageOrOutput = 2, ///< bad arguments, or the report could not be written
    };

    /// arguments: everything after "analyze". Blocks until every file is
    /// analysed; prints the report and one line per bad file on stderr.
    /// With --pdf it needs a QApplication (see needsPainting()).
    static int run(const QStringList& arguments);

    /// True when arguments (everything after "analyze") ask for a PDF, which
    /// is painted: the command then needs a QApplication, not a QCoreApplication.
    static bool needsPainting(const QStringList& arguments);

    /// Call before making the QApplication for painting: without a display
    /// (neither DISPLAY nor WAYLAND_DISPLAY set) selects Qt's offscreen
    /// platform, unless QT_QPA_PLATFORM already names one.
    static void selectPaintingPlatform();
};

} // namespace mixscope
