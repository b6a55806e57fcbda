#include "checkin/CheckInDesk.h"

#include "model/Event.h"
#include "model/RegistrationCode.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/ParticipantTableQuery.h"
#include "storage/PersonRepository.h"
#include "util/LocaleFormat.h"

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
    return decide(outcome, *found.value());
}

Result<CheckInOutcome> CheckInDesk::consider(ParticipantId id) const
{
    auto participant = m_file.participants().byId(id);
    if (!participant)
        return Result<CheckInOutcome>::failure(participant.error());
    CheckInOutcome outcome;
    outcome.code = participant->code;
    return decide(outcome, participant.value());
}

Result<CheckInOutcome> CheckInDesk::decide(CheckInOutcome outcome, const Participant &participant) const
{
    using R = Result<CheckInOutcome>;
    outcome.row.participant = participant;
    auto person = m_file.people().byId(participant.personId);
    if (!person)
        return R::failure(person.error());
    outcome.row.person = person.value();
    if (participant.isCheckedIn()) {
        auto event = m_file.event().load();
        if (!event)
            return R::failure(event.error());
        const QLocale locale;
        outcome.checkedInLocal = event->toLocal(participant.checkedIn);
        const QDate today = event->toLocal(QDateTime::currentDateTimeUtc()).date();
        const QString time = LocaleFormat::time(outcome.checkedInLocal.time(), locale);
        outcome.kind = CheckInOutcome::Kind::AlreadyCheckedIn;
        outcome.reason = outcome.checkedInLocal.date() == today
                             ? Tr::tr("already checked in at %1").arg(time)
                             : Tr::tr("already checked in on %1 at %2")
                                   .arg(locale.toString(outcome.checkedInLocal.date(), QLocale::ShortFormat), time);
    } else if (participant.status == RegistrationStatus::Cancelled) {
        outcome.kind = CheckInOutcome::Kind::Cancelled;
        outcome.reason = Tr::tr("the registration was cancelled");
    } else if (participant.status == RegistrationStatus::Waitlisted) {
        outcome.kind = CheckInOutcome::Kind::Waitlisted;
        outcome.reason = Tr::tr("on the waiting list");
    } else {
        outcome.kind = CheckInOutcome::Kind::Accepted;
    }
    return outcome;
}

Result<QList<ParticipantRow>> CheckInDesk::search(const QString &typed, int limit) const
{
    ParticipantFilter filter;
    filter.search = typed.simplified();
    if (filter.search.isEmpty())
        return QList<ParticipantRow>();
    auto page = ParticipantTableQuery(m_file, filter).page({}, limit);
    if (!page)
        return Result<QList<ParticipantRow>>::failure(page.error());
    return page->rows;
}

Status CheckInDesk::setCheckedIn(ParticipantId id, const QDateTime &utc) const
{
    if (auto participant = m_file.participants().byId(id); !participant)
        return Status::failure(participant.error());
    // The check-in time alone: a desk role on a server may write nothing else.
    return m_file.participants().setCheckedIn(id, utc.isValid() ? utc.toUTC() : QDateTime());
}
