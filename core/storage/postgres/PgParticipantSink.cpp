#include "storage/postgres/PgParticipantSink.h"

#include "model/Vocabulary.h"
#include "storage/EventStore.h"
#include "storage/RowCursor.h"
#include "storage/postgres/PgConnection.h"
#include "util/UtcText.h"

#include <QStringList>

namespace {
// Enough rows per COPY that the round trips do not count, little enough memory.
constexpr qsizetype flushBytes = 8 << 20;
// Ids are asked for in blocks that grow up to this many.
constexpr qint64 largestIdBlock = 1 << 17;

QStringList columns(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

void textColumn(PgCopyIn &copy, const Utf8Columns *text, int column, const QString &value)
{
    if (text)
        copy.text(text->column(column));
    else
        copy.text(QStringView(value));
}

void timeColumn(PgCopyIn &copy, const Utf8Columns *text, int column, const QDateTime &value)
{
    if (text)
        copy.textOrNull(text->column(column));
    else
        copy.textOrNull(UtcText::format(value));
}
} // namespace

PgParticipantSink::PgParticipantSink(const EventStore &store)
    : ParticipantBulkWriter(store),
      m_people(store, QStringLiteral("person"),
               columns("id guid title first_name last_name organisation organisation_type position email phone "
                       "country bio")),
      m_registrations(store, QStringLiteral("participant"),
                      columns("id code person_id category status dietary accessibility consent_list consent_photo "
                              "checked_in_utc badge_printed notes registered_utc"))
{
}

PgParticipantSink::~PgParticipantSink() = default;

void PgParticipantSink::reserve(qsizetype rows)
{
    ParticipantBulkWriter::reserve(rows);
    m_expectedRows = rows;
}

Result<qint64> PgParticipantSink::nextId(IdBlock &block)
{
    if (block.used == block.ids.size()) {
        // Buffered rows wait: nothing else may run while a COPY is open, and
        // none is (the buffers are sent whole at flush()).
        const qint64 wanted = qBound<qint64>(block.nextRequest, m_expectedRows, largestIdBlock);
        block.nextRequest = qMin(largestIdBlock, block.nextRequest * 2);
        block.ids.clear();
        block.used = 0;
        block.ids.reserve(size_t(wanted));
        if (m_indexesSuspended) {
            // Indexes suspended: this transaction holds both tables exclusively
            // (DROP INDEX), so no one else inserts, and a whole range is taken
            // at once (a nextval per id costs the server 3 µs each, 0.3 s per 100,000).
            auto last = store().select(QStringLiteral("SELECT setval(q.s, nextval(q.s) + %2 - 1) FROM "
                                                      "(SELECT pg_get_serial_sequence('%1', 'id')::regclass AS s) q")
                                           .arg(QLatin1String(block.table))
                                           .arg(wanted));
            if (!last->next())
                return Result<qint64>::failure(last->status() ? store().failure(QStringLiteral("no id from the sequence")).error()
                                                              : last->status().error());
            for (qint64 id = last->integer(0) - wanted + 1; id <= last->integer(0); ++id)
                block.ids.push_back(id);
        } else {
            // The ids as one row of text, not a row each.
            auto ids = store().select(QStringLiteral("SELECT string_agg(nextval(q.s)::text, ',') FROM "
                                                     "(SELECT pg_get_serial_sequence('%1', 'id')::regclass AS s) q, "
                                                     "generate_series(1, %2)")
                                          .arg(QLatin1String(block.table))
                                          .arg(wanted));
            if (ids->next())
                for (QByteArrayView id : QByteArrayView(ids->utf8(0)).toByteArray().split(','))
                    block.ids.push_back(id.toLongLong());
            if (!ids->status())
                return Result<qint64>::failure(ids->status().error());
        }
        if (block.ids.empty())
            return Result<qint64>::failure(store().failure(QStringLiteral("no id from the sequence of %1")
                                                               .arg(QLatin1String(block.table)))
                                               .error());
    }
    return block.ids[block.used++];
}

Result<PersonId> PgParticipantSink::writePerson(const Person &p, QByteArrayView guid, const Utf8Columns *text)
{
    auto id = nextId(m_personIds);
    if (!id)
        return id;
    PgCopyIn &c = m_people;
    c.integer(id.value());
    c.text(guid);
    textColumn(c, text, Title, p.title);
    textColumn(c, text, FirstName, p.firstName);
    textColumn(c, text, LastName, p.lastName);
    textColumn(c, text, Organisation, p.organisation);
    c.text(QByteArrayView(Vocabulary<OrganisationType>::asciiKey(p.organisationType)));
    textColumn(c, text, Position, p.position);
    textColumn(c, text, Email, p.email);
    textColumn(c, text, Phone, p.phone);
    textColumn(c, text, Country, p.country);
    textColumn(c, text, Bio, p.bio);
    c.endRow();
    if (Status s = flushWhenFull(); !s)
        return Result<PersonId>::failure(s.error(), s.details());
    return id;
}

Result<ParticipantId> PgParticipantSink::writeParticipant(const Participant &p, QStringView code,
                                                          const Utf8Columns *text)
{
    auto id = nextId(m_participantIds);
    if (!id)
        return id;
    PgCopyIn &c = m_registrations;
    c.integer(id.value());
    c.text(code);
    c.integer(p.personId);
    c.text(QByteArrayView(Vocabulary<ParticipantCategory>::asciiKey(p.category)));
    c.text(QByteArrayView(Vocabulary<RegistrationStatus>::asciiKey(p.status)));
    textColumn(c, text, Dietary, p.dietary);
    textColumn(c, text, Accessibility, p.accessibility);
    c.integer(p.consentList);
    c.integer(p.consentPhoto);
    timeColumn(c, text, CheckedIn, p.checkedIn);
    c.integer(p.badgePrinted);
    textColumn(c, text, Notes, p.notes);
    timeColumn(c, text, RegisteredAt, p.registeredAt);
    c.endRow();
    if (Status s = flushWhenFull(); !s)
        return Result<ParticipantId>::failure(s.error(), s.details());
    return id;
}

Status PgParticipantSink::flushWhenFull()
{
    if (m_people.bufferedBytes() + m_registrations.bufferedBytes() < flushBytes)
        return {};
    return flush();
}

Status PgParticipantSink::flush()
{
    // People first: registrations refer to them, and the server checks at once.
    if (Status s = m_people.finish(); !s)
        return s;
    return m_registrations.finish();
}

Status PgParticipantSink::suspendIndexes()
{
    if (Status s = flush(); !s)
        return s;
    m_indexesSuspended = true;
    return store().suspendIndexes({QStringLiteral("person"), QStringLiteral("participant")});
}

Status PgParticipantSink::restoreIndexes()
{
    if (Status s = flush(); !s)
        return s;
    m_indexesSuspended = false;
    return store().restoreIndexes();
}

Status PgParticipantSink::removeRows(const char *table, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    // One statement for the lot: an array of ids instead of a DELETE each.
    QByteArray list = "{";
    for (qint64 id : ids) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(id);
    }
    list += '}';
    // With the foreign keys suspended, a person's registrations go as their cascade would take them.
    if (m_indexesSuspended && qstrcmp(table, "person") == 0)
        if (Status s = PgConnection::exec(store(), "DELETE FROM participant WHERE person_id = ANY('" + list +
                                                       "'::bigint[])");
            !s)
            return s;
    return PgConnection::exec(store(), "DELETE FROM " + QByteArray(table) + " WHERE id = ANY('" + list +
                                           "'::bigint[])");
}
