#pragma once

#include "core/session/sessionsnapshot.h"
#include "ui/charts/chartoverlay.h"
#include "ui/charts/chartstyle.h"

#include <QWidget>

#include <functional>

namespace mixscope {

/// Base of the views of the central area (overview, spectrum, stereo,
/// dynamics): each draws one SessionSnapshot and marks the highlighted
/// finding. A hidden view only remembers the snapshot and builds when shown,
/// so that a burst of finished analyses redraws one view, not four. Views
/// restyle themselves when the palette changes. GUI thread only.
class AnalysisView : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    void setSnapshot(const SessionSnapshot& snapshot);
    const SessionSnapshot& snapshot() const { return m_snapshot; }

    /// Index into snapshot().findings; -1 (or out of range) for none.
    void setHighlightedFinding(int index);
    int highlightedFinding() const { return m_highlight; }

    /// Builds now if the view is out of date, visible or not (tests, printing).
    void ensureBuilt();

protected:
    /// Redraws everything from snapshot() and the palette.
    virtual void rebuild() = 0;
    /// Redraws what depends on the highlighted finding; by default everything.
    virtual void updateHighlight() { rebuild(); }

    const Finding* highlighted() const;
    /// A key to the tracks' colours in rich text, every name in full: a
    /// swatch in each track's colour (hatched for a repeated colour), its
    /// name and detail(index into snapshot().tracks()) when not empty.
    QString trackKey(const std::function<QString(std::size_t)>& detail = {}) const;
    /// text as rich text for a key entry: escaped, and never broken at its
    /// spaces or hyphens.
    static QString unbroken(const QString& text);
    /// What the charts are drawn with: the widget's palette and font.
    ChartStyle chartStyle() const;

    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    SessionSnapshot m_snapshot;
    int m_highlight = -1;
    bool m_dirty = true;
};

} // namespace mixscope
