#include "checkin/CheckInDesk.h"

#include "model/Event.h"
#include "model/RegistrationCode.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckInDesk)
};
} // namespace

Result<CheckInOutcome> CheckInDesk::consider(const QString &typed) const
{
    using R = Result<CheckInOutcome>;
    CheckInOutcome outcome;
    outcome.code = RegistrationCode::normalise(typed);
    if (outcome.code.isEmpty()) {
        outcome.reason = Tr::tr("no code was typed");
        return outcome;
    }
    auto found = m_file.participants().findByCode(outcome.code);
    if (!found)
        return R::failure(found.error());
    if (!found->has_value()) {
        outcome.reason = Tr::tr("unknown code %1").arg(outcome.code);
        return outcome;
    }
    outcome.row.participant = *found.value();
    auto person = m_file.people().byId(outcome.row.participant.personId);
    if (!person)
        return R::failure(person.error());
    outcome.row.person = person.value();
    const Participant &p = outcome.row.participant;
    if (p.status == RegistrationStatus::Cancelled) {
        outcome.kind = CheckInOutcome::Kind::Cancelled;
        outcome.reason = Tr::tr("the registration was cancelled");
    } else if (p.isCheckedIn()) {
        auto event = m_file.event().load();
        if (!event)
            return R::failure(event.error());
        const QDateTime local = event->toLocal(p.checkedIn);
        const QDate today = event->toLocal(QDateTime::currentDateTimeUtc()).date();
        outcome.kind = CheckInOutcome::Kind::AlreadyCheckedIn;
        outcome.reason = local.date() == today
                             ? Tr::tr("already checked in at %1").arg(local.toString(QStringLiteral("HH:mm")))
                             : Tr::tr("already checked in on %1 at %2")
                                   .arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                        local.toString(QStringLiteral("HH:mm")));
    } else {
        outcome.kind = CheckInOutcome::Kind::Accepted;
    }
    return outcome;
}

Status CheckInDesk::setCheckedIn(ParticipantId id, const QDateTime &utc) const
{
    auto participant = m_file.participants().byId(id);
    if (!participant)
        return Status::failure(participant.error());
    Participant p = participant.value();
    p.checkedIn = utc.isValid() ? utc.toUTC() : QDateTime();
    return m_file.participants().update(p);
}
