#include "core/common/translations.h"
#include "tests/support/tsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mixscope;
using mixscope::test::TsMessage;

namespace {

const QString kTranslationsDir = QStringLiteral(MIXSCOPE_TRANSLATIONS_DIR);

QString tsPath(const QString& language) {
    return kTranslationsDir + QStringLiteral("/mixscope_") + language + QStringLiteral(".ts");
}

// lupdate's arguments as the update_translations target passes them.
QStringList lupdateArguments() {
    QFile file(QStringLiteral(MIXSCOPE_LUPDATE_ARGUMENTS_FILE));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString describe(const TsMessage& message) {
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source);
}

// How many plural forms Qt Linguist gives each language.
int pluralForms(const QString& language) {
    Q_UNUSED(language); // German, Spanish and French: one and other.
    return 2;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void theTranslatedLanguagesAreCompiledIn() {
        QCOMPARE(Translations::available(),
                 QStringList({QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")}));
        QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Translations::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(Translations::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    }

    void everyTextOfTheCodeIsTranslated_data() {
        QTest::addColumn<QString>("language");
        for (const QString& language : Translations::available()) {
            QTest::newRow(qPrintable(language)) << language;
        }
        QTest::newRow("en (plural forms)") << QStringLiteral("en");
    }

    // The .ts file, refreshed from today's code as update_translations would,
    // has no unfinished, empty or lost entry: a text added to the code without
    // a translation fails here.
    void everyTextOfTheCodeIsTranslated() {
        QFETCH(QString, language);
        const QStringList arguments = lupdateArguments();
        QVERIFY2(!arguments.isEmpty(), "the lupdate arguments file is missing");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString refreshed = dir.filePath(QStringLiteral("refreshed.ts"));
        QVERIFY(QFile::copy(tsPath(language), refreshed));
        QFile::setPermissions(refreshed, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList only =
            language == u"en" ? QStringList{QStringLiteral("-pluralonly")} : QStringList();
        lupdate.start(QStringLiteral(MIXSCOPE_LUPDATE),
                      arguments + only + QStringList{QStringLiteral("-ts"), refreshed});
        QVERIFY(lupdate.waitForFinished(120000));
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));
        // A warning means a text lupdate files under another context than the
        // code asks with ("lacks Q_OBJECT", "unknown namespace/class").
        static const QRegularExpression progress(
            QStringLiteral("^\\s*(Scanning|Updating|Found|Removed|Stripping|Same-text)"));
        QStringList warnings;
        for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!progress.match(line).hasMatch()) {
                warnings << line;
            }
        }
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

        QString error;
        const auto messages = test::readTsFile(refreshed, &error);
        QVERIFY2(messages, qPrintable(error));
        QVERIFY(messages->size() > (language == u"en" ? 5 : 400));

        QStringList problems;
        for (const TsMessage& message : *messages) {
            const bool empty =
                std::any_of(message.translations.cbegin(), message.translations.cend(),
                            [](const QString& text) { return text.trimmed().isEmpty(); });
            if (!message.type.isEmpty() || message.translations.isEmpty() || empty) {
                problems << QStringLiteral("untranslated %1").arg(describe(message));
                continue;
            }
            if (message.numerus && message.translations.size() != pluralForms(language)) {
                problems << QStringLiteral("%1 plural forms instead of %2: %3")
                                .arg(message.translations.size())
                                .arg(pluralForms(language))
                                .arg(describe(message));
            }
            QStringList expected = test::placeholdersOf(message.source);
            for (const QString& translation : message.translations) {
                QStringList found = test::placeholdersOf(translation);
                if (message.numerus) { // a singular may spell out its one
                    expected.removeAll(QStringLiteral("%n"));
                    found.removeAll(QStringLiteral("%n"));
                }
                if (found != expected) {
                    problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\" for %4")
                                    .arg(found.join(QLatin1Char(' ')),
                                         expected.join(QLatin1Char(' ')), translation,
                                         describe(message));
                }
                if (test::tagsOf(translation) != test::tagsOf(message.source)) {
                    problems << QStringLiteral("other HTML tags in \"%1\" for %2")
                                    .arg(translation, describe(message));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.prepend(
                QStringLiteral("%1 problem(s) in %2; refresh it with `cmake --build build --target "
                               "update_translations` and translate what is unfinished:")
                    .arg(problems.size())
                    .arg(tsPath(language)));
            QFAIL(qPrintable(problems.mid(0, 40).join(QLatin1String("\n  "))));
        }
    }

    void theCompiledTranslationIsTheCommittedOne_data() { everyTextOfTheCodeIsTranslated_data(); }

    // Every text of the .ts file comes back translated through the same
    // context the code asks with, from the .qm the build compiled into the
    // binary: a stale or missing .qm, or a context the code does not use,
    // fails here.
    void theCompiledTranslationIsTheCommittedOne() {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(language), language);
        QCOMPARE(QLocale().name().left(2), language);
        QString error;
        const auto messages = test::readTsFile(tsPath(language), &error);
        QVERIFY2(messages, qPrintable(error));
        for (const TsMessage& message : *messages) {
            if (!message.type.isEmpty()) {
                continue; // unfinished: everyTextOfTheCodeIsTranslated names it
            }
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const char* disambiguation = comment.isEmpty() ? nullptr : comment.constData();
            if (message.numerus) {
                // translate() fills in %n (and %Ln) itself.
                const auto filled = [](QString text, int n) {
                    return text.replace(QLatin1String("%Ln"), QString::number(n))
                        .replace(QLatin1String("%n"), QString::number(n));
                };
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation, 1),
                         filled(message.translations.value(0), 1));
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation, 5),
                         filled(message.translations.value(1), 5));
            } else {
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation),
                         message.translations.value(0));
            }
        }
    }

    void englishIsTheCodesTextsWithItsPlurals() {
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("mixscope::FindingSeverity", "Problem"),
                 QStringLiteral("Problem"));
        QCOMPARE(QCoreApplication::translate("mixscope::SectionLabel", "Chorus"),
                 QStringLiteral("Chorus"));
        QCOMPARE(QCoreApplication::translate("mixscope::ScoreCard", "%n finding(s)", nullptr, 1),
                 QStringLiteral("1 finding"));
        QCOMPARE(QCoreApplication::translate("mixscope::ScoreCard", "%n finding(s)", nullptr, 0),
                 QStringLiteral("0 findings"));
        // A language Mixscope does not speak falls back to the system's, which
        // the test runs in English (see CMakeLists.txt).
        QCOMPARE(Translations::install(QStringLiteral("tlh")), QStringLiteral("en"));
    }

    void qtsOwnTextsFollow() {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                           QStringLiteral("/qtbase_de.qm"))) {
            QSKIP("Qt's own translations are not installed (qt6-translations-l10n)");
        }
        Translations::install(QStringLiteral("de"));
        // QPlatformTheme's standard buttons come from Qt's own qtbase_de.qm.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
