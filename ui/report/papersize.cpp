#include "ui/report/papersize.h"

#include <QSizeF>

#include <algorithm>
#include <array>

#if defined(__GLIBC__)
#include <clocale>
#include <cstdint>
#include <cstring>
#include <langinfo.h>
#endif

namespace mixscope {

namespace {

bool isPosixLocale(const QString& name) {
    return name.isEmpty() || name == QLatin1String("C") || name == QLatin1String("POSIX") ||
           name.startsWith(QLatin1String("C."));
}

#if defined(__GLIBC__)
// The paper of the C library's LC_PAPER locale, unless that is "C" (whose A4
// says nothing about the user).
std::optional<QPageSize::PageSizeId> glibcPaper() {
    const char* name = std::setlocale(LC_PAPER, nullptr);
    if (name == nullptr || isPosixLocale(QString::fromLatin1(name))) {
        return std::nullopt;
    }
    // For these items nl_langinfo returns the number (mm) in place of a pointer.
    const auto width =
        static_cast<int>(reinterpret_cast<std::intptr_t>(nl_langinfo(_NL_PAPER_WIDTH)));
    const auto height =
        static_cast<int>(reinterpret_cast<std::intptr_t>(nl_langinfo(_NL_PAPER_HEIGHT)));
    return PaperSize::fromMillimetres(width, height);
}
#endif

} // namespace

QPageSize::PageSizeId PaperSize::forLocale() {
#if defined(__GLIBC__)
    if (const auto paper = glibcPaper()) {
        return *paper;
    }
#endif
    // POSIX precedence: the first of these that is set decides.
    for (const char* variable : {"LC_ALL", "LC_PAPER", "LANG"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            const QLocale::Territory territory = territoryOf(name);
            if (territory != QLocale::AnyTerritory) {
                return forTerritory(territory);
            }
            break;
        }
    }
    return forTerritory(QLocale::system().territory());
}

QPageSize::PageSizeId PaperSize::forTerritory(QLocale::Territory territory) {
    static constexpr std::array kLetter{
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,   QLocale::Philippines,
        QLocale::Belize,       QLocale::Chile,     QLocale::Colombia, QLocale::CostaRica,
        QLocale::Guatemala,    QLocale::Nicaragua, QLocale::Panama,   QLocale::PuertoRico,
        QLocale::ElSalvador,   QLocale::Venezuela,
    };
    return std::find(kLetter.begin(), kLetter.end(), territory) != kLetter.end() ? QPageSize::Letter
                                                                                 : QPageSize::A4;
}

std::optional<QPageSize::PageSizeId> PaperSize::fromMillimetres(int widthMm, int heightMm) {
    if (widthMm <= 0 || heightMm <= 0) {
        return std::nullopt;
    }
    const QPageSize::PageSizeId id =
        QPageSize::id(QSizeF(widthMm, heightMm), QPageSize::Millimeter, QPageSize::FuzzyMatch);
    if (id == QPageSize::Custom) {
        return std::nullopt;
    }
    return id;
}

QLocale::Territory PaperSize::territoryOf(const QString& localeName) {
    QString name = localeName;
    name = name.left(name.indexOf(QLatin1Char('@'))); // modifier
    name = name.left(name.indexOf(QLatin1Char('.'))); // encoding
    if (isPosixLocale(name)) {
        return QLocale::AnyTerritory;
    }
    return QLocale(name).territory();
}

} // namespace mixscope
