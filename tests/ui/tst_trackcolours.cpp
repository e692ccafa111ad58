// The tracks' colours tell every track apart, in the light and the dark
// theme, to normal colour vision and to the two common red–green colour
// blindnesses (protanopia, deuteranopia, simulated with Viénot, Brettel &
// Mollon 1999), and each stands out from the chart's background (WCAG 2.1's
// 3:1 for graphics). docs/charts.md has the figures.

#include "ui/shell/theme.h"

#include <QApplication>
#include <QTest>

#include <array>
#include <cmath>

using namespace mixscope;

namespace {

using Vector = std::array<double, 3>;
using Matrix = std::array<Vector, 3>;

// sRGB to linear light, per channel.
double linear(int channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Vector linearRgb(const QColor& colour) {
    return {linear(colour.red()), linear(colour.green()), linear(colour.blue())};
}

// Viénot, Brettel & Mollon (1999), in linear RGB.
constexpr Matrix kNormal{{{1.0, 0.0, 0.0}, {0.0, 1.0, 0.0}, {0.0, 0.0, 1.0}}};
constexpr Matrix kProtanopia{
    {{0.11238, 0.88762, 0.0}, {0.11238, 0.88762, 0.0}, {0.00401, -0.00401, 1.0}}};
constexpr Matrix kDeuteranopia{
    {{0.29275, 0.70725, 0.0}, {0.29275, 0.70725, 0.0}, {-0.02234, 0.02234, 1.0}}};

Vector seenAs(const Matrix& vision, const Vector& rgb) {
    Vector out{};
    for (std::size_t i = 0; i < 3; ++i) {
        out[i] = vision[i][0] * rgb[0] + vision[i][1] * rgb[1] + vision[i][2] * rgb[2];
    }
    return out;
}

// CIE L*a*b* (D65) of linear RGB.
Vector lab(const Vector& rgb) {
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    auto f = [](double t) {
        return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0;
    };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

// CIE 1976 colour difference as someone with vision sees it.
double deltaE(const Matrix& vision, const QColor& a, const QColor& b) {
    const Vector la = lab(seenAs(vision, linearRgb(a)));
    const Vector lb = lab(seenAs(vision, linearRgb(b)));
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

double relativeLuminance(const QColor& colour) {
    const Vector rgb = linearRgb(colour);
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

// WCAG 2.1's contrast ratio, 1 to 21.
double contrast(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Four times the just-noticeable difference of CIE76 (2.3, Sharma 2003):
// two lines a glance tells apart, not two a careful look can.
constexpr double kLeastDeltaE = 10.0;

} // namespace

class TrackColoursTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theMeasuresGiveTheirKnownAnswers() {
        QCOMPARE(std::round(contrast(Qt::black, Qt::white) * 100.0) / 100.0, 21.0);
        QCOMPARE(contrast(Qt::gray, Qt::gray), 1.0);
        QVERIFY(std::abs(lab(linearRgb(Qt::white))[0] - 100.0) < 0.01);
        QVERIFY(deltaE(kNormal, Qt::red, Qt::red) < 1e-9);
        // Neither colour blindness changes a grey, and to both red and green
        // are far closer than they are to normal vision.
        QVERIFY(deltaE(kProtanopia, QColor(0x80, 0x80, 0x80), QColor(0x80, 0x80, 0x80)) < 1e-9);
        QVERIFY(deltaE(kDeuteranopia, QColor(0x80, 0x80, 0x80), QColor(0x80, 0x80, 0x80)) < 1e-9);
        QVERIFY(deltaE(kProtanopia, QColor(0x80, 0x80, 0x80), QColor(0x40, 0x40, 0x40)) > 20.0);
        const double normal = deltaE(kNormal, QColor(0xcc, 0x33, 0x33), QColor(0x33, 0x99, 0x33));
        QVERIFY(deltaE(kProtanopia, QColor(0xcc, 0x33, 0x33), QColor(0x33, 0x99, 0x33)) <
                normal / 2.0);
        QVERIFY(deltaE(kDeuteranopia, QColor(0xcc, 0x33, 0x33), QColor(0x33, 0x99, 0x33)) <
                normal / 2.0);
    }

    void everyTrackHasItsOwnReadableColour_data() {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << static_cast<int>(Theme::Choice::Light);
        QTest::newRow("dark") << static_cast<int>(Theme::Choice::Dark);
    }

    void everyTrackHasItsOwnReadableColour() {
        QFETCH(int, theme);
        Theme::apply(static_cast<Theme::Choice>(theme));
        const QPalette palette = QApplication::palette();
        const QColor background = palette.color(QPalette::Base);
        const int coloured = 1 + Theme::kReferenceColours;
        QStringList figures;
        for (int i = 0; i < coloured; ++i) {
            const QColor colour = Theme::trackColor(i, palette);
            QVERIFY2(contrast(colour, background) >= 3.0,
                     qPrintable(QStringLiteral("track %1 (%2): %3:1 on %4")
                                    .arg(i)
                                    .arg(colour.name())
                                    .arg(contrast(colour, background))
                                    .arg(background.name())));
            QCOMPARE(Theme::trackLineStyle(i), Qt::SolidLine);
        }
        const std::array<std::pair<const char*, Matrix>, 3> visions{
            {{"normal vision", kNormal},
             {"protanopia", kProtanopia},
             {"deuteranopia", kDeuteranopia}}};
        for (const auto& [name, vision] : visions) {
            double least = 1e9;
            for (int a = 0; a < coloured; ++a) {
                for (int b = a + 1; b < coloured; ++b) {
                    const double difference = deltaE(vision, Theme::trackColor(a, palette),
                                                     Theme::trackColor(b, palette));
                    least = std::min(least, difference);
                    QVERIFY2(difference >= kLeastDeltaE,
                             qPrintable(QStringLiteral("%1: tracks %2 and %3 differ by ΔE %4")
                                            .arg(QLatin1String(name))
                                            .arg(a)
                                            .arg(b)
                                            .arg(difference)));
                }
            }
            figures
                << QStringLiteral("%1 least ΔE %2").arg(QLatin1String(name)).arg(least, 0, 'f', 1);
        }
        qInfo("%s", qPrintable(figures.join(QStringLiteral(", "))));
        // References beyond the colours repeat them, dashed.
        QCOMPARE(Theme::trackColor(coloured, palette), Theme::trackColor(1, palette));
        QCOMPARE(Theme::trackLineStyle(coloured), Qt::DashLine);
        QCOMPARE(Theme::trackLineStyle(8), Qt::DashLine);
    }
};

QTEST_MAIN(TrackColoursTest)
#include "tst_trackcolours.moc"
