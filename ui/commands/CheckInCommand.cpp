#include "commands/CheckInCommand.h"

#include "checkin/CheckInDesk.h"

#include <QCoreApplication>

CheckInCommand::CheckInCommand(EventDocument *document, ParticipantId id, const QDateTime &before,
                               const QDateTime &after, const QString &name)
    : EditCommand(document, EventDocument::ParticipantsPart,
                  after.isValid() ? QCoreApplication::translate("CheckInCommand", "Check in %1").arg(name)
                                  : QCoreApplication::translate("CheckInCommand", "Take back check-in of %1").arg(name)),
      m_id(id), m_before(before), m_after(after)
{
}

Status CheckInCommand::apply()
{
    return CheckInDesk(document()->store()).setCheckedIn(m_id, m_after, m_before);
}

Status CheckInCommand::revert()
{
    return CheckInDesk(document()->store()).setCheckedIn(m_id, m_before, m_after);
}
