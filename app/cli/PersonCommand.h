#pragma once

#include "cli/ConfirmedCommand.h"
#include "model/Person.h"

#include <QList>
#include <memory>
#include <optional>

class EventStore;

// Shared by "person export" and "person erase": FILE.podium EMAIL, and the
// people with that address (everyone sharing it, ignoring case).
class PersonCommand : public ConfirmedCommand
{
protected:
    static void addFileAndEmail(QCommandLineParser &parser);
    // The people with the EMAIL argument in `file`, or the exit code when
    // there are none (ExitProblems, with a message) or the file cannot be read.
    std::optional<int> findPeople(const EventStore &file, const QCommandLineParser &parser, QList<Person> *people);
};
