#include "language/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hhs {
namespace {
const QString kSourceLanguage = QStringLiteral("en");
// Where CMake's qt_add_resources puts the .qm files compiled from resources/translations.
const QString kStudioTranslations = QStringLiteral(":/i18n");

QString languageOf(const QLocale& locale)
{
    return QLocale::languageToCode(locale.language());
}
} // namespace

QStringList shippedLanguages()
{
    return {kSourceLanguage, QStringLiteral("ko")};
}

QString effectiveLanguage(const QString& choice)
{
    const QStringList shipped = shippedLanguages();
    if (shipped.contains(choice)) return choice;
    // uiLanguages() honours LANGUAGE's priority list before LC_ALL / LC_MESSAGES / LANG.
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString language = languageOf(QLocale(name));
        if (shipped.contains(language)) return language;
    }
    return kSourceLanguage;
}

InstalledTranslations installTranslations(const QString& choice)
{
    InstalledTranslations installed;
    installed.language = effectiveLanguage(choice);
    QLocale::setDefault(QLocale(installed.language));
    auto* app = QCoreApplication::instance();
    // English too: its file gives the singular and plural of every string with a count.
    auto* studio = new QTranslator(app);
    installed.studio =
        studio->load(QStringLiteral("hiphop-studio_") + installed.language, kStudioTranslations) &&
        QCoreApplication::installTranslator(studio);
    if (installed.language == kSourceLanguage) {
        installed.qt = true; // Qt's own strings are English
        return installed;
    }
    auto* qt = new QTranslator(app);
    installed.qt = qt->load(QStringLiteral("qtbase_") + installed.language,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
                   QCoreApplication::installTranslator(qt);
    return installed;
}

} // namespace hhs
