#pragma once

#include "model/Session.h"
#include "schedule/ScheduleSnapshot.h"

#include <QListWidget>

// The sessions not on the timetable yet. Drag one onto the grid to
// schedule it; drop a block from the grid here to unschedule it.
class UnscheduledList : public QListWidget
{
    Q_OBJECT
public:
    explicit UnscheduledList(QWidget *parent = nullptr);
    void show(const ScheduleSnapshot &snapshot);
    // Whether a point on the screen is over this list (where a dragged block unschedules).
    bool containsGlobal(const QPoint &globalPos) const;

signals:
    void editRequested(SessionId id);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
    void keyPressEvent(QKeyEvent *event) override;
};
