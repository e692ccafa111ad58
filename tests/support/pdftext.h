#pragma once

#include <QString>

namespace mixscope::test {

/// The PDF's text layer as poppler's pdftotext reads it, line breaks kept;
/// empty when pdftotext (poppler-utils, installed by install-deps.sh) is
/// missing or cannot read the file.
QString pdfText(const QString& path);

/// The PDF's page count as pdfinfo reads it; -1 when it cannot.
int pdfPages(const QString& path);

} // namespace mixscope::test
