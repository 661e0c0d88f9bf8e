#include "cli/cli_command.h"

#include "jobs/text.h"

#include <QByteArray>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace hhs::cli {

const Command* CommandTable::find(const QString& name) const
{
    for (const Command& command : m_commands)
        if (command.name == name) return &command;
    return nullptr;
}

namespace {
std::vector<std::pair<int, CommandRegistrar>>& registrars()
{
    static std::vector<std::pair<int, CommandRegistrar>> list;
    return list;
}
} // namespace

CommandRegistration::CommandRegistration(int order, CommandRegistrar registrar)
{
    registrars().emplace_back(order, registrar);
}

CommandTable allCommands()
{
    auto list = registrars();
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    CommandTable table;
    for (const auto& entry : list)
        entry.second(table);
    return table;
}

void printOut(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stdout);
}

void printErr(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

int fail(const QString& message)
{
    std::fflush(stdout);
    printErr(translate("hhs::cli", "error: %1").arg(message) + QLatin1Char('\n'));
    return 1;
}

JobControl progressOnStderr(const CliContext& context, const CancelToken* cancel)
{
    if (context.quiet || !isatty(STDERR_FILENO)) return JobControl({}, cancel);
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    return JobControl(
        [last](double fraction, const QString& stage) {
            const auto now = std::chrono::steady_clock::now();
            if (fraction < 1.0 && now - *last < std::chrono::milliseconds(100)) return;
            *last = now;
            printErr(QStringLiteral("\r%1 %2%   ").arg(stage).arg(int(fraction * 100)));
            if (fraction >= 1.0) printErr(QStringLiteral("\r\033[K"));
        },
        cancel);
}

} // namespace hhs::cli
