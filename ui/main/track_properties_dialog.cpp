#include "main/track_properties_dialog.h"

#include "formats/time_text.h"
#include "jobs/job_runner.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hhs::ui {
namespace {
QTreeWidget* listOf(const QStringList& headers, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return list;
}
} // namespace

TrackPropertiesDialog::TrackPropertiesDialog(const TrackRecord& track, JobRunner* runner,
                                             QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Properties of %1").arg(track.displayName()));
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    if (!track.title.isEmpty()) addField(tr("Title"), track.title);
    addField(tr("File"), QDir::toNativeSeparators(track.path));
    addField(tr("Format"), track.format);
    addField(tr("Sample rate"), tr("%1 Hz").arg(track.sampleRate));
    addField(tr("Channels"), QString::number(track.channels));
    addField(tr("Length"), formatTimeText(track.durationSeconds));
    addField(tr("Size"), QLocale().formattedDataSize(track.fileSize));
    addField(tr("Content hash"), track.contentHash);
    addField(tr("Added"), QLocale().toString(QDateTime::fromMSecsSinceEpoch(track.addedMs),
                                             QLocale::ShortFormat));
    m_fileState = new QLabel(tr("Reading %1…").arg(track.fileName), this);
    m_fileState->setWordWrap(true);
    layout->addWidget(m_fileState);
    layout->addWidget(new QLabel(tr("Audio streams"), this));
    m_streams = listOf({tr("Stream")}, this);
    layout->addWidget(m_streams, 1);
    layout->addWidget(new QLabel(tr("Chapters"), this));
    m_chapters = listOf({tr("Time"), tr("Title")}, this);
    layout->addWidget(m_chapters, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 560);

    QPointer<TrackPropertiesDialog> self(this);
    const QString path = track.path;
    runner->start<AudioInfo>(
        tr("Reading %1").arg(track.fileName),
        [path](const JobControl&) -> Result<AudioInfo> { return probeAudio(path); },
        [self](Result<AudioInfo> info) {
            if (self) self->showFile(info);
        },
        JobRunner::Kind::Background);
}

void TrackPropertiesDialog::addField(const QString& label, const QString& value)
{
    auto* shown = new QLabel(value, this);
    shown->setObjectName(label);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown->setWordWrap(true);
    m_form->addRow(tr("%1:").arg(label), shown);
}

QString TrackPropertiesDialog::field(const QString& label) const
{
    const auto* shown = findChild<QLabel*>(label);
    return shown ? shown->text() : QString();
}

void TrackPropertiesDialog::showFile(const Result<AudioInfo>& info)
{
    m_fileRead = true;
    if (!info) {
        m_fileState->setText(info.message());
        Q_EMIT fileReadFinished();
        return;
    }
    m_fileState->setText(tr("%1 is read as %2.").arg(info->path, info->encoding));
    if (!info->codec.isEmpty()) {
        addField(tr("Container"), info->container);
        addField(tr("Codec"), info->codec);
    }
    if (info->bitRate > 0) addField(tr("Bit rate"), tr("%1 kb/s").arg(info->bitRate / 1000));
    // The FFmpeg route names every audio stream and which is read; libsndfile's files have one.
    if (info->audioStreams.isEmpty())
        new QTreeWidgetItem(
            m_streams,
            {tr("%1, %2 ch, %3 Hz").arg(info->encoding).arg(info->channels).arg(info->sampleRate)});
    for (const QString& stream : info->audioStreams)
        new QTreeWidgetItem(m_streams, {stream});
    for (const AudioChapter& chapter : info->chapters)
        new QTreeWidgetItem(m_chapters, {tr("%1 – %2").arg(formatTimeText(chapter.startSeconds),
                                                           formatTimeText(chapter.endSeconds)),
                                         chapter.title});
    if (info->chapters.empty()) new QTreeWidgetItem(m_chapters, {QString(), tr("none")});
    Q_EMIT fileReadFinished();
}

} // namespace hhs::ui
