#include "main/labelling_settings.h"

#include "project/label_check.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <algorithm>

namespace hhs::ui {
namespace {
const char* kMinimumKey = "labelling/minimumSeconds";
const char* kReactionKey = "labelling/reactionSeconds";
constexpr double kLongestReaction = 1.0;
constexpr double kLongestMinimum = 5.0;
} // namespace

LabellingSettings LabellingSettings::load()
{
    const QSettings stored;
    LabellingSettings settings;
    settings.minimumSeconds = std::clamp(
        stored.value(QLatin1String(kMinimumKey), kDefaultMinimumRegionSeconds).toDouble(), 0.0,
        kLongestMinimum);
    settings.reactionSeconds =
        std::clamp(stored.value(QLatin1String(kReactionKey), settings.reactionSeconds).toDouble(),
                   0.0, kLongestReaction);
    return settings;
}

void LabellingSettings::save() const
{
    QSettings stored;
    stored.setValue(QLatin1String(kMinimumKey), minimumSeconds);
    stored.setValue(QLatin1String(kReactionKey), reactionSeconds);
}

LabellingSettingsDialog::LabellingSettingsDialog(QWidget* parent)
    : QDialog(parent), m_minimum(new QDoubleSpinBox(this)), m_reaction(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Labelling Settings"));
    const LabellingSettings current = LabellingSettings::load();
    for (QDoubleSpinBox* box : {m_minimum, m_reaction}) {
        box->setDecimals(2);
        box->setSingleStep(0.05);
        box->setSuffix(tr(" s"));
    }
    m_minimum->setRange(0, kLongestMinimum);
    m_minimum->setValue(current.minimumSeconds);
    m_minimum->setToolTip(tr("Edits never leave a region or a gap shorter than this: a boundary "
                             "that near another one snaps to it."));
    m_reaction->setRange(0, kLongestReaction);
    m_reaction->setValue(current.reactionSeconds);
    m_reaction->setToolTip(tr("A cut made while playing lands this much earlier than the key "
                              "press, where you heard the change. 0 turns it off."));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Shortest region or gap:"), m_minimum);
    form->addRow(tr("Reaction time for cuts while playing:"), m_reaction);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        settings().save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LabellingSettings LabellingSettingsDialog::settings() const
{
    return LabellingSettings{m_minimum->value(), m_reaction->value()};
}

} // namespace hhs::ui
