// hiphop-cli's dataset commands: export-json (the project's labelled regions as the notebook's
// JSON dataset plus manifest) and import-json (check a dataset made elsewhere and register it).
#include "cli/cli_command.h"
#include "dataset/dataset_builder.h"
#include "dataset/notebook_json.h"
#include "formats/json_writer.h"
#include "jobs/text.h"
#include "jobs/thread_pools.h"
#include "project/project.h"

#include <QFileInfo>
#include <string>

namespace hhs::cli {
namespace {

Result<std::unique_ptr<Project>> openProject(const CliContext& context)
{
    if (context.projectPath.isEmpty())
        return makeError(
            translate("hhs::cli", "this command needs a project: hiphop-cli --project FILE ..."));
    return Project::open(context.projectPath);
}

int runExportJson(const CliContext& context, const CliArgs& args)
{
    if (args.positional().size() != 1)
        return fail(translate("hhs::cli", "usage: hiphop-cli --project FILE export-json OUT.json "
                                          "[--segment-seconds 3] [--threads N]"));
    Result<double> seconds =
        args.number(QStringLiteral("--segment-seconds"), kNotebookSegmentSeconds, 0.05, 3600.0);
    if (!seconds) return fail(seconds.message());
    Result<int> threads = args.integer(QStringLiteral("--threads"), machineThreads(), 1, 64);
    if (!threads) return fail(threads.message());
    Result<std::unique_ptr<Project>> project = openProject(context);
    if (!project) return fail(project.message());

    DatasetOptions options;
    options.segmentSeconds = *seconds;
    options.threads = *threads;
    const JobControl progress = progressOnStderr(context);
    Result<Dataset> dataset = buildDataset(**project, options, progress.part(0, 0.8));
    if (!dataset) return fail(dataset.message());
    const QString out = args.positional().first();
    if (Status written = writeNotebookJson(*dataset, out, progress.part(0.8, 1)); !written)
        return fail(written.message());
    const DatasetSummary& summary = dataset->summary;
    printOut(translate("hhs::cli",
                       "wrote %1: %2 segments of %3 x %4 from %5 region(s); classes: %6\n"
                       "manifest: %7\n"
                       "left out: %8 region tail(s) too short for another segment (%9 s), %10 "
                       "region(s) shorter than a "
                       "segment, %11 unlabelled region(s)\n")
                 .arg(out)
                 .arg(dataset->segments.size())
                 .arg(dataset->frames())
                 .arg(dataset->coefficients())
                 .arg(summary.regions)
                 .arg(dataset->classes.join(QStringLiteral(", ")))
                 .arg(manifestPathFor(out))
                 .arg(summary.partialTails)
                 .arg(summary.droppedSeconds, 0, 'f', 3)
                 .arg(summary.regionsWithoutSegments)
                 .arg(summary.unlabelledRegions));
    return 0;
}

int runImportJson(const CliContext& context, const CliArgs& args)
{
    if (args.positional().size() != 1)
        return fail(
            translate("hhs::cli", "usage: hiphop-cli --project FILE import-json FILE.json"));
    const QString path = args.positional().first();
    Result<Dataset> dataset = readNotebookJson(path, progressOnStderr(context));
    if (!dataset) return fail(dataset.message());
    Result<std::unique_ptr<Project>> project = openProject(context);
    if (!project) return fail(project.message());

    Result<std::vector<ClassRecord>> before = (*project)->classes();
    if (!before) return fail(before.message());
    const std::size_t classesBefore = before->size();
    std::string classes;
    JsonWriter json([&classes](const char* data, std::size_t size) {
        classes.append(data, size);
        return true;
    });
    json.beginArray();
    for (const QString& name : dataset->classes)
        json.value(name);
    json.endArray();
    json.flush();
    DatasetRecord record;
    record.path = QFileInfo(path).absoluteFilePath();
    record.segments = int(dataset->segments.size());
    record.frames = dataset->frames();
    record.coefficients = dataset->coefficients();
    record.classesJson = QString::fromStdString(classes);
    Result<std::int64_t> id = (*project)->addDataset(record, dataset->classes);
    if (!id) return fail(id.message());
    Result<std::vector<ClassRecord>> after = (*project)->classes();
    if (!after) return fail(after.message());
    const std::size_t added = after->size() - classesBefore;
    printOut(
        translate("hhs::cli", "dataset %1: %2 segments of %3 x %4, classes: %5 (%6 new in the "
                              "project); %7\n")
            .arg(*id)
            .arg(dataset->segments.size())
            .arg(dataset->frames())
            .arg(dataset->coefficients())
            .arg(dataset->classes.join(QStringLiteral(", ")))
            .arg(added)
            .arg(dataset->hasSources()
                     ? translate("hhs::cli", "every segment traced to its recording (manifest)")
                     : translate("hhs::cli",
                                 "no manifest: recordings unknown, splits will be random")));
    return 0;
}
} // namespace

HHS_REGISTER_COMMANDS(dataset, 25)
{
    table.add({QStringLiteral("export-json"),
               QStringLiteral("export-json OUT.json [--segment-seconds 3] [--threads N]"),
               translate("hhs::cli",
                         "Write the labelled regions as the notebook's JSON dataset (mapping, "
                         "labels, mfcc) and OUT.manifest.json beside it."),
               translate("hhs::cli",
                         "Each labelled region is cut from its start into segments of "
                         "--segment-seconds; MFCC per segment as the notebook computed it; a "
                         "tail that does not fill a segment is left out and counted. "
                         "np.array(data[\"mfcc\"]) gives (segments, frames, 13). The manifest "
                         "names each segment's track, content hash and times, the feature "
                         "parameters and the studio's version."),
               {{QStringLiteral("--segment-seconds"), QStringLiteral("--threads")}, {}},
               runExportJson});
    table.add({QStringLiteral("import-json"),
               QStringLiteral("import-json FILE.json"),
               translate("hhs::cli",
                         "Check a notebook JSON dataset made elsewhere and register it in the "
                         "project for training (its classes are added)."),
               translate("hhs::cli",
                         "Refused with the reason when it is not JSON, when segments differ in "
                         "shape or when a label falls outside the mapping. A manifest beside "
                         "it (FILE.manifest.json) is read too."),
               {},
               runImportJson});
}

} // namespace hhs::cli
