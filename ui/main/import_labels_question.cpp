#include "main/import_labels_question.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace hhs::ui {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hhs::ui::ImportLabelsQuestion)
};
} // namespace

ExistingLabels askHowToImportLabels(QWidget* parent, const QString& trackName, int existingRegions)
{
    if (!qEnvironmentVariableIsEmpty("HHS_NO_DIALOGS")) return ExistingLabels::Replace;
    QMessageBox box(QMessageBox::Question, Text::tr("Import Labels"),
                    Text::tr("%1 already has %n labelled region(s). Replace them with the file's "
                             "regions, or add the file's regions beside them?",
                             nullptr, existingRegions)
                        .arg(trackName),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(
        Text::tr("Adding beside them is refused if a new region would overlap one "
                 "of them. Either way, Undo takes the import back."));
    QPushButton* replace = box.addButton(Text::tr("Replace Them"), QMessageBox::DestructiveRole);
    QPushButton* beside = box.addButton(Text::tr("Add Beside Them"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(beside);
    box.exec();
    if (box.clickedButton() == replace) return ExistingLabels::Replace;
    if (box.clickedButton() == beside) return ExistingLabels::AddBeside;
    return ExistingLabels::Cancel;
}

bool askToMakeSongsFromChapters(QWidget* parent, const QStringList& files)
{
    if (!qEnvironmentVariableIsEmpty("HHS_NO_DIALOGS")) return true;
    QMessageBox box(QMessageBox::Question, Text::tr("Chapters"),
                    Text::tr("%n of the imported files carry chapters, as video downloads often "
                             "do. Make each chapter an unlabelled song named after it?",
                             nullptr, int(files.size())),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(files.join(QLatin1Char('\n')));
    QPushButton* make = box.addButton(Text::tr("Make Songs"), QMessageBox::AcceptRole);
    box.addButton(Text::tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(make);
    box.exec();
    return box.clickedButton() == make;
}

std::optional<Overlap> overlapFor(ExistingLabels answer)
{
    switch (answer) {
    case ExistingLabels::Replace:
        return Overlap::ReplaceAll;
    case ExistingLabels::AddBeside:
        return Overlap::Refuse;
    case ExistingLabels::Ask:
    case ExistingLabels::Cancel:
        break;
    }
    return std::nullopt;
}

} // namespace hhs::ui
