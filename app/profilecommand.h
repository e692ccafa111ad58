#pragma once

#include <QStringList>

namespace mixscope {

/// `mixscope profile create NAME FILE|FOLDER... -o FILE [--add] [--quiet]`
/// and `mixscope profile show FILE`: a set of references saved as a profile
/// (ReferenceProfile), and what one holds. Runs on a QCoreApplication.
class ProfileCommand {
public:
    enum ExitCode {
        Success = 0,       ///< done, every file used
        FileProblems = 1,  ///< a file could not be analysed (and was left out), or a bad profile
        UsageOrOutput = 2, ///< bad arguments, or the profile could not be written
    };

    /// arguments: everything after "profile". Blocks until done.
    static int run(const QStringList& arguments);
};

} // namespace mixscope
