#pragma once

#include "model/Room.h"
#include "schedule/ScheduleSnapshot.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QLineEdit;
class QSpinBox;

// The timetable's room filter: words matching a room's name or location, or
// the name of a track with sessions in the room, and the fewest seats a room
// must have. With 40 rooms, the organiser narrows the grid to the rooms at hand.
class RoomFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit RoomFilterBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    int minimumSeats() const;
    void setMinimumSeats(int seats);
    bool isActive() const;
    // The rooms of the snapshot the filter lets through; none when it is not active.
    std::optional<QSet<RoomId>> shownRooms(const ScheduleSnapshot &snapshot) const;
    QLineEdit *lineEdit() const { return m_text; }

signals:
    void changed();

private:
    QLineEdit *m_text;
    QSpinBox *m_seats;
};
