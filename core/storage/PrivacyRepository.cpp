#include "storage/PrivacyRepository.h"

#include "model/RegistrationCode.h"
#include "model/Vocabulary.h"
#include "storage/ChangeLogRepository.h"
#include "storage/EventStore.h"
#include "storage/PersonRepository.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <iterator>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyRepository)
};

// A person with a role in some session: a speaker, chair, moderator or panellist.
const QString hasRole = QStringLiteral("EXISTS (SELECT 1 FROM session_person sp WHERE sp.person_id = person.id)");

Status run(const EventStore &file, const QString &sql, std::initializer_list<QVariant> values = {})
{
    Statement s(file, sql);
    s.bind(values);
    return s.exec();
}

} // namespace

Result<QList<Person>> PrivacyRepository::peopleWithEmail(const QString &email) const
{
    using R = Result<QList<Person>>;
    QList<Person> people;
    if (email.trimmed().isEmpty())
        return people;
    Statement s(m_file, QStringLiteral("SELECT id FROM person WHERE %1 = %2 ORDER BY id")
                                .arg(m_file.dialect().caseless(QStringLiteral("trim(email)")),
                                     m_file.dialect().caseless(QStringLiteral("?"))));
    s.bind(email.trimmed());
    if (Status st = s.exec(); !st)
        return R::failure(st.error());
    QList<PersonId> ids;
    while (s.next())
        ids << s.value(0).toLongLong();
    for (PersonId id : ids) {
        auto person = m_file.people().byId(id);
        if (!person)
            return R::failure(person.error());
        people << person.value();
    }
    return people;
}

Result<QStringList> PrivacyRepository::mentions(const QStringList &texts) const
{
    using R = Result<QStringList>;
    QStringList found;
    // Whether the column holds the text, ignoring case, in SQL both stores run
    // (SQLite's instr and PostgreSQL's strpos differ); the texts are never empty.
    const auto contains = [](const QString &column) {
        return QStringLiteral("replace(lower(%1), lower(?), '') <> lower(%1)").arg(column);
    };
    for (const QString &text : texts) {
        if (text.trimmed().size() < 4) // "Li" would be found everywhere
            continue;
        Statement sessions(m_file, QStringLiteral("SELECT title FROM session WHERE %1 OR %2 OR %3 OR %4 ORDER BY id")
                                       .arg(contains(QStringLiteral("title")), contains(QStringLiteral("subtitle")),
                                            contains(QStringLiteral("abstract")),
                                            contains(QStringLiteral("description"))));
        sessions.bind({text, text, text, text});
        if (Status st = sessions.exec(); !st)
            return R::failure(st.error());
        while (sessions.next())
            found << Tr::tr("the session “%1”").arg(sessions.value(0).toString());
        const QStringList eventColumns{QStringLiteral("name"),          QStringLiteral("subtitle"),
                                       QStringLiteral("organiser"),     QStringLiteral("venue_name"),
                                       QStringLiteral("venue_address"), QStringLiteral("description")};
        QStringList eventConditions;
        for (const QString &column : eventColumns)
            eventConditions << contains(column);
        Statement event(m_file, QStringLiteral("SELECT COUNT(*) FROM event WHERE %1").arg(eventConditions.join(QStringLiteral(" OR "))));
        for (int i = 0; i < eventColumns.size(); ++i)
            event.bind(text);
        if (Status st = event.exec(); !st)
            return R::failure(st.error());
        if (event.next() && event.value(0).toLongLong() > 0)
            found << Tr::tr("the event’s details (File > Properties)");
        Statement settings(m_file, QStringLiteral("SELECT key FROM setting WHERE %1 ORDER BY key").arg(contains(QStringLiteral("value"))));
        settings.bind(text);
        if (Status st = settings.exec(); !st)
            return R::failure(st.error());
        while (settings.next())
            found << Tr::tr("the event setting “%1”").arg(settings.value(0).toString());
    }
    found.removeDuplicates();
    return found;
}

Result<ParticipantBreakdown> PrivacyRepository::breakdown() const
{
    Statement s(m_file, QStringLiteral(
                            "SELECT 0, category, COUNT(*) FROM participant GROUP BY category "
                            "UNION ALL SELECT 1, person.organisation_type, COUNT(*) FROM participant "
                            " JOIN person ON person.id = participant.person_id GROUP BY person.organisation_type "
                            "UNION ALL SELECT 2, person.country, COUNT(*) FROM participant "
                            " JOIN person ON person.id = participant.person_id GROUP BY person.country"));
    if (Status st = s.exec(); !st)
        return Result<ParticipantBreakdown>::failure(st.error());
    ParticipantBreakdown b;
    QMap<QString, qint64> *maps[] = {&b.byCategory, &b.byOrganisationType, &b.byCountry};
    while (s.next()) {
        const int kind = s.value(0).toInt();
        const qint64 count = s.value(2).toLongLong();
        maps[kind]->insert(s.value(1).toString(), count);
        if (kind == 0)
            b.registrations += count;
    }
    return b;
}

