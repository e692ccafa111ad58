#include "ui/report/feedbacksheet.h"

#include "core/common/units.h"

#include "core/common/atomicfile.h"
#include "core/report/scorecard.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/dynamicscharts.h"
#include "ui/charts/spectrumcharts.h"
#include "ui/charts/stereocharts.h"
#include "ui/charts/vectorscopepicture.h"
#include "ui/findings/findinglistmodel.h"
#include "ui/findings/severityicon.h"
#include "ui/report/pageflow.h"
#include "ui/report/papersize.h"
#include "ui/shell/theme.h"
#include "ui/tracks/tracklistmodel.h"

#include <QChart>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

// The sheet is laid out in points: at 72 dpi one device unit is one point, so
// fonts sized in points are measured and painted at the size they are set to.
constexpr int kResolution = 72;
// Chart scenes are laid out at two scene pixels per point and painted at half
// that size. Their fonts are sized in pixels, so the layout Qt Charts computes
// (with the screen's DPI) is exactly the one painted, on any screen.
constexpr double kSceneScale = 2.0;

constexpr double kMarginX = 50.0;
constexpr double kMarginTop = 54.0;
constexpr double kMarginBottom = 54.0;

constexpr QRgb kInk = 0x1f2328;
constexpr QRgb kMuted = 0x59636e;
constexpr QRgb kRule = 0xd1d9e0;
constexpr QRgb kTint = 0xf4f6f8;

QColor colour(QRgb rgb) {
    return QColor::fromRgb(rgb);
}

QColor severityColour(FindingSeverity severity) {
    switch (severity) {
    case FindingSeverity::Problem:
        return QColor(0xc9, 0x2a, 0x2a);
    case FindingSeverity::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case FindingSeverity::Info:
        return QColor(0x1c, 0x7e, 0xd6);
    }
    return colour(kMuted);
}

// The light palette every chart of the sheet is drawn with.
QPalette printPalette() {
    QPalette palette;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        palette.setColor(role, Qt::white);
    }
    palette.setColor(QPalette::AlternateBase, colour(kTint));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText}) {
        palette.setColor(role, colour(kInk));
    }
    palette.setColor(QPalette::PlaceholderText, colour(kMuted));
    return palette;
}

