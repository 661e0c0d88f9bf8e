#include "main/language_menu.h"

#include "language/translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace hhs::ui {
namespace {
const char* kLanguageKey = "ui/language";

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hhs::ui::LanguageMenu)
};

QString nativeName(const QString& language)
{
    const QString name = QLocale(language).nativeLanguageName();
    // "한국어" and "American English": a language, not a country's variant of it.
    return language == QLatin1String("en") ? QStringLiteral("English") : name;
}

void choose(QWidget* parent, const QString& language)
{
    if (language == chosenLanguage()) return;
    QSettings().setValue(QLatin1String(kLanguageKey), language);
    const QString shown = nativeName(effectiveLanguage(language));
    if (!qEnvironmentVariableIsEmpty("HHS_NO_DIALOGS")) return;
    QMessageBox::information(
        parent, Text::tr("Language"),
        Text::tr("HipHop Studio will be in %1 the next time it starts.").arg(shown));
}
} // namespace

QString chosenLanguage()
{
    const QString language = QSettings().value(QLatin1String(kLanguageKey)).toString();
    return shippedLanguages().contains(language) ? language : QString();
}

void addLanguageMenu(QMenu* view)
{
    QMenu* menu = view->addMenu(Text::tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    auto add = [&](const QString& text, const QString& language) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(language == chosenLanguage());
        action->setData(language);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu,
                         [menu, language]() { choose(menu->window(), language); });
    };
    add(Text::tr("System Language (%1)").arg(nativeName(effectiveLanguage(QString()))), QString());
    menu->addSeparator();
    for (const QString& language : shippedLanguages())
        add(nativeName(language), language);
}

} // namespace hhs::ui
