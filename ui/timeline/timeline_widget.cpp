#include "timeline/timeline_widget.h"

#include "dataset/segment_plan.h"
#include "timeline/label_lane.h"
#include "timeline/mfcc_legend.h"
#include "timeline/mfcc_view.h"
#include "timeline/time_axis.h"
#include "timeline/time_ruler.h"
#include "timeline/timeline_state.h"
#include "timeline/waveform_view.h"

#include <QScrollBar>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>
#include <limits>

namespace hhs::ui {

TimelineWidget::TimelineWidget(TimelineState* state, JobRunner* runner, QWidget* parent)
    : QWidget(parent), m_state(state), m_axis(new TimeAxis(this)),
      m_ruler(new TimeRuler(m_axis, state, this)),
      m_waveform(new WaveformView(m_axis, state, this)),
      m_mfcc(new MfccView(m_axis, state, runner, this)),
      m_labels(new LabelLane(m_axis, state, true, this)),
      m_predicted(new LabelLane(m_axis, state, false, this)),
      m_scroll(new QScrollBar(Qt::Horizontal, this))
{
    m_labels->setObjectName(QStringLiteral("labelLane"));
    m_predicted->setObjectName(QStringLiteral("predictionLane"));
    m_waveform->setToolTip(tr("Waveform"));
    m_mfcc->setToolTip(tr("MFCC (13 coefficients, coefficient 0 at the bottom)"));
    m_labels->setToolTip(tr("Labels: drag to select, press a class key to label"));
    m_predicted->setToolTip(tr("Predicted by a model"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_ruler);
    layout->addWidget(m_waveform, 3);
    layout->addWidget(m_mfcc, 2);
    layout->addWidget(new MfccLegend(this));
    layout->addWidget(m_labels);
    layout->addWidget(m_predicted);
    layout->addWidget(m_scroll);
    m_predicted->hide();
    connect(m_axis, &TimeAxis::changed, this, &TimelineWidget::syncScrollBar);
    connect(m_scroll, &QScrollBar::valueChanged, this,
            [this](int value) { m_axis->setScrollPosition(value); });
    setFocusPolicy(Qt::StrongFocus);
}

void TimelineWidget::setAudio(std::shared_ptr<const LoadedAudio> audio)
{
    m_audio = std::move(audio);
    m_axis->setTrack(m_audio ? m_audio->durationSeconds() : 0.0, m_audio ? m_audio->sampleRate : 0);
    m_waveform->setAudio(m_audio);
    m_mfcc->setAudio(m_audio);
    updateExportWindows();
}

void TimelineWidget::setClasses(std::vector<ClassRecord> classes)
{
    m_labels->setClasses(classes);
    m_predicted->setClasses(std::move(classes));
}

void TimelineWidget::setRegions(std::vector<RegionRecord> labels,
                                std::vector<RegionRecord> predicted)
{
    m_labelRegions = labels;
    m_labels->setRegions(std::move(labels));
    m_predicted->setVisible(!predicted.empty());
    m_predicted->setRegions(std::move(predicted));
    updateExportWindows();
}

void TimelineWidget::updateExportWindows()
{
    FeatureParams params;
    if (m_audio) params.sampleRate = m_audio->sampleRate;
    ExportWindows windows =
        exportWindows(m_labelRegions, params, params.samplesForSeconds(kNotebookSegmentSeconds),
                      m_audio ? std::int64_t(m_audio->samples.size()) : 0);
    m_waveform->setExportWindows(windows);
    m_labels->setExportWindows(std::move(windows));
}

double TimelineWidget::anchorX() const
{
    // Zoom keys keep the playhead in place when it is on screen, else the view's centre.
    const double x = m_axis->xForSeconds(m_state->playhead());
    return x >= 0 && x <= m_axis->viewWidth() ? x : m_axis->viewWidth() / 2.0;
}

void TimelineWidget::zoomIn()
{
    m_axis->zoomBy(kZoomStep, anchorX());
}

void TimelineWidget::zoomOut()
{
    m_axis->zoomBy(1 / kZoomStep, anchorX());
}

void TimelineWidget::fit()
{
    m_axis->fit();
}

void TimelineWidget::zoomToSelection()
{
    if (const auto selection = m_state->selection())
        m_axis->showRange(selection->start, selection->end);
}

void TimelineWidget::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    const double notches = (delta.y() != 0 ? delta.y() : delta.x()) / 120.0;
    if (event->modifiers() & Qt::ControlModifier) {
        m_axis->zoomBy(std::pow(kZoomStep, notches), event->position().x());
    } else {
        m_axis->scrollByPixels(-notches * m_axis->viewWidth() / 8.0);
    }
    event->accept();
}

void TimelineWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_axis->setViewWidth(m_waveform->width() > 0 ? m_waveform->width() : width());
}

void TimelineWidget::syncScrollBar()
{
    const QSignalBlocker blocker(m_scroll);
    const qint64 range = std::min<qint64>(m_axis->scrollRange(), std::numeric_limits<int>::max());
    m_scroll->setRange(0, int(range));
    m_scroll->setPageStep(m_axis->viewWidth());
    m_scroll->setSingleStep(std::max(1, m_axis->viewWidth() / 20));
    m_scroll->setValue(int(std::min<qint64>(m_axis->scrollPosition(), range)));
}

} // namespace hhs::ui
