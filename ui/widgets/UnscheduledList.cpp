#include "widgets/UnscheduledList.h"

#include "widgets/TimetableView.h"

#include <QKeyEvent>

namespace {
const int idRole = Qt::UserRole;
const int minutesRole = Qt::UserRole + 1;

QStringList namesOf(const QList<const ScheduleSnapshot::Participation *> &people)
{
    QStringList names;
    for (const ScheduleSnapshot::Participation *p : people)
        names << p->name;
    return names;
}
} // namespace

UnscheduledList::UnscheduledList(QWidget *parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(2);
    setUniformItemSizes(false);
    connect(this, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit editRequested(item->data(idRole).toLongLong()); });
}

void UnscheduledList::show(const ScheduleSnapshot &snapshot)
{
    const SessionId current = currentItem() ? currentItem()->data(idRole).toLongLong() : 0;
    clear();
    const auto people = snapshot.rolesBySession();
    for (const Session &s : snapshot.sessions) {
        if (s.isScheduled())
            continue;
        const Track *track = s.trackId ? snapshot.track(*s.trackId) : nullptr;
        const QStringList names = namesOf(people.value(s.id));
        QString text = s.title + QLatin1Char('\n') + tr("%n min", nullptr, s.durationMinutes);
        if (!names.isEmpty())
            text += QStringLiteral(" · ") + names.join(QStringLiteral(", "));
        auto *item = new QListWidgetItem(text, this);
        item->setData(idRole, s.id);
        item->setData(minutesRole, s.durationMinutes);
        item->setToolTip(tr("Drag onto the timetable to schedule “%1”.").arg(s.title));
        QPixmap swatch(10, 28);
        swatch.fill(track ? track->color : QColor(0x9a, 0xa3, 0xad));
        item->setIcon(QIcon(swatch));
        if (s.id == current)
            setCurrentItem(item);
    }
}

bool UnscheduledList::containsGlobal(const QPoint &globalPos) const
{
    return isVisible() && rect().contains(mapFromGlobal(globalPos));
}

QStringList UnscheduledList::mimeTypes() const
{
    return {TimetableView::sessionMimeType()};
}

QMimeData *UnscheduledList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return TimetableView::sessionMime(items.first()->data(idRole).toLongLong(), items.first()->data(minutesRole).toInt());
}

void UnscheduledList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        emit editRequested(currentItem()->data(idRole).toLongLong());
        return;
    }
    QListWidget::keyPressEvent(event);
}
