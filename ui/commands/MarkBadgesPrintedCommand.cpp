#include "commands/MarkBadgesPrintedCommand.h"

#include "document/EventDocument.h"
#include "print/BadgePrintedMarks.h"

#include <QCoreApplication>

MarkBadgesPrintedCommand::MarkBadgesPrintedCommand(EventDocument *document, const QList<Participant> &printed)
    : EditCommand(document, EventDocument::ParticipantsPart,
                  QCoreApplication::translate("MarkBadgesPrintedCommand", "Mark %n Badge(s) Printed", nullptr, int(printed.size())))
{
    for (const Participant &p : printed)
        m_before.insert(p.id, p.badgePrinted);
}

Status MarkBadgesPrintedCommand::apply()
{
    return write(false);
}

Status MarkBadgesPrintedCommand::revert()
{
    return write(true);
}

Status MarkBadgesPrintedCommand::write(bool restore)
{
    QHash<ParticipantId, bool> marks = m_before;
    if (!restore)
        for (bool &printed : marks)
            printed = true;
    return BadgePrintedMarks::write(document()->store(), marks);
}
