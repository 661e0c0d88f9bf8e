#include "timeline/mfcc_view.h"

#include "jobs/job_runner.h"
#include "jobs/text.h"
#include "timeline/colour_map.h"
#include "timeline/time_axis.h"

#include <QPainter>
#include <QPointer>
#include <cmath>

namespace hhs::ui {
MfccView::MfccView(TimeAxis* axis, TimelineState* state, JobRunner* runner, QWidget* parent)
    : Lane(axis, state, parent), m_runner(runner)
{
    setMinimumHeight(13 * 4);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

MfccView::~MfccView()
{
    if (m_cancel) m_cancel->cancel();
}

void MfccView::setAudio(std::shared_ptr<const LoadedAudio> audio)
{
    if (m_cancel) m_cancel->cancel();
    m_cancel.reset();
    collect(); // what arrived before the cancel is kept with the rest
    if (m_audio && m_ready > 0) m_kept.keep(m_audio, KeptTiles{std::move(m_tiles), m_ready});
    m_tiles.clear();
    m_ready = 0;
    m_audio = std::move(audio);
    m_queue = std::make_shared<TileQueue>();
    update();
    if (!m_audio || m_audio->samples.empty()) return;
    m_params = FeatureParams{};
    m_params.sampleRate = m_audio->sampleRate;
    const int count = mfccTileCount(std::int64_t(m_audio->samples.size()), m_params);
    m_tiles.resize(std::size_t(count));
    if (std::optional<KeptTiles> kept = m_kept.take(m_audio.get());
        kept && kept->tiles.size() == m_tiles.size()) {
        m_tiles = std::move(kept->tiles);
        m_ready = kept->ready;
    }
    if (m_ready == count) return; // every tile was kept
    const double framesPerSecond = double(m_params.sampleRate) / m_params.hopLength;
    const int firstWanted = int(axis()->start() * framesPerSecond) / kMfccTileFrames;
    std::vector<int> missing;
    for (int index : mfccTileOrder(count, firstWanted))
        if (!m_tiles[std::size_t(index)]) missing.push_back(index);
    std::shared_ptr<const std::vector<float>> samples(m_audio, &m_audio->samples);
    auto queue = m_queue;
    const FeatureParams params = m_params;
    std::optional<StoredTiles> stored;
    if (!m_audio->source.path.isEmpty()) stored = StoredTiles{m_storedTiles, m_audio->source.path};
    // Finished tiles are collected when the job reports progress (throttled: one repaint per
    // batch of tiles) and once more when it ends, however it ends.
    QPointer<MfccView> self(this);
    auto collectIfCurrent = [self, queue] {
        if (self && self->m_queue == queue) self->collect();
    };
    m_cancel = m_runner->start<bool>(
        tr("MFCC"),
        [samples, params, missing, queue, stored](const JobControl& job) -> Result<bool> {
            if (Status done = computeMfccTiles(samples, params, missing, queue, job, stored); !done)
                return done.error();
            return true;
        },
        [collectIfCurrent](Result<bool>) { collectIfCurrent(); }, JobRunner::Kind::Background,
        JobRunner::Lane::Shared,
        [collectIfCurrent](double, const QString&) { collectIfCurrent(); });
}

const MfccTile* MfccView::tile(int index) const
{
    if (index < 0 || index >= int(m_tiles.size())) return nullptr;
    return m_tiles[std::size_t(index)].get();
}

void MfccView::collect()
{
    std::vector<MfccTile> arrived = m_queue ? m_queue->take() : std::vector<MfccTile>{};
    for (MfccTile& tile : arrived) {
        if (tile.index < 0 || tile.index >= int(m_tiles.size())) continue;
        if (!m_tiles[std::size_t(tile.index)]) ++m_ready;
        m_tiles[std::size_t(tile.index)] = std::make_unique<MfccTile>(std::move(tile));
    }
    if (!arrived.empty()) update();
}

void MfccView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(40, 40, 48));
    const QRect area = rect();
    if (m_audio && !m_tiles.empty()) {
        const double secondsPerFrame = double(m_params.hopLength) / m_params.sampleRate;
        const double tileSeconds = kMfccTileFrames * secondsPerFrame;
        const int firstTile = std::max(0, int(std::floor(axis()->start() / tileSeconds)));
        const int lastTile =
            std::min(int(m_tiles.size()) - 1, int(std::floor(axis()->end() / tileSeconds)));
        painter.setClipRect(area);
        for (int i = firstTile; i <= lastTile; ++i) {
            const MfccTile* tile = m_tiles[std::size_t(i)].get();
            // A frame is centred on its sample: it covers half a hop each side.
            const double from = (double(i) * kMfccTileFrames - 0.5) * secondsPerFrame;
            const int frames = tile ? tile->mfcc.frames : kMfccTileFrames;
            const double to = from + frames * secondsPerFrame;
            // Whole pixels, rounded the same way on both sides of a seam: tiles never leave gaps.
            const int left = int(std::lround(axis()->xForSeconds(from)));
            const int right = int(std::lround(axis()->xForSeconds(to)));
            const QRect target(left, 0, std::max(1, right - left), height());
            if (tile)
                painter.drawImage(target, tile->image);
            else
                painter.fillRect(target, QBrush(QColor(90, 90, 100), Qt::Dense6Pattern));
        }
        painter.setClipping(false);
    }
    paintOverlay(painter);
}

} // namespace hhs::ui
