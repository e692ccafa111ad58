#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mixscope::test {

/// One message of a Qt Linguist .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             ///< the translation's type attribute: "", "unfinished", "vanished"…
    QStringList translations; ///< one text, or one per plural form when numerus
};

/// The messages of the .ts file at `path`, or nothing with `error` set.
std::optional<std::vector<TsMessage>> readTsFile(const QString& path, QString* error);

/// The placeholders a text fills in, "%1".."%99" and "%n", without the "L" of
/// a localised "%L1", sorted and without repeats.
QStringList placeholdersOf(const QString& text);

/// The HTML tag names a text carries ("a", "/a", "b"…), sorted.
QStringList tagsOf(const QString& text);

} // namespace mixscope::test
