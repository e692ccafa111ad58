#include "ui/charts/chartoverlay.h"

#include "ui/shell/theme.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <optional>

namespace mixscope {

namespace {

constexpr double kGap = 4.0; // least room between two labels in a row

// The first of rows label rows (row r at y = firstY + step × r) where a label
// of size at x clears every rectangle in taken; empty when none does.
std::optional<QRectF> firstFreeRow(double x, QSizeF size, double firstY, double step, int rows,
                                   const std::vector<QRectF>& taken) {
    for (int row = 0; row < rows; ++row) {
        const QRectF rect(QPointF(x, firstY + step * row), size);
        const QRectF padded = rect.adjusted(-kGap, 0.0, kGap, 0.0);
        if (std::none_of(taken.begin(), taken.end(),
                         [&](const QRectF& other) { return padded.intersects(other); })) {
            return rect;
        }
    }
    return std::nullopt;
}

} // namespace

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
                                                             int highlighted,
                                                             FindingDomain domain) {
    std::vector<Zone> zones;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings[i];
        if (finding.frequency && findingDomain(finding.kind) == domain) {
            zones.push_back({finding.frequency->lowHz, finding.frequency->highHz, finding.title,
                             static_cast<int>(i) == highlighted, QColor()});
        }
    }
    return zones;
}

std::vector<ChartOverlay::Zone> ChartOverlay::timeZones(const std::vector<Finding>& findings,
                                                        int highlighted, FindingDomain domain,
                                                        bool withHighlighted) {
    std::vector<Zone> zones;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings[i];
        const bool isHighlighted = static_cast<int>(i) == highlighted;
        if (findingDomain(finding.kind) != domain && !(withHighlighted && isHighlighted)) {
            continue;
        }
        bool first = true;
        for (const TimeRange& range : finding.times) {
            zones.push_back(
                {range.startS, range.endS, first ? finding.title : QString(), isHighlighted, {}});
            first = false;
        }
    }
    return zones;
}

QRectF ChartOverlay::boundingRect() const {
    return m_chart->rect();
}

double ChartOverlay::xPosition(double value) const {
    // A log axis has no place for 0 Hz (a DC offset's range starts there):
    // such a value sits at the plot's left edge.
    if (value <= 0.0) {
        const QList<QAbstractAxis*> axes = m_series->attachedAxes();
        for (const QAbstractAxis* axis : axes) {
            if (axis->orientation() == Qt::Horizontal &&
                axis->type() == QAbstractAxis::AxisTypeLogValue) {
                return m_chart->plotArea().left();
            }
        }
    }
    return m_chart->mapToPosition(QPointF(value, 0.0), m_series).x();
}

std::optional<std::pair<double, double>> ChartOverlay::zoneEdges(const Zone& zone) const {
    const QRectF plot = m_chart->plotArea();
    const double left = std::clamp(xPosition(zone.from), plot.left(), plot.right());
    const double right = std::clamp(xPosition(zone.to), plot.left(), plot.right());
    if (right - left < 0.5) {
        return std::nullopt;
    }
    return std::pair{left, right};
}

