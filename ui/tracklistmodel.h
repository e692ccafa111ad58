#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/common/analysiserror.h"
#include "core/compare/trackrole.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QPixmap>

#include <memory>
#include <optional>
#include <vector>

namespace mixscope {

/// The session's files, their roles and analysis state. Owns one background
/// analysis per file (AnalysisTask on the global pool): adding rows never
/// blocks the GUI thread, removing a row cancels its analysis. GUI thread only.
class TrackListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        RoleColumn,
        FormatColumn,
        LoudnessColumn,
        TruePeakColumn,
        StatusColumn,
        ColumnCount
    };
    enum class State { Analysing, Done, Failed };
    enum Roles {
        StateRole = Qt::UserRole + 1, ///< State as int
        ProgressRole,                 ///< 0–1000 while analysing
        PathRole,
    };

    explicit TrackListModel(QObject* parent = nullptr);
    ~TrackListModel() override;

    /// Adds files (folders: the audio files inside, recursively) and starts
    /// analysing them. The first file becomes the mix when there is none yet;
    /// the others are references. Paths already in the list are skipped.
    /// Returns how many rows were added.
    int addPaths(const QStringList& paths);

    void removeTrack(int row);
    void setMix(int row);
    void clear();

    int mixRow() const; ///< -1 when there is no mix
    bool isBusy() const;
    State state(int row) const;
    const TrackAnalysis* analysis(int row) const; ///< null unless Done
    QString errorMessage(int row) const;          ///< set when Failed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QStringList audioFileSuffixes();

Q_SIGNALS:
    void trackFinished(int row);
    void busyChanged(bool busy);

private:
    struct Track {
        QString path;
        TrackRole role = TrackRole::Reference;
        State state = State::Analysing;
        int progress = 0;
        std::optional<TrackAnalysis> analysis;
        QString error;
        QPixmap cover;
        std::unique_ptr<QFutureWatcher<Result<TrackAnalysis>>> watcher;
    };

    void startAnalysis(Track& track);
    void onFinished(QFutureWatcher<Result<TrackAnalysis>>* watcher);
    int rowOf(const QFutureWatcher<Result<TrackAnalysis>>* watcher) const;
    void emitRowChanged(int row);
    QString formatText(const Track& track) const;
    std::optional<double> mixLoudness() const;

    std::vector<Track> m_tracks;
};

} // namespace mixscope
