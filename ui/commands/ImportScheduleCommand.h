#pragma once

#include "commands/EditCommand.h"
#include "io/ScheduleDocument.h"
#include "io/ScheduleImporter.h"

// File ▸ Import Schedule…: the import has already run (with its progress
// dialog) when the command is pushed, so the first redo does nothing; undo
// takes out what the import added and restores what it changed, and a
// later redo imports the same schedule again.
class ImportScheduleCommand : public EditCommand
{
public:
    // `options` as the import ran (merge, remove missing); a redo runs it so again.
    ImportScheduleCommand(EventDocument *document, ScheduleDocument schedule, ScheduleImporter::Options options,
                          ScheduleImportResult done);

protected:
    Status apply() override;
    Status revert() override;

private:
    ScheduleDocument m_schedule;
    ScheduleImporter::Options m_options;
    ScheduleImportResult m_done;
    bool m_applied = true;
};
