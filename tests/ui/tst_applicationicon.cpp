#include "ui/shell/applicationicon.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace mixscope;

class TestApplicationIcon : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QRgb centrePixel(const QIcon& icon, int size) {
        const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
        return image.pixel(image.width() / 2, image.height() / 2);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void builtInCopyHasEveryThemeSize() {
        const QIcon icon = ApplicationIcon::builtIn();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (const int size : {16, 32, 48, 64, 128, 256}) {
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
            const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255); // drawn, not blank
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);                 // a rounded tile
        }
    }

    void installedThemeIconWinsOverTheBuiltInCopy() {
        const QString apps = m_dir.filePath(QStringLiteral("icons/testtheme/16x16/apps"));
        QVERIFY(QDir().mkpath(apps));
        QFile index(m_dir.filePath(QStringLiteral("icons/testtheme/index.theme")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=Test\nDirectories=16x16/apps\n\n"
                    "[16x16/apps]\nSize=16\nContext=Applications\nType=Fixed\n");
        index.close();
        QImage red(16, 16, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(apps + QStringLiteral("/mixscope.png")));

        QIcon::setThemeSearchPaths({m_dir.filePath(QStringLiteral("icons"))});
        QIcon::setThemeName(QStringLiteral("testtheme"));
        const QIcon icon = ApplicationIcon::icon();
        QCOMPARE(icon.name(), ApplicationIcon::themeName());
        QCOMPARE(centrePixel(icon, 16), qRgb(255, 0, 0));
    }

    void builtInCopyIsUsedWhenNoThemeHasTheIcon() {
        const QString empty = m_dir.filePath(QStringLiteral("no-icons"));
        QVERIFY(QDir().mkpath(empty));
        QIcon::setThemeSearchPaths({empty});
        QIcon::setThemeName(QStringLiteral("hicolor"));
        const QIcon icon = ApplicationIcon::icon();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.name(), QString());
        QCOMPARE(centrePixel(icon, 48), centrePixel(ApplicationIcon::builtIn(), 48));
    }
};

QTEST_MAIN(TestApplicationIcon)
#include "tst_applicationicon.moc"
