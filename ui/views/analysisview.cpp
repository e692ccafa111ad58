#include "ui/views/analysisview.h"

#include "ui/shell/theme.h"

#include <QEvent>
#include <QStringList>

namespace mixscope {

void AnalysisView::setSnapshot(const SessionSnapshot& snapshot) {
    m_snapshot = snapshot;
    if (m_highlight >= static_cast<int>(m_snapshot.findings.size())) {
        m_highlight = -1;
    }
    m_dirty = true;
    if (isVisible()) {
        ensureBuilt();
    }
}

void AnalysisView::setHighlightedFinding(int index) {
    if (index < 0 || index >= static_cast<int>(m_snapshot.findings.size())) {
        index = -1;
    }
    if (index == m_highlight) {
        return;
    }
    m_highlight = index;
    if (!m_dirty) {
        updateHighlight();
    }
}

void AnalysisView::ensureBuilt() {
    if (m_dirty) {
        m_dirty = false;
        rebuild();
    }
}

const Finding* AnalysisView::highlighted() const {
    return m_highlight >= 0 ? &m_snapshot.findings[static_cast<std::size_t>(m_highlight)] : nullptr;
}

QString AnalysisView::trackKey(const std::function<QString(std::size_t)>& detail) const {
    const std::vector<ComparedTrack> tracks = m_snapshot.tracks();
    QStringList entries;
    for (std::size_t k = 0; k < tracks.size(); ++k) {
        const int colourIndex = m_snapshot.mix ? static_cast<int>(k) : static_cast<int>(k) + 1;
        const bool repeated = Theme::trackLineStyle(colourIndex) != Qt::SolidLine;
        const QString extra = detail ? detail(k) : QString();
        // Each entry on one line.
        const QString entry =
            unbroken(tracks[k].name + (extra.isEmpty() ? QString() : QStringLiteral(": ") + extra));
        entries << QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3")
                       .arg(Theme::trackColor(colourIndex, palette()).name(),
                            repeated ? QStringLiteral("▨") : QStringLiteral("■"), entry);
    }
    return entries.join(QStringLiteral(" &nbsp; "));
}

QString AnalysisView::unbroken(const QString& text) {
    return text.toHtmlEscaped()
        .replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))
        .replace(QLatin1Char('-'), QChar(0x2011));
}

ChartStyle AnalysisView::chartStyle() const {
    return ChartStyle{palette(), font(), 1.0};
}

void AnalysisView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    ensureBuilt();
}

void AnalysisView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_dirty = true;
        if (isVisible()) {
            ensureBuilt();
        }
    }
}

} // namespace mixscope
