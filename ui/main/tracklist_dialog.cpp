#include "main/tracklist_dialog.h"

#include "formats/time_text.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hhs::ui {

TracklistDialog::TracklistDialog(const QString& trackName, double durationSeconds, QWidget* parent)
    : QDialog(parent), m_duration(durationSeconds)
{
    setWindowTitle(tr("Import Tracklist for %1").arg(trackName));
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(
        tr("Paste the video's description or its tracklist. Every line that starts with a time "
           "(03:25 Artist - Title) becomes an unlabelled song running to the next one; the "
           "other lines are left out."),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_editor = new QPlainTextEdit(this);
    m_editor->setPlaceholderText(tr("00:00 Artist - First song\n03:25 Artist - Second song"));
    layout->addWidget(m_editor, 2);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_preview = new QTreeWidget(this);
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Time"), tr("Song, or the line that was not read")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_preview, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* open = buttons->addButton(tr("Open File…"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("Make Songs"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(open, &QPushButton::clicked, this, &TracklistDialog::openFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &TracklistDialog::parse);
    resize(640, 520);
    parse();
}

QString TracklistDialog::text() const
{
    return m_editor->toPlainText();
}

void TracklistDialog::setText(const QString& text)
{
    m_editor->setPlainText(text);
}

void TracklistDialog::parse()
{
    m_preview->clear();
    m_parsed = {};
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_summary->setText(tr("Nothing pasted yet."));
        m_import->setEnabled(false);
        return;
    }
    Result<Tracklist> parsed =
        parseTracklist(text.toUtf8(), tr("the pasted tracklist"), m_duration);
    if (!parsed) {
        m_summary->setText(parsed.message());
        m_import->setEnabled(false);
        return;
    }
    m_parsed = std::move(*parsed);
    for (const LabelSpan& song : m_parsed.songs)
        new QTreeWidgetItem(
            m_preview,
            {tr("%1 – %2").arg(formatTimeText(song.start), formatTimeText(song.end)), song.text});
    for (const TracklistLine& line : m_parsed.unread) {
        auto* item = new QTreeWidgetItem(
            m_preview, {tr("line %1").arg(line.number), tr("not read: %1").arg(line.text)});
        item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_summary->setText(
        tr("%n song(s) will be made; %1 line(s) are not read.", nullptr, int(m_parsed.songs.size()))
            .arg(m_parsed.unread.size()));
    m_import->setText(tr("Make %n Song(s)", nullptr, int(m_parsed.songs.size())));
    m_import->setEnabled(true);
}

void TracklistDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Tracklist"), QString(), tr("Text files (*.txt *.tracklist);;All files (*)"));
    if (path.isEmpty()) return;
    Result<QByteArray> read = readTextFile(path);
    if (!read) {
        m_summary->setText(read.message());
        return;
    }
    setText(QString::fromUtf8(*read));
}

} // namespace hhs::ui
