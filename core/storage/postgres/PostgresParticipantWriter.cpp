#include "storage/postgres/PostgresParticipantWriter.h"

#include "model/Vocabulary.h"
#include "storage/Statement.h"
#include "storage/postgres/PostgresStore.h"

namespace {
// The encoded column when there is one, else the value.
QVariant column(const Utf8Columns *text, int index, const QString &value)
{
    return text ? QVariant(QString::fromUtf8(text->column(index))) : QVariant(value);
}

QVariant time(const Utf8Columns *text, int index, const QDateTime &value)
{
    if (!text)
        return Statement::utc(value);
    const QByteArrayView formatted = text->column(index);
    return formatted.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(formatted));
}
} // namespace

PostgresParticipantWriter::PostgresParticipantWriter(const PostgresStore &store) : ParticipantBulkWriter(store) {}

Result<PersonId> PostgresParticipantWriter::writePerson(const Person &p, QByteArrayView guid, const Utf8Columns *text)
{
    Statement s(store(),
                store().dialect().returningId(QStringLiteral(
                    "INSERT INTO person (guid, title, first_name, last_name, organisation, organisation_type, "
                    "position, email, phone, country, bio) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
                Statement::Cached);
    s.bind({QString::fromLatin1(guid.data(), guid.size()), column(text, Title, p.title),
            column(text, FirstName, p.firstName), column(text, LastName, p.lastName),
            column(text, Organisation, p.organisation),
            QString::fromLatin1(Vocabulary<OrganisationType>::asciiKey(p.organisationType)),
            column(text, Position, p.position), column(text, Email, p.email), column(text, Phone, p.phone),
            column(text, Country, p.country), column(text, Bio, p.bio)});
    if (Status st = s.exec(); !st)
        return Result<PersonId>::failure(st.error(), st.details());
    return PersonId(s.lastInsertId());
}

Result<ParticipantId> PostgresParticipantWriter::writeParticipant(const Participant &p, QStringView code,
                                                                  const Utf8Columns *text)
{
    Statement s(store(),
                store().dialect().returningId(QStringLiteral(
                    "INSERT INTO participant (code, person_id, category, status, dietary, accessibility, "
                    "consent_list, consent_photo, checked_in_utc, badge_printed, notes, registered_utc) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
                Statement::Cached);
    s.bind({code.toString(), qint64(p.personId),
            QString::fromLatin1(Vocabulary<ParticipantCategory>::asciiKey(p.category)),
            QString::fromLatin1(Vocabulary<RegistrationStatus>::asciiKey(p.status)), column(text, Dietary, p.dietary),
            column(text, Accessibility, p.accessibility), qint64(p.consentList), qint64(p.consentPhoto),
            time(text, CheckedIn, p.checkedIn), qint64(p.badgePrinted), column(text, Notes, p.notes),
            time(text, RegisteredAt, p.registeredAt)});
    if (Status st = s.exec(); !st)
        return Result<ParticipantId>::failure(st.error(), st.details());
    return ParticipantId(s.lastInsertId());
}

Status PostgresParticipantWriter::removeRows(const char *table, const QList<qint64> &ids)
{
    // One statement for the lot: ids as a bigint array literal.
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    return Statement(store(), QStringLiteral("DELETE FROM %1 WHERE id = ANY (CAST(? AS bigint[]))").arg(QLatin1String(table)))
        .bind(QStringLiteral("{%1}").arg(list.join(QLatin1Char(','))))
        .exec();
}
