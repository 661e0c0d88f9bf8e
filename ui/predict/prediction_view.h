// PredictionView: one file's prediction: a header (file, model, the overall verdict as one bar
// per class), the waveform with the prediction ribbon, a time ruler and the playhead, a
// Play/Stop button and the merged stretches as a table. Clicking a stretch (in the table or on
// the ribbon) selects and plays it. Plays through the Player it is given (or its own); without
// an audio device it says so and everything else keeps working. GUI thread only.
#pragma once

#include "predict/predicted_file.h"

#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hhs::ui {

class Player;
class PredictionStrip;
class VerdictBars;

class PredictionView : public QWidget
{
    Q_OBJECT
public:
    // `player` is not owned and must outlive the view; nullptr: the view makes its own.
    explicit PredictionView(Player* player = nullptr, QWidget* parent = nullptr);

    // nullptr shows an empty view.
    void setResult(std::shared_ptr<const PredictedFile> result);
    std::shared_ptr<const PredictedFile> result() const { return m_result; }
    // Colours by class name (the project's); other classes get palette colours.
    void setClassColours(const ClassColours& colours);

    int selectedStretch() const { return m_selected; }
    // Selects stretch `index` (-1: none) and, when asked, plays it.
    void selectStretch(int index, bool play);
    void stop();

    // For tests: the ribbon, the verdict, the table, the button.
    int ribbonCellCount() const;
    QColor ribbonCellColour(int window) const;
    QString ribbonToolTip(int window) const;
    QString verdictText() const;
    std::vector<double> verdictPercentages() const;
    QTableWidget* stretchTable() const { return m_table; }
    PredictionStrip* strip() const { return m_strip; }
    QPushButton* playButton() const { return m_play; }
    QString noticeText() const;

Q_SIGNALS:
    void stretchSelected(int index);

private:
    void refresh();
    void fillTable(const std::vector<QColor>& colours);
    void togglePlay();
    bool ensurePlayable();
    void playingChanged(bool playing);

    Player* m_player;
    std::shared_ptr<const PredictedFile> m_result;
    ClassColours m_colours;
    int m_selected = -1;
    QLabel* m_title;
    QLabel* m_subtitle;
    VerdictBars* m_verdict;
    PredictionStrip* m_strip;
    QPushButton* m_play;
    QLabel* m_notice;
    QTableWidget* m_table;
};

} // namespace hhs::ui
