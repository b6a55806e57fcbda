#include "commands/ImportScheduleCommand.h"

#include <QCoreApplication>

ImportScheduleCommand::ImportScheduleCommand(EventDocument *document, ScheduleDocument schedule, bool merge,
                                             ScheduleImportResult done)
    : EditCommand(document, EventDocument::AllParts,
                  QCoreApplication::translate("ImportScheduleCommand", "Import Schedule “%1”").arg(schedule.conference.title)),
      m_schedule(std::move(schedule)), m_merge(merge), m_done(std::move(done))
{
}

Status ImportScheduleCommand::apply()
{
    if (m_applied)
        return {};
    ScheduleImporter::Options options;
    options.merge = m_merge;
    auto done = ScheduleImporter::run(document()->file(), m_schedule, options);
    if (!done)
        return Status::failure(done.error());
    m_done = done.value();
    m_applied = true;
    return {};
}

Status ImportScheduleCommand::revert()
{
    if (Status s = ScheduleImporter::undo(document()->file(), m_done); !s)
        return s;
    m_applied = false;
    return {};
}
