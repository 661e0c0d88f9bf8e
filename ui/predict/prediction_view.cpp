#include "predict/prediction_view.h"

#include "playback/player.h"
#include "predict/prediction_strip.h"
#include "predict/verdict_bars.h"
#include "timeline/class_swatch.h"
#include "timeline/time_ruler.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hhs::ui {
namespace {
enum Column { TimeColumn, ClassColumn, ConfidenceColumn, ColumnCount };

} // namespace

PredictionView::PredictionView(Player* player, QWidget* parent)
    : QWidget(parent), m_player(player ? player : new Player(this)), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_verdict(new VerdictBars(this)),
      m_strip(new PredictionStrip(this)), m_play(new QPushButton(tr("Play"), this)),
      m_notice(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setWordWrap(true);

    m_play->setToolTip(tr("Play the selected stretch, or the file from the start"));
    m_play->setEnabled(false);

    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Class"), tr("Confidence")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ClassColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ConfidenceColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setToolTip(tr("Click a stretch to play it"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_notice, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_verdict);
    layout->addSpacing(4);
    layout->addWidget(m_strip);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);

    connect(m_strip, &PredictionStrip::stretchClicked, this,
            [this](int index) { selectStretch(index, true); });
    connect(m_table, &QTableWidget::cellClicked, this,
            [this](int row, int) { selectStretch(row, true); });
    connect(m_table, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { selectStretch(index.row(), true); });
    connect(m_play, &QPushButton::clicked, this, &PredictionView::togglePlay);
    connect(m_player, &Player::positionChanged, this, [this](double seconds) {
        if (m_player->isPlaying()) m_strip->setPlayhead(seconds);
    });
    connect(m_player, &Player::playingChanged, this, &PredictionView::playingChanged);
    refresh();
}

void PredictionView::setResult(std::shared_ptr<const PredictedFile> result)
{
    if (m_player->isPlaying()) m_player->stop();
    m_result = std::move(result);
    m_selected = -1;
    m_notice->clear();
    if (m_result && hasSamples(*m_result))
        m_player->setSignal(
            std::shared_ptr<const std::vector<float>>(m_result->audio, &m_result->audio->samples),
            m_result->audio->sampleRate);
    refresh();
}

void PredictionView::setClassColours(const ClassColours& colours)
{
    m_colours = colours;
    const int selected = m_selected;
    refresh();
    if (selected >= 0) selectStretch(selected, false);
}

void PredictionView::refresh()
{
    const bool has = bool(m_result);
    // Without samples (released to save memory) the panel is loading them again.
    m_play->setEnabled(has && hasSamples(*m_result));
    if (!has) {
        m_title->setText(tr("No prediction selected"));
        m_subtitle->setText(tr("Drop audio files here or choose Predict to see what a model "
                               "hears in them."));
        m_verdict->clear();
        m_strip->setResult(nullptr, {});
        m_table->setRowCount(0);
        return;
    }
    const Prediction& p = m_result->prediction;
    const std::vector<QColor> colours = classColours(m_colours, p);
    m_title->setText(QFileInfo(m_result->path).fileName());
    m_title->setToolTip(m_result->path);
    const QString model = m_result->modelName.isEmpty()
                              ? QFileInfo(m_result->modelPath).completeBaseName()
                              : m_result->modelName;
    const double seconds = m_result->audio ? audioSeconds(*m_result->audio) : 0;
    const QString verdict = p.verdictClass >= 0 && p.verdictClass < p.classes.size()
                                ? p.classes[p.verdictClass]
                                : QString();
    m_subtitle->setText(
        tr("Model %1 · %2 · %n window(s) · verdict: %3", nullptr, int(p.windows.size()))
            .arg(model, clockText(seconds), verdict));
    m_subtitle->setToolTip(m_result->modelPath);
    m_verdict->setVerdict(p.classes, p.verdictProbabilities, colours, p.verdictClass);
    m_strip->setResult(m_result, colours);
    fillTable(colours);
}

void PredictionView::fillTable(const std::vector<QColor>& colours)
{
    const Prediction& p = m_result->prediction;
    m_table->setRowCount(int(p.stretches.size()));
    for (int row = 0; row < int(p.stretches.size()); ++row) {
        const PredictionStretch& s = p.stretches[std::size_t(row)];
        auto* time = new QTableWidgetItem(tr("%1 – %2").arg(clockText(s.start), clockText(s.end)));
        const bool known = s.classIndex >= 0 && s.classIndex < p.classes.size();
        auto* cls = new QTableWidgetItem(known ? p.classes[s.classIndex] : tr("(unknown)"));
        if (known) cls->setIcon(classSwatch(colours[std::size_t(s.classIndex)]));
        auto* confidence = new QTableWidgetItem(tr("%1 %").arg(100.0 * s.confidence, 0, 'f', 0));
        confidence->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, TimeColumn, time);
        m_table->setItem(row, ClassColumn, cls);
        m_table->setItem(row, ConfidenceColumn, confidence);
    }
}

void PredictionView::selectStretch(int index, bool play)
{
    if (!m_result || index >= int(m_result->prediction.stretches.size())) index = -1;
    m_selected = index;
    m_strip->setSelectedStretch(index);
    if (index >= 0 && m_table->currentRow() != index) m_table->selectRow(index);
    if (index < 0) m_table->clearSelection();
    Q_EMIT stretchSelected(index);
    if (!play || index < 0 || !ensurePlayable()) return;
    const PredictionStretch& s = m_result->prediction.stretches[std::size_t(index)];
    m_player->playRange(s.start, s.end, false);
}

bool PredictionView::ensurePlayable()
{
    if (m_player->available()) return true;
    m_notice->setText(tr("Playback is not available: %1").arg(m_player->notice()));
    return false;
}

void PredictionView::togglePlay()
{
    if (m_player->isPlaying()) {
        m_player->stop();
        return;
    }
    if (!m_result || !ensurePlayable()) return;
    if (m_selected >= 0) {
        const PredictionStretch& s = m_result->prediction.stretches[std::size_t(m_selected)];
        m_player->playRange(s.start, s.end, false);
    } else {
        m_player->play(0);
    }
}

void PredictionView::stop()
{
    if (m_player->isPlaying()) m_player->stop();
}

void PredictionView::playingChanged(bool playing)
{
    m_play->setText(playing ? tr("Stop") : tr("Play"));
    if (!playing) m_strip->setPlayhead(std::nullopt);
}

int PredictionView::ribbonCellCount() const
{
    return m_strip->cellCount();
}

QColor PredictionView::ribbonCellColour(int window) const
{
    return m_strip->cellColour(window);
}

QString PredictionView::ribbonToolTip(int window) const
{
    return m_strip->windowToolTip(window);
}

QString PredictionView::verdictText() const
{
    return m_verdict->text();
}

std::vector<double> PredictionView::verdictPercentages() const
{
    return m_verdict->percentages();
}

QString PredictionView::noticeText() const
{
    return m_notice->text();
}

} // namespace hhs::ui
