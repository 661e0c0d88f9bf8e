#include "main/class_gloss.h"

#include <QCoreApplication>

namespace hhs::ui {
namespace {
const char* const kContext = "hhs::ui::ClassGloss";
// The notebook's three styles, as its dataset names them.
const char* const kNotebookClasses[] = {
    QT_TRANSLATE_NOOP("hhs::ui::ClassGloss", "boom bap"),
    QT_TRANSLATE_NOOP("hhs::ui::ClassGloss", "trap"),
    QT_TRANSLATE_NOOP("hhs::ui::ClassGloss", "singing"),
};
} // namespace

QString classGloss(const QString& name)
{
    for (const char* notebookName : kNotebookClasses) {
        if (name != QLatin1String(notebookName)) continue;
        const QString gloss = QCoreApplication::translate(kContext, notebookName);
        return gloss == name ? QString() : gloss;
    }
    return {};
}

QString classWithGloss(const QString& name)
{
    const QString gloss = classGloss(name);
    return gloss.isEmpty() ? name
                           : QCoreApplication::translate(
                                 kContext, "%1 (%2)", "a class name and its gloss: boom bap (붐뱁)")
                                 .arg(name, gloss);
}

} // namespace hhs::ui
