#include "core/report/jsonreport.h"

#include "core/common/atomicfile.h"
#include "core/common/translations.h"
#include "core/compare/comparison.h"
#include "core/compare/loudnessmatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace mixscope {

namespace {

// Two decimals are below any audible or metering significance and keep the
// report readable; a diff of two reports then shows real changes only.
QJsonValue number(std::optional<double> value, int decimals = 2) {
    if (!value || !std::isfinite(*value)) {
        return QJsonValue::Null;
    }
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QJsonValue number(std::optional<int> value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray series(const std::vector<std::optional<float>>& values, int decimals = 1) {
    QJsonArray array;
    for (const auto& value : values) {
        array.append(number(value ? std::optional<double>(*value) : std::nullopt, decimals));
    }
    return array;
}

QJsonArray numbers(const std::vector<std::optional<double>>& values, int decimals = 2) {
    QJsonArray array;
    for (const auto& value : values) {
        array.append(number(value, decimals));
    }
    return array;
}

QJsonArray numbers(const std::vector<double>& values, int decimals = 2) {
    QJsonArray array;
    for (const double value : values) {
        array.append(number(value, decimals));
    }
    return array;
}

QJsonArray floats(const std::vector<float>& values, int decimals) {
    QJsonArray array;
    for (const float value : values) {
        array.append(number(static_cast<double>(value), decimals));
    }
    return array;
}

QJsonObject spectrumObject(const SpectrumResult& spectrum) {
    QJsonArray bandSeries;
    for (const auto& frame : spectrum.bandSeriesMidDb) {
        bandSeries.append(series(frame));
    }
    return QJsonObject{
        {QStringLiteral("band_centers_hz"), numbers(spectrum.bandCentersHz, 1)},
        {QStringLiteral("mid_db"), numbers(spectrum.midDb)},
        {QStringLiteral("side_db"), numbers(spectrum.sideDb)},
        {QStringLiteral("display_band_centers_hz"), numbers(spectrum.displayBandCentersHz, 1)},
        {QStringLiteral("display_mid_db"), numbers(spectrum.displayMidDb)},
        {QStringLiteral("display_side_db"), numbers(spectrum.displaySideDb)},
        {QStringLiteral("fft_size"), spectrum.fftSize},
        {QStringLiteral("content_top_hz"), number(spectrum.contentTopHz, 0)},
        {QStringLiteral("band_series_interval_s"), number(spectrum.bandSeriesIntervalS, 4)},
        {QStringLiteral("band_series_mid_db"), bandSeries},
    };
}

QJsonObject stereoObject(const StereoResult& stereo) {
    return QJsonObject{
        {QStringLiteral("correlation"), number(stereo.correlation, 3)},
        {QStringLiteral("low_end_correlation"), number(stereo.lowEndCorrelation, 3)},
        {QStringLiteral("mono_loss_db"), number(stereo.monoLossDb)},
        {QStringLiteral("balance_db"), number(stereo.balanceDb)},
        {QStringLiteral("band_centers_hz"), numbers(stereo.bandCentersHz, 1)},
        {QStringLiteral("band_correlation"), numbers(stereo.bandCorrelation, 3)},
        {QStringLiteral("side_to_mid_db"), numbers(stereo.sideToMidDb)},
        {QStringLiteral("correlation_series_interval_s"),
         number(stereo.correlationSeriesIntervalS, 4)},
        {QStringLiteral("correlation_series"), series(stereo.correlationSeries, 2)},
        {QStringLiteral("vectorscope_size"), StereoResult::kVectorscopeSize},
        {QStringLiteral("vectorscope_density"), floats(stereo.vectorscopeDensity, 4)},
    };
}

QJsonObject dynamicsObject(const TrackAnalysis& track) {
    const DynamicsResult& dynamics = track.dynamics;
    return QJsonObject{
        {QStringLiteral("crest_db"), number(track.levels.crestDb)},
        {QStringLiteral("plr_db"), number(track.plrDb())},
        {QStringLiteral("psr_db"), number(dynamics.psrDb)},
        {QStringLiteral("range_lu"), number(track.loudness.rangeLu)},
        {QStringLiteral("transient_strength_db"), number(dynamics.transientStrengthDb)},
        {QStringLiteral("transient_count"), dynamics.transientCount},
        {QStringLiteral("crest_series_interval_s"), dynamics.crestIntervalS},
        {QStringLiteral("crest_series_db"), series(dynamics.crestDb, 1)},
        {QStringLiteral("psr_series_db"), series(dynamics.psrSeriesDb, 1)},
        {QStringLiteral("loudness_histogram_floor_lufs"), dynamics.histogramFloorLufs},
        {QStringLiteral("loudness_histogram"), floats(dynamics.loudnessHistogram, 4)},
    };
}

QJsonObject rhythmObject(const RhythmResult& rhythm) {
    return QJsonObject{
        {QStringLiteral("tempo_bpm"), number(rhythm.tempoBpm, 1)},
        {QStringLiteral("tempo_confidence"), number(rhythm.tempoConfidence, 2)},
        {QStringLiteral("onset_times_s"), numbers(rhythm.onsetTimesS, 3)},
    };
}

QJsonObject structureObject(const StructureResult& structure) {
    QJsonArray sections;
    for (const Section& section : structure.sections) {
        sections.append(QJsonObject{
            {QStringLiteral("start_s"), number(section.startS, 2)},
            {QStringLiteral("end_s"), number(section.endS, 2)},
            {QStringLiteral("label"), sectionLabelId(section.label)},
            {QStringLiteral("loudness_lufs"), number(section.loudnessLufs, 1)},
        });
    }
    return QJsonObject{{QStringLiteral("sections"), sections}};
}

QJsonObject deltaObject(const ReferenceDelta& delta) {
    return QJsonObject{
        {QStringLiteral("match_gain_db"), number(delta.matchGainDb)},
        {QStringLiteral("section_match_gain_db"), number(delta.sectionMatchGainDb)},
        {QStringLiteral("spectrum_delta_db"), numbers(delta.spectrumDeltaDb)},
        {QStringLiteral("width_delta_db"), numbers(delta.widthDeltaDb)},
        {QStringLiteral("spectrum_top_hz"), number(delta.spectrumTopHz, 0)},
        {QStringLiteral("correlation_delta"), number(delta.correlationDelta, 3)},
        {QStringLiteral("low_end_correlation_delta"), number(delta.lowEndCorrelationDelta, 3)},
        {QStringLiteral("crest_delta_db"), number(delta.crestDeltaDb)},
        {QStringLiteral("plr_delta_db"), number(delta.plrDeltaDb)},
        {QStringLiteral("psr_delta_db"), number(delta.psrDeltaDb)},
        {QStringLiteral("range_delta_lu"), number(delta.loudnessRangeDeltaLu)},
        {QStringLiteral("transient_strength_delta_db"), number(delta.transientStrengthDeltaDb)},
    };
}

QJsonObject fileObject(const TrackAnalysis& track) {
    const AudioStreamInfo& stream = track.stream;
    QJsonObject file{
        {QStringLiteral("sample_rate"), stream.sampleRateHz},
        {QStringLiteral("channels"), stream.channels},
        {QStringLiteral("channel_layout"), stream.channelLayout},
        {QStringLiteral("bit_depth"), number(track.bitDepth())},
        {QStringLiteral("codec"), stream.codec},
        {QStringLiteral("codec_name"), stream.codecDescription},
        {QStringLiteral("container"), stream.container},
        {QStringLiteral("lossless"), stream.lossless},
        {QStringLiteral("bitrate_kbps"), number(track.bitrateKbps())},
        {QStringLiteral("duration_s"), number(track.durationS, 3)},
        {QStringLiteral("analysed_as"), stream.channels == 1 ? QStringLiteral("dual_mono")
                                        : stream.isDownmixed()
                                            ? QStringLiteral("itu_downmix_to_stereo")
                                            : QStringLiteral("stereo")},
    };
    return file;
}

QJsonObject tagsObject(const TrackTags& tags) {
    return QJsonObject{
        {QStringLiteral("title"), tags.title},
        {QStringLiteral("artist"), tags.artist},
        {QStringLiteral("album"), tags.album},
        {QStringLiteral("has_cover_art"), !tags.coverArt.isEmpty()},
    };
}

QJsonObject loudnessObject(const TrackAnalysis& track) {
    const LoudnessResult& loudness = track.loudness;
    return QJsonObject{
        {QStringLiteral("integrated_lufs"), number(loudness.integratedLufs)},
        {QStringLiteral("range_lu"), number(loudness.rangeLu)},
        {QStringLiteral("true_peak_dbtp"), number(loudness.truePeakDbtp)},
        {QStringLiteral("sample_peak_dbfs"), number(track.levels.samplePeakDbfs)},
        {QStringLiteral("momentary_max_lufs"), number(loudness.momentaryMaxLufs)},
        {QStringLiteral("short_term_max_lufs"), number(loudness.shortTermMaxLufs)},
        {QStringLiteral("plr_db"), number(track.plrDb())},
        {QStringLiteral("series_interval_s"), loudness.seriesIntervalS},
        {QStringLiteral("momentary_lufs"), series(loudness.momentaryLufs)},
        {QStringLiteral("short_term_lufs"), series(loudness.shortTermLufs)},
    };
}

// The per-time series a compact report leaves out, by section of a track:
// everything that grows with the track's length (the vectorscope is a
// fixed 64 x 64 picture and stays).
void removeSeries(QJsonObject& track) {
    const std::vector<std::pair<QString, QStringList>> series{
        {QStringLiteral("loudness"),
         {QStringLiteral("series_interval_s"), QStringLiteral("momentary_lufs"),
          QStringLiteral("short_term_lufs")}},
        {QStringLiteral("spectrum"),
         {QStringLiteral("band_series_interval_s"), QStringLiteral("band_series_mid_db")}},
        {QStringLiteral("stereo"),
         {QStringLiteral("correlation_series_interval_s"), QStringLiteral("correlation_series")}},
        {QStringLiteral("dynamics"),
         {QStringLiteral("crest_series_interval_s"), QStringLiteral("crest_series_db"),
          QStringLiteral("psr_series_db")}},
        {QStringLiteral("rhythm"), {QStringLiteral("onset_times_s")}},
    };
    for (const auto& [section, keys] : series) {
        QJsonObject object = track.value(section).toObject();
        for (const QString& key : keys) {
            object.remove(key);
        }
        track.insert(section, object);
    }
}

QJsonObject levelsObject(const LevelResult& levels) {
    return QJsonObject{
        {QStringLiteral("rms_dbfs"), number(levels.rmsDbfs)},
        {QStringLiteral("dc_offset_percent"),
         QJsonArray{number(levels.dcOffsetPercent[0], 4), number(levels.dcOffsetPercent[1], 4)}},
    };
}

// One analysed track: its facts and measures (without the series when compact).
QJsonObject trackObject(const SessionEntry& entry, const std::optional<double>& mixLufs,
                        JsonReport::Detail detail) {
    const TrackAnalysis& track = *entry.analysis;
    QJsonObject object{
        {QStringLiteral("role"),
         entry.role == TrackRole::Mix ? QStringLiteral("mix") : QStringLiteral("reference")},
        {QStringLiteral("path"), entry.path},
        {QStringLiteral("file"), fileObject(track)},
        {QStringLiteral("tags"), tagsObject(track.tags)},
        {QStringLiteral("loudness"), loudnessObject(track)},
        {QStringLiteral("levels"), levelsObject(track.levels)},
        {QStringLiteral("match_gain_db"),
         number(matchGainDb(mixLufs, track.loudness.integratedLufs))},
        {QStringLiteral("spectrum"), spectrumObject(track.spectrum)},
        {QStringLiteral("stereo"), stereoObject(track.stereo)},
        {QStringLiteral("dynamics"), dynamicsObject(track)},
        {QStringLiteral("rhythm"), rhythmObject(track.rhythm)},
        {QStringLiteral("structure"), structureObject(track.structure)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(track.notes)},
    };
    if (!entry.profile.isEmpty()) {
        object.insert(QStringLiteral("profile"), entry.profile);
    }
    if (detail == JsonReport::Detail::Compact) {
        removeSeries(object);
    }
    return object;
}

// A finding about the mix, whose index in "tracks" is mixIndex.
QJsonObject findingObject(const Finding& finding, int mixIndex) {
    QJsonArray times;
    for (const TimeRange& range : finding.times) {
        times.append(QJsonArray{number(range.startS, 2), number(range.endS, 2)});
    }
    return QJsonObject{
        {QStringLiteral("id"), findingKindId(finding.kind)},
        {QStringLiteral("severity"), findingSeverityId(finding.severity)},
        {QStringLiteral("track"), mixIndex},
        {QStringLiteral("freq_hz"),
         finding.frequency ? QJsonValue(QJsonArray{number(finding.frequency->lowHz, 1),
                                                   number(finding.frequency->highHz, 1)})
                           : QJsonValue()},
        {QStringLiteral("times_s"), times},
        {QStringLiteral("title"), finding.title},
        {QStringLiteral("evidence"), finding.evidence},
        {QStringLiteral("suggestion"), finding.suggestion},
        {QStringLiteral("confidence"), number(finding.confidence, 2)},
        {QStringLiteral("basis"), findingBasisId(finding.basis)},
        {QStringLiteral("value"), number(finding.value, 2)},
    };
}

} // namespace

namespace {

// Each entry's index in "tracks", which leaves the failed files out (-1).
std::vector<int> trackIndices(const SessionRun& run) {
    std::vector<int> indices(run.entries.size(), -1);
    int next = 0;
    for (std::size_t i = 0; i < run.entries.size(); ++i) {
        if (run.entries[i].ok()) {
            indices[i] = next++;
        }
    }
    return indices;
}

std::optional<double> mixLoudness(const SessionRun& run) {
    const SessionSnapshot& snapshot = run.snapshot;
    return snapshot.mix ? snapshot.mix->analysis->loudness.integratedLufs : std::nullopt;
}

// The comparison: the mix against each analysed reference (indices into
// "tracks") and against their average.
QJsonObject comparisonObject(const SessionSnapshot& snapshot, const std::vector<int>& trackIndex) {
    const Comparison& comparison = snapshot.comparison;
    QJsonArray perReference;
    for (std::size_t i = 0; i < comparison.perReference.size(); ++i) {
        QJsonObject delta = deltaObject(comparison.perReference[i]);
        delta.insert(QStringLiteral("track"),
                     trackIndex[static_cast<std::size_t>(snapshot.references[i].row)]);
        perReference.append(delta);
    }
    return QJsonObject{
        {QStringLiteral("band_centers_hz"), numbers(comparison.bandCentersHz, 1)},
        {QStringLiteral("references"), perReference},
        {QStringLiteral("average"), deltaObject(*comparison.average)},
    };
}

// Everything but "tracks" (null): the part of the report that stays small
// however many and however long the tracks are.
QJsonArray closestProfilesArray(const std::vector<ProfileDistance>& ranked) {
    QJsonArray profiles;
    for (const ProfileDistance& profile : ranked) {
        profiles.append(QJsonObject{
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("path"), profile.path},
            {QStringLiteral("tracks"), profile.trackCount},
            {QStringLiteral("distance"), number(std::optional(profile.distance))},
            {QStringLiteral("score"), number(std::optional(profile.score))},
            {QStringLiteral("closeness"), ProfileDistance::closenessId(profile.closeness())},
            {QStringLiteral("tonal_balance"), number(profile.tonalBalance)},
            {QStringLiteral("width"), number(profile.width)},
            {QStringLiteral("dynamics"), number(profile.dynamics)},
            {QStringLiteral("tempo"), number(profile.tempo)},
        });
    }
    return profiles;
}

QJsonObject reportWithoutTracks(const SessionRun& run, JsonReport::Detail detail) {
    const SessionSnapshot& snapshot = run.snapshot;
    const std::vector<int> trackIndex = trackIndices(run);
    QJsonArray errors;
    QJsonArray warnings;
    for (const SessionEntry& entry : run.entries) {
        if (!entry.ok()) {
            errors.append(QJsonObject{{QStringLiteral("path"), entry.path},
                                      {QStringLiteral("message"), entry.error->message}});
            continue;
        }
        for (const QString& warning : entry.analysis->warnings) {
            warnings.append(QJsonObject{{QStringLiteral("path"), entry.path},
                                        {QStringLiteral("message"), warning}});
        }
    }
    // Findings are about the mix: "track" is its index in "tracks".
    const int mixIndex =
        snapshot.mix ? trackIndex[static_cast<std::size_t>(snapshot.mix->row)] : -1;
    QJsonArray findings;
    for (const Finding& finding : snapshot.findings) {
        findings.append(findingObject(finding, mixIndex));
    }

    QJsonObject report{
        {QStringLiteral("format_version"), JsonReport::kFormatVersion},
        // The language of the texts: titles, evidence, suggestions, messages.
        {QStringLiteral("language"), Translations::current()},
        {QStringLiteral("tracks"), QJsonValue::Null},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("errors"), errors},
    };
    if (detail == JsonReport::Detail::Compact) {
        report.insert(QStringLiteral("compact"), true);
    }
    if (snapshot.mix && snapshot.comparison.average) {
        report.insert(QStringLiteral("comparison"), comparisonObject(snapshot, trackIndex));
    }
    if (!snapshot.closestProfiles.empty()) {
        report.insert(QStringLiteral("closest_profiles"),
                      closestProfilesArray(snapshot.closestProfiles));
    }
    return report;
}

// Hands sink `prefix`, then a JSON text QJsonDocument::Indented wrote at the
// top level moved `levels` levels in (4 spaces each), without its final line
// break, in pieces of about a megabyte: a long track's text is not copied
// whole. Line by line is safe: a line break inside a JSON string is always
// written as "\n".
bool sinkIndented(const char* prefix, QByteArrayView json, int levels,
                  const AtomicFile::Sink& sink) {
    constexpr qsizetype kPieceBytes = 1 << 20;
    const QByteArray indent(4 * levels, ' ');
    QByteArray piece(prefix);
    qsizetype from = 0;
    while (from < json.size()) {
        qsizetype to = json.indexOf('\n', from);
        if (to < 0) {
            to = json.size();
        }
        if (from > 0) {
            piece += '\n';
        }
        piece += indent;
        piece += json.sliced(from, to - from);
        from = to + 1;
        if (piece.size() >= kPieceBytes) {
            if (!sink(piece)) {
                return false;
            }
            piece.clear();
        }
    }
    return piece.isEmpty() || sink(piece);
}

} // namespace

