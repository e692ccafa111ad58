#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/findingbuilder.h"
#include "core/diagnosis/rules/rules.h"

#include <algorithm>

namespace mixscope::rules {

std::optional<Finding> lossyExport(const DiagnosisContext& context) {
    const TrackAnalysis& mix = context.mix;
    if (mix.stream.lossless) {
        return std::nullopt;
    }
    Finding finding;
    finding.kind = FindingKind::LossyExport;
    finding.basis = FindingBasis::Absolute;
    finding.severity = FindingSeverity::Warning;
    finding.confidence = 1.0;
    finding.title = Diagnosis::tr("Lossy export");
    finding.evidence =
        Diagnosis::tr("The mix is a lossy %1 file%2: the encoder has already "
                      "changed its top end, transients and peaks.")
            .arg(mix.stream.formatName())
            .arg(mix.bitrateKbps() ? Diagnosis::tr(" at %1 kbit/s").arg(*mix.bitrateKbps())
                                   : QString());
    finding.suggestion = Diagnosis::tr(
        "Export the mix as WAV or FLAC for feedback and for mastering; make MP3 or AAC files "
        "only from the final master.");
    return finding;
}

std::optional<Finding> lowBitDepth(const DiagnosisContext& context) {
    const TrackAnalysis& mix = context.mix;
    const auto bits = mix.bitDepth();
    if (!mix.stream.lossless || mix.stream.floatingPoint || !bits ||
        *bits > thresholds::kLowBitDepthBits) {
        return std::nullopt;
    }
    Finding finding;
    finding.kind = FindingKind::LowBitDepth;
    finding.basis = FindingBasis::Absolute;
    finding.severity = FindingSeverity::Info;
    finding.value = *bits;
    finding.confidence = 1.0;
    finding.title = Diagnosis::tr("16-bit export");
    finding.evidence = Diagnosis::tr("The mix is a %1-bit file.").arg(*bits);
    finding.suggestion = Diagnosis::tr(
        "Export mixes for mastering at 24-bit or 32-bit float: 16-bit is for the final "
        "release, after mastering and dither.");
    return finding;
}

std::optional<Finding> silenceToTrim(const DiagnosisContext& context) {
    const LoudnessResult& loudness = context.mix.loudness;
    const auto& series = loudness.momentaryLufs;
    std::size_t first = series.size(), last = 0;
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (series[i] && *series[i] >= thresholds::kSilentBelowLufs) {
            first = std::min(first, i);
            last = i;
        }
    }
    if (first >= series.size()) {
        return std::nullopt;
    }
    const double interval = loudness.seriesIntervalS;
    // The 400 ms window first hears sound up to 0.4 s after it starts.
    const double leadingS = std::max(0.0, static_cast<double>(first) * interval - 0.3);
    const double trailingS =
        std::max(0.0, context.mix.durationS - static_cast<double>(last + 1) * interval);
    if (leadingS < thresholds::kLeadingSilenceS && trailingS < thresholds::kTrailingSilenceS) {
        return std::nullopt;
    }
    Finding finding;
    finding.kind = FindingKind::SilenceToTrim;
    finding.basis = FindingBasis::Absolute;
    finding.severity = FindingSeverity::Info;
    finding.value = leadingS + trailingS;
    finding.confidence = 1.0;
    finding.title = Diagnosis::tr("Silence to trim");
    finding.evidence = Diagnosis::tr("%1 s of silence at the start and %2 s at the end.")
                           .arg(leadingS, 0, 'f', 1)
                           .arg(trailingS, 0, 'f', 1);
    finding.suggestion = Diagnosis::tr(
        "Trim the export to the music (keep reverb tails); a long silent start makes listeners "
        "and distributors think the file is broken.");
    if (leadingS >= thresholds::kLeadingSilenceS) {
        finding.times.push_back({0.0, leadingS});
    }
    if (trailingS >= thresholds::kTrailingSilenceS) {
        finding.times.push_back({context.mix.durationS - trailingS, context.mix.durationS});
    }
    return finding;
}

} // namespace mixscope::rules
