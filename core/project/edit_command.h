// EditCommand: one reversible edit of a project's classes, regions and tracks (label, unlabel,
// trim, rename, recolour, reorder, remove, accept a prediction, import labels, remove a track). It
// holds the rows the edit touched as they were before and after; redo() and undo() write one state
// or the other in a single transaction. The Project applies an edit when it is made and hands back
// its command, so the UI pushes it on a QUndoStack whose first redo() is skipped; the CLI just
// drops it. Value type; run redo()/undo() on the thread that owns the Project.
#pragma once

#include "jobs/result.h"
#include "project/records.h"

#include <QString>
#include <vector>

namespace hhs {

class Project;

struct EditState
{
    std::vector<ClassRecord> classes;
    std::vector<RegionRecord> regions;
    // Track rows (only removing a track touches them): written before the regions that need
    // them, deleted after. The audio files are never touched.
    std::vector<TrackRecord> tracks = {};
};

class EditCommand
{
public:
    EditCommand() = default;
    EditCommand(QString text, EditState before, EditState after)
        : m_text(std::move(text)), m_before(std::move(before)), m_after(std::move(after))
    {}

    // What the edit did, for the Edit menu ("Label 1:00–1:30 as trap").
    const QString& text() const { return m_text; }
    const EditState& before() const { return m_before; }
    const EditState& after() const { return m_after; }

    Status redo(Project& project) const;
    Status undo(Project& project) const;

private:
    QString m_text;
    EditState m_before;
    EditState m_after;
};

} // namespace hhs
