#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/common/analysiserror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace mixscope {

/// One track of a profile: of its analysis, every figure the comparison, the
/// diagnosis and the report's summary read (bit for bit, so that the mix is
/// judged exactly as against the file itself), and none of the series over
/// time, the vectorscope or the cover art. Never audio.
struct ProfileTrack {
    TrackAnalysis analysis; ///< path empty; tags.title filled in as the analyser did
    QString contentSha256;  ///< of the file's bytes: the same recording twice is kept once
    QString path;           ///< where the file was when the profile was made; may be gone since
};

/// How a figure spreads over a profile's tracks: the 10th, 50th and 90th
/// percentile (interpolated between ranks) and the mean of the tracks that
/// have it.
struct FigureSpread {
    double low = 0.0;
    double median = 0.0;
    double high = 0.0;
    double mean = 0.0;
    int count = 0;
};

/// What a profile's tracks are like together, for people and for ranking
/// profiles: per 1/3-octave band the level against each track's integrated
/// loudness and the width (side against mid), and the single figures.
struct ProfileFigures {
    std::vector<double> bandCentersHz; ///< the bands every track has
    std::vector<std::optional<FigureSpread>> levelDb;
    std::vector<std::optional<FigureSpread>> widthDb;
    std::optional<FigureSpread> integratedLufs;
    std::optional<FigureSpread> rangeLu;
    std::optional<FigureSpread> truePeakDbtp;
    std::optional<FigureSpread> plrDb;
    std::optional<FigureSpread> psrDb;
    std::optional<FigureSpread> crestDb;
    std::optional<FigureSpread> transientStrengthDb;
    std::optional<FigureSpread> correlation;
    std::optional<FigureSpread> lowEndCorrelation;
    std::optional<FigureSpread> tempoBpm;
};

/// A saved set of references (`*.mixprofile.json`): a name, the tracks'
/// kept analyses (ProfileTrack) and, derived from them, their figures. A mix
/// is judged against a profile exactly as against the same references given
/// directly, after the files are gone. The file format is in docs/profiles.md.
/// A plain value; reading and writing are blocking file I/O, callable from
/// any thread.
struct ReferenceProfile {
    Q_DECLARE_TR_FUNCTIONS(mixscope::ReferenceProfile)

public:
    static constexpr int kFormatVersion = 1;

    QString name;
    QDateTime created; ///< UTC
    std::vector<ProfileTrack> tracks;

    /// What a profile keeps of analysis (see ProfileTrack).
    static ProfileTrack keep(const TrackAnalysis& analysis, const QString& contentSha256,
                             const QString& path);

    /// SHA-256 of the file's bytes, in hex; empty when it cannot be read.
    static QString contentHash(const QString& path);

    /// Adds track unless a track with the same content is there already;
    /// true when added.
    bool add(ProfileTrack track);

    ProfileFigures figures() const;

    /// Reads path. Fails with FileNotFound, NotAFile, PermissionDenied /
    /// ReadFailed, or DamagedData: not JSON, not a profile, a newer format,
    /// a file changed after Mixscope wrote it (its checksum), or figures
    /// that do not fit together. One user-facing sentence that names no path.
    static Result<ReferenceProfile> read(const QString& path);
    static Result<ReferenceProfile> parse(const QByteArray& json);

    QByteArray toJson() const;
    /// Writes atomically; returns the error (WriteFailed) or nothing.
    std::optional<AnalysisError> write(const QString& path) const;
};

} // namespace mixscope
