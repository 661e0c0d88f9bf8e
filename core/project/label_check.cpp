#include "project/label_check.h"

#include "formats/time_text.h"
#include "jobs/text.h"
#include "project/project.h"

#include <algorithm>
#include <map>

namespace hhs {
namespace {
// Times closer than this are the same time (the project stores seconds as doubles).
constexpr double kSameTime = 1e-6;

QString span(double start, double end)
{
    return QStringLiteral("%1–%2").arg(formatTimeText(start), formatTimeText(end));
}

QString describe(const RegionRecord& region)
{
    return translate("hhs::LabelCheck", "region %1 (%2%3)")
        .arg(region.id)
        .arg(span(region.start, region.end),
             region.classId ? QStringLiteral(", ") + region.className : QString());
}

bool byStart(const RegionRecord& a, const RegionRecord& b)
{
    return a.start != b.start ? a.start < b.start : a.id < b.id;
}

void findProblems(const std::vector<RegionRecord>& sorted, double minimum,
                  std::optional<double> duration, std::vector<LabelProblem>& problems)
{
    const std::int64_t track = sorted.front().trackId;
    auto add = [&](LabelProblemKind kind, double start, double end, std::vector<std::int64_t> ids,
                   QString text) {
        problems.push_back({kind, track, start, end, std::move(ids), std::move(text)});
    };
    if (duration && sorted.front().start > kSameTime && sorted.front().start < minimum)
        add(LabelProblemKind::ShortGap, 0, sorted.front().start, {sorted.front().id},
            translate("hhs::LabelCheck", "a gap of %1 s before %2")
                .arg(sorted.front().start, 0, 'f', 3)
                .arg(describe(sorted.front())));
    const RegionRecord* latest = nullptr; // the region reaching furthest so far
    for (const RegionRecord& region : sorted) {
        const double length = region.end - region.start;
        if (length < minimum)
            add(LabelProblemKind::ShortRegion, region.start, region.end, {region.id},
                translate("hhs::LabelCheck", "%1 is only %2 s long")
                    .arg(describe(region))
                    .arg(length, 0, 'f', 3));
        if (!region.classId)
            add(LabelProblemKind::Unlabelled, region.start, region.end, {region.id},
                region.name.isEmpty()
                    ? translate("hhs::LabelCheck", "%1 has no class").arg(describe(region))
                    : translate("hhs::LabelCheck", "%1 (%2) has no class")
                          .arg(describe(region), region.name));
        if (latest) {
            if (region.start < latest->end - kSameTime) {
                add(LabelProblemKind::Overlap, region.start, std::min(latest->end, region.end),
                    {latest->id, region.id},
                    translate("hhs::LabelCheck", "%1 overlaps %2")
                        .arg(describe(region), describe(*latest)));
            } else if (region.start - latest->end > kSameTime &&
                       region.start - latest->end < minimum) {
                add(LabelProblemKind::ShortGap, latest->end, region.start, {latest->id, region.id},
                    translate("hhs::LabelCheck", "a gap of %1 s between %2 and %3")
                        .arg(region.start - latest->end, 0, 'f', 3)
                        .arg(describe(*latest), describe(region)));
            }
        }
        if (!latest || region.end > latest->end) latest = &region;
    }
    if (duration && latest && *duration - latest->end > kSameTime &&
        *duration - latest->end < minimum)
        add(LabelProblemKind::ShortGap, latest->end, *duration, {latest->id},
            translate("hhs::LabelCheck", "a gap of %1 s after %2")
                .arg(*duration - latest->end, 0, 'f', 3)
                .arg(describe(*latest)));
}

// The fixed regions of one track (sorted, free of overlaps, slivers and small gaps); `fixes`
// gets what was done in words.
std::vector<RegionRecord> fixRegions(std::vector<RegionRecord> work, double minimum,
                                     std::optional<double> duration, std::vector<LabelFix>& fixes)
{
    // Overlaps: a region starts where the one before it ends, or goes when inside it.
    std::vector<RegionRecord> clean;
    for (RegionRecord& region : work) {
        if (!clean.empty() && region.start < clean.back().end - kSameTime) {
            if (region.end <= clean.back().end + kSameTime) {
                fixes.push_back(
                    {region.id, translate("hhs::LabelCheck", "remove %1, which lies inside %2")
                                    .arg(describe(region), describe(clean.back()))});
                continue;
            }
            fixes.push_back(
                {region.id, translate("hhs::LabelCheck", "start %1 at %2, where %3 ends")
                                .arg(describe(region), formatTimeText(clean.back().end),
                                     describe(clean.back()))});
            region.start = clean.back().end;
        }
        clean.push_back(region);
    }
    // Slivers: each joins a neighbour it touches (within the minimum) or goes.
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < clean.size(); ++i) {
            const RegionRecord region = clean[i];
            if (region.end - region.start >= minimum) continue;
            const bool before = i > 0 && region.start - clean[i - 1].end < minimum;
            const bool after = i + 1 < clean.size() && clean[i + 1].start - region.end < minimum;
            const bool afterFirst = after && (!before || (clean[i + 1].classId == region.classId &&
                                                          clean[i - 1].classId != region.classId));
            if (afterFirst) {
                fixes.push_back(
                    {region.id, translate("hhs::LabelCheck", "join %1 to %2 (it starts at %3)")
                                    .arg(describe(region), describe(clean[i + 1]),
                                         formatTimeText(region.start))});
                clean[i + 1].start = region.start;
            } else if (before) {
                fixes.push_back(
                    {region.id, translate("hhs::LabelCheck", "join %1 to %2 (it ends at %3)")
                                    .arg(describe(region), describe(clean[i - 1]),
                                         formatTimeText(region.end))});
                clean[i - 1].end = std::max(clean[i - 1].end, region.end);
            } else {
                fixes.push_back(
                    {region.id, translate("hhs::LabelCheck", "remove %1, shorter than %2 s and "
                                                             "touching no other region")
                                    .arg(describe(region))
                                    .arg(minimum)});
            }
            clean.erase(clean.begin() + std::ptrdiff_t(i));
            changed = true;
            break;
        }
    }
    // Small gaps: the region before a gap reaches the next one (the first goes back to 0, the
    // last on to the track's end).
    for (std::size_t i = 0; i < clean.size(); ++i) {
        RegionRecord& region = clean[i];
        if (i == 0 && duration && region.start > kSameTime && region.start < minimum) {
            fixes.push_back(
                {region.id,
                 translate("hhs::LabelCheck", "start %1 at 0:00.000").arg(describe(region))});
            region.start = 0;
        }
        const double next = i + 1 < clean.size() ? clean[i + 1].start
                            : duration           ? *duration
                                                 : region.end;
        if (next - region.end > kSameTime && next - region.end < minimum) {
            fixes.push_back({region.id, translate("hhs::LabelCheck", "extend %1 to %2")
                                            .arg(describe(region), formatTimeText(next))});
            region.end = next;
        }
    }
    return clean;
}
} // namespace

