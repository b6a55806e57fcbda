#include "storage/ParticipantBulkWriter.h"

#include "model/RegistrationCode.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RowCursor.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <cstring>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/random.h>
#endif

namespace {
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

ParticipantBulkWriter::ParticipantBulkWriter(const EventStore &store) : m_store(store) {}

ParticipantBulkWriter::~ParticipantBulkWriter() = default;

Status ParticipantBulkWriter::loadIndexes()
{
    if (Status s = flush(); !s)
        return s;
    m_emails.clear();
    m_registrations.clear();
    m_newRegistrations.clear();
    m_codes = RegistrationCodeSet();
    // Descending ids: the first person with an address wins, as in PersonRepository::findByEmail.
    auto people = m_store.select(QStringLiteral("SELECT id, email FROM person WHERE email <> '' ORDER BY id DESC"));
    while (people->next())
        m_emails.insert(emailKey(people->text(1)), people->integer(0));
    if (!people->status())
        return people->status();
    auto registrations = m_store.select(QStringLiteral("SELECT id, person_id, code FROM participant"));
    while (registrations->next()) {
        m_registrations.insert(registrations->integer(1), registrations->integer(0));
        m_codes.insert(registrations->text(2));
    }
    return registrations->status();
}

void ParticipantBulkWriter::reserve(qsizetype rows)
{
    m_newRegistrations.reserve(rows);
    m_codes.reserve(m_codes.size() + rows);
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

Result<PersonId> ParticipantBulkWriter::insertPerson(const Person &p, const Utf8Columns *text)
{
    if (!p.guid.isEmpty()) {
        const QByteArray guid = p.guid.toUtf8();
        return writePerson(p, guid, text);
    }
    return writePerson(p, freshGuid(), text);
}

Result<ParticipantId> ParticipantBulkWriter::insertParticipant(const Participant &p, const Utf8Columns *text)
{
    // Claimed before the insert: if that fails, the caller's whole transaction
    // is rolled back, and this writer with it.
    QString code = p.code;
    if (code.isEmpty() || !claimCode(code))
        do
            code = freshCode();
        while (!claimCode(code));
    auto id = writeParticipant(p, code, text);
    if (id)
        m_newRegistrations.insert(p.personId, id.value());
    return id;
}

Status ParticipantBulkWriter::updatePerson(const Person &person)
{
    if (Status s = flush(); !s)
        return s;
    return m_store.people().update(person);
}

Status ParticipantBulkWriter::updateParticipant(const Participant &participant)
{
    if (Status s = flush(); !s)
        return s;
    if (Status s = m_store.participants().update(participant); !s)
        return s;
    m_codes.insert(participant.code);
    return {};
}

Status ParticipantBulkWriter::removeParticipants(const QList<ParticipantId> &ids)
{
    if (Status s = flush(); !s)
        return s;
    return removeRows("participant", ids);
}

Status ParticipantBulkWriter::removePeople(const QList<PersonId> &ids)
{
    if (Status s = flush(); !s)
        return s;
    return removeRows("person", ids);
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

QByteArrayView ParticipantBulkWriter::freshGuid()
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
    char *out = m_guid;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = '-';
        *out++ = hex[bytes[i] >> 4];
        *out++ = hex[bytes[i] & 0xF];
    }
    return QByteArrayView(m_guid, sizeof m_guid);
}
