#include "ui/report/papersize.h"

#include <QTest>

#include <clocale>
#include <string_view>

using namespace mixscope;

class PaperSizeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void letterWhereItIsTheNormA4Elsewhere_data() {
        QTest::addColumn<int>("territory");
        QTest::addColumn<int>("paper");
        const int letter = QPageSize::Letter;
        const int a4 = QPageSize::A4;
        QTest::newRow("United States") << int(QLocale::UnitedStates) << letter;
        QTest::newRow("Canada") << int(QLocale::Canada) << letter;
        QTest::newRow("Mexico") << int(QLocale::Mexico) << letter;
        QTest::newRow("Philippines") << int(QLocale::Philippines) << letter;
        QTest::newRow("Chile") << int(QLocale::Chile) << letter;
        QTest::newRow("Puerto Rico") << int(QLocale::PuertoRico) << letter;
        QTest::newRow("Germany") << int(QLocale::Germany) << a4;
        QTest::newRow("United Kingdom") << int(QLocale::UnitedKingdom) << a4;
        QTest::newRow("Japan") << int(QLocale::Japan) << a4;
        QTest::newRow("Brazil") << int(QLocale::Brazil) << a4;
        QTest::newRow("Spain") << int(QLocale::Spain) << a4;
        QTest::newRow("unknown") << int(QLocale::AnyTerritory) << a4;
    }

    void letterWhereItIsTheNormA4Elsewhere() {
        QFETCH(int, territory);
        QFETCH(int, paper);
        QCOMPARE(int(PaperSize::forTerritory(static_cast<QLocale::Territory>(territory))), paper);
    }

    void glibcMillimetresNameTheirPaper() {
        QCOMPARE(PaperSize::fromMillimetres(216, 279), std::optional(QPageSize::Letter));
        QCOMPARE(PaperSize::fromMillimetres(210, 297), std::optional(QPageSize::A4));
        QCOMPARE(PaperSize::fromMillimetres(0, 0), std::nullopt);
        QCOMPARE(PaperSize::fromMillimetres(123, 77), std::nullopt);
    }

    void localeNamesGiveTheirTerritory_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("territory");
        QTest::newRow("en_US.UTF-8") << QStringLiteral("en_US.UTF-8") << int(QLocale::UnitedStates);
        QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << int(QLocale::Canada);
        QTest::newRow("es_MX.utf8") << QStringLiteral("es_MX.utf8") << int(QLocale::Mexico);
        QTest::newRow("de_DE@euro") << QStringLiteral("de_DE@euro") << int(QLocale::Germany);
        QTest::newRow("ja_JP.UTF-8") << QStringLiteral("ja_JP.UTF-8") << int(QLocale::Japan);
        QTest::newRow("C") << QStringLiteral("C") << int(QLocale::AnyTerritory);
        QTest::newRow("C.UTF-8") << QStringLiteral("C.UTF-8") << int(QLocale::AnyTerritory);
        QTest::newRow("POSIX") << QStringLiteral("POSIX") << int(QLocale::AnyTerritory);
        QTest::newRow("empty") << QString() << int(QLocale::AnyTerritory);
    }

    void localeNamesGiveTheirTerritory() {
        QFETCH(QString, name);
        QFETCH(int, territory);
        QCOMPARE(int(PaperSize::territoryOf(name)), territory);
    }

    void theProcessLocaleGivesA4OrLetter() {
        const QPageSize::PageSizeId paper = PaperSize::forLocale();
        QVERIFY(paper == QPageSize::A4 || paper == QPageSize::Letter);
    }

    void anUninstalledLocaleStillNamesItsPaper() {
        // glibc has no en_US here unless it is installed; the name still says
        // Letter. Only meaningful where the C library runs the "C" locale.
        const QByteArray savedAll = qgetenv("LC_ALL");
        const QByteArray savedPaper = qgetenv("LC_PAPER");
        qunsetenv("LC_ALL");
        qputenv("LC_PAPER", "en_US.UTF-8");
        const QPageSize::PageSizeId letter = PaperSize::forLocale();
        qputenv("LC_PAPER", "de_DE.UTF-8");
        const QPageSize::PageSizeId a4 = PaperSize::forLocale();
        savedAll.isNull() ? qunsetenv("LC_ALL") : qputenv("LC_ALL", savedAll);
        savedPaper.isNull() ? qunsetenv("LC_PAPER") : qputenv("LC_PAPER", savedPaper);
        if (std::string_view(std::setlocale(LC_PAPER, nullptr)) != "C") {
            QSKIP("the C library runs a real paper locale, which decides");
        }
        QCOMPARE(letter, QPageSize::Letter);
        QCOMPARE(a4, QPageSize::A4);
    }
};

QTEST_GUILESS_MAIN(PaperSizeTest)
#include "tst_papersize.moc"
