#pragma once

#include "model/Availability.h"
#include "model/Room.h"

#include <QDialog>

class AvailabilityEditor;
class EventDocument;
class EventStore;
class QLineEdit;
class QSpinBox;

// A room's details (name, seats, where it is) and when it can be used,
// painted on a day strip. The Rooms page opens it (Room Details…).
class RoomEditorDialog : public QDialog
{
    Q_OBJECT
public:
    RoomEditorDialog(const EventStore &file, const Room &room, QWidget *parent = nullptr);
    Room room() const;
    Availability availability() const;
    Availability storedAvailability() const { return m_storedAvailability; }
    void accept() override;

    // Opens the dialog on a room and saves what changed as one undoable edit.
    static void editRoom(QWidget *parent, EventDocument *document, RoomId id);

private:
    Room m_room;
    Availability m_storedAvailability;
    QLineEdit *m_name;
    QSpinBox *m_capacity;
    QLineEdit *m_location;
    AvailabilityEditor *m_availability;
};
