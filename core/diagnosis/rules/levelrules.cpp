#include "core/common/units.h"
#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/findingbuilder.h"
#include "core/diagnosis/measures.h"
#include "core/diagnosis/rules/rules.h"

#include <algorithm>
#include <cmath>

namespace mixscope::rules {

using namespace measures;

std::optional<Finding> clipping(const DiagnosisContext& context) {
    const LevelResult& levels = context.mix.levels;
    // Flat-topped runs at the peak: a few can be a coincidence on a 16-bit
    // file, dozens are a clipper or an overloaded bus.
    const Limits limits = thresholdsFor(FindingKind::Clipping).withoutReference->limits;
    const double runs = levels.clippedRunCount;
    if (runs < limits.warning) {
        return std::nullopt;
    }
    Finding finding =
        FindingBuilder::make(FindingKind::Clipping, FindingBasis::Absolute, runs, {runs, limits});
    finding.title = Diagnosis::tr("Clipping");
    finding.evidence =
        Diagnosis::tr("%1 flat-topped peaks (%2 samples held at %3 dBFS) where the waveform was "
                      "cut off, in %n place(s) of the song.",
                      nullptr, static_cast<int>(levels.clipIntervals.size()))
            .arg(levels.clippedRunCount)
            .arg(levels.clippedSampleCount)
            .arg(Units::number(levels.samplePeakDbfs.value_or(0.0), 2));
    finding.suggestion = Diagnosis::tr(
        "Find what overloads (the master bus, a clipper or a track driven into 0 dBFS), turn it "
        "down until peaks stay under -1 dBFS, and export again at 24-bit or 32-bit float.");
    std::vector<double> weight;
    const double interval = LevelResult::kClipIntervalS;
    for (const auto& clip : levels.clipIntervals) {
        const auto index = static_cast<std::size_t>(std::lround(clip.startS / interval));
        if (weight.size() <= index) {
            weight.resize(index + 1, 0.0);
        }
        weight[index] = clip.runCount;
    }
    finding.times = rangesOf(weight, interval, 1.0, 0.0, 5);
    return finding;
}

std::optional<Finding> lowHeadroom(const DiagnosisContext& context) {
    const TrackAnalysis& mix = context.mix;
    const auto& truePeak = mix.loudness.truePeakDbtp;
    // Mastering engineers ask for peaks around -6 to -3 dBFS; above -1 dBTP
    // there is no room left, above 0 the converter or encoder clips.
    const Limits limits = thresholdsFor(FindingKind::LowHeadroom).withoutReference->limits;
    if (!truePeak || *truePeak < limits.warning) {
        return std::nullopt;
    }
    // Full confidence a dB over the problem limit.
    Finding finding =
        FindingBuilder::make(FindingKind::LowHeadroom, FindingBasis::Absolute, *truePeak,
                             {*truePeak, limits, 1.0, 1.0, limits.problem + 1.0});
    // A problem above 0 dBTP, not at it: a file normalised to 0 dBFS peaks there.
    const bool over = *truePeak > limits.problem;
    finding.severity = over ? FindingSeverity::Problem : FindingSeverity::Warning;
    finding.title = Diagnosis::tr("No headroom for mastering");
    finding.evidence =
        over ? Diagnosis::tr("True peak reaches %1 dBTP: above 0, converters and lossy encoders "
                             "clip between the samples.")
                   .arg(Units::signedDb(*truePeak))
             : Diagnosis::tr("True peak reaches %1 dBTP; a mix for mastering leaves 3–6 dB.")
                   .arg(Units::signedDb(*truePeak));
    finding.suggestion = Diagnosis::tr(
        "Turn the whole mix down (every fader, or a gain plug-in first on the master) until "
        "peaks sit around -6 dBFS, and take limiters off the mix bus; loudness is mastering's "
        "job.");
    std::vector<double> weight;
    for (const auto& peak : mix.loudness.truePeakSeriesDbtp) {
        weight.push_back(peak && *peak >= limits.warning ? *peak - limits.warning + 0.1 : 0.0);
    }
    finding.times = rangesOf(weight, mix.loudness.seriesIntervalS, 1.0, 0.0, 5);
    return finding;
}

std::optional<Finding> dcOffset(const DiagnosisContext& context) {
    const LevelResult& levels = context.mix.levels;
    const double dc =
        std::max(std::fabs(levels.dcOffsetPercent[0]), std::fabs(levels.dcOffsetPercent[1]));
    // 0.2 % is -54 dBFS: harmless to hear, but it shifts the waveform off
    // centre and costs headroom; 1 % (-40 dBFS) is a fault upstream.
    const Limits limits = thresholdsFor(FindingKind::DcOffset).withoutReference->limits;
    if (dc < limits.warning) {
        return std::nullopt;
    }
    Finding finding =
        FindingBuilder::make(FindingKind::DcOffset, FindingBasis::Absolute, dc, {dc, limits});
    finding.frequency = FrequencyRange{0.0, 5.0};
    finding.title = Diagnosis::tr("DC offset");
    finding.evidence = Diagnosis::tr("The left channel sits %1 % and the right %2 % of full scale "
                                     "off zero.")
                           .arg(Units::number(levels.dcOffsetPercent[0], 2))
                           .arg(Units::number(levels.dcOffsetPercent[1], 2));
    finding.suggestion = Diagnosis::tr(
        "Put a DC filter or a 20 Hz high-pass on the master bus (or on the track that carries "
        "the offset, often an old recording or a faulty interface) and export again.");
    // References that carry as much: a property of the material, said at info.
    const auto largest = [](const TrackAnalysis& track) -> std::optional<double> {
        return std::max(std::fabs(track.levels.dcOffsetPercent[0]),
                        std::fabs(track.levels.dcOffsetPercent[1]));
    };
    if (const auto shared = measures::sharedByReferences(
            context.references, dc, std::max(limits.warning / 2.0, dc / 4.0), largest)) {
        finding.severity = FindingSeverity::Info;
        finding.evidence +=
            QLatin1Char(' ') + (context.references.size() == 1
                                    ? Diagnosis::tr("Your reference carries as much (%1 %).")
                                          .arg(Units::number(shared->second, 2))
                                    : Diagnosis::tr("Your references carry as much (%1 to %2 %).")
                                          .arg(Units::number(shared->first, 2))
                                          .arg(Units::number(shared->second, 2)));
    }
    return finding;
}

} // namespace mixscope::rules
