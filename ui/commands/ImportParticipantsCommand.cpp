#include "commands/ImportParticipantsCommand.h"

#include <QCoreApplication>
#include <QFileInfo>

ImportParticipantsCommand::ImportParticipantsCommand(EventDocument *document, const QString &csvPath,
                                                     const ParticipantImporter::Options &options,
                                                     const ImportReport &done)
    : EditCommand(document, EventDocument::ParticipantsPart | EventDocument::PeoplePart,
                  QCoreApplication::translate("ImportParticipantsCommand", "Import %1").arg(QFileInfo(csvPath).fileName())),
      m_path(csvPath), m_options(options), m_report(done)
{
}

Status ImportParticipantsCommand::apply()
{
    if (m_written)
        return {};
    auto report = ParticipantImporter(document()->store(), m_options).run(m_path);
    if (!report)
        return Status::failure(report.error());
    if (!report->ok())
        return Status::failure(QCoreApplication::translate("ImportParticipantsCommand",
                                                           "The import cannot be redone: %1")
                                   .arg(report->problems.value(0)));
    m_report = report.value();
    m_written = true;
    return {};
}

Status ImportParticipantsCommand::revert()
{
    const Status s = ParticipantImporter::undo(document()->store(), m_report);
    if (s)
        m_written = false;
    return s;
}
