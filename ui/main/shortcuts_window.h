// ShortcutsWindow: Help ▸ Keyboard Shortcuts (F1). Lists every command of the window that has
// a key, read from the live actions each time it is shown (so it can never disagree with the
// keys), with the mouse gestures of the timeline under them. Also fills the Output Device menu.
// GUI thread only.
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QMainWindow;
class QMenu;
class QTableWidget;

namespace hhs::ui {

class Player;

// Playback ▸ Output Device, filled when it opens: the system default and every output there
// is now (checked: the Player's); picking one plays through it.
void fillOutputMenu(QMenu* menu, Player* player);

class ShortcutsWindow : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsWindow(QWidget* parent = nullptr);

    // Refills the table from `actions` (the menus' and the window's) and shows the window.
    void showFor(const QList<QAction*>& actions);
    QTableWidget* table() const { return m_table; }
    // The window's own actions and those of every menu of its menu bar.
    static QList<QAction*> actionsOf(QMainWindow* window);

private:
    QTableWidget* m_table;
};

} // namespace hhs::ui
