#include "ui/tracks/tracklistmodel.h"

#include "core/common/units.h"
#include "core/compare/loudnessmatch.h"
#include "core/session/analysistask.h"

#include <QBrush>
#include <QDirIterator>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QMimeData>
#include <QThread>

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

TrackListModel::TrackListModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

TrackListModel::~TrackListModel() {
    for (Track& track : m_tracks) {
        if (track.watcher) {
            track.watcher->disconnect(this);
            track.watcher->cancel();
        }
    }
}

QStringList TrackListModel::audioFileSuffixes() {
    return {QStringLiteral("wav"),  QStringLiteral("wave"), QStringLiteral("aif"),
            QStringLiteral("aiff"), QStringLiteral("aifc"), QStringLiteral("flac"),
            QStringLiteral("mp3"),  QStringLiteral("ogg"),  QStringLiteral("oga"),
            QStringLiteral("opus"), QStringLiteral("m4a"),  QStringLiteral("mp4"),
            QStringLiteral("aac"),  QStringLiteral("alac"), QStringLiteral("wv")};
}

int TrackListModel::addPaths(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList filters;
            for (const QString& suffix : audioFileSuffixes()) {
                filters << QStringLiteral("*.") + suffix;
            }
            QDirIterator it(path, filters, QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext()) {
                found << it.next();
            }
            found.sort();
            files << found;
        } else {
            // Anything else is added as it is, so that a missing or unreadable
            // file gets its own error line rather than silently vanishing.
            files << path;
        }
    }

    int added = 0;
    for (const QString& file : files) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        const bool known = std::any_of(m_tracks.begin(), m_tracks.end(),
                                       [&](const Track& t) { return t.path == absolute; });
        if (known) {
            continue;
        }
        const int row = rowCount();
        beginInsertRows({}, row, row);
        Track track;
        track.path = absolute;
        track.role = mixRow() < 0 ? TrackRole::Mix : TrackRole::Reference;
        m_tracks.push_back(std::move(track));
        startAnalysis(m_tracks.back());
        endInsertRows();
        ++added;
    }
    if (added > 0) {
        Q_EMIT busyChanged(true);
    }
    return added;
}

void TrackListModel::startAnalysis(Track& track) {
    ++m_analysesStarted;
    track.state = State::Analysing;
    track.progress = 0;
    track.error.clear();
    track.watcher = std::make_unique<QFutureWatcher<Result<TrackAnalysis>>>();
    auto* watcher = track.watcher.get();
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (const int row = rowOf(watcher); row >= 0) {
            m_tracks[static_cast<std::size_t>(row)].progress = value;
            const QModelIndex cell = index(row, StatusColumn);
            Q_EMIT dataChanged(cell, cell, {ProgressRole, Qt::DisplayRole});
        }
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { onFinished(watcher); });
    watcher->setFuture(
        AnalysisTask::start(track.path, &m_pool, AnalysisTask::Priority::Background));
}

