// hiphop-cli: HipHop Studio without a window. `hiphop-cli [--project FILE] COMMAND ...`.
#include "cli/cli_command.h"
#include "jobs/text.h"
#include "jobs/thread_pools.h"
#include "language/translations.h"

#include <QCoreApplication>
#include <csignal>
#include <exception>
#include <new>

namespace {
using namespace hhs::cli;
using hhs::translate;

QString version()
{
    return QStringLiteral("hiphop-cli %1").arg(QStringLiteral(HHS_VERSION));
}

QString commandHelp(const Command& command)
{
    QString text = translate("hhs::cli", "usage: hiphop-cli [--project FILE] %1\n\n%2\n")
                       .arg(command.usage, command.summary);
    if (!command.details.isEmpty()) text += QLatin1Char('\n') + command.details + QLatin1Char('\n');
    return text;
}

QString generalHelp(const CommandTable& table)
{
    QString text =
        translate("hhs::cli", "usage: hiphop-cli [--project FILE] [--quiet] COMMAND [ARGS...]\n"
                              "       hiphop-cli COMMAND --help\n\n"
                              "HipHop Studio without a window: load audio as librosa does, compute "
                              "MFCC, keep labels in a project, train and predict.\n\n"
                              "Commands:\n");
    for (const Command& command : table.commands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.usage, command.summary);
    text += translate("hhs::cli",
                      "\nGlobal options:\n"
                      "  --project FILE   the project file (created when it does not exist)\n"
                      "  --quiet          no progress lines on stderr\n"
                      "  --help, --version\n");
    return text;
}

int run(const QStringList& words)
{
    const CommandTable table = allCommands();

    CliContext context;
    int i = 0;
    for (; i < words.size(); ++i) {
        const QString& word = words[i];
        if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
            printOut(generalHelp(table));
            return 0;
        }
        if (word == QLatin1String("--version")) {
            printOut(version() + QLatin1Char('\n'));
            return 0;
        }
        if (word == QLatin1String("--quiet")) {
            context.quiet = true;
        } else if (word == QLatin1String("--project") ||
                   word.startsWith(QLatin1String("--project="))) {
            if (word.contains(QLatin1Char('='))) {
                context.projectPath = word.mid(word.indexOf(QLatin1Char('=')) + 1);
            } else if (i + 1 < words.size()) {
                context.projectPath = words[++i];
            } else {
                return fail(translate("hhs::cli", "option --project needs a file"));
            }
        } else if (word.startsWith(QLatin1String("--"))) {
            return fail(
                translate("hhs::cli", "unknown option %1 (see hiphop-cli --help)").arg(word));
        } else {
            break;
        }
    }
    if (i >= words.size()) {
        printErr(generalHelp(table));
        return 1;
    }
    const Command* command = table.find(words[i]);
    if (!command)
        return fail(
            translate("hhs::cli", "unknown command \"%1\" (see hiphop-cli --help)").arg(words[i]));
    const QStringList rest = words.mid(i + 1);
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        printOut(commandHelp(*command));
        return 0;
    }
    if (rest.contains(QLatin1String("--version"))) {
        printOut(version() + QLatin1Char('\n'));
        return 0;
    }
    hhs::Result<CliArgs> args = CliArgs::parse(rest, command->options);
    if (!args) return fail(args.message());
    return command->run(context, *args);
}

} // namespace

int main(int argc, char** argv)
{
    hhs::useOwnThreadPolicies(argv);
    // A closed pipe (`hiphop-cli mfcc x.wav | head`) is a write error, not a signal.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hiphop-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HHS_VERSION));
    hhs::installTranslations();
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words << QString::fromUtf8(argv[i]);
    try {
        const int status = run(words);
        if (std::fflush(stdout) != 0 && status == 0)
            return fail(
                translate("hhs::cli", "could not write the output (disk full or pipe closed)"));
        return status;
    } catch (const std::bad_alloc&) {
        return fail(translate("hhs::cli", "out of memory"));
    } catch (const std::exception& e) {
        return fail(translate("hhs::cli", "internal error: %1").arg(QString::fromUtf8(e.what())));
    }
}
