#include "core/profile/referenceprofile.h"

#include "core/common/atomicfile.h"
#include "core/compare/comparison.h"
#include "core/diagnosis/measures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

constexpr const char* kFormat = "mixscope-profile";
constexpr const char* kChecksumKey = "checksum_sha256";
// A profile of a hundred tracks is well under 4 MB.
constexpr qint64 kLargestFile = 64LL * 1024 * 1024;

QString key(const char* name) {
    return QString::fromLatin1(name);
}

// ---- writing: every number as JSON writes doubles, shortest round-trip ----

QJsonValue number(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<int>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray numbers(const std::vector<double>& values) {
    QJsonArray array;
    for (double value : values) {
        array.append(value);
    }
    return array;
}

QJsonArray numbers(const std::vector<std::optional<double>>& values) {
    QJsonArray array;
    for (const auto& value : values) {
        array.append(number(value));
    }
    return array;
}

QJsonArray numbers(const std::vector<float>& values) {
    QJsonArray array;
    for (float value : values) {
        array.append(static_cast<double>(value));
    }
    return array;
}

QJsonObject trackToJson(const ProfileTrack& track) {
    const TrackAnalysis& a = track.analysis;
    QJsonObject file{
        {key("container"), a.stream.container},
        {key("codec"), a.stream.codec},
        {key("codec_description"), a.stream.codecDescription},
        {key("lossless"), a.stream.lossless},
        {key("floating_point"), a.stream.floatingPoint},
        {key("sample_rate"), a.stream.sampleRateHz},
        {key("channels"), a.stream.channels},
        {key("channel_layout"), a.stream.channelLayout},
        {key("bit_depth"), number(a.stream.bitDepth)},
        {key("bitrate_kbps"), number(a.stream.bitrateKbps)},
        {key("tag_bit_depth"), number(a.tags.bitDepth)},
        {key("tag_bitrate_kbps"), number(a.tags.bitrateKbps)},
    };
    QJsonObject loudness{
        {key("integrated_lufs"), number(a.loudness.integratedLufs)},
        {key("range_lu"), number(a.loudness.rangeLu)},
        {key("true_peak_dbtp"), number(a.loudness.truePeakDbtp)},
        {key("momentary_max_lufs"), number(a.loudness.momentaryMaxLufs)},
        {key("short_term_max_lufs"), number(a.loudness.shortTermMaxLufs)},
    };
    QJsonObject levels{
        {key("sample_peak_dbfs"), number(a.levels.samplePeakDbfs)},
        {key("rms_dbfs"), number(a.levels.rmsDbfs)},
        {key("crest_db"), number(a.levels.crestDb)},
        {key("dc_offset_percent"),
         QJsonArray{a.levels.dcOffsetPercent[0], a.levels.dcOffsetPercent[1]}},
    };
    const SpectrumResult& sp = a.spectrum;
    QJsonObject spectrum{
        {key("fft_size"), sp.fftSize},
        {key("resolution_hz"), sp.resolutionHz},
        {key("band_centers_hz"), numbers(sp.bandCentersHz)},
        {key("band_low_edges_hz"), numbers(sp.bandLowEdgesHz)},
        {key("band_high_edges_hz"), numbers(sp.bandHighEdgesHz)},
        {key("mid_db"), numbers(sp.midDb)},
        {key("side_db"), numbers(sp.sideDb)},
        {key("content_top_hz"), number(sp.contentTopHz)},
        {key("display_band_centers_hz"), numbers(sp.displayBandCentersHz)},
        {key("display_mid_db"), numbers(sp.displayMidDb)},
        {key("display_side_db"), numbers(sp.displaySideDb)},
    };
    if (sp.keptHopSummary) {
        spectrum.insert(
            key("hop_summary"),
            QJsonObject{{key("sibilant_peak_db"), sp.keptHopSummary->sibilantPeakDb},
                        {key("sibilant_median_db"), sp.keptHopSummary->sibilantMedianDb},
                        {key("presence_median_db"), sp.keptHopSummary->presenceMedianDb}});
    }
    const StereoResult& st = a.stereo;
    QJsonObject stereo{
        {key("correlation"), number(st.correlation)},
        {key("low_end_correlation"), number(st.lowEndCorrelation)},
        {key("mono_loss_db"), number(st.monoLossDb)},
        {key("balance_db"), number(st.balanceDb)},
        {key("delayed_copy_strength"), number(st.delayedCopyStrength)},
        {key("delayed_copy_ms"), number(st.delayedCopyMs)},
        {key("band_centers_hz"), numbers(st.bandCentersHz)},
        {key("band_correlation"), numbers(st.bandCorrelation)},
        {key("side_to_mid_db"), numbers(st.sideToMidDb)},
    };
    QJsonObject dynamics{
        {key("psr_db"), number(a.dynamics.psrDb)},
        {key("transient_strength_db"), number(a.dynamics.transientStrengthDb)},
        {key("transient_count"), a.dynamics.transientCount},
        {key("histogram_floor_lufs"), a.dynamics.histogramFloorLufs},
        {key("loudness_histogram"), numbers(a.dynamics.loudnessHistogram)},
    };
    QJsonObject rhythm{
        {key("tempo_bpm"), number(a.rhythm.tempoBpm)},
        {key("tempo_confidence"), a.rhythm.tempoConfidence},
    };
    QJsonArray sections;
    for (const Section& section : a.structure.sections) {
        sections.append(QJsonObject{{key("start_s"), section.startS},
                                    {key("end_s"), section.endS},
                                    {key("label"), sectionLabelId(section.label)},
                                    {key("loudness_lufs"), number(section.loudnessLufs)}});
    }
    QJsonObject object{
        {key("title"), a.tags.title},
        {key("artist"), a.tags.artist},
        {key("album"), a.tags.album},
        {key("duration_s"), a.durationS},
        {key("content_sha256"), track.contentSha256},
        {key("file"), file},
        {key("loudness"), loudness},
        {key("levels"), levels},
        {key("spectrum"), spectrum},
        {key("stereo"), stereo},
        {key("dynamics"), dynamics},
        {key("rhythm"), rhythm},
        {key("sections"), sections},
        {key("notes"), QJsonArray::fromStringList(a.notes)},
        {key("warnings"), QJsonArray::fromStringList(a.warnings)},
    };
    if (!track.path.isEmpty()) {
        object.insert(key("path"), track.path);
    }
    return object;
}

// ---- reading: what was written, or why it cannot be a profile's ----

// Reads a track's object; records the first thing that does not fit in
// problem (as a short phrase) and goes on with defaults.
class TrackReader {
public:
    QString problem;

    std::optional<double> optionalNumber(const QJsonObject& object, const char* name) {
        const QJsonValue value = object.value(key(name));
        if (value.isNull() || value.isUndefined()) {
            return std::nullopt;
        }
        if (!value.isDouble()) {
            fail(name);
            return std::nullopt;
        }
        return value.toDouble();
    }

    double requiredNumber(const QJsonObject& object, const char* name) {
        const auto value = optionalNumber(object, name);
        if (!value) {
            fail(name);
        }
        return value.value_or(0.0);
    }

    std::optional<int> optionalInt(const QJsonObject& object, const char* name) {
        const auto value = optionalNumber(object, name);
        if (value && (*value != std::floor(*value) || std::abs(*value) > 1e9)) {
            fail(name);
            return std::nullopt;
        }
        return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
    }

    std::vector<double> doubles(const QJsonObject& object, const char* name) {
        std::vector<double> values;
        const QJsonArray array = object.value(key(name)).toArray();
        for (const QJsonValue& value : array) {
            if (!value.isDouble()) {
                fail(name);
                return {};
            }
            values.push_back(value.toDouble());
        }
        return values;
    }

    std::vector<std::optional<double>> optionalDoubles(const QJsonObject& object,
                                                       const char* name) {
        std::vector<std::optional<double>> values;
        const QJsonArray array = object.value(key(name)).toArray();
        for (const QJsonValue& value : array) {
            if (value.isNull()) {
                values.emplace_back();
            } else if (value.isDouble()) {
                values.emplace_back(value.toDouble());
            } else {
                fail(name);
                return {};
            }
        }
        return values;
    }

    std::vector<float> floats(const QJsonObject& object, const char* name) {
        std::vector<float> values;
        for (double value : doubles(object, name)) {
            values.push_back(static_cast<float>(value));
        }
        return values;
    }

    template <typename A, typename B> void sameLength(const A& a, const B& b, const char* name) {
        if (a.size() != b.size()) {
            fail(name);
        }
    }

    void fail(const char* name) {
        if (problem.isEmpty()) {
            problem = key(name);
        }
    }
};

ProfileTrack trackFromJson(const QJsonObject& object, TrackReader& r) {
    ProfileTrack track;
    TrackAnalysis& a = track.analysis;
    a.tags.title = object.value(key("title")).toString();
    a.tags.artist = object.value(key("artist")).toString();
    a.tags.album = object.value(key("album")).toString();
    a.durationS = r.requiredNumber(object, "duration_s");
    track.contentSha256 = object.value(key("content_sha256")).toString();
    track.path = object.value(key("path")).toString();

    const QJsonObject file = object.value(key("file")).toObject();
    a.stream.container = file.value(key("container")).toString();
    a.stream.codec = file.value(key("codec")).toString();
    a.stream.codecDescription = file.value(key("codec_description")).toString();
    a.stream.lossless = file.value(key("lossless")).toBool();
    a.stream.floatingPoint = file.value(key("floating_point")).toBool();
    a.stream.sampleRateHz = r.optionalInt(file, "sample_rate").value_or(0);
    a.stream.channels = r.optionalInt(file, "channels").value_or(0);
    a.stream.channelLayout = file.value(key("channel_layout")).toString();
    a.stream.bitDepth = r.optionalInt(file, "bit_depth");
    a.stream.bitrateKbps = r.optionalInt(file, "bitrate_kbps");
    a.tags.bitDepth = r.optionalInt(file, "tag_bit_depth");
    a.tags.bitrateKbps = r.optionalInt(file, "tag_bitrate_kbps");
    if (a.stream.sampleRateHz <= 0) {
        r.fail("sample_rate");
    }

    const QJsonObject loudness = object.value(key("loudness")).toObject();
    a.loudness.integratedLufs = r.optionalNumber(loudness, "integrated_lufs");
    a.loudness.rangeLu = r.optionalNumber(loudness, "range_lu");
    a.loudness.truePeakDbtp = r.optionalNumber(loudness, "true_peak_dbtp");
    a.loudness.momentaryMaxLufs = r.optionalNumber(loudness, "momentary_max_lufs");
    a.loudness.shortTermMaxLufs = r.optionalNumber(loudness, "short_term_max_lufs");
    if (!a.loudness.integratedLufs) {
        r.fail("integrated_lufs"); // a reference without it cannot be matched
    }

    const QJsonObject levels = object.value(key("levels")).toObject();
    a.levels.samplePeakDbfs = r.optionalNumber(levels, "sample_peak_dbfs");
    a.levels.rmsDbfs = r.optionalNumber(levels, "rms_dbfs");
    a.levels.crestDb = r.optionalNumber(levels, "crest_db");
    const std::vector<double> dc = r.doubles(levels, "dc_offset_percent");
    if (dc.size() == 2) {
        a.levels.dcOffsetPercent = {dc[0], dc[1]};
    } else {
        r.fail("dc_offset_percent");
    }

    const QJsonObject spectrum = object.value(key("spectrum")).toObject();
    SpectrumResult& sp = a.spectrum;
    sp.fftSize = r.optionalInt(spectrum, "fft_size").value_or(0);
    sp.resolutionHz = r.optionalNumber(spectrum, "resolution_hz").value_or(0.0);
    sp.bandCentersHz = r.doubles(spectrum, "band_centers_hz");
    sp.bandLowEdgesHz = r.doubles(spectrum, "band_low_edges_hz");
    sp.bandHighEdgesHz = r.doubles(spectrum, "band_high_edges_hz");
    sp.midDb = r.optionalDoubles(spectrum, "mid_db");
    sp.sideDb = r.optionalDoubles(spectrum, "side_db");
    sp.contentTopHz = r.optionalNumber(spectrum, "content_top_hz");
    sp.displayBandCentersHz = r.doubles(spectrum, "display_band_centers_hz");
    sp.displayMidDb = r.optionalDoubles(spectrum, "display_mid_db");
    sp.displaySideDb = r.optionalDoubles(spectrum, "display_side_db");
    if (sp.bandCentersHz.empty()) {
        r.fail("band_centers_hz");
    }
    r.sameLength(sp.bandLowEdgesHz, sp.bandCentersHz, "band_low_edges_hz");
    r.sameLength(sp.bandHighEdgesHz, sp.bandCentersHz, "band_high_edges_hz");
    r.sameLength(sp.midDb, sp.bandCentersHz, "mid_db");
    r.sameLength(sp.sideDb, sp.bandCentersHz, "side_db");
    r.sameLength(sp.displayMidDb, sp.displayBandCentersHz, "display_mid_db");
    r.sameLength(sp.displaySideDb, sp.displayBandCentersHz, "display_side_db");
    if (const QJsonValue hops = spectrum.value(key("hop_summary")); hops.isObject()) {
        const QJsonObject summary = hops.toObject();
        sp.keptHopSummary =
            SpectrumResult::HopSummary{r.requiredNumber(summary, "sibilant_peak_db"),
                                       r.requiredNumber(summary, "sibilant_median_db"),
                                       r.requiredNumber(summary, "presence_median_db")};
    }

    const QJsonObject stereo = object.value(key("stereo")).toObject();
    StereoResult& st = a.stereo;
    st.correlation = r.optionalNumber(stereo, "correlation");
    st.lowEndCorrelation = r.optionalNumber(stereo, "low_end_correlation");
    st.monoLossDb = r.optionalNumber(stereo, "mono_loss_db");
    st.balanceDb = r.optionalNumber(stereo, "balance_db");
    st.delayedCopyStrength = r.optionalNumber(stereo, "delayed_copy_strength");
    st.delayedCopyMs = r.optionalNumber(stereo, "delayed_copy_ms");
    st.bandCentersHz = r.doubles(stereo, "band_centers_hz");
    st.bandCorrelation = r.optionalDoubles(stereo, "band_correlation");
    st.sideToMidDb = r.optionalDoubles(stereo, "side_to_mid_db");
    r.sameLength(st.bandCorrelation, st.bandCentersHz, "band_correlation");
    r.sameLength(st.sideToMidDb, st.bandCentersHz, "side_to_mid_db");

    const QJsonObject dynamics = object.value(key("dynamics")).toObject();
    a.dynamics.psrDb = r.optionalNumber(dynamics, "psr_db");
    a.dynamics.transientStrengthDb = r.optionalNumber(dynamics, "transient_strength_db");
    a.dynamics.transientCount = r.optionalInt(dynamics, "transient_count").value_or(0);
    a.dynamics.histogramFloorLufs =
        r.optionalNumber(dynamics, "histogram_floor_lufs").value_or(-60.0);
    a.dynamics.loudnessHistogram = r.floats(dynamics, "loudness_histogram");

    const QJsonObject rhythm = object.value(key("rhythm")).toObject();
    a.rhythm.tempoBpm = r.optionalNumber(rhythm, "tempo_bpm");
    a.rhythm.tempoConfidence = r.optionalNumber(rhythm, "tempo_confidence").value_or(0.0);

    const QJsonArray sections = object.value(key("sections")).toArray();
    for (const QJsonValue& value : sections) {
        const QJsonObject s = value.toObject();
        Section section;
        section.startS = r.requiredNumber(s, "start_s");
        section.endS = r.requiredNumber(s, "end_s");
        const auto label = sectionLabelFromId(s.value(key("label")).toString());
        if (!label || section.endS < section.startS) {
            r.fail("sections");
        }
        section.label = label.value_or(SectionLabel::Verse);
        section.loudnessLufs = r.optionalNumber(s, "loudness_lufs");
        a.structure.sections.push_back(section);
    }
    for (const QJsonValue& value : object.value(key("notes")).toArray()) {
        a.notes << value.toString();
    }
    for (const QJsonValue& value : object.value(key("warnings")).toArray()) {
        a.warnings << value.toString();
    }
    return track;
}

AnalysisError damaged(const QString& why) {
    return {AnalysisErrorKind::DamagedData, why};
}

QByteArray checksumOf(const QJsonObject& withoutChecksum) {
    return QCryptographicHash::hash(QJsonDocument(withoutChecksum).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

// ---- figures ----

std::optional<FigureSpread> spreadOf(std::vector<double> values) {
    if (values.empty()) {
        return std::nullopt;
    }
    FigureSpread spread;
    spread.count = static_cast<int>(values.size());
    double sum = 0.0;
    for (double value : values) {
        sum += value;
    }
    spread.mean = sum / static_cast<double>(values.size());
    // Interpolated between ranks: with a handful of tracks the nearest rank
    // would call the second highest the 90th percentile.
    std::sort(values.begin(), values.end());
    const auto at = [&values](double fraction) {
        const double rank = fraction * static_cast<double>(values.size() - 1);
        const auto below = static_cast<std::size_t>(std::floor(rank));
        const std::size_t above = std::min(below + 1, values.size() - 1);
        return values[below] + (values[above] - values[below]) * (rank - std::floor(rank));
    };
    spread.low = at(0.1);
    spread.median = at(0.5);
    spread.high = at(0.9);
    return spread;
}

template <typename Get>
std::optional<FigureSpread> spreadOver(const std::vector<ProfileTrack>& tracks, Get get) {
    std::vector<double> values;
    for (const ProfileTrack& track : tracks) {
        if (const std::optional<double> value = get(track.analysis)) {
            values.push_back(*value);
        }
    }
    return spreadOf(std::move(values));
}

// The tracks' tempos, each folded into the octave around their median (a
// beat tracker's doubled or halved tempo is the same tempo), so that 87 and
// 174 BPM do not spread the profile over an octave.
std::optional<FigureSpread> tempoSpread(const std::vector<ProfileTrack>& tracks) {
    std::vector<double> tempos;
    for (const ProfileTrack& track : tracks) {
        const std::optional<double> bpm = track.analysis.rhythm.tempoBpm;
        if (bpm && std::isfinite(*bpm) && *bpm > 0.0) {
            tempos.push_back(*bpm);
        }
    }
    const std::optional<FigureSpread> raw = spreadOf(tempos);
    if (!raw) {
        return raw;
    }
    for (double& bpm : tempos) {
        bpm *= std::exp2(-std::round(std::log2(bpm / raw->median)));
    }
    return spreadOf(std::move(tempos));
}

QJsonValue spreadToJson(const std::optional<FigureSpread>& spread) {
    if (!spread) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject{{key("p10"), spread->low},
                       {key("median"), spread->median},
                       {key("p90"), spread->high},
                       {key("mean"), spread->mean},
                       {key("tracks"), spread->count}};
}

QJsonObject figuresToJson(const ProfileFigures& f) {
    QJsonArray levels, widths;
    for (const auto& spread : f.levelDb) {
        levels.append(spreadToJson(spread));
    }
    for (const auto& spread : f.widthDb) {
        widths.append(spreadToJson(spread));
    }
    return QJsonObject{
        {key("band_centers_hz"), numbers(f.bandCentersHz)},
        {key("level_db"), levels},
        {key("width_db"), widths},
        {key("integrated_lufs"), spreadToJson(f.integratedLufs)},
        {key("range_lu"), spreadToJson(f.rangeLu)},
        {key("true_peak_dbtp"), spreadToJson(f.truePeakDbtp)},
        {key("plr_db"), spreadToJson(f.plrDb)},
        {key("psr_db"), spreadToJson(f.psrDb)},
        {key("crest_db"), spreadToJson(f.crestDb)},
        {key("transient_strength_db"), spreadToJson(f.transientStrengthDb)},
        {key("correlation"), spreadToJson(f.correlation)},
        {key("low_end_correlation"), spreadToJson(f.lowEndCorrelation)},
        {key("tempo_bpm"), spreadToJson(f.tempoBpm)},
    };
}

} // namespace

ProfileTrack ReferenceProfile::keep(const TrackAnalysis& analysis, const QString& contentSha256,
                                    const QString& path) {
    ProfileTrack track;
    TrackAnalysis& kept = track.analysis;
    kept.stream = analysis.stream;
    kept.stream.claimedDurationS.reset();
    kept.tags.title = analysis.tags.title;
    kept.tags.artist = analysis.tags.artist;
    kept.tags.album = analysis.tags.album;
    kept.tags.bitDepth = analysis.tags.bitDepth;
    kept.tags.bitrateKbps = analysis.tags.bitrateKbps;
    kept.durationS = analysis.durationS;
    kept.loudness.integratedLufs = analysis.loudness.integratedLufs;
    kept.loudness.rangeLu = analysis.loudness.rangeLu;
    kept.loudness.truePeakDbtp = analysis.loudness.truePeakDbtp;
    kept.loudness.momentaryMaxLufs = analysis.loudness.momentaryMaxLufs;
    kept.loudness.shortTermMaxLufs = analysis.loudness.shortTermMaxLufs;
    kept.levels.samplePeakDbfs = analysis.levels.samplePeakDbfs;
    kept.levels.rmsDbfs = analysis.levels.rmsDbfs;
    kept.levels.crestDb = analysis.levels.crestDb;
    kept.levels.dcOffsetPercent = analysis.levels.dcOffsetPercent;

    const SpectrumResult& sp = analysis.spectrum;
    kept.spectrum.fftSize = sp.fftSize;
    kept.spectrum.resolutionHz = sp.resolutionHz;
    kept.spectrum.bandCentersHz = sp.bandCentersHz;
    kept.spectrum.bandLowEdgesHz = sp.bandLowEdgesHz;
    kept.spectrum.bandHighEdgesHz = sp.bandHighEdgesHz;
    kept.spectrum.midDb = sp.midDb;
    kept.spectrum.sideDb = sp.sideDb;
    kept.spectrum.contentTopHz = sp.contentTopHz;
    kept.spectrum.displayBandCentersHz = sp.displayBandCentersHz;
    kept.spectrum.displayMidDb = sp.displayMidDb;
    kept.spectrum.displaySideDb = sp.displaySideDb;
    kept.spectrum.keptHopSummary = measures::hopSummary(sp);

    const StereoResult& st = analysis.stereo;
    kept.stereo.correlation = st.correlation;
    kept.stereo.lowEndCorrelation = st.lowEndCorrelation;
    kept.stereo.monoLossDb = st.monoLossDb;
    kept.stereo.balanceDb = st.balanceDb;
    kept.stereo.delayedCopyStrength = st.delayedCopyStrength;
    kept.stereo.delayedCopyMs = st.delayedCopyMs;
    kept.stereo.bandCentersHz = st.bandCentersHz;
    kept.stereo.bandCorrelation = st.bandCorrelation;
    kept.stereo.sideToMidDb = st.sideToMidDb;

    kept.dynamics.psrDb = analysis.dynamics.psrDb;
    kept.dynamics.transientStrengthDb = analysis.dynamics.transientStrengthDb;
    kept.dynamics.transientCount = analysis.dynamics.transientCount;
    kept.dynamics.histogramFloorLufs = analysis.dynamics.histogramFloorLufs;
    kept.dynamics.loudnessHistogram = analysis.dynamics.loudnessHistogram;
    kept.rhythm.tempoBpm = analysis.rhythm.tempoBpm;
    kept.rhythm.tempoConfidence = analysis.rhythm.tempoConfidence;
    kept.structure.sections = analysis.structure.sections;
    kept.notes = analysis.notes;
    kept.warnings = analysis.warnings;
    track.contentSha256 = contentSha256;
    track.path = path;
    return track;
}

QString ReferenceProfile::contentHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool ReferenceProfile::add(ProfileTrack track) {
    const bool known =
        !track.contentSha256.isEmpty() &&
        std::any_of(tracks.begin(), tracks.end(), [&track](const ProfileTrack& other) {
            return other.contentSha256 == track.contentSha256;
        });
    if (known) {
        return false;
    }
    tracks.push_back(std::move(track));
    return true;
}

ProfileFigures ReferenceProfile::figures() const {
    ProfileFigures f;
    if (tracks.empty()) {
        return f;
    }
    // The bands every track has: the shortest layout (the lowest sample rate).
    const auto shortest =
        std::min_element(tracks.begin(), tracks.end(), [](const auto& a, const auto& b) {
            return a.analysis.spectrum.bandCentersHz.size() <
                   b.analysis.spectrum.bandCentersHz.size();
        });
    f.bandCentersHz = shortest->analysis.spectrum.bandCentersHz;
    for (std::size_t band = 0; band < f.bandCentersHz.size(); ++band) {
        std::vector<double> levels, widths;
        for (const ProfileTrack& track : tracks) {
            const TrackAnalysis& a = track.analysis;
            // Only where the track has content, as the comparison reads it
            // (an MP3's low-pass would pull the top bands down).
            if (band < a.spectrum.midDb.size() && a.spectrum.midDb[band] &&
                a.loudness.integratedLufs && f.bandCentersHz[band] <= Comparison::usableTopHz(a)) {
                levels.push_back(*a.spectrum.midDb[band] - *a.loudness.integratedLufs);
            }
            if (band < a.stereo.sideToMidDb.size() && a.stereo.sideToMidDb[band]) {
                widths.push_back(*a.stereo.sideToMidDb[band]);
            }
        }
        f.levelDb.push_back(spreadOf(std::move(levels)));
        f.widthDb.push_back(spreadOf(std::move(widths)));
    }
    f.integratedLufs = spreadOver(tracks, [](const auto& a) { return a.loudness.integratedLufs; });
    f.rangeLu = spreadOver(tracks, [](const auto& a) { return a.loudness.rangeLu; });
    f.truePeakDbtp = spreadOver(tracks, [](const auto& a) { return a.loudness.truePeakDbtp; });
    f.plrDb = spreadOver(tracks, [](const auto& a) { return a.plrDb(); });
    f.psrDb = spreadOver(tracks, [](const auto& a) { return a.dynamics.psrDb; });
    f.crestDb = spreadOver(tracks, [](const auto& a) { return a.levels.crestDb; });
    f.transientStrengthDb =
        spreadOver(tracks, [](const auto& a) { return a.dynamics.transientStrengthDb; });
    f.correlation = spreadOver(tracks, [](const auto& a) { return a.stereo.correlation; });
    f.lowEndCorrelation =
        spreadOver(tracks, [](const auto& a) { return a.stereo.lowEndCorrelation; });
    f.tempoBpm = tempoSpread(tracks);
    return f;
}

QByteArray ReferenceProfile::toJson() const {
    QJsonArray trackArray;
    for (const ProfileTrack& track : tracks) {
        trackArray.append(trackToJson(track));
    }
    QJsonObject root{
        {key("format"), key(kFormat)},
        {key("format_version"), kFormatVersion},
        {key("name"), name},
        {key("created"), created.toUTC().toString(Qt::ISODate)},
        {key("mixscope_version"), QCoreApplication::applicationVersion()},
        {key("tracks"), trackArray},
        {key("figures"), figuresToJson(figures())},
    };
    root.insert(key(kChecksumKey), QString::fromLatin1(checksumOf(root)));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ReferenceProfile> ReferenceProfile::read(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists()) {
        return AnalysisError{AnalysisErrorKind::FileNotFound, tr("the profile does not exist")};
    }
    if (info.isDir()) {
        return AnalysisError{AnalysisErrorKind::NotAFile, tr("this is a folder, not a profile")};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return AnalysisError{file.error() == QFileDevice::PermissionsError
                                 ? AnalysisErrorKind::PermissionDenied
                                 : AnalysisErrorKind::ReadFailed,
                             tr("the profile cannot be read (%1)").arg(file.errorString())};
    }
    if (file.size() > kLargestFile) {
        return damaged(tr("this is not a Mixscope profile (it is far too large for one)"));
    }
    return parse(file.readAll());
}

Result<ReferenceProfile> ReferenceProfile::parse(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged(tr("this is not a Mixscope profile (it is not valid JSON)"));
    }
    QJsonObject root = document.object();
    if (root.value(key("format")).toString() != key(kFormat)) {
        return damaged(tr("this is not a Mixscope profile"));
    }
    const int version = root.value(key("format_version")).toInt(0);
    if (version < 1) {
        return damaged(tr("the profile has no valid format version"));
    }
    if (version > kFormatVersion) {
        return damaged(
            tr("the profile was saved by a newer Mixscope (format %1); this one reads format %2")
                .arg(version)
                .arg(kFormatVersion));
    }
    const QString checksum = root.take(key(kChecksumKey)).toString();
    if (checksum.toLatin1() != checksumOf(root)) {
        return damaged(tr("the profile was changed after Mixscope wrote it (its checksum does not "
                          "match); make it again with mixscope profile create"));
    }
    ReferenceProfile profile;
    profile.name = root.value(key("name")).toString().trimmed();
    profile.created = QDateTime::fromString(root.value(key("created")).toString(), Qt::ISODate);
    if (profile.name.isEmpty()) {
        return damaged(tr("the profile has no name"));
    }
    const QJsonArray tracks = root.value(key("tracks")).toArray();
    if (tracks.isEmpty()) {
        return damaged(tr("the profile holds no tracks"));
    }
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        TrackReader reader;
        ProfileTrack track = trackFromJson(tracks.at(i).toObject(), reader);
        if (!reader.problem.isEmpty()) {
            return damaged(
                tr("the profile is damaged (track %1: %2)").arg(i + 1).arg(reader.problem));
        }
        profile.tracks.push_back(std::move(track));
    }
    return profile;
}

std::optional<AnalysisError> ReferenceProfile::write(const QString& path) const {
    const std::optional<QString> failure = AtomicFile::write(path, [this] { return toJson(); });
    if (failure) {
        return AnalysisError{AnalysisErrorKind::WriteFailed,
                             tr("the profile cannot be written (%1)").arg(*failure)};
    }
    return std::nullopt;
}

} // namespace mixscope
