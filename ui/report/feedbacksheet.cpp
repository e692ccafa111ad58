#include "ui/report/feedbacksheet.h"

#include "core/common/atomicfile.h"
#include "core/report/scorecard.h"
#include "ui/findings/findinglistmodel.h"
#include "ui/findings/severityicon.h"
#include "ui/report/pageflow.h"
#include "ui/report/papersize.h"
#include "ui/report/sheetcharts.h"
#include "ui/report/sheetglossary.h"
#include "ui/report/sheetheader.h"
#include "ui/report/sheetstyle.h"

#include <QFontMetricsF>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace mixscope {

namespace {

// Lays out every part of the sheet as PageFlow blocks and paints the page
// furniture. Lives as long as the painting: the blocks paint through it.
class Composer {
    Q_DECLARE_TR_FUNCTIONS(mixscope::FeedbackSheet)

public:
    Composer(const SessionSnapshot& snapshot, QPaintDevice* device, const QSizeF& page,
             const QDate& date);

    QRectF contentArea() const {
        return QRectF(SheetStyle::kMarginX, SheetStyle::kMarginTop,
                      m_page.width() - 2.0 * SheetStyle::kMarginX,
                      m_page.height() - SheetStyle::kMarginTop - SheetStyle::kMarginBottom);
    }
    void compose(PageFlow& flow);
    void paintFurniture(QPainter& painter, int page, int pageCount) const;

private:
    void addSummary(PageFlow& flow);
    void addScoreCard(PageFlow& flow);
    void addFindings(PageFlow& flow);
    void addFinding(PageFlow& flow, std::size_t index);
    void addGlossary(PageFlow& flow);

    const SessionSnapshot& m_snapshot;
    SheetStyle m_style;
    QSizeF m_page;
    QString m_date;
    double m_width;
    std::vector<SheetTrack> m_tracks;
    SheetHeader m_header;
    SheetCharts m_charts;
};

Composer::Composer(const SessionSnapshot& snapshot, QPaintDevice* device, const QSizeF& page,
                   const QDate& date)
    : m_snapshot(snapshot)
    , m_style(device)
    , m_page(page)
    , m_date(QLocale().toString(date, QLocale::LongFormat))
    , m_width(page.width() - 2.0 * SheetStyle::kMarginX)
    , m_tracks(SheetTrack::of(snapshot))
    , m_header(m_style, m_width, m_date)
    , m_charts(m_style, m_width) {}

void Composer::compose(PageFlow& flow) {
    m_header.add(flow, m_snapshot, m_tracks);
    addSummary(flow);
    flow.add(m_style.heading(tr("Score card"), m_width));
    addScoreCard(flow);
    flow.add(m_style.heading(tr("Findings, worst first"), m_width));
    addFindings(flow);
    m_charts.add(flow, m_snapshot, m_tracks);
    addGlossary(flow);
}

void Composer::addSummary(PageFlow& flow) {
    const QFont textFont = m_style.font(10.0);
    const QString summary =
        tr("Your mix, measured %1 — %2.")
            .arg(ScoreCard::basis(m_snapshot), ScoreCard::findingCount(m_snapshot));
    // What the readers of the files found worth saying (downmixes, damage).
    QStringList notes;
    for (const SheetTrack& track : m_tracks) {
        const TrackAnalysis& a = *track.compared.analysis;
        for (const QString& note : a.notes + a.warnings) {
            notes << tr("%1: %2").arg(track.compared.name, note);
        }
    }
    const QFont notesFont = m_style.font(7.5);
    const QString notesText = notes.join(QLatin1Char('\n'));
    constexpr double pad = 9.0;
    const double inner = m_width - 2.0 * pad;
    const double mainHeight = m_style.textHeight(textFont, inner, summary);
    const double notesHeight = m_style.textHeight(notesFont, inner, notesText);

    PageFlow::Block block;
    block.spaceBefore = 14.0;
    block.height = mainHeight + (notes.isEmpty() ? 0.0 : notesHeight + 4.0) + 2.0 * pad;
    block.paint = [=, this](QPainter& painter, const QRectF& r) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(SheetStyle::tint());
        painter.drawRoundedRect(r, 4.0, 4.0);
        painter.setBrush(m_tracks.front().colour);
        painter.drawRect(QRectF(r.left(), r.top(), 3.0, r.height()));
        const QRectF text(r.left() + pad, r.top() + pad, inner, mainHeight);
        SheetStyle::drawText(painter, text, textFont, SheetStyle::ink(), summary);
        if (!notesText.isEmpty()) {
            SheetStyle::drawText(painter,
                                 QRectF(text.left(), text.bottom() + 4.0, inner, notesHeight),
                                 notesFont, SheetStyle::muted(), notesText);
        }
    };
    flow.add(std::move(block));
}