// Encoded cover art as an image small enough to embed: a few hundred pixels
// are plenty for a thumbnail, and a 3000-pixel scan would bloat the PDF.
QImage coverImage(const TrackAnalysis& analysis) {
    if (analysis.tags.coverArt.isEmpty()) {
        return {};
    }
    QImage image = QImage::fromData(analysis.tags.coverArt);
    if (image.width() > 400 || image.height() > 400) {
        image = image.scaled(400, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

// Lays out every part of the sheet as PageFlow blocks and paints the page
// furniture. Lives as long as the painting: the blocks paint through it.
class Composer {
    Q_DECLARE_TR_FUNCTIONS(mixscope::FeedbackSheet)

public:
    Composer(const SessionSnapshot& snapshot, QPaintDevice* device, const QSizeF& page,
             const QDate& date);

    QRectF contentArea() const {
        return QRectF(kMarginX, kMarginTop, m_page.width() - 2.0 * kMarginX,
                      m_page.height() - kMarginTop - kMarginBottom);
    }
    void compose(PageFlow& flow);
    void paintFurniture(QPainter& painter, int page, int pageCount) const;

private:
    struct Track {
        ComparedTrack compared;
        QColor colour;
        QImage cover;
        bool isMix = false;
    };

    QFont font(double points, bool bold = false) const;
    double textHeight(const QFont& font, double width, const QString& text,
                      int flags = Qt::TextWordWrap) const;
    void drawText(QPainter& painter, const QRectF& rect, const QFont& font, const QColor& colour,
                  const QString& text, int flags = Qt::TextWordWrap) const;
    void drawCover(QPainter& painter, const QRectF& rect, const Track& track) const;
    QString fileLine(const TrackAnalysis& analysis) const;

    void addHeader(PageFlow& flow);
    void addReferences(PageFlow& flow);
    void addSummary(PageFlow& flow);
    void addHeading(PageFlow& flow, const QString& text);
    void addScoreCard(PageFlow& flow);
    void addFindings(PageFlow& flow);
    void addFinding(PageFlow& flow, std::size_t index);
    void addCharts(PageFlow& flow);
    void addChart(PageFlow& flow, QChart* chart, double heightPt, const QString& caption);
    void addVectorscopes(PageFlow& flow);
    void addCaption(PageFlow& flow, const QString& text);
    void addGlossary(PageFlow& flow);

    const SessionSnapshot& m_snapshot;
    QPaintDevice* m_device;
    QSizeF m_page;
    QString m_date;
    double m_width;
    std::vector<Track> m_tracks;

    QGraphicsScene m_scene;
    double m_nextSceneY = 0.0;
};

Composer::Composer(const SessionSnapshot& snapshot, QPaintDevice* device, const QSizeF& page,
                   const QDate& date)
    : m_snapshot(snapshot)
    , m_device(device)
    , m_page(page)
    , m_date(QLocale().toString(date, QLocale::LongFormat))
    , m_width(page.width() - 2.0 * kMarginX) {
    const QPalette palette = printPalette();
    const std::vector<ComparedTrack> tracks = snapshot.tracks();
    for (std::size_t k = 0; k < tracks.size(); ++k) {
        const bool isMix = snapshot.mix && k == 0;
        const int colourIndex = snapshot.mix ? static_cast<int>(k) : static_cast<int>(k) + 1;
        m_tracks.push_back({tracks[k], Theme::trackColor(colourIndex, palette),
                            coverImage(*tracks[k].analysis), isMix});
    }
}

QFont Composer::font(double points, bool bold) const {
    QFont f;
    // DejaVu Sans comes with Mixscope's packages and covers Latin, Greek and
    // Cyrillic; fontconfig supplies the rest (CJK, …) glyph by glyph.
    f.setFamilies({QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Unhinted glyph advances: hinting rounds them to whole device units,
    // and a device unit here is a whole point.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: the PDF's text layer would hold "ﬁ" for "fi", and a
    // search for "findings" would not find it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double Composer::textHeight(const QFont& font, double width, const QString& text, int flags) const {
    if (text.isEmpty()) {
        return 0.0;
    }
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0.0, 0.0, width, 1e6), flags, text).height();
}

void Composer::drawText(QPainter& painter, const QRectF& rect, const QFont& font,
                        const QColor& colour, const QString& text, int flags) const {
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(rect, flags, text);
}

void Composer::drawCover(QPainter& painter, const QRectF& rect, const Track& track) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (!track.cover.isNull()) {
        const QSizeF size = QSizeF(track.cover.size()).scaled(rect.size(), Qt::KeepAspectRatio);
        const QRectF target(rect.center() - QPointF(size.width(), size.height()) / 2.0, size);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, track.cover);
        painter.setPen(QPen(colour(kRule), 0.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target);
    } else {
        // No cover art: a tile in the track's chart colour.
        QColor fill = track.colour;
        fill.setAlphaF(0.14f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        const double radius = rect.width() * 0.08;
        painter.drawRoundedRect(rect, radius, radius);
        drawText(painter, rect, font(rect.height() * 0.42), track.colour, QStringLiteral("♪"),
                 Qt::AlignCenter);
    }
    painter.restore();
}

QString Composer::fileLine(const TrackAnalysis& analysis) const {
    const QString file =
        QStringLiteral("%1 · %2 · %3")
            .arg(QFileInfo(analysis.path).fileName(), TrackListModel::formatText(analysis),
                 Units::clockTime(analysis.durationS));
    return analysis.tags.artist.isEmpty()
               ? file
               : QStringLiteral("%1 · %2").arg(analysis.tags.artist, file);
}

void Composer::compose(PageFlow& flow) {
    addHeader(flow);
    addReferences(flow);
    addSummary(flow);
    addHeading(flow, tr("Score card"));
    addScoreCard(flow);
    addHeading(flow, tr("Findings, worst first"));
    addFindings(flow);
    addCharts(flow);
    addGlossary(flow);
}

void Composer::addHeader(PageFlow& flow) {
    const Track& mix = m_tracks.front();
    constexpr double cover = 66.0;
    constexpr double gap = 14.0;
    constexpr double metaWidth = 130.0;
    const double textWidth = m_width - cover - gap - metaWidth - 10.0;
    const QFont kickerFont = [this] {
        QFont f = font(7.5, true);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 1.2);
        return f;
    }();
    const QFont titleFont = font(20.0, true);
    const QFont fileFont = font(8.0);
    const QString kicker = tr("MIX FEEDBACK SHEET");
    const QString title = mix.compared.name;
    const QString file = fileLine(*mix.compared.analysis);
    const double kickerHeight = textHeight(kickerFont, textWidth, kicker);
    const double titleHeight = textHeight(titleFont, textWidth, title);
    const double fileHeight = textHeight(fileFont, textWidth, file, Qt::TextWrapAnywhere);

    PageFlow::Block block;
    block.height = std::max(cover, kickerHeight + 2.0 + titleHeight + 3.0 + fileHeight) + 10.0;
    block.paint = [=, this](QPainter& painter, const QRectF& r) {
        drawCover(painter, QRectF(r.left(), r.top(), cover, cover), mix);
        const double x = r.left() + cover + gap;
        double y = r.top();
        drawText(painter, QRectF(x, y, textWidth, kickerHeight), kickerFont, mix.colour, kicker);
        y += kickerHeight + 2.0;
        drawText(painter, QRectF(x, y, textWidth, titleHeight), titleFont, colour(kInk), title);
        y += titleHeight + 3.0;
        drawText(painter, QRectF(x, y, textWidth, fileHeight), fileFont, colour(kMuted), file,
                 Qt::TextWrapAnywhere);
        const QRectF meta(r.right() - metaWidth, r.top(), metaWidth, 40.0);
        drawText(painter, meta, font(8.0, true), colour(kInk), m_date,
                 Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap);
        const double dateHeight = textHeight(font(8.0, true), metaWidth, m_date);
        drawText(painter, meta.translated(0.0, dateHeight + 1.0), font(8.0), colour(kMuted),
                 tr("Mixscope %1").arg(QStringLiteral(MIXSCOPE_VERSION)),
                 Qt::AlignRight | Qt::AlignTop);
        painter.setPen(QPen(colour(kRule), 0.75));
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5));
    };
    flow.add(std::move(block));
}

