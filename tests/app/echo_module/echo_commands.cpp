// A command module for tests: `echo-module WORDS...` prints its words. It proves that
// hiphop-cli finds modules, loads them only when needed, and that their commands behave like
// built-in ones (help, errors, exit status).
#include "cli/cli_command.h"

namespace hhs::cli {

HHS_REGISTER_COMMANDS(echo_module, 90)
{
    table.add({QStringLiteral("echo-module"),
               QStringLiteral("echo-module WORDS... [--fail]"),
               QStringLiteral("Prints its words (a test module)."),
               {},
               {{}, {QStringLiteral("--fail")}},
               [](const CliContext&, const CliArgs& args) {
                   if (args.flag(QStringLiteral("--fail")))
                       return fail(QStringLiteral("asked to fail"));
                   printOut(args.positional().join(QLatin1Char(' ')) + QLatin1Char('\n'));
                   return 0;
               }});
}

} // namespace hhs::cli
