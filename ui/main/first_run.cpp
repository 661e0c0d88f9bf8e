#include "main/first_run.h"

#include "demo/demo_project.h"
#include "jobs/job_runner.h"
#include "main/main_window.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace hhs::ui {

QString demoFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("hiphop-studio/demo"));
}

bool openMostRecentProject(MainWindow& window)
{
    for (const QString& path : MainWindow::recentProjects())
        if (QFileInfo::exists(path)) return window.openProject(path);
    return false;
}

void openDemoProject(MainWindow& window)
{
    const QString folder = demoFolder();
    const QString project = demo::defaultDemoProjectPath(folder);
    if (QFileInfo::exists(project)) {
        window.openProject(project);
        return;
    }
    window.runner()->start<QString>(
        MainWindow::tr("Creating the demo project"),
        [folder, project](const JobControl& job) {
            return demo::createDemoProject(folder, project, demo::CorpusOptions{}, job);
        },
        [&window](Result<QString> created) {
            if (created)
                window.openProject(*created);
            else
                window.showError(MainWindow::tr("The demo project could not be made: %1")
                                     .arg(created.message()));
        });
}

} // namespace hhs::ui
