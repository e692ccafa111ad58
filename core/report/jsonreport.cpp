#include "core/report/jsonreport.h"

#include "core/compare/loudnessmatch.h"

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

QJsonArray series(const std::vector<std::optional<float>>& values) {
    QJsonArray array;
    for (const auto& value : values) {
        array.append(number(value ? std::optional<double>(*value) : std::nullopt, 1));
    }
    return array;
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

QJsonObject levelsObject(const LevelResult& levels) {
    return QJsonObject{
        {QStringLiteral("rms_dbfs"), number(levels.rmsDbfs)},
        {QStringLiteral("dc_offset_percent"),
         QJsonArray{number(levels.dcOffsetPercent[0], 4), number(levels.dcOffsetPercent[1], 4)}},
    };
}

} // namespace

QJsonDocument JsonReport::build(const std::vector<ReportEntry>& entries) {
    std::optional<double> mixLufs;
    for (const ReportEntry& entry : entries) {
        if (entry.role == TrackRole::Mix && entry.outcome.ok()) {
            mixLufs = entry.outcome.value().loudness.integratedLufs;
            break;
        }
    }

    QJsonArray tracks;
    QJsonArray errors;
    QJsonArray warnings;
    for (const ReportEntry& entry : entries) {
        if (!entry.outcome.ok()) {
            errors.append(QJsonObject{{QStringLiteral("path"), entry.path},
                                      {QStringLiteral("message"), entry.outcome.error().message}});
            continue;
        }
        const TrackAnalysis& track = entry.outcome.value();
        for (const QString& warning : track.warnings) {
            warnings.append(QJsonObject{{QStringLiteral("path"), entry.path},
                                        {QStringLiteral("message"), warning}});
        }
        tracks.append(QJsonObject{
            {QStringLiteral("role"),
             entry.role == TrackRole::Mix ? QStringLiteral("mix") : QStringLiteral("reference")},
            {QStringLiteral("path"), entry.path},
            {QStringLiteral("file"), fileObject(track)},
            {QStringLiteral("tags"), tagsObject(track.tags)},
            {QStringLiteral("loudness"), loudnessObject(track)},
            {QStringLiteral("levels"), levelsObject(track.levels)},
            {QStringLiteral("match_gain_db"),
             number(matchGainDb(mixLufs, track.loudness.integratedLufs))},
            {QStringLiteral("dynamics"),
             QJsonObject{{QStringLiteral("crest_db"), number(track.levels.crestDb)}}},
            {QStringLiteral("notes"), QJsonArray::fromStringList(track.notes)},
        });
    }

    return QJsonDocument(QJsonObject{
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("tracks"), tracks},
        {QStringLiteral("findings"), QJsonArray{}},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("errors"), errors},
    });
}

} // namespace mixscope
