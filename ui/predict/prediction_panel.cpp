#include "predict/prediction_panel.h"

#include "playback/player.h"
#include "predict/prediction_view.h"
#include "widgets/scroll_column.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace hhs::ui {
namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls()) return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    return paths;
}
} // namespace

PredictionPanel::PredictionPanel(QWidget* parent)
    : QWidget(parent), m_player(new Player(this)), m_list(new QListWidget(this)),
      m_clear(new QPushButton(tr("Clear finished"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_addToProject(new QPushButton(tr("Add to Project"), this)),
      m_view(new PredictionView(m_player))
{
    setAcceptDrops(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setToolTip(tr("Files to predict: drop audio files here"));
    m_clear->setToolTip(tr("Remove the finished and failed files from the list"));
    m_clear->setEnabled(false);
    m_cancel->setToolTip(tr("Stop predicting: the file in progress and those still queued"));
    m_cancel->setEnabled(false);
    m_addToProject->setToolTip(tr("Import the selected file as a track, with this prediction in "
                                  "its predicted lane, to review, accept and correct"));
    m_addToProject->setEnabled(false);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_clear);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_addToProject);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scrollColumn(m_view, splitter));
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 620});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentItemChanged, this, [this] { showSelected(); });
    connect(m_clear, &QPushButton::clicked, this, &PredictionPanel::clearFinished);
    connect(m_cancel, &QPushButton::clicked, this, &PredictionPanel::cancelRequested);
    connect(m_addToProject, &QPushButton::clicked, this, [this] {
        const Entry* e = entry(selectedEntry());
        if (e && e->state == State::Done && e->result)
            Q_EMIT addToProjectRequested(e->path, e->result->modelPath, e->result->modelName);
    });
}

int PredictionPanel::addEntry(const QString& path)
{
    Entry added;
    added.id = m_nextId++;
    added.path = path;
    m_entries.append(added);
    auto* item = new QListWidgetItem(m_list);
    item->setData(kIdRole, added.id);
    item->setToolTip(path);
    refreshItem(added);
    if (!m_list->currentItem()) m_list->setCurrentItem(item);
    return added.id;
}

void PredictionPanel::setPredicting(int id, double fraction)
{
    Entry* e = entry(id);
    if (!e) return;
    e->state = State::Predicting;
    e->fraction = fraction;
    refreshItem(*e);
}

void PredictionPanel::setDone(int id, std::shared_ptr<const PredictedFile> result)
{
    Entry* e = entry(id);
    if (!e) return;
    e->state = State::Done;
    e->fraction = 1;
    e->result = std::move(result);
    refreshItem(*e);
    // Show the new result unless the user is looking at another finished one.
    const Entry* shown = entry(selectedEntry());
    if (!shown || !shown->result || shown->id == id) {
        if (QListWidgetItem* item = itemFor(id)) m_list->setCurrentItem(item);
        showSelected();
    }
    releaseOldSamples();
}

void PredictionPanel::releaseOldSamples()
{
    // The newest results (and the one on screen) keep their samples; older ones keep only
    // what draws them, and load the samples again when they are shown.
    const int selected = selectedEntry();
    int kept = 0;
    for (int i = m_entries.size() - 1; i >= 0; --i) {
        Entry& e = m_entries[i];
        if (!e.result || !hasSamples(*e.result)) continue;
        if (e.id == selected || kept < kResultsWithSamples) {
            ++kept;
            continue;
        }
        e.result = withoutSamples(*e.result);
    }
}

void PredictionPanel::setSamples(int id, std::shared_ptr<const LoadedAudio> audio)
{
    Entry* e = entry(id);
    if (!e || !e->result || !audio) return;
    auto restored = std::make_shared<PredictedFile>(*e->result);
    restored->audio = std::move(audio);
    e->result = std::move(restored);
    if (selectedEntry() == id) m_view->setResult(e->result);
    releaseOldSamples();
}

void PredictionPanel::setFailed(int id, const QString& message)
{
    Entry* e = entry(id);
    if (!e) return;
    e->state = State::Failed;
    e->message = message;
    refreshItem(*e);
    if (selectedEntry() == id) showSelected();
}

void PredictionPanel::clearFinished()
{
    for (int i = m_entries.size() - 1; i >= 0; --i) {
        const State s = m_entries[i].state;
        if (s != State::Done && s != State::Failed) continue;
        delete itemFor(m_entries[i].id);
        m_entries.removeAt(i);
    }
    m_clear->setEnabled(false);
    showSelected();
}

