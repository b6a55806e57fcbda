#pragma once

#include "model/Event.h"
#include "model/SessionConstraints.h"

#include <QWidget>

class EventStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;
class SessionListPicker;

// The constraints of one session, as the session editor's Constraints tab
// shows them: pinned, fixed room and day, allowed rooms (ticked rooms and
// tracks' rooms), the seats it needs, and the sessions it must follow,
// precede or not overlap. Arranging keeps them; the conflict check reports
// what breaks them.
class SessionConstraintsEditor : public QWidget
{
    Q_OBJECT
public:
    // session: the session edited (0 for a new one), left out of the pickers.
    SessionConstraintsEditor(const EventStore &file, SessionId session, QWidget *parent = nullptr);
    // The session's constraints and the session as stored (where a pin stays).
    void setConstraints(const SessionConstraints &constraints, const Session &stored);
    // What the form says. "Pinned" keeps the pin it had; a session newly
    // pinned, or moved in the editor while pinned, is pinned where `placed` is.
    SessionConstraints constraints(const Session &placed) const;

private:
    void updateEnabled();
    void updatePinnedText();
    Event m_event;
    SessionConstraints m_given;
    Session m_stored;
    QCheckBox *m_pinned;
    QLabel *m_pinnedAt;
    QComboBox *m_fixedRoom;
    QComboBox *m_fixedDay;
    QListWidget *m_allowed;
    QComboBox *m_seatsFrom;
    QSpinBox *m_minSeats;
    SessionListPicker *m_follows;
    SessionListPicker *m_precedes;
    SessionListPicker *m_notWith;
};
