#pragma once

#include <QStringList>

namespace mixscope {

/// `mixscope analyze MIX [--ref REF]... [--json FILE|-] [--quiet]`.
/// Runs on a QCoreApplication and never touches a widget.
class AnalyzeCommand {
public:
    enum ExitCode {
        Success = 0,       ///< every file analysed cleanly
        FileProblems = 1,  ///< at least one file could not be analysed or is damaged
        UsageOrOutput = 2, ///< bad arguments, or the report could not be written
    };

    /// arguments: everything after "analyze". Blocks until every file is
    /// analysed; prints the report and one line per bad file on stderr.
    static int run(const QStringList& arguments);
};

} // namespace mixscope
