// hiphop-cli's project commands: import, tracks, relink, classes, label, unlabel, regions and
// labels import/export, all on `--project FILE` (created when it does not exist).
#include "cli/cli_command.h"
#include "formats/json_writer.h"
#include "formats/time_text.h"
#include "jobs/text.h"
#include "project/label_files.h"
#include "project/project.h"
#include "project/track_import.h"

#include <optional>

namespace hhs::cli {
namespace {
const QString kJson = QStringLiteral("--json");

Result<std::unique_ptr<Project>> openProject(const CliContext& context)
{
    if (context.projectPath.isEmpty())
        return makeError(
            translate("hhs::cli", "this command needs a project: hiphop-cli --project FILE ..."));
    return Project::open(context.projectPath);
}

// Runs `body` with the opened project, or fails with the reason it could not be opened.
template <typename Body> int withProject(const CliContext& context, Body body)
{
    Result<std::unique_ptr<Project>> project = openProject(context);
    if (!project) return fail(project.message());
    return body(**project);
}

Result<double> timeArgument(const QString& text)
{
    const std::optional<double> seconds = parseTimeText(text);
    if (!seconds)
        return makeError(
            translate("hhs::cli", "\"%1\" is not a time: write seconds (75.5) or mm:ss(.fff)")
                .arg(text));
    return *seconds;
}

int finishJson(JsonWriter& json)
{
    if (!json.flush())
        return fail(translate("hhs::cli", "could not write the output (disk full or pipe closed)"));
    printOut(QStringLiteral("\n"));
    return 0;
}

int runImport(const CliContext& context, const CliArgs& args)
{
    if (args.positional().isEmpty())
        return fail(translate(
            "hhs::cli", "usage: hiphop-cli --project FILE import PATH... [--classes-from-folders] "
                        "[--chapters]"));
    return withProject(context, [&](Project& project) {
        Result<ImportSummary> imported = importPaths(
            project, args.positional(), args.flag(QStringLiteral("--classes-from-folders")),
            progressOnStderr(context));
        if (!imported) return fail(imported.message());
        int chapters = 0;
        for (std::size_t i = 0; i < imported->tracks.size(); ++i) {
            const TrackRecord& track = imported->tracks[i];
            printOut(QStringLiteral("%1\t%2\n").arg(track.id).arg(oneLine(track.path)));
            if (!args.flag(QStringLiteral("--chapters")) || imported->chapters[i] == 0) continue;
            Result<LabelImport> songs = importChapters(project, track.id);
            if (!songs) return fail(songs.message());
            chapters += songs->unlabelled;
        }
        if (chapters > 0)
            printOut(translate("hhs::cli",
                               "made %1 unlabelled song region(s) from the files' chapters\n")
                         .arg(chapters));
        printOut(translate("hhs::cli", "imported %1 file(s), %2 labelled from their folder\n")
                     .arg(imported->tracks.size())
                     .arg(imported->labelledTracks));
        return 0;
    });
}

int runTracks(const CliContext& context, const CliArgs& args)
{
    return withProject(context, [&](Project& project) {
        Result<std::vector<TrackRecord>> listed = project.tracks();
        if (!listed) return fail(listed.message());
        const std::vector<TrackRecord>& tracks = *listed;
        if (args.flag(kJson)) {
            JsonWriter json(stdout);
            json.beginArray();
            for (const TrackRecord& track : tracks)
                json.beginObject()
                    .key("id")
                    .value(track.id)
                    .key("file")
                    .value(track.fileName)
                    .key("title")
                    .value(track.title)
                    .key("path")
                    .value(track.path)
                    .key("hash")
                    .value(track.contentHash)
                    .key("format")
                    .value(track.format)
                    .key("sample_rate")
                    .value(track.sampleRate)
                    .key("channels")
                    .value(track.channels)
                    .key("duration")
                    .value(track.durationSeconds)
                    .key("state")
                    .value(trackStateName(checkTrack(track)))
                    .endObject();
            json.endArray();
            return finishJson(json);
        }
        for (const TrackRecord& track : tracks)
            printOut(QStringLiteral("%1\t%2\t%3\t%4\n")
                         .arg(track.id)
                         .arg(formatTimeText(track.durationSeconds),
                              trackStateName(checkTrack(track)), oneLine(track.path)));
        return 0;
    });
}

int runRelink(const CliContext& context, const CliArgs& args)
{
    if (args.positional().size() != 2)
        return fail(translate("hhs::cli",
                              "usage: hiphop-cli --project FILE relink TRACK NEW_PATH [--force]"));
    return withProject(context, [&](Project& project) {
        Result<TrackRecord> track = project.findTrack(args.positional()[0]);
        if (!track) return fail(track.message());
        Result<TrackRecord> relinked = project.relinkTrack(track->id, args.positional()[1],
                                                           args.flag(QStringLiteral("--force")));
        if (!relinked) return fail(relinked.message());
        printOut(translate("hhs::cli", "track %1 now reads %2\n")
                     .arg(relinked->id)
                     .arg(oneLine(relinked->path)));
        return 0;
    });
}

int listClasses(Project& project, bool asJson)
{
    Result<std::vector<ClassRecord>> listed = project.classes();
    if (!listed) return fail(listed.message());
    const std::vector<ClassRecord>& classes = *listed;
    if (asJson) {
        JsonWriter json(stdout);
        json.beginArray();
        for (const ClassRecord& record : classes)
            json.beginObject()
                .key("id")
                .value(record.id)
                .key("name")
                .value(record.name)
                .key("color")
                .value(record.color)
                .key("position")
                .value(record.position)
                .endObject();
        json.endArray();
        return finishJson(json);
    }
    for (const ClassRecord& record : classes)
        printOut(QStringLiteral("%1\t%2\t%3\n")
                     .arg(record.position)
                     .arg(record.color, oneLine(record.name)));
    return 0;
}

int runClasses(const CliContext& context, const CliArgs& args)
{
    const QStringList& words = args.positional();
    const QString action = words.value(0);
    return withProject(context, [&](Project& project) {
        Result<EditCommand> edit = makeError(QString());
        if (words.isEmpty()) {
            return listClasses(project, args.flag(kJson));
        } else if (action == QLatin1String("add") && words.size() == 2) {
            edit = project.addClass(words[1],
                                    args.value(QStringLiteral("--color")).value_or(QString()));
        } else if (action == QLatin1String("rename") && words.size() == 3) {
            edit = project.renameClass(words[1], words[2]);
        } else if (action == QLatin1String("recolor") && words.size() == 3) {
            edit = project.recolourClass(words[1], words[2]);
        } else if (action == QLatin1String("move") && words.size() == 3) {
            bool ok = false;
            const int position = words[2].toInt(&ok);
            if (!ok)
                return fail(
                    translate("hhs::cli", "\"%1\" is not a position (0 is first)").arg(words[2]));
            edit = project.moveClass(words[1], position);
        } else if (action == QLatin1String("remove") && words.size() == 2) {
            const bool withRegions = args.flag(QStringLiteral("--with-regions"));
            const bool keepRegions = args.flag(QStringLiteral("--keep-regions"));
            if (withRegions && keepRegions)
                return fail(
                    translate("hhs::cli", "choose one of --with-regions and --keep-regions"));
            edit = project.removeClass(words[1], withRegions   ? ClassRegions::Delete
                                                 : keepRegions ? ClassRegions::Unlabel
                                                               : ClassRegions::Refuse);
            if (!edit && !withRegions && !keepRegions && project.findClass(words[1]))
                return fail(edit.message() +
                            translate("hhs::cli",
                                      " (--with-regions deletes them, --keep-regions leaves "
                                      "them unlabelled)"));
        } else {
            return fail(translate("hhs::cli",
                                  "usage: hiphop-cli --project FILE classes [add NAME [--color "
                                  "#RRGGBB] | rename OLD NEW | recolor NAME #RRGGBB | move NAME "
                                  "POSITION | remove NAME [--with-regions|--keep-regions]]"));
        }
        if (!edit) return fail(edit.message());
        printOut(edit->text() + QLatin1Char('\n'));
        return 0;
    });
}

int runLabel(const CliContext& context, const CliArgs& args)
{
    const QStringList& words = args.positional();
    if (words.size() != 4)
        return fail(translate(
            "hhs::cli", "usage: hiphop-cli --project FILE label TRACK START END CLASS [--trim]"));
    Result<double> start = timeArgument(words[1]);
    if (!start) return fail(start.message());
    Result<double> end = timeArgument(words[2]);
    if (!end) return fail(end.message());
    return withProject(context, [&](Project& project) {
        Result<TrackRecord> track = project.findTrack(words[0]);
        if (!track) return fail(track.message());
        Result<EditCommand> edit = project.label(
            track->id, *start, *end, words[3],
            args.flag(QStringLiteral("--trim")) ? Overlap::TrimNeighbours : Overlap::Refuse);
        if (!edit) return fail(edit.message());
        printOut(edit->text() + QLatin1Char('\n'));
        return 0;
    });
}

int runUnlabel(const CliContext& context, const CliArgs& args)
{
    const QStringList& words = args.positional();
    if (words.size() != 3)
        return fail(
            translate("hhs::cli", "usage: hiphop-cli --project FILE unlabel TRACK START END"));
    Result<double> start = timeArgument(words[1]);
    if (!start) return fail(start.message());
    Result<double> end = timeArgument(words[2]);
    if (!end) return fail(end.message());
    return withProject(context, [&](Project& project) {
        Result<TrackRecord> track = project.findTrack(words[0]);
        if (!track) return fail(track.message());
        Result<EditCommand> edit = project.unlabel(track->id, *start, *end);
        if (!edit) return fail(edit.message());
        printOut(translate("hhs::cli", "%1: %2 region(s) changed\n")
                     .arg(edit->text())
                     .arg(edit->before().regions.size()));
        return 0;
    });
}

int runRegions(const CliContext& context, const CliArgs& args)
{
    if (args.positional().size() > 1)
        return fail(translate(
            "hhs::cli", "usage: hiphop-cli --project FILE regions [TRACK] [--json] [--predicted]"));
    return withProject(context, [&](Project& project) {
        std::optional<std::int64_t> trackId;
        if (!args.positional().isEmpty()) {
            Result<TrackRecord> track = project.findTrack(args.positional().first());
            if (!track) return fail(track.message());
            trackId = track->id;
        }
        const Layer layer =
            args.flag(QStringLiteral("--predicted")) ? Layer::Predicted : Layer::Label;
        Result<std::vector<RegionRecord>> listed = project.regions(trackId, layer);
        if (!listed) return fail(listed.message());
        const std::vector<RegionRecord>& regions = *listed;
        if (args.flag(kJson)) {
            JsonWriter json(stdout);
            json.beginArray();
            for (const RegionRecord& region : regions) {
                json.beginObject()
                    .key("id")
                    .value(region.id)
                    .key("track")
                    .value(region.trackId)
                    .key("start")
                    .value(region.start)
                    .key("end")
                    .value(region.end)
                    .key("class");
                if (region.classId)
                    json.value(region.className);
                else
                    json.null();
                json.key("name").value(region.name);
                if (region.confidence) json.key("confidence").value(*region.confidence);
                json.endObject();
            }
            json.endArray();
            return finishJson(json);
        }
        for (const RegionRecord& region : regions)
            printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                         .arg(region.id)
                         .arg(region.trackId)
                         .arg(formatTimeText(region.start), formatTimeText(region.end),
                              oneLine(region.classId ? region.className
                                                     : QStringLiteral("(%1)").arg(region.name))));
        return 0;
    });
}

int runLabels(const CliContext& context, const CliArgs& args)
{
    const QStringList& words = args.positional();
    const QString action = words.value(0);
    if (words.size() != 3 ||
        (action != QLatin1String("import") && action != QLatin1String("export")))
        return fail(translate("hhs::cli",
                              "usage: hiphop-cli --project FILE labels import TRACK FILE [--format "
                              "audacity|tracklist] | labels export TRACK FILE [--format "
                              "audacity|sv-csv]"));
    const QString formatName =
        args.value(QStringLiteral("--format")).value_or(QStringLiteral("audacity"));
    const std::optional<LabelFileFormat> format = labelFileFormat(formatName);
    const bool importing = action == QLatin1String("import");
    if (!format || (importing && *format == LabelFileFormat::SvCsv) ||
        (!importing && *format == LabelFileFormat::Tracklist))
        return fail(translate("hhs::cli",
                              "--format %1 cannot be used to %2 (import: audacity, tracklist; "
                              "export: audacity, sv-csv)")
                        .arg(formatName, action));
    return withProject(context, [&](Project& project) {
        Result<TrackRecord> track = project.findTrack(words[1]);
        if (!track) return fail(track.message());
        if (importing) {
            Result<LabelImport> imported = importLabelFile(
                project, track->id, words[2], *format,
                args.flag(QStringLiteral("--trim")) ? Overlap::TrimNeighbours : Overlap::Refuse,
                progressOnStderr(context));
            if (!imported) return fail(imported.message());
            printOut(translate("hhs::cli",
                               "imported %1 labelled and %2 unlabelled region(s), skipped %3 "
                               "line(s)\n")
                         .arg(imported->labelled)
                         .arg(imported->unlabelled)
                         .arg(imported->skipped));
            return 0;
        }
        Result<int> written = exportLabelFile(project, track->id, words[2], *format);
        if (!written) return fail(written.message());
        printOut(translate("hhs::cli", "wrote %1 region(s) to %2\n").arg(*written).arg(words[2]));
        return 0;
    });
}
} // namespace

