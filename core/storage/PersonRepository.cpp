#include "storage/PersonRepository.h"

#include "storage/EventFile.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QUuid>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
};

const QString columns = QStringLiteral("id, guid, external_id, title, first_name, last_name, organisation, "
                                       "organisation_type, position, email, phone, country, bio");

Person read(const Statement &s)
{
    Person p;
    p.id = s.value(0).toLongLong();
    p.guid = s.value(1).toString();
    p.externalId = Statement::optionalId(s.value(2));
    p.title = s.value(3).toString();
    p.firstName = s.value(4).toString();
    p.lastName = s.value(5).toString();
    p.organisation = s.value(6).toString();
    p.organisationType = Vocabulary<OrganisationType>::fromKey(s.value(7).toString()).value_or(OrganisationType::Other);
    p.position = s.value(8).toString();
    p.email = s.value(9).toString();
    p.phone = s.value(10).toString();
    p.country = s.value(11).toString();
    p.bio = s.value(12).toString();
    return p;
}

QVariantList values(const Person &p)
{
    return {p.externalId ? QVariant(*p.externalId) : QVariant(), p.title, p.firstName, p.lastName, p.organisation,
            toKey(p.organisationType), p.position, p.email, p.phone, p.country, p.bio};
}
} // namespace

Result<QList<Person>> PersonRepository::all() const
{
    Statement s(m_file, QStringLiteral("SELECT %1 FROM person ORDER BY last_name, first_name, id").arg(columns));
    if (Status st = s.exec(); !st)
        return Result<QList<Person>>::failure(st.error());
    QList<Person> people;
    while (s.next())
        people << read(s);
    return people;
}

Result<Person> PersonRepository::byId(PersonId id) const
{
    Statement s(m_file, QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(columns));
    s.bind(id);
    if (Status st = s.exec(); !st)
        return Result<Person>::failure(st.error());
    if (!s.next())
        return Result<Person>::failure(Tr::tr("There is no person with id %1.").arg(id));
    return read(s);
}

Result<std::optional<Person>> PersonRepository::findByEmail(const QString &email) const
{
    using R = Result<std::optional<Person>>;
    Statement s(m_file, QStringLiteral("SELECT %1 FROM person WHERE email = ? COLLATE NOCASE ORDER BY id LIMIT 1")
                            .arg(columns));
    s.bind(email.trimmed());
    if (Status st = s.exec(); !st)
        return R::failure(st.error());
    if (!s.next())
        return std::optional<Person>();
    return std::optional<Person>(read(s));
}

Result<PersonId> PersonRepository::insert(const Person &p) const
{
    Statement s(m_file,
                QStringLiteral("INSERT INTO person (id, guid, external_id, title, first_name, last_name, organisation, "
                               "organisation_type, position, email, phone, country, bio) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                Statement::Cached);
    s.bind({p.id ? QVariant(p.id) : QVariant(),
            p.guid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : p.guid});
    for (const QVariant &v : values(p))
        s.bind(v);
    if (Status st = s.exec(); !st)
        return Result<PersonId>::failure(st.error());
    return s.lastInsertId();
}

Status PersonRepository::update(const Person &p) const
{
    Statement s(m_file,
                QStringLiteral("UPDATE person SET external_id = ?, title = ?, first_name = ?, last_name = ?, "
                               "organisation = ?, organisation_type = ?, position = ?, email = ?, phone = ?, "
                               "country = ?, bio = ?, guid = ? WHERE id = ?"),
                Statement::Cached);
    for (const QVariant &v : values(p))
        s.bind(v);
    s.bind({p.guid, p.id});
    return s.exec();
}

Status PersonRepository::remove(PersonId id) const
{
    Statement s(m_file, QStringLiteral("DELETE FROM person WHERE id = ?"));
    s.bind(id);
    return s.exec();
}

Result<qint64> PersonRepository::count() const
{
    return Statement::scalar(m_file, QStringLiteral("SELECT COUNT(*) FROM person"));
}

Result<QList<SessionRole>> PersonRepository::roles(PersonId id) const
{
    Statement s(m_file, QStringLiteral("SELECT sp.session_id, sp.person_id, sp.role, sp.position FROM session_person sp "
                                       "JOIN session s ON s.id = sp.session_id WHERE sp.person_id = ? "
                                       "ORDER BY s.start_utc IS NULL, s.start_utc, s.id"));
    s.bind(id);
    if (Status st = s.exec(); !st)
        return Result<QList<SessionRole>>::failure(st.error());
    QList<SessionRole> out;
    while (s.next()) {
        SessionRole r;
        r.sessionId = s.value(0).toLongLong();
        r.personId = s.value(1).toLongLong();
        r.role = Vocabulary<Role>::fromKey(s.value(2).toString()).value_or(Role::Speaker);
        r.position = s.value(3).toInt();
        out << r;
    }
    return out;
}
