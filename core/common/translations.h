#pragma once

#include <QString>
#include <QStringList>

namespace mixscope {

// The languages Mixscope speaks. English is the source language; the others
// are compiled from translations/*.ts into the binary.
namespace Translations {

// The settings key of the language chosen in the window; empty or missing
// means the system's.
inline constexpr char kSettingsKey[] = "view/language";

// The languages translated from English, as BCP 47 codes ("de", "es", "fr"),
// sorted.
QStringList available();

// A language's name in that language, capitalised ("Deutsch", "English").
QString nativeName(const QString& code);

// Loads Mixscope's and Qt's own translations into the application (which must
// exist) for `code`, or, when it is empty, for the first of the system's UI
// languages that Mixscope speaks, English included. The language's locale
// (the system's, when it is the same language) becomes the default, so that
// numbers and dates read as in the texts around them. Not thread-safe:
// call it before any analysis runs (at start-up, or between tests).
// Returns the language now in use ("en" for English). Calling it
// again replaces what an earlier call loaded.
QString install(const QString& code = {});

// The language install() chose last; "en" before it is called.
QString current();

} // namespace Translations

} // namespace mixscope
