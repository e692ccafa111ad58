#include "core/common/units.h"
#include "core/compare/comparison.h"
#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/findingbuilder.h"
#include "core/diagnosis/rules/rules.h"

#include <QStringList>

#include <algorithm>
#include <limits>

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
    if (mix.spectrum.contentTopHz) {
        finding.evidence +=
            QLatin1Char(' ') + Diagnosis::tr("Nothing is left above %1.")
                                   .arg(Units::frequency(*mix.spectrum.contentTopHz));
    }
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
                           .arg(Units::number(leadingS, 1))
                           .arg(Units::number(trailingS, 1));
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

std::optional<Finding> bandLimited(const DiagnosisContext& context) {
    const TrackAnalysis& mix = context.mix;
    // A lossy mix's low-pass is part of lossy_export.
    const bool mixLimited = mix.spectrum.contentTopHz && mix.stream.lossless;
    QStringList references;
    const double noTopHz = std::numeric_limits<double>::infinity();
    double lowestTopHz = mixLimited ? *mix.spectrum.contentTopHz : noTopHz;
    double highestNyquistHz = mix.stream.sampleRateHz / 2.0;
    for (const TrackAnalysis* reference : context.references) {
        const auto top = reference->spectrum.contentTopHz;
        if (!top) {
            continue;
        }
        const QString where = Units::frequency(*top);
        references << (reference->stream.lossless
                           ? Diagnosis::tr("above %1 in “%2” (a low-pass or a lower sample rate "
                                           "before it was saved)")
                                 .arg(where, reference->tags.title)
                           : Diagnosis::tr("above %1 in “%2” (its %3 encoder's low-pass)")
                                 .arg(where, reference->tags.title,
                                      reference->stream.formatName()));
        lowestTopHz = std::min(lowestTopHz, *top);
        highestNyquistHz = std::max(highestNyquistHz, reference->stream.sampleRateHz / 2.0);
    }
    if (lowestTopHz == noTopHz) {
        return std::nullopt;
    }
    double comparedToHz = Comparison::usableTopHz(mix);
    for (const TrackAnalysis* reference : context.references) {
        comparedToHz = std::min(comparedToHz, Comparison::usableTopHz(*reference));
    }
    Finding finding;
    finding.kind = FindingKind::BandLimited;
    finding.basis = FindingBasis::Absolute;
    finding.severity = FindingSeverity::Info;
    finding.value = lowestTopHz;
    finding.confidence = 1.0;
    finding.frequency = FrequencyRange{lowestTopHz, std::max(lowestTopHz + 1.0, highestNyquistHz)};
    QStringList evidence;
    if (mixLimited) {
        finding.title = Diagnosis::tr("Top end cut off");
        evidence << Diagnosis::tr("The mix has nothing above %1: its level falls by more than "
                                  "%2 dB there and stays down.")
                        .arg(Units::frequency(*mix.spectrum.contentTopHz))
                        .arg(Units::number(SpectrumResult::kBandwidthCliffDb, 0));
        finding.suggestion = Diagnosis::tr(
            "If you did not cut it on purpose, find what does: a project, sample or stem at a low "
            "sample rate (32 kHz or less), a lossy bounce of a part, or a low-pass on the mix "
            "bus.");
    } else {
        finding.title = references.size() > 1 ? Diagnosis::tr("Band-limited references")
                                              : Diagnosis::tr("Band-limited reference");
        finding.suggestion = Diagnosis::tr(
            "To judge the very top, use a lossless copy of the reference (WAV or FLAC, a CD rip) "
            "or one at 256–320 kbit/s.");
    }
    if (!references.isEmpty()) {
        evidence << Diagnosis::tr("Nothing %1.").arg(references.join(QStringLiteral(", ")));
    }
    if (!context.references.empty()) {
        evidence << Diagnosis::tr("The spectra are compared only below %1.")
                        .arg(Units::frequency(comparedToHz));
    }
    finding.evidence = evidence.join(QLatin1Char(' '));
    return finding;
}

} // namespace mixscope::rules
