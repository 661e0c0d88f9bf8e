#include "formats/time_text.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace hhs {

std::optional<double> parseTimeText(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.isEmpty() || parts.size() > 3) return std::nullopt;
    double seconds = 0;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const bool last = i == parts.size() - 1;
        const QString& part = parts[i];
        if (part.isEmpty() || part.startsWith(QLatin1Char('+')) ||
            part.startsWith(QLatin1Char('-')))
            return std::nullopt;
        const double value = last ? part.toDouble(&ok) : double(part.toUInt(&ok));
        if (!ok || !std::isfinite(value) || value < 0) return std::nullopt;
        if (i > 0 && value >= 60) return std::nullopt;
        seconds = seconds * 60 + value;
    }
    return seconds;
}

QString formatTimeText(double seconds)
{
    if (!std::isfinite(seconds)) return QStringLiteral("?");
    seconds = std::max(0.0, seconds);
    // Whole hours in double (no integer conversion can overflow, however large the time), the
    // rest in milliseconds.
    double hours = std::floor(seconds / 3600.0);
    // Far beyond any recording, hours * 3600 can round past `seconds`: the rest is then 0.
    const double rest = std::clamp(seconds - hours * 3600.0, 0.0, 3600.0);
    qint64 millis = qint64(std::llround(rest * 1000.0));
    if (millis >= 3600000) { // rounding reached the next hour
        hours += 1;
        millis -= 3600000;
    }
    const qint64 minutes = millis / 60000;
    const QString secondsText =
        QStringLiteral("%1").arg(double(millis % 60000) / 1000.0, 6, 'f', 3, QLatin1Char('0'));
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(QString::number(hours, 'f', 0))
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(secondsText);
    return QStringLiteral("%1:%2").arg(minutes).arg(secondsText);
}

} // namespace hhs
