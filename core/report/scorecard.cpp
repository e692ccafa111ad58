#include "core/report/scorecard.h"

#include "core/common/units.h"

#include <QLocale>
#include <functional>

namespace mixscope {

namespace {

QString number(std::optional<double> value, int decimals, const QString& unit = {}) {
    if (!value) {
        return QStringLiteral("—");
    }
    const QString text = QLocale().toString(*value, 'f', decimals);
    return unit.isEmpty() ? text : QStringLiteral("%1 %2").arg(text, unit);
}

} // namespace

std::vector<ScoreCard::Row> ScoreCard::rows(const SessionSnapshot& s) {
    struct Measure {
        QString name;
        QString help;
        std::function<QString(const TrackAnalysis&, std::optional<double> gain)> value;
    };
    const std::vector<Measure> measures{
        {tr("Integrated loudness"), tr("How loud the whole track feels (EBU R128)"),
         [](const TrackAnalysis& a, auto) {
             return Units::level(a.loudness.integratedLufs, QStringLiteral("LUFS"));
         }},
        {tr("Match gain"), tr("Gain that brings the track to the mix's loudness"),
         [](const TrackAnalysis&, std::optional<double> gain) {
             return gain ? Units::gain(*gain) : QStringLiteral("—");
         }},
        {tr("Loudness range"), tr("How much the loudness moves (EBU Tech 3342)"),
         [](const TrackAnalysis& a, auto) {
             return number(a.loudness.rangeLu, 1, tr("LU"));
         }},
        {tr("True peak"), tr("Highest level between samples; above -1 dBTP lossy encoding clips"),
         [](const TrackAnalysis& a, auto) {
             return Units::level(a.loudness.truePeakDbtp, QStringLiteral("dBTP"));
         }},
        {tr("PLR"), tr("True peak minus loudness: room for the peaks"),
         [](const TrackAnalysis& a, auto) {
             return number(a.plrDb(), 1, tr("dB"));
         }},
        {tr("Crest factor"), tr("Sample peak minus RMS"),
         [](const TrackAnalysis& a, auto) {
             return number(a.levels.crestDb, 1, tr("dB"));
         }},
        {tr("Correlation"), tr("+1 mono, 0 wide, below 0 cancels in mono"),
         [](const TrackAnalysis& a, auto) {
             return number(a.stereo.correlation, 2);
         }},
        {tr("Low-end correlation"), tr("Correlation below 150 Hz: bass should be near +1"),
         [](const TrackAnalysis& a, auto) {
             return number(a.stereo.lowEndCorrelation, 2);
         }},
        {tr("Tempo"), tr("Beats per minute"),
         [](const TrackAnalysis& a, auto) {
             return number(a.rhythm.tempoBpm, 1, tr("BPM"));
         }},
        {tr("Sample rate"), tr("Samples per second"),
         [](const TrackAnalysis& a, auto) {
             return Units::sampleRate(a.stream.sampleRateHz);
         }},
        {tr("Bit depth"), tr("Bits per sample; lossy files have none"),
         [](const TrackAnalysis& a, auto) {
             if (const auto bits = a.bitDepth()) {
                 return tr("%1-bit").arg(*bits);
             }
             if (const auto kbps = a.bitrateKbps()) {
                 return tr("lossy, %1 kbps").arg(*kbps);
             }
             return tr("lossy");
         }},
    };

    const std::vector<ComparedTrack> tracks = s.tracks();
    std::vector<Row> rows;
    for (const Measure& measure : measures) {
        Row row{measure.name, measure.help, {}};
        for (std::size_t k = 0; k < tracks.size(); ++k) {
            const bool isMix = s.mix && k == 0;
            const std::optional<double> gain =
                isMix ? std::optional<double>(0.0) : s.matchGainDb(s.mix ? k - 1 : k);
            row.values << measure.value(*tracks[k].analysis, gain);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

QString ScoreCard::basis(const SessionSnapshot& s) {
    if (s.references.empty()) {
        return tr("against the usual ranges for a mix (no reference yet)");
    }
    // Profiles named, each with its track count, in the order of the list.
    int files = 0;
    std::vector<std::pair<const ComparedTrack*, int>> profiles; // a profile's first track, count
    for (const ComparedTrack& reference : s.references) {
        if (reference.playable()) {
            ++files;
        } else if (profiles.empty() || profiles.back().first->profile != reference.profile) {
            profiles.emplace_back(&reference, 1);
        } else {
            ++profiles.back().second;
        }
    }
    if (profiles.empty()) {
        return tr("against %n reference(s), loudness-matched", nullptr,
                  static_cast<int>(s.references.size()));
    }
    QStringList parts;
    if (files > 0) {
        parts << tr("%n reference file(s)", nullptr, files);
    }
    for (const auto& [first, tracks] : profiles) {
        parts << tr("the profile “%1” (%n track(s))", nullptr, tracks).arg(first->profile);
    }
    return tr("against %1, loudness-matched").arg(parts.join(tr(" and ")));
}

QString ScoreCard::findingCount(const SessionSnapshot& s) {
    if (s.findings.empty()) {
        return tr("nothing stands out");
    }
    int problems = 0;
    int warnings = 0;
    for (const Finding& finding : s.findings) {
        problems += finding.severity == FindingSeverity::Problem ? 1 : 0;
        warnings += finding.severity == FindingSeverity::Warning ? 1 : 0;
    }
    return tr("%1: %2, %3")
        .arg(tr("%n finding(s)", nullptr, static_cast<int>(s.findings.size())),
             tr("%n problem(s)", nullptr, problems), tr("%n warning(s)", nullptr, warnings));
}

} // namespace mixscope
