// Label files onto a track's regions and back: Audacity label tracks and tracklists (files or
// pasted text) in (all or nothing, one undoable edit), Audacity label tracks and Sonic Visualiser
// CSV out. Runs on the thread that owns the Project (the studio runs imports as a job on a
// connection of its own).
#pragma once

#include "jobs/job.h"
#include "jobs/result.h"
#include "project/edit_command.h"
#include "project/project.h"

#include <QString>

namespace hhs {

enum class LabelFileFormat { Audacity, Tracklist, SvCsv };
// "audacity", "tracklist", "sv-csv"; nullopt for anything else.
std::optional<LabelFileFormat> labelFileFormat(const QString& name);

struct LabelImport
{
    EditCommand edit;
    int labelled = 0;   // regions given a class (Audacity text naming one of the classes)
    int unlabelled = 0; // regions with only a name (tracklist songs, other Audacity text)
    int skipped = 0;    // point labels, frequency lines, tracklist text lines
};

// Audacity: a label that names a class labels the region with it, any other text becomes an
// unlabelled region with that name. Tracklist: unlabelled regions named after the songs.
// `job` sees reading and writing; cancelled, nothing is imported.
Result<LabelImport> importLabelFile(Project& project, std::int64_t trackId, const QString& path,
                                    LabelFileFormat format, Overlap overlap = Overlap::Refuse,
                                    const JobControl& job = {});
// A tracklist the user pasted (a video's description) rather than a file: the same songs as a
// tracklist file makes; `sourceName` stands for the file's name in line errors and the undo
// step ("the pasted description").
Result<LabelImport> importTracklistText(Project& project, std::int64_t trackId,
                                        const QByteArray& text, const QString& sourceName,
                                        Overlap overlap = Overlap::Refuse,
                                        const JobControl& job = {});
// The chapters embedded in the track's file (a downloader's copy of the video's description
// timestamps): unlabelled regions named after them, exactly as a tracklist would make, in one
// undoable edit. Chapters past the track's end are cut to it; nameless ones get "Chapter N".
// An error when the file has no chapters.
Result<LabelImport> importChapters(Project& project, std::int64_t trackId,
                                   Overlap overlap = Overlap::Refuse, const JobControl& job = {});
// The track's label layer (class name, or the region's name when it has no class). SV CSV's
// VALUE is the class's 1-based place in the project's order, 0 for unlabelled regions.
// Returns how many regions were written.
Result<int> exportLabelFile(const Project& project, std::int64_t trackId, const QString& path,
                            LabelFileFormat format);

} // namespace hhs
