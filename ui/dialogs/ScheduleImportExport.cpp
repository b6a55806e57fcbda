#include "dialogs/ScheduleImportExport.h"
#include "document/PermissionGate.h"

#include "commands/ImportScheduleCommand.h"
#include "dialogs/ScheduleImportPreviewDialog.h"
#include "document/EventDocument.h"
#include "io/ScheduleDocumentBuilder.h"
#include "io/ScheduleFiles.h"
#include "io/ScheduleFormat.h"
#include "io/ScheduleImporter.h"
#include "io/ScheduleMergePlan.h"
#include "model/Person.h"
#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUndoStack>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleImportExport)
};

const char *const folderKey = "schedule/lastFolder";

QString lastFolder()
{
    return QSettings().value(QLatin1String(folderKey),
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
}

// Progress in per mille, so byte counts of big files fit the dialog's int range.
ProgressCallback progressIn(QProgressDialog &dialog, const QString &label)
{
    return [&dialog, label](qint64 done, qint64 total) {
        dialog.setLabelText(label);
        dialog.setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
        return !dialog.wasCanceled();
    };
}

QString warningsText(const QStringList &warnings)
{
    if (warnings.isEmpty())
        return {};
    QStringList shown = warnings.mid(0, 10);
    if (warnings.size() > 10)
        shown << Tr::tr("… and %1 more.").arg(warnings.size() - 10);
    return Tr::tr("Skipped while reading:") + QStringLiteral("\n• ") + shown.join(QStringLiteral("\n• "));
}

// For an iCalendar file: the whole programme or one person's sessions.
// Returns false when the user cancelled; *person is a GUID or empty.
bool choosePerson(QWidget *parent, const EventStore &file, QString *person, QString *name)
{
    auto people = file.people().all();
    auto roles = file.sessions().allRoles();
    if (!people || !roles)
        return true;
    QSet<PersonId> withRole;
    for (const SessionRole &r : roles.value())
        withRole.insert(r.personId);
    QStringList items{Tr::tr("The whole programme")};
    QStringList guids{QString()};
    QStringList names{QString()};
    for (const Person &p : people.value()) {
        if (!withRole.contains(p.id))
            continue;
        items << Tr::tr("Sessions of %1").arg(p.displayName());
        guids << p.guid;
        names << p.displayName();
    }
    if (items.size() == 1)
        return true;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, Tr::tr("Export Calendar"), Tr::tr("&Calendar of:"), items, 0,
                                                 false, &ok);
    if (!ok)
        return false;
    *person = guids.value(int(items.indexOf(chosen)));
    *name = names.value(int(items.indexOf(chosen)));
    return true;
}
} // namespace

