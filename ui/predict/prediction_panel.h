// PredictionPanel: the content of the "Predictions" dock: the queue of files to predict on the
// left (each queued, predicting NN %, done with its verdict, or failed with the message), the
// selected file's PredictionView on the right, and "Clear finished". Files dropped on the panel
// are offered through filesDropped(). Entries are named by stable ids (they survive clearing).
// PredictionController fills it. Owns the Player its view plays through. GUI thread only.
#pragma once

#include "predict/predicted_file.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <memory>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace hhs::ui {

class Player;
class PredictionView;

class PredictionPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Queued, Predicting, Done, Failed };

    explicit PredictionPanel(QWidget* parent = nullptr);

    // The queue. addEntry returns the new entry's id.
    int addEntry(const QString& path);
    void setPredicting(int id, double fraction);
    void setDone(int id, std::shared_ptr<const PredictedFile> result);
    void setFailed(int id, const QString& message);
    // Gives a result whose samples were released (see samplesNeeded) its samples again.
    void setSamples(int id, std::shared_ptr<const LoadedAudio> audio);
    // How many of the newest results keep their decoded samples for playback.
    static constexpr int kResultsWithSamples = 3;
    // Removes the done and failed entries (the Clear finished button).
    void clearFinished();

    void setClassColours(const ClassColours& colours);
    // Shows the entry's result (or its state) on the right.
    void selectEntry(int id);

    QList<int> entryIds() const;
    bool hasEntry(int id) const;
    State state(int id) const;
    QString path(int id) const;
    QString message(int id) const;    // a failure's message
    QString statusText(int id) const; // the status line the list shows
    std::shared_ptr<const PredictedFile> result(int id) const;
    int selectedEntry() const; // -1: none

    PredictionView* view() const { return m_view; }
    QListWidget* queueList() const { return m_list; }
    QPushButton* clearButton() const { return m_clear; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* addToProjectButton() const { return m_addToProject; }
    Player* player() const { return m_player; }

Q_SIGNALS:
    // Local files dropped on the panel (the window passes them to the controller).
    void filesDropped(const QStringList& paths);
    // Cancel was clicked: stop the file in progress and the queue.
    void cancelRequested();
    // A result whose samples were released is on screen: load them again (setSamples).
    void samplesNeeded(int id, const QString& path);
    // Add to Project was clicked for a predicted file (predicted by that model).
    void addToProjectRequested(const QString& path, const QString& modelPath,
                               const QString& modelName);
    void entrySelected(int id);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Entry
    {
        int id = 0;
        QString path;
        State state = State::Queued;
        double fraction = 0;
        QString message;
        std::shared_ptr<const PredictedFile> result;
    };
    Entry* entry(int id);
    const Entry* entry(int id) const;
    QListWidgetItem* itemFor(int id) const;
    void refreshItem(const Entry& entry);
    void releaseOldSamples();
    void showSelected();
    QString statusFor(const Entry& entry) const;

    QList<Entry> m_entries;
    int m_nextId = 1;
    ClassColours m_colours;
    Player* m_player;
    QListWidget* m_list;
    QPushButton* m_clear;
    QPushButton* m_cancel;
    QPushButton* m_addToProject;
    PredictionView* m_view;
};

} // namespace hhs::ui
