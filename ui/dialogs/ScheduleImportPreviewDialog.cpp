#include "dialogs/ScheduleImportPreviewDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ScheduleImportPreviewDialog::ScheduleImportPreviewDialog(const ScheduleMergePlan &plan, const QString &fileName,
                                                         const QString &eventName, const QStringList &notes,
                                                         QWidget *parent)
    : QDialog(parent), m_plan(plan)
{
    setWindowTitle(tr("Import Schedule"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Importing “%1” into “%2” will make these changes. Nothing has been written yet.")
                                 .arg(fileName, eventName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!notes.isEmpty()) {
        auto *read = new QLabel(notes.join(QLatin1Char('\n')), this);
        read->setWordWrap(true);
        read->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(read);
    }
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Session"), tr("What changes")});
    // The values before and after need the room more than the titles.
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 300);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    addGroup(SessionChange::Kind::Changed, tr("Changed (%1)"), true);
    addGroup(SessionChange::Kind::Missing, tr("Not in the file (%1)"), true);
    // A first import adds everything: a long list would only repeat the file.
    addGroup(SessionChange::Kind::Added, tr("Added (%1)"),
             !plan.intoEmptyProgramme() || plan.count(SessionChange::Kind::Added) <= 50);
    addGroup(SessionChange::Kind::Unchanged, tr("Unchanged (%1)"), false);
    layout->addWidget(m_tree, 1);

    const int missing = plan.count(SessionChange::Kind::Missing);
    m_removeMissing = new QCheckBox(
        tr("&Remove the sessions of the event that are not in the file (%1)").arg(missing), this);
    m_removeMissing->setEnabled(missing > 0);
    m_removeMissing->setVisible(!plan.intoEmptyProgramme());
    layout->addWidget(m_removeMissing);
    auto *undoNote = new QLabel(tr("You can undo the whole import in one step with Edit ▸ Undo."), this);
    undoNote->setWordWrap(true);
    layout->addWidget(undoNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_removeMissing, &QCheckBox::toggled, this, &ScheduleImportPreviewDialog::updateSummary);
    updateSummary();
    resize(720, 480);
}

bool ScheduleImportPreviewDialog::removeMissing() const
{
    return m_removeMissing->isChecked();
}

void ScheduleImportPreviewDialog::setRemoveMissing(bool remove)
{
    m_removeMissing->setChecked(remove);
}

void ScheduleImportPreviewDialog::addGroup(SessionChange::Kind kind, const QString &title, bool expanded)
{
    const QList<const SessionChange *> changes = m_plan.of(kind);
    if (changes.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(m_tree, {title.arg(changes.size())});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    for (const SessionChange *c : changes) {
        QStringList fields;
        for (const QString &key : c->fields)
            fields << ScheduleMergePlan::fieldLabel(key);
        auto *item = new QTreeWidgetItem(group, {c->title, fields.join(QStringLiteral(", "))});
        item->setToolTip(0, tr("%1\nGUID %2").arg(c->title, c->guid));
        // Under a changed session, each field with its value before and after.
        QStringList lines;
        for (int f = 0; f < c->fields.size(); ++f) {
            if (c->valuesBefore[f].isEmpty() && c->valuesAfter[f].isEmpty())
                continue;
            const QString change = ScheduleMergePlan::valueChange(c->valuesBefore[f], c->valuesAfter[f]);
            auto *detail = new QTreeWidgetItem(item, {fields[f], change});
            detail->setToolTip(1, change);
            lines << QStringLiteral("%1: %2").arg(fields[f], change);
        }
        if (!lines.isEmpty())
            item->setToolTip(1, lines.join(QLatin1Char('\n')));
        if (kind == SessionChange::Kind::Missing)
            m_missingItems << item;
    }
    group->setExpanded(expanded);
}

void ScheduleImportPreviewDialog::updateSummary()
{
    const int missing = m_plan.count(SessionChange::Kind::Missing);
    for (QTreeWidgetItem *item : std::as_const(m_missingItems))
        item->setText(1, removeMissing() ? tr("removed") : tr("kept"));
    QStringList lines{
        tr("Sessions: %1 added, %2 changed, %3 unchanged.")
            .arg(m_plan.count(SessionChange::Kind::Added))
            .arg(m_plan.count(SessionChange::Kind::Changed))
            .arg(m_plan.count(SessionChange::Kind::Unchanged)),
        tr("New rooms: %1, new tracks: %2, new people: %3.")
            .arg(m_plan.roomsAdded())
            .arg(m_plan.tracksAdded())
            .arg(m_plan.peopleAdded())};
    if (missing > 0)
        lines << (removeMissing() ? tr("Sessions not in the file: %1, to be removed.").arg(missing)
                                  : tr("Sessions not in the file: %1, kept in the event.").arg(missing));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}
