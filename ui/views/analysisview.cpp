#include "ui/views/analysisview.h"

#include <QEvent>

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
