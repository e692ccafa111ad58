#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/common/analysiserror.h"
#include "core/compare/trackrole.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QPixmap>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

namespace mixscope {

/// The session's files, their roles and analysis state. Owns one background
/// analysis per file (AnalysisTask on the model's own pool, at most
/// QThread::idealThreadCount() files at a time; the rest wait in its queue):
/// adding rows never blocks the GUI thread, removing a row cancels its
/// analysis. Finished analyses are kept: changing roles, adding or removing a
/// track never analyses the other files again.
///
/// The mix is always the top row; the references follow in the order the
/// playback keys (2–9) and the views use. Rows can be dragged (a move within
/// the list, kRowsMimeType): a track dragged to the top becomes the mix, and
/// when the mix is dragged down the track now on top takes its place.
/// GUI thread only.
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
    enum class State { Analysing, Done, Failed, Cancelled };
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
    /// Moves row `from` to just before row `to` (0…rowCount()); the top row
    /// is the mix afterwards. Returns false for rows out of range.
    bool moveTrack(int from, int to);
    /// Stops the analysis of row (no-op unless Analysing); the row stays, Cancelled.
    void cancelAnalysis(int row);
    /// Analyses a Failed or Cancelled row again (no-op otherwise).
    void reanalyse(int row);
    /// Makes row the mix, moving it to the top.
    void setMix(int row);
    void clear();

    int mixRow() const; ///< -1 when there is no mix
    bool isBusy() const;
    State state(int row) const;
    QString path(int row) const; ///< absolute path
    TrackRole role(int row) const;
    /// The title from the tags (the file name until it is analysed).
    QString title(int row) const;
    const TrackAnalysis* analysis(int row) const; ///< null unless Done
    /// The same analysis, shared: it stays valid when rows move or go.
    std::shared_ptr<const TrackAnalysis> sharedAnalysis(int row) const;
    QString errorMessage(int row) const; ///< set when Failed or Cancelled

    /// How many analyses the model has started since it was made (tests use
    /// it to prove that role changes do not analyse again).
    int analysesStarted() const { return m_analysesStarted; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Drag and drop within the list (the view's InternalMove mode).
    static constexpr const char* kRowsMimeType = "application/x-mixscope-track-rows";
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    static QStringList audioFileSuffixes();

    /// "WAV · 24-bit · 44.1 kHz · stereo": the Format column for an analysis.
    static QString formatText(const TrackAnalysis& analysis);

Q_SIGNALS:
    void trackFinished(int row);
    void busyChanged(bool busy);
    /// The analysed tracks or their roles changed: the comparison is stale.
    void comparisonInputsChanged();

private:
    struct Track {
        QString path;
        TrackRole role = TrackRole::Reference;
        State state = State::Analysing;
        int progress = 0;
        std::shared_ptr<const TrackAnalysis> analysis;
        QString error;
        QPixmap cover;
        std::unique_ptr<QFutureWatcher<Result<TrackAnalysis>>> watcher;
    };

    void startAnalysis(Track& track);
    void onFinished(QFutureWatcher<Result<TrackAnalysis>>* watcher);
    int rowOf(const QFutureWatcher<Result<TrackAnalysis>>* watcher) const;
    void emitRowChanged(int row);
    void moveRow(int from, int to);
    void makeTopRowTheMix();
    std::optional<double> mixLoudness() const;

    // Declared before m_tracks: destroyed after them, it waits for the
    // cancelled analyses to return.
    QThreadPool m_pool;
    std::vector<Track> m_tracks;
    int m_analysesStarted = 0;
};

} // namespace mixscope
