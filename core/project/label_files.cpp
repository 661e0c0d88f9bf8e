#include "project/label_files.h"

#include "audio/audio_file.h"
#include "formats/label_formats.h"
#include "formats/output_file.h"
#include "jobs/text.h"

#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace hhs {
std::optional<LabelFileFormat> labelFileFormat(const QString& name)
{
    if (name == QLatin1String("audacity")) return LabelFileFormat::Audacity;
    if (name == QLatin1String("tracklist")) return LabelFileFormat::Tracklist;
    if (name == QLatin1String("sv-csv")) return LabelFileFormat::SvCsv;
    return std::nullopt;
}

Result<LabelImport> importLabelFile(Project& project, std::int64_t trackId, const QString& path,
                                    LabelFileFormat format, Overlap overlap)
{
    Result<TrackRecord> track = project.track(trackId);
    if (!track) return track.error();
    Result<QByteArray> text = readTextFile(path);
    if (!text) return text.error();
    const QString fileName = QFileInfo(path).fileName();
    LabelImport result;
    std::vector<NewRegion> regions;
    if (format == LabelFileFormat::Audacity) {
        Result<AudacityLabels> labels = parseAudacityLabels(*text, fileName);
        if (!labels) return labels.error();
        QSet<QString> classNames;
        Result<std::vector<ClassRecord>> classes = project.classes();
        if (!classes) return classes.error();
        for (const ClassRecord& record : *classes)
            classNames.insert(record.name);
        for (const LabelSpan& span : labels->spans) {
            if (classNames.contains(span.text)) {
                regions.push_back({span.start, span.end, span.text, {}});
                ++result.labelled;
            } else {
                regions.push_back({span.start, span.end, std::nullopt, span.text});
                ++result.unlabelled;
            }
        }
        result.skipped = labels->pointLabels + labels->frequencyLines;
    } else if (format == LabelFileFormat::Tracklist) {
        Result<Tracklist> tracklist = parseTracklist(*text, fileName, track->durationSeconds);
        if (!tracklist) return tracklist.error();
        for (const LabelSpan& song : tracklist->songs)
            regions.push_back({song.start, song.end, std::nullopt, song.text});
        result.unlabelled = int(regions.size());
        result.skipped = tracklist->skippedLines;
    } else {
        return makeError(
            translate("hhs::LabelFiles", "Sonic Visualiser CSV can be exported, not imported"));
    }
    if (regions.empty())
        return makeError(
            translate("hhs::LabelFiles", "%1 holds no regions to import").arg(quoted(path)));
    Result<EditCommand> edit =
        project.addRegions(trackId, regions, overlap,
                           translate("hhs::LabelFiles", "Import labels from %1").arg(fileName));
    if (!edit)
        return makeError(translate("hhs::LabelFiles", "%1: %2 (nothing was imported)")
                             .arg(quoted(path), edit.message()));
    result.edit = std::move(*edit);
    return result;
}

Result<LabelImport> importChapters(Project& project, std::int64_t trackId, Overlap overlap)
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
    Result<EditCommand> edit =
        project.addRegions(trackId, regions, overlap,
                           translate("hhs::LabelFiles", "Import chapters from %1").arg(fileName));
    if (!edit)
        return makeError(translate("hhs::LabelFiles", "%1: %2 (no chapter was imported)")
                             .arg(quoted(track->path), edit.message()));
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
