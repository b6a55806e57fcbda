#pragma once

#include "model/ParticipantBreakdown.h"
#include "model/PersonalDataCounts.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

class EventStore;
struct Event;

// After the event: removes the personal data the organisers no longer need
// (dietary and accessibility needs, notes, phone numbers and e-mail addresses
// of everyone; names, titles, organisations, positions and biographies of
// everyone without a session role; outside ids; registration codes are
// replaced), while every registration stays with its category, status,
// consents and check-in, so reports can still count. People with a session
// role (speakers, chairs...) keep their name and organisation: they are part
// of the published programme.
//
// keepStatistics: with it, organisation type and country stay for everyone,
// so counts by organisation type and country are unchanged; without it they
// are cleared too for people without a session role ("Other", no country) and
// only counts by category survive.
//
// Refuses before the event's last day (in the event's time zone) unless
// forced. The file is rewritten afterwards so removed values leave no bytes.
class EventAnonymiser
{
    Q_DECLARE_TR_FUNCTIONS(EventAnonymiser)
public:
    struct Options
    {
        bool keepStatistics = false;
        bool force = false; // run even before the event's last day
    };
    struct Preview
    {
        ParticipantBreakdown statistics;
        PersonalDataCounts personalData; // what would be removed
        QDate lastDay;                   // invalid when the event has no dates
        QDate today;                     // in the event's time zone
        bool beforeLastDay = false;
    };
    struct Report
    {
        ParticipantBreakdown before;
        ParticipantBreakdown after;
        PersonalDataCounts removed;
    };

    explicit EventAnonymiser(const EventStore &file) : m_file(file) {}

    // today is the date in the event's time zone; invalid means now.
    Result<Preview> preview(QDate today = QDate()) const;
    Result<Report> run(const Options &options, QDate today = QDate()) const;

    // Today's date where the event takes place.
    static QDate todayAt(const Event &event);
    // Why anonymising now is early ("The event's last day is ..."), for
    // messages; empty when the preview is not before the last day.
    static QString tooEarlyReason(const Preview &preview);

private:
    const EventStore &m_file;
};
