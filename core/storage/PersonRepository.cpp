#include "storage/PersonRepository.h"

#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "storage/VersionedUpdate.h"

#include <QCoreApplication>
#include <QUuid>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
};

const QStringList columnList = {QStringLiteral("id"), QStringLiteral("guid"), QStringLiteral("external_id"),
                                 QStringLiteral("title"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                                 QStringLiteral("organisation"), QStringLiteral("organisation_type"),
                                 QStringLiteral("position"), QStringLiteral("email"), QStringLiteral("phone"),
                                 QStringLiteral("country"), QStringLiteral("bio"), QStringLiteral("version")};
const QString columns = columnList.join(QStringLiteral(", "));

QVariantList values(const Person &p)
{
    return {p.externalId ? QVariant(*p.externalId) : QVariant(), p.title, p.firstName, p.lastName, p.organisation,
            toKey(p.organisationType), p.position, p.email, p.phone, p.country, p.bio};
}

Status deleteDependents(const EventStore &file, PersonId id)
{
    for (const QString &table : {QStringLiteral("session_person"), QStringLiteral("participant")}) {
        Statement s(file, QStringLiteral("DELETE FROM %1 WHERE person_id = ?").arg(table));
        s.bind(id);
        if (Status st = s.exec(); !st)
            return st;
    }
    return {};
}
} // namespace

QString PersonRepository::selectColumns(const QString &alias)
{
    if (alias.isEmpty())
        return columns;
    QStringList prefixed;
    for (const QString &c : columnList)
        prefixed << alias + QLatin1Char('.') + c;
    return prefixed.join(QStringLiteral(", "));
}

int PersonRepository::columnCount()
{
    return int(columnList.size());
}

Person PersonRepository::read(const Statement &s)
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
    p.version = s.value(13).toInt();
    return p;
}

Result<QList<Person>> PersonRepository::all() const
{
    return select(QString());
}

Result<QList<Person>> PersonRepository::withRoles() const
{
    return select(QStringLiteral("WHERE id IN (SELECT person_id FROM session_person)"));
}

Result<QList<Person>> PersonRepository::select(const QString &where) const
{
    Statement s(m_file, QStringLiteral("SELECT %1 FROM person %2 ORDER BY last_name, first_name, id").arg(columns, where));
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
    Statement s(m_file, QStringLiteral("SELECT %1 FROM person WHERE %2 = %3 ORDER BY id LIMIT 1")
                            .arg(columns, m_file.dialect().caseless(QStringLiteral("email")),
                                 m_file.dialect().caseless(QStringLiteral("?"))));
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
                m_file.dialect().returningId(
                    QStringLiteral("INSERT INTO person (id, guid, external_id, title, first_name, last_name, organisation, "
                               "organisation_type, position, email, phone, country, bio, version) "
                               "VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(m_file.dialect().newRowId(QStringLiteral("person")))),
                Statement::Cached);
    s.bind({p.id ? QVariant(p.id) : QVariant(),
            p.guid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : p.guid});
    for (const QVariant &v : values(p))
        s.bind(v);
    s.bind(std::max(p.version, 1));
    if (Status st = s.exec(); !st)
        return Result<PersonId>::failure(st.error());
    return s.lastInsertId();
}

Status PersonRepository::update(const Person &p) const
{
    QVariantList bound = values(p);
    bound << p.guid;
    return VersionedUpdate(m_file, QStringLiteral("person"))
        .run(QStringLiteral("external_id = ?, title = ?, first_name = ?, last_name = ?, organisation = ?, "
                            "organisation_type = ?, position = ?, email = ?, phone = ?, country = ?, bio = ?, guid = ?"),
             bound, p.id, p.version);
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

Result<PersonRepository::Record> PersonRepository::record(PersonId id) const
{
    auto person = byId(id);
    if (!person)
        return Result<Record>::failure(person.error());
    auto personRoles = roles(id);
    if (!personRoles)
        return Result<Record>::failure(personRoles.error());
    auto registrations = ParticipantRepository(m_file).forPerson(id);
    if (!registrations)
        return Result<Record>::failure(registrations.error());
    return Record{person.value(), personRoles.value(), registrations.value()};
}

Status PersonRepository::restore(const QList<Record> &records) const
{
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    // Clear first: a registration may have moved between these people, and
    // its code must be free before the recorded one is inserted again.
    for (const Record &r : records)
        if (Status st = deleteDependents(m_file, r.person.id); !st)
            return st;
    const SessionRepository sessions(m_file);
    const ParticipantRepository participants(m_file);
    for (const Record &r : records) {
        auto exists = Statement::scalar(m_file, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = ?"), {r.person.id});
        if (!exists)
            return Status::failure(exists.error());
        if (exists.value() > 0) {
            if (Status st = update(r.person); !st)
                return st;
        } else if (auto inserted = insert(r.person); !inserted) {
            return Status::failure(inserted.error());
        }
        for (const SessionRole &role : r.roles)
            if (Status st = sessions.addRole(role); !st)
                return st;
        for (const Participant &p : r.registrations)
            if (auto inserted = participants.insert(p); !inserted)
                return Status::failure(inserted.error());
    }
    return transaction.commit();
}