void Composer::addScoreCard(PageFlow& flow) {
    const std::vector<ScoreCard::Row> rows = ScoreCard::rows(m_snapshot);
    const auto columns = static_cast<int>(m_tracks.size());
    if (columns == 0) {
        return;
    }
    // More than four tracks: a smaller type keeps the columns readable.
    const double size = columns > 4 ? 7.5 : 8.5;
    const QFont headerFont = m_style.font(size, true);
    const QFont nameFont = m_style.font(size);
    const QFont valueFont = m_style.font(size);
    const QFont mixValueFont = m_style.font(size, true);
    const double nameWidth = std::clamp(m_width * 0.28, 110.0, 150.0);
    const double columnWidth = (m_width - nameWidth) / columns;
    constexpr double padX = 5.0;
    constexpr double padY = 3.5;

    QStringList headers;
    std::vector<int> wraps; // at words, or anywhere in a name with a word wider than the column
    double headerHeight = 0.0;
    const QFontMetricsF headerMetrics(headerFont, m_style.device());
    for (const SheetTrack& track : m_tracks) {
        // File names break after their hyphens and underscores too (a zero-width space).
        QString name = track.compared.name;
        name.replace(QLatin1Char('-'), QStringLiteral("-\u200B"))
            .replace(QLatin1Char('_'), QStringLiteral("_\u200B"));
        headers << (track.isMix ? tr("Mix: %1").arg(name) : name);
        const QStringList words =
            headers.back().split(QRegularExpression(QStringLiteral("[ \u200B]")));
        const bool fits = std::all_of(words.begin(), words.end(), [&](const QString& word) {
            return headerMetrics.horizontalAdvance(word) <= columnWidth - 2.0 * padX;
        });
        wraps.push_back(fits ? Qt::TextWordWrap : Qt::TextWrapAnywhere);
        headerHeight =
            std::max(headerHeight, m_style.textHeight(headerFont, columnWidth - 2.0 * padX,
                                                      headers.back(), wraps.back()));
    }
    PageFlow::Block header;
    header.spaceBefore = 2.0;
    header.keepWithNext = true;
    header.height = headerHeight + 2.0 * padY + 1.0;
    header.paint = [=, this](QPainter& painter, const QRectF& r) {
        painter.setPen(QPen(SheetStyle::ink(), 0.6));
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5));
        for (int k = 0; k < columns; ++k) {
            const double left = r.left() + nameWidth + k * columnWidth;
            SheetStyle::drawText(
                painter,
                QRectF(left + padX, r.top() + padY, columnWidth - 2.0 * padX, headerHeight),
                headerFont, SheetStyle::ink(), headers[k],
                Qt::AlignRight | Qt::AlignBottom | wraps[static_cast<std::size_t>(k)]);
            // The track's chart colour under its column ties the table to the charts.
            painter.fillRect(QRectF(left + padX, r.bottom() - 2.0, columnWidth - 2.0 * padX, 2.0),
                             m_tracks[static_cast<std::size_t>(k)].colour);
        }
    };
    flow.add(std::move(header));

    for (std::size_t row = 0; row < rows.size(); ++row) {
        const ScoreCard::Row& scoreRow = rows[row];
        double height = m_style.textHeight(nameFont, nameWidth - 2.0 * padX, scoreRow.name);
        for (int k = 0; k < columns; ++k) {
            height = std::max(height, m_style.textHeight(valueFont, columnWidth - 2.0 * padX,
                                                         scoreRow.values.value(k)));
        }
        PageFlow::Block block;
        block.height = height + 2.0 * padY;
        const bool shaded = row % 2 == 1;
        const bool last = row + 1 == rows.size();
        block.paint = [=, this](QPainter& painter, const QRectF& r) {
            if (shaded) {
                painter.fillRect(r, SheetStyle::tint());
            }
            SheetStyle::drawText(
                painter, QRectF(r.left() + padX, r.top() + padY, nameWidth - 2.0 * padX, height),
                nameFont, SheetStyle::ink(), scoreRow.name);
            for (int k = 0; k < columns; ++k) {
                const bool isMix = m_tracks[static_cast<std::size_t>(k)].isMix;
                SheetStyle::drawText(painter,
                                     QRectF(r.left() + nameWidth + k * columnWidth + padX,
                                            r.top() + padY, columnWidth - 2.0 * padX, height),
                                     isMix ? mixValueFont : valueFont, SheetStyle::ink(),
                                     scoreRow.values.value(k),
                                     Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap);
            }
            if (last) {
                painter.setPen(QPen(SheetStyle::rule(), 0.6));
                painter.drawLine(QPointF(r.left(), r.bottom() - 0.3),
                                 QPointF(r.right(), r.bottom() - 0.3));
            }
        };
        flow.add(std::move(block));
    }
}

