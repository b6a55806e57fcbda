#include "print/TimetablePages.h"

#include <QSet>

#include <cmath>

int TimetablePages::columns(int dayRooms, int roomsPerPage)
{
    const int perPage = qMax(1, roomsPerPage);
    const int pages = qMax(1, (dayRooms + perPage - 1) / perPage);
    return qMax(1, (dayRooms + pages - 1) / pages);
}

QList<TimetablePage> TimetablePages::plan(QDate day, const QDateTime &dayStart, const QList<Session> &sessions,
                                         const QList<Room> &allRooms, const Limits &limits)
{
    QList<TimetablePage> pages;
    if (sessions.isEmpty())
        return pages;
    QSet<RoomId> used;
    for (const Session &s : sessions)
        used.insert(*s.roomId);
    QList<Room> rooms;
    for (const Room &room : allRooms)
        if (used.contains(room.id))
            rooms << room;

    const int evenPerPage = columns(int(rooms.size()), limits.roomsPerPage);

    // Hours: from the first start to the last end, on half hours; split when the
    // shortest session (15 minutes at least) would be shorter than a line of its title.
    QDateTime first = sessions.first().start, last = sessions.first().end();
    for (const Session &s : sessions) {
        first = qMin(first, s.start);
        last = qMax(last, s.end());
    }
    const qint64 startMin = (dayStart.secsTo(first) / 60) / 30 * 30;
    const qint64 endMin = qMax(startMin + 30, ((dayStart.secsTo(last) / 60) + 29) / 30 * 30);
    qint64 window = endMin - startMin;
    if (limits.gridHeight > 0 && limits.minimumBlock > 0) {
        int shortest = 24 * 60;
        for (const Session &session : sessions)
            shortest = qMin(shortest, qMax(15, session.durationMinutes));
        const qint64 fits = qint64(limits.gridHeight / (limits.minimumBlock / shortest)) / 30 * 30;
        window = qBound<qint64>(60, fits, window);
    }

    for (qint64 from = startMin; from < endMin; from += window) {
        const qint64 to = qMin(endMin, from + window);
        for (int r = 0; r < rooms.size(); r += evenPerPage) {
            TimetablePage page;
            page.day = day;
            page.rooms = rooms.mid(r, evenPerPage);
            page.firstRoom = r;
            page.dayRooms = int(rooms.size());
            page.columns = evenPerPage;
            page.fromMinute = from;
            page.toMinute = to;
            page.continued = from > startMin;
            page.hoursSplit = window < endMin - startMin;
            QSet<RoomId> here;
            for (const Room &room : page.rooms)
                here.insert(room.id);
            for (const Session &s : sessions) {
                const qint64 sFrom = dayStart.secsTo(s.start) / 60, sTo = dayStart.secsTo(s.end()) / 60;
                if (here.contains(*s.roomId) && sFrom < to && qMax(sTo, sFrom + 1) > from)
                    page.sessions << s;
            }
            pages << page;
        }
    }
    return pages;
}
