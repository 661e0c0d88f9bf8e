// PlaybackControls: the speed and volume of playback, as a small bar for the status bar (a
// speed box from 0.5x to 2x and a volume slider) and as Playback menu commands with keys
// (Faster, Slower, Normal Speed, Louder, Quieter). Both are preferences: they persist across
// sessions (QSettings) and are applied to the Player at start-up. GUI thread only.
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QSlider;

namespace hhs::ui {

class Player;

class PlaybackControls : public QWidget
{
    Q_OBJECT
public:
    // The speeds offered, slowest first; Faster and Slower step through them.
    static const QList<double>& speeds();

    // `shortcutHost` receives the actions so their keys work anywhere in its window.
    PlaybackControls(Player* player, QWidget* shortcutHost, QWidget* parent = nullptr);

    // Faster, Slower, Normal Speed, Louder, Quieter: for the Playback menu.
    QList<QAction*> actions() const { return m_actions; }

private:
    void stepSpeed(int steps);
    void stepVolume(int percent);
    void showSpeed(double speed);
    void showVolume(double volume);

    Player* m_player;
    QComboBox* m_speed;
    QSlider* m_volume;
    QList<QAction*> m_actions;
};

} // namespace hhs::ui
