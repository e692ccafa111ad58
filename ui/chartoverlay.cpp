#include "ui/chartoverlay.h"

#include "ui/theme.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace mixscope {

ChartOverlay::ChartOverlay(QChart* chart)
    : QGraphicsItem(chart)
    , m_chart(chart) {
    m_font.setPointSizeF(m_font.pointSizeF() * 0.85);
    setZValue(20);
    setAcceptedMouseButtons(Qt::NoButton);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { update(); });
}

void ChartOverlay::setReferenceSeries(QAbstractSeries* series) {
    m_series = series;
    update();
}

void ChartOverlay::setZones(std::vector<Zone> zones) {
    m_zones = std::move(zones);
    update();
}

void ChartOverlay::setMarkers(std::vector<Marker> markers) {
    m_markers = std::move(markers);
    update();
}

void ChartOverlay::setPalette(const QPalette& palette) {
    m_palette = palette;
    update();
}

void ChartOverlay::setFont(const QFont& font) {
    m_font = font;
    update();
}

std::vector<ChartOverlay::Zone> ChartOverlay::frequencyZones(const std::vector<Finding>& findings,
                                                             int highlighted) {
    std::vector<Zone> zones;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings[i];
        if (finding.frequency) {
            zones.push_back({finding.frequency->lowHz, finding.frequency->highHz, finding.title,
                             static_cast<int>(i) == highlighted, QColor()});
        }
    }
    return zones;
}

std::vector<ChartOverlay::Zone> ChartOverlay::timeZones(const std::vector<Finding>& findings,
                                                        int highlighted) {
    std::vector<Zone> zones;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings[i];
        bool first = true;
        for (const TimeRange& range : finding.times) {
            zones.push_back({range.startS, range.endS, first ? finding.title : QString(),
                             static_cast<int>(i) == highlighted, QColor()});
            first = false;
        }
    }
    return zones;
}

QRectF ChartOverlay::boundingRect() const {
    return m_chart->rect();
}

double ChartOverlay::xPosition(double value) const {
    return m_chart->mapToPosition(QPointF(value, 0.0), m_series).x();
}

void ChartOverlay::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (m_series == nullptr || !m_series->isVisible()) {
        return;
    }
    const QRectF plot = m_chart->plotArea();
    painter->save();
    painter->setClipRect(plot);
    QFont font = m_font;
    const QFontMetricsF metrics(font);
    const double lineHeight = metrics.height() + 2.0;
    const QColor text = m_palette.color(QPalette::Text);

    int lane = 0;
    for (const Zone& zone : m_zones) {
        const double left = std::clamp(xPosition(zone.from), plot.left(), plot.right());
        const double right = std::clamp(xPosition(zone.to), plot.left(), plot.right());
        if (right - left < 0.5) {
            continue;
        }
        const QColor fill =
            zone.colour.isValid() ? zone.colour : Theme::zoneColor(zone.highlighted, m_palette);
        const QRectF area(left, plot.top(), right - left, plot.height());
        painter->fillRect(area, fill);
        if (zone.highlighted) {
            QColor edge = fill;
            edge.setAlphaF(1.0f);
            painter->setPen(QPen(edge, 1.5, Qt::DashLine));
            painter->drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom()));
            painter->drawLine(QPointF(right, plot.top()), QPointF(right, plot.bottom()));
        }
        if (!zone.label.isEmpty()) {
            font.setBold(zone.highlighted);
            painter->setFont(font);
            painter->setPen(text);
            const double y = plot.top() + 2.0 + lineHeight * (lane % 3);
            const QRectF labelRect(left + 3.0, y, std::max(right - left - 4.0, 160.0), lineHeight);
            painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignTop,
                              metrics.elidedText(zone.label, Qt::ElideRight, labelRect.width()));
            ++lane;
        }
    }

    font.setBold(false);
    painter->setFont(font);
    for (const Marker& marker : m_markers) {
        const double x = xPosition(marker.x);
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5) {
            continue;
        }
        QColor line = marker.colour;
        line.setAlphaF(0.7f);
        painter->setPen(QPen(line, 1.0, Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (!marker.label.isEmpty()) {
            painter->setPen(marker.colour);
            const double y = plot.bottom() - lineHeight * (marker.lane + 1);
            painter->drawText(QRectF(x + 3.0, y, 120.0, lineHeight), Qt::AlignLeft | Qt::AlignTop,
                              marker.label);
        }
    }
    painter->restore();
}

} // namespace mixscope
