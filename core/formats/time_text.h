// Times as people write them in labels and tracklists: "75", "75.5", "01:15", "1:02:03.250",
// and back ("1:15.500"). Any thread.
#pragma once

#include <QString>
#include <optional>

namespace hhs {

// The longest recording the studio takes (24 hours): a file claiming more is refused on import,
// and no time beyond it is read from a dataset or label file.
inline constexpr double kMaxTrackSeconds = 24.0 * 3600.0;

// Seconds from "ss(.fff)", "mm:ss(.fff)" or "h:mm:ss(.fff)"; nullopt for anything else
// (negative, minutes or seconds >= 60 after the first field, not a number).
std::optional<double> parseTimeText(const QString& text);

// "m:ss.fff" (or "h:mm:ss.fff" from an hour on), for messages and listings.
QString formatTimeText(double seconds);

} // namespace hhs
