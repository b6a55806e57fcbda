#pragma once

#include <QString>

// What the connected user may do with an event (a file: everything). On a
// server the event's roles decide it (EventRoles); the GUI shows only what is
// allowed, and a refused action gives `refusal`.
struct StorePermissions {
    QString roleName;              // "" for a file; "organiser" / "desk" / "viewer" on a server
    bool editProgramme = true;     // rooms, tracks, sessions, people, designs, settings
    bool editParticipants = true;  // add/import/edit/erase registrations and people's personal data
    bool checkIn = true;
    bool seeParticipants = true;
    bool seeContactDetails = true; // e-mail, phone, dietary, accessibility, notes
    QString refusal;               // the sentence for a refused action ("The desk role may only check people in.")
};
