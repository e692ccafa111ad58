#pragma once

#include <QMenu>

namespace mixscope {

/// View → Theme: System, Light, Dark; applied at once and kept in QSettings
/// ("view/theme").
class ThemeMenu : public QMenu {
    Q_OBJECT

public:
    explicit ThemeMenu(QWidget* parent = nullptr);
};

/// View → Language: System, then each translation by its own name (so that
/// it can be found from any other); kept in QSettings and used from the next
/// start, which the user is told.
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

private:
    void choose(const QString& code);
};

} // namespace mixscope
