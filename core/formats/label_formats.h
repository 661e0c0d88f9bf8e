// Label files other programs read and write: Audacity label tracks (import and export), Sonic
// Visualiser region CSV (export) and video tracklists ("03:25 Artist - Title", import). Pure
// text in and out, no project here: core/project/label_files.h maps them onto regions. Parsers
// refuse a malformed line with its number and what is wrong. Any thread.
#pragma once

#include "jobs/result.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace hhs {

// One region of a label file: seconds, and the text (a class name, a song title, or empty).
struct LabelSpan
{
    double start = 0;
    double end = 0;
    QString text;
};

struct AudacityLabels
{
    std::vector<LabelSpan> spans; // regions, in file order
    int pointLabels = 0;          // start == end: no region, counted and left out
    int frequencyLines = 0;       // "\<TAB>low<TAB>high" lines of spectral labels, tolerated
};

// `start<TAB>end<TAB>label` per line, seconds with a '.' decimal point. `fileName` names the
// file in messages.
Result<AudacityLabels> parseAudacityLabels(const QByteArray& text, const QString& fileName);
// The same format, six decimals as Audacity writes it; tabs and newlines in labels become spaces.
QByteArray formatAudacityLabels(const std::vector<LabelSpan>& spans);

// Sonic Visualiser's region layer as CSV: TIME,VALUE,DURATION,LABEL per line, no header (SV's
// default export), labels quoted when they hold a comma, a quote or a newline.
struct SvRegion
{
    double start = 0;
    double value = 0;
    double duration = 0;
    QString label;
};
QByteArray formatSvRegionCsv(const std::vector<SvRegion>& regions);

// A video description's tracklist: "mm:ss Title" or "h:mm:ss Title" lines in increasing order;
// other lines that do not start with a time are text and are skipped. Each song runs to the
// next one's start, the last to `durationSeconds`.
struct TracklistLine
{
    int number = 0; // 1-based
    QString text;   // trimmed
};
struct Tracklist
{
    std::vector<LabelSpan> songs;
    std::vector<TracklistLine> unread; // non-empty lines that do not start with a time
};
Result<Tracklist> parseTracklist(const QByteArray& text, const QString& fileName,
                                 double durationSeconds);

// Whole small text files (checked first: regular files of a sensible size).
Result<QByteArray> readTextFile(const QString& path);

} // namespace hhs
