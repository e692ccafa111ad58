#pragma once

#include <QString>

#include <optional>

namespace mixscope {

/// How levels read wherever Mixscope shows them (command line, window, PDF):
/// one decimal with the unit, e.g. "-14.6 LUFS", and an em dash for an
/// undefined value.
class LevelFormat {
public:
    /// "-14.6 LUFS"; "—" when value is empty.
    static QString level(std::optional<double> value, const QString& unit) {
        return value ? QStringLiteral("%1 %2").arg(*value, 0, 'f', 1).arg(unit)
                     : QStringLiteral("—");
    }

    /// A gain with its sign always shown: "+6.0 dB", "-5.1 dB".
    static QString gain(double db) {
        return QStringLiteral("%1%2 dB")
            .arg(db >= 0.0 ? QStringLiteral("+") : QString())
            .arg(db, 0, 'f', 1);
    }
};

} // namespace mixscope