std::vector<ChartOverlay::PlacedLabel> ChartOverlay::placedLabels() const {
    std::vector<PlacedLabel> placed;
    if (m_series == nullptr || !m_series->isVisible()) {
        return placed;
    }
    const QRectF plot = m_chart->plotArea();
    const double lineHeight = QFontMetricsF(m_font).height() + 2.0;
    // Finding labels in the top 45 % of the plot, section labels in the
    // bottom two rows (fewer in a short plot): the two never meet.
    const int topRows = std::max(1, static_cast<int>(plot.height() * 0.45 / lineHeight));
    const int bottomRows = std::clamp(static_cast<int>(plot.height() * 0.3 / lineHeight), 1, 2);
    std::vector<QRectF> taken;
    const QColor text = m_palette.color(QPalette::Text);

    // The highlighted zone's label is placed first, so it always has a row.
    std::vector<const Zone*> order;
    for (const Zone& zone : m_zones) {
        if (!zone.label.isEmpty()) {
            order.push_back(&zone);
        }
    }
    std::stable_partition(order.begin(), order.end(),
                          [](const Zone* zone) { return zone->highlighted; });
    for (const Zone* zone : order) {
        const auto edges = zoneEdges(*zone);
        if (!edges) {
            continue;
        }
        QFont font = m_font;
        font.setBold(zone->highlighted);
        const QFontMetricsF metrics(font);
        const auto [left, right] = *edges;
        const double room = std::min(std::max(right - left - 4.0, 240.0), plot.width() - 6.0);
        const QString label = metrics.elidedText(zone->label, Qt::ElideRight, room);
        const double width = metrics.horizontalAdvance(label) + 1.0;
        // Near the right edge a label moves left rather than being cut.
        const double x =
            std::max(plot.left() + 3.0, std::min(left + 3.0, plot.right() - width - 3.0));
        const auto rect =
            firstFreeRow(x, {width, lineHeight}, plot.top() + 2.0, lineHeight, topRows, taken);
        if (rect) {
            taken.push_back(*rect);
            placed.push_back({label, *rect, text, zone->highlighted});
        }
    }

    const QFontMetricsF metrics(m_font);
    std::vector<const Marker*> markers;
    for (const Marker& marker : m_markers) {
        if (!marker.label.isEmpty()) {
            markers.push_back(&marker);
        }
    }
    std::stable_sort(markers.begin(), markers.end(),
                     [](const Marker* a, const Marker* b) { return a->x < b->x; });
    for (const Marker* marker : markers) {
        const double lineX = xPosition(marker->x);
        if (lineX < plot.left() - 0.5 || lineX > plot.right() + 0.5) {
            continue;
        }
        const QString label = metrics.elidedText(marker->label, Qt::ElideRight, plot.width() / 3);
        const double width = metrics.horizontalAdvance(label) + 1.0;
        const double x =
            std::max(plot.left() + 3.0, std::min(lineX + 3.0, plot.right() - width - 3.0));
        const auto rect = firstFreeRow(x, {width, lineHeight}, plot.bottom() - lineHeight - 1.0,
                                       -lineHeight, bottomRows, taken);
        if (rect) {
            taken.push_back(*rect);
            placed.push_back({label, *rect, marker->colour, false});
        }
    }
    return placed;
}

void ChartOverlay::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (m_series == nullptr || !m_series->isVisible()) {
        return;
    }
    const QRectF plot = m_chart->plotArea();
    painter->save();
    painter->setClipRect(plot);
    for (const Zone& zone : m_zones) {
        const auto edges = zoneEdges(zone);
        if (!edges) {
            continue;
        }
        const auto [left, right] = *edges;
        const QColor fill =
            zone.colour.isValid() ? zone.colour : Theme::zoneColor(zone.highlighted, m_palette);
        painter->fillRect(QRectF(left, plot.top(), right - left, plot.height()), fill);
        if (zone.highlighted) {
            QColor edge = fill;
            edge.setAlphaF(1.0f);
            painter->setPen(QPen(edge, 1.5, Qt::DashLine));
            painter->drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom()));
            painter->drawLine(QPointF(right, plot.top()), QPointF(right, plot.bottom()));
        }
    }
    for (const Marker& marker : m_markers) {
        const double x = xPosition(marker.x);
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5) {
            continue;
        }
        QColor line = marker.colour;
        line.setAlphaF(0.7f);
        painter->setPen(QPen(line, 1.0, Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    // A backdrop keeps each label readable over the curves.
    QColor backdrop = m_palette.color(QPalette::Base);
    backdrop.setAlphaF(0.75f);
    const std::vector<PlacedLabel> labels = placedLabels();
    for (const PlacedLabel& label : labels) {
        QFont font = m_font;
        font.setBold(label.bold);
        painter->setFont(font);
        painter->fillRect(label.rect.adjusted(-2.0, 0.0, 2.0, 0.0), backdrop);
        painter->setPen(label.colour);
        painter->drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }
    painter->restore();
}

} // namespace mixscope
