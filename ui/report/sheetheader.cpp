#include "ui/report/sheetheader.h"

#include "core/common/units.h"
#include "ui/tracks/tracklistmodel.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>

namespace mixscope {

SheetHeader::SheetHeader(const SheetStyle& style, double width, QString date)
    : m_style(style)
    , m_width(width)
    , m_date(std::move(date)) {}

void SheetHeader::add(PageFlow& flow, const SessionSnapshot& snapshot,
                      const std::vector<SheetTrack>& tracks) {
    addMix(flow, tracks.front());
    addReferences(flow, snapshot, tracks);
}

QString SheetHeader::fileLine(const TrackAnalysis& analysis) {
    QStringList parts{TrackListModel::formatText(analysis), Units::clockTime(analysis.durationS)};
    if (!analysis.path.isEmpty()) { // a profile's track has none
        parts.prepend(QFileInfo(analysis.path).fileName());
    }
    const QString file = parts.join(QStringLiteral(" · "));
    return analysis.tags.artist.isEmpty()
               ? file
               : QStringLiteral("%1 · %2").arg(analysis.tags.artist, file);
}

void SheetHeader::addMix(PageFlow& flow, const SheetTrack& mix) {
    constexpr double cover = 66.0;
    constexpr double gap = 14.0;
    constexpr double metaWidth = 130.0;
    const double textWidth = m_width - cover - gap - metaWidth - 10.0;
    const QFont kickerFont = [this] {
        QFont f = m_style.font(7.5, true);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 1.2);
        return f;
    }();
    const QFont titleFont = m_style.font(20.0, true);
    const QFont fileFont = m_style.font(8.0);
    const QString kicker = tr("MIX FEEDBACK SHEET");
    const QString title = mix.compared.name;
    const QString file = fileLine(*mix.compared.analysis);
    const double kickerHeight = m_style.textHeight(kickerFont, textWidth, kicker);
    const double titleHeight = m_style.textHeight(titleFont, textWidth, title);
    const double fileHeight = m_style.textHeight(fileFont, textWidth, file, Qt::TextWrapAnywhere);

    PageFlow::Block block;
    block.height = std::max(cover, kickerHeight + 2.0 + titleHeight + 3.0 + fileHeight) + 10.0;
    block.paint = [=, this](QPainter& painter, const QRectF& r) {
        drawCover(painter, QRectF(r.left(), r.top(), cover, cover), mix);
        const double x = r.left() + cover + gap;
        double y = r.top();
        SheetStyle::drawText(painter, QRectF(x, y, textWidth, kickerHeight), kickerFont, mix.colour,
                             kicker);
        y += kickerHeight + 2.0;
        SheetStyle::drawText(painter, QRectF(x, y, textWidth, titleHeight), titleFont,
                             SheetStyle::ink(), title);
        y += titleHeight + 3.0;
        SheetStyle::drawText(painter, QRectF(x, y, textWidth, fileHeight), fileFont,
                             SheetStyle::muted(), file, Qt::TextWrapAnywhere);
        const QRectF meta(r.right() - metaWidth, r.top(), metaWidth, 40.0);
        SheetStyle::drawText(painter, meta, m_style.font(8.0, true), SheetStyle::ink(), m_date,
                             Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap);
        const double dateHeight = m_style.textHeight(m_style.font(8.0, true), metaWidth, m_date);
        SheetStyle::drawText(
            painter, meta.translated(0.0, dateHeight + 1.0), m_style.font(8.0), SheetStyle::muted(),
            tr("Mixscope %1").arg(QStringLiteral(MIXSCOPE_VERSION)), Qt::AlignRight | Qt::AlignTop);
        painter.setPen(QPen(SheetStyle::rule(), 0.75));
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5));
    };
    flow.add(std::move(block));
}

