#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/common/analysiserror.h"
#include "core/compare/comparison.h"
#include "core/compare/trackrole.h"
#include "core/diagnosis/diagnosis.h"

#include <QJsonDocument>
#include <QString>

#include <optional>
#include <vector>

namespace mixscope {

/// One file of a session as the report sees it: its role and what became of it.
struct ReportEntry {
    TrackRole role = TrackRole::Reference;
    QString path;
    Result<TrackAnalysis> outcome;

    /// The first entry with the Mix role that was analysed; null when the mix
    /// failed or there is none. Everything is matched to this one.
    static const TrackAnalysis* analysedMix(const std::vector<ReportEntry>& entries) {
        for (const ReportEntry& entry : entries) {
            if (entry.role == TrackRole::Mix && entry.outcome.ok()) {
                return &entry.outcome.value();
            }
        }
        return nullptr;
    }

    /// Every analysed entry with the Reference role, in order.
    static std::vector<const TrackAnalysis*>
    analysedReferences(const std::vector<ReportEntry>& entries) {
        std::vector<const TrackAnalysis*> references;
        for (const ReportEntry& entry : entries) {
            if (entry.role == TrackRole::Reference && entry.outcome.ok()) {
                references.push_back(&entry.outcome.value());
            }
        }
        return references;
    }

    /// The findings about the analysed mix against every analysed reference,
    /// worst first; empty without an analysed mix.
    static std::vector<Finding> findings(const std::vector<ReportEntry>& entries) {
        const TrackAnalysis* mix = analysedMix(entries);
        if (mix == nullptr) {
            return {};
        }
        const auto references = analysedReferences(entries);
        return Diagnosis::diagnose(*mix, references, Comparison::compare(*mix, references));
    }
};

/// Builds the JSON report of DESIGN.md ("format_version" 1). Tracks keep the
/// order given; a file that could not be analysed appears in "errors" only.
/// Undefined measures are JSON null, never a magic number.
class JsonReport {
public:
    static constexpr int kFormatVersion = 1;

    static QJsonDocument build(const std::vector<ReportEntry>& entries);

    /// Writes build(entries) to path atomically (AtomicFile): path holds
    /// either its old content or the whole new report, even if the process
    /// is killed or the disk fills up meanwhile. Returns WriteFailed with the
    /// reason ("the report cannot be written (the folder /a/b does not
    /// exist)"), or nothing on success. Blocking file I/O; callable from any
    /// thread.
    static std::optional<AnalysisError> write(const QString& path,
                                              const std::vector<ReportEntry>& entries);

    /// Whether write() could write to path (AtomicFile::checkWritable(),
    /// which leaves the disk as it was), with write()'s error when not: for
    /// checking before the files are analysed. Blocking.
    static std::optional<AnalysisError> checkDestination(const QString& path);
};

} // namespace mixscope
