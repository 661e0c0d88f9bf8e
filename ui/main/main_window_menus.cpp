// MainWindow's menus and the labelling toolbar: what each menu holds and which actions need an
// open project or a loaded track. GUI thread only.
#include "document/project_controller.h"
#include "main/about_box.h"
#include "main/label_check_dialog.h"
#include "main/language_menu.h"
#include "main/main_window.h"
#include "main/model_workspace.h"
#include "main/playback_controls.h"
#include "main/shortcuts_window.h"
#include "main/timeline_controller.h"
#include "main/track_list.h"

#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace hhs::ui {

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    connect(file->addAction(tr("&New Project…")), &QAction::triggered, this,
            &MainWindow::newProject);
    file->actions().back()->setShortcut(QKeySequence::New);
    connect(file->addAction(tr("&Open Project…")), &QAction::triggered, this,
            &MainWindow::openProjectDialog);
    file->actions().back()->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction* saveAs = file->addAction(tr("Save &As…"));
    saveAs->setToolTip(tr("Copy the project to a new file and continue there"));
    connect(saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    QAction* close = file->addAction(tr("&Close Project"));
    connect(close, &QAction::triggered, m_project, &ProjectController::close);
    file->addSeparator();
    QAction* importAudio = file->addAction(tr("&Import Audio…"));
    importAudio->setShortcut(QKeySequence(tr("Ctrl+I")));
    connect(importAudio, &QAction::triggered, this, &MainWindow::importAudioDialog);
    QAction* importLabels = file->addAction(tr("Import &Labels…"));
    connect(importLabels, &QAction::triggered, this, &MainWindow::importLabelsDialog);
    QAction* importTracklist = file->addAction(tr("Import &Tracklist…"));
    importTracklist->setToolTip(tr("Paste a video's description: its timestamped lines become "
                                   "the current track's songs"));
    connect(importTracklist, &QAction::triggered, this, &MainWindow::importTracklistDialog);
    QAction* exportLabels = file->addAction(tr("&Export Labels…"));
    connect(exportLabels, &QAction::triggered, this, &MainWindow::exportLabelsDialog);
    QAction* exportDataset = file->addAction(tr("Export &Dataset (JSON)…"));
    exportDataset->setToolTip(tr("The notebook's JSON dataset of every labelled region"));
    connect(exportDataset, &QAction::triggered, this, &MainWindow::exportDatasetDialog);
    file->addSeparator();
    file->addAction(m_models->predictFileAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_needsProject = {saveAs, close, importAudio, exportDataset};
    m_needsTrack = {importLabels, importTracklist, exportLabels};

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_project->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(tr("Ctrl+Z")));
    QAction* redo = m_project->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
    addAction(undo);
    addAction(redo);
    edit->addSeparator();
    edit->addAction(m_timelineController->deleteAction());
    edit->addAction(m_tracks->removeAction());
    edit->addAction(m_tracks->propertiesAction());
    edit->addActions(m_timelineController->labellingActions());
    m_labelMenu = edit->addMenu(tr("&Label Selection"));
    // The one-pass labelling keys, also as buttons: a class when a song starts, Cut when it
    // changes.
    QToolBar* labelling = addToolBar(tr("Labelling"));
    labelling->setObjectName(QStringLiteral("labellingToolBar"));
    labelling->setMovable(false);
    connect(m_timelineController, &TimelineController::classActionsChanged, this,
            [this, labelling]() {
                m_labelMenu->clear();
                m_labelMenu->addActions(m_timelineController->classActions());
                labelling->clear();
                labelling->addAction(m_timelineController->playbackActions().front());
                labelling->addAction(m_timelineController->cutAction());
                labelling->addSeparator();
                labelling->addActions(m_timelineController->classActions());
            });

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    playback->addActions(m_timelineController->playbackActions());
    playback->addSeparator();
    playback->addActions(m_timelineController->transportActions());
    playback->addSeparator();
    playback->addActions(m_playbackControls->actions());
    playback->addSeparator();
    QMenu* outputs = playback->addMenu(tr("&Output Device"));
    outputs->setObjectName(QStringLiteral("outputDeviceMenu"));
    // Listed when opened, so outputs that came or went since start-up are there.
    connect(outputs, &QMenu::aboutToShow, this,
            [this, outputs]() { fillOutputMenu(outputs, m_player); });
    QMenu* select = menuBar()->addMenu(tr("&Select"));
    for (QAction* action : m_timelineController->selectionActions())
        if (action != m_timelineController->deleteAction()) select->addAction(action);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_timelineController->viewActions());
    view->addSeparator();
    addLanguageMenu(view);
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* checkLabels = tools->addAction(tr("Check &Labels…"), this, [this]() {
        LabelCheckDialog dialog(m_project, m_timelineController, this);
        dialog.exec();
    });
    checkLabels->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    menuBar()->addMenu(m_models->menu());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this]() {
        if (!m_shortcuts) m_shortcuts = new ShortcutsWindow(this);
        m_shortcuts->showFor(ShortcutsWindow::actionsOf(this));
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About HipHop Studio"), this, [this]() { showAboutBox(this); });

    auto enable = [this]() {
        for (QAction* action : m_needsProject)
            action->setEnabled(m_project->isOpen());
    };
    connect(m_project, &ProjectController::projectChanged, this, enable);
    enable();
    for (QAction* action : m_needsTrack)
        action->setEnabled(false);
}

} // namespace hhs::ui
