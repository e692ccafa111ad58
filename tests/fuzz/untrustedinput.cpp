#include "tests/fuzz/untrustedinput.h"

#include "core/analysis/trackanalyzer.h"
#include "core/report/jsonreport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <optional>
#include <vector>

namespace mixscope::fuzz {

namespace {

bool finite(const std::optional<double>& value) {
    return !value || std::isfinite(*value);
}

bool finite(const std::vector<std::optional<double>>& values) {
    for (const auto& value : values) {
        if (!finite(value)) {
            return false;
        }
    }
    return true;
}

bool finite(const std::vector<std::optional<float>>& values) {
    for (const auto& value : values) {
        if (value && !std::isfinite(*value)) {
            return false;
        }
    }
    return true;
}

template <typename Number> bool finite(const std::vector<Number>& values) {
    for (const Number value : values) {
        if (!std::isfinite(value)) {
            return false;
        }
    }
    return true;
}

// The figures the report, the charts and the diagnosis read: none may be NaN
// or infinite (the report would silently turn them into null).
QString nonFiniteFigure(const TrackAnalysis& a) {
    const struct {
        const char* name;
        bool ok;
    } checks[] = {
        {"duration", std::isfinite(a.durationS)},
        {"integrated loudness", finite(a.loudness.integratedLufs)},
        {"loudness range", finite(a.loudness.rangeLu)},
        {"true peak", finite(a.loudness.truePeakDbtp)},
        {"short-term max", finite(a.loudness.shortTermMaxLufs)},
        {"short-term series", finite(a.loudness.shortTermLufs)},
        {"sample peak", finite(a.levels.samplePeakDbfs)},
        {"RMS", finite(a.levels.rmsDbfs)},
        {"crest", finite(a.levels.crestDb)},
        {"DC offset",
         std::isfinite(a.levels.dcOffsetPercent[0]) && std::isfinite(a.levels.dcOffsetPercent[1])},
        {"mid spectrum", finite(a.spectrum.midDb)},
        {"side spectrum", finite(a.spectrum.sideDb)},
        {"display spectrum", finite(a.spectrum.displayMidDb) && finite(a.spectrum.displaySideDb)},
        {"correlation", finite(a.stereo.correlation) && finite(a.stereo.lowEndCorrelation)},
        {"mono loss", finite(a.stereo.monoLossDb)},
        {"band correlation", finite(a.stereo.bandCorrelation)},
        {"vectorscope", finite(a.stereo.vectorscopeDensity)},
        {"PSR", finite(a.dynamics.psrDb) && finite(a.dynamics.psrSeriesDb)},
        {"transient strength", finite(a.dynamics.transientStrengthDb)},
        {"tempo", finite(a.rhythm.tempoBpm) && std::isfinite(a.rhythm.tempoConfidence)},
        {"onsets", finite(a.rhythm.onsetTimesS) && finite(a.rhythm.onsetEnvelope)},
        {"novelty", finite(a.structure.novelty)},
    };
    for (const auto& check : checks) {
        if (!check.ok) {
            return QStringLiteral("non-finite %1").arg(QLatin1String(check.name));
        }
    }
    for (const auto& section : a.structure.sections) {
        if (!std::isfinite(section.startS) || !std::isfinite(section.endS) ||
            section.startS > section.endS || section.endS > a.durationS + 1.0) {
            return QStringLiteral("section [%1, %2] in a %3 s file")
                .arg(section.startS)
                .arg(section.endS)
                .arg(a.durationS);
        }
    }
    return {};
}

} // namespace

QString checkUntrustedInput(const QByteArray& bytes) {
    const Result<TrackAnalysis> outcome = TrackAnalyzer::analyzeBytes(bytes);
    if (!outcome) {
        const AnalysisError& error = outcome.error();
        if (error.message.trimmed().isEmpty()) {
            return QStringLiteral("an error without a message");
        }
        if (error.kind == AnalysisErrorKind::Cancelled ||
            error.kind == AnalysisErrorKind::WriteFailed) {
            return QStringLiteral("an error no input can cause: %1").arg(error.message);
        }
        return {};
    }

    const TrackAnalysis& analysis = outcome.value();
    if (analysis.durationS < 0.4) {
        return QStringLiteral("analysed although %1 s long").arg(analysis.durationS);
    }
    if (!analysis.loudness.integratedLufs) {
        return QStringLiteral("analysed without an integrated loudness");
    }
    if (const QString figure = nonFiniteFigure(analysis); !figure.isEmpty()) {
        return figure;
    }

    // The rest of the path a user takes: diagnosis and the JSON report, with
    // the file as the mix and as its own reference.
    std::vector<SessionEntry> entries;
    entries.emplace_back(TrackRole::Mix, QString(), outcome);
    entries.emplace_back(TrackRole::Reference, QString(), outcome);
    const SessionRun run(std::move(entries));
    const std::vector<Finding>& findings = run.snapshot.findings;
    for (const Finding& finding : findings) {
        if (finding.title.isEmpty() || !std::isfinite(finding.value) ||
            !std::isfinite(finding.confidence)) {
            return QStringLiteral("finding %1 without a title or with a non-finite value")
                .arg(findingKindId(finding.kind));
        }
        for (const TimeRange& range : finding.times) {
            if (!(range.startS <= range.endS) || range.endS > analysis.durationS + 1.0) {
                return QStringLiteral("finding %1 at [%2, %3] s in a %4 s file")
                    .arg(findingKindId(finding.kind))
                    .arg(range.startS)
                    .arg(range.endS)
                    .arg(analysis.durationS);
            }
        }
    }
    const QJsonObject report = JsonReport::build(run).object();
    if (report.value(QStringLiteral("tracks")).toArray().size() != 2) {
        return QStringLiteral("the report lost a track");
    }
    return {};
}

} // namespace mixscope::fuzz
