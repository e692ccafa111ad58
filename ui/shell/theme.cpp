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
    // The mix in orange, references in cool colours: the mix always stands out.
    static constexpr std::array<QRgb, 7> light{0xd9480f, 0x1c7ed6, 0x0c8599, 0x7048e8,
                                               0x2b8a3e, 0xc2255c, 0x5f3dc4};
    static constexpr std::array<QRgb, 7> dark{0xff922b, 0x4dabf7, 0x3bc9db, 0x9775fa,
                                              0x69db7c, 0xf783ac, 0xb197fc};
    const auto& colours = isDark(palette) ? dark : light;
    if (index <= 0) {
        return QColor::fromRgb(colours[0]);
    }
    return QColor::fromRgb(colours[1 + static_cast<std::size_t>(index - 1) % (colours.size() - 1)]);
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