void Composer::addReferences(PageFlow& flow) {
    const QFont labelFont = [this] {
        QFont f = font(7.0, true);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.8);
        return f;
    }();
    const QString label = m_snapshot.references.empty() ? tr("NO REFERENCE") : tr("COMPARED WITH");
    PageFlow::Block heading;
    heading.spaceBefore = 10.0;
    heading.height = textHeight(labelFont, m_width, label) + 4.0;
    heading.keepWithNext = true;
    heading.paint = [=, this](QPainter& painter, const QRectF& r) {
        drawText(painter, r, labelFont, colour(kMuted), label);
    };
    flow.add(std::move(heading));

    if (m_snapshot.references.empty()) {
        const QString text = tr("The mix is judged against the usual ranges for a mix before "
                                "mastering. Add a reference track or two for a comparison with "
                                "records you like.");
        const QFont textFont = font(9.0);
        PageFlow::Block block;
        block.height = textHeight(textFont, m_width, text);
        block.paint = [=, this](QPainter& painter, const QRectF& r) {
            drawText(painter, r, textFont, colour(kInk), text);
        };
        flow.add(std::move(block));
        return;
    }

    constexpr double cover = 26.0;
    const QFont nameFont = font(9.5, true);
    const QFont fileFont = font(7.5);
    const QFont gainFont = font(8.5);
    for (std::size_t i = 0; i < m_snapshot.references.size(); ++i) {
        const Track& track = m_tracks[m_snapshot.mix ? i + 1 : i];
        const auto gain = m_snapshot.matchGainDb(i);
        const QString gainText =
            gain ? tr("matched %1").arg(Units::gain(*gain)) : tr("not matched");
        PageFlow::Block block;
        block.spaceBefore = 4.0;
        block.height = cover;
        block.paint = [=, this](QPainter& painter, const QRectF& r) {
            drawCover(painter, QRectF(r.left(), r.top(), cover, cover), track);
            constexpr double gainWidth = 110.0;
            const double x = r.left() + cover + 9.0;
            const double width = r.width() - cover - 9.0 - gainWidth;
            const QFontMetricsF nameMetrics(nameFont, m_device);
            const QFontMetricsF fileMetrics(fileFont, m_device);
            drawText(painter, QRectF(x, r.top() + 1.0, width, nameMetrics.height()), nameFont,
                     colour(kInk),
                     nameMetrics.elidedText(track.compared.name, Qt::ElideRight, width));
            drawText(
                painter, QRectF(x, r.top() + 2.0 + nameMetrics.height(), width, 12.0), fileFont,
                colour(kMuted),
                fileMetrics.elidedText(fileLine(*track.compared.analysis), Qt::ElideMiddle, width));
            drawText(painter, QRectF(r.right() - gainWidth, r.top() + 1.0, gainWidth, 14.0),
                     gainFont, colour(kInk), gainText, Qt::AlignRight | Qt::AlignTop);
        };
        flow.add(std::move(block));
    }
}

