// Project: regions of the label layer (label, unlabel, bulk add, replace) and the predicted
// layer.
#include "formats/time_text.h"
#include "jobs/text.h"
#include "project/database.h"
#include "project/project.h"
#include "project/project_sql.h"

#include <QDateTime>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <map>

namespace hhs {
namespace {
// Regions may end this far past the track's decoded duration (rounding in label files).
constexpr double kEndTolerance = 0.05;
// Pieces shorter than this left over by a trim are dropped.
constexpr double kShortestPiece = 1e-6;

struct Range
{
    double start;
    double end;
};

// [start, end) minus every range in `cuts` (sorted by start).
std::vector<Range> subtract(Range range, const std::vector<Range>& cuts)
{
    std::vector<Range> pieces;
    double from = range.start;
    for (const Range& cut : cuts) {
        if (cut.end <= from || cut.start >= range.end) continue;
        if (cut.start - from > kShortestPiece) pieces.push_back({from, cut.start});
        from = std::max(from, cut.end);
    }
    if (range.end - from > kShortestPiece) pieces.push_back({from, range.end});
    return pieces;
}

QString describe(const RegionRecord& region)
{
    const QString what = region.className.isEmpty() ? region.name : region.className;
    return QStringLiteral("%1 (%2–%3%4)")
        .arg(region.id)
        .arg(formatTimeText(region.start), formatTimeText(region.end),
             what.isEmpty() ? QString() : QStringLiteral(", ") + what);
}
} // namespace

Result<std::vector<RegionRecord>> Project::queryRegions(const char* where, std::int64_t key,
                                                        std::optional<Layer> layer) const
{
    QByteArray text = QByteArray(sql::kSelectRegions) + "WHERE " + where;
    if (layer) text += " AND r.layer = ?2";
    text += " ORDER BY r.track_id, r.start_s, r.id";
    Result<Statement> query = m_database->prepare(text.constData());
    if (!query) return query.error();
    query->bind(1, key);
    if (layer) query->bind(2, layerName(*layer));
    return sql::readAll<RegionRecord>(std::move(query), sql::readRegion);
}

Result<std::vector<RegionRecord>> Project::labelledRegionsOverlapping(std::int64_t trackId,
                                                                      double from, double to) const
{
    const QByteArray text =
        QByteArray(sql::kSelectRegions) +
        "WHERE r.track_id = ?1 AND r.layer = ?2 AND r.start_s < ?4 AND r.start_s >= "
        "COALESCE((SELECT MAX(start_s) FROM regions WHERE track_id = ?1 AND layer = ?2 AND "
        "start_s <= ?3), ?3) ORDER BY r.start_s, r.id";
    Result<Statement> query = m_database->prepare(text.constData());
    if (!query) return query.error();
    query->bind(1, trackId).bind(2, layerName(Layer::Label)).bind(3, from).bind(4, to);
    Result<std::vector<RegionRecord>> found =
        sql::readAll<RegionRecord>(std::move(query), sql::readRegion);
    if (!found) return found;
    found->erase(std::remove_if(found->begin(), found->end(),
                                [&](const RegionRecord& region) { return region.end <= from; }),
                 found->end());
    return found;
}

Result<std::vector<RegionRecord>> Project::regions(std::optional<std::int64_t> trackId,
                                                   Layer layer) const
{
    if (trackId) return queryRegions("r.track_id = ?1", *trackId, layer);
    return queryRegions("?1 = 1", 1, layer);
}

Result<Project::EditPlan> Project::planLabel(std::int64_t trackId,
                                             const std::vector<NewRegion>& added,
                                             const std::vector<std::pair<double, double>>& cuts,
                                             Overlap overlap) const
{
    Result<TrackRecord> track = this->track(trackId);
    if (!track) return track.error();
    QHash<QString, std::int64_t> classIds;
    Result<std::vector<ClassRecord>> classList = classes();
    if (!classList) return classList.error();
    for (const ClassRecord& record : *classList)
        classIds.insert(record.name, record.id);

    std::vector<Range> ranges;
    ranges.reserve(cuts.size() + added.size());
    for (const auto& cut : cuts)
        ranges.push_back({cut.first, cut.second});
    for (const NewRegion& region : added)
        ranges.push_back({region.start, region.end});
    for (const Range& range : ranges) {
        if (!std::isfinite(range.start) || !std::isfinite(range.end) || range.start < 0 ||
            range.end <= range.start)
            return makeError(translate("hhs::Project",
                                       "%1–%2 is not a time range (the start must come before "
                                       "the end, neither below 0)")
                                 .arg(formatTimeText(range.start), formatTimeText(range.end)));
        if (range.end > track->durationSeconds + kEndTolerance)
            return makeError(translate("hhs::Project", "%1–%2 ends after the end of %3 (%4)")
                                 .arg(formatTimeText(range.start), formatTimeText(range.end),
                                      track->fileName, formatTimeText(track->durationSeconds)));
    }
    std::sort(ranges.begin(), ranges.end(), [](Range a, Range b) { return a.start < b.start; });
    // Their union, disjoint and by start: whether a region is hit, and what is left of it, is a
    // binary search into it instead of a pass over every range.
    std::vector<Range> merged;
    for (const Range& range : ranges) {
        if (!merged.empty() && range.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, range.end);
        else
            merged.push_back(range);
    }

    std::vector<const NewRegion*> sorted;
    sorted.reserve(added.size());
    for (const NewRegion& region : added)
        sorted.push_back(&region);
    std::sort(sorted.begin(), sorted.end(),
              [](const NewRegion* a, const NewRegion* b) { return a->start < b->start; });
    for (std::size_t i = 1; i < sorted.size(); ++i)
        if (sorted[i]->start < sorted[i - 1]->end)
            return makeError(
                translate("hhs::Project", "the new regions %1–%2 and %3–%4 overlap")
                    .arg(formatTimeText(sorted[i - 1]->start), formatTimeText(sorted[i - 1]->end),
                         formatTimeText(sorted[i]->start), formatTimeText(sorted[i]->end)));

    EditState before, after;
    Result<std::vector<RegionRecord>> labelled =
        overlap == Overlap::ReplaceAll || merged.empty()
            ? queryRegions("r.track_id = ?1", trackId, Layer::Label)
            : labelledRegionsOverlapping(trackId, merged.front().start, merged.back().end);
    if (!labelled) return labelled.error();
    after.regions.reserve(added.size() + labelled->size());
    for (const RegionRecord& existing : *labelled) {
        // The ranges that reach into `existing`: from the first ending after its start, while
        // they start before its end.
        const auto firstHit =
            std::upper_bound(merged.begin(), merged.end(), existing.start,
                             [](double start, const Range& range) { return start < range.end; });
        auto pastHits = firstHit;
        while (pastHits != merged.end() && pastHits->start < existing.end)
            ++pastHits;
        const bool hit = firstHit != pastHits;
        if (overlap == Overlap::ReplaceAll) {
            before.regions.push_back(existing);
            continue;
        }
        if (!hit) continue;
        if (overlap == Overlap::Refuse)
            return makeError(
                translate("hhs::Project", "%1–%2 overlaps region %3 of %4; unlabel it first or "
                                          "ask to trim the neighbours")
                    .arg(formatTimeText(ranges.front().start), formatTimeText(ranges.back().end),
                         describe(existing), track->fileName));
        before.regions.push_back(existing);
        bool first = true;
        for (const Range& piece :
             subtract({existing.start, existing.end}, std::vector<Range>(firstHit, pastHits))) {
            RegionRecord kept = existing;
            if (!first) kept.id = 0;
            kept.start = piece.start;
            kept.end = piece.end;
            after.regions.push_back(kept);
            first = false;
        }
    }
    for (const NewRegion* entry : sorted) {
        const NewRegion& region = *entry;
        RegionRecord record;
        record.trackId = trackId;
        record.start = region.start;
        record.end = std::min(region.end, track->durationSeconds);
        record.name = region.name;
        if (region.className) {
            const auto it = classIds.find(*region.className);
            if (it == classIds.end())
                return makeError(translate("hhs::Project",
                                           "the project has no class %1 (add it with "
                                           "hiphop-cli classes add)")
                                     .arg(quoted(*region.className)));
            record.classId = *it;
            record.className = *region.className;
        }
        after.regions.push_back(record);
    }
    return EditPlan{std::move(before), std::move(after)};
}

Result<EditCommand> Project::label(std::int64_t trackId, double start, double end,
                                   const QString& className, Overlap overlap)
{
    return addRegions(trackId, {NewRegion{start, end, className, {}}}, overlap,
                      translate("hhs::Project", "Label %1–%2 as %3")
                          .arg(formatTimeText(start), formatTimeText(end), className));
}

Result<EditCommand> Project::unlabel(std::int64_t trackId, double start, double end)
{
    return commitEdit(
        translate("hhs::Project", "Unlabel %1–%2").arg(formatTimeText(start), formatTimeText(end)),
        [&]() {
            return planLabel(trackId, {}, {{start, end}}, Overlap::TrimNeighbours);
        });
}

Result<EditCommand> Project::addRegions(std::int64_t trackId, std::vector<NewRegion> regions,
                                        Overlap overlap, const QString& editText,
                                        const JobControl& job)
{
    return commitEdit(
        editText,
        [&]() {
            Result<EditPlan> plan = planLabel(trackId, regions, {}, overlap);
            regions = {}; // the plan holds the rows now
            return plan;
        },
        job);
}

Result<EditCommand> Project::removeTrack(std::int64_t trackId)
{
    Result<TrackRecord> named = this->track(trackId); // for the edit's text
    if (!named) return named.error();
    return commitEdit(translate("hhs::Project", "Remove track %1").arg(named->fileName),
                      [&]() -> Result<EditPlan> {
                          Result<TrackRecord> track = this->track(trackId);
                          if (!track) return track.error();
                          EditState before;
                          before.tracks.push_back(*track);
                          Result<std::vector<RegionRecord>> regions =
                              queryRegions("r.track_id = ?1", trackId, std::nullopt);
                          if (!regions) return regions.error();
                          before.regions = std::move(*regions);
                          return EditPlan{std::move(before), {}};
                      });
}

Result<EditCommand> Project::replaceRegions(const std::vector<RegionRecord>& before,
                                            const std::vector<RegionRecord>& after,
                                            const QString& editText)
{
    if (before.empty() && after.empty())
        return makeError(translate("hhs::Project", "there are no regions to change"));
    for (const RegionRecord& region : after)
        if (!std::isfinite(region.start) || !std::isfinite(region.end) || region.start < 0 ||
            region.end <= region.start || region.layer != Layer::Label)
            return makeError(translate("hhs::Project",
                                       "%1–%2 is not a time range (the start must come before "
                                       "the end, neither below 0)")
                                 .arg(formatTimeText(region.start), formatTimeText(region.end)));
    // The edit was planned from an earlier read: inside the transaction, every region it changes
    // must still be as read, and nothing written meanwhile may lie where it puts regions.
    return commitEdit(editText, [&]() -> Result<EditPlan> {
        QHash<std::int64_t, const RegionRecord*> changed;
        for (const RegionRecord& region : before) {
            Result<std::vector<RegionRecord>> current =
                queryRegions("r.id = ?1", region.id, Layer::Label);
            if (!current) return current.error();
            const std::vector<RegionRecord>& now = *current;
            if (now.empty() || now.front().start != region.start || now.front().end != region.end ||
                now.front().classId != region.classId || now.front().trackId != region.trackId)
                return makeError(
                    translate("hhs::Project", "region %1 changed since it was read; check again")
                        .arg(region.id));
            changed.insert(region.id, &region);
        }
        // Per track, the regions the edit leaves alone by start, with the furthest end so far:
        // whether anything overlaps [start, end) is one binary search.
        struct Untouched
        {
            std::vector<RegionRecord> regions;
            std::vector<double> furthestEnd;
        };
        std::map<std::int64_t, Untouched> untouched;
        std::map<std::int64_t, std::pair<double, double>> spans; // per track, what `after` covers
        for (const RegionRecord& region : after) {
            auto [span, fresh] = spans.try_emplace(region.trackId, region.start, region.end);
            if (!fresh) {
                span->second.first = std::min(span->second.first, region.start);
                span->second.second = std::max(span->second.second, region.end);
            }
        }
        for (const RegionRecord& region : after) {
            if (region.id > 0 && !changed.contains(region.id))
                return makeError(
                    translate("hhs::Project", "region %1 is changed without being read first")
                        .arg(region.id));
            auto [it, fresh] = untouched.try_emplace(region.trackId);
            if (fresh) {
                const auto& [from, to] = spans.at(region.trackId);
                Result<std::vector<RegionRecord>> there =
                    labelledRegionsOverlapping(region.trackId, from, to);
                if (!there) return there.error();
                for (RegionRecord& other : *there)
                    if (!changed.contains(other.id)) it->second.regions.push_back(std::move(other));
                std::sort(
                    it->second.regions.begin(), it->second.regions.end(),
                    [](const RegionRecord& a, const RegionRecord& b) { return a.start < b.start; });
                double furthest = -1;
                for (const RegionRecord& other : it->second.regions)
                    it->second.furthestEnd.push_back(furthest = std::max(furthest, other.end));
            }
            const Untouched& others = it->second;
            const auto startingLater = std::lower_bound(
                others.regions.begin(), others.regions.end(), region.end,
                [](const RegionRecord& other, double end) { return other.start < end; });
            const auto count = std::size_t(startingLater - others.regions.begin());
            if (count == 0 || others.furthestEnd[count - 1] <= region.start) continue;
            const auto overlapping =
                std::find_if(others.regions.begin(), startingLater,
                             [&](const RegionRecord& other) { return other.end > region.start; });
            return makeError(translate("hhs::Project",
                                       "%1–%2 now overlaps region %3, written since the edit "
                                       "was planned; check again")
                                 .arg(formatTimeText(region.start), formatTimeText(region.end),
                                      describe(*overlapping)));
        }
        return EditPlan{EditState{{}, before}, EditState{{}, after}};
    });
}

Status Project::replacePredictedRegions(std::int64_t trackId,
                                        const std::vector<PredictedRegion>& predicted)
{
    Result<TrackRecord> track = this->track(trackId);
    if (!track) return track.error();
    QHash<QString, std::int64_t> classIds;
    Result<std::vector<ClassRecord>> classList = classes();
    if (!classList) return classList.error();
    for (const ClassRecord& record : *classList)
        classIds.insert(record.name, record.id);
    Result<Transaction> transaction = Transaction::begin(*m_database);
    if (!transaction) return transaction.error();
    Result<Statement> clear =
        m_database->prepare("DELETE FROM regions WHERE track_id = ? AND layer = 'predicted'");
    if (!clear) return clear.error();
    clear->bind(1, trackId);
    if (Status done = clear->run(); !done) return done;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (const PredictedRegion& prediction : predicted) {
        const auto it = classIds.find(prediction.className);
        if (it == classIds.end())
            return makeError(translate("hhs::Project",
                                       "the prediction names class %1, which the project does "
                                       "not have")
                                 .arg(quoted(prediction.className)));
        if (!std::isfinite(prediction.start) || !std::isfinite(prediction.end) ||
            prediction.start < 0 || prediction.end <= prediction.start)
            return makeError(
                translate("hhs::Project", "the prediction %1–%2 is not a time range")
                    .arg(formatTimeText(prediction.start), formatTimeText(prediction.end)));
        RegionRecord region;
        region.trackId = trackId;
        region.layer = Layer::Predicted;
        region.start = prediction.start;
        region.end = prediction.end;
        region.classId = *it;
        region.confidence = prediction.confidence;
        region.createdMs = region.updatedMs = now;
        if (Status done = sql::upsertRegion(*m_database, region); !done) return done;
    }
    return transaction->commit();
}

Result<EditCommand> Project::acceptPredicted(std::int64_t regionId, Overlap overlap)
{
    Result<std::vector<RegionRecord>> listed =
        queryRegions("r.id = ?1", regionId, Layer::Predicted);
    if (!listed) return listed.error();
    const std::vector<RegionRecord>& found = *listed;
    if (found.empty())
        return makeError(
            translate("hhs::Project", "the project has no predicted region %1").arg(regionId));
    const RegionRecord& region = found.front();
    return addRegions(
        region.trackId, {NewRegion{region.start, region.end, region.className, {}}}, overlap,
        translate("hhs::Project", "Accept prediction %1–%2 (%3)")
            .arg(formatTimeText(region.start), formatTimeText(region.end), region.className));
}

Result<EditCommand> Project::acceptAllPredicted(std::int64_t trackId, Overlap overlap)
{
    std::vector<NewRegion> added;
    Result<std::vector<RegionRecord>> predicted = regions(trackId, Layer::Predicted);
    if (!predicted) return predicted.error();
    for (const RegionRecord& region : *predicted)
        added.push_back(NewRegion{region.start, region.end, region.className, {}});
    if (added.empty())
        return makeError(
            translate("hhs::Project", "track %1 has no predicted regions to accept").arg(trackId));
    return addRegions(trackId, added, overlap, translate("hhs::Project", "Accept all predictions"));
}

} // namespace hhs
