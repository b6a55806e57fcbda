#pragma once

#include "model/Event.h"
#include "model/EventConstraints.h"
#include "model/Room.h"
#include "model/Track.h"

#include <QDialog>

class EventDocument;
class EventStore;
class QListWidget;
class QSpinBox;
class QTableWidget;

// The event's scheduling rules (File ▸ Scheduling Rules…): the minimum gap
// between one person's sessions, times kept free of sessions (lunch, coffee),
// and for each track the rooms it uses and how many of its sessions may run
// at once. Arranging keeps them; the conflict check reports what breaks them.
class SchedulingRulesDialog : public QDialog
{
    Q_OBJECT
public:
    SchedulingRulesDialog(const EventStore &file, const EventConstraints &rules, QWidget *parent = nullptr);
    EventConstraints rules() const;

    // Opens the dialog and saves what changed as one undoable edit.
    static void edit(QWidget *parent, EventDocument *document);

private:
    void addBreakRow(const KeptFreeTime &time);
    void showTrackRooms();
    void keepTrackRooms();

    Event m_event;
    QList<Room> m_rooms;
    QList<Track> m_tracks;
    EventConstraints m_rules;
    QSpinBox *m_gap;
    QTableWidget *m_breaks;
    QTableWidget *m_trackTable;
    QListWidget *m_trackRooms;
    int m_shownTrack = -1; // the row whose rooms m_trackRooms shows
};
