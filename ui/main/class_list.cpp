#include "main/class_list.h"

#include "document/project_controller.h"
#include "main/class_gloss.h"
#include "timeline/class_swatch.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPainter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hhs::ui {
namespace {
enum Column { NameColumn, KeyColumn, SegmentsColumn };
} // namespace

ClassList::ClassList(ProjectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("classList"));
    m_tree->setHeaderLabels({tr("Class"), tr("Key"), tr("Segments")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setFocusPolicy(Qt::ClickFocus);
    m_tree->headerItem()->setToolTip(SegmentsColumn,
                                     tr("Segments an export would make, over all tracks"));

    auto* buttons = new QHBoxLayout;
    auto addButton = [&](const QString& text, const QString& tip, auto slot) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        connect(button, &QToolButton::clicked, this, slot);
        buttons->addWidget(button);
    };
    addButton(tr("Add"), tr("Add a class"), &ClassList::addClass);
    addButton(tr("Rename"), tr("Rename the selected class"), &ClassList::renameClass);
    addButton(tr("Colour"), tr("Change the selected class's colour"), &ClassList::recolourClass);
    addButton(tr("▲"), tr("Move the selected class up (its key changes)"),
              [this]() { moveSelected(-1); });
    addButton(tr("▼"), tr("Move the selected class down (its key changes)"),
              [this]() { moveSelected(1); });
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    connect(controller, &ProjectController::classesChanged, this, &ClassList::rebuild);
    connect(controller, &ProjectController::regionsChanged, this, &ClassList::rebuild);
}

QString ClassList::hotkey(int position)
{
    return position >= 0 && position < 9 ? QString::number(position + 1) : QString();
}

void ClassList::rebuild()
{
    const QString selected = selectedName();
    m_tree->clear();
    const QHash<std::int64_t, int> segments = m_controller->segmentsPerClass();
    for (const ClassRecord& record : m_controller->classes()) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setIcon(NameColumn, classSwatch(QColor(record.color), 14));
        item->setText(NameColumn, classWithGloss(record.name));
        item->setData(NameColumn, Qt::UserRole, record.name); // the name itself, without gloss
        item->setText(KeyColumn, hotkey(record.position));
        item->setText(SegmentsColumn, QString::number(segments.value(record.id)));
        item->setTextAlignment(SegmentsColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (record.name == selected) m_tree->setCurrentItem(item);
    }
}

QString ClassList::selectedName() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void ClassList::addClass()
{
    const QString name = QInputDialog::getText(this, tr("Add class"), tr("Name:")).trimmed();
    if (!name.isEmpty()) m_controller->addClass(name);
}

void ClassList::renameClass()
{
    const QString old = selectedName();
    if (old.isEmpty()) return;
    const QString name =
        QInputDialog::getText(this, tr("Rename class"), tr("New name:"), QLineEdit::Normal, old)
            .trimmed();
    if (!name.isEmpty() && name != old) m_controller->renameClass(old, name);
}

void ClassList::recolourClass()
{
    const QString name = selectedName();
    if (name.isEmpty()) return;
    QColor initial;
    for (const ClassRecord& record : m_controller->classes())
        if (record.name == name) initial = QColor(record.color);
    const QColor colour = QColorDialog::getColor(initial, this, tr("Colour of %1").arg(name));
    if (colour.isValid()) m_controller->recolourClass(name, colour.name());
}

void ClassList::moveSelected(int delta)
{
    const QString name = selectedName();
    for (const ClassRecord& record : m_controller->classes())
        if (record.name == name) {
            const int to = record.position + delta;
            if (to >= 0 && to < int(m_controller->classes().size()))
                m_controller->moveClass(name, to);
        }
}

} // namespace hhs::ui
