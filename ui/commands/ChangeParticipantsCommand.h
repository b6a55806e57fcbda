#pragma once

#include "commands/EditCommand.h"
#include "model/Participant.h"

#include <QList>

#include <functional>

// Changes the category or the status of many registrations at once (the
// table's selection). Undo puts back each one's own value.
class ChangeParticipantsCommand : public EditCommand
{
public:
    using Change = std::function<void(Participant &)>;
    ChangeParticipantsCommand(EventDocument *document, const QList<Participant> &before, const Change &change,
                              const QString &text);
    static ChangeParticipantsCommand *category(EventDocument *document, const QList<Participant> &before,
                                               ParticipantCategory category);
    static ChangeParticipantsCommand *status(EventDocument *document, const QList<Participant> &before,
                                             RegistrationStatus status);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const QList<Participant> &rows);
    QList<Participant> m_before;
    QList<Participant> m_after;
};
