#pragma once

#include <QList>

#include <functional>

class EventDocument;
class QAction;
class QWidget;

// File ▸ Import Availability… and Export Availability…: CSV or iCalendar
// free/busy through core/availability, the import checked whole first and
// applied as one undoable edit.
namespace AvailabilityImportExport {
void importAvailability(QWidget *parent, EventDocument *document);
void exportAvailability(QWidget *parent, EventDocument *document);
// "Import Availability…" and "Export Availability…" for a page's buttons (People, Rooms).
QList<QAction *> createActions(QWidget *page, std::function<EventDocument *()> document);
} // namespace AvailabilityImportExport
