// AudioCache: the loaded audio of the files visited last, so that going back to a track shows
// and plays it at once instead of decoding the file again; AudioMemo: what was computed from
// such an audio (its MFCC tiles, its song changes), kept for as long as the audio lives. An entry
// is found by the file's path and is used only while the file's size and modification time are what
// they were when it was loaded (a file changed on disk is decoded again). Holds at most
// `budgetBytes` of samples and overviews; the newest entry is kept even when it alone is larger.
// One thread at a time (the studio's GUI thread).
#pragma once

#include "audio/loader.h"

#include <QDateTime>
#include <QString>
#include <cstddef>
#include <list>
#include <memory>
#include <optional>

namespace hhs {

class AudioCache
{
public:
    // About eight 20-minute tracks at the notebook's rate.
    static constexpr std::size_t kDefaultBudgetBytes = std::size_t(1) << 30;

    explicit AudioCache(std::size_t budgetBytes = kDefaultBudgetBytes);

    // The audio loaded from `path` with `stream`, or nullptr when it must be loaded; a hit
    // becomes the newest entry.
    std::shared_ptr<const LoadedAudio> find(const QString& path, int stream = -1);
    // Keeps `audio`, loaded from `path` with `stream`, as the newest entry, and lets go of the
    // oldest ones until the budget holds.
    void insert(const QString& path, std::shared_ptr<const LoadedAudio> audio, int stream = -1);
    void clear();

    int entries() const { return int(m_entries.size()); }
    std::size_t bytes() const { return m_bytes; }

    // What an entry costs: its samples and its overview.
    static std::size_t bytesOf(const LoadedAudio& audio);

private:
    struct Entry
    {
        QString path;
        int stream = -1;
        qint64 size = -1;
        QDateTime modified;
        std::shared_ptr<const LoadedAudio> audio;
        std::size_t bytes = 0;
    };

    std::size_t m_budget;
    std::size_t m_bytes = 0;
    std::list<Entry> m_entries; // newest first
};

// Values computed from a LoadedAudio, each kept while its audio is alive (in an AudioCache or on
// screen) and at most `capacity` of them, so a revisited track does not compute them again.
// One thread at a time.
template <typename T> class AudioMemo
{
public:
    explicit AudioMemo(int capacity = 16) : m_capacity(capacity) {}

    // Keeps `value` for `audio`, replacing what was kept for it.
    void keep(const std::shared_ptr<const LoadedAudio>& audio, T value)
    {
        if (!audio) return;
        take(audio.get());
        m_entries.push_front({audio, audio.get(), std::move(value)});
        while (int(m_entries.size()) > m_capacity)
            m_entries.pop_back();
    }
    // What was kept for `audio` (which then no longer holds it), or nothing.
    std::optional<T> take(const LoadedAudio* audio)
    {
        std::optional<T> found;
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->audio.expired()) { // its audio is gone: the address may be reused
                it = m_entries.erase(it);
            } else if (it->key == audio && !found) {
                found = std::move(it->value);
                it = m_entries.erase(it);
            } else {
                ++it;
            }
        }
        return found;
    }
    int entries() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        std::weak_ptr<const LoadedAudio> audio;
        const LoadedAudio* key;
        T value;
    };
    int m_capacity;
    std::list<Entry> m_entries;
};

} // namespace hhs
