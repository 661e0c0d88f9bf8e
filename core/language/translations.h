// Translations: which languages the studio speaks and the QTranslators that make it speak one
// (its own strings, compiled into libhiphop-core, and Qt's, from Debian's qt6-translations-l10n).
// Call installTranslations() on the main thread once the QCoreApplication exists and before any
// user-visible text is made; the translators live as long as the application.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace hhs {

// The languages the studio ships, as QLocale names: "en" (the source) and "ko".
QStringList shippedLanguages();

// The language the studio shows for a user's choice: `choice` is a shipped language or empty
// for the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), which falls back to English when the
// studio does not speak it.
QString effectiveLanguage(const QString& choice);

struct InstalledTranslations
{
    QString language;    // what effectiveLanguage() chose
    bool studio = false; // the studio's own strings were found and installed (or are English)
    bool qt = false;     // Qt's own dialog and button strings were found and installed
};

// Installs the translators for effectiveLanguage(choice) into the running application.
InstalledTranslations installTranslations(const QString& choice = QString());

} // namespace hhs
