#include "core/common/units.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace mixscope {

QString Units::number(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

QString Units::signedNumber(double value, int decimals) {
    return QStringLiteral("%1%2").arg(value >= 0.0 ? QStringLiteral("+") : QString(),
                                      QLocale().toString(value, 'f', decimals));
}

QString Units::signedDb(double db) {
    return signedNumber(db, 1);
}

QString Units::gain(double db) {
    return QStringLiteral("%1 dB").arg(signedDb(db));
}

QString Units::level(std::optional<double> value, const QString& unit) {
    return value ? QStringLiteral("%1 %2").arg(QLocale().toString(*value, 'f', 1), unit)
                 : QStringLiteral("—");
}

QString Units::sampleRate(int hz) {
    return tr("%1 kHz").arg(QLocale().toString(hz / 1000.0, 'g', 4));
}

QString Units::frequency(double hz) {
    if (hz >= 1000.0) {
        return tr("%1 kHz").arg(Units::number(hz / 1000.0, hz >= 10000.0 ? 0 : 1));
    }
    return tr("%1 Hz").arg(Units::number(std::round(hz), 0));
}

QString Units::frequencyRange(double lowHz, double highHz) {
    const bool lowInKhz = lowHz >= 1000.0;
    const bool highInKhz = highHz >= 1000.0;
    if (lowInKhz == highInKhz) {
        const QString low = lowInKhz
                                ? QLocale().toString(lowHz / 1000.0, 'f', lowHz >= 10000.0 ? 0 : 1)
                                : QLocale().toString(std::round(lowHz), 'f', 0);
        return tr("%1–%2").arg(low, frequency(highHz));
    }
    return tr("%1–%2").arg(frequency(lowHz), frequency(highHz));
}

QString Units::clockTime(double seconds) {
    const auto whole = static_cast<long long>(std::floor(std::max(0.0, seconds)));
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString Units::clockTimeTenths(double seconds) {
    const auto tenths = static_cast<long long>(std::floor(std::max(0.0, seconds) * 10.0));
    return QStringLiteral("%1%2%3")
        .arg(clockTime(static_cast<double>(tenths / 10)), QLocale().decimalPoint())
        .arg(tenths % 10);
}

QString Units::clockRange(double startS, double endS) {
    const QString start = clockTime(startS);
    const QString end = clockTime(endS);
    return start == end ? start : tr("%1–%2").arg(start, end);
}

bool Units::coversMostOf(const std::vector<Stretch>& stretches, double durationS) {
    if (stretches.empty() || !(durationS > 0.0)) {
        return false;
    }
    std::vector<Stretch> sorted = stretches;
    std::sort(sorted.begin(), sorted.end(),
              [](const Stretch& a, const Stretch& b) { return a.startS < b.startS; });
    double covered = 0.0;
    double reach = 0.0;
    for (const Stretch& stretch : sorted) {
        const double start = std::max(stretch.startS, reach);
        const double end = std::min(stretch.endS, durationS);
        if (end > start) {
            covered += end - start;
        }
        reach = std::max(reach, end);
    }
    return covered >= kThroughoutShare * durationS;
}

QString Units::clockRanges(const std::vector<Stretch>& stretches, double durationS) {
    if (coversMostOf(stretches, durationS)) {
        return tr("throughout");
    }
    QStringList parts;
    for (const Stretch& stretch : stretches) {
        parts << clockRange(stretch.startS, stretch.endS);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace mixscope
