#pragma once

#include "commands/EditCommand.h"
#include "io/ImportReport.h"
#include "io/ParticipantImporter.h"

// An import done by the wizard (already written when pushed). Undo takes
// back what it wrote; redo imports the same file again with the same choices.
class ImportParticipantsCommand : public EditCommand
{
public:
    ImportParticipantsCommand(EventDocument *document, const QString &csvPath,
                              const ParticipantImporter::Options &options, const ImportReport &done);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_path;
    ParticipantImporter::Options m_options;
    ImportReport m_report;
    bool m_written = true; // the first redo() finds the import done
};