bool ScheduleImportExport::confirmClockTimes(QWidget *parent, EventDocument *document, const QString &name,
                                             const ScheduleDocument &schedule)
{
    // The file names no zone: its clock times are read in the event's. Show
    // the first talks both ways, so a wrong zone is seen before anything is written.
    auto event = document->store().event().load();
    if (!event) {
        document->reportError(event.error());
        return false;
    }
    const QString zone = QString::fromUtf8(event->timeZoneId);
    ScheduleDocument inEvent = schedule;
    inEvent.readTimesIn(event->timeZoneId);
    QList<const ScheduleSession *> first;
    for (const ScheduleSession &s : std::as_const(inEvent.sessions))
        first << &s;
    std::stable_sort(first.begin(), first.end(),
                     [](const ScheduleSession *a, const ScheduleSession *b) { return a->start < b->start; });
    const QLocale locale;
    QStringList lines;
    for (const ScheduleSession *s : first.mid(0, 3)) {
        const QDateTime asWritten = s->start.toTimeZone(event->timeZone());
        const QDateTime readAsUtc = s->written.in(QTimeZone::utc()).toTimeZone(event->timeZone());
        lines << Tr::tr("“%1”: %2 in %3 (read as UTC it would be %4)")
                     .arg(s->title, locale.toString(asWritten, QLocale::ShortFormat), zone,
                          locale.toString(readAsUtc, QLocale::ShortFormat));
    }
    QMessageBox box(QMessageBox::Question, Tr::tr("Import Schedule"),
                    Tr::tr("“%1” does not say which time zone its times are in. Read them in the event's time zone, "
                           "%2?").arg(name, zone),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(Tr::tr("The first sessions:\n%1\n\nIf the event's time zone is wrong, cancel and change it "
                                  "in File ▸ Properties first.")
                               .arg(lines.join(QLatin1Char('\n'))));
    QPushButton *read = box.addButton(Tr::tr("Read in %1").arg(zone), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(read);
    box.exec();
    return box.clickedButton() == read;
}

void ScheduleImportExport::importSchedule(QWidget *parent, EventDocument *document)
{
    if (!document || !PermissionGate::of(document).mayEdit(PermissionGate::Area::Programme))
        return;
    const QString path = QFileDialog::getOpenFileName(parent, Tr::tr("Import Schedule"), lastFolder(),
                                                      ScheduleFormat::importFilters().join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(folderKey), QFileInfo(path).absolutePath());

    QProgressDialog progress(parent);
    progress.setWindowTitle(Tr::tr("Import Schedule"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setRange(0, 1000);
    progress.setMinimumDuration(300);
    const QString name = QFileInfo(path).fileName();
    auto schedule = ScheduleFiles::read(path, progressIn(progress, Tr::tr("Reading “%1”…").arg(name)));
    if (!schedule) {
        const bool cancelled = progress.wasCanceled();
        progress.reset();
        if (!cancelled)
            document->reportError(schedule.error());
        return;
    }
    progress.reset();
    auto empty = ScheduleImporter::isEmpty(document->store());
    if (!empty) {
        document->reportError(empty.error());
        return;
    }
    ScheduleImporter::Options options;
    options.merge = !empty.value();
    if (!schedule->conference.hasTimeZone() && !confirmClockTimes(parent, document, name, schedule.value()))
        return;
    auto plan = ScheduleImporter::preview(document->store(), schedule.value(), options);
    if (!plan) {
        document->reportError(plan.error());
        return;
    }
    ScheduleImportPreviewDialog preview(plan.value(), name, document->store().displayName(), schedule->notes, parent);
    if (preview.exec() != QDialog::Accepted)
        return;
    options.removeMissing = preview.removeMissing();
    options.progress = progressIn(progress, Tr::tr("Importing the sessions of “%1”…").arg(name));
    auto done = ScheduleImporter::run(document->store(), schedule.value(), options);
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!done) {
        if (!cancelled)
            document->reportError(done.error());
        return;
    }
    options.progress = {};
    const QString summary = Tr::tr("Imported “%1”: %2").arg(name, done->summary());
    const QStringList warnings = schedule->warnings + done->warnings;
    document->undoStack()->push(new ImportScheduleCommand(document, std::move(schedule).value(), options, done.value()));
    document->reportDone(summary);
    QMessageBox box(warnings.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, Tr::tr("Import Schedule"),
                    summary, QMessageBox::Ok, parent);
    box.setInformativeText(warningsText(warnings));
    box.exec();
}

void ScheduleImportExport::exportSchedule(QWidget *parent, EventDocument *document)
{
    if (!document)
        return;
    const QStringList filters = ScheduleFormat::exportFilters();
    QString selected = filters.first();
    const QString suggested = QDir(lastFolder()).filePath(QFileInfo(document->store().displayName()).completeBaseName()
                                                          + QStringLiteral(".xml"));
    QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Export Schedule"), suggested,
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    if (!ScheduleFormat::fromPath(path)) {
        // No known extension typed: take the one of the chosen file type.
        const QString extension = selected.section(QStringLiteral("(*"), 1).section(QLatin1Char(')'), 0, 0);
        path += extension;
    }
    QSettings().setValue(QLatin1String(folderKey), QFileInfo(path).absolutePath());
    ScheduleDocumentBuilder::Options options;
    QString personName;
    if (ScheduleFormat::fromPath(path) == ScheduleFormat::ICalendar
        && !choosePerson(parent, document->store(), &options.person, &personName))
        return;
    auto schedule = ScheduleDocumentBuilder::build(document->store(), options);
    if (!schedule) {
        document->reportError(schedule.error());
        return;
    }
    // The file dialog has already asked before replacing a file.
    const QString calendarName =
        personName.isEmpty() ? QString() : Tr::tr("%1 – %2").arg(schedule->conference.title, personName);
    if (Status s = ScheduleFiles::write(schedule.value(), path, true, calendarName); !s) {
        document->reportError(s.error());
        return;
    }
    document->reportDone(Tr::tr("Exported %n session(s) to %1", nullptr, int(schedule->sessions.size()))
                             .arg(QDir::toNativeSeparators(path)),
                         path);
}