void Composer::addFindings(PageFlow& flow) {
    if (m_snapshot.findings.empty()) {
        const QFont textFont = m_style.font(9.5);
        const QString text = tr("Nothing stands out: no mixdown problem was found %1.")
                                 .arg(ScoreCard::basis(m_snapshot));
        PageFlow::Block block;
        block.spaceBefore = 4.0;
        block.height = m_style.textHeight(textFont, m_width, text);
        block.paint = [=, this](QPainter& painter, const QRectF& r) {
            SheetStyle::drawText(painter, r, textFont, SheetStyle::ink(), text);
        };
        flow.add(std::move(block));
        return;
    }
    for (std::size_t i = 0; i < m_snapshot.findings.size(); ++i) {
        addFinding(flow, i);
    }
}

void Composer::addFinding(PageFlow& flow, std::size_t index) {
    const Finding& finding = m_snapshot.findings[index];
    const QColor accent = SheetStyle::severityColour(finding.severity);
    constexpr double bar = 3.0;
    constexpr double icon = 12.0;
    constexpr double textX = 28.0;
    constexpr double labelWidth = 46.0;
    constexpr double severityWidth = 70.0;
    const QFont titleFont = m_style.font(11.0, true);
    const QFont severityFont = [this] {
        QFont f = m_style.font(7.0, true);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.8);
        return f;
    }();
    const QFont labelFont = severityFont;
    const QFont bodyFont = m_style.font(9.0);

    // Each block of the finding paints its stretch of the bar, a hair longer
    // so that viewers show no seam where two stretches meet.
    auto paintBar = [accent](QPainter& painter, const QRectF& r) {
        painter.fillRect(QRectF(r.left(), r.top(), bar, r.height() + 0.5), accent);
    };

    const QString title = tr("%1. %2").arg(index + 1).arg(finding.title);
    const QString severity = findingSeverityDisplayName(finding.severity).toUpper();
    const double titleWidth = m_width - textX - severityWidth;
    PageFlow::Block head;
    head.spaceBefore = 14.0;
    head.keepWithNext = true;
    head.height = std::max(icon, m_style.textHeight(titleFont, titleWidth, title)) + 8.0;
    head.paint = [=, this](QPainter& painter, const QRectF& r) {
        paintBar(painter, r);
        SeverityIcon::icon(finding.severity)
            .paint(&painter, QRect(static_cast<int>(r.left() + 10.0),
                                   static_cast<int>(std::lround(r.top() + 2.5)),
                                   static_cast<int>(icon), static_cast<int>(icon)));
        SheetStyle::drawText(painter, QRectF(r.left() + textX, r.top(), titleWidth, r.height()),
                             titleFont, SheetStyle::ink(), title);
        SheetStyle::drawText(painter,
                             QRectF(r.right() - severityWidth, r.top() + 3.0, severityWidth, 12.0),
                             severityFont, accent, severity, Qt::AlignRight | Qt::AlignTop);
    };
    flow.add(std::move(head));

    QStringList where;
    if (finding.frequency) {
        where << FindingListModel::frequencyText(*finding.frequency);
    }
    const double durationS = m_snapshot.mix ? m_snapshot.mix->analysis->durationS : 0.0;
    if (coversMostOfTheTrack(finding.times, durationS)) {
        where << findingTimesText(finding.times, durationS);
    } else if (!finding.times.empty()) {
        where << tr("at %1").arg(findingTimesText(finding.times, durationS));
    }
    std::vector<std::pair<QString, QString>> rows;
    rows.emplace_back(tr("What"), finding.evidence);
    if (!where.isEmpty()) {
        rows.emplace_back(tr("Where"), where.join(QStringLiteral(" · ")));
    }
    if (!finding.suggestion.isEmpty()) {
        rows.emplace_back(tr("Try"), finding.suggestion);
    }
    const double bodyX = textX + labelWidth;
    const double bodyWidth = m_width - bodyX;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const QString label = rows[i].first.toUpper();
        const QString text = rows[i].second;
        const double height = m_style.textHeight(bodyFont, bodyWidth, text);
        PageFlow::Block block;
        block.height = height + 4.0;
        // A finding stays on one page (unless it is longer than a page).
        block.keepWithNext = i + 1 < rows.size();
        block.paint = [=, this](QPainter& painter, const QRectF& r) {
            paintBar(painter, r);
            SheetStyle::drawText(painter, QRectF(r.left() + textX, r.top() + 1.8, labelWidth, 12.0),
                                 labelFont, SheetStyle::muted(), label,
                                 Qt::AlignLeft | Qt::AlignTop);
            SheetStyle::drawText(painter, QRectF(r.left() + bodyX, r.top(), bodyWidth, height),
                                 bodyFont, SheetStyle::ink(), text);
        };
        flow.add(std::move(block));
    }
}

