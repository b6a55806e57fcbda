#include "checkin/CheckInDesk.h"

#include "model/Event.h"
#include "model/RegistrationCode.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/ParticipantTableQuery.h"
#include "storage/PersonRepository.h"
#include "util/ChangeAuthor.h"
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
    return decide(*found.value());
}

Result<CheckInOutcome> CheckInDesk::consider(ParticipantId id) const
{
    auto participant = m_file.participants().byId(id);
    if (!participant)
        return Result<CheckInOutcome>::failure(participant.error());
    return decide(participant.value());
}

Result<CheckInOutcome> CheckInDesk::decide(const Participant &participant) const
{
    using R = Result<CheckInOutcome>;
    ParticipantRow row;
    row.participant = participant;
    auto person = m_file.people().byId(participant.personId);
    if (!person)
        return R::failure(person.error());
    row.person = person.value();
    auto event = m_file.event().load();
    if (!event)
        return R::failure(event.error());
    return judge(row, event.value());
}

CheckInOutcome CheckInDesk::judge(const ParticipantRow &row, const Event &event)
{
    CheckInOutcome outcome;
    outcome.code = row.participant.code;
    outcome.row = row;
    const Participant &participant = row.participant;
    if (participant.isCheckedIn()) {
        outcome.checkedInLocal = event.toLocal(participant.checkedIn);
        outcome.kind = CheckInOutcome::Kind::AlreadyCheckedIn;
        outcome.reason = alreadyCheckedIn(participant.desk, participant.checkedIn, event);
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

QString CheckInDesk::alreadyCheckedIn(const QString &desk, const QDateTime &utc, const Event &event)
{
    const QLocale locale;
    const QDateTime local = event.toLocal(utc);
    const QDate today = event.toLocal(QDateTime::currentDateTimeUtc()).date();
    // To the second: two desks racing for one code are told apart.
    const QString time = locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    const QString date = locale.toString(local.date(), QLocale::ShortFormat);
    const bool isToday = local.date() == today;
    if (desk.isEmpty())
        return isToday ? Tr::tr("already checked in at %1").arg(time)
                       : Tr::tr("already checked in on %1 at %2").arg(date, time);
    return isToday ? Tr::tr("already checked in at desk %1 at %2").arg(desk, time)
                   : Tr::tr("already checked in at desk %1 on %2 at %3").arg(desk, date, time);
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

Status CheckInDesk::setCheckedIn(ParticipantId id, const QDateTime &utc, const QDateTime &current) const
{
    const ParticipantRepository participants = m_file.participants();
    if (!utc.isValid()) {
        QDateTime undone = current;
        if (!undone.isValid()) {
            auto participant = participants.byId(id);
            if (!participant)
                return Status::failure(participant.error());
            undone = participant->checkedIn;
        }
        if (!undone.isValid())
            return {};
        auto taken = participants.undoCheckIn(id, undone);
        if (!taken)
            return Status::failure(taken.error());
        if (!taken.value())
            return Status::failure(Tr::tr("The check-in was not taken back: the registration was changed since "
                                          "(checked in again, or by another desk)."));
        return {};
    }
    // The store decides in one statement: of several desks checking in the same code, one wins.
    auto recorded = participants.checkIn(id, utc.toUTC(), ChangeAuthor::current().desk);
    if (!recorded)
        return Status::failure(recorded.error());
    if (recorded.value())
        return {};
    auto outcome = consider(id);
    if (!outcome)
        return Status::failure(outcome.error());
    return Status::failure(outcome->reason.isEmpty() ? Tr::tr("already checked in") : outcome->reason);
}
