// TrackPropertiesDialog: a track's properties (its title, file, format and codec, bit rate,
// rate, channels, length, content hash, when it was added) from the project at once, then its
// file read again off the GUI thread for its audio streams (which one is read) and chapters.
// GUI thread only.
#pragma once

#include "audio/audio_file.h"
#include "jobs/result.h"
#include "project/records.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace hhs::ui {

class JobRunner;

class TrackPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    TrackPropertiesDialog(const TrackRecord& track, JobRunner* runner, QWidget* parent = nullptr);

    // The value shown beside a field's label ("Codec"), empty when the field is not shown.
    QString field(const QString& label) const;
    QTreeWidget* streams() const { return m_streams; }
    QTreeWidget* chapters() const { return m_chapters; }
    // True once the file has been read (or found unreadable).
    bool fileRead() const { return m_fileRead; }

Q_SIGNALS:
    void fileReadFinished();

private:
    void addField(const QString& label, const QString& value);
    void showFile(const Result<AudioInfo>& info);

    QFormLayout* m_form;
    QLabel* m_fileState;
    QTreeWidget* m_streams;
    QTreeWidget* m_chapters;
    bool m_fileRead = false;
};

} // namespace hhs::ui
