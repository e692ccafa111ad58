#include "core/analysis/trackanalyzer.h"

#include "core/analysis/dynamicsanalyzer.h"
#include "core/analysis/levelmeter.h"
#include "core/analysis/loudnessmeter.h"
#include "core/analysis/rhythmanalyzer.h"
#include "core/analysis/spectralanalyzer.h"
#include "core/analysis/structureanalyzer.h"
#include "core/io/audiodecoder.h"
#include "core/io/tagreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace mixscope {

namespace {

constexpr double kShortestMeasurableS = 0.4;

QString tr(const char* text) {
    return QCoreApplication::translate("mixscope::TrackAnalyzer", text);
}

QString formatSeconds(double seconds) {
    return QString::number(seconds, 'f', seconds < 10.0 ? 2 : 1);
}

// Band levels at the spectrum's ~4 fps frames, with the 3 s loudness
// centred on the same frames.
StructureInput structureInput(const TrackAnalysis& analysis) {
    StructureInput input;
    const SpectrumResult& spectrum = analysis.spectrum;
    input.frameIntervalS = spectrum.bandSeriesIntervalS;
    input.bandDb = spectrum.bandSeriesMidDb;
    input.loudnessLufs = StructureAnalyzer::centredFrames(
        analysis.loudness.shortTermLufs, analysis.loudness.seriesIntervalS, 3.0,
        input.frameIntervalS, input.bandDb.size());
    return input;
}

} // namespace

Result<TrackAnalysis> TrackAnalyzer::analyze(const QString& path, AnalysisObserver* observer) {
    auto opened = AudioDecoder::open(path);
    if (!opened) {
        return opened.error();
    }
    AudioDecoder& decoder = *opened.value();

    TrackAnalysis analysis;
    analysis.path = path;
    analysis.stream = decoder.info();
    analysis.tags = TagReader::read(path);
    if (analysis.tags.title.isEmpty()) {
        analysis.tags.title = QFileInfo(path).completeBaseName();
    }

    const int rate = analysis.stream.sampleRateHz;
    LoudnessMeter loudness(rate);
    LevelMeter levels(rate);
    SpectralAnalyzer spectral(rate);
    DynamicsAnalyzer dynamics(rate);
    RhythmAnalyzer rhythm(rate);

    const double expectedFrames = analysis.stream.claimedDurationS.value_or(0.0) * rate;
    if (observer != nullptr && analysis.stream.claimedDurationS) {
        observer->expectedDuration(*analysis.stream.claimedDurationS);
    }
    AudioBlock block;
    block.samples.reserve(kBlockFrames * 2);
    while (decoder.read(block, kBlockFrames)) {
        loudness.process(block.samples.data(), block.frames());
        levels.process(block.samples.data(), block.frames());
        spectral.process(block.samples.data(), block.frames());
        dynamics.process(block.samples.data(), block.frames());
        rhythm.process(block.samples.data(), block.frames());
        if (observer != nullptr) {
            if (observer->isCancelled()) {
                return AnalysisError{AnalysisErrorKind::Cancelled,
                                     tr("the analysis was cancelled")};
            }
            observer->progress(expectedFrames > 0.0
                                   ? std::min(0.99, decoder.framesRead() / expectedFrames)
                                   : -1.0);
        }
    }
    if (decoder.error()) {
        return *decoder.error();
    }

    analysis.durationS = static_cast<double>(decoder.framesRead()) / rate;
    analysis.loudness = loudness.finish();
    analysis.levels = levels.finish();
    SpectralResult spectralResult = spectral.finish();
    analysis.spectrum = std::move(spectralResult.spectrum);
    analysis.stereo = std::move(spectralResult.stereo);
    analysis.rhythm = rhythm.finish();
    analysis.dynamics = dynamics.finish(analysis.loudness, analysis.rhythm.onsetTimesS);
    analysis.structure = StructureAnalyzer::analyze(structureInput(analysis));

    if (analysis.durationS < kShortestMeasurableS) {
        return AnalysisError{AnalysisErrorKind::TooShort,
                             tr("it is too short to measure (%1 s; at least 0.4 s is needed)")
                                 .arg(formatSeconds(analysis.durationS))};
    }
    if (!analysis.levels.samplePeakDbfs) {
        return AnalysisError{
            AnalysisErrorKind::Silent,
            tr("it contains only digital silence (%1 s)").arg(formatSeconds(analysis.durationS))};
    }
    if (!analysis.loudness.integratedLufs) {
        return AnalysisError{AnalysisErrorKind::TooQuiet,
                             tr("it is too quiet to measure (below -70 LUFS; peak %1 dBFS)")
                                 .arg(*analysis.levels.samplePeakDbfs, 0, 'f', 1)};
    }

    const AudioStreamInfo& stream = analysis.stream;
    if (stream.channels == 1) {
        analysis.notes << tr("mono file: analysed as dual-mono (the same signal on both sides)");
    } else if (stream.isDownmixed()) {
        analysis.notes << tr("downmixed from %1 (%2 channels) to stereo with the ITU-R BS.775 "
                             "coefficients; the LFE channel is left out")
                              .arg(stream.channelLayout)
                              .arg(stream.channels);
    }
    if (const std::int64_t invalid = decoder.invalidSampleCount(); invalid > 0) {
        analysis.warnings << tr("%1 samples were not valid audio values (NaN, infinite or beyond "
                                "+24 dBFS) and were treated as silence")
                                 .arg(invalid);
    }
    if (const int damaged = decoder.damagedPacketCount(); damaged > 0) {
        analysis.warnings
            << (damaged == 1 ? tr("1 damaged block in the audio data was skipped")
                             : tr("%1 damaged blocks in the audio data were skipped").arg(damaged));
    }
    if (stream.claimedDurationS && *stream.claimedDurationS > analysis.durationS * 1.02 + 1.0) {
        analysis.warnings << tr("the file is truncated or its header is wrong: it claims %1 s of "
                                "audio but holds %2 s")
                                 .arg(formatSeconds(*stream.claimedDurationS))
                                 .arg(formatSeconds(analysis.durationS));
    }
    if (observer != nullptr) {
        observer->progress(1.0);
    }
    return analysis;
}

} // namespace mixscope
