#include "ui/shell/appearancemenus.h"

#include "core/common/translations.h"
#include "ui/shell/theme.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>

#include <utility>
#include <vector>

namespace mixscope {

ThemeMenu::ThemeMenu(QWidget* parent)
    : QMenu(tr("T&heme"), parent) {
    auto* group = new QActionGroup(this);
    const std::vector<std::pair<Theme::Choice, QString>> themes{
        {Theme::Choice::System, tr("&System")},
        {Theme::Choice::Light, tr("&Light")},
        {Theme::Choice::Dark, tr("&Dark")}};
    for (const auto& [choice, name] : themes) {
        QAction* action = addAction(name, this, [choice = choice] {
            Theme::apply(choice);
            QSettings().setValue(QStringLiteral("view/theme"), Theme::id(choice));
        });
        action->setCheckable(true);
        action->setChecked(choice == Theme::current());
        group->addAction(action);
    }
}

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("L&anguage"), parent) {
    auto* group = new QActionGroup(this);
    const QString chosen = QSettings().value(QLatin1String(Translations::kSettingsKey)).toString();
    std::vector<std::pair<QString, QString>> languages{{QString(), tr("&System")},
                                                       {QStringLiteral("en"), QString()}};
    for (const QString& code : Translations::available()) {
        languages.emplace_back(code, QString());
    }
    for (const auto& [code, label] : languages) {
        const QString name = label.isEmpty() ? Translations::nativeName(code) : label;
        QAction* action = addAction(name, this, [this, code = code] { choose(code); });
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        if (code.isEmpty()) {
            addSeparator();
        }
    }
}

void LanguageMenu::choose(const QString& code) {
    QSettings().setValue(QLatin1String(Translations::kSettingsKey), code);
    QMessageBox::information(
        parentWidget(), tr("Language"),
        code.isEmpty() ? tr("Mixscope will use the system's language the next time it starts.")
                       : tr("Mixscope will use %1 the next time it starts.")
                             .arg(Translations::nativeName(code)));
}

} // namespace mixscope
