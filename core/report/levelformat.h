#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace mixscope {

/// How levels read wherever Mixscope shows them (command line, window, PDF):
/// one decimal with the unit, e.g. "-14.6 LUFS" ("-14,6 LUFS" in German: the
/// default locale's decimal mark), and an em dash for an undefined value.
class LevelFormat {
public:
    /// "-14.6 LUFS"; "—" when value is empty.
    static QString level(std::optional<double> value, const QString& unit) {
        return value ? QStringLiteral("%1 %2").arg(QLocale().toString(*value, 'f', 1), unit)
                     : QStringLiteral("—");
    }

    /// A gain with its sign always shown: "+6.0 dB", "-5.1 dB".
    static QString gain(double db) {
        return QStringLiteral("%1%2 dB").arg(db >= 0.0 ? QStringLiteral("+") : QString(),
                                             QLocale().toString(db, 'f', 1));
    }
};

} // namespace mixscope
