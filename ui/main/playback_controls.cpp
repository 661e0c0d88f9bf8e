#include "main/playback_controls.h"

#include "playback/player.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSlider>
#include <algorithm>
#include <cmath>

namespace hhs::ui {
namespace {
const char* kSpeedKey = "playback/speed";
const char* kVolumeKey = "playback/volume";
// Louder and Quieter move the volume by this many percent.
constexpr int kVolumeStep = 10;

int nearestSpeedIndex(double speed)
{
    const QList<double>& all = PlaybackControls::speeds();
    int best = 0;
    for (int i = 1; i < all.size(); ++i)
        if (std::abs(all[i] - speed) < std::abs(all[best] - speed)) best = i;
    return best;
}
} // namespace

const QList<double>& PlaybackControls::speeds()
{
    static const QList<double> all{0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};
    return all;
}

PlaybackControls::PlaybackControls(Player* player, QWidget* shortcutHost, QWidget* parent)
    : QWidget(parent), m_player(player), m_speed(new QComboBox(this)),
      m_volume(new QSlider(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("playbackControls"));
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speed->setToolTip(tr("Playback speed; the pitch stays the same"));
    for (double speed : speeds())
        m_speed->addItem(tr("%1×").arg(speed), speed);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setToolTip(tr("Playback volume"));
    m_volume->setRange(0, 100);
    m_volume->setFixedWidth(100);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Speed"), this));
    layout->addWidget(m_speed);
    layout->addWidget(new QLabel(tr("Volume"), this));
    layout->addWidget(m_volume);
    // In the status bar it keeps its own width, whatever the window's.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    auto add = [this, shortcutHost](const QString& text, const QKeySequence& key, auto verb) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        shortcutHost->addAction(action);
        connect(action, &QAction::triggered, this, verb);
        m_actions << action;
    };
    add(tr("Faster"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this]() { stepSpeed(1); });
    add(tr("Slower"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this]() { stepSpeed(-1); });
    add(tr("Normal Speed"), QKeySequence(Qt::CTRL | Qt::Key_0),
        [this]() { m_player->setSpeed(1.0); });
    add(tr("Louder"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up),
        [this]() { stepVolume(kVolumeStep); });
    add(tr("Quieter"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
        [this]() { stepVolume(-kVolumeStep); });

    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { m_player->setSpeed(m_speed->itemData(index).toDouble()); });
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int percent) { m_player->setVolume(percent / 100.0); });
    connect(m_player, &Player::speedChanged, this, [this](double speed) {
        showSpeed(speed);
        QSettings().setValue(QLatin1String(kSpeedKey), speed);
    });
    connect(m_player, &Player::volumeChanged, this, [this](double volume) {
        showVolume(volume);
        QSettings().setValue(QLatin1String(kVolumeKey), volume);
    });

    const QSettings settings;
    m_player->setSpeed(settings.value(QLatin1String(kSpeedKey), 1.0).toDouble());
    m_player->setVolume(settings.value(QLatin1String(kVolumeKey), 1.0).toDouble());
    showSpeed(m_player->speed());
    showVolume(m_player->volume());
}

void PlaybackControls::stepSpeed(int steps)
{
    const int index =
        std::clamp(nearestSpeedIndex(m_player->speed()) + steps, 0, int(speeds().size()) - 1);
    m_player->setSpeed(speeds()[index]);
}

void PlaybackControls::stepVolume(int percent)
{
    m_player->setVolume(std::round(m_player->volume() * 100 + percent) / 100.0);
}

void PlaybackControls::showSpeed(double speed)
{
    m_speed->setCurrentIndex(nearestSpeedIndex(speed));
}

void PlaybackControls::showVolume(double volume)
{
    const QSignalBlocker blocker(m_volume);
    m_volume->setValue(int(std::lround(volume * 100)));
}

} // namespace hhs::ui
