#include "ui/playback/loudnessoverview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

// A drag shorter than this is a click, pixels.
constexpr double kDragThresholdPx = 4.0;
// The strip spans this many LU below the loudest moment.
constexpr float kRangeLu = 30.0f;

} // namespace

LoudnessOverview::LoudnessOverview(QWidget* parent)
    : QWidget(parent) {
    setAccessibleName(tr("Loudness overview"));
    setAccessibleDescription(
        tr("The current track's loudness over time. Click to play from there; drag to loop a "
           "region."));
    setToolTip(tr("Click to play from here, drag to loop a region"));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LoudnessOverview::setSeries(std::vector<std::optional<float>> shortTermLufs, double intervalS,
                                 double durationS) {
    m_series = std::move(shortTermLufs);
    m_intervalS = intervalS > 0.0 ? intervalS : 0.1;
    m_durationS = durationS > 0.0 ? durationS : static_cast<double>(m_series.size()) * m_intervalS;
    update();
}

void LoudnessOverview::setPosition(double seconds) {
    m_positionS = seconds;
    update();
}

void LoudnessOverview::setLoopRegion(double startS, double endS, bool active) {
    m_loopStartS = startS;
    m_loopEndS = endS;
    m_loopActive = active;
    update();
}

double LoudnessOverview::secondsAt(double x) const {
    const double width = std::max(1, this->width());
    return std::clamp(x / width, 0.0, 1.0) * m_durationS;
}

double LoudnessOverview::xAt(double seconds) const {
    return m_durationS > 0.0 ? seconds / m_durationS * width() : 0.0;
}

void LoudnessOverview::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colors = palette();
    painter.fillRect(rect(), colors.color(QPalette::Base));

    if (m_loopEndS > m_loopStartS) {
        QColor shade = colors.color(QPalette::Highlight);
        shade.setAlpha(m_loopActive ? 90 : 40);
        painter.fillRect(
            QRectF(xAt(m_loopStartS), 0, xAt(m_loopEndS) - xAt(m_loopStartS), height()), shade);
    }
    if (m_dragging && m_pressX) {
        QColor shade = colors.color(QPalette::Highlight);
        shade.setAlpha(60);
        painter.fillRect(
            QRectF(std::min(*m_pressX, m_dragX), 0, std::fabs(m_dragX - *m_pressX), height()),
            shade);
    }

    float loudest = -200.0f;
    for (const auto& value : m_series) {
        if (value) {
            loudest = std::max(loudest, *value);
        }
    }
    if (loudest > -200.0f && m_durationS > 0.0) {
        QPainterPath path;
        path.moveTo(0, height());
        for (std::size_t i = 0; i < m_series.size(); ++i) {
            const float value = m_series[i].value_or(loudest - kRangeLu);
            const double level = std::clamp((value - (loudest - kRangeLu)) / kRangeLu, 0.0f, 1.0f);
            const double x = xAt(static_cast<double>(i + 1) * m_intervalS);
            path.lineTo(x, height() - level * (height() - 2));
        }
        path.lineTo(xAt(static_cast<double>(m_series.size()) * m_intervalS), height());
        path.closeSubpath();
        QColor fill = colors.color(QPalette::Text);
        fill.setAlpha(110);
        painter.fillPath(path, fill);
    }

    const double playhead = xAt(m_positionS);
    painter.setPen(QPen(colors.color(QPalette::Highlight), 2));
    painter.drawLine(QPointF(playhead, 0), QPointF(playhead, height()));
}

void LoudnessOverview::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        m_pressX = event->position().x();
        m_dragX = *m_pressX;
        m_dragging = false;
    }
}

void LoudnessOverview::mouseMoveEvent(QMouseEvent* event) {
    if (!m_pressX) {
        return;
    }
    m_dragX = event->position().x();
    if (std::fabs(m_dragX - *m_pressX) >= kDragThresholdPx) {
        m_dragging = true;
    }
    update();
}

void LoudnessOverview::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_pressX || event->button() != Qt::LeftButton) {
        return;
    }
    const double from = *m_pressX;
    const double to = event->position().x();
    m_pressX.reset();
    if (m_dragging || std::fabs(to - from) >= kDragThresholdPx) {
        m_dragging = false;
        Q_EMIT loopRegionSelected(secondsAt(std::min(from, to)), secondsAt(std::max(from, to)));
    } else {
        Q_EMIT seekRequested(secondsAt(to));
    }
    update();
}

} // namespace mixscope