Result<PersonalDataCounts> PrivacyRepository::personalDataCounts() const
{
    const QString person = QStringLiteral("(SELECT COUNT(*) FROM person WHERE %1)");
    const QString registration = QStringLiteral("(SELECT COUNT(*) FROM participant WHERE %1)");
    const QString other = QStringLiteral("NOT ") + hasRole + QStringLiteral(" AND ");
    const QStringList columns{
        person.arg(hasRole),
        person.arg(other + QStringLiteral("(title <> '' OR first_name <> '' OR last_name <> '')")),
        person.arg(other + QStringLiteral("organisation <> ''")),
        person.arg(QStringLiteral("email <> ''")),
        person.arg(QStringLiteral("phone <> ''")),
        registration.arg(QStringLiteral("dietary <> ''")),
        registration.arg(QStringLiteral("accessibility <> ''")),
        registration.arg(QStringLiteral("notes <> ''")),
        registration.arg(QStringLiteral("1 = 1")),
        person.arg(other + QStringLiteral("country <> ''")),
        person.arg(other + QStringLiteral("organisation_type <> '%1'").arg(toKey(OrganisationType::Other))),
    };
    Statement s(m_file, QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")));
    if (Status st = s.exec(); !st)
        return Result<PersonalDataCounts>::failure(st.error());
    PersonalDataCounts c;
    if (s.next()) {
        qint64 *fields[] = {&c.speakers, &c.names,         &c.organisations, &c.emails,
                            &c.phones,   &c.dietary,       &c.accessibility, &c.notes,
                            &c.registrations, &c.countries, &c.organisationTypes};
        for (int i = 0; i < int(std::size(fields)); ++i)
            *fields[i] = s.value(i).toLongLong();
    }
    return c;
}

Status PrivacyRepository::removePeople(const QList<PersonId> &ids) const
{
    return m_file.scrub([&]() -> Status {
        const ChangeLogRepository history(m_file);
        for (PersonId id : ids) {
            // Their registrations' history goes too: it holds their codes, needs and notes.
            Statement registrations(m_file, QStringLiteral("SELECT id FROM participant WHERE person_id = ?"));
            registrations.bind(id);
            if (Status s = registrations.exec(); !s)
                return s;
            QList<qint64> registrationIds;
            while (registrations.next())
                registrationIds << registrations.value(0).toLongLong();
            // Explicit rather than relying on ON DELETE CASCADE, so nothing depends on the foreign_keys pragma.
            for (const QString &sql : {QStringLiteral("DELETE FROM session_person WHERE person_id = ?"),
                                       QStringLiteral("DELETE FROM participant WHERE person_id = ?"),
                                       QStringLiteral("DELETE FROM person WHERE id = ?")})
                if (Status s = run(m_file, sql, {id}); !s)
                    return s;
            if (Status s = history.purgeRows(QStringLiteral("person"), {id}); !s)
                return s;
            if (Status s = history.purgeRows(QStringLiteral("participant"), registrationIds); !s)
                return s;
        }
        return {};
    });
}

Status PrivacyRepository::anonymise(bool keepStatistics) const
{
    return m_file.scrub([&]() -> Status {
        const QString statistics =
            keepStatistics ? QString()
                           : QStringLiteral(", organisation_type = '%1', country = ''").arg(toKey(OrganisationType::Other));
        const QStringList edits{
            QStringLiteral("UPDATE participant SET dietary = '', accessibility = '', notes = '', version = version + 1"),
            QStringLiteral("UPDATE person SET email = '', phone = '', version = version + 1"),
            QStringLiteral("UPDATE person SET title = '', first_name = '', last_name = '', organisation = '', "
                           "position = '', bio = '', external_id = NULL, version = version + 1%1 WHERE NOT %2")
                .arg(statistics, hasRole),
        };
        for (const QString &sql : edits)
            if (Status s = run(m_file, sql); !s)
                return s;
        // Old codes may sit in lists kept elsewhere next to names: new ones cut that link.
        Statement ids(m_file, QStringLiteral("SELECT id FROM participant ORDER BY id"));
        if (Status s = ids.exec(); !s)
            return s;
        QList<qint64> registrations;
        while (ids.next())
            registrations << ids.value(0).toLongLong();
        for (qint64 id : registrations) {
            Statement update(m_file, QStringLiteral("UPDATE participant SET code = ?, version = version + 1 WHERE id = ?"), Statement::Cached);
            update.bind({RegistrationCode::generate(), id});
            if (Status s = update.exec(); !s)
                return s;
        }
        // The history held every value these edits removed, and the old codes.
        return ChangeLogRepository(m_file).purgeTables({QStringLiteral("person"), QStringLiteral("participant")});
    });
}

Status PrivacyRepository::compact() const
{
    if (m_file.transactionDepth() > 0)
        return Status::failure(m_file.describe(Tr::tr("cannot be compacted while a change is still in progress.")));
    return m_file.compact();
}
