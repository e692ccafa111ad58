#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/common/analysiserror.h"
#include "core/common/analysisobserver.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

class QThreadPool;

namespace mixscope {

/// Where an analysis may borrow an idle thread for half of its meters.
struct AnalysisHelpers {
    QThreadPool* pool = nullptr; ///< null: everything on the calling thread
    bool background = false;     ///< the helper lowers its priority, as the analysis does
};

/// Measures one file in a single streaming pass: every meter sees the same
/// block (MeterSet, which may run the spectral analyser on a second thread).
class TrackAnalyzer {
public:
    static constexpr std::size_t kBlockFrames = 8192;

    /// Blocking: decodes the whole file on the calling thread. Safe to call
    /// from several threads at once for different files.
    ///
    /// Fails with any AudioDecoder::open() error, with ReadFailed or DamagedData
    /// when the audio cannot be read to the end, with TooShort (under 0.4 s),
    /// Silent (digital silence) or TooQuiet (below the -70 LUFS gate), where
    /// loudness and so loudness matching are undefined, with Cancelled when
    /// observer->isCancelled() turns true, and with ReadFailed when the file
    /// was written to while it was read (a file replaced or deleted meanwhile
    /// is analysed as it was opened, with a warning). observer may be null.
    /// The results do not depend on helpers, bit for bit.
    static Result<TrackAnalysis> analyze(const QString& path, AnalysisObserver* observer = nullptr,
                                         const AnalysisHelpers& helpers = {});

    /// The same for a whole file held in memory (AudioDecoder::openBytes(),
    /// TagReader::readBytes()); name becomes TrackAnalysis::path and lends its
    /// extension to format detection. Blocking; thread-safe like analyze().
    static Result<TrackAnalysis> analyzeBytes(const QByteArray& bytes, const QString& name = {},
                                              AnalysisObserver* observer = nullptr);
};

} // namespace mixscope
