#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace mixscope {

/// Light and dark colours for the whole application. Qt 6.4 cannot ask the
/// platform for its colour scheme, so "System" keeps the palette the platform
/// gave at start-up and a window is dark when its palette's window colour
/// is. Changing the theme sets the application palette: every widget gets a
/// QEvent::PaletteChange and restyles itself (the charts do). GUI thread only.
class Theme {
public:
    enum class Choice { System, Light, Dark };

    /// Applies choice to the running QApplication (remembering the system
    /// palette the first time).
    static void apply(Choice choice);
    static Choice current();

    /// "system", "light", "dark" (QSettings values); unknown ids read as System.
    static QString id(Choice choice);
    static Choice fromId(const QString& id);

    /// True when palette is a dark one (its window colour is darker than mid grey).
    static bool isDark(const QPalette& palette);

    /// How many references have a colour of their own; later ones repeat
    /// the colours with a dashed line (trackLineStyle()).
    static constexpr int kReferenceColours = 6;

    /// Colour of the track at index (0 is the mix, then the references), for
    /// every chart and legend. Okabe–Ito's colours for colour-blind readers
    /// (the mix in vermillion), shaded to stand 3:1 against palette's base
    /// colour; docs/charts.md has the measurements.
    static QColor trackColor(int index, const QPalette& palette);
    /// Solid for the mix and the first kReferenceColours references, dashed
    /// for those after them, which repeat the colours.
    static Qt::PenStyle trackLineStyle(int index);
    /// The references' average curve.
    static QColor averageColor(const QPalette& palette);
    /// Finding zones: the fill of a zone, stronger when highlighted.
    static QColor zoneColor(bool highlighted, const QPalette& palette);
};

} // namespace mixscope
