#pragma once

#include <QFont>
#include <QPalette>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace mixscope {

/// What a chart is drawn with. The window passes its widget's palette and
/// font; the PDF sheet a light palette, fonts sized in pixels (its scenes are
/// drawn at a fixed scale, so text must not depend on the screen's DPI) and
/// thinner lines. A plain value.
struct ChartLook {
    QPalette palette;
    QFont font;                  ///< chart titles; axis labels and legends are smaller
    double lineWidthScale = 1.0; ///< factor on the width of every series' line

    /// font scaled by factor, whether it is sized in points or in pixels.
    QFont scaledFont(double factor) const {
        QFont scaled = font;
        if (font.pixelSize() > 0) {
            scaled.setPixelSize(
                std::max(1, static_cast<int>(std::lround(font.pixelSize() * factor))));
        } else {
            scaled.setPointSizeF(font.pointSizeF() * factor);
        }
        return scaled;
    }

    /// A cosmetic pen of width × lineWidthScale.
    QPen pen(const QColor& colour, qreal width, Qt::PenStyle style = Qt::SolidLine) const {
        QPen pen(colour, width * lineWidthScale, style);
        pen.setCosmetic(true);
        return pen;
    }
};

} // namespace mixscope
