#include "main/main_window.h"

#include "document/project_controller.h"
#include "jobs/job.h"
#include "jobs/job_runner.h"
#include "jobs/progress_panel.h"
#include "main/class_list.h"
#include "main/drop_overlay.h"
#include "main/import_labels_question.h"
#include "main/model_workspace.h"
#include "main/playback_controls.h"
#include "main/regions_panel.h"
#include "main/timeline_controller.h"
#include "main/track_list.h"
#include "main/tracklist_dialog.h"
#include "playback/player.h"
#include "project/label_files.h"
#include "project/track_import.h"
#include "timeline/time_ruler.h"
#include "timeline/timeline_state.h"
#include "timeline/timeline_widget.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

namespace hhs::ui {
namespace {
constexpr int kRecentCount = 8;
const char* kRecentKey = "recentProjects";
const char* kGeometryKey = "window/geometry";
const char* kStateKey = "window/state";
const char* const kProjectFilter =
    QT_TRANSLATE_NOOP("hhs::ui::MainWindow", "HipHop Studio projects (*.hhs);;All files (*)");

QString withSuffix(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".hhs");
    return path;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_runner(new JobRunner(this)),
      m_project(new ProjectController(m_runner, this)), m_state(new TimelineState(this)),
      m_timeline(new TimelineWidget(m_state, m_runner, this)), m_player(new Player(this)),
      m_timelineController(new TimelineController(m_project, m_timeline, m_player, m_runner, this)),
      m_tracks(new TrackList(m_project, this)), m_classes(new ClassList(m_project, this)),
      m_progress(new ProgressPanel(m_runner, this)), m_audioNotice(new QLabel(this)),
      m_position(new QLabel(this))
{
    setObjectName(QStringLiteral("studioWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_timeline);
    QList<QDockWidget*> docks;
    auto addDock = [this, &docks](QWidget* widget, const QString& title, const QString& name) {
        auto* dock = new QDockWidget(title, this);
        docks << dock;
        dock->setObjectName(name);
        dock->setWidget(widget);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        addDockWidget(Qt::LeftDockWidgetArea, dock);
    };
    addDock(m_tracks, tr("Tracks"), QStringLiteral("tracksDock"));
    addDock(m_classes, tr("Classes"), QStringLiteral("classesDock"));
    addDock(new RegionsPanel(m_project, m_timelineController, m_state, this), tr("Regions"),
            QStringLiteral("regionsDock"));
    tabifyDockWidget(docks[1], docks[2]);
    docks[1]->raise();
    docks.removeLast();
    resizeDocks(docks, {330, 330}, Qt::Horizontal);
    resizeDocks(docks, {520, 240}, Qt::Vertical);

    // The playhead's clock is permanent: a temporary message never hides it.
    statusBar()->addWidget(m_audioNotice, 1);
    m_position->setMinimumWidth(
        m_position->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 8);
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_position);
    m_playbackControls = new PlaybackControls(m_player, this, this);
    statusBar()->addPermanentWidget(m_playbackControls);
    statusBar()->addPermanentWidget(m_progress);
    m_models = new ModelWorkspace(this);
    createMenus();
    m_dropOverlay = new DropOverlay(this);

    connect(m_state, &TimelineState::playheadChanged, this,
            [this](double seconds) { m_position->setText(TimeRuler::label(seconds, 0.001)); });
    connect(m_project, &ProjectController::projectChanged, this, &MainWindow::updateTitle);
    connect(m_project, &ProjectController::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_project, &ProjectController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_timelineController, &TimelineController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    // Audio and label imports end alike: a line in the status bar, or the error in a dialog.
    const auto importEnded = [this](bool ok, bool cancelled, const QString& message) {
        if (ok || cancelled)
            statusBar()->showMessage(ok ? message : tr("Import cancelled"), 5000);
        else
            showError(message);
    };
    connect(m_project, &ProjectController::importFinished, this, importEnded);
    connect(m_project, &ProjectController::labelsImported, this, importEnded);
    connect(m_project, &ProjectController::chaptersFound, this,
            [this](const std::vector<ChapteredTrack>& tracks) {
                QStringList files;
                for (const ChapteredTrack& track : tracks)
                    files << tr("%1: %n chapter(s)", nullptr, track.chapters).arg(track.fileName);
                if (!askToMakeSongsFromChapters(this, files)) return;
                for (const ChapteredTrack& track : tracks)
                    m_project->importChapters(track.trackId);
            });
    connect(m_project, &ProjectController::datasetExported, this,
            [this](bool ok, const QString& summary) {
                if (!ok) {
                    showError(summary);
                    return;
                }
                statusBar()->showMessage(summary.section(QLatin1Char('\n'), 0, 0), 10000);
                if (qEnvironmentVariableIsSet("HHS_NO_DIALOGS")) return;
                // Not exec(): the export's job ends (and its progress bar goes) behind it.
                auto* box = new QMessageBox(QMessageBox::Information, tr("Dataset exported"),
                                            summary, QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    connect(m_timelineController, &TimelineController::trackLoadedChanged, this, [this]() {
        m_audioNotice->setText(m_player->notice());
        for (QAction* action : m_needsTrack)
            action->setEnabled(m_timelineController->trackLoaded());
    });
    connect(m_player, &Player::noticeChanged, m_audioNotice, &QLabel::setText);
    connect(m_player, &Player::message, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_runner, &JobRunner::jobFinished, this,
            [this](int, const QString& title, bool ok, const QString& message) {
                if (!ok && !message.isEmpty())
                    statusBar()->showMessage(tr("%1: %2").arg(title, message), 8000);
            });
    updateTitle();
    // The first start: 1400 x 860 or the screen, whichever is smaller. Laid out first, so the
    // minimum is what the docks need (they scroll), not what their first size hints asked.
    layout()->activate();
    resize(QSize(1400, 860).boundedTo(screen()->availableGeometry().size()));
    resizeDocks({m_models->docks().front()}, {height() * 2 / 5}, Qt::Vertical);
    const QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    // Saved on a bigger screen: fit this one.
    resize(size().boundedTo(screen()->availableGeometry().size()));
}

MainWindow::~MainWindow()
{
    // Jobs first: their results must not arrive at half-destroyed views.
    delete m_runner;
    m_runner = nullptr;
}

QStringList MainWindow::recentProjects()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void MainWindow::rememberRecent(const QString& path)
{
    QStringList recent = recentProjects();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentProjects();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path]() { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openProject(const QString& path)
{
    const Status opened = m_project->open(path);
    if (!opened) {
        showError(opened.message());
        return false;
    }
    rememberRecent(path);
    return true;
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_project->isOpen()
                       ? tr("%1 — HipHop Studio").arg(QDir::toNativeSeparators(m_project->path()))
                       : tr("HipHop Studio"));
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    if (!qEnvironmentVariableIsSet("HHS_NO_DIALOGS"))
        QMessageBox::warning(this, tr("HipHop Studio"), message);
}

void MainWindow::newProject()
{
    const QString path = withSuffix(QFileDialog::getSaveFileName(
        this, tr("New Project"), QDir::homePath(), tr(kProjectFilter)));
    if (path.isEmpty()) return;
    QFile::remove(path);
    openProject(path);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(),
                                                      tr(kProjectFilter));
    if (!path.isEmpty()) openProject(path);
}

void MainWindow::saveAs()
{
    const QString path = withSuffix(QFileDialog::getSaveFileName(
        this, tr("Save Project As"), QFileInfo(m_project->path()).path(), tr(kProjectFilter)));
    if (path.isEmpty()) return;
    const Status saved = m_project->saveCopyAs(path);
    if (!saved)
        showError(saved.message());
    else
        rememberRecent(path);
}

void MainWindow::importAudioDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Audio"), QDir::homePath(),
        tr("Audio files (%1);;All files (*)").arg(audioFileNamePatterns()));
    m_project->importPaths(paths);
}

void MainWindow::importLabelsDialog()
{
    const std::optional<TrackRecord> track = m_project->currentTrack();
    if (!track) return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Labels for %1").arg(track->displayName()), QFileInfo(track->path).path(),
        tr("Audacity labels (*.txt);;All files (*)"));
    if (!path.isEmpty()) importLabelsFile(path, LabelFileFormat::Audacity);
}

std::optional<Overlap> MainWindow::overlapForImport(ExistingLabels answer)
{
    const std::optional<TrackRecord> track = m_project->currentTrack();
    if (!track) return std::nullopt;
    const int existing = int(m_project->labelRegions().size());
    if (existing == 0) answer = ExistingLabels::Replace;
    if (answer == ExistingLabels::Ask)
        answer = askHowToImportLabels(this, track->displayName(), existing);
    return overlapFor(answer);
}

bool MainWindow::importLabelsFile(const QString& path, LabelFileFormat format,
                                  ExistingLabels answer)
{
    const std::optional<Overlap> overlap = overlapForImport(answer);
    if (!overlap) return false;
    m_project->importLabels(path, format, *overlap);
    return true;
}

void MainWindow::importTracklistDialog()
{
    const std::optional<TrackRecord> track = m_project->currentTrack();
    if (!track) return;
    TracklistDialog dialog(track->displayName(), track->durationSeconds, this);
    if (dialog.exec() == QDialog::Accepted) importTracklistText(dialog.text());
}

bool MainWindow::importTracklistText(const QString& text, ExistingLabels answer)
{
    const std::optional<Overlap> overlap = overlapForImport(answer);
    if (!overlap) return false;
    m_project->importTracklistText(text, *overlap);
    return true;
}

void MainWindow::exportLabelsDialog()
{
    const std::optional<TrackRecord> track = m_project->currentTrack();
    if (!track) return;
    QString filter;
    const QString base = QFileInfo(track->path).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Labels of %1").arg(track->fileName),
        QFileInfo(track->path).dir().filePath(base + QStringLiteral(".txt")),
        tr("Audacity labels (*.txt);;Sonic Visualiser CSV (*.csv)"), &filter);
    if (path.isEmpty()) return;
    const LabelFileFormat format =
        filter.contains(QLatin1String("csv")) ? LabelFileFormat::SvCsv : LabelFileFormat::Audacity;
    Result<int> written = exportLabelFile(*m_project->project(), track->id, path, format);
    if (!written)
        showError(written.message());
    else
        statusBar()->showMessage(
            tr("%n region(s) written to %1", nullptr, *written).arg(QDir::toNativeSeparators(path)),
            5000);
}

void MainWindow::exportDatasetDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Dataset"),
        QFileInfo(m_project->path()).dir().filePath(QStringLiteral("data.json")),
        tr("Notebook JSON dataset (*.json)"));
    if (!path.isEmpty()) m_project->exportDataset(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!event->mimeData()->hasUrls()) return;
    m_dropOverlay->begin(m_project->isOpen() ? QString() : tr("Open or create a project first."),
                         m_models->predictDescription(), m_models->predictUnavailableReason());
    m_dropOverlay->setHovered(m_dropOverlay->zoneAt(event->position().toPoint()));
    event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    const DropOverlay::Zone zone = m_dropOverlay->zoneAt(event->position().toPoint());
    m_dropOverlay->setHovered(zone);
    if (zone == DropOverlay::Zone::None)
        event->ignore();
    else
        event->acceptProposedAction();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent*)
{
    m_dropOverlay->end();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const DropOverlay::Zone zone = m_dropOverlay->zoneAt(event->position().toPoint());
    m_dropOverlay->end();
    if (zone == DropOverlay::Zone::None) return;
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            const QFileInfo info(url.toLocalFile());
            if ((zone == DropOverlay::Zone::Import && info.isDir()) ||
                isAudioFileName(info.fileName()))
                paths << info.filePath();
        }
    if (paths.isEmpty()) {
        statusBar()->showMessage(zone == DropOverlay::Zone::Import
                                     ? tr("Nothing to import: drop audio files or folders")
                                     : tr("Nothing to predict: drop audio files"),
                                 5000);
        return;
    }
    event->acceptProposedAction();
    if (zone == DropOverlay::Zone::Import)
        m_project->importPaths(paths);
    else
        m_models->predictFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Every edit is already on disk: nothing to ask. Running jobs are cancelled.
    m_runner->cancel();
    m_player->stop();
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    event->accept();
}

} // namespace hhs::ui
