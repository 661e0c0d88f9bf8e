#include "main/label_check_dialog.h"

#include "document/project_controller.h"
#include "formats/time_text.h"
#include "main/labelling_settings.h"
#include "main/timeline_controller.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hhs::ui {
namespace {
constexpr int kTrackRole = Qt::UserRole;
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;

QString kindText(LabelProblemKind kind)
{
    switch (kind) {
    case LabelProblemKind::ShortRegion:
        return LabelCheckDialog::tr("Short region");
    case LabelProblemKind::ShortGap:
        return LabelCheckDialog::tr("Short gap");
    case LabelProblemKind::Overlap:
        return LabelCheckDialog::tr("Overlap");
    case LabelProblemKind::Unlabelled:
        return LabelCheckDialog::tr("No class");
    }
    return {};
}
} // namespace

LabelCheckDialog::LabelCheckDialog(ProjectController* project, TimelineController* timeline,
                                   QWidget* parent)
    : QDialog(parent), m_project(project), m_timeline(timeline), m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_fix(new QPushButton(tr("&Fix"), this))
{
    setWindowTitle(tr("Check Labels"));
    m_summary->setWordWrap(true);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Problem"), tr("Track"), tr("Where"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_fix->setToolTip(tr("Join short regions to their neighbours, close short gaps and end "
                         "overlaps, in one step you can undo. Regions without a class stay."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_fix, QDialogButtonBox::ActionRole);
    QPushButton* again = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fix, &QPushButton::clicked, this, &LabelCheckDialog::fix);
    connect(again, &QPushButton::clicked, this, &LabelCheckDialog::recheck);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        m_timeline->showStretch(item->data(0, kTrackRole).toLongLong(),
                                item->data(0, kStartRole).toDouble(),
                                item->data(0, kEndRole).toDouble(), false);
    });
    recheck();
}

void LabelCheckDialog::recheck()
{
    m_list->clear();
    Project* project = m_project->project();
    if (!project) {
        m_check = {};
        m_summary->setText(tr("Open a project to check its labels."));
        m_fix->setEnabled(false);
        return;
    }
    const double minimum = LabellingSettings::load().minimumSeconds;
    Result<LabelCheck> check = checkProjectLabels(*project, minimum);
    if (!check) {
        m_check = {};
        m_summary->setText(tr("The labels could not be read: %1").arg(check.message()));
        m_fix->setEnabled(false);
        return;
    }
    m_check = std::move(*check);
    QHash<std::int64_t, QString> names;
    for (const TrackRecord& track : m_project->tracks())
        names.insert(track.id, track.fileName);
    for (const LabelProblem& problem : m_check.problems) {
        auto* item = new QTreeWidgetItem(
            m_list, {kindText(problem.kind), names.value(problem.trackId),
                     tr("%1 – %2").arg(formatTimeText(problem.start), formatTimeText(problem.end)),
                     problem.description});
        item->setData(0, kTrackRole, qlonglong(problem.trackId));
        item->setData(0, kStartRole, problem.start);
        item->setData(0, kEndRole, problem.end);
    }
    m_summary->setText(
        m_check.problems.empty()
            ? tr("No problems: no region or gap is shorter than %1 s, none overlap, and every "
                 "region has a class.")
                  .arg(minimum)
            : tr("%n problem(s) found; double-click one to see it.", nullptr,
                 int(m_check.problems.size())));
    m_fix->setEnabled(m_check.hasFixes());
}

bool LabelCheckDialog::fix()
{
    Project* project = m_project->project();
    if (!project || !m_check.hasFixes()) return false;
    Result<EditCommand> fixed = applyLabelFixes(*project, m_check);
    if (!fixed) {
        m_summary->setText(fixed.message());
        return false;
    }
    m_project->pushEdit(std::move(*fixed));
    recheck();
    return true;
}

} // namespace hhs::ui
