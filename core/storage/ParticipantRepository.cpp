#include "storage/ParticipantRepository.h"

#include "model/RegistrationCode.h"
#include "storage/EventStore.h"
#include "storage/Statement.h"
#include "storage/VersionedUpdate.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantRepository)
};

const QString columns = QStringLiteral("id, person_id, category, status, code, dietary, accessibility, consent_list, "
                                       "consent_photo, checked_in_utc, badge_printed, notes, registered_utc, desk, version");

Participant read(const Statement &s)
{
    Participant p;
    p.id = s.value(0).toLongLong();
    p.personId = s.value(1).toLongLong();
    p.category = Vocabulary<ParticipantCategory>::fromKey(s.value(2).toString()).value_or(ParticipantCategory::Attendee);
    p.status = Vocabulary<RegistrationStatus>::fromKey(s.value(3).toString()).value_or(RegistrationStatus::Registered);
    p.code = s.value(4).toString();
    p.dietary = s.value(5).toString();
    p.accessibility = s.value(6).toString();
    p.consentList = s.value(7).toBool();
    p.consentPhoto = s.value(8).toBool();
    p.checkedIn = Statement::utc(s.value(9));
    p.badgePrinted = s.value(10).toBool();
    p.notes = s.value(11).toString();
    p.registeredAt = Statement::utc(s.value(12));
    p.desk = s.value(13).toString();
    p.version = s.value(14).toInt();
    return p;
}

QVariantList values(const Participant &p)
{
    return {p.personId, toKey(p.category), toKey(p.status), p.dietary, p.accessibility, int(p.consentList),
            int(p.consentPhoto), Statement::utc(p.checkedIn), int(p.badgePrinted), p.notes,
            Statement::utc(p.registeredAt), p.desk};
}

Result<QList<Participant>> list(const EventStore &file, const QString &where, std::initializer_list<QVariant> binds)
{
    Statement s(file, QStringLiteral("SELECT %1 FROM participant %2 ORDER BY id").arg(columns, where));
    s.bind(binds);
    if (Status st = s.exec(); !st)
        return Result<QList<Participant>>::failure(st.error());
    QList<Participant> out;
    while (s.next())
        out << read(s);
    return out;
}
} // namespace

Result<QList<Participant>> ParticipantRepository::all() const
{
    return list(m_file, QString(), {});
}

Result<Participant> ParticipantRepository::byId(ParticipantId id) const
{
    auto found = list(m_file, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return Result<Participant>::failure(found.error());
    if (found->isEmpty())
        return Result<Participant>::failure(Tr::tr("There is no participant with id %1.").arg(id));
    return found->first();
}

Result<std::optional<Participant>> ParticipantRepository::findByCode(const QString &code) const
{
    auto found = list(m_file, QStringLiteral("WHERE code = ?"), {RegistrationCode::normalise(code)});
    if (!found)
        return Result<std::optional<Participant>>::failure(found.error());
    if (found->isEmpty())
        return std::optional<Participant>();
    return std::optional<Participant>(found->first());
}

Result<QList<Participant>> ParticipantRepository::forPerson(PersonId person) const
{
    return list(m_file, QStringLiteral("WHERE person_id = ?"), {person});
}

Result<ParticipantId> ParticipantRepository::insert(const Participant &p) const
{
    Statement s(m_file,
                m_file.dialect().returningId(
                    QStringLiteral("INSERT INTO participant (id, code, person_id, category, status, dietary, accessibility, "
                               "consent_list, consent_photo, checked_in_utc, badge_printed, notes, registered_utc, desk, version) "
                               "VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(m_file.dialect().newRowId(QStringLiteral("participant")))),
                Statement::Cached);
    s.bind({p.id ? QVariant(p.id) : QVariant(), p.code.isEmpty() ? RegistrationCode::generate() : p.code});
    for (const QVariant &v : values(p))
        s.bind(v);
    s.bind(std::max(p.version, 1));
    if (Status st = s.exec(); !st)
        return Result<ParticipantId>::failure(st.error());
    return s.lastInsertId();
}

Status ParticipantRepository::update(const Participant &p) const
{
    QVariantList bound = values(p);
    bound << p.code;
    return VersionedUpdate(m_file, QStringLiteral("participant"))
        .run(QStringLiteral("person_id = ?, category = ?, status = ?, dietary = ?, accessibility = ?, consent_list = ?, "
                            "consent_photo = ?, checked_in_utc = ?, badge_printed = ?, notes = ?, registered_utc = ?, "
                            "desk = ?, code = ?"),
             bound, p.id, p.version);
}

Result<bool> ParticipantRepository::checkIn(ParticipantId id, const QDateTime &utc, const QString &desk) const
{
    Statement s(m_file, QStringLiteral("UPDATE participant SET checked_in_utc = ?, desk = ?, version = version + 1 "
                                       "WHERE id = ? AND checked_in_utc IS NULL"),
                Statement::Cached);
    s.bind({Statement::utc(utc), desk, id});
    if (Status st = s.exec(); !st)
        return Result<bool>::failure(st.error());
    return s.rowsAffected() == 1;
}

Result<bool> ParticipantRepository::undoCheckIn(ParticipantId id, const QDateTime &utc) const
{
    Statement s(m_file, QStringLiteral("UPDATE participant SET checked_in_utc = NULL, desk = '', version = version + 1 "
                                       "WHERE id = ? AND checked_in_utc = ?"));
    s.bind({id, Statement::utc(utc)});
    if (Status st = s.exec(); !st)
        return Result<bool>::failure(st.error());
    return s.rowsAffected() == 1;
}

Status ParticipantRepository::remove(ParticipantId id) const
{
    Statement s(m_file, QStringLiteral("DELETE FROM participant WHERE id = ?"));
    s.bind(id);
    return s.exec();
}

Result<qint64> ParticipantRepository::count() const
{
    return Statement::scalar(m_file, QStringLiteral("SELECT COUNT(*) FROM participant"));
}

Result<QMap<QString, qint64>> ParticipantRepository::countByCategory(bool checkedInOnly) const
{
    Statement s(m_file, QStringLiteral("SELECT category, COUNT(*) FROM participant %1 GROUP BY category")
                            .arg(checkedInOnly ? QStringLiteral("WHERE checked_in_utc IS NOT NULL") : QString()));
    if (Status st = s.exec(); !st)
        return Result<QMap<QString, qint64>>::failure(st.error());
    QMap<QString, qint64> counts;
    while (s.next())
        counts.insert(s.value(0).toString(), s.value(1).toLongLong());
    return counts;
}
