// Project: classes (add, rename, recolour, reorder, remove) and the edit machinery they share
// with regions.
#include "jobs/text.h"
#include "project/database.h"
#include "project/project.h"
#include "project/project_sql.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <set>
#include <unordered_set>

namespace hhs {
namespace {

Status checkColor(const QString& color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!pattern.match(color).hasMatch())
        return makeError(
            translate("hhs::Project", "colour %1 is not of the form #RRGGBB").arg(quoted(color)));
    return {};
}

Status checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return makeError(translate("hhs::Project", "a class name cannot be empty"));
    return {};
}
} // namespace

Result<std::vector<ClassRecord>> Project::classes() const
{
    return sql::readAll<ClassRecord>(m_database->prepare(sql::kSelectClasses), sql::readClass);
}

Result<ClassRecord> Project::findClass(const QString& name) const
{
    Result<std::vector<ClassRecord>> all = classes();
    if (!all) return all.error();
    for (ClassRecord& record : *all)
        if (record.name == name) return std::move(record);
    return makeError(
        translate("hhs::Project", "the project has no class %1 (hiphop-cli classes lists them)")
            .arg(quoted(name)));
}

Result<EditCommand> Project::addClass(const QString& name, const QString& color)
{
    if (Status valid = checkName(name); !valid) return valid.error();
    if (!color.isEmpty())
        if (Status valid = checkColor(color); !valid) return valid.error();
    return commitEdit(
        translate("hhs::Project", "Add class %1").arg(name), [&]() -> Result<EditPlan> {
            Result<std::vector<ClassRecord>> listed = classes();
            if (!listed) return listed.error();
            const std::vector<ClassRecord>& existing = *listed;
            int position = 0;
            for (const ClassRecord& record : existing) {
                if (record.name == name)
                    return makeError(translate("hhs::Project", "the project already has a class %1")
                                         .arg(quoted(name)));
                position = std::max(position, record.position + 1);
            }
            ClassRecord added{0, name,
                              color.isEmpty() ? sql::paletteColor(int(existing.size()))
                                              : color.toLower(),
                              position};
            return EditPlan{{}, EditState{{added}, {}}};
        });
}

Result<EditCommand> Project::renameClass(const QString& oldName, const QString& newName)
{
    if (Status valid = checkName(newName); !valid) return valid.error();
    if (oldName == newName) {
        if (Result<ClassRecord> record = findClass(oldName); !record) return record.error();
        return EditCommand();
    }
    return commitEdit(translate("hhs::Project", "Rename class %1 to %2").arg(oldName, newName),
                      [&]() -> Result<EditPlan> {
                          Result<ClassRecord> record = findClass(oldName);
                          if (!record) return record.error();
                          if (findClass(newName))
                              return makeError(
                                  translate("hhs::Project", "the project already has a class %1")
                                      .arg(quoted(newName)));
                          ClassRecord renamed = *record;
                          renamed.name = newName;
                          return EditPlan{EditState{{*record}, {}}, EditState{{renamed}, {}}};
                      });
}

Result<EditCommand> Project::recolourClass(const QString& name, const QString& color)
{
    if (Status valid = checkColor(color); !valid) return valid.error();
    return commitEdit(translate("hhs::Project", "Recolour class %1").arg(name),
                      [&]() -> Result<EditPlan> {
                          Result<ClassRecord> record = findClass(name);
                          if (!record) return record.error();
                          ClassRecord recolored = *record;
                          recolored.color = color.toLower();
                          return EditPlan{EditState{{*record}, {}}, EditState{{recolored}, {}}};
                      });
}

Result<EditCommand> Project::moveClass(const QString& name, int newPosition)
{
    return commitEdit(translate("hhs::Project", "Move class %1").arg(name),
                      [&]() { return planMoveClass(name, newPosition); });
}

Result<Project::EditPlan> Project::planMoveClass(const QString& name, int newPosition) const
{
    Result<std::vector<ClassRecord>> listed = classes();
    if (!listed) return listed.error();
    std::vector<ClassRecord> list = std::move(*listed);
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const ClassRecord& record) { return record.name == name; });
    if (it == list.end()) return findClass(name).error();
    if (newPosition < 0 || newPosition >= int(list.size()))
        return makeError(translate("hhs::Project", "position %1 is outside 0..%2")
                             .arg(newPosition)
                             .arg(list.size() - 1));
    const std::vector<ClassRecord> before = list;
    ClassRecord moved = *it;
    list.erase(it);
    list.insert(list.begin() + newPosition, moved);
    for (int i = 0; i < int(list.size()); ++i)
        list[std::size_t(i)].position = i;
    return EditPlan{EditState{before, {}}, EditState{list, {}}};
}

Result<EditCommand> Project::removeClass(const QString& name, ClassRegions policy)
{
    return commitEdit(translate("hhs::Project", "Remove class %1").arg(name),
                      [&]() { return planRemoveClass(name, policy); });
}

