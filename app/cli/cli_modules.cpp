#include "cli/cli_modules.h"

#include "jobs/text.h"

#include <QCoreApplication>
#include <QDir>
#include <dlfcn.h>

namespace hhs::cli {
namespace {

// Where modules live: HHS_MODULE_PATH (for tests and developers), then beside the program
// (bin/../lib/hiphop-studio, in the build tree as in an installation).
QStringList moduleDirs()
{
    QStringList dirs;
    const QByteArray fromEnvironment = qgetenv("HHS_MODULE_PATH");
    if (!fromEnvironment.isEmpty())
        dirs += QString::fromUtf8(fromEnvironment).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    dirs << QDir(QCoreApplication::applicationDirPath())
                .filePath(QStringLiteral(HHS_MODULE_DIR_RELATIVE));
    return dirs;
}

} // namespace

QStringList loadCommandModules()
{
    static bool loaded = false;
    static QStringList problems;
    if (loaded) return problems;
    loaded = true;
    QStringList seen;
    for (const QString& dir : moduleDirs()) {
        const QDir folder(dir);
        for (const QString& file :
             folder.entryList({QStringLiteral("hiphop-cli-*.so")}, QDir::Files, QDir::Name)) {
            if (seen.contains(file)) continue; // the first directory that has it wins
            seen << file;
            const QString path = folder.absoluteFilePath(file);
            if (!dlopen(nativePath(path).constData(), RTLD_NOW | RTLD_LOCAL)) {
                problems << translate("hhs::cli", "could not load the command module %1: %2")
                                .arg(quoted(path), QString::fromUtf8(dlerror()));
            }
        }
    }
    return problems;
}

} // namespace hhs::cli
