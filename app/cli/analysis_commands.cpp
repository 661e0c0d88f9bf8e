// hiphop-cli's listening aids on `--project FILE`: suggest-changes (candidate song changes of a
// track, with the tempo of each suggested song) and check (slivers, small gaps, overlaps and
// unlabelled regions, fixed with --fix in one edit).
#include "analysis/song_changes.h"
#include "audio/loader.h"
#include "cli/cli_command.h"
#include "formats/json_writer.h"
#include "formats/time_text.h"
#include "jobs/text.h"
#include "project/label_check.h"
#include "project/project.h"

namespace hhs::cli {
namespace {
const QString kJson = QStringLiteral("--json");

template <typename Body> int withProject(const CliContext& context, Body body)
{
    if (context.projectPath.isEmpty())
        return fail(
            translate("hhs::cli", "this command needs a project: hiphop-cli --project FILE ..."));
    Result<std::unique_ptr<Project>> project = Project::open(context.projectPath);
    if (!project) return fail(project.message());
    return body(**project);
}

int finishJson(JsonWriter& json)
{
    if (!json.flush())
        return fail(translate("hhs::cli", "could not write the output (disk full or pipe closed)"));
    printOut(QStringLiteral("\n"));
    return 0;
}

QString bpmText(const TempoEstimate& tempo)
{
    return tempo.bpm > 0 ? QString::number(tempo.bpm, 'f', 1) : QStringLiteral("-");
}

int runSuggestChanges(const CliContext& context, const CliArgs& args)
{
    if (args.positional().size() != 1)
        return fail(translate("hhs::cli",
                              "usage: hiphop-cli --project FILE suggest-changes TRACK [--json] "
                              "[--min-strength X] [--min-spacing S]"));
    SongChangeOptions options;
    Result<double> strength =
        args.number(QStringLiteral("--min-strength"), options.minStrength, 0.0, 1.0);
    if (!strength) return fail(strength.message());
    Result<double> spacing =
        args.number(QStringLiteral("--min-spacing"), options.minSpacingSeconds, 0.0, 3600.0);
    if (!spacing) return fail(spacing.message());
    options.minStrength = *strength;
    options.minSpacingSeconds = *spacing;
    return withProject(context, [&](Project& project) {
        Result<TrackRecord> track = project.findTrack(args.positional().first());
        if (!track) return fail(track.message());
        const JobControl progress = progressOnStderr(context);
        Result<LoadedAudio> audio = loadAudio(track->path, {}, progress.part(0.0, 0.5));
        if (!audio)
            return fail(translate("hhs::cli", "cannot read track %1: %2")
                            .arg(track->id)
                            .arg(audio.message()));
        Result<SongChangeSuggestions> found =
            suggestSongChanges(audio->samples.data(), std::int64_t(audio->samples.size()),
                               audio->sampleRate, options, progress.part(0.5, 1.0));
        if (!found) return fail(found.message());
        if (args.flag(kJson)) {
            JsonWriter json(stdout);
            json.beginObject()
                .key("track")
                .value(track->id)
                .key("file")
                .value(track->fileName)
                .key("duration")
                .value(audio->durationSeconds())
                .key("changes")
                .beginArray();
            for (const SongChange& change : found->changes)
                json.beginObject()
                    .key("time")
                    .value(change.time)
                    .key("strength")
                    .value(change.strength)
                    .endObject();
            json.endArray().key("songs").beginArray();
            for (const SuggestedSong& song : found->songs) {
                json.beginObject().key("start").value(song.start).key("end").value(song.end);
                json.key("bpm");
                if (song.tempo.bpm > 0)
                    json.value(song.tempo.bpm);
                else
                    json.null();
                json.endObject();
            }
            json.endArray().endObject();
            return finishJson(json);
        }
        for (const SongChange& change : found->changes)
            printOut(QStringLiteral("change\t%1\t%2\n")
                         .arg(formatTimeText(change.time))
                         .arg(change.strength, 0, 'f', 2));
        for (const SuggestedSong& song : found->songs)
            printOut(QStringLiteral("song\t%1\t%2\t%3\n")
                         .arg(formatTimeText(song.start), formatTimeText(song.end),
                              bpmText(song.tempo)));
        return 0;
    });
}

int runCheck(const CliContext& context, const CliArgs& args)
{
    if (args.positional().size() > 1)
        return fail(translate("hhs::cli", "usage: hiphop-cli --project FILE check [TRACK] [--fix] "
                                          "[--min-length S] [--json]"));
    Result<double> minimum =
        args.number(QStringLiteral("--min-length"), kDefaultMinimumRegionSeconds, 0.0, 3600.0);
    if (!minimum) return fail(minimum.message());
    return withProject(context, [&](Project& project) {
        std::optional<std::int64_t> trackId;
        if (!args.positional().isEmpty()) {
            Result<TrackRecord> track = project.findTrack(args.positional().first());
            if (!track) return fail(track.message());
            trackId = track->id;
        }
        Result<LabelCheck> checked = checkProjectLabels(project, *minimum, trackId);
        if (!checked) return fail(checked.message());
        const LabelCheck& check = *checked;
        const bool fix = args.flag(QStringLiteral("--fix")) && check.hasFixes();
        QString editText;
        if (fix) {
            Result<EditCommand> edit = applyLabelFixes(project, check);
            if (!edit) return fail(edit.message());
            editText = edit->text();
        }
        if (args.flag(kJson)) {
            JsonWriter json(stdout);
            json.beginObject().key("minimum").value(*minimum).key("problems").beginArray();
            for (const LabelProblem& problem : check.problems) {
                json.beginObject()
                    .key("track")
                    .value(problem.trackId)
                    .key("kind")
                    .value(labelProblemKindName(problem.kind))
                    .key("start")
                    .value(problem.start)
                    .key("end")
                    .value(problem.end)
                    .key("regions")
                    .beginArray();
                for (std::int64_t id : problem.regionIds)
                    json.value(id);
                json.endArray().key("description").value(problem.description).endObject();
            }
            json.endArray().key("fixes").beginArray();
            for (const LabelFix& one : check.fixes)
                json.beginObject()
                    .key("region")
                    .value(one.regionId)
                    .key("description")
                    .value(one.description)
                    .endObject();
            json.endArray().key("fixed").value(fix).endObject();
            return finishJson(json);
        }
        for (const LabelProblem& problem : check.problems)
            printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                         .arg(problem.trackId)
                         .arg(labelProblemKindName(problem.kind), formatTimeText(problem.start),
                              formatTimeText(problem.end), problem.description));
        if (check.problems.empty())
            printOut(translate("hhs::cli",
                               "no problems (regions and gaps of at least %1 s, no overlaps, "
                               "every region labelled)\n")
                         .arg(*minimum));
        if (fix) {
            for (const LabelFix& one : check.fixes)
                printOut(translate("hhs::cli", "fixed: %1\n").arg(one.description));
            printOut(editText + QLatin1Char('\n'));
        } else if (check.hasFixes()) {
            printOut(translate("hhs::cli", "%1 fix(es) available (hiphop-cli check --fix): %2\n")
                         .arg(check.fixes.size())
                         .arg([&] {
                             QStringList list;
                             for (const LabelFix& one : check.fixes)
                                 list << one.description;
                             return list.join(QStringLiteral("; "));
                         }()));
        }
        return 0;
    });
}
} // namespace

