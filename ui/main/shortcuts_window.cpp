#include "main/shortcuts_window.h"

#include "playback/player.h"

#include <QAction>
#include <QActionGroup>
#include <QAudioDevice>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMediaDevices>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <functional>

namespace hhs::ui {

ShortcutsWindow::ShortcutsWindow(QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("shortcutsWindow"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Command")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 640);
}

void fillOutputMenu(QMenu* menu, Player* player)
{
    menu->clear();
    auto* group = new QActionGroup(menu);
    const QAudioDevice current = player->outputDevice();
    auto add = [&](const QString& text, const QAudioDevice& device) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(device.id() == current.id() && device.isNull() == current.isNull());
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, player,
                         [player, device]() { player->setOutputDevice(device); });
    };
    add(ShortcutsWindow::tr("System Default"), QAudioDevice());
    const QList<QAudioDevice> devices = QMediaDevices::audioOutputs();
    if (!devices.isEmpty()) menu->addSeparator();
    for (const QAudioDevice& device : devices)
        add(device.description(), device);
    if (devices.isEmpty())
        menu->addAction(ShortcutsWindow::tr("No audio output found"))->setEnabled(false);
}

QList<QAction*> ShortcutsWindow::actionsOf(QMainWindow* window)
{
    QList<QAction*> all = window->actions();
    std::function<void(QMenu*)> collect = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            all << action;
            if (action->menu()) collect(action->menu());
        }
    };
    for (QAction* action : window->menuBar()->actions())
        if (action->menu()) collect(action->menu());
    return all;
}

void ShortcutsWindow::showFor(const QList<QAction*>& actions)
{
    QList<QPair<QString, QString>> rows;
    QSet<QAction*> seen;
    for (QAction* action : actions) {
        if (!action || seen.contains(action) || action->shortcuts().isEmpty()) continue;
        seen.insert(action);
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows.append({keys.join(tr(", ")), action->text().remove(QLatin1Char('&'))});
    }
    rows.append({tr("Click the waveform, MFCC, ruler or label lane"), tr("Move the playhead")});
    rows.append({tr("Drag in the waveform, MFCC or label lane"), tr("Select a stretch")});
    rows.append({tr("Ctrl+wheel"), tr("Zoom around the mouse")});
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    m_table->resizeColumnToContents(0);
    show();
    raise();
    activateWindow();
}

} // namespace hhs::ui
