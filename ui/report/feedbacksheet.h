#pragma once

#include "core/common/analysiserror.h"
#include "core/session/sessionsnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>

#include <optional>
#include <vector>

namespace mixscope {

/// The PDF feedback sheet a producer hands to a mastering engineer: a header
/// (the mix and its references with cover art, the date, the Mixscope
/// version), the score card, the findings worst first (severity, title,
/// evidence, where in the song and at which frequencies, what to try), the
/// charts — loudness-matched spectrum and difference with the findings'
/// zones, width per band, loudness over time with sections, vectorscopes —
/// drawn as vectors, a glossary of the measures, and "Page 2 of 4" on every
/// page. Long finding lists flow onto further pages.
///
/// Always in light colours, whatever the window's theme. Text is real text
/// (selectable and searchable): fontconfig supplies a font per glyph the
/// main font lacks (e.g. a CJK one for Japanese track names) and the PDF
/// embeds the glyphs used. Texts are translated in context
/// "mixscope::FeedbackSheet".
class FeedbackSheet {
    Q_DECLARE_TR_FUNCTIONS(mixscope::FeedbackSheet)

public:
    /// snapshot: the session to report on (SessionSnapshot::make); it needs
    /// an analysed mix.
    explicit FeedbackSheet(SessionSnapshot snapshot);

    /// The paper; by default PaperSize::forLocale().
    void setPageSize(QPageSize::PageSizeId pageSize);
    /// The date printed in the header; by default today.
    void setDate(const QDate& date);

    /// Writes the sheet to path as a PDF, atomically (QSaveFile): when it
    /// fails, nothing new appears at path and a file already there stays as
    /// it was. Returns nothing on success, or WriteFailed with the reason
    /// and no path (callers name it): AtomicFile's plain words, e.g. "the
    /// folder /a/b does not exist" or "the folder /a/b is read-only", or
    /// "there is no analysed mix to report on". Blocking (well under a second). Needs a
    /// QApplication: Qt Charts lays out and paints through QGraphicsScene. GUI thread only.
    std::optional<AnalysisError> write(const QString& path);

    /// Pages of the last sheet written; 0 before.
    int pageCount() const { return m_pageCount; }
    /// How full each page of the last sheet written is: the share of the
    /// page's content area down to its last block, 0–1.
    const std::vector<double>& pageFill() const { return m_pageFill; }

private:
    SessionSnapshot m_snapshot;
    QPageSize::PageSizeId m_pageSize;
    QDate m_date;
    int m_pageCount = 0;
    std::vector<double> m_pageFill;
};

} // namespace mixscope