HHS_REGISTER_COMMANDS(analysis, 25)
{
    table.add(
        {QStringLiteral("suggest-changes"),
         QStringLiteral("suggest-changes TRACK [--json] [--min-strength X] [--min-spacing "
                        "S]"),
         translate("hhs::cli", "Find candidate song changes in a track, each with a strength, and "
                               "the tempo of each song between them."),
         translate("hhs::cli", "Text: \"change TIME STRENGTH\" lines, then \"song START END BPM\" "
                               "lines. --json: {\"track\", \"file\", \"duration\", \"changes\": "
                               "[{\"time\", \"strength\"}], \"songs\": [{\"start\", \"end\", "
                               "\"bpm\"}]}, times in seconds, strength in (0, 1] (1: the track's "
                               "clearest change). --min-strength drops weaker changes (default "
                               "0.3), --min-spacing sets how close two changes may be (default "
                               "15 s)."),
         {{QStringLiteral("--min-strength"), QStringLiteral("--min-spacing")}, {kJson}},
         runSuggestChanges});
    table.add(
        {QStringLiteral("check"),
         QStringLiteral("check [TRACK] [--fix] [--min-length S] [--json]"),
         translate("hhs::cli", "List label problems: regions or gaps shorter than the minimum "
                               "(0.5 s), overlapping or unlabelled regions; --fix fixes them."),
         translate("hhs::cli", "Lines: TRACK KIND START END DESCRIPTION, KIND one of short-region, "
                               "short-gap, overlap, unlabelled. --fix joins a short region to the "
                               "neighbour it touches (or removes it), closes a short gap by "
                               "extending the region before it and starts an overlapping region "
                               "where the one before it ends, all in one edit; unlabelled regions "
                               "are left for you to label. --json: {\"minimum\", \"problems\": "
                               "[{\"track\", \"kind\", \"start\", \"end\", \"regions\", "
                               "\"description\"}], \"fixes\": [{\"region\", \"description\"}], "
                               "\"fixed\"}."),
         {{QStringLiteral("--min-length")}, {kJson, QStringLiteral("--fix")}},
         runCheck});
}

} // namespace hhs::cli