QString labelProblemKindName(LabelProblemKind kind)
{
    switch (kind) {
    case LabelProblemKind::ShortRegion:
        return QStringLiteral("short-region");
    case LabelProblemKind::ShortGap:
        return QStringLiteral("short-gap");
    case LabelProblemKind::Overlap:
        return QStringLiteral("overlap");
    case LabelProblemKind::Unlabelled:
        return QStringLiteral("unlabelled");
    }
    return {};
}

LabelCheck checkLabels(const std::vector<RegionRecord>& regions, double minimumSeconds,
                       std::optional<double> trackDuration)
{
    LabelCheck check;
    if (regions.empty()) return check;
    std::vector<RegionRecord> sorted = regions;
    std::sort(sorted.begin(), sorted.end(), byStart);
    findProblems(sorted, minimumSeconds, trackDuration, check.problems);

    const std::vector<RegionRecord> fixed =
        fixRegions(sorted, minimumSeconds, trackDuration, check.fixes);
    std::map<std::int64_t, const RegionRecord*> kept;
    for (const RegionRecord& region : fixed)
        kept[region.id] = &region;
    for (const RegionRecord& region : sorted) {
        const auto it = kept.find(region.id);
        if (it == kept.end()) {
            check.before.regions.push_back(region);
        } else if (it->second->start != region.start || it->second->end != region.end) {
            check.before.regions.push_back(region);
            check.after.regions.push_back(*it->second);
        }
    }
    return check;
}

Result<LabelCheck> checkProjectLabels(const Project& project, double minimumSeconds,
                                      std::optional<std::int64_t> trackId)
{
    LabelCheck all;
    Result<std::vector<TrackRecord>> tracks = project.tracks();
    if (!tracks) return tracks.error();
    for (const TrackRecord& track : *tracks) {
        if (trackId && track.id != *trackId) continue;
        Result<std::vector<RegionRecord>> regions = project.regions(track.id, Layer::Label);
        if (!regions) return regions.error();
        LabelCheck one =
            checkLabels(*regions, minimumSeconds,
                        track.durationSeconds > 0 ? std::optional<double>(track.durationSeconds)
                                                  : std::nullopt);
        auto move = [](auto& from, auto& to) {
            to.insert(to.end(), std::make_move_iterator(from.begin()),
                      std::make_move_iterator(from.end()));
        };
        move(one.problems, all.problems);
        move(one.fixes, all.fixes);
        move(one.before.regions, all.before.regions);
        move(one.after.regions, all.after.regions);
    }
    return all;
}

Result<EditCommand> applyLabelFixes(Project& project, const LabelCheck& check)
{
    return project.replaceRegions(
        check.before.regions, check.after.regions,
        translate("hhs::LabelCheck", "Fix %n label problem(s)", nullptr, int(check.fixes.size())));
}

} // namespace hhs
