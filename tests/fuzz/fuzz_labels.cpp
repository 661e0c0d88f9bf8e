// The label formats and times as text on any bytes: Audacity label tracks, tracklists, and
// parseTimeText / formatTimeText. Whatever is accepted is a region a project can hold.
#include "formats/label_formats.h"
#include "formats/time_text.h"
#include "fuzz_input.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hhs;
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    if (Result<AudacityLabels> labels = parseAudacityLabels(text, QStringLiteral("x.txt")); labels)
        for (const LabelSpan& span : labels->spans)
            if (!std::isfinite(span.start) || !std::isfinite(span.end) || span.start < 0 ||
                span.end < span.start)
                fuzz::finding("an Audacity label that is not a time range was accepted");
    if (Result<Tracklist> list = parseTracklist(text, QStringLiteral("x.txt"), 3600.0); list)
        for (const LabelSpan& song : list->songs)
            if (!(song.start >= 0 && song.end > song.start && song.end <= 3600.0 + 1e-6))
                fuzz::finding("a tracklist song outside the recording was accepted");
    const QString asText = QString::fromUtf8(text);
    if (std::optional<double> seconds = parseTimeText(asText)) {
        if (!std::isfinite(*seconds) || *seconds < 0) fuzz::finding("a time that is not a time");
        const QString shown = formatTimeText(*seconds);
        if (shown.contains(QLatin1Char('-'))) fuzz::finding("a time printed with a minus sign");
    }
    return 0;
}
