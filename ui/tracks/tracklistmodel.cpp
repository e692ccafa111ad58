#include "ui/tracks/tracklistmodel.h"

#include "core/common/units.h"
#include "core/compare/loudnessmatch.h"

#include <QBrush>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QMimeData>

namespace mixscope {

namespace {

// Core messages are written to follow "file: " on the command line; on their
// own in a cell they start with a capital.
QString asSentence(const QString& message) {
    return message.left(1).toUpper() + message.mid(1);
}

QString channelText(const AudioStreamInfo& stream) {
    switch (stream.channels) {
    case 1:
        return TrackListModel::tr("mono");
    case 2:
        return TrackListModel::tr("stereo");
    default:
        return stream.channelLayout;
    }
}

} // namespace

TrackListModel::TrackListModel(Session* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    connect(session, &Session::trackAboutToBeAdded, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(session, &Session::trackAdded, this, [this] { endInsertRows(); });
    connect(session, &Session::trackAboutToBeRemoved, this, [this](int row) {
        m_covers.remove(m_session->track(row).path);
        beginRemoveRows({}, row, row);
    });
    connect(session, &Session::trackRemoved, this, [this] { endRemoveRows(); });
    connect(session, &Session::trackAboutToMove, this,
            [this](int from, int to) { beginMoveRows({}, from, from, {}, to); });
    connect(session, &Session::trackMoved, this, [this] { endMoveRows(); });
    connect(session, &Session::trackChanged, this, [this](int row) { emitRowChanged(row); });
    connect(session, &Session::progressChanged, this, [this](int row) {
        const QModelIndex cell = index(row, StatusColumn);
        Q_EMIT dataChanged(cell, cell, {ProgressRole, Qt::DisplayRole});
    });
    connect(session, &Session::trackFinished, this,
            [this](int row) { m_covers.remove(m_session->track(row).path); });
    connect(session, &Session::allTracksChanged, this, [this] {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
    });
}

void TrackListModel::emitRowChanged(int row, const QList<int>& roles) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

Qt::ItemFlags TrackListModel::flags(const QModelIndex& index) const {
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    // Rows are dragged; drops land between rows, never on one.
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

QStringList TrackListModel::mimeTypes() const {
    return {QString::fromLatin1(kRowsMimeType)};
}

QMimeData* TrackListModel::mimeData(const QModelIndexList& indexes) const {
    // The dragged tracks by path (unique in the session), top to bottom.
    std::vector<int> rows;
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && std::find(rows.begin(), rows.end(), index.row()) == rows.end()) {
            rows.push_back(index.row());
        }
    }
    std::sort(rows.begin(), rows.end());
    QStringList paths;
    for (const int row : rows) {
        paths << m_session->track(row).path;
    }
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kRowsMimeType), paths.join(QLatin1Char('\n')).toUtf8());
    return data;
}

bool TrackListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                  int /*column*/, const QModelIndex& parent) {
    if (data == nullptr || action != Qt::MoveAction ||
        !data->hasFormat(QString::fromLatin1(kRowsMimeType))) {
        return false;
    }
    // Dropped on a row: before it. Below the last row or on empty space: at the end.
    const int to = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    const QStringList paths = QString::fromUtf8(data->data(QString::fromLatin1(kRowsMimeType)))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return m_session->moveTracks(paths, to);
}

int TrackListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_session->count();
}

int TrackListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QPixmap TrackListModel::cover(const Session::Track& track) const {
    if (!track.analysis || track.analysis->tags.coverArt.isEmpty()) {
        return {};
    }
    const auto cached = m_covers.constFind(track.path);
    if (cached != m_covers.cend()) {
        return *cached;
    }
    QPixmap scaled;
    const QImage image = QImage::fromData(track.analysis->tags.coverArt);
    if (!image.isNull()) {
        scaled =
            QPixmap::fromImage(image.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    m_covers.insert(track.path, scaled);
    return scaled;
}

QString TrackListModel::formatText(const TrackAnalysis& a) {
    QStringList parts{a.stream.formatName()};
    if (const auto bits = a.bitDepth()) {
        parts << tr("%1-bit").arg(*bits);
    } else if (const auto kbps = a.bitrateKbps()) {
        parts << tr("%1 kbps").arg(*kbps);
    }
    parts << Units::sampleRate(a.stream.sampleRateHz);
    parts << channelText(a.stream);
    return parts.join(QStringLiteral(" · "));
}

QVariant TrackListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Session::Track& track = m_session->track(index.row());
    const TrackAnalysis* a = track.analysis.get();

    switch (role) {
    case StateRole:
        return static_cast<int>(track.state);
    case ProgressRole:
        return track.progress;
    case PathRole:
        return track.path;
    case Qt::ToolTipRole:
        if (track.profile) {
            QStringList titles;
            for (const auto& kept : track.profile->tracks) {
                titles << ComparedTrack::titleOf(*kept);
            }
            return tr("%1\nA reference profile: what Mixscope kept of these tracks, no audio. "
                      "They are compared as references; there is nothing to play.\n%2")
                .arg(QDir::toNativeSeparators(track.path), titles.join(QStringLiteral(", ")));
        }
        if (track.state == Session::State::Failed || track.state == Session::State::Cancelled) {
            return tr("%1\nCould not be analysed: %2")
                .arg(QDir::toNativeSeparators(track.path), track.error);
        }
        if (a != nullptr && !(a->notes + a->warnings).isEmpty()) {
            return QStringLiteral("%1\n%2").arg(QDir::toNativeSeparators(track.path),
                                                (a->notes + a->warnings).join(QLatin1Char('\n')));
        }
        return QDir::toNativeSeparators(track.path);
    case Qt::DecorationRole:
        if (index.column() == TitleColumn) {
            if (const QPixmap art = cover(track); !art.isNull()) {
                return art;
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LoudnessColumn || index.column() == TruePeakColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::FontRole:
        if (track.role == TrackRole::Mix) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && track.state == Session::State::Cancelled) {
            return QBrush(QColor(0x80, 0x80, 0x80));
        }
        if (index.column() == StatusColumn && track.state == Session::State::Failed) {
            return QBrush(QColor(0xC6, 0x28, 0x28));
        }
        return {};
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        return displayText(index.row(), index.column());
    default:
        return {};
    }
}

// A profile's row: its name, its track count, its tracks' median loudness
// and true peak, once read.
QVariant TrackListModel::profileText(const Session::Profile& profile, int column) {
    const ProfileFigures& figures = profile.summary.figures;
    const auto median = [](const std::optional<FigureSpread>& spread) {
        return spread ? std::optional(spread->median) : std::nullopt;
    };
    switch (column) {
    case FormatColumn:
        return tr("%n track(s), no audio", nullptr, profile.summary.trackCount);
    case LoudnessColumn:
        return Units::level(median(figures.integratedLufs), QStringLiteral("LUFS"));
    case TruePeakColumn:
        return Units::level(median(figures.truePeakDbtp), QStringLiteral("dBTP"));
    case StatusColumn:
        return tr("Ready · references, not played");
    default:
        return {};
    }
}

QVariant TrackListModel::displayText(int row, int column) const {
    const Session::Track& track = m_session->track(row);
    if (track.isProfile() && column == RoleColumn) {
        return tr("Profile");
    }
    if (track.profile && column != TitleColumn) {
        return profileText(*track.profile, column);
    }
    const TrackAnalysis* a = track.analysis.get();
    switch (column) {
    case TitleColumn: {
        const QString title = m_session->title(row);
        if (a != nullptr && !a->tags.artist.isEmpty()) {
            return QStringLiteral("%1 — %2").arg(title, a->tags.artist);
        }
        return title;
    }
    case RoleColumn:
        return track.role == TrackRole::Mix ? tr("Mix") : tr("Reference");
    case FormatColumn:
        return a != nullptr ? formatText(*a) : QString();
    case LoudnessColumn:
        return a != nullptr ? Units::level(a->loudness.integratedLufs, QStringLiteral("LUFS"))
                            : QString();
    case TruePeakColumn:
        return a != nullptr ? Units::level(a->loudness.truePeakDbtp, QStringLiteral("dBTP"))
                            : QString();
    case StatusColumn:
        switch (track.state) {
        case Session::State::Analysing:
            return tr("Analysing… %1%").arg(track.progress / 10);
        case Session::State::Failed:
            return asSentence(track.error);
        case Session::State::Cancelled:
            return tr("Cancelled — right-click to analyse it again");
        case Session::State::Done: {
            if (!a->warnings.isEmpty()) {
                return asSentence(a->warnings.front());
            }
            const auto gain = matchGainDb(m_session->mixLoudness(), a->loudness.integratedLufs);
            if (track.role == TrackRole::Reference && gain) {
                return tr("Ready · matched at %1").arg(Units::gain(*gain));
            }
            return tr("Ready");
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant TrackListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Track");
    case RoleColumn:
        return tr("Role");
    case FormatColumn:
        return tr("Format");
    case LoudnessColumn:
        return tr("Loudness");
    case TruePeakColumn:
        return tr("True peak");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace mixscope
