// hiphop-cli's track commands beyond import and relink: remove-track forgets a track and its
// regions (the audio file stays on disk). On `--project FILE`.
#include "cli/cli_command.h"
#include "jobs/text.h"
#include "project/project.h"

namespace hhs::cli {
namespace {

int runRemoveTrack(const CliContext& context, const CliArgs& args)
{
    if (context.projectPath.isEmpty())
        return fail(
            translate("hhs::cli", "this command needs a project: hiphop-cli --project FILE ..."));
    if (args.positional().size() != 1)
        return fail(translate("hhs::cli", "usage: hiphop-cli --project FILE remove-track TRACK"));
    Result<std::unique_ptr<Project>> project = Project::open(context.projectPath);
    if (!project) return fail(project.message());
    Result<TrackRecord> track = (*project)->findTrack(args.positional().front());
    if (!track) return fail(track.message());
    Result<std::vector<RegionRecord>> listed = (*project)->regions(track->id);
    if (!listed) return fail(listed.message());
    const std::size_t regions = listed->size();
    Result<EditCommand> removed = (*project)->removeTrack(track->id);
    if (!removed) return fail(removed.message());
    printOut(translate("hhs::cli",
                       "removed track %1 (%2) and its %3 labelled region(s); the file stays "
                       "on disk\n")
                 .arg(track->id)
                 .arg(track->fileName)
                 .arg(regions));
    return 0;
}
} // namespace

HHS_REGISTER_COMMANDS(tracks, 21)
{
    table.add(
        {QStringLiteral("remove-track"),
         QStringLiteral("remove-track TRACK"),
         translate("hhs::cli",
                   "Forget a track (by id or file name) and its regions; the audio file "
                   "is not touched."),
         translate("hhs::cli", "The GUI's Remove Track can be undone while the project is open; "
                               "this command cannot: import the file again and its labels again."),
         {},
         runRemoveTrack});
}

} // namespace hhs::cli
