// The command table of hiphop-cli. Each area (audio, project, training) registers its commands
// from its own file; main() parses the global options, finds the command and runs it.
// Commands print results to stdout and return 0, or return fail(message) for an error.
#pragma once

#include "cli/cli_args.h"
#include "jobs/job.h"

#include <QString>
#include <functional>
#include <vector>

namespace hhs::cli {

struct CliContext
{
    QString projectPath; // from --project, empty when not given
    bool quiet = false;  // --quiet: no progress on stderr
};

struct Command
{
    QString name;    // "info", "classes", ...
    QString usage;   // "info FILE"
    QString summary; // one line for the command list
    QString details; // extra help text (may be empty)
    OptionSpec options;
    std::function<int(const CliContext&, const CliArgs&)> run;
};

class CommandTable
{
public:
    void add(Command command) { m_commands.push_back(std::move(command)); }
    const Command* find(const QString& name) const;
    const std::vector<Command>& commands() const { return m_commands; }

private:
    std::vector<Command> m_commands;
};

// Every command file registers its commands at start-up:
//   HHS_REGISTER_COMMANDS(audio, 10) { table.add({...}); }
// The number orders the areas in --help (lower first).
using CommandRegistrar = void (*)(CommandTable& table);
struct CommandRegistration
{
    CommandRegistration(int order, CommandRegistrar registrar);
};
// All registered commands, in registration order.
CommandTable allCommands();

#define HHS_REGISTER_COMMANDS(area, order)                                                         \
    static void hhsRegister_##area(::hhs::cli::CommandTable& table);                               \
    static const ::hhs::cli::CommandRegistration hhsRegistration_##area(order,                     \
                                                                        &hhsRegister_##area);      \
    static void hhsRegister_##area(::hhs::cli::CommandTable& table)

// Output helpers: UTF-8 on stdout/stderr.
void printOut(const QString& text); // adds nothing; include "\n" yourself
void printErr(const QString& text);
// A name or path as one field of a text listing: control characters (a newline or tab in a
// file name) written as \n, \t, \r or \xHH and a backslash as \\, so every record stays one
// line of tab-separated fields. --json gives such text exactly.
QString oneLine(const QString& text);
// Prints "error: <message>" on stderr and returns the exit status 1.
int fail(const QString& message);
// Progress for long commands: a line on stderr that rewrites itself when stderr is a terminal,
// otherwise nothing (so logs stay clean). Disabled by --quiet.
JobControl progressOnStderr(const CliContext& context, const CancelToken* cancel = nullptr);

} // namespace hhs::cli
