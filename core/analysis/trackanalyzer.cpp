#include "core/analysis/trackanalyzer.h"

#include "core/analysis/meterset.h"
#include "core/analysis/structureanalyzer.h"
#include "core/common/units.h"
#include "core/io/audiodecoder.h"
#include "core/io/tagreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <QLocale>
#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace mixscope {

namespace {

constexpr double kShortestMeasurableS = 0.4;

// Texts for users, in the context the translations file them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(mixscope::TrackAnalyzer)
};

QString formatSeconds(double seconds) {
    return QLocale().toString(seconds, 'f', seconds < 10.0 ? 2 : 1);
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

bool isDigitalSilence(const AudioBlock& block) {
    // An OR over the magnitude bits vectorises where an early exit would not.
    std::uint32_t bits = 0;
    for (const float sample : block.samples) {
        bits |= std::bit_cast<std::uint32_t>(sample) & 0x7FFFFFFFu;
    }
    return bits == 0;
}

// Feeds the meters every block the decoder gives. Digital silence at the
// start is only counted, not measured: a file silent to its end is then
// rejected for the cost of decoding it (a 10-hour silent file in seconds,
// not minutes), and one that is not has the silence measured first, as if
// it had been all along. Returns whether any sound was heard, or the
// cancellation.
Result<bool> measureAll(AudioDecoder& decoder, MeterSet& meters, double expectedFrames,
                        AnalysisObserver* observer) {
    const auto cancelled = [observer] {
        return observer != nullptr && observer->isCancelled();
    };
    const AnalysisError cancellation{AnalysisErrorKind::Cancelled,
                                     Text::tr("the analysis was cancelled")};
    std::int64_t leadingSilentFrames = 0;
    bool heardSound = false;
    AudioBlock block;
    block.samples.reserve(TrackAnalyzer::kBlockFrames * 2);
    while (decoder.read(block, TrackAnalyzer::kBlockFrames)) {
        if (!heardSound && isDigitalSilence(block)) {
            leadingSilentFrames += static_cast<std::int64_t>(block.frames());
        } else {
            if (!heardSound && leadingSilentFrames > 0) {
                const std::vector<float> zeros(TrackAnalyzer::kBlockFrames * 2, 0.0f);
                while (leadingSilentFrames > 0) {
                    const auto frames = static_cast<std::size_t>(
                        std::min<std::int64_t>(leadingSilentFrames, TrackAnalyzer::kBlockFrames));
                    meters.process(zeros.data(), frames);
                    leadingSilentFrames -= static_cast<std::int64_t>(frames);
                    if (cancelled()) {
                        return cancellation;
                    }
                }
            }
            heardSound = true;
            meters.process(block.samples.data(), block.frames());
        }
        if (cancelled()) {
            return cancellation;
        }
        if (observer != nullptr) {
            observer->progress(
                expectedFrames > 0.0
                    ? std::min(0.99, static_cast<double>(decoder.framesRead()) / expectedFrames)
                    : -1.0);
        }
    }
    return heardSound;
}

// What the meters measured, into analysis.
void finishMeters(MeterSet& meters, TrackAnalysis& analysis) {
    meters.finish();
    analysis.loudness = meters.loudness.finish();
    analysis.levels = meters.levels.finish();
    SpectralResult spectralResult = meters.spectral.finish();
    analysis.spectrum = std::move(spectralResult.spectrum);
    analysis.stereo = std::move(spectralResult.stereo);
    analysis.rhythm = meters.rhythm.finish();
    analysis.dynamics = meters.dynamics.finish(analysis.loudness, analysis.rhythm.onsetTimesS);
    analysis.structure = StructureAnalyzer::analyze(structureInput(analysis));
}

// Why a track that was read to its end cannot be measured, if it cannot.
std::optional<AnalysisError> unmeasurable(const TrackAnalysis& analysis, bool heardSound) {
    if (analysis.durationS < kShortestMeasurableS) {
        return AnalysisError{AnalysisErrorKind::TooShort,
                             Text::tr("it is too short to measure (%1 s; at least 0.4 s is needed)")
                                 .arg(formatSeconds(analysis.durationS))};
    }
    if (!heardSound || !analysis.levels.samplePeakDbfs) {
        return AnalysisError{AnalysisErrorKind::Silent,
                             Text::tr("it contains only digital silence (%1 s)")
                                 .arg(formatSeconds(analysis.durationS))};
    }
    if (!analysis.loudness.integratedLufs) {
        return AnalysisError{AnalysisErrorKind::TooQuiet,
                             Text::tr("it is too quiet to measure (below -70 LUFS; peak %1 dBFS)")
                                 .arg(Units::number(*analysis.levels.samplePeakDbfs, 1))};
    }
    return std::nullopt;
}

// The notes (how the file was read) and warnings (damage found in a file
// that could still be measured) of a measured track.
void describeReading(const AudioDecoder& decoder, AudioDecoder::SourceChange change,
                     TrackAnalysis& analysis) {
    const AudioStreamInfo& stream = analysis.stream;
    if (stream.channels == 1) {
        analysis.notes << Text::tr(
            "mono file: analysed as dual-mono (the same signal on both sides)");
    } else if (stream.isDownmixed()) {
        analysis.notes << Text::tr(
                              "downmixed from %1 (%2 channels) to stereo with the ITU-R BS.775 "
                              "coefficients; the LFE channel is left out")
                              .arg(stream.channelLayout)
                              .arg(stream.channels);
    }
    if (const std::int64_t invalid = decoder.invalidSampleCount(); invalid > 0) {
        // The count may pass what an int holds; it picks the plural form only.
        const int form = static_cast<int>(std::min<std::int64_t>(invalid, 1000));
        analysis.warnings << Text::tr("%1 sample(s) were not valid audio values (NaN, infinite or "
                                      "beyond +24 dBFS) and were treated as silence",
                                      nullptr, form)
                                 .arg(invalid);
    }
    const bool truncated =
        stream.claimedDurationS && *stream.claimedDurationS > analysis.durationS * 1.02 + 1.0;
    // A file cut short ends in the middle of a block: that block is the cut,
    // which the truncation warning already names.
    if (const int damaged = decoder.damagedPacketCount(); damaged > (truncated ? 1 : 0)) {
        analysis.warnings << Text::tr("%n damaged block(s) in the audio data were skipped", nullptr,
                                      damaged);
    }
    if (truncated) {
        analysis.warnings << Text::tr(
                                 "the file is truncated or its header is wrong: it claims %1 s of "
                                 "audio but holds %2 s")
                                 .arg(formatSeconds(*stream.claimedDurationS))
                                 .arg(formatSeconds(analysis.durationS));
    }
    if (change == AudioDecoder::SourceChange::ReplacedOrDeleted) {
        analysis.warnings << Text::tr(
            "the file was replaced or deleted while it was being analysed; "
            "these results are for the version that was opened");
    }
}

// The single pass over an opened decoder; analysis comes with its path and tags.
Result<TrackAnalysis> analyzeDecoded(AudioDecoder& decoder, TrackAnalysis analysis,
                                     AnalysisObserver* observer, const AnalysisHelpers& helpers) {
    analysis.stream = decoder.info();
    if (analysis.tags.title.isEmpty()) {
        analysis.tags.title = QFileInfo(analysis.path).completeBaseName();
    }
    const int rate = analysis.stream.sampleRateHz;
    if (observer != nullptr && analysis.stream.claimedDurationS) {
        observer->expectedDuration(*analysis.stream.claimedDurationS);
    }
    MeterSet meters(rate, helpers.pool, helpers.background);
    const Result<bool> heardSound = measureAll(
        decoder, meters, analysis.stream.claimedDurationS.value_or(0.0) * rate, observer);
    if (!heardSound) {
        return heardSound.error();
    }
    // Checked before the decoder's own error: a file rewritten under it
    // reads as damaged, and that is not what is wrong with it.
    const AudioDecoder::SourceChange change = decoder.sourceChange();
    if (change == AudioDecoder::SourceChange::Rewritten) {
        return AnalysisError{
            AnalysisErrorKind::ReadFailed,
            Text::tr("the file was changed while it was being analysed (written to or "
                     "cut short); analyse it again once it is saved")};
    }
    if (decoder.error()) {
        return *decoder.error();
    }
    analysis.durationS = static_cast<double>(decoder.framesRead()) / rate;
    if (analysis.durationS >= kShortestMeasurableS && heardSound.value()) {
        finishMeters(meters, analysis);
    }
    if (auto error = unmeasurable(analysis, heardSound.value())) {
        return *std::move(error);
    }
    describeReading(decoder, change, analysis);
    if (observer != nullptr) {
        observer->progress(1.0);
    }
    return analysis;
}

} // namespace

Result<TrackAnalysis> TrackAnalyzer::analyze(const QString& path, AnalysisObserver* observer,
                                             const AnalysisHelpers& helpers) {
    auto opened = AudioDecoder::open(path);
    if (!opened) {
        return opened.error();
    }
    TrackAnalysis analysis;
    analysis.path = path;
    analysis.tags = TagReader::read(path);
    return analyzeDecoded(*opened.value(), std::move(analysis), observer, helpers);
}

Result<TrackAnalysis> TrackAnalyzer::analyzeBytes(const QByteArray& bytes, const QString& name,
                                                  AnalysisObserver* observer) {
    auto opened = AudioDecoder::openBytes(bytes, name);
    if (!opened) {
        return opened.error();
    }
    TrackAnalysis analysis;
    analysis.path = name;
    analysis.tags = TagReader::readBytes(bytes);
    return analyzeDecoded(*opened.value(), std::move(analysis), observer, {});
}

} // namespace mixscope
