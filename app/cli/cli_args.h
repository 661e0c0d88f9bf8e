// CliArgs: the parsed words of one hiphop-cli command: positional arguments, flags
// (--json) and options with values (--out FILE or --out=FILE). Unknown options are errors that
// name the option, so a typo never silently changes what a command does. GUI-free, any thread.
#pragma once

#include "jobs/result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace hhs::cli {

struct OptionSpec
{
    QStringList valueOptions; // e.g. {"--out", "--sr"}
    QStringList flags;        // e.g. {"--json"}
};

class CliArgs
{
public:
    static Result<CliArgs> parse(const QStringList& words, const OptionSpec& spec);

    const QStringList& positional() const { return m_positional; }
    bool flag(const QString& name) const { return m_flags.contains(name); }
    bool has(const QString& name) const { return m_values.contains(name); }
    std::optional<QString> value(const QString& name) const;

    // Typed options with a default; the error names the option and the text given.
    Result<int> integer(const QString& name, int fallback, int min, int max) const;
    Result<double> number(const QString& name, double fallback, double min, double max) const;

private:
    QStringList m_positional;
    QSet<QString> m_flags;
    QHash<QString, QString> m_values;
};

} // namespace hhs::cli
