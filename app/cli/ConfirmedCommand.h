#pragma once

#include "cli/CliCommand.h"

class EventStore;

#include <memory>
#include <optional>

// A command that destroys data (person erase, anonymise): it shows what it
// will do, then needs "yes" typed at the terminal, or --yes. Without a
// terminal to ask and without --yes it refuses (ExitUsage), so a script can
// never erase anything by accident.
class ConfirmedCommand : public CliCommand
{
protected:
    static void addYesOption(QCommandLineParser &parser);
    // Opens the event file for writing, or prints why not (then returns null).
    std::unique_ptr<EventStore> openWritable(const QString &path);
    // std::nullopt to go ahead; otherwise the exit code to return (refused or cancelled).
    std::optional<int> confirm(const QCommandLineParser &parser, const QString &action);
};
