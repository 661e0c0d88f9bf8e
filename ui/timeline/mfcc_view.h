// MfccView: the MFCC heat map of the current track (13 rows, coefficient 0 at the bottom,
// viridis colours; the scale is MfccLegend, under it). Tiles are computed by a background job,
// nearest the visible stretch first, and drawn as they arrive; missing tiles show as hatching.
// The tiles of an audio shown before are kept while that audio lives (AudioMemo), so a
// revisited track's heat map is there at once; a whole track's tiles are also kept on disk beside
// its decoded signal (SignalCache), so the next session reads them instead of computing them.
// GUI thread only.
#pragma once

#include "audio/audio_cache.h"
#include "audio/loader.h"
#include "timeline/lane.h"
#include "timeline/mfcc_tiles.h"

#include <memory>
#include <vector>

namespace hhs::ui {

class JobRunner;

class MfccView : public Lane
{
    Q_OBJECT
public:
    MfccView(TimeAxis* axis, TimelineState* state, JobRunner* runner, QWidget* parent = nullptr);
    ~MfccView() override;

    void setAudio(std::shared_ptr<const LoadedAudio> audio);
    int tilesReady() const { return m_ready; }
    int tileCount() const { return int(m_tiles.size()); }
    // The MFCC of tile `index` once computed (tests compare it with MfccExtractor).
    const MfccTile* tile(int index) const;

    QSize sizeHint() const override { return {400, 110}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct KeptTiles
    {
        std::vector<std::unique_ptr<MfccTile>> tiles;
        int ready = 0;
    };
    void collect();

    JobRunner* m_runner;
    std::shared_ptr<const LoadedAudio> m_audio;
    std::shared_ptr<TileQueue> m_queue;
    std::shared_ptr<CancelToken> m_cancel;
    std::vector<std::unique_ptr<MfccTile>> m_tiles;
    int m_ready = 0;
    FeatureParams m_params;
    AudioMemo<KeptTiles> m_kept;
    SignalCache m_storedTiles{SignalCache::defaultFolder()};
};

} // namespace hhs::ui
