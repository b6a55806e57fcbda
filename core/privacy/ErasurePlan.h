#pragma once

#include "model/Participant.h"
#include "model/Person.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// What erasing people removes, listed before anything happens, so the
// organiser can confirm exactly that (the CLI prints it, the GUI shows it).
struct ErasurePlan
{
    Q_DECLARE_TR_FUNCTIONS(ErasurePlan)
public:
    struct SessionPart
    {
        QString sessionTitle;
        Role role = Role::Speaker;
    };
    struct Entry
    {
        Person person;
        QList<Participant> registrations;
        QList<SessionPart> sessions; // the sessions stay, without the person
    };

    QList<Entry> entries;
    // Other places where their name or address appears as text (session
    // abstracts, the event's details...): erasure does not rewrite those.
    QStringList mentions;

    bool isEmpty() const { return entries.isEmpty(); }
    QList<PersonId> personIds() const;
    // Plain text, one line per item, for a terminal or a dialog.
    QString describe() const;
};
