#pragma once

#include "availability/AvailabilityChange.h"
#include "util/Result.h"

#include <QCoreApplication>

class AvailabilityOwners;
struct Event;

// Reads availability from iCalendar free/busy (VFREEBUSY components, parsed
// by libical), the reverse of FreeBusyWriter's mapping, and what a calendar
// program's published free/busy means:
//   time inside DTSTART..DTEND not listed      available
//   FBTYPE=BUSY-TENTATIVE                      available
//   FBTYPE=FREE                                preferred
//   FBTYPE=BUSY (the default), BUSY-UNAVAILABLE not available
// Without DTSTART/DTEND a component covers the event's programme days. Whose
// it is: the ORGANIZER (or ATTENDEE), a person by email (mailto:), GUID
// (urn:uuid:) or name (CN), a room when X-PODIUM-KIND=ROOM or CUTYPE=ROOM,
// by name. Any problem fails the whole file, naming the line of the
// component and the property.
class FreeBusyReader
{
    Q_DECLARE_TR_FUNCTIONS(FreeBusyReader)
public:
    static Result<AvailabilityChange> read(const QString &path, const Event &event, const QDateTime &eventStart,
                                           const QDateTime &eventEnd, const AvailabilityOwners &owners);
    static Result<AvailabilityChange> parse(const QByteArray &text, const QString &fileName, const Event &event,
                                            const QDateTime &eventStart, const QDateTime &eventEnd,
                                            const AvailabilityOwners &owners);
};
