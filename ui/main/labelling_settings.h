// LabellingSettings: the preferences of labelling at listening speed — the shortest region or
// gap an edit may leave (shorter ones snap to their neighbour) and how far a cut made while
// playing moves back, to where the listener heard the change — remembered with QSettings
// ("labelling/..."), and the small dialog that edits them. GUI thread only.
#pragma once

#include <QDialog>

class QDoubleSpinBox;

namespace hhs::ui {

struct LabellingSettings
{
    // Seconds: regions and gaps shorter than this are slivers (project/label_check.h).
    double minimumSeconds = 0.5;
    // Seconds a cut made while playing moves back: a listener presses the key 0.03–0.33 s after
    // the change (measured labelling a medley by keyboard); 0 turns it off.
    double reactionSeconds = 0.2;

    static LabellingSettings load();
    void save() const;
};

class LabellingSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LabellingSettingsDialog(QWidget* parent = nullptr);
    LabellingSettings settings() const;

private:
    QDoubleSpinBox* m_minimum;
    QDoubleSpinBox* m_reaction;
};

} // namespace hhs::ui