void Composer::addGlossary(PageFlow& flow) {
    flow.add(m_style.heading(tr("What the numbers mean"), m_width));
    const std::vector<std::pair<QString, QString>> entries = SheetGlossary::entries();
    const QFont termFont = m_style.font(8.0, true);
    const QFont textFont = m_style.font(8.0);
    const double termWidth = std::clamp(m_width * 0.3, 120.0, 160.0);
    const double textWidth = m_width - termWidth;
    for (const auto& [term, text] : entries) {
        const double height = std::max(m_style.textHeight(termFont, termWidth - 10.0, term),
                                       m_style.textHeight(textFont, textWidth, text));
        PageFlow::Block block;
        block.spaceBefore = 5.0;
        block.height = height;
        block.paint = [=, this](QPainter& painter, const QRectF& r) {
            SheetStyle::drawText(painter, QRectF(r.left(), r.top(), termWidth - 10.0, height),
                                 termFont, SheetStyle::ink(), term);
            SheetStyle::drawText(painter, QRectF(r.left() + termWidth, r.top(), textWidth, height),
                                 textFont, SheetStyle::ink(), text);
        };
        flow.add(std::move(block));
    }
}

void Composer::paintFurniture(QPainter& painter, int page, int pageCount) const {
    const QFont furnitureFont = m_style.font(7.5);
    const QFontMetricsF metrics(furnitureFont, m_style.device());
    const double left = SheetStyle::kMarginX;
    const double right = m_page.width() - SheetStyle::kMarginX;
    const QString name = m_snapshot.mix ? m_snapshot.mix->name : QString();

    const double footerY = m_page.height() - SheetStyle::kMarginBottom + 18.0;
    painter.setPen(QPen(SheetStyle::rule(), 0.6));
    painter.drawLine(QPointF(left, footerY - 5.0), QPointF(right, footerY - 5.0));
    const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pageCount);
    const double pageWidth = metrics.horizontalAdvance(pageText) + 2.0;
    SheetStyle::drawText(painter, QRectF(right - pageWidth, footerY, pageWidth, metrics.height()),
                         furnitureFont, SheetStyle::muted(), pageText,
                         Qt::AlignRight | Qt::AlignTop);
    const double footerWidth = right - left - pageWidth - 20.0;
    SheetStyle::drawText(
        painter, QRectF(left, footerY, footerWidth, metrics.height()), furnitureFont,
        SheetStyle::muted(),
        metrics.elidedText(
            tr("Mixscope %1 · feedback sheet for %2").arg(QStringLiteral(MIXSCOPE_VERSION), name),
            Qt::ElideRight, footerWidth),
        Qt::AlignLeft | Qt::AlignTop);

    if (page == 0) {
        return;
    }
    const double headY = SheetStyle::kMarginTop - 26.0;
    const double dateWidth = metrics.horizontalAdvance(m_date) + 2.0;
    SheetStyle::drawText(painter, QRectF(right - dateWidth, headY, dateWidth, metrics.height()),
                         furnitureFont, SheetStyle::muted(), m_date, Qt::AlignRight | Qt::AlignTop);
    const double headWidth = right - left - dateWidth - 20.0;
    SheetStyle::drawText(painter, QRectF(left, headY, headWidth, metrics.height()),
                         m_style.font(7.5, true), SheetStyle::ink(),
                         QFontMetricsF(m_style.font(7.5, true), m_style.device())
                             .elidedText(name, Qt::ElideRight, headWidth),
                         Qt::AlignLeft | Qt::AlignTop);
    painter.setPen(QPen(SheetStyle::rule(), 0.6));
    painter.drawLine(QPointF(left, headY + metrics.height() + 4.0),
                     QPointF(right, headY + metrics.height() + 4.0));
}

} // namespace

