// Turning audio files into tracks: reading a file's metadata and content hash, checking whether
// a track's file has moved or changed, and importing files and folders (the notebook's layout:
// one sub-folder per class) all or nothing. Call from a worker thread: hashing reads every byte.
#pragma once

#include "jobs/job.h"
#include "jobs/result.h"
#include "project/records.h"

#include <QString>
#include <QStringList>

namespace hhs {

class Project;

// The fingerprint of the whole file: "xxh3:<32 hex digits>" (XXH3, 128 bits). The whole file,
// not a sample of it: the fingerprint is the key that keeps one recording's segments together in
// a split and traces every dataset number to its sound, so two files must never share it. It is
// a content fingerprint, not a security boundary, so a fast non-cryptographic hash does: a 150 MB
// WAV takes a few hundredths of a second (SHA-256 took a second of CPU).
Result<QString> contentHash(const QString& path);
// The fingerprint of `path` computed the way `existing` was: "sha256:<hex>" for a track imported
// before the studio used XXH3 (so an old track is still recognised, and keeps its key), XXH3
// otherwise.
Result<QString> contentHashLike(const QString& path, const QString& existing);

// A TrackRecord for the file at `path` (id 0): header metadata, size, mtime, content hash.
Result<TrackRecord> describeTrack(const QString& path);

// Missing, Changed (different bytes) or Ok. Size and mtime unchanged means Ok without reading.
TrackState checkTrack(const TrackRecord& track);
QString trackStateName(TrackState state); // "ok", "missing", "changed"

// True for the file extensions the importer picks up in folders and drops (wav, flac, ogg,
// mp3, and through FFmpeg m4a, webm, mp4, mkv, mov, aac, ...).
bool isAudioFileName(const QString& fileName);
// The same extensions as file dialog patterns: "*.wav *.flac ... *.mkv".
QString audioFileNamePatterns();

struct ImportSummary
{
    std::vector<TrackRecord> tracks; // every file imported, in order
    int labelledTracks = 0;          // given a whole-file region of their folder's class
    std::vector<int> chapters;       // per track, the chapters its file carries (importChapters)
};

// Files become tracks; folders are searched for audio files. With classesFromFolders, each
// sub-folder of a given folder is a class (created if missing) and its files are labelled with
// it from start to end. Nothing is written unless every file can be read.
Result<ImportSummary> importPaths(Project& project, const QStringList& paths,
                                  bool classesFromFolders, const JobControl& job = {});

} // namespace hhs
