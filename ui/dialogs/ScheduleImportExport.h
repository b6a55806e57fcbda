#pragma once

class EventDocument;
class QString;
struct ScheduleDocument;
class QWidget;

// File ▸ Import Schedule… and File ▸ Export Schedule…: file dialogs, a
// cancellable progress dialog while a schedule is read and imported, the
// merge question for an event that has a programme, and the result.
class ScheduleImportExport
{
public:
    static void importSchedule(QWidget *parent, EventDocument *document);
    static void exportSchedule(QWidget *parent, EventDocument *document);

private:
    // A file that names no time zone: asks before reading its times in the event's zone.
    static bool confirmClockTimes(QWidget *parent, EventDocument *document, const QString &name,
                                  const ScheduleDocument &schedule);
};