void Composer::addSummary(PageFlow& flow) {
    const QFont textFont = font(10.0);
    const QString summary =
        tr("Your mix, measured %1 — %2.")
            .arg(ScoreCard::basis(m_snapshot), ScoreCard::findingCount(m_snapshot));
    // What the readers of the files found worth saying (downmixes, damage).
    QStringList notes;
    for (const Track& track : m_tracks) {
        const TrackAnalysis& a = *track.compared.analysis;
        for (const QString& note : a.notes + a.warnings) {
            notes << tr("%1: %2").arg(track.compared.name, note);
        }
    }
    const QFont notesFont = font(7.5);
    const QString notesText = notes.join(QLatin1Char('\n'));
    constexpr double pad = 9.0;
    const double inner = m_width - 2.0 * pad;
    const double mainHeight = textHeight(textFont, inner, summary);
    const double notesHeight = textHeight(notesFont, inner, notesText);

    PageFlow::Block block;
    block.spaceBefore = 14.0;
    block.height = mainHeight + (notes.isEmpty() ? 0.0 : notesHeight + 4.0) + 2.0 * pad;
    block.paint = [=, this](QPainter& painter, const QRectF& r) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour(kTint));
        painter.drawRoundedRect(r, 4.0, 4.0);
        painter.setBrush(m_tracks.front().colour);
        painter.drawRect(QRectF(r.left(), r.top(), 3.0, r.height()));
        const QRectF text(r.left() + pad, r.top() + pad, inner, mainHeight);
        drawText(painter, text, textFont, colour(kInk), summary);
        if (!notesText.isEmpty()) {
            drawText(painter, QRectF(text.left(), text.bottom() + 4.0, inner, notesHeight),
                     notesFont, colour(kMuted), notesText);
        }
    };
    flow.add(std::move(block));
}