QJsonDocument JsonReport::build(const SessionRun& run, Detail detail) {
    QJsonObject report = reportWithoutTracks(run, detail);
    const std::optional<double> mixLufs = mixLoudness(run);
    QJsonArray tracks;
    for (const SessionEntry& entry : run.entries) {
        if (entry.ok()) {
            tracks.append(trackObject(entry, mixLufs, detail));
        }
    }
    report.insert(QStringLiteral("tracks"), tracks);
    return QJsonDocument(report);
}

bool JsonReport::stream(const SessionRun& run, Detail detail, const AtomicFile::Sink& sink) {
    // The small part as one text, and each track written into its place on
    // its own: the bytes of build(run).toJson(Indented), with one track's
    // objects in memory at a time instead of all of them and all of the text.
    const QByteArray frame =
        QJsonDocument(reportWithoutTracks(run, detail)).toJson(QJsonDocument::Indented);
    const QByteArray placeholder = "\n    \"tracks\": null";
    const qsizetype at = frame.indexOf(placeholder);
    Q_ASSERT(at >= 0);
    const qsizetype valueAt = at + placeholder.size() - 4;
    if (!sink(frame.first(valueAt) + "[")) {
        return false;
    }
    const std::optional<double> mixLufs = mixLoudness(run);
    bool first = true;
    for (const SessionEntry& entry : run.entries) {
        if (!entry.ok()) {
            continue;
        }
        const QByteArray track =
            QJsonDocument(trackObject(entry, mixLufs, detail)).toJson(QJsonDocument::Indented);
        if (!sinkIndented(first ? "\n" : ",\n", QByteArrayView(track).chopped(1), 2, sink)) {
            return false;
        }
        first = false;
    }
    return sink("\n    ]" + frame.sliced(valueAt + 4));
}

namespace {

std::optional<AnalysisError> writeError(const std::optional<QString>& failure) {
    if (!failure) {
        return std::nullopt;
    }
    return AnalysisError{
        AnalysisErrorKind::WriteFailed,
        QCoreApplication::translate("mixscope::JsonReport", "the report cannot be written (%1)")
            .arg(*failure)};
}

} // namespace

std::optional<AnalysisError> JsonReport::write(const QString& path, const SessionRun& run,
                                               Detail detail) {
    return writeError(AtomicFile::writeStreamed(
        path, [&run, detail](const AtomicFile::Sink& sink) { return stream(run, detail, sink); }));
}

std::optional<AnalysisError> JsonReport::checkDestination(const QString& path) {
    return writeError(AtomicFile::checkWritable(path));
}

} // namespace mixscope