Result<Project::EditPlan> Project::planRemoveClass(const QString& name, ClassRegions policy) const
{
    Result<ClassRecord> record = findClass(name);
    if (!record) return record.error();
    EditState before{{*record}, {}};
    EditState after;
    int labelled = 0;
    for (Layer layer : {Layer::Label, Layer::Predicted}) {
        Result<std::vector<RegionRecord>> regions =
            queryRegions("r.class_id = ?", record->id, layer);
        if (!regions) return regions.error();
        for (RegionRecord& region : *regions) {
            if (layer == Layer::Label) {
                ++labelled;
                if (policy == ClassRegions::Unlabel) {
                    RegionRecord unlabelled = region;
                    unlabelled.classId.reset();
                    unlabelled.className.clear();
                    after.regions.push_back(unlabelled);
                }
            }
            before.regions.push_back(std::move(region));
        }
    }
    if (labelled > 0 && policy == ClassRegions::Refuse)
        return makeError(translate("hhs::Project",
                                   "class %1 labels %2 region(s); choose to delete them with "
                                   "the class or to keep them unlabelled")
                             .arg(quoted(name))
                             .arg(labelled));
    return EditPlan{std::move(before), std::move(after)};
}

Result<EditCommand> Project::commitEdit(const QString& text,
                                        const std::function<Result<EditPlan>()>& plan,
                                        const JobControl& job)
{
    Result<Transaction> transaction = Transaction::begin(*m_database);
    if (!transaction) return transaction.error();
    Result<EditPlan> planned = plan();
    if (!planned) return planned.error();
    EditState before = std::move(planned->before);
    EditState after = std::move(planned->after);
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (RegionRecord& region : after.regions) {
        if (region.id <= 0) region.createdMs = now;
        region.updatedMs = now;
    }
    if (Status written = writeState(before, after, job); !written) return written.error();
    if (job.cancelled()) return cancelledError();
    if (Status committed = transaction->commit(); !committed) return committed.error();
    return EditCommand(text, std::move(before), std::move(after));
}

Status Project::applyEdit(const EditState& from, const EditState& to)
{
    Result<Transaction> transaction = Transaction::begin(*m_database);
    if (!transaction) return transaction.error();
    EditState target = to;
    if (Status written = writeState(from, target); !written) return written;
    return transaction->commit();
}

Status Project::writeState(const EditState& from, EditState& to, const JobControl& job)
{
    const double rows = double(to.regions.size() + from.regions.size()) + 1;
    std::size_t written = 0;
    // Every few thousand rows: progress, and a chance to stop.
    const auto wroteRow = [&]() -> Status {
        if (++written % 4096) return {};
        if (job.cancelled()) return cancelledError();
        job.report(double(written) / rows);
        return {};
    };
    // Order matters for the foreign keys: classes a region needs exist before it is written,
    // regions that refer to a removed class are gone before the class is. New rows (id 0) get
    // their ids here, so the state can later be undone row by row.
    std::set<std::int64_t> keptClasses, keptTracks;
    std::unordered_set<std::int64_t> keptRegions;
    keptRegions.reserve(to.regions.size());
    for (const TrackRecord& track : to.tracks) {
        // A removed track comes back only if its file was not imported again meanwhile.
        Result<std::optional<std::int64_t>> other = sql::trackIdForPath(*m_database, track.path);
        if (!other) return other.error();
        if (*other && **other != track.id)
            return makeError(translate("hhs::Project",
                                       "track %1 cannot come back: %2 was imported again as "
                                       "track %3; remove that one first")
                                 .arg(track.id)
                                 .arg(quoted(track.path))
                                 .arg(**other));
        Result<Statement> byId = m_database->prepare("SELECT 1 FROM tracks WHERE id = ?");
        if (!byId) return byId.error();
        byId->bind(1, track.id);
        Result<bool> taken = byId->step();
        if (!taken) return taken.error();
        if (*taken && !*other)
            return makeError(translate("hhs::Project",
                                       "track %1 (%2) cannot come back: its number now "
                                       "belongs to a track imported since")
                                 .arg(track.id)
                                 .arg(quoted(track.fileName)));
        if (Status done = sql::upsertTrack(*m_database, track); !done) return done;
        keptTracks.insert(track.id);
    }
    for (ClassRecord& record : to.classes) {
        if (Status done = sql::upsertClass(*m_database, record); !done) return done;
        if (record.id <= 0) record.id = m_database->lastInsertId();
        keptClasses.insert(record.id);
    }
    for (RegionRecord& region : to.regions) {
        if (Status done = sql::upsertRegion(*m_database, region); !done) return done;
        keptRegions.insert(region.id);
        if (Status going = wroteRow(); !going) return going;
    }
    for (const RegionRecord& region : from.regions) {
        if (!keptRegions.count(region.id))
            if (Status done = sql::deleteRegion(*m_database, region.id); !done) return done;
        if (Status going = wroteRow(); !going) return going;
    }
    for (const TrackRecord& track : from.tracks)
        if (!keptTracks.count(track.id))
            if (Status done = sql::deleteTrack(*m_database, track.id); !done) return done;
    for (const ClassRecord& record : from.classes)
        if (!keptClasses.count(record.id))
            if (Status done = sql::deleteClass(*m_database, record.id); !done) return done;
    return {};
}

} // namespace hhs