void Composer::addHeading(PageFlow& flow, const QString& text) {
    const QFont headingFont = font(12.5, true);
    PageFlow::Block block;
    block.spaceBefore = 22.0;
    block.keepWithNext = true;
    block.height = textHeight(headingFont, m_width, text) + 9.0;
    block.paint = [=, this](QPainter& painter, const QRectF& r) {
        drawText(painter, r, headingFont, colour(kInk), text);
        painter.setPen(QPen(colour(kInk), 0.9));
        painter.drawLine(QPointF(r.left(), r.bottom() - 3.5), QPointF(r.right(), r.bottom() - 3.5));
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
    const QFont headerFont = font(size, true);
    const QFont nameFont = font(size);
    const QFont valueFont = font(size);
    const QFont mixValueFont = font(size, true);
    const double nameWidth = std::clamp(m_width * 0.28, 110.0, 150.0);
    const double columnWidth = (m_width - nameWidth) / columns;
    constexpr double padX = 5.0;
    constexpr double padY = 3.5;

    QStringList headers;
    double headerHeight = 0.0;
    for (const Track& track : m_tracks) {
        headers << (track.isMix ? tr("Mix: %1").arg(track.compared.name) : track.compared.name);
        headerHeight = std::max(headerHeight,
                                textHeight(headerFont, columnWidth - 2.0 * padX, headers.back()));
    }
    PageFlow::Block header;
    header.spaceBefore = 2.0;
    header.keepWithNext = true;
    header.height = headerHeight + 2.0 * padY + 1.0;
    header.paint = [=, this](QPainter& painter, const QRectF& r) {
        painter.setPen(QPen(colour(kInk), 0.6));
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5));
        for (int k = 0; k < columns; ++k) {
            const double left = r.left() + nameWidth + k * columnWidth;
            drawText(painter,
                     QRectF(left + padX, r.top() + padY, columnWidth - 2.0 * padX, headerHeight),
                     headerFont, colour(kInk), headers[k],
                     Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap);
            // The track's chart colour under its column ties the table to the charts.
            painter.fillRect(QRectF(left + padX, r.bottom() - 2.0, columnWidth - 2.0 * padX, 2.0),
                             m_tracks[static_cast<std::size_t>(k)].colour);
        }
    };
    flow.add(std::move(header));

    for (std::size_t row = 0; row < rows.size(); ++row) {
        const ScoreCard::Row& scoreRow = rows[row];
        double height = textHeight(nameFont, nameWidth - 2.0 * padX, scoreRow.name);
        for (int k = 0; k < columns; ++k) {
            height = std::max(
                height, textHeight(valueFont, columnWidth - 2.0 * padX, scoreRow.values.value(k)));
        }
        PageFlow::Block block;
        block.height = height + 2.0 * padY;
        const bool shaded = row % 2 == 1;
        const bool last = row + 1 == rows.size();
        block.paint = [=, this](QPainter& painter, const QRectF& r) {
            if (shaded) {
                painter.fillRect(r, colour(kTint));
            }
            drawText(painter,
                     QRectF(r.left() + padX, r.top() + padY, nameWidth - 2.0 * padX, height),
                     nameFont, colour(kInk), scoreRow.name);
            for (int k = 0; k < columns; ++k) {
                const bool isMix = m_tracks[static_cast<std::size_t>(k)].isMix;
                drawText(painter,
                         QRectF(r.left() + nameWidth + k * columnWidth + padX, r.top() + padY,
                                columnWidth - 2.0 * padX, height),
                         isMix ? mixValueFont : valueFont, colour(kInk), scoreRow.values.value(k),
                         Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap);
            }
            if (last) {
                painter.setPen(QPen(colour(kRule), 0.6));
                painter.drawLine(QPointF(r.left(), r.bottom() - 0.3),
                                 QPointF(r.right(), r.bottom() - 0.3));
            }
        };
        flow.add(std::move(block));
    }
}

