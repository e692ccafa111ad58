#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/common/analysiserror.h"
#include "core/common/analysisobserver.h"

#include <QString>

#include <cstddef>

namespace mixscope {

/// Measures one file in a single streaming pass: every meter sees the same block.
class TrackAnalyzer {
public:
    static constexpr std::size_t kBlockFrames = 8192;

    /// Blocking: decodes the whole file on the calling thread. Safe to call
    /// from several threads at once for different files.
    ///
    /// Fails with any AudioDecoder::open() error, with ReadFailed or DamagedData
    /// when the audio cannot be read to the end, with TooShort (under 0.4 s),
    /// Silent (digital silence) or TooQuiet (below the -70 LUFS gate), where
    /// loudness and so loudness matching are undefined, and with Cancelled when
    /// observer->isCancelled() turns true. observer may be null.
    static Result<TrackAnalysis> analyze(const QString& path, AnalysisObserver* observer = nullptr);
};

} // namespace mixscope
