#include "formats/label_formats.h"

#include "formats/input_file.h"
#include "formats/time_text.h"
#include "jobs/text.h"

#include <QFile>
#include <QRegularExpression>
#include <cmath>

namespace hhs {
namespace {

// Lines without the BOM and without '\r' of CRLF files. They point into `text` (no copy of a
// million-line file), so `text` must outlive them.
QList<QByteArray> textLines(const QByteArray& text)
{
    qsizetype from = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QList<QByteArray> lines;
    lines.reserve(text.count('\n') + 1);
    for (;;) {
        const qsizetype newline = text.indexOf('\n', from);
        qsizetype end = newline < 0 ? text.size() : newline;
        if (end > from && text[end - 1] == '\r') --end;
        lines.push_back(QByteArray::fromRawData(text.constData() + from, end - from));
        if (newline < 0) return lines;
        from = newline + 1;
    }
}

std::optional<double> parseSeconds(const QByteArray& field)
{
    bool ok = false;
    const double value = QString::fromUtf8(field.trimmed()).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0) return std::nullopt;
    return value;
}

QString lineError(const QString& fileName, int line, const QString& what)
{
    return translate("hhs::LabelFormats", "%1, line %2: %3 (nothing was imported)")
        .arg(quoted(fileName))
        .arg(line)
        .arg(what);
}

QString seconds(double value)
{
    return QString::number(value, 'f', 6);
}
} // namespace

Result<AudacityLabels> parseAudacityLabels(const QByteArray& text, const QString& fileName)
{
    AudacityLabels labels;
    const QList<QByteArray> lines = textLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const int number = i + 1;
        if (line.trimmed().isEmpty()) continue;
        if (line.startsWith('\\')) {
            ++labels.frequencyLines;
            continue;
        }
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 2)
            return makeError(lineError(
                fileName, number,
                translate("hhs::LabelFormats", "expected start<TAB>end<TAB>label, found \"%1\"")
                    .arg(QString::fromUtf8(line))));
        const std::optional<double> start = parseSeconds(fields[0]);
        const std::optional<double> end = parseSeconds(fields[1]);
        if (!start || !end)
            return makeError(
                lineError(fileName, number,
                          translate("hhs::LabelFormats",
                                    "\"%1\" and \"%2\" must be times in seconds such as 12.5")
                              .arg(QString::fromUtf8(fields[0]), QString::fromUtf8(fields[1]))));
        if (*end < *start)
            return makeError(lineError(
                fileName, number,
                translate("hhs::LabelFormats", "the label ends (%1) before it starts (%2)")
                    .arg(*end)
                    .arg(*start)));
        if (*end == *start) {
            ++labels.pointLabels;
            continue;
        }
        const QString label =
            fields.size() > 2 ? QString::fromUtf8(fields.mid(2).join('\t')).trimmed() : QString();
        labels.spans.push_back({*start, *end, label});
    }
    return labels;
}

QByteArray formatAudacityLabels(const std::vector<LabelSpan>& spans)
{
    QByteArray out;
    for (const LabelSpan& span : spans) {
        QString label = span.text;
        label.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\r'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += seconds(span.start).toUtf8() + '\t' + seconds(span.end).toUtf8() + '\t' +
               label.toUtf8() + '\n';
    }
    return out;
}

QByteArray formatSvRegionCsv(const std::vector<SvRegion>& regions)
{
    QByteArray out;
    for (const SvRegion& region : regions) {
        QString label = region.label;
        if (label.contains(QLatin1Char(',')) || label.contains(QLatin1Char('"')) ||
            label.contains(QLatin1Char('\n')) || label.contains(QLatin1Char('\r')))
            label = QLatin1Char('"') + label.replace(QLatin1String("\""), QLatin1String("\"\"")) +
                    QLatin1Char('"');
        out += (seconds(region.start) + QLatin1Char(',') + QString::number(region.value) +
                QLatin1Char(',') + seconds(region.duration) + QLatin1Char(',') + label)
                   .toUtf8() +
               '\n';
    }
    return out;
}

Result<Tracklist> parseTracklist(const QByteArray& text, const QString& fileName,
                                 double durationSeconds)
{
    // A time is 1-2 digit minutes or hours, then ":ss" or ":mm:ss"; anything else that starts
    // with digits and a colon is a time written wrongly.
    static const QRegularExpression timeLike(QStringLiteral("^\\d+:\\S*$"));
    static const QRegularExpression separators(QStringLiteral("^[\\s\\-–—|:.)\\]]+"));
    Tracklist tracklist;
    const QList<QByteArray> lines = textLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        const int number = i + 1;
        if (line.isEmpty()) continue;
        const int space = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
        const QString token = space < 0 ? line : line.left(space);
        if (!timeLike.match(token).hasMatch()) {
            tracklist.unread.push_back({number, line});
            continue;
        }
        const std::optional<double> start = parseTimeText(token);
        if (!start || !token.contains(QLatin1Char(':')))
            return makeError(lineError(fileName, number,
                                       translate("hhs::LabelFormats",
                                                 "\"%1\" is not a time of the form mm:ss or "
                                                 "h:mm:ss")
                                           .arg(token)));
        QString title = space < 0 ? QString() : line.mid(space);
        title.remove(separators);
        title = title.trimmed();
        if (title.isEmpty())
            return makeError(
                lineError(fileName, number,
                          translate("hhs::LabelFormats", "no title after the time %1").arg(token)));
        if (!tracklist.songs.empty() && *start <= tracklist.songs.back().start)
            return makeError(lineError(
                fileName, number,
                translate("hhs::LabelFormats", "%1 does not come after the previous song's "
                                               "start (%2)")
                    .arg(token, formatTimeText(tracklist.songs.back().start))));
        if (*start >= durationSeconds)
            return makeError(lineError(
                fileName, number,
                translate("hhs::LabelFormats", "%1 is after the end of the recording (%2)")
                    .arg(token, formatTimeText(durationSeconds))));
        if (!tracklist.songs.empty()) tracklist.songs.back().end = *start;
        tracklist.songs.push_back({*start, durationSeconds, title});
    }
    if (tracklist.songs.empty())
        return makeError(
            translate("hhs::LabelFormats", "%1 has no lines of the form \"mm:ss Artist - Title\"")
                .arg(quoted(fileName)));
    return tracklist;
}

Result<QByteArray> readTextFile(const QString& path)
{
    if (Status usable = checkInputFile(path, kMaxTextFileBytes, false); !usable)
        return usable.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(translate("hhs::LabelFormats", "cannot read %1: %2")
                             .arg(quoted(path), file.errorString()));
    return file.readAll();
}

} // namespace hhs
