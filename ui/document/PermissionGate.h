#pragma once

#include "storage/StorePermissions.h"

#include <QString>

class EventDocument;
class EventStore;
class QAction;
class QWidget;

// What the open event lets this window do, decided in one place: the store's
// read-only state (a file opened read-only, a newer schema) and, for an event
// on a server, the login's role (StorePermissions: an organiser does
// everything, a desk only checks people in, a viewer sees the programme).
// Pages, models and dialogs ask the gate of their document which part they
// may change; the server enforces the same rules, so the gate only spares
// the user actions that would be refused.
class PermissionGate
{
public:
    enum class Area {
        Programme,    // rooms, tracks, sessions, people, designs, settings, the event's properties
        Participants, // registrations and people's personal data
        CheckIn,      // checking people in at the door
    };

    // Nothing open: nothing may be changed.
    PermissionGate() = default;
    explicit PermissionGate(const EventStore &store);
    // The gate of an open event, asked of its store once (nothing open: the empty gate).
    static PermissionGate of(const EventDocument *document);

    bool mayEdit(Area area) const;
    bool maySeeParticipants() const { return m_open && m_permissions.seeParticipants; }
    bool maySeeContactDetails() const { return m_open && m_permissions.seeContactDetails; }
    // Why this area may not be changed (the store's own sentence), empty when it may.
    QString refusal(Area area) const;
    // The server role ("desk"), empty for a file.
    QString roleName() const { return m_permissions.roleName; }

    // Enables the action when the area may be changed and `also` holds; when the
    // area is refused, its tooltip and status tip say why (and go back when allowed).
    void apply(QAction *action, Area area, bool also = true) const;
    void apply(QWidget *widget, Area area, bool also = true) const;
    // Puts why a control is disabled in its tooltip and status tip; empty gives back its own.
    static void explain(QAction *action, const QString &why);
    static void explain(QWidget *widget, const QString &why);

private:
    StorePermissions m_permissions;
    bool m_open = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};