int TrackListModel::rowOf(const QFutureWatcher<Result<TrackAnalysis>>* watcher) const {
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        if (m_tracks[i].watcher.get() == watcher) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void TrackListModel::onFinished(QFutureWatcher<Result<TrackAnalysis>>* watcher) {
    const int row = rowOf(watcher);
    if (row < 0) {
        return;
    }
    Track& track = m_tracks[static_cast<std::size_t>(row)];
    const QFuture<Result<TrackAnalysis>> future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        track.state = State::Failed;
        track.error = tr("The analysis was cancelled.");
    } else if (const Result<TrackAnalysis> outcome = future.result(); outcome.ok()) {
        track.state = State::Done;
        track.analysis = std::make_shared<const TrackAnalysis>(outcome.value());
        if (!track.analysis->tags.coverArt.isEmpty()) {
            const QImage image = QImage::fromData(track.analysis->tags.coverArt);
            if (!image.isNull()) {
                track.cover = QPixmap::fromImage(
                    image.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            }
        }
    } else {
        track.state = State::Failed;
        track.error = outcome.error().message;
    }
    track.watcher.release()->deleteLater();
    // The mix's loudness sets every reference's match gain, so all rows may change.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT trackFinished(row);
    if (track.state == State::Done) {
        Q_EMIT comparisonInputsChanged();
    }
    if (!isBusy()) {
        Q_EMIT busyChanged(false);
    }
}

void TrackListModel::cancelAnalysis(int row) {
    if (row < 0 || row >= rowCount()) {
        return;
    }
    Track& track = m_tracks[static_cast<std::size_t>(row)];
    if (track.state != State::Analysing || !track.watcher) {
        return;
    }
    track.watcher->disconnect(this);
    track.watcher->cancel();
    track.watcher.release()->deleteLater();
    track.state = State::Cancelled;
    track.error = tr("The analysis was cancelled.");
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (!isBusy()) {
        Q_EMIT busyChanged(false);
    }
}

void TrackListModel::reanalyse(int row) {
    if (row < 0 || row >= rowCount()) {
        return;
    }
    Track& track = m_tracks[static_cast<std::size_t>(row)];
    if (track.state != State::Failed && track.state != State::Cancelled) {
        return;
    }
    startAnalysis(track);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT busyChanged(true);
}

void TrackListModel::removeTrack(int row) {
    if (row < 0 || row >= rowCount()) {
        return;
    }
    beginRemoveRows({}, row, row);
    Track& track = m_tracks[static_cast<std::size_t>(row)];
    if (track.watcher) {
        track.watcher->disconnect(this);
        track.watcher->cancel();
        track.watcher.release()->deleteLater();
    }
    const bool wasMix = track.role == TrackRole::Mix;
    m_tracks.erase(m_tracks.begin() + row);
    endRemoveRows();
    // rowsRemoved tells the comparison; a new mix tells it again.
    if (wasMix && !m_tracks.empty()) {
        setMix(0);
    }
    if (!isBusy()) {
        Q_EMIT busyChanged(false);
    }
}

void TrackListModel::setMix(int row) {
    moveTrack(row, 0);
}

bool TrackListModel::moveTrack(int from, int to) {
    if (from < 0 || from >= rowCount() || to < 0 || to > rowCount()) {
        return false;
    }
    moveRow(from, to);
    makeTopRowTheMix();
    Q_EMIT comparisonInputsChanged(); // the references' order, if not the mix
    return true;
}

void TrackListModel::moveRow(int from, int to) {
    if (to == from || to == from + 1) {
        return; // already there
    }
    beginMoveRows({}, from, from, {}, to);
    const auto first = m_tracks.begin();
    if (from < to) {
        std::rotate(first + from, first + from + 1, first + to);
    } else {
        std::rotate(first + to, first + from, first + from + 1);
    }
    endMoveRows();
}

void TrackListModel::makeTopRowTheMix() {
    if (m_tracks.empty() || m_tracks.front().role == TrackRole::Mix) {
        return;
    }
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        m_tracks[i].role = i == 0 ? TrackRole::Mix : TrackRole::Reference;
    }
    // Roles set every match gain, so all rows may change.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
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
    // The dragged tracks by path (unique in the list), top to bottom.
    std::vector<int> rows;
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && std::find(rows.begin(), rows.end(), index.row()) == rows.end()) {
            rows.push_back(index.row());
        }
    }
    std::sort(rows.begin(), rows.end());
    QStringList paths;
    for (const int row : rows) {
        paths << path(row);
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
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    const QStringList paths = QString::fromUtf8(data->data(QString::fromLatin1(kRowsMimeType)))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    bool moved = false;
    for (const QString& dragged : paths) {
        const auto found = std::find_if(m_tracks.begin(), m_tracks.end(),
                                        [&](const Track& t) { return t.path == dragged; });
        if (found == m_tracks.end()) {
            continue; // removed while it was dragged
        }
        const auto from = static_cast<int>(found - m_tracks.begin());
        moveRow(from, to);
        // The next dragged track goes after this one.
        to = from < to ? to : to + 1;
        moved = true;
    }
    if (moved) {
        makeTopRowTheMix();
        Q_EMIT comparisonInputsChanged();
    }
    return moved;
}

