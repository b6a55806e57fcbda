#pragma once

#include "model/Room.h"
#include "model/Session.h"

#include <QDate>
#include <QList>

// How a day of the timetable poster is cut into pages: the rooms side by side
// on one page (as many as keep the titles readable, or as asked), and the
// day's hours split again when even a short session would not hold one line.
struct TimetablePage
{
    QDate day;
    QList<Room> rooms;
    int firstRoom = 0;  // index of rooms.first() among the day's rooms
    int dayRooms = 0;   // rooms in use that day
    int columns = 1;    // room columns on each of the day's pages (the last may leave some empty)
    qint64 fromMinute = 0; // minutes after the day's start, on half hours
    qint64 toMinute = 0;
    bool continued = false; // a later part of the day's hours
    bool hoursSplit = false; // the day's hours go over more than one page
    QList<Session> sessions; // the day's sessions in these rooms that overlap these minutes
};

class TimetablePages
{
public:
    struct Limits
    {
        int roomsPerPage = 1;     // at least 1
        qreal gridHeight = 0;     // points available for the hours
        qreal minimumBlock = 0;   // points the day's shortest session needs to hold a line
    };
    // Room columns per page for a day with this many rooms: pages as even as possible
    // (13 rooms at 12 a page: 7 and 6, not 12 and 1).
    static int columns(int dayRooms, int roomsPerPage);
    // The pages of one day (sessions of that day, all scheduled), rooms in timetable order.
    static QList<TimetablePage> plan(QDate day, const QDateTime &dayStart, const QList<Session> &sessions,
                                     const QList<Room> &allRooms, const Limits &limits);
};
