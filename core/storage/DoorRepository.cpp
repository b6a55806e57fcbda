#include "storage/DoorRepository.h"

#include "model/RegistrationCode.h"
#include "storage/EventStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <optional>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DoorRepository)
};

// A registration's check-in as the store holds it: the text as stored, so
// that a compare-and-set matches it exactly whoever wrote it.
struct Held
{
    ParticipantId id = 0;
    QVariant utcText;
    QString desk;
    QDateTime utc() const { return Statement::utc(utcText); }
};

// Sets the check-in of the registration with `code` when it has none, in one
// statement: of several desks sending the same code at once, one row changes.
Result<ParticipantId> checkInIfNone(const EventStore &store, const QString &code, const QDateTime &utc, const QString &desk)
{
    Statement s(store, QStringLiteral("UPDATE participant SET checked_in_utc = ?, desk = ?, version = version + 1 "
                                      "WHERE code = ? AND checked_in_utc IS NULL RETURNING id"),
                Statement::Cached);
    s.bind({Statement::utc(utc), desk, code});
    if (Status st = s.exec(); !st)
        return Result<ParticipantId>::failure(st.error(), st.details());
    ParticipantId id = 0;
    while (s.next()) // to the end: SQLite finishes the statement (and its write) there
        id = s.value(0).toLongLong();
    return id;
}

Result<Held> held(const EventStore &store, const QString &code)
{
    Statement s(store, QStringLiteral("SELECT id, checked_in_utc, desk FROM participant WHERE code = ?"), Statement::Cached);
    s.bind(code);
    if (Status st = s.exec(); !st)
        return Result<Held>::failure(st.error(), st.details());
    Held h;
    if (s.next())
        h = {s.value(0).toLongLong(), s.value(1), s.value(2).toString()};
    while (s.next()) // to the end (codes are unique): a cached SQLite statement left open holds its read
        ;
    return h;
}

// Replaces the check-in `before` with an earlier one, unless it changed meanwhile.
Result<bool> replace(const EventStore &store, const Held &before, const QDateTime &utc, const QString &desk)
{
    Statement s(store, QStringLiteral("UPDATE participant SET checked_in_utc = ?, desk = ?, version = version + 1 "
                                      "WHERE id = ? AND checked_in_utc = ? AND desk = ?"));
    s.bind({Statement::utc(utc), desk, before.id, before.utcText, before.desk});
    if (Status st = s.exec(); !st)
        return Result<bool>::failure(st.error(), st.details());
    return s.rowsAffected() == 1;
}

Result<qint64> recordDouble(const EventStore &store, ParticipantId id, const QDateTime &queuedUtc,
                            const QString &queuedDesk, const Held &other)
{
    Statement s(store, store.dialect().returningId(
                           QStringLiteral("INSERT INTO double_checkin (participant_id, queued_desk, queued_utc, "
                                          "other_desk, other_utc, reported_utc) VALUES (?, ?, ?, ?, ?, ?)")));
    s.bind({id, queuedDesk, Statement::utc(queuedUtc), other.desk, other.utcText,
            Statement::utc(QDateTime::currentDateTimeUtc())});
    if (Status st = s.exec(); !st)
        return Result<qint64>::failure(st.error(), st.details());
    return s.lastInsertId();
}

const QString rowColumns = QStringLiteral(
    "p.id, p.code, p.category, p.status, p.checked_in_utc, p.desk, pe.id, pe.title, pe.first_name, pe.last_name, "
    "pe.organisation");

ParticipantRow readRow(const Statement &s, int first)
{
    ParticipantRow row;
    Participant &p = row.participant;
    p.id = s.value(first).toLongLong();
    p.code = s.value(first + 1).toString();
    p.category = Vocabulary<ParticipantCategory>::fromKey(s.value(first + 2).toString()).value_or(ParticipantCategory::Attendee);
    p.status = Vocabulary<RegistrationStatus>::fromKey(s.value(first + 3).toString()).value_or(RegistrationStatus::Registered);
    p.checkedIn = Statement::utc(s.value(first + 4));
    p.desk = s.value(first + 5).toString();
    Person &person = row.person;
    person.id = s.value(first + 6).toLongLong();
    p.personId = person.id;
    person.title = s.value(first + 7).toString();
    person.firstName = s.value(first + 8).toString();
    person.lastName = s.value(first + 9).toString();
    person.organisation = s.value(first + 10).toString();
    return row;
}
} // namespace

