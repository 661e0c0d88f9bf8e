#include "demo/demo_project.h"

#include "project/project.h"
#include "project/track_import.h"

#include <QDir>

namespace hhs::demo {

QString defaultDemoProjectPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("demo.hhs"));
}

Result<QString> createDemoProject(const QString& dir, const QString& projectPath,
                                  const CorpusOptions& options, const JobControl& job)
{
    Result<CorpusFiles> files = writeCorpus(dir, options, job.part(0.0, 0.6));
    if (!files) return files.error();
    Result<std::unique_ptr<Project>> project = Project::open(projectPath);
    if (!project) return project.error();
    // The clips, labelled by their folders; then the medley, left for the user to label.
    Result<ImportSummary> clips =
        importPaths(**project, {files->clipsDir}, true, job.part(0.6, 0.9));
    if (!clips) return clips.error();
    if (!files->medley.isEmpty()) {
        Result<ImportSummary> medley =
            importPaths(**project, {files->medley}, false, job.part(0.9, 1.0));
        if (!medley) return medley.error();
    }
    return projectPath;
}

} // namespace hhs::demo
