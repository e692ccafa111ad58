#pragma once

#include "core/analysis/dynamicsresult.h"
#include "core/analysis/levelresult.h"
#include "core/analysis/loudnessresult.h"
#include "core/analysis/rhythmresult.h"
#include "core/analysis/spectrumresult.h"
#include "core/analysis/stereoresult.h"
#include "core/analysis/structureresult.h"
#include "core/io/audiostreaminfo.h"
#include "core/io/tracktags.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mixscope {

/// Everything measured on one file: a plain value, cheap to copy between
/// threads, read by the comparison, the report, the UI and the PDF.
struct TrackAnalysis {
    QString path;
    AudioStreamInfo stream; ///< what the container and codec say
    TrackTags tags;
    double durationS = 0.0; ///< decoded length, not what the header claims

    LoudnessResult loudness;
    LevelResult levels;
    SpectrumResult spectrum;
    StereoResult stereo;
    DynamicsResult dynamics;
    RhythmResult rhythm;
    StructureResult structure;

    QStringList notes; ///< how it was read, e.g. "downmixed from 5.1 to stereo"
    QStringList
        warnings; ///< damage found while reading; the numbers may not describe the whole file

    /// Peak-to-loudness ratio: true peak (dBTP) minus integrated loudness (LUFS), dB.
    std::optional<double> plrDb() const {
        if (loudness.truePeakDbtp && loudness.integratedLufs) {
            return *loudness.truePeakDbtp - *loudness.integratedLufs;
        }
        return std::nullopt;
    }

    std::optional<int> bitDepth() const { return tags.bitDepth ? tags.bitDepth : stream.bitDepth; }
    std::optional<int> bitrateKbps() const {
        return stream.bitrateKbps ? stream.bitrateKbps : tags.bitrateKbps;
    }
};

} // namespace mixscope
