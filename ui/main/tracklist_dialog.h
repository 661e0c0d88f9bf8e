// TracklistDialog: File ▸ Import Tracklist… — a box to paste a video's description (or load a
// text file into), with what it makes shown as the user types: every line that starts with a
// time becomes a song running to the next, the other lines are listed as not read, and a line
// with a time written wrongly is named with its number. Accepting hands the text to
// ProjectController::importTracklistText. GUI thread only.
#pragma once

#include "formats/label_formats.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace hhs::ui {

class TracklistDialog : public QDialog
{
    Q_OBJECT
public:
    // For a track of `durationSeconds` called `trackName`.
    TracklistDialog(const QString& trackName, double durationSeconds, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    // The songs the text makes now (empty when it has an error or none).
    const std::vector<LabelSpan>& songs() const { return m_parsed.songs; }
    QPlainTextEdit* editor() const { return m_editor; }
    QTreeWidget* preview() const { return m_preview; }
    QLabel* summary() const { return m_summary; }
    QPushButton* importButton() const { return m_import; }

private:
    void parse();
    void openFile();

    double m_duration;
    Tracklist m_parsed;
    QPlainTextEdit* m_editor;
    QLabel* m_summary;
    QTreeWidget* m_preview;
    QPushButton* m_import;
};

} // namespace hhs::ui
