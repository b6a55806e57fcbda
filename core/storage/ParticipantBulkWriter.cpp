#include "storage/ParticipantBulkWriter.h"

#include "model/RegistrationCode.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RawStatement.h"
#include "storage/Statement.h"
#include "util/UtcText.h"

#include <QDateTime>

#include <algorithm>
#include <QRandomGenerator>

#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/random.h>
#endif

namespace {
// The columns of encodeNewRow(), in its order.
enum NewRowColumn { Title, FirstName, LastName, Organisation, Position, Email, Phone, Country, Bio,
                    Dietary, Accessibility, Notes, CheckedIn, RegisteredAt };

// A time as stored (UtcText), or no bytes for no time.
QByteArray timeText(const QDateTime &t)
{
    return t.isValid() ? UtcText::format(t) : QByteArray();
}

// Binds the encoded column when there is one, else encodes the value.
void bindColumn(RawStatement &s, int index, const Utf8Columns *text, NewRowColumn column, const QString &value)
{
    if (text)
        s.bindUtf8View(index, text->column(column));
    else
        s.bindText(index, value);
}

// Fills `out` from the kernel's secure source; false when it is unavailable.
bool systemRandom(std::vector<quint32> &out)
{
#ifdef Q_OS_LINUX
    auto *bytes = reinterpret_cast<char *>(out.data());
    size_t wanted = out.size() * sizeof(quint32);
    while (wanted > 0) {
        const ssize_t got = getrandom(bytes, wanted, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        bytes += got;
        wanted -= size_t(got);
    }
    return true;
#else
    Q_UNUSED(out);
    return false;
#endif
}
} // namespace

ParticipantBulkWriter::ParticipantBulkWriter(const EventFile &file)
    : m_file(file),
      m_insertPerson(std::make_unique<RawStatement>(
          file, QStringLiteral("INSERT INTO person (guid, title, first_name, last_name, organisation, organisation_type, "
                               "position, email, phone, country, bio) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))),
      m_insertParticipant(std::make_unique<RawStatement>(
          file, QStringLiteral("INSERT INTO participant (code, person_id, category, status, dietary, accessibility, "
                               "consent_list, consent_photo, checked_in_utc, badge_printed, notes, registered_utc) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
{
}

ParticipantBulkWriter::~ParticipantBulkWriter() = default;

Status ParticipantBulkWriter::loadIndexes()
{
    m_emails.clear();
    m_registrations.clear();
    m_newRegistrations.clear();
    m_codes = RegistrationCodeSet();
    RawStatement people(m_file, QStringLiteral("SELECT id, email FROM person WHERE email <> '' ORDER BY id DESC"));
    Status s = people.each([&](sqlite3_stmt *row) {
        // Descending ids: the first person with an address wins, as in PersonRepository::findByEmail.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, 1));
        m_emails.insert(emailKey(QString::fromUtf8(text, sqlite3_column_bytes(row, 1))), sqlite3_column_int64(row, 0));
        return true;
    });
    if (!s)
        return s;
    RawStatement registrations(m_file, QStringLiteral("SELECT id, person_id, code FROM participant"));
    return registrations.each([&](sqlite3_stmt *row) {
        m_registrations.insert(sqlite3_column_int64(row, 1), sqlite3_column_int64(row, 0));
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, 2));
        m_codes.insert(QString::fromUtf8(text, sqlite3_column_bytes(row, 2)));
        return true;
    });
}

QString ParticipantBulkWriter::emailKey(const QString &email)
{
    // Most addresses are written in lower-case ASCII already: then the key is
    // the address itself, shared, not a folded copy.
    const bool folded = std::all_of(email.cbegin(), email.cend(), [](QChar c) {
        return c.unicode() > ' ' && c.unicode() < 0x80 && !(c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
    return folded ? email : email.trimmed().toCaseFolded();
}

void ParticipantBulkWriter::reserve(qsizetype rows)
{
    m_newRegistrations.reserve(rows);
    m_codes.reserve(m_codes.size() + rows);
}

void ParticipantBulkWriter::bindTime(RawStatement &s, int index, const QDateTime &t, const Utf8Columns *text,
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

bool ParticipantBulkWriter::claimCode(QStringView code)
{
    return m_codes.insert(code);
}

std::optional<PersonId> ParticipantBulkWriter::personByEmailKey(const QString &key) const
{
    const auto it = m_emails.constFind(key);
    return it == m_emails.cend() ? std::nullopt : std::optional<PersonId>(*it);
}

std::optional<ParticipantId> ParticipantBulkWriter::registrationOf(PersonId person) const
{
    if (const ParticipantId *id = m_newRegistrations.find(person))
        return *id;
    const auto it = m_registrations.constFind(person);
    return it == m_registrations.cend() ? std::nullopt : std::optional<ParticipantId>(*it);
}

Utf8Columns ParticipantBulkWriter::encodeNewRow(const Person &p, const Participant &q)
{
    return Utf8Columns({p.title, p.firstName, p.lastName, p.organisation, p.position, p.email, p.phone, p.country,
                        p.bio, q.dietary, q.accessibility, q.notes},
                       {timeText(q.checkedIn), timeText(q.registeredAt)});
}

Result<PersonId> ParticipantBulkWriter::insertPerson(const Person &p, const Utf8Columns *text)
{
    RawStatement &s = *m_insertPerson;
    if (p.guid.isEmpty())
        bindFreshGuid(s, 1);
    else
        s.bindText(1, p.guid);
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

Result<ParticipantId> ParticipantBulkWriter::insertParticipant(const Participant &p, const Utf8Columns *text)
{
    RawStatement &s = *m_insertParticipant;
    // Claimed before the insert: if that fails, the caller's whole transaction
    // is rolled back, and this writer with it.
    QString code = p.code;
    if (code.isEmpty() || !claimCode(code))
        do
            code = freshCode();
        while (!claimCode(code));
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
    const ParticipantId id = s.lastInsertId();
    m_newRegistrations.insert(p.personId, id);
    return id;
}

Status ParticipantBulkWriter::updatePerson(const Person &person)
{
    return m_file.people().update(person);
}

Status ParticipantBulkWriter::updateParticipant(const Participant &participant)
{
    if (Status s = m_file.participants().update(participant); !s)
        return s;
    m_codes.insert(participant.code);
    return {};
}

quint32 ParticipantBulkWriter::random()
{
    // One system call per 4096 values instead of one per character or GUID.
    // getrandom(2) first: QRandomGenerator::system() prefers the CPU's RDRAND,
    // which is several times slower (and slower still in virtual machines).
    if (m_randomUsed == m_random.size()) {
        m_random.resize(4096);
        if (!systemRandom(m_random))
            QRandomGenerator::system()->fillRange(m_random.data(), qsizetype(m_random.size()));
        m_randomUsed = 0;
    }
    return m_random[m_randomUsed++];
}

QString ParticipantBulkWriter::freshCode()
{
    static const QString symbols = RegistrationCode::alphabet();
    QString code(RegistrationCode::length, Qt::Uninitialized);
    for (QChar &c : code)
        c = symbols.at(int(random() % quint32(symbols.size()))); // bias below 1e-8: negligible
    return code;
}

void ParticipantBulkWriter::bindFreshGuid(RawStatement &s, int index)
{
    // A time-ordered UUID (version 7, RFC 9562): milliseconds since 1970, a
    // counter for the GUIDs made in the same millisecond, then 62 random bits.
    // Ordered GUIDs go to the end of the person table's unique index instead
    // of to random places in it, which makes large imports markedly faster.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now > m_guidMsecs) {
        m_guidMsecs = now;
        m_guidCounter = 0;
    } else if (++m_guidCounter > 0xFFF) {
        ++m_guidMsecs; // borrowed from the next millisecond, as RFC 9562 allows
        m_guidCounter = 0;
    }
    unsigned char bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = uchar(quint64(m_guidMsecs) >> (8 * (5 - i)));
    bytes[6] = uchar(0x70 | (m_guidCounter >> 8)); // version 7
    bytes[7] = uchar(m_guidCounter & 0xFF);
    for (int i = 8; i < 16; i += 4) {
        const quint32 r = random();
        memcpy(bytes + i, &r, 4);
    }
    bytes[8] = uchar((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    // Written as QUuid writes it (lower case, without braces), without a QUuid and a QString per row.
    static const char hex[] = "0123456789abcdef";
    char text[36];
    char *out = text;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = '-';
        *out++ = hex[bytes[i] >> 4];
        *out++ = hex[bytes[i] & 0xF];
    }
    s.bindUtf8(index, text, int(sizeof text));
}

Status ParticipantBulkWriter::suspendIndexes()
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

Status ParticipantBulkWriter::restoreIndexes()
{
    for (const QString &sql : std::as_const(m_suspendedIndexes))
        if (Status s = RawStatement(m_file, sql).exec(); !s)
            return s;
    m_suspendedIndexes.clear();
    return {};
}

Status ParticipantBulkWriter::removeAll(const QString &sql, const QList<qint64> &ids)
{
    RawStatement s(m_file, sql);
    for (qint64 id : ids) {
        s.bindInt(1, id);
        if (Status st = s.exec(); !st)
            return st;
    }
    return {};
}

Status ParticipantBulkWriter::removeParticipants(const QList<ParticipantId> &ids)
{
    return removeAll(QStringLiteral("DELETE FROM participant WHERE id = ?"), ids);
}

Status ParticipantBulkWriter::removePeople(const QList<PersonId> &ids)
{
    return removeAll(QStringLiteral("DELETE FROM person WHERE id = ?"), ids);
}
