// hiphop-cli demo DIR: writes the synthesised demo corpus for scripts and tests.
#include "cli/cli_command.h"
#include "demo/demo_corpus.h"
#include "demo/demo_project.h"
#include "jobs/text.h"

namespace hhs::cli {
namespace {

int runDemo(const CliContext& context, const CliArgs& args)
{
    if (args.positional().size() != 1)
        return fail(translate("hhs::cli", "usage: hiphop-cli demo DIR"));
    demo::CorpusOptions options;
    Result<int> clips =
        args.integer(QStringLiteral("--clips-per-style"), options.clipsPerStyle, 1, 100);
    if (!clips) return fail(clips.message());
    Result<double> clipSeconds =
        args.number(QStringLiteral("--clip-seconds"), options.clipSeconds, 1, 600);
    if (!clipSeconds) return fail(clipSeconds.message());
    Result<double> medleySeconds =
        args.number(QStringLiteral("--medley-seconds"), options.medleySeconds, 0, 7200);
    if (!medleySeconds) return fail(medleySeconds.message());
    Result<int> seed = args.integer(QStringLiteral("--seed"), int(options.seed), 0, 2147483647);
    if (!seed) return fail(seed.message());
    options.clipsPerStyle = *clips;
    options.clipSeconds = *clipSeconds;
    options.medleySeconds = *medleySeconds;
    options.seed = std::uint32_t(*seed);

    const QString dir = args.positional().first();
    if (!context.projectPath.isEmpty()) {
        Result<QString> project =
            demo::createDemoProject(dir, context.projectPath, options, progressOnStderr(context));
        if (!project) return fail(project.message());
        printOut(translate("hhs::cli",
                           "wrote the demo corpus in %1 and the project %2: %3 labelled clips "
                           "and an unlabelled medley\n")
                     .arg(dir, *project)
                     .arg(3 * options.clipsPerStyle));
        return 0;
    }
    Result<demo::CorpusFiles> files = demo::writeCorpus(dir, options, progressOnStderr(context));
    if (!files) return fail(files.message());
    printOut(translate("hhs::cli", "wrote %1 clips in %2 (one folder per style)\n")
                 .arg(files->clips.size())
                 .arg(files->clipsDir));
    if (!files->medley.isEmpty())
        printOut(translate("hhs::cli", "wrote the medley %1 and its true stretches %2\n")
                     .arg(files->medley, files->medleyTruth));
    return 0;
}
} // namespace

HHS_REGISTER_COMMANDS(demo, 80)
{
    table.add(
        {QStringLiteral("demo"),
         QStringLiteral(
             "demo DIR [--clips-per-style 10] [--clip-seconds 30] [--medley-seconds 150] "
             "[--seed 2026]"),
         translate("hhs::cli",
                   "Write the synthesised demo corpus: clips of boom bap, trap and singing in "
                   "one folder per style, and a medley of the three."),
         translate("hhs::cli",
                   "DIR/clips/<style>/*.wav can be imported with --classes-from-folders; "
                   "DIR/medley.wav is left for labelling or prediction, and "
                   "DIR/medley.labels.txt (an Audacity label track) says what it really is.\n"
                   "With --project FILE, also creates that project with the clips as labelled "
                   "tracks and the medley as an unlabelled one (what the studio opens on its "
                   "first start)."),
         {{QStringLiteral("--clips-per-style"), QStringLiteral("--clip-seconds"),
           QStringLiteral("--medley-seconds"), QStringLiteral("--seed")},
          {}},
         runDemo});
}

} // namespace hhs::cli