void PredictionPanel::setClassColours(const ClassColours& colours)
{
    m_colours = colours;
    m_view->setClassColours(colours);
    for (const Entry& e : std::as_const(m_entries))
        refreshItem(e);
}

void PredictionPanel::selectEntry(int id)
{
    if (QListWidgetItem* item = itemFor(id)) m_list->setCurrentItem(item);
}

QList<int> PredictionPanel::entryIds() const
{
    QList<int> ids;
    for (const Entry& e : m_entries)
        ids << e.id;
    return ids;
}

bool PredictionPanel::hasEntry(int id) const
{
    return entry(id) != nullptr;
}

PredictionPanel::State PredictionPanel::state(int id) const
{
    const Entry* e = entry(id);
    return e ? e->state : State::Failed;
}

QString PredictionPanel::path(int id) const
{
    const Entry* e = entry(id);
    return e ? e->path : QString();
}

QString PredictionPanel::message(int id) const
{
    const Entry* e = entry(id);
    return e ? e->message : QString();
}

QString PredictionPanel::statusText(int id) const
{
    const Entry* e = entry(id);
    return e ? statusFor(*e) : QString();
}

std::shared_ptr<const PredictedFile> PredictionPanel::result(int id) const
{
    const Entry* e = entry(id);
    return e ? e->result : nullptr;
}

int PredictionPanel::selectedEntry() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kIdRole).toInt() : -1;
}

PredictionPanel::Entry* PredictionPanel::entry(int id)
{
    for (Entry& e : m_entries)
        if (e.id == id) return &e;
    return nullptr;
}

const PredictionPanel::Entry* PredictionPanel::entry(int id) const
{
    for (const Entry& e : m_entries)
        if (e.id == id) return &e;
    return nullptr;
}

QListWidgetItem* PredictionPanel::itemFor(int id) const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kIdRole).toInt() == id) return m_list->item(row);
    return nullptr;
}

QString PredictionPanel::statusFor(const Entry& e) const
{
    switch (e.state) {
    case State::Queued:
        return tr("queued");
    case State::Predicting:
        return tr("predicting %1 %").arg(qRound(100 * e.fraction));
    case State::Done: {
        if (!e.result) return tr("done");
        const Prediction& p = e.result->prediction;
        if (p.verdictClass < 0 || p.verdictClass >= p.classes.size()) return tr("done");
        return tr("done: %1 %2 %")
            .arg(p.classes[p.verdictClass])
            .arg(qRound(100 * p.verdictProbabilities[std::size_t(p.verdictClass)]));
    }
    case State::Failed:
        return tr("failed: %1").arg(e.message);
    }
    return {};
}

void PredictionPanel::refreshItem(const Entry& e)
{
    QListWidgetItem* item = itemFor(e.id);
    if (!item) return;
    item->setText(QFileInfo(e.path).fileName() + QLatin1Char('\n') + statusFor(e));
    QIcon icon;
    switch (e.state) {
    case State::Queued:
        icon = style()->standardIcon(QStyle::SP_MediaPause);
        break;
    case State::Predicting:
        icon = style()->standardIcon(QStyle::SP_BrowserReload);
        break;
    case State::Done: {
        const Prediction* p = e.result ? &e.result->prediction : nullptr;
        QPixmap dot(14, 14);
        dot.fill(p ? classColour(m_colours, p->classes.value(p->verdictClass), p->verdictClass)
                   : palette().mid().color());
        icon = QIcon(dot);
        break;
    }
    case State::Failed:
        icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        item->setToolTip(e.path + QLatin1Char('\n') + e.message);
        break;
    }
    item->setIcon(icon);
    item->setForeground(e.state == State::Failed ? QBrush(QColor(180, 30, 30)) : palette().text());
    if (e.state == State::Done || e.state == State::Failed) m_clear->setEnabled(true);
    bool pending = false;
    for (const Entry& entry : m_entries)
        pending = pending || entry.state == State::Queued || entry.state == State::Predicting;
    m_cancel->setEnabled(pending);
}

void PredictionPanel::showSelected()
{
    const Entry* e = entry(selectedEntry());
    const auto shown = e ? e->result : nullptr;
    if (m_view->result() != shown) m_view->setResult(shown);
    m_addToProject->setEnabled(e && e->state == State::Done);
    if (shown && !hasSamples(*shown)) Q_EMIT samplesNeeded(e->id, shown->path);
    Q_EMIT entrySelected(e ? e->id : -1);
}

void PredictionPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void PredictionPanel::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) return;
    event->acceptProposedAction();
    Q_EMIT filesDropped(paths);
}

} // namespace hhs::ui
