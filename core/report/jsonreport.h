#pragma once

#include "core/common/analysiserror.h"
#include "core/common/atomicfile.h"
#include "core/session/sessionsnapshot.h"

#include <QJsonDocument>
#include <QString>

#include <optional>
#include <vector>

namespace mixscope {

/// Builds the JSON report of DESIGN.md ("format_version" 1). Tracks keep the
/// order given; a file that could not be analysed appears in "errors" only.
/// Undefined measures are JSON null, never a magic number. The findings and
/// the comparison are the run's snapshot's: nothing is compared again.
class JsonReport {
public:
    static constexpr int kFormatVersion = 1;

    /// Full: everything. Compact (batch use): without the per-time series
    /// (loudness curves, band levels and correlation over time, crest and PSR
    /// series, onset times), with "compact": true at the top; a fraction of
    /// the size, the same facts, findings and comparison.
    enum class Detail { Full, Compact };

    static QJsonDocument build(const SessionRun& run, Detail detail = Detail::Full);

    /// The bytes of build(run, detail).toJson(QJsonDocument::Indented),
    /// handed to sink in pieces (a megabyte at most, give or take a line) so that the report of
    /// many long tracks is never in memory as a whole. Returns false as soon as the sink does.
    static bool stream(const SessionRun& run, Detail detail, const AtomicFile::Sink& sink);

    /// Writes the report to path (streamed) atomically (AtomicFile): path holds
    /// either its old content or the whole new report, even if the process
    /// is killed or the disk fills up meanwhile. Returns WriteFailed with the
    /// reason ("the report cannot be written (the folder /a/b does not
    /// exist)"), or nothing on success. Blocking file I/O; callable from any
    /// thread.
    static std::optional<AnalysisError> write(const QString& path, const SessionRun& run,
                                              Detail detail = Detail::Full);

    /// Whether write() could write to path (AtomicFile::checkWritable(),
    /// which leaves the disk as it was), with write()'s error when not: for
    /// checking before the files are analysed. Blocking.
    static std::optional<AnalysisError> checkDestination(const QString& path);
};

} // namespace mixscope
