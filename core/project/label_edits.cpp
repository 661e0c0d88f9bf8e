#include "project/label_edits.h"

#include "formats/time_text.h"
#include "jobs/text.h"

#include <algorithm>
#include <cmath>

namespace hhs {
namespace {

std::vector<double> boundaries(const std::vector<RegionRecord>& regions, double duration)
{
    std::vector<double> times{0.0, duration};
    for (const RegionRecord& region : regions) {
        times.push_back(region.start);
        times.push_back(region.end);
    }
    return times;
}

// The stretch of unlabelled ground around `at`: [previous region's end or 0, next start or end).
std::pair<double, double> gapAround(const std::vector<RegionRecord>& regions, double at,
                                    double duration)
{
    double from = 0;
    double to = duration;
    for (const RegionRecord& region : regions) {
        if (region.end <= at) from = std::max(from, region.end);
        if (region.start > at) to = std::min(to, region.start);
    }
    return {from, to};
}
} // namespace

std::optional<RegionRecord> regionAt(const std::vector<RegionRecord>& regions, double at)
{
    for (const RegionRecord& region : regions)
        if (region.start <= at && at < region.end) return region;
    return std::nullopt;
}

double snapToBoundary(const std::vector<RegionRecord>& regions, double at, double duration,
                      double minimum)
{
    double best = at;
    double distance = minimum;
    for (double boundary : boundaries(regions, duration))
        if (std::abs(boundary - at) < distance) {
            distance = std::abs(boundary - at);
            best = boundary;
        }
    return best;
}

Result<RegionEdit> planCut(const std::vector<RegionRecord>& regions, std::int64_t trackId,
                           double at, double duration, double minimum)
{
    if (!std::isfinite(at) || at <= 0 || at >= duration)
        return makeError(translate("hhs::LabelEdits", "A cut must fall inside the track."));
    const double snapped = snapToBoundary(regions, at, duration, minimum);
    if (snapped != at)
        return makeError(
            translate("hhs::LabelEdits", "There is a boundary at %1 already, nearer than %2 s.")
                .arg(formatTimeText(snapped))
                .arg(minimum));
    RegionEdit edit;
    if (const std::optional<RegionRecord> region = regionAt(regions, at)) {
        RegionRecord first = *region;
        RegionRecord second = *region;
        first.end = at;
        second.id = 0;
        second.start = at;
        edit.before = {*region};
        edit.after = {first, second};
        return edit;
    }
    RegionRecord stretch;
    stretch.trackId = trackId;
    stretch.layer = Layer::Label;
    stretch.start = gapAround(regions, at, duration).first;
    stretch.end = at;
    edit.after = {stretch};
    return edit;
}

RegionEdit planCutsAt(const std::vector<RegionRecord>& regions, std::int64_t trackId,
                      std::vector<double> times, double duration, double minimum)
{
    std::sort(times.begin(), times.end());
    std::vector<double> cuts;
    for (double t : times) {
        if (!std::isfinite(t) || t <= 0 || t >= duration) continue;
        if (snapToBoundary(regions, t, duration, minimum) != t) continue;
        if (!cuts.empty() && t - cuts.back() < minimum) continue;
        cuts.push_back(t);
    }
    auto inside = [&cuts](double from, double to) {
        std::vector<double> list;
        for (double t : cuts)
            if (t > from && t < to) list.push_back(t);
        return list;
    };
    RegionEdit edit;
    for (const RegionRecord& region : regions) {
        const std::vector<double> at = inside(region.start, region.end);
        if (at.empty()) continue;
        edit.before.push_back(region);
        double from = region.start;
        for (std::size_t i = 0; i <= at.size(); ++i) {
            RegionRecord piece = region;
            if (i > 0) piece.id = 0;
            piece.start = from;
            piece.end = i < at.size() ? at[i] : region.end;
            edit.after.push_back(piece);
            from = piece.end;
        }
    }
    // The gaps: between the regions, and before the first and after the last.
    std::vector<std::pair<double, double>> covered;
    for (const RegionRecord& region : regions)
        covered.emplace_back(region.start, region.end);
    std::sort(covered.begin(), covered.end());
    double gapStart = 0;
    auto fillGap = [&](double from, double to) {
        const std::vector<double> at = inside(from, to);
        if (at.empty()) return;
        for (std::size_t i = 0; i <= at.size(); ++i) {
            RegionRecord piece;
            piece.trackId = trackId;
            piece.layer = Layer::Label;
            piece.start = i == 0 ? from : at[i - 1];
            piece.end = i < at.size() ? at[i] : to;
            edit.after.push_back(piece);
        }
    };
    for (const auto& [start, end] : covered) {
        if (start > gapStart) fillGap(gapStart, start);
        gapStart = std::max(gapStart, end);
    }
    if (gapStart < duration) fillGap(gapStart, duration);
    return edit;
}

Result<RegionEdit> planLabelAt(const std::vector<RegionRecord>& regions, std::int64_t trackId,
                               double at, double duration, const ClassRecord& label)
{
    if (!std::isfinite(at) || at < 0 || at >= duration)
        return makeError(translate("hhs::LabelEdits", "The playhead is not inside the track."));
    RegionEdit edit;
    if (const std::optional<RegionRecord> region = regionAt(regions, at)) {
        if (region->classId == label.id) return edit;
        RegionRecord labelled = *region;
        labelled.classId = label.id;
        labelled.className = label.name;
        edit.before = {*region};
        edit.after = {labelled};
        return edit;
    }
    const auto [from, to] = gapAround(regions, at, duration);
    RegionRecord stretch;
    stretch.trackId = trackId;
    stretch.layer = Layer::Label;
    stretch.start = from;
    stretch.end = to;
    stretch.classId = label.id;
    stretch.className = label.name;
    edit.after = {stretch};
    return edit;
}

} // namespace hhs
