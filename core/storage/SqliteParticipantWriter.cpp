#include "storage/SqliteParticipantWriter.h"

#include "storage/EventFile.h"
#include "storage/RawStatement.h"
#include "util/UtcText.h"

#include <sqlite3.h>

namespace {
// Binds the encoded column when there is one, else encodes the value.
void bindColumn(RawStatement &s, int index, const Utf8Columns *text, int column, const QString &value)
{
    if (text)
        s.bindUtf8View(index, text->column(column));
    else
        s.bindText(index, value);
}
} // namespace

SqliteParticipantWriter::SqliteParticipantWriter(const EventFile &file)
    : ParticipantBulkWriter(file), m_file(file),
      m_insertPerson(std::make_unique<RawStatement>(
          file, QStringLiteral("INSERT INTO person (guid, title, first_name, last_name, organisation, organisation_type, "
                               "position, email, phone, country, bio) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))),
      m_insertParticipant(std::make_unique<RawStatement>(
          file, QStringLiteral("INSERT INTO participant (code, person_id, category, status, dietary, accessibility, "
                               "consent_list, consent_photo, checked_in_utc, badge_printed, notes, registered_utc) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
{
}

SqliteParticipantWriter::~SqliteParticipantWriter() = default;

void SqliteParticipantWriter::bindTime(RawStatement &s, int index, const QDateTime &t, const Utf8Columns *text,
                                       int column)
{
    if (text) {
        const QByteArrayView formatted = text->column(column);
        if (formatted.isEmpty())
            s.bindNull(index);
        else
            s.bindUtf8View(index, formatted);
        return;
    }
    if (!t.isValid()) {
        s.bindNull(index);
        return;
    }
    if (t != m_lastTime) {
        m_lastTime = t;
        m_lastTimeText = UtcText::format(t);
    }
    s.bindUtf8(index, m_lastTimeText);
}

Result<PersonId> SqliteParticipantWriter::writePerson(const Person &p, QByteArrayView guid, const Utf8Columns *text)
{
    RawStatement &s = *m_insertPerson;
    s.bindUtf8(1, guid.data(), int(guid.size()));
    bindColumn(s, 2, text, Title, p.title);
    bindColumn(s, 3, text, FirstName, p.firstName);
    bindColumn(s, 4, text, LastName, p.lastName);
    bindColumn(s, 5, text, Organisation, p.organisation);
    s.bindStaticText(6, Vocabulary<OrganisationType>::asciiKey(p.organisationType));
    bindColumn(s, 7, text, Position, p.position);
    bindColumn(s, 8, text, Email, p.email);
    bindColumn(s, 9, text, Phone, p.phone);
    bindColumn(s, 10, text, Country, p.country);
    bindColumn(s, 11, text, Bio, p.bio);
    if (Status st = s.exec(RawStatement::Bindings::Keep); !st) // every parameter is bound on each row
        return Result<PersonId>::failure(st.error());
    return s.lastInsertId();
}

Result<ParticipantId> SqliteParticipantWriter::writeParticipant(const Participant &p, QStringView code,
                                                                const Utf8Columns *text)
{
    RawStatement &s = *m_insertParticipant;
    s.bindText(1, code);
    s.bindInt(2, p.personId);
    s.bindStaticText(3, Vocabulary<ParticipantCategory>::asciiKey(p.category));
    s.bindStaticText(4, Vocabulary<RegistrationStatus>::asciiKey(p.status));
    bindColumn(s, 5, text, Dietary, p.dietary);
    bindColumn(s, 6, text, Accessibility, p.accessibility);
    s.bindInt(7, p.consentList);
    s.bindInt(8, p.consentPhoto);
    bindTime(s, 9, p.checkedIn, text, CheckedIn);
    s.bindInt(10, p.badgePrinted);
    bindColumn(s, 11, text, Notes, p.notes);
    bindTime(s, 12, p.registeredAt, text, RegisteredAt);
    if (Status st = s.exec(RawStatement::Bindings::Keep); !st)
        return Result<ParticipantId>::failure(st.error());
    return s.lastInsertId();
}

Status SqliteParticipantWriter::suspendIndexes()
{
    RawStatement list(m_file, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                             "AND tbl_name IN ('person', 'participant') AND sql IS NOT NULL"));
    QStringList names;
    Status s = list.each([&](sqlite3_stmt *row) {
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, 0)));
        m_suspendedIndexes << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, 1)));
        return true;
    });
    for (const QString &name : std::as_const(names)) {
        if (!s)
            break;
        s = RawStatement(m_file, QStringLiteral("DROP INDEX \"%1\"").arg(name)).exec();
    }
    return s;
}

Status SqliteParticipantWriter::restoreIndexes()
{
    for (const QString &sql : std::as_const(m_suspendedIndexes))
        if (Status s = RawStatement(m_file, sql).exec(); !s)
            return s;
    m_suspendedIndexes.clear();
    return {};
}

Status SqliteParticipantWriter::removeRows(const char *table, const QList<qint64> &ids)
{
    RawStatement s(m_file, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    for (qint64 id : ids) {
        s.bindInt(1, id);
        if (Status st = s.exec(); !st)
            return st;
    }
    return {};
}
