#include "core/common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace mixscope::Translations {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("mixscope_");
const QString kEnglish = QStringLiteral("en");

// The translators loaded by the last install(), owned here so that a second
// call can take them out again.
std::vector<std::unique_ptr<QTranslator>>& installed() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString& currentLanguage() {
    static QString language = kEnglish;
    return language;
}

// "de-AT" and "de_AT" both speak "de".
QString languageOf(const QString& uiLanguage) {
    return QLocale(uiLanguage).name().section(QLatin1Char('_'), 0, 0);
}

QString chooseFromSystem() {
    const QStringList offered = available();
    for (const QString& uiLanguage : QLocale::system().uiLanguages()) {
        const QString language = languageOf(uiLanguage);
        if (language == kEnglish || offered.contains(language)) {
            return language;
        }
    }
    return kEnglish;
}

// Whether the system writes numbers as language does. On Linux and the BSDs
// that is LC_NUMERIC's locale (LC_ALL, else LC_NUMERIC, else LANG, as POSIX
// orders them), which LANGUAGE does not change, though Qt names the system
// locale after LANGUAGE: with LANGUAGE=de and LANG=C.UTF-8 it is "German"
// and still writes "-14.6".
bool systemNumbersSpeak(const QString& language) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QString name = qEnvironmentVariable("LC_ALL");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("LC_NUMERIC");
    }
    if (name.isEmpty()) {
        name = qEnvironmentVariable("LANG");
    }
    // "de_CH.UTF-8@euro" names de_CH; "C", "C.UTF-8" and "POSIX" no language.
    name = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    if (name.isEmpty() || name == QLatin1String("C") || name == QLatin1String("POSIX")) {
        return false;
    }
    return QLocale(name).language() == QLocale(language).language();
#else
    return QLocale::system().language() == QLocale(language).language();
#endif
}

void load(const QString& fileName, const QString& directory) {
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(fileName, directory) &&
        QCoreApplication::installTranslator(translator.get())) {
        installed().push_back(std::move(translator));
    }
}

} // namespace

QStringList available() {
    QStringList codes;
    const QStringList files =
        QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        codes << file.mid(kPrefix.size()).chopped(3);
    }
    codes.removeOne(kEnglish); // its plural forms only
    return codes;
}

QString nativeName(const QString& code) {
    // QLocale names some languages with their territory ("español de España").
    static const QHash<QString, QString> names{{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("es"), QStringLiteral("Español")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")}};
    if (const auto known = names.constFind(code); known != names.cend()) {
        return *known;
    }
    const QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty()) {
        return code;
    }
    return name.left(1).toUpper() + name.mid(1);
}

QString install(const QString& code) {
    for (const auto& translator : installed()) {
        QCoreApplication::removeTranslator(translator.get());
    }
    installed().clear();

    const bool chosen = !code.isEmpty() && (code == kEnglish || available().contains(code));
    const QString language = chosen ? code : chooseFromSystem();
    // Numbers and dates as the texts' language writes them ("-14,6 LUFS" in a
    // German sentence, "-14.6" in an English one), in the system's variant
    // when it speaks that language (de_CH keeps its own marks).
    QLocale::setDefault(systemNumbersSpeak(language) ? QLocale::system() : QLocale(language));
    // Qt's own texts first (standard buttons, file dialogs), then ours, which
    // are searched first because they were installed last.
    if (language != kEnglish) {
        load(QStringLiteral("qtbase_") + language,
             QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    load(kPrefix + language, kResourceDir);
    currentLanguage() = language;
    return language;
}

QString current() {
    return currentLanguage();
}

} // namespace mixscope::Translations
