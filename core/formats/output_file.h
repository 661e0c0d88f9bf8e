// Every file the studio writes (WAV, JSON datasets and manifests, label files, models, charts,
// exported models) is whole or absent: it is written beside its target under a temporary name,
// synced, and renamed over the target only when complete, so a failure (a full disk, a cancel,
// a crash, a kill) leaves the previous file as it was and no partial file behind. A failure is an
// error naming the file; when there was no room it says "the disk holding … is full".
// One OutputFile per file, used by one thread at a time (any thread).
#pragma once

#include "jobs/result.h"

#include <QByteArray>
#include <QString>

namespace hhs {

class OutputFile
{
public:
    // Synced: commit() waits until the file is on the disk before renaming it into place (what
    // the user saves). Unsynced: only whole or absent after a crash of the process, not after a
    // power cut (what a cache keeps and checks when reading).
    enum class Durability { Synced, Unsynced };
    explicit OutputFile(QString path, Durability durability = Durability::Synced);
    ~OutputFile(); // not committed: the temporary file is removed, the target is untouched
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    Status open();
    // Buffered. After a failed write every later write fails too and commit() says why.
    bool write(const char* data, qint64 size);
    bool write(const QByteArray& bytes) { return write(bytes.constData(), bytes.size()); }
    // The temporary file's descriptor, for libraries that write through one (libsndfile).
    // Flushes what write() buffered first. -1 before open().
    int descriptor();
    // Marks a failure a library reported while writing through descriptor(); errno is read.
    void failedWithErrno();
    // Flushes, syncs and renames over the target. The error names the target.
    Status commit();
    // Abandons the file: nothing is renamed.
    void cancel();
    // Abandons the file after a write failed; the error says why (a full disk, ...).
    Error failure();

    const QString& path() const { return m_path; }

private:
    bool flushBuffer();
    void fail(int error);
    void removeTemporary();

    QString m_path;
    QString m_temporaryPath;
    QByteArray m_buffer;
    Durability m_durability;
    int m_fd = -1;
    int m_errno = 0;
};

// The whole of `bytes` as `path`, through an OutputFile.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace hhs
