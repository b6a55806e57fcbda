#pragma once

#include "model/Person.h"
#include "privacy/EventAnonymiser.h"
#include "privacy/ErasurePlan.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

class EventDocument;
class QWidget;

// The GUI's personal-data requests, reusable from any page: the Privacy menu
// calls them without a person (a picker asks whom), and a context menu on a
// person or participant can pass the person:
//   PrivacyActions::exportPersonData(this, document, personId);
//   PrivacyActions::erasePerson(this, document, personId);
// A request covers the person and everyone else with their e-mail address.
// Erasing and anonymising clear the undo stack (its commands hold the old
// data, and undo must never bring it back) and reload every view.
class PrivacyActions
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyActions)
public:
    // Asks for a file name and writes the person's data as JSON. True when written.
    static bool exportPersonData(QWidget *parent, EventDocument *document, std::optional<PersonId> person = {});
    // Shows exactly what will be removed, asks for confirmation, erases. True when erased.
    static bool erasePerson(QWidget *parent, EventDocument *document, std::optional<PersonId> person = {});
    // Shows what goes and what stays, warns before the last day, anonymises. True when done.
    static bool anonymiseEvent(QWidget *parent, EventDocument *document);

    // The steps after confirmation, without dialogs (tests and other callers).
    static Status erase(EventDocument *document, const ErasurePlan &plan);
    static Result<EventAnonymiser::Report> anonymise(EventDocument *document, const EventAnonymiser::Options &options);

private:
    // The person given (or picked now) and everyone sharing their address; none when cancelled.
    static std::optional<QList<Person>> choosePeople(QWidget *parent, EventDocument *document,
                                                     std::optional<PersonId> person, const QString &title,
                                                     const QString &prompt, const QString &acceptText);
    static void forgetHistory(EventDocument *document);
};