FeedbackSheet::FeedbackSheet(SessionSnapshot snapshot)
    : m_snapshot(std::move(snapshot))
    , m_pageSize(PaperSize::forLocale())
    , m_date(QDate::currentDate()) {}

void FeedbackSheet::setPageSize(QPageSize::PageSizeId pageSize) {
    m_pageSize = pageSize;
}

void FeedbackSheet::setDate(const QDate& date) {
    m_date = date;
}

std::optional<AnalysisError> FeedbackSheet::write(const QString& path) {
    if (!m_snapshot.mix) {
        return AnalysisError{AnalysisErrorKind::WriteFailed,
                             tr("there is no analysed mix to report on")};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return AnalysisError{AnalysisErrorKind::WriteFailed,
                             AtomicFile::explainFailure(path, file.errorString())};
    }
    int pages = 0;
    std::vector<double> fill;
    {
        QPdfWriter writer(&file);
        writer.setResolution(SheetStyle::kResolution);
        writer.setPageSize(QPageSize(m_pageSize));
        writer.setPageMargins(QMarginsF(0.0, 0.0, 0.0, 0.0));
        writer.setTitle(tr("Mix feedback sheet: %1").arg(m_snapshot.mix->name));
        writer.setCreator(tr("Mixscope %1").arg(QStringLiteral(MIXSCOPE_VERSION)));

        const QSizeF page = writer.pageLayout().fullRectPoints().size();
        Composer composer(m_snapshot, &writer, page, m_date);
        PageFlow flow(composer.contentArea());
        composer.compose(flow);
        pages = flow.paginate();
        fill.assign(static_cast<std::size_t>(pages), 0.0);
        const QRectF area = composer.contentArea();
        for (const PageFlow::Placement& placed : flow.placements()) {
            double& used = fill[static_cast<std::size_t>(placed.page)];
            used = std::max(used, (placed.rect.bottom() - area.top()) / area.height());
        }

        QPainter painter;
        if (!painter.begin(&writer)) {
            return AnalysisError{AnalysisErrorKind::WriteFailed,
                                 tr("its pages could not be drawn")};
        }
        for (int p = 0; p < pages; ++p) {
            if (p > 0) {
                writer.newPage();
            }
            composer.paintFurniture(painter, p, pages);
            flow.paintPage(painter, p);
        }
        painter.end();
    }
    if (!file.commit()) {
        return AnalysisError{AnalysisErrorKind::WriteFailed,
                             AtomicFile::explainFailure(path, file.errorString())};
    }
    m_pageCount = pages;
    m_pageFill = std::move(fill);
    return std::nullopt;
}

} // namespace mixscope
