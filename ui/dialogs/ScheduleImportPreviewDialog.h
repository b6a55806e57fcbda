#pragma once

#include "io/ScheduleMergePlan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// File ▸ Import Schedule…, before anything is written: what the import will
// add, change (and in which fields), leave as it is, and what the event has
// that the file does not (kept, or removed when the box is ticked).
class ScheduleImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `notes`: how the file was read (a CSV's encoding and columns), shown above the changes.
    ScheduleImportPreviewDialog(const ScheduleMergePlan &plan, const QString &fileName, const QString &eventName,
                                const QStringList &notes = {}, QWidget *parent = nullptr);

    // Whether the sessions not in the file are to be removed.
    bool removeMissing() const;
    void setRemoveMissing(bool remove);

private:
    void addGroup(SessionChange::Kind kind, const QString &title, bool expanded);
    void updateSummary();

    const ScheduleMergePlan &m_plan;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QCheckBox *m_removeMissing;
    QList<QTreeWidgetItem *> m_missingItems; // their second column says kept or removed
};
