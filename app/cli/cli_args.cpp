#include "cli/cli_args.h"

#include "jobs/text.h"

#include <cmath>

namespace hhs::cli {
Result<CliArgs> CliArgs::parse(const QStringList& words, const OptionSpec& spec)
{
    CliArgs args;
    bool onlyPositional = false;
    for (int i = 0; i < words.size(); ++i) {
        const QString& word = words[i];
        if (onlyPositional || !word.startsWith(QLatin1String("--")) || word == QLatin1String("-")) {
            args.m_positional << word;
            continue;
        }
        if (word == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        QString name = word;
        std::optional<QString> inlineValue;
        if (const int eq = word.indexOf(QLatin1Char('=')); eq > 0) {
            name = word.left(eq);
            inlineValue = word.mid(eq + 1);
        }
        if (spec.flags.contains(name)) {
            if (inlineValue)
                return makeError(translate("hhs::cli", "option %1 takes no value").arg(name));
            args.m_flags.insert(name);
        } else if (spec.valueOptions.contains(name)) {
            if (inlineValue) {
                args.m_values.insert(name, *inlineValue);
            } else if (i + 1 < words.size()) {
                args.m_values.insert(name, words[++i]);
            } else {
                return makeError(translate("hhs::cli", "option %1 needs a value").arg(name));
            }
        } else {
            return makeError(translate("hhs::cli", "unknown option %1 (see --help)").arg(name));
        }
    }
    return args;
}

std::optional<QString> CliArgs::value(const QString& name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end()) return std::nullopt;
    return *it;
}

Result<int> CliArgs::integer(const QString& name, int fallback, int min, int max) const
{
    const auto text = value(name);
    if (!text) return fallback;
    bool ok = false;
    const int parsed = text->toInt(&ok);
    if (!ok || parsed < min || parsed > max)
        return makeError(
            translate("hhs::cli", "%1 must be a whole number from %2 to %3, not \"%4\"")
                .arg(name)
                .arg(min)
                .arg(max)
                .arg(*text));
    return parsed;
}

Result<double> CliArgs::number(const QString& name, double fallback, double min, double max) const
{
    const auto text = value(name);
    if (!text) return fallback;
    bool ok = false;
    const double parsed = text->toDouble(&ok);
    if (!ok || !std::isfinite(parsed) || parsed < min || parsed > max)
        return makeError(translate("hhs::cli", "%1 must be a number from %2 to %3, not \"%4\"")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .arg(*text));
    return parsed;
}

} // namespace hhs::cli
