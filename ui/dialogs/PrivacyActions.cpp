#include "dialogs/PrivacyActions.h"
#include "document/PermissionGate.h"

#include "dialogs/AnonymiseDialog.h"
#include "dialogs/PersonPickerDialog.h"
#include "document/EventDocument.h"
#include "model/Event.h"
#include "privacy/AnonymisationSummary.h"
#include "privacy/DataSubjectFinder.h"
#include "privacy/PersonDataExporter.h"
#include "privacy/PersonEraser.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>

std::optional<QList<Person>> PrivacyActions::choosePeople(QWidget *parent, EventDocument *document,
                                                          std::optional<PersonId> person, const QString &title,
                                                          const QString &prompt, const QString &acceptText)
{
    if (!person)
        person = PersonPickerDialog::pick(parent, document->store(), title, prompt, acceptText);
    if (!person)
        return std::nullopt;
    auto people = DataSubjectFinder::sameAddressAs(document->store(), *person);
    if (!people) {
        QMessageBox::warning(parent, title, people.error());
        return std::nullopt;
    }
    return people.value();
}

void PrivacyActions::forgetHistory(EventDocument *document)
{
    document->undoStack()->clear();
    document->notifyChanged(EventDocument::AllParts);
}

bool PrivacyActions::exportPersonData(QWidget *parent, EventDocument *document, std::optional<PersonId> person)
{
    if (!document)
        return false;
    const QString title = tr("Export a Person’s Data");
    const auto people = choosePeople(parent, document, person, title,
                                     tr("Whose data? The export holds everything stored about the person (and "
                                        "anyone else with their e-mail address), to hand to them."),
                                     tr("&Export…"));
    if (!people)
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(folder).filePath(PersonDataExporter::suggestedFileName(people->first())),
        tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    // The save dialog already asked before replacing an existing file.
    if (Status s = PersonDataExporter(document->store()).write(people.value(), path, true); !s) {
        QMessageBox::warning(parent, title, s.error());
        return false;
    }
    QMessageBox::information(parent, title,
                             tr("Saved “%1”. It holds everything Podium stores about %2. Only you can read the "
                                "file: send it to the person by a secure way.")
                                 .arg(QDir::toNativeSeparators(path), people->first().displayName()));
    return true;
}

Status PrivacyActions::erase(EventDocument *document, const ErasurePlan &plan)
{
    const Status status = PersonEraser(document->store()).erase(plan);
    // Even a failed compaction has removed the people: the history must go either way.
    forgetHistory(document);
    return status;
}

bool PrivacyActions::erasePerson(QWidget *parent, EventDocument *document, std::optional<PersonId> person)
{
    if (!document)
        return false;
    const QString title = tr("Erase a Person");
    if (!PermissionGate::of(document).mayEdit(PermissionGate::Area::Participants)) {
        QMessageBox::warning(parent, title, PermissionGate::of(document).refusal(PermissionGate::Area::Participants));
        return false;
    }
    const auto people = choosePeople(parent, document, person, title,
                                     tr("Whom to erase? The person, their registrations and their roles in "
                                        "sessions are removed for good (and anyone else with their e-mail address)."),
                                     tr("&Next…"));
    if (!people)
        return false;
    auto plan = PersonEraser(document->store()).plan(people.value());
    if (!plan) {
        QMessageBox::warning(parent, title, plan.error());
        return false;
    }
    QMessageBox box(QMessageBox::Warning, title,
                    tr("Erase %1 for good?").arg(people->first().displayName().toHtmlEscaped()),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("This removes:\n%1\n\nIt cannot be undone, and the undo history of this event is "
                              "cleared. Export the person’s data first if they asked for it.")
                               .arg(plan->describe()));
    QPushButton *eraseButton = box.addButton(tr("&Erase for Good"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != eraseButton)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = erase(document, plan.value());
    QApplication::restoreOverrideCursor();
    if (!status) {
        QMessageBox::warning(parent, title, status.error());
        return false;
    }
    return true;
}

Result<EventAnonymiser::Report> PrivacyActions::anonymise(EventDocument *document,
                                                          const EventAnonymiser::Options &options)
{
    auto report = EventAnonymiser(document->store()).run(options);
    // Also after a failure: the data may be gone even when only the compaction failed.
    forgetHistory(document);
    return report;
}

bool PrivacyActions::anonymiseEvent(QWidget *parent, EventDocument *document)
{
    if (!document)
        return false;
    const QString title = tr("Anonymise After the Event");
    if (!PermissionGate::of(document).mayEdit(PermissionGate::Area::Participants)) {
        QMessageBox::warning(parent, title, PermissionGate::of(document).refusal(PermissionGate::Area::Participants));
        return false;
    }
    const EventAnonymiser anonymiser(document->store());
    auto preview = anonymiser.preview();
    auto event = document->store().event().load();
    if (!preview || !event) {
        QMessageBox::warning(parent, title, preview ? event.error() : preview.error());
        return false;
    }
    AnonymiseDialog dialog(event->name, preview.value(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = anonymise(document, dialog.options());
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(parent, title, report.error());
        return false;
    }
    QMessageBox done(QMessageBox::Information, title, tr("The event was anonymised."), QMessageBox::Ok, parent);
    done.setDetailedText(AnonymisationSummary::beforeAndAfter(report->before, report->after));
    done.setInformativeText(tr("The statistics kept are in the details."));
    done.exec();
    return true;
}
