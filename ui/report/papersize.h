#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

namespace mixscope {

/// The paper a user prints on, from their locale: US Letter where that is the
/// norm (CLDR's list: the United States, Canada, Mexico, the Philippines,
/// Belize, Chile, Colombia, Costa Rica, Guatemala, Nicaragua, Panama, Puerto
/// Rico, El Salvador, Venezuela), A4 everywhere else.
class PaperSize {
public:
    /// For this process: the paper of glibc's LC_PAPER category when a real
    /// locale is in effect (nl_langinfo(_NL_PAPER_WIDTH / _HEIGHT)); else the
    /// territory of the first of LC_ALL, LC_PAPER and LANG that is set (a
    /// locale glibc does not have installed still names its country); else
    /// QLocale::system()'s territory. Cheap; call after QCoreApplication
    /// exists (it sets the C locale from the environment).
    static QPageSize::PageSizeId forLocale();

    /// Letter for the territories above, A4 for every other (and AnyTerritory).
    static QPageSize::PageSizeId forTerritory(QLocale::Territory territory);

    /// The standard size of widthMm × heightMm as glibc states it (216 × 279
    /// is Letter, 210 × 297 is A4); empty for no standard size.
    static std::optional<QPageSize::PageSizeId> fromMillimetres(int widthMm, int heightMm);

    /// The territory of a POSIX locale name such as "en_US.UTF-8" or
    /// "de_DE@euro"; AnyTerritory for "", "C", "C.UTF-8" and "POSIX". A name
    /// without a territory ("fr") gets the language's most likely one.
    static QLocale::Territory territoryOf(const QString& localeName);
};

} // namespace mixscope
