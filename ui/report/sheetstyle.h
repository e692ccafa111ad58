#pragma once

#include "core/diagnosis/finding.h"
#include "core/session/sessionsnapshot.h"
#include "ui/report/pageflow.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPalette>
#include <QString>

class QPaintDevice;
class QPainter;

namespace mixscope {

/// The feedback sheet's type, colours and measures: one place for the page
/// margins, the fonts (DejaVu Sans, unhinted, no ligatures), the ink colours
/// and the light palette every chart is printed in, whatever the window's
/// theme. Text is measured on the device it is painted on.
class SheetStyle {
public:
    // The sheet is laid out in points: at 72 dpi one device unit is one point, so
    // fonts sized in points are measured and painted at the size they are set to.
    static constexpr int kResolution = 72;
    // Chart scenes are laid out at two scene pixels per point and painted at half
    // that size. Their fonts are sized in pixels, so the layout Qt Charts computes
    // (with the screen's DPI) is exactly the one painted, on any screen.
    static constexpr double kSceneScale = 2.0;

    static constexpr double kMarginX = 50.0;
    static constexpr double kMarginTop = 54.0;
    static constexpr double kMarginBottom = 54.0;

    explicit SheetStyle(QPaintDevice* device)
        : m_device(device) {}

    QPaintDevice* device() const { return m_device; }

    QFont font(double points, bool bold = false) const;
    /// The height text takes at width, wrapped as flags say.
    double textHeight(const QFont& font, double width, const QString& text,
                      int flags = Qt::TextWordWrap) const;
    static void drawText(QPainter& painter, const QRectF& rect, const QFont& font,
                         const QColor& colour, const QString& text, int flags = Qt::TextWordWrap);

    /// A section heading, ruled underneath, kept with what follows.
    PageFlow::Block heading(const QString& text, double width) const;
    /// A chart's caption: small, italic, muted.
    PageFlow::Block caption(const QString& text, double width) const;

    static QColor ink() { return QColor::fromRgb(0x1f2328); }
    static QColor muted() { return QColor::fromRgb(0x59636e); }
    static QColor rule() { return QColor::fromRgb(0xd1d9e0); }
    static QColor tint() { return QColor::fromRgb(0xf4f6f8); }
    static QColor severityColour(FindingSeverity severity);
    /// The light palette every chart of the sheet is drawn with.
    static QPalette printPalette();

private:
    QPaintDevice* m_device;
};

/// A track as the sheet shows it: its colour in every chart, its cover, and
/// whether it is the mix.
struct SheetTrack {
    ComparedTrack compared;
    QColor colour;
    QImage cover; ///< small enough to embed (a 3000-pixel scan would bloat the PDF); may be null
    bool isMix = false;

    /// The snapshot's tracks, mix first, in the charts' colours.
    static std::vector<SheetTrack> of(const SessionSnapshot& snapshot);
};

} // namespace mixscope