HHS_REGISTER_COMMANDS(project, 20)
{
    const QStringList json{kJson};
    table.add(
        {QStringLiteral("import"),
         QStringLiteral("import PATH... [--classes-from-folders] [--chapters]"),
         translate("hhs::cli", "Add audio files (or every audio file in folders) to the project as "
                               "tracks."),
         translate("hhs::cli",
                   "With --classes-from-folders each sub-folder of a folder is a class "
                   "(the notebook's dataset layout) and its files are labelled with it "
                   "from start to end. Nothing is imported unless every file can be read. "
                   "With --chapters the chapters a downloader embedded in a file become "
                   "unlabelled song regions named after them."),
         {{}, {QStringLiteral("--classes-from-folders"), QStringLiteral("--chapters")}},
         runImport});
    table.add({QStringLiteral("tracks"),
               QStringLiteral("tracks [--json]"),
               translate("hhs::cli",
                         "List the tracks: id, duration, state (ok, missing, changed), path."),
               {},
               {{}, json},
               runTracks});
    table.add(
        {QStringLiteral("relink"),
         QStringLiteral("relink TRACK NEW_PATH [--force]"),
         translate("hhs::cli", "Point a track at its file's new place (--force: accept different "
                               "content)."),
         {},
         {{}, {QStringLiteral("--force")}},
         runRelink});
    table.add(
        {QStringLiteral("classes"),
         QStringLiteral("classes [--json] | classes add NAME [--color #RRGGBB] | classes "
                        "rename OLD NEW | classes remove NAME [--with-regions]"),
         translate("hhs::cli", "List, add, rename, recolour (recolor NAME #RRGGBB), reorder (move "
                               "NAME POSITION) or remove classes."),
         translate("hhs::cli", "Removing a class that labels regions needs --with-regions (delete "
                               "them) or --keep-regions (leave them unlabelled)."),
         {{QStringLiteral("--color")},
          {kJson, QStringLiteral("--with-regions"), QStringLiteral("--keep-regions")}},
         runClasses});
    table.add(
        {QStringLiteral("label"),
         QStringLiteral("label TRACK START END CLASS [--trim]"),
         translate("hhs::cli", "Label a stretch of a track (times in seconds or mm:ss.fff)."),
         translate("hhs::cli", "TRACK is a track id or its file name. An overlap with another "
                               "region is refused unless --trim cuts the neighbours back."),
         {{}, {QStringLiteral("--trim")}},
         runLabel});
    table.add({QStringLiteral("unlabel"),
               QStringLiteral("unlabel TRACK START END"),
               translate("hhs::cli",
                         "Clear the labels between two times (regions are cut back or split)."),
               {},
               {},
               runUnlabel});
    table.add(
        {QStringLiteral("regions"),
         QStringLiteral("regions [TRACK] [--json] [--predicted]"),
         translate("hhs::cli", "List labelled and unlabelled regions (or the predicted layer)."),
         translate("hhs::cli",
                   "--json: [{\"id\", \"track\", \"start\", \"end\", \"class\" (null when "
                   "unlabelled), \"name\"}], times in seconds."),
         {{}, {kJson, QStringLiteral("--predicted")}},
         runRegions});
    table.add(
        {QStringLiteral("labels"),
         QStringLiteral("labels import|export TRACK FILE [--format audacity|tracklist|sv-csv]"),
         translate("hhs::cli", "Import Audacity labels or a tracklist onto a track, or export its "
                               "labels for Audacity or Sonic Visualiser."),
         translate("hhs::cli", "import: --format audacity (default; a label naming a class labels "
                               "the region, other text names it) or tracklist (\"03:25 Artist - "
                               "Title\" lines become unlabelled songs). export: --format audacity "
                               "(default) or sv-csv. A malformed line imports nothing."),
         {{QStringLiteral("--format")}, {QStringLiteral("--trim")}},
         runLabels});
}

} // namespace hhs::cli
