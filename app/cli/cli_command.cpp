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

QString oneLine(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
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
    struct Shown
    {
        std::chrono::steady_clock::time_point when;
        QString stage; // the last stage named: a report without one keeps it
    };
    auto last = std::make_shared<Shown>();
    return JobControl(
        [last](double fraction, const QString& stage) {
            if (!stage.isEmpty()) last->stage = stage;
            const auto now = std::chrono::steady_clock::now();
            if (fraction < 1.0 && now - last->when < std::chrono::milliseconds(100)) return;
            last->when = now;
            printErr(QStringLiteral("\r%1 %2%   ").arg(last->stage).arg(int(fraction * 100)));
            if (fraction >= 1.0) printErr(QStringLiteral("\r\033[K"));
        },
        cancel);
}

} // namespace hhs::cli
