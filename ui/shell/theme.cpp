#include "ui/shell/theme.h"

#include <QApplication>
#include <QStyle>

#include <array>
#include <optional>

namespace mixscope {

namespace {

std::optional<QPalette> g_systemPalette;
Theme::Choice g_current = Theme::Choice::System;

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

} // namespace

void Theme::apply(Choice choice) {
    if (!g_systemPalette) {
        g_systemPalette = QApplication::palette();
    }
    g_current = choice;
    switch (choice) {
    case Choice::System:
        QApplication::setPalette(*g_systemPalette);
        break;
    case Choice::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Choice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

Theme::Choice Theme::current() {
    return g_current;
}

QString Theme::id(Choice choice) {
    switch (choice) {
    case Choice::System:
        return QStringLiteral("system");
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

Theme::Choice Theme::fromId(const QString& id) {
    if (id == QLatin1String("light")) {
        return Choice::Light;
    }
    if (id == QLatin1String("dark")) {
        return Choice::Dark;
    }
    return Choice::System;
}

bool Theme::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::trackColor(int index, const QPalette& palette) {
    // Okabe & Ito's (2008) colours and Tol's (2021) wine. On light: vermillion,
    // blue, bluish green, reddish purple, sky blue (darkened), black, wine. On
    // dark: vermillion, sky blue, bluish green, reddish purple (lightened),
    // yellow, blue (lightened), wine (lightened). Orange is left out: beside
    // vermillion it is the same colour to a deuteranope.
    static constexpr std::array<QRgb, 1 + kReferenceColours> light{
        0xd55e00, 0x0072b2, 0x009e73, 0xcc79a7, 0x4899c7, 0x000000, 0x882255};
    static constexpr std::array<QRgb, 1 + kReferenceColours> dark{
        0xff7a3d, 0x56b4e9, 0x14b88a, 0xd98cb8, 0xf0e442, 0x4a9be8, 0xc85a94};
    const auto& colours = isDark(palette) ? dark : light;
    if (index <= 0) {
        return QColor::fromRgb(colours[0]);
    }
    return QColor::fromRgb(colours[1 + static_cast<std::size_t>(index - 1) % kReferenceColours]);
}

Qt::PenStyle Theme::trackLineStyle(int index) {
    return index > kReferenceColours ? Qt::DashLine : Qt::SolidLine;
}

QColor Theme::averageColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0xde, 0xe2, 0xe6) : QColor(0x34, 0x3a, 0x40);
}

QColor Theme::zoneColor(bool highlighted, const QPalette& palette) {
    QColor colour = isDark(palette) ? QColor(0xff, 0xd4, 0x3b) : QColor(0xf0, 0x8c, 0x00);
    colour.setAlphaF(highlighted ? 0.38f : 0.12f);
    return colour;
}

} // namespace mixscope