void Composer::addFindings(PageFlow& flow) {
    if (m_snapshot.findings.empty()) {
        const QFont textFont = font(9.5);
        const QString text = tr("Nothing stands out: no mixdown problem was found %1.")
                                 .arg(ScoreCard::basis(m_snapshot));
        PageFlow::Block block;
        block.spaceBefore = 4.0;
        block.height = textHeight(textFont, m_width, text);
        block.paint = [=, this](QPainter& painter, const QRectF& r) {
            drawText(painter, r, textFont, colour(kInk), text);
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
    const QColor accent = severityColour(finding.severity);
    constexpr double bar = 3.0;
    constexpr double icon = 12.0;
    constexpr double textX = 28.0;
    constexpr double labelWidth = 46.0;
    constexpr double severityWidth = 70.0;
    const QFont titleFont = font(11.0, true);
    const QFont severityFont = [this] {
        QFont f = font(7.0, true);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.8);
        return f;
    }();
    const QFont labelFont = severityFont;
    const QFont bodyFont = font(9.0);

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
    head.height = std::max(icon, textHeight(titleFont, titleWidth, title)) + 8.0;
    head.paint = [=, this](QPainter& painter, const QRectF& r) {
        paintBar(painter, r);
        SeverityIcon::icon(finding.severity)
            .paint(&painter, QRect(static_cast<int>(r.left() + 10.0),
                                   static_cast<int>(std::lround(r.top() + 2.5)),
                                   static_cast<int>(icon), static_cast<int>(icon)));
        drawText(painter, QRectF(r.left() + textX, r.top(), titleWidth, r.height()), titleFont,
                 colour(kInk), title);
        drawText(painter, QRectF(r.right() - severityWidth, r.top() + 3.0, severityWidth, 12.0),
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
        const double height = textHeight(bodyFont, bodyWidth, text);
        PageFlow::Block block;
        block.height = height + 4.0;
        // A finding stays on one page (unless it is longer than a page).
        block.keepWithNext = i + 1 < rows.size();
        block.paint = [=, this](QPainter& painter, const QRectF& r) {
            paintBar(painter, r);
            drawText(painter, QRectF(r.left() + textX, r.top() + 1.8, labelWidth, 12.0), labelFont,
                     colour(kMuted), label, Qt::AlignLeft | Qt::AlignTop);
            drawText(painter, QRectF(r.left() + bodyX, r.top(), bodyWidth, height), bodyFont,
                     colour(kInk), text);
        };
        flow.add(std::move(block));
    }
}

void Composer::addCaption(PageFlow& flow, const QString& text) {
    QFont captionFont = font(7.5);
    captionFont.setItalic(true);
    PageFlow::Block block;
    block.spaceBefore = 4.0;
    block.height = textHeight(captionFont, m_width, text);
    block.paint = [=, this](QPainter& painter, const QRectF& r) {
        drawText(painter, r, captionFont, colour(kMuted), text);
    };
    flow.add(std::move(block));
}

void Composer::addChart(PageFlow& flow, QChart* chart, double heightPt, const QString& caption) {
    const QRectF source(0.0, m_nextSceneY, m_width * kSceneScale, heightPt * kSceneScale);
    // Far apart, so that no chart's items reach into another's source rectangle.
    m_nextSceneY += source.height() + 10000.0;
    chart->setGeometry(source);
    chart->layout()->activate();

    PageFlow::Block block;
    block.spaceBefore = 12.0;
    block.height = heightPt;
    block.keepWithNext = !caption.isEmpty();
    block.paint = [this, source](QPainter& painter, const QRectF& r) {
        // render() paints every item whose bounding rectangle meets source,
        // unclipped: a curve running far below its chart's axis would
        // otherwise show up, shifted, over this block's neighbours.
        painter.setClipRect(r, Qt::IntersectClip);
        m_scene.render(&painter, r, source, Qt::IgnoreAspectRatio);
    };
    flow.add(std::move(block));
    if (!caption.isEmpty()) {
        addCaption(flow, caption);
    }
}

void Composer::addCharts(PageFlow& flow) {
    ChartStyle style;
    style.palette = printPalette();
    style.font = font(8.5);
    style.font.setPixelSize(static_cast<int>(8.5 * kSceneScale));
    style.lineWidthScale = 0.6;

    // The findings as the sheet numbers them, so that zones and list agree.
    SessionSnapshot numbered = m_snapshot;
    for (std::size_t i = 0; i < numbered.findings.size(); ++i) {
        numbered.findings[i].title = tr("%1. %2").arg(i + 1).arg(numbered.findings[i].title);
    }

    // The builders' charts belong to the scene from here on.
    SpectrumCharts spectrum;
    StereoCharts stereo;
    DynamicsCharts dynamics;
    for (QChart* chart : {spectrum.levelChart(), spectrum.differenceChart(), stereo.widthChart(),
                          stereo.correlationChart(), dynamics.loudnessChart(), dynamics.barChart(),
                          dynamics.histogramChart()}) {
        m_scene.addItem(chart);
        // Far from the placed ones until placed, so that none shows through another.
        chart->setGeometry(QRectF(-1e6, -1e6, 400.0, 300.0));
    }
    spectrum.build(numbered, style, SpectrumCharts::Resolution::ThirdOctave, -1);
    stereo.build(numbered, style, -1);
    dynamics.build(numbered, style, true, -1);

    addHeading(flow, tr("Charts"));
    addChart(flow, spectrum.levelChart(), std::round(m_width * 0.46),
             tr("1/3-octave spectra. Each reference is turned up or down by its match gain, so "
                "every curve is heard at the mix's loudness. Shaded: the findings' frequency "
                "ranges, numbered as above."));
    addChart(flow, spectrum.differenceChart(), std::round(m_width * 0.26),
             tr("Above 0 the mix has more energy in that band than the references, below 0 "
                "less."));
    addChart(flow, stereo.widthChart(), std::round(m_width * 0.3),
             tr("How much stereo difference (side) each band carries against its centre (mid). "
                "Below 150 Hz bass should stay close to mono."));
    addChart(flow, dynamics.loudnessChart(), std::round(m_width * 0.34),
             tr("Short-term loudness (3-second windows), references matched to the mix; dashed "
                "lines mark where the sections begin. Shaded: where the findings are."));
    addVectorscopes(flow);
}

void Composer::addVectorscopes(PageFlow& flow) {
    if (m_tracks.empty()) {
        return;
    }
    const QFont scopeFont = font(7.5);
    const double lineHeight = QFontMetricsF(scopeFont, m_device).height();
    constexpr int perRow = 3;
    constexpr double gap = 14.0;
    const double width = (m_width - gap * (perRow - 1)) / perRow;
    // The scope itself no bigger than this: the picture needs no more.
    const double height = VectorscopePicture::heightForWidth(std::min(width, 124.0), lineHeight);
    const QPalette palette = printPalette();

    auto pictures = std::make_shared<std::vector<VectorscopePicture>>();
    for (const Track& track : m_tracks) {
        VectorscopePicture picture;
        picture.setData(track.compared.analysis->stereo.vectorscopeDensity,
                        track.isMix ? tr("Mix: %1").arg(track.compared.name) : track.compared.name,
                        track.colour,
                        VectorscopePicture::captionFor(track.compared.analysis->stereo));
        pictures->push_back(std::move(picture));
    }
    const auto count = pictures->size();
    for (std::size_t first = 0; first < count; first += perRow) {
        PageFlow::Block block;
        block.spaceBefore = first == 0 ? 16.0 : 10.0;
        block.height = height;
        const bool lastRow = first + perRow >= count;
        block.keepWithNext = lastRow;
        block.paint = [=](QPainter& painter, const QRectF& r) {
            painter.setFont(scopeFont);
            for (std::size_t k = first; k < std::min(count, first + perRow); ++k) {
                const double x = r.left() + static_cast<double>(k - first) * (width + gap);
                (*pictures)[k].paint(painter, QRectF(x, r.top(), width, height), palette,
                                     VectorscopePicture::Density::Cells);
            }
        };
        flow.add(std::move(block));
    }
    addCaption(flow, tr("Vectorscopes: every sample pair as a dot. Vertical is mono, the "
                        "diagonals are left or right only, a wide cloud is a wide mix, and "
                        "spread along the horizontal means content that cancels in mono."));
}

void Composer::addGlossary(PageFlow& flow) {
    addHeading(flow, tr("What the numbers mean"));
    const std::vector<std::pair<QString, QString>> entries{
        {tr("Integrated loudness (LUFS)"),
         tr("How loud the whole track feels, measured the way streaming services and "
            "broadcasters do (EBU R128). -14 LUFS is louder than -18 LUFS.")},
        {tr("Loudness matching"),
         tr("Louder always sounds better, so every reference is turned up or down to the mix's "
            "loudness before anything is compared. The match gain is how much.")},
        {tr("Loudness range (LU)"),
         tr("How much the loudness moves between the quiet and the loud parts of the song.")},
        {tr("True peak (dBTP)"),
         tr("The highest level the waveform reaches, also between samples, as a converter or "
            "an MP3 encoder sees it. Above -1 dBTP lossy encoding can clip.")},
        {tr("PLR and PSR (dB)"),
         tr("Peak-to-loudness ratio: true peak minus loudness, the room the peaks have; PSR is "
            "the same moment by moment. Limited masters sit near 8 dB, open mixes at 14 dB and "
            "above.")},
        {tr("Crest factor (dB)"), tr("Peak minus RMS level, sample by sample: PLR's cousin.")},
        {tr("Spectrum difference (dB)"),
         tr("How much energy sits in each third of an octave, compared after loudness matching: "
            "above 0 the mix has more there than the references.")},
        {tr("Correlation"),
         tr("How alike left and right are: +1 is mono, around 0 wide, below 0 parts cancel when "
            "the mix is played in mono. Low-end correlation looks below 150 Hz only, where bass "
            "should be close to +1.")},
        {tr("Width (side − mid, dB)"),
         tr("How loud the stereo difference is against the centre, band by band: -20 dB is "
            "narrow, 0 dB as much side as centre.")},
        {tr("Sections"),
         tr("Parts of the song (intro, verse, chorus, …) guessed from loudness and timbre; "
            "findings give the times where they are worst.")},
        {tr("Severity"),
         tr("Problem: fix it before mastering or release. Warning: worth a listen and probably a "
            "move. Info: good to know.")},
    };
    const QFont termFont = font(8.0, true);
    const QFont textFont = font(8.0);
    const double termWidth = std::clamp(m_width * 0.3, 120.0, 160.0);
    const double textWidth = m_width - termWidth;
    for (const auto& [term, text] : entries) {
        const double height = std::max(textHeight(termFont, termWidth - 10.0, term),
                                       textHeight(textFont, textWidth, text));
        PageFlow::Block block;
        block.spaceBefore = 5.0;
        block.height = height;
        block.paint = [=, this](QPainter& painter, const QRectF& r) {
            drawText(painter, QRectF(r.left(), r.top(), termWidth - 10.0, height), termFont,
                     colour(kInk), term);
            drawText(painter, QRectF(r.left() + termWidth, r.top(), textWidth, height), textFont,
                     colour(kInk), text);
        };
        flow.add(std::move(block));
    }
}

void Composer::paintFurniture(QPainter& painter, int page, int pageCount) const {
    const QFont furnitureFont = font(7.5);
    const QFontMetricsF metrics(furnitureFont, m_device);
    const double left = kMarginX;
    const double right = m_page.width() - kMarginX;
    const QString name = m_snapshot.mix ? m_snapshot.mix->name : QString();

    const double footerY = m_page.height() - kMarginBottom + 18.0;
    painter.setPen(QPen(colour(kRule), 0.6));
    painter.drawLine(QPointF(left, footerY - 5.0), QPointF(right, footerY - 5.0));
    const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pageCount);
    const double pageWidth = metrics.horizontalAdvance(pageText) + 2.0;
    drawText(painter, QRectF(right - pageWidth, footerY, pageWidth, metrics.height()),
             furnitureFont, colour(kMuted), pageText, Qt::AlignRight | Qt::AlignTop);
    const double footerWidth = right - left - pageWidth - 20.0;
    drawText(
        painter, QRectF(left, footerY, footerWidth, metrics.height()), furnitureFont,
        colour(kMuted),
        metrics.elidedText(
            tr("Mixscope %1 · feedback sheet for %2").arg(QStringLiteral(MIXSCOPE_VERSION), name),
            Qt::ElideRight, footerWidth),
        Qt::AlignLeft | Qt::AlignTop);

    if (page == 0) {
        return;
    }
    const double headY = kMarginTop - 26.0;
    const double dateWidth = metrics.horizontalAdvance(m_date) + 2.0;
    drawText(painter, QRectF(right - dateWidth, headY, dateWidth, metrics.height()), furnitureFont,
             colour(kMuted), m_date, Qt::AlignRight | Qt::AlignTop);
    const double headWidth = right - left - dateWidth - 20.0;
    drawText(painter, QRectF(left, headY, headWidth, metrics.height()), font(7.5, true),
             colour(kInk),
             QFontMetricsF(font(7.5, true), m_device).elidedText(name, Qt::ElideRight, headWidth),
             Qt::AlignLeft | Qt::AlignTop);
    painter.setPen(QPen(colour(kRule), 0.6));
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
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(m_pageSize));
        writer.setPageMargins(QMarginsF(0.0, 0.0, 0.0, 0.0));
        writer.setTitle(tr("Mix feedback sheet: %1").arg(m_snapshot.mix->name));
        writer.setCreator(tr("Mixscope %1").arg(QStringLiteral(MIXSCOPE_VERSION)));

        const QSizeF page = writer.pageLayout().fullRectPoints().size();
        Composer composer(m_snapshot, &writer, page, m_date);
        PageFlow flow(composer.contentArea());
        composer.compose(flow);
        pages = flow.paginate();

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
    return std::nullopt;
}

} // namespace mixscope
