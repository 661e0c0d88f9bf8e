#include "audio/audio_cache.h"

#include <QFileInfo>

namespace hhs {

AudioCache::AudioCache(std::size_t budgetBytes) : m_budget(budgetBytes) {}

std::size_t AudioCache::bytesOf(const LoadedAudio& audio)
{
    std::size_t bytes = audio.samples.capacity() * sizeof(float);
    for (const PeakLevel& level : audio.peaks.levels())
        bytes += level.peaks.capacity() * sizeof(PeakPair);
    return bytes;
}

std::shared_ptr<const LoadedAudio> AudioCache::find(const QString& path, int stream)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->path != path || it->stream != stream) continue;
        const QFileInfo file(path); // a fresh stat, not QFileInfo's cached one
        if (!file.exists() || file.size() != it->size || file.lastModified() != it->modified) {
            m_bytes -= it->bytes;
            m_entries.erase(it);
            return nullptr;
        }
        m_entries.splice(m_entries.begin(), m_entries, it);
        return m_entries.front().audio;
    }
    return nullptr;
}

void AudioCache::insert(const QString& path, std::shared_ptr<const LoadedAudio> audio, int stream)
{
    if (!audio) return;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        if (it->path == path && it->stream == stream) {
            m_bytes -= it->bytes;
            m_entries.erase(it);
            break;
        }
    const QFileInfo file(path);
    Entry entry{path, stream, file.size(), file.lastModified(), std::move(audio), 0};
    entry.bytes = bytesOf(*entry.audio);
    m_bytes += entry.bytes;
    m_entries.push_front(std::move(entry));
    while (m_entries.size() > 1 && m_bytes > m_budget) {
        m_bytes -= m_entries.back().bytes;
        m_entries.pop_back();
    }
}

void AudioCache::clear()
{
    m_entries.clear();
    m_bytes = 0;
}

} // namespace hhs
