#pragma once

class EventDocument;
class QWidget;

// File ▸ Import Schedule… and File ▸ Export Schedule…: file dialogs, a
// cancellable progress dialog while a schedule is read and imported, the
// merge question for an event that has a programme, and the result.
class ScheduleImportExport
{
public:
    static void importSchedule(QWidget *parent, EventDocument *document);
    static void exportSchedule(QWidget *parent, EventDocument *document);
};
