// SignalCache: decoded tracks kept on disk, so that opening a track again reads its mono signal
// at the studio's rate (22 050 Hz floats, as loadAudio gives it) and its overview instead of
// decoding and resampling the file. An entry is named after the source's path, rate and stream,
// and is used only while the source's size, modification time and inode are what they were
// when it was stored. Entries are written through OutputFile without waiting for the disk (a
// cache need not survive a power cut) and carry a hash of their contents: a damaged, truncated
// or foreign entry is a miss, never an error. The folder is kept under a byte budget: after a
// store, the entries used least recently go first. Any thread; entries of different sources
// may be read and stored at once.
#pragma once

#include "audio/loader.h"
#include "jobs/result.h"

#include <QString>
#include <optional>
#include <vector>

namespace hhs {

class SignalCache
{
public:
    // About 60 hours at 22 050 Hz: a few months of a user's tracks.
    static constexpr qint64 kDefaultBudgetBytes = qint64(4) << 30;

    explicit SignalCache(QString folder, qint64 budgetBytes = kDefaultBudgetBytes);

    // The user's cache folder for decoded signals (XDG_CACHE_HOME/hiphop-studio/signals).
    static QString defaultFolder();

    const QString& folder() const { return m_folder; }

    // The audio of `path` (stream `stream`) at `sampleRate`, its overview built, or nothing
    // when no usable entry is stored.
    std::optional<LoadedAudio> find(const QString& path, int sampleRate, int stream = -1) const;

    // Stores `audio`, loaded from `path` (stream `stream`) with its samples kept, then trims the
    // folder to the budget. The error names the entry (a full disk, an unwritable folder).
    Status store(const QString& path, const LoadedAudio& audio, int stream = -1) const;

    // Values computed from the signal of `path` at `sampleRate` (the MFCC view's tiles), kept
    // beside it under `kind` (lower-case letters, digits and '-') and valid, like the signal,
    // while the source is unchanged. Nothing when none are stored.
    std::optional<std::vector<float>> findValues(const QString& path, int sampleRate,
                                                 const QString& kind, int stream = -1) const;
    Status storeValues(const QString& path, int sampleRate, const QString& kind,
                       const std::vector<float>& values, int stream = -1) const;

    // The file an entry of `path` (or of its values of `kind`) is stored in.
    QString entryPath(const QString& path, int sampleRate, int stream = -1,
                      const QString& kind = {}) const;

private:
    void trim(const QString& keep) const;

    QString m_folder;
    qint64 m_budget;
};

} // namespace hhs
