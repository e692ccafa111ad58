#pragma once

#include "core/session/session.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>

namespace mixscope {

/// The Tracks table: a view model over a Session (title, artist and cover,
/// role, format, loudness, true peak, and the analysis status with its
/// progress). It owns no track: it reads the session and forwards its
/// changes as rows inserted, removed, moved and changed.
///
/// Rows can be dragged (a move within the list, kRowsMimeType): a track
/// dragged to the top becomes the mix, and when the mix is dragged down the
/// track now on top takes its place. GUI thread only; the session must
/// outlive it.
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
    enum Roles {
        StateRole = Qt::UserRole + 1, ///< Session::State as int
        ProgressRole,                 ///< 0–1000 while analysing
        PathRole,
    };

    explicit TrackListModel(Session* session, QObject* parent = nullptr);

    Session* session() const { return m_session; }

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

    /// "WAV · 24-bit · 44.1 kHz · stereo": the Format column for an analysis.
    static QString formatText(const TrackAnalysis& analysis);

private:
    QVariant displayText(int row, int column) const;
    static QVariant profileText(const Session::Profile& profile, int column);
    QPixmap cover(const Session::Track& track) const;
    void emitRowChanged(int row, const QList<int>& roles = {});

    Session* m_session;
    /// Cover art scaled for the list, by path (made once, on first show).
    mutable QHash<QString, QPixmap> m_covers;
};

} // namespace mixscope