Result<DoorCheckIn> DoorRepository::checkIn(const QString &typed, const QDateTime &utc, const QString &desk, bool queued) const
{
    using R = Result<DoorCheckIn>;
    const QString code = RegistrationCode::normalise(typed);
    DoorCheckIn answer;
    // Queued: the earlier check-in wins, and a double one is recorded with it, together.
    std::optional<Transaction> transaction;
    if (queued) {
        transaction.emplace(m_store);
        if (!transaction->isActive())
            return R::failure(transaction->error());
    }
    // One statement decides; only when it changed nothing is the holder read. Each
    // later step checks what it changes, so desks sending at once agree whatever the
    // order; a few rounds settle any race (an undo between two statements).
    for (int round = 0; round < 8; ++round) {
        auto id = checkInIfNone(m_store, code, utc, desk);
        if (!id)
            return R::failure(id.error(), id.details());
        if (id.value()) {
            answer.participantId = id.value();
            answer.recorded = true;
            break;
        }
        auto before = held(m_store, code);
        if (!before)
            return R::failure(before.error(), before.details());
        if (!before->id)
            return answer; // unknown code
        if (before->utcText.isNull())
            continue; // taken back meanwhile
        answer.participantId = before->id;
        answer.priorUtc = before->utc();
        answer.priorDesk = before->desk;
        if (!queued)
            break; // live: the desk is told who was first, and when
        // Sent again after a lost answer: the same check-in, recorded once.
        if (answer.priorUtc == utc.toUTC() && before->desk == desk) {
            answer.recorded = true;
            answer.priorUtc = {};
            answer.priorDesk.clear();
            break;
        }
        if (answer.priorUtc <= utc.toUTC())
            break; // the one held is earlier: it stays
        auto replaced = replace(m_store, before.value(), utc, desk);
        if (!replaced)
            return R::failure(replaced.error(), replaced.details());
        if (replaced.value()) {
            answer.recorded = true;
            break;
        }
    }
    if (!transaction)
        return answer;
    if (answer.found() && answer.priorUtc.isValid()) {
        Held other{answer.participantId, Statement::utc(answer.priorUtc), answer.priorDesk};
        auto recorded = recordDouble(m_store, answer.participantId, utc, desk, other);
        if (!recorded)
            return R::failure(recorded.error(), recorded.details());
        answer.doubleCheckInId = recorded.value();
    }
    if (Status st = transaction->commit(); !st)
        return R::failure(st.error(), st.details());
    return answer;
}

Result<QList<ParticipantRow>> DoorRepository::deskRows() const
{
    Statement s(m_store, QStringLiteral("SELECT %1 FROM participant p JOIN person pe ON pe.id = p.person_id ORDER BY p.id")
                             .arg(rowColumns));
    if (Status st = s.exec(); !st)
        return Result<QList<ParticipantRow>>::failure(st.error(), st.details());
    QList<ParticipantRow> rows;
    while (s.next())
        rows << readRow(s, 0);
    return rows;
}

Result<std::optional<ParticipantRow>> DoorRepository::deskRow(const QString &code) const
{
    using R = Result<std::optional<ParticipantRow>>;
    // Prepared once: a desk asks this for every badge.
    Statement s(m_store, QStringLiteral("SELECT %1 FROM participant p JOIN person pe ON pe.id = p.person_id WHERE p.code = ?")
                             .arg(rowColumns),
                Statement::Cached);
    s.bind(RegistrationCode::normalise(code));
    if (Status st = s.exec(); !st)
        return R::failure(st.error(), st.details());
    std::optional<ParticipantRow> row;
    if (s.next())
        row = readRow(s, 0);
    while (s.next()) // to the end: a cached SQLite statement left open holds its read
        ;
    return row;
}

Result<QList<DoubleCheckIn>> DoorRepository::doubleCheckIns(qint64 afterId) const
{
    Statement s(m_store, QStringLiteral("SELECT d.id, d.queued_desk, d.queued_utc, d.other_desk, d.other_utc, %1 "
                                        "FROM double_checkin d JOIN participant p ON p.id = d.participant_id "
                                        "JOIN person pe ON pe.id = p.person_id WHERE d.id > ? ORDER BY d.id")
                             .arg(rowColumns));
    s.bind(afterId);
    if (Status st = s.exec(); !st)
        return Result<QList<DoubleCheckIn>>::failure(st.error(), st.details());
    QList<DoubleCheckIn> found;
    while (s.next()) {
        DoubleCheckIn d;
        d.id = s.value(0).toLongLong();
        d.queuedDesk = s.value(1).toString();
        d.queuedUtc = Statement::utc(s.value(2));
        d.otherDesk = s.value(3).toString();
        d.otherUtc = Statement::utc(s.value(4));
        d.row = readRow(s, 5);
        found << d;
    }
    return found;
}

Status DoorRepository::reachable() const
{
    Statement s(m_store, QStringLiteral("SELECT 1"));
    if (Status st = s.exec(); !st)
        return st;
    if (!s.next())
        return Status::failure(Tr::tr("The event's store did not answer."));
    return {};
}
