#pragma once

#include "io/ScheduleDocument.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>

// What a reader found for the conference, as text, before checking.
struct RawScheduleConference
{
    QString origin; // where it was read: "line 4" or "schedule.conference"
    QString title;
    QString subtitle;
    QString acronym;
    QString description;
    QString start;
    QString end;
    QString days;
    QString timeZone;
    QString venue;
    QString city;
    QString url;
};

struct RawSchedulePerson
{
    QString id;
    QString guid;
    QString name;
};

// What a reader found for one event (session), as text, before checking.
struct RawScheduleEvent
{
    QString origin;
    QString guid;
    QString id;
    QString title;
    QString subtitle;
    QString type;
    QString track;
    QString language;
    QString abstract;
    QString description;
    QString room; // the event's own room, else the room it is listed under
    QString date; // ISO moment
    QString start; // clock on `day`, when there is no date
    QString duration;
    QString day; // the date of the day it is listed under
    QString url;
    QString slug;
    QString recordingOptOut; // "true", "1"...
    QList<RawSchedulePerson> persons;
    QList<SessionLink> links;
    QList<SessionLink> attachments;
};

// Turns what the XML and JSON readers found into one checked
// ScheduleDocument: parses times, durations and ids, fills what a file may
// leave out (GUIDs, day range, time zone), and words every problem with the
// file name and where in the file it is, in the reader's own terms.
class ScheduleDocumentAssembler
{
public:
    enum class Syntax { Xml, Json, Csv }; // a CSV file has no conference: no title, days from its rows
    ScheduleDocumentAssembler(const QString &fileName, Syntax syntax);

    Status setConference(const RawScheduleConference &raw);
    void addTrack(const QString &name, const QString &color);
    void addRoom(const QString &name, const QString &guid);
    // A day as listed (date, start and end moments): an end in the early
    // hours of the next date gives the day change.
    Status addDay(const QString &origin, const QString &date, const QString &start, const QString &end);
    Status addEvent(const RawScheduleEvent &raw);
    // Something skipped; warnings with the same key are counted, not repeated.
    void warn(const QString &key, const QString &origin, const QString &text);
    // "“file.xml”, line 12: " + problem.
    QString message(const QString &origin, const QString &problem) const;
    // How the syntax names a field: <title>, "title" or column “title”.
    QString field(const QString &name) const;

    Result<ScheduleDocument> finish();

private:
    Result<WrittenTime> startOf(const RawScheduleEvent &raw);
    static WrittenTime moment(const QString &text);
    QString derivedGuid(const RawScheduleEvent &raw) const;

    QString m_fileName;
    Syntax m_syntax;
    ScheduleDocument m_document;
    bool m_haveZone = false;
    bool m_haveDayChange = false;
    WrittenTime m_end; // the conference's end, when given as a moment
    QDate m_firstListedDay;
    QDate m_lastListedDay;
    QHash<QString, QString> m_guidOrigin;
    QHash<QString, int> m_roomIndex;
    QHash<QString, int> m_trackIndex;
    struct Warning
    {
        QString text;
        int count = 0;
    };
    QList<QString> m_warningOrder;
    QHash<QString, Warning> m_warnings;
};
