#pragma once

#include "core/common/analysiserror.h"

#include <QString>
#include <QStringList>

namespace mixscope {

/// The built-in demo: a 48-second song Mixscope synthesises itself (no
/// downloads, bit-identical on every run), rendered twice: as an unmastered
/// mix with muddy low-mids, soft drums and dull highs, and as a balanced,
/// limited "mastered" reference.
class DemoSession {
public:
    QString mixPath;
    QStringList referencePaths;

    /// Returns the demo files in directory, writing them first if they are
    /// missing (about 9 MB, well under a second). Blocking. Fails with
    /// WriteFailed when the directory cannot be created or written.
    static Result<DemoSession> ensure(const QString& directory);

    static constexpr int kSampleRateHz = 44100;
    static constexpr double kTempoBpm = 120.0;
    static constexpr int kBars = 24;
};

} // namespace mixscope
