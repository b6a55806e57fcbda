#include "dialogs/AvailabilityImportExport.h"
#include "document/PermissionGate.h"

#include "availability/AvailabilityFiles.h"
#include "commands/SetAvailabilityCommand.h"
#include "document/EventDocument.h"
#include "storage/EventStore.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityImportExport)
};

const char *const folderKey = "availability/lastFolder";

QString lastFolder()
{
    return QSettings().value(QLatin1String(folderKey),
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
}

QString filters()
{
    return Tr::tr("Availability (*.csv *.ics *.ifb);;CSV (*.csv);;iCalendar free/busy (*.ics *.ifb)");
}
} // namespace

void AvailabilityImportExport::importAvailability(QWidget *parent, EventDocument *document)
{
    if (!document || !PermissionGate::of(document).mayEdit(PermissionGate::Area::Programme))
        return;
    const QString path = QFileDialog::getOpenFileName(parent, Tr::tr("Import Availability"), lastFolder(), filters());
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(folderKey), QFileInfo(path).absolutePath());
    const auto format = AvailabilityFiles::formatOf(path).value_or(AvailabilityFiles::Format::Csv);
    auto change = AvailabilityFiles::read(document->store(), path, format);
    if (!change) {
        QMessageBox::warning(parent, Tr::tr("Import Availability"), change.error());
        return;
    }
    auto before = AvailabilityFiles::current(document->store(), change.value());
    if (!before) {
        document->reportError(before.error());
        return;
    }
    const QString people = Tr::tr("%n person(s)", nullptr, int(change->people.size()));
    const QString rooms = Tr::tr("%n room(s)", nullptr, int(change->rooms.size()));
    if (QMessageBox::question(parent, Tr::tr("Import Availability"),
                              Tr::tr("%1 sets when %2 and %3 are available (%4 times in all), replacing what they "
                                     "had. Everyone else keeps theirs.\n\nImport? You can undo this.")
                                  .arg(QDir::toNativeSeparators(QFileInfo(path).fileName()), people, rooms)
                                  .arg(change->spanCount()),
                              QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok)
        != QMessageBox::Ok)
        return;
    document->undoStack()->push(new SetAvailabilityCommand(document, before.value(), change.value(),
                                                           Tr::tr("Import Availability")));
    document->reportDone(Tr::tr("Imported the availability of %1 and %2 from %3").arg(people, rooms, path), path);
}

void AvailabilityImportExport::exportAvailability(QWidget *parent, EventDocument *document)
{
    if (!document)
        return;
    const QString suggested = QDir(lastFolder()).filePath(
        QFileInfo(document->store().displayName()).completeBaseName() + Tr::tr("-availability") + QStringLiteral(".csv"));
    QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Export Availability"), suggested, filters());
    if (path.isEmpty())
        return;
    if (!AvailabilityFiles::formatOf(path))
        path += QStringLiteral(".csv");
    QSettings().setValue(QLatin1String(folderKey), QFileInfo(path).absolutePath());
    // The file dialog has asked before replacing a file.
    if (Status s = AvailabilityFiles::exportTo(document->store(), path, *AvailabilityFiles::formatOf(path), true); !s) {
        QMessageBox::warning(parent, Tr::tr("Export Availability"), s.error());
        return;
    }
    document->reportDone(Tr::tr("Exported availability to %1").arg(path), path);
}

QList<QAction *> AvailabilityImportExport::createActions(QWidget *page, std::function<EventDocument *()> document)
{
    auto *importAction = new QAction(Tr::tr("Import A&vailability…"), page);
    importAction->setToolTip(Tr::tr("When people and rooms are available, from CSV or iCalendar free/busy"));
    QObject::connect(importAction, &QAction::triggered, page, [page, document] { importAvailability(page, document()); });
    auto *exportAction = new QAction(Tr::tr("E&xport Availability…"), page);
    exportAction->setToolTip(Tr::tr("When people and rooms are available, as CSV or iCalendar free/busy"));
    QObject::connect(exportAction, &QAction::triggered, page, [page, document] { exportAvailability(page, document()); });
    return {importAction, exportAction};
}
