// The label check: what is wrong with a track's label layer (regions or gaps shorter than a
// minimum — the slivers a key pressed a little late leaves —, overlapping regions, regions
// without a class) and the fixes that remove all but the last kind, as one edit the Project
// applies and undoes as a whole (Project::replaceRegions, an EditCommand).
// Plain functions on values: any thread; applyLabelFixes() on the Project's thread.
#pragma once

#include "jobs/result.h"
#include "project/edit_command.h"
#include "project/records.h"

#include <QString>
#include <optional>
#include <vector>

namespace hhs {

class Project;

// The minimum: shorter regions and gaps are slivers, never meant.
inline constexpr double kDefaultMinimumRegionSeconds = 0.5;

enum class LabelProblemKind { ShortRegion, ShortGap, Overlap, Unlabelled };
// "short-region", "short-gap", "overlap", "unlabelled" (for JSON and scripts).
QString labelProblemKindName(LabelProblemKind kind);

struct LabelProblem
{
    LabelProblemKind kind = LabelProblemKind::ShortRegion;
    std::int64_t trackId = 0;
    double start = 0; // seconds: the region, the gap or the overlapping stretch
    double end = 0;
    std::vector<std::int64_t> regionIds; // the region(s) concerned (a gap: those beside it)
    QString description;                 // one line for people ("Region 12 (1:02.3–1:02.4) ...")
};

struct LabelFix
{
    std::int64_t regionId = 0;
    QString description; // "remove region 12", "extend region 11 to 1:02.400", ...
};

struct LabelCheck
{
    std::vector<LabelProblem> problems; // by track, then time
    std::vector<LabelFix> fixes;        // what the edit below does, in words
    EditState before;                   // the regions the fixes change or remove, as they are
    EditState after;                    // the same regions fixed (removed ones are absent)

    bool hasFixes() const { return !before.regions.empty(); }
};

// Checks one track's label-layer regions (any order). With the track's duration, a gap
// shorter than the minimum before the first region or after the last one counts too.
// Fixes: an overlapping region starts where the one before it ends (or goes, when it lies
// inside it); a short region joins the neighbour it touches (the one with its class first,
// else the one before) or goes when it touches none; a short gap is closed by extending the
// region before it (the first region back to 0, the last to the end). Unlabelled regions are
// reported but not fixed: only a person can say what they are.
LabelCheck checkLabels(const std::vector<RegionRecord>& regions,
                       double minimumSeconds = kDefaultMinimumRegionSeconds,
                       std::optional<double> trackDuration = std::nullopt);

// Checks every track of the project (or one). Errors: the project could not be read.
Result<LabelCheck> checkProjectLabels(const Project& project,
                                      double minimumSeconds = kDefaultMinimumRegionSeconds,
                                      std::optional<std::int64_t> trackId = std::nullopt);

// Applies a check's fixes as one undoable edit ("Fix 3 label problems"). Fails, changing
// nothing, when the regions changed since the check.
Result<EditCommand> applyLabelFixes(Project& project, const LabelCheck& check);

} // namespace hhs
