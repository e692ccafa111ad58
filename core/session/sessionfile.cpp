#include "core/session/sessionfile.h"

#include "core/common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mixscope {

namespace {

AnalysisError damaged(const QString& why) {
    return {AnalysisErrorKind::DamagedData, why};
}

} // namespace

Result<SessionFile> SessionFile::read(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists()) {
        return AnalysisError{AnalysisErrorKind::FileNotFound,
                             tr("the session file does not exist")};
    }
    if (info.isDir()) {
        return AnalysisError{AnalysisErrorKind::NotAFile,
                             tr("this is a folder, not a session file")};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return AnalysisError{file.error() == QFileDevice::PermissionsError
                                 ? AnalysisErrorKind::PermissionDenied
                                 : AnalysisErrorKind::ReadFailed,
                             tr("the session file cannot be read (%1)").arg(file.errorString())};
    }
    // Sessions are a few hundred bytes; anything huge is not one.
    const QByteArray bytes = file.read(4 * 1024 * 1024);
    return parse(bytes, info.absolutePath());
}

Result<SessionFile> SessionFile::parse(const QByteArray& json, const QString& sessionFolder) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged(tr("this is not a Mixscope session file (it is not valid JSON)"));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("mixscope-session")) {
        return damaged(tr("this is not a Mixscope session file"));
    }
    const int version = root.value(QStringLiteral("format_version")).toInt(0);
    if (version < 1) {
        return damaged(tr("the session file has no valid format version"));
    }
    if (version > kFormatVersion) {
        return damaged(
            tr("the session was saved by a newer Mixscope (format %1); this one reads format %2")
                .arg(version)
                .arg(kFormatVersion));
    }

    SessionFile session;
    const QDir folder(sessionFolder);
    const QJsonArray tracks = root.value(QStringLiteral("tracks")).toArray();
    for (const QJsonValue& value : tracks) {
        const QJsonObject object = value.toObject();
        const QString stored = object.value(QStringLiteral("path")).toString();
        const QString absolute = object.value(QStringLiteral("absolute_path")).toString();
        if (stored.isEmpty() && absolute.isEmpty()) {
            continue;
        }
        QString resolved =
            stored.isEmpty() ? absolute : QDir::cleanPath(folder.absoluteFilePath(stored));
        if (!QFileInfo::exists(resolved) && !absolute.isEmpty() && QFileInfo::exists(absolute)) {
            resolved = QDir::cleanPath(absolute);
        }
        SessionTrack track;
        track.path = resolved;
        track.role = object.value(QStringLiteral("role")).toString() == QLatin1String("mix")
                         ? TrackRole::Mix
                         : TrackRole::Reference;
        session.tracks.push_back(track);
    }
    session.view = root.value(QStringLiteral("view")).toString();
    session.spectrumResolution = root.value(QStringLiteral("spectrum_resolution")).toString();
    return session;
}

QByteArray SessionFile::toJson(const QString& sessionFolder) const {
    const QDir folder(sessionFolder);
    QJsonArray array;
    for (const SessionTrack& track : tracks) {
        const QString absolute = QFileInfo(track.path).absoluteFilePath();
        QJsonObject object;
        object.insert(QStringLiteral("path"), folder.relativeFilePath(absolute));
        object.insert(QStringLiteral("absolute_path"), absolute);
        object.insert(QStringLiteral("role"), track.role == TrackRole::Mix
                                                  ? QStringLiteral("mix")
                                                  : QStringLiteral("reference"));
        array.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("mixscope-session"));
    root.insert(QStringLiteral("format_version"), kFormatVersion);
    root.insert(QStringLiteral("tracks"), array);
    if (!view.isEmpty()) {
        root.insert(QStringLiteral("view"), view);
    }
    if (!spectrumResolution.isEmpty()) {
        root.insert(QStringLiteral("spectrum_resolution"), spectrumResolution);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<AnalysisError> SessionFile::write(const QString& path) const {
    const QString folder = QFileInfo(path).absolutePath();
    const std::optional<QString> failure =
        AtomicFile::write(path, [this, &folder] { return toJson(folder); });
    if (failure) {
        return AnalysisError{AnalysisErrorKind::WriteFailed,
                             tr("the session cannot be written (%1)").arg(*failure)};
    }
    return std::nullopt;
}

} // namespace mixscope
