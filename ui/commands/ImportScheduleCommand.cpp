#include "commands/ImportScheduleCommand.h"

#include <QCoreApplication>

ImportScheduleCommand::ImportScheduleCommand(EventDocument *document, ScheduleDocument schedule,
                                             ScheduleImporter::Options options, ScheduleImportResult done)
    : EditCommand(document, EventDocument::AllParts,
                  QCoreApplication::translate("ImportScheduleCommand", "Import Schedule “%1”").arg(schedule.conference.title)),
      m_schedule(std::move(schedule)), m_options(std::move(options)), m_done(std::move(done))
{
    m_options.progress = {}; // the dialog it reported to is gone by the time of a redo
}

Status ImportScheduleCommand::apply()
{
    if (m_applied)
        return {};
    auto done = ScheduleImporter::run(document()->store(), m_schedule, m_options);
    if (!done)
        return Status::failure(done.error());
    m_done = done.value();
    m_applied = true;
    return {};
}

Status ImportScheduleCommand::revert()
{
    if (Status s = ScheduleImporter::undo(document()->store(), m_done); !s)
        return s;
    m_applied = false;
    return {};
}
