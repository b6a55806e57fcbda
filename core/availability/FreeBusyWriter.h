#pragma once

#include "availability/AvailabilityChange.h"
#include "util/Result.h"

class AvailabilityOwners;

// Writes availability as iCalendar free/busy (RFC 5545 VFREEBUSY), one
// component per person or room that has limits. The mapping, which
// FreeBusyReader reverses:
//   preferred                      FREEBUSY;FBTYPE=FREE
//   available                      FREEBUSY;FBTYPE=BUSY-TENTATIVE (could be
//                                  placed there, would rather not)
//   not available                  FREEBUSY;FBTYPE=BUSY-UNAVAILABLE
// over DTSTART..DTEND, the event's programme days (widened to hold every
// span), so calendar programs show the unavailable times as busy. A person is
// the ORGANIZER (whose free/busy it is, as RFC 5545 publishes it) with their
// name as CN and their email, or urn:uuid:GUID when they have none; a room is
// ORGANIZER;CN=name;X-PODIUM-KIND=ROOM.
class FreeBusyWriter
{
public:
    static Status write(const QString &path, bool overwrite, const QDateTime &eventStart,
                        const QDateTime &eventEnd, const AvailabilityOwners &owners, const AvailabilityChange &availability);
    // The text alone (for tests and the GUI).
    static QByteArray text(const QDateTime &eventStart, const QDateTime &eventEnd, const AvailabilityOwners &owners,
                           const AvailabilityChange &availability, const QDateTime &stamp);
};