void SheetHeader::addReferences(PageFlow& flow, const SessionSnapshot& snapshot,
                                const std::vector<SheetTrack>& tracks) {
    const QFont labelFont = [this] {
        QFont f = m_style.font(7.0, true);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.8);
        return f;
    }();
    const QString label = snapshot.references.empty() ? tr("NO REFERENCE") : tr("COMPARED WITH");
    PageFlow::Block heading;
    heading.spaceBefore = 10.0;
    heading.height = m_style.textHeight(labelFont, m_width, label) + 4.0;
    heading.keepWithNext = true;
    heading.paint = [=, this](QPainter& painter, const QRectF& r) {
        SheetStyle::drawText(painter, r, labelFont, SheetStyle::muted(), label);
    };
    flow.add(std::move(heading));

    const QFont textFont = m_style.font(9.0);
    const auto addText = [&](const QString& text, double spaceBefore) {
        PageFlow::Block block;
        block.spaceBefore = spaceBefore;
        block.height = m_style.textHeight(textFont, m_width, text);
        block.paint = [=, this](QPainter& painter, const QRectF& r) {
            SheetStyle::drawText(painter, r, textFont, SheetStyle::ink(), text);
        };
        flow.add(std::move(block));
    };
    if (snapshot.references.empty()) {
        addText(tr("The mix is judged against the usual ranges for a mix before "
                   "mastering. Add a reference track or two for a comparison with "
                   "records you like."),
                0.0);
    }
    // Which of the user's profiles the mix sits closest to.
    const QStringList closest = ProfileDistance::describe(snapshot.closestProfiles);
    if (!closest.isEmpty()) {
        addText(closest.join(QLatin1Char(' ')), snapshot.references.empty() ? 4.0 : 0.0);
    }
    if (snapshot.references.empty()) {
        return;
    }

    constexpr double cover = 26.0;
    const QFont nameFont = m_style.font(9.5, true);
    const QFont fileFont = m_style.font(7.5);
    const QFont gainFont = m_style.font(8.5);
    for (std::size_t i = 0; i < snapshot.references.size(); ++i) {
        const SheetTrack& track = tracks[snapshot.mix ? i + 1 : i];
        const auto gain = snapshot.matchGainDb(i);
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
            const QFontMetricsF nameMetrics(nameFont, m_style.device());
            const QFontMetricsF fileMetrics(fileFont, m_style.device());
            SheetStyle::drawText(
                painter, QRectF(x, r.top() + 1.0, width, nameMetrics.height()), nameFont,
                SheetStyle::ink(),
                nameMetrics.elidedText(track.compared.name, Qt::ElideRight, width));
            SheetStyle::drawText(
                painter, QRectF(x, r.top() + 2.0 + nameMetrics.height(), width, 12.0), fileFont,
                SheetStyle::muted(),
                fileMetrics.elidedText(
                    track.compared.playable()
                        ? fileLine(*track.compared.analysis)
                        : tr("from the profile “%1” · %2")
                              .arg(track.compared.profile, fileLine(*track.compared.analysis)),
                    Qt::ElideMiddle, width));
            SheetStyle::drawText(
                painter, QRectF(r.right() - gainWidth, r.top() + 1.0, gainWidth, 14.0), gainFont,
                SheetStyle::ink(), gainText, Qt::AlignRight | Qt::AlignTop);
        };
        flow.add(std::move(block));
    }
}

void SheetHeader::drawCover(QPainter& painter, const QRectF& rect, const SheetTrack& track) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (!track.cover.isNull()) {
        const QSizeF size = QSizeF(track.cover.size()).scaled(rect.size(), Qt::KeepAspectRatio);
        const QRectF target(rect.center() - QPointF(size.width(), size.height()) / 2.0, size);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, track.cover);
        painter.setPen(QPen(SheetStyle::rule(), 0.5));
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
        SheetStyle::drawText(painter, rect, m_style.font(rect.height() * 0.42), track.colour,
                             QStringLiteral("♪"), Qt::AlignCenter);
    }
    painter.restore();
}

} // namespace mixscope