void TrackListModel::clear() {
    while (!m_tracks.empty()) {
        removeTrack(rowCount() - 1);
    }
}

int TrackListModel::mixRow() const {
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        if (m_tracks[i].role == TrackRole::Mix) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

bool TrackListModel::isBusy() const {
    return std::any_of(m_tracks.begin(), m_tracks.end(),
                       [](const Track& t) { return t.state == State::Analysing; });
}

TrackListModel::State TrackListModel::state(int row) const {
    return m_tracks.at(static_cast<std::size_t>(row)).state;
}

QString TrackListModel::path(int row) const {
    return m_tracks.at(static_cast<std::size_t>(row)).path;
}

TrackRole TrackListModel::role(int row) const {
    return m_tracks.at(static_cast<std::size_t>(row)).role;
}

QString TrackListModel::title(int row) const {
    const Track& track = m_tracks.at(static_cast<std::size_t>(row));
    if (track.analysis && !track.analysis->tags.title.isEmpty()) {
        return track.analysis->tags.title;
    }
    return QFileInfo(track.path).completeBaseName();
}

const TrackAnalysis* TrackListModel::analysis(int row) const {
    return m_tracks.at(static_cast<std::size_t>(row)).analysis.get();
}

std::shared_ptr<const TrackAnalysis> TrackListModel::sharedAnalysis(int row) const {
    return m_tracks.at(static_cast<std::size_t>(row)).analysis;
}

QString TrackListModel::errorMessage(int row) const {
    return m_tracks.at(static_cast<std::size_t>(row)).error;
}

std::optional<double> TrackListModel::mixLoudness() const {
    const int row = mixRow();
    if (row < 0 || !m_tracks[static_cast<std::size_t>(row)].analysis) {
        return std::nullopt;
    }
    return m_tracks[static_cast<std::size_t>(row)].analysis->loudness.integratedLufs;
}

int TrackListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_tracks.size());
}

int TrackListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
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
    const Track& track = m_tracks[static_cast<std::size_t>(index.row())];
    const TrackAnalysis* a = track.analysis.get();

    switch (role) {
    case StateRole:
        return static_cast<int>(track.state);
    case ProgressRole:
        return track.progress;
    case PathRole:
        return track.path;
    case Qt::ToolTipRole:
        if (track.state == State::Failed || track.state == State::Cancelled) {
            return tr("%1\nCould not be analysed: %2")
                .arg(QDir::toNativeSeparators(track.path), track.error);
        }
        if (a != nullptr && !(a->notes + a->warnings).isEmpty()) {
            return QStringLiteral("%1\n%2").arg(QDir::toNativeSeparators(track.path),
                                                (a->notes + a->warnings).join(QLatin1Char('\n')));
        }
        return QDir::toNativeSeparators(track.path);
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && !track.cover.isNull()) {
            return track.cover;
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
        if (index.column() == StatusColumn && track.state == State::Cancelled) {
            return QBrush(QColor(0x80, 0x80, 0x80));
        }
        if (index.column() == StatusColumn && track.state == State::Failed) {
            return QBrush(QColor(0xC6, 0x28, 0x28));
        }
        return {};
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case TitleColumn: {
        const QString title =
            a != nullptr ? a->tags.title : QFileInfo(track.path).completeBaseName();
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
        case State::Analysing:
            return tr("Analysing… %1%").arg(track.progress / 10);
        case State::Failed:
            return asSentence(track.error);
        case State::Cancelled:
            return tr("Cancelled — right-click to analyse it again");
        case State::Done: {
            if (!a->warnings.isEmpty()) {
                return asSentence(a->warnings.front());
            }
            const auto gain = matchGainDb(mixLoudness(), a->loudness.integratedLufs);
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
