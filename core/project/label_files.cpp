#include "project/label_files.h"

#include "audio/audio_file.h"
#include "formats/label_formats.h"
#include "formats/output_file.h"
#include "jobs/text.h"

#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <climits>
#include <functional>

namespace hhs {
std::optional<LabelFileFormat> labelFileFormat(const QString& name)
{
    if (name == QLatin1String("audacity")) return LabelFileFormat::Audacity;
    if (name == QLatin1String("tracklist")) return LabelFileFormat::Tracklist;
    if (name == QLatin1String("sv-csv")) return LabelFileFormat::SvCsv;
    return std::nullopt;
}

namespace {
// Where label text comes from: a file (read only when needed, and let go once parsed) or text
// the user pasted. `name` is the file's name in line errors and the undo step's text; `shown`
// names it in messages (the quoted path for a file).
struct LabelSource
{
    QString name;
    QString shown;
    std::function<Result<QByteArray>()> read;
};

// The regions the source describes, with the counts of what it held. The text and its parsed
// lines are gone when this returns: only the regions stay for the edit.
Result<LabelImport> regionsOf(const Project& project, const TrackRecord& track,
                              const LabelSource& source, LabelFileFormat format,
                              std::vector<NewRegion>& regions)
{
    LabelImport result;
    if (format == LabelFileFormat::Audacity) {
        Result<AudacityLabels> labels = [&]() -> Result<AudacityLabels> {
            Result<QByteArray> text = source.read();
            if (!text) return text.error();
            return parseAudacityLabels(*text, source.name);
        }();
        if (!labels) return labels.error();
        QSet<QString> classNames;
        Result<std::vector<ClassRecord>> classes = project.classes();
        if (!classes) return classes.error();
        for (const ClassRecord& record : *classes)
            classNames.insert(record.name);
        regions.reserve(labels->spans.size());
        for (LabelSpan& span : labels->spans) {
            // A class's name is held once, shared by every region that names it.
            if (const auto named = classNames.constFind(span.text); named != classNames.cend()) {
                regions.push_back({span.start, span.end, *named, {}});
                ++result.labelled;
            } else {
                regions.push_back({span.start, span.end, std::nullopt, std::move(span.text)});
                ++result.unlabelled;
            }
        }
        result.skipped = labels->pointLabels + labels->frequencyLines;
    } else if (format == LabelFileFormat::Tracklist) {
        Result<Tracklist> tracklist = [&]() -> Result<Tracklist> {
            Result<QByteArray> text = source.read();
            if (!text) return text.error();
            return parseTracklist(*text, source.name, track.durationSeconds);
        }();
        if (!tracklist) return tracklist.error();
        regions.reserve(tracklist->songs.size());
        for (LabelSpan& song : tracklist->songs)
            regions.push_back({song.start, song.end, std::nullopt, std::move(song.text)});
        result.unlabelled = int(regions.size());
        result.skipped = int(tracklist->unread.size());
    } else {
        return makeError(
            translate("hhs::LabelFiles", "Sonic Visualiser CSV can be exported, not imported"));
    }
    return result;
}

Result<LabelImport> importFrom(Project& project, std::int64_t trackId, const LabelSource& source,
                               LabelFileFormat format, Overlap overlap, const JobControl& job)
{
    Result<TrackRecord> track = project.track(trackId);
    if (!track) return track.error();
    job.report(0, translate("hhs::LabelFiles", "Reading %1").arg(source.name));
    std::vector<NewRegion> regions;
    Result<LabelImport> result = regionsOf(project, *track, source, format, regions);
    if (!result) return result;
    if (job.cancelled()) return cancelledError();
    if (regions.empty())
        return makeError(
            translate("hhs::LabelFiles", "%1 holds no regions to import").arg(source.shown));
    const int count = regions.size() > std::size_t(INT_MAX) ? INT_MAX : int(regions.size());
    job.report(0.2, translate("hhs::LabelFiles", "Writing %n region(s)", nullptr, count));
    Result<EditCommand> edit = project.addRegions(
        trackId, std::move(regions), overlap,
        translate("hhs::LabelFiles", "Import labels from %1").arg(source.name), job.part(0.2, 1));
    if (!edit) {
        if (edit.cancelled()) return edit.error();
        return makeError(translate("hhs::LabelFiles", "%1: %2 (nothing was imported)")
                             .arg(source.shown, edit.message()));
    }
    result->edit = std::move(*edit);
    return result;
}
} // namespace

Result<LabelImport> importLabelFile(Project& project, std::int64_t trackId, const QString& path,
                                    LabelFileFormat format, Overlap overlap, const JobControl& job)
{
    const LabelSource file{QFileInfo(path).fileName(), quoted(path),
                           [&path] { return readTextFile(path); }};
    return importFrom(project, trackId, file, format, overlap, job);
}

Result<LabelImport> importTracklistText(Project& project, std::int64_t trackId,
                                        const QByteArray& text, const QString& sourceName,
                                        Overlap overlap, const JobControl& job)
{
    const LabelSource pasted{sourceName, sourceName, [&text] { return Result<QByteArray>(text); }};
    return importFrom(project, trackId, pasted, LabelFileFormat::Tracklist, overlap, job);
}

Result<LabelImport> importChapters(Project& project, std::int64_t trackId, Overlap overlap,
                                   const JobControl& job)
{
    Result<TrackRecord> track = project.track(trackId);
    if (!track) return track.error();
    Result<AudioInfo> info = probeAudio(track->path);
    if (!info) return info.error();
    LabelImport result;
    std::vector<NewRegion> regions;
    for (std::size_t c = 0; c < info->chapters.size(); ++c) {
        const AudioChapter& chapter = info->chapters[c];
        const double start = std::max(0.0, chapter.startSeconds);
        const double end = std::min(chapter.endSeconds, track->durationSeconds);
        if (!(end > start)) {
            ++result.skipped;
            continue;
        }
        const QString name = chapter.title.trimmed().isEmpty()
                                 ? translate("hhs::LabelFiles", "Chapter %1").arg(c + 1)
                                 : chapter.title.trimmed();
        regions.push_back({start, end, std::nullopt, name});
    }
    if (regions.empty())
        return makeError(
            translate("hhs::LabelFiles", "%1 has no chapters to import").arg(quoted(track->path)));
    result.unlabelled = int(regions.size());
    const QString fileName = QFileInfo(track->path).fileName();
    Result<EditCommand> edit = project.addRegions(
        trackId, std::move(regions), overlap,
        translate("hhs::LabelFiles", "Import chapters from %1").arg(fileName), job);
    if (!edit) {
        if (edit.cancelled()) return edit.error();
        return makeError(translate("hhs::LabelFiles", "%1: %2 (no chapter was imported)")
                             .arg(quoted(track->path), edit.message()));
    }
    result.edit = std::move(*edit);
    return result;
}

Result<int> exportLabelFile(const Project& project, std::int64_t trackId, const QString& path,
                            LabelFileFormat format)
{
    Result<TrackRecord> track = project.track(trackId);
    if (!track) return track.error();
    Result<std::vector<RegionRecord>> listed = project.regions(trackId);
    if (!listed) return listed.error();
    const std::vector<RegionRecord>& regions = *listed;
    QByteArray bytes;
    if (format == LabelFileFormat::Audacity) {
        std::vector<LabelSpan> spans;
        for (const RegionRecord& region : regions)
            spans.push_back(
                {region.start, region.end, region.classId ? region.className : region.name});
        bytes = formatAudacityLabels(spans);
    } else if (format == LabelFileFormat::SvCsv) {
        std::vector<SvRegion> rows;
        Result<std::vector<ClassRecord>> listedClasses = project.classes();
        if (!listedClasses) return listedClasses.error();
        const std::vector<ClassRecord>& classes = *listedClasses;
        for (const RegionRecord& region : regions) {
            int value = 0;
            for (std::size_t i = 0; i < classes.size(); ++i)
                if (region.classId && classes[i].id == *region.classId) value = int(i) + 1;
            rows.push_back({region.start, double(value), region.end - region.start,
                            region.classId ? region.className : region.name});
        }
        bytes = formatSvRegionCsv(rows);
    } else {
        return makeError(translate("hhs::LabelFiles", "a tracklist can be imported, not exported"));
    }
    if (Status written = writeFileAtomically(path, bytes); !written) return written.error();
    return int(regions.size());
}

} // namespace hhs
