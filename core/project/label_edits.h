// The label layer's one-key edits, planned on a track's regions (label layer, by start, as
// Project::regions() gives them) for Project::replaceRegions(): cut at a time (the region there
// splits in two, both keeping their class; on unlabelled ground the stretch since the previous
// boundary becomes an unlabelled region), label the stretch at a time (the region there, or the
// whole gap), and snap a time to a boundary nearer than the minimum, so edits made at listening
// speed leave no slivers. Plain functions on values: any thread.
#pragma once

#include "jobs/result.h"
#include "project/records.h"

#include <optional>
#include <vector>

namespace hhs {

// Rows to write over: `before` as read, `after` changed or new (id 0). Both empty: nothing to do.
struct RegionEdit
{
    std::vector<RegionRecord> before;
    std::vector<RegionRecord> after;

    bool empty() const { return before.empty() && after.empty(); }
};

// The nearest region boundary (or the track's start or end) within `minimum` of `at`; `at` when
// none is that near.
double snapToBoundary(const std::vector<RegionRecord>& regions, double at, double duration,
                      double minimum);

// A boundary at `at` on a track of `duration` seconds. Refused (with a message saying where the
// boundary is) when one is nearer than `minimum`: a cut there would leave a sliver.
Result<RegionEdit> planCut(const std::vector<RegionRecord>& regions, std::int64_t trackId,
                           double at, double duration, double minimum);

// Boundaries at every one of `times` at once (suggested song changes), as one edit: a region
// with changes inside splits at them (the pieces keep its class and name), an unlabelled gap
// with changes inside becomes unlabelled regions between them. Times nearer than `minimum` to a
// boundary, the track's ends or an earlier time are left out.
RegionEdit planCutsAt(const std::vector<RegionRecord>& regions, std::int64_t trackId,
                      std::vector<double> times, double duration, double minimum);

// `label` (id and name) for the region under `at`, or, on unlabelled ground, for the whole
// gap around it (from the previous region's end, or the start, to the next one's start, or the
// end). Empty when the region there already has that class.
Result<RegionEdit> planLabelAt(const std::vector<RegionRecord>& regions, std::int64_t trackId,
                               double at, double duration, const ClassRecord& label);

// The region under `at` (start <= at < end), if any.
std::optional<RegionRecord> regionAt(const std::vector<RegionRecord>& regions, double at);

} // namespace hhs
