#include "storage/ParticipantTableQuery.h"

#include "storage/EventStore.h"
#include "storage/RowCursor.h"
#include "storage/SearchFolding.h"
#include "storage/Statement.h"

namespace {
// One SQL expression per ParticipantField, in the enum's order: a scan's
// column index is the field's index.
const char *const fieldColumns[] = {
    "pe.title",        "pe.first_name",  "pe.last_name",      "pe.organisation",   "pe.organisation_type",
    "pe.position",     "pe.email",       "pe.phone",          "pe.country",        "pa.category",
    "pa.status",       "pa.code",        "pa.dietary",        "pa.accessibility",  "pa.consent_list",
    "pa.consent_photo", "pa.checked_in_utc", "pa.badge_printed", "pa.notes",       "pa.registered_utc",
};
constexpr int fieldCount = int(sizeof(fieldColumns) / sizeof(fieldColumns[0]));
constexpr int participantIdColumn = fieldCount;
constexpr int personIdColumn = fieldCount + 1;

QString column(ParticipantField field)
{
    return QString::fromLatin1(fieldColumns[int(field)]);
}

bool isText(ParticipantField field)
{
    return !ParticipantFields::isFlag(field) && !ParticipantFields::isDateTime(field);
}

QString escapedLike(const QString &word)
{
    QString out = word;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('%'), QLatin1String("\\%"));
    out.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + out + QLatin1Char('%');
}

QStringList searchWords(const QString &search)
{
    return search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

ParticipantTableQuery::ParticipantTableQuery(const EventStore &file, ParticipantFilter filter, ParticipantSort sort)
    : m_file(file), m_filter(std::move(filter)), m_sort(sort)
{
}

QString ParticipantTableQuery::whereClause() const
{
    QStringList conditions;
    const int words = int(searchWords(m_filter.search).size());
    for (int i = 0; i < words; ++i)
        conditions << QStringLiteral("(%2 %1 ? ESCAPE '\\' OR %3 %1 ? ESCAPE '\\' OR %4 %1 ? ESCAPE '\\' "
                                     "OR pe.email %1 ? ESCAPE '\\' OR pa.code %1 ? ESCAPE '\\')")
                          .arg(m_file.dialect().caselessLike(), m_file.dialect().fold(QStringLiteral("pe.first_name")),
                               m_file.dialect().fold(QStringLiteral("pe.last_name")),
                               m_file.dialect().fold(QStringLiteral("pe.organisation")));
    if (m_filter.category)
        conditions << QStringLiteral("pa.category = ?");
    if (m_filter.status)
        conditions << QStringLiteral("pa.status = ?");
    if (m_filter.checkedIn)
        conditions << (*m_filter.checkedIn ? QStringLiteral("pa.checked_in_utc IS NOT NULL")
                                           : QStringLiteral("pa.checked_in_utc IS NULL"));
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QStringList ParticipantTableQuery::binds() const
{
    QStringList values;
    for (const QString &word : searchWords(m_filter.search))
        for (int i = 0; i < 5; ++i)
            values << escapedLike(SearchFolding::fold(word));
    if (m_filter.category)
        values << toKey(*m_filter.category);
    if (m_filter.status)
        values << toKey(*m_filter.status);
    return values;
}

// The sort expressions, the registration id last: a total order, so a page
// can start after a known row. NULL times sort as '' (row values cannot compare NULL).
QStringList ParticipantTableQuery::sortTerms() const
{
    auto term = [this](ParticipantField field) {
        if (ParticipantFields::isDateTime(field))
            return QStringLiteral("COALESCE(%1, '')").arg(column(field));
        return isText(field) ? m_file.dialect().caseless(column(field)) : column(field);
    };
    QStringList terms{term(m_sort.field)};
    if (m_sort.field == ParticipantField::LastName)
        terms << term(ParticipantField::FirstName);
    terms << QStringLiteral("pa.id");
    return terms;
}

QString ParticipantTableQuery::orderClause() const
{
    const QString direction = m_sort.descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral(" ORDER BY ") + sortTerms().join(direction + QStringLiteral(", ")) + direction;
}

QString ParticipantTableQuery::selectSql() const
{
    QStringList columns;
    for (const char *c : fieldColumns)
        columns << QString::fromLatin1(c);
    columns << QStringLiteral("pa.id") << QStringLiteral("pe.id") << sortTerms();
    return QStringLiteral("SELECT %1 FROM participant pa JOIN person pe ON pe.id = pa.person_id")
        .arg(columns.join(QStringLiteral(", ")));
}

Result<qint64> ParticipantTableQuery::count() const
{
    Statement s(m_file, QStringLiteral("SELECT COUNT(*) FROM participant pa JOIN person pe ON pe.id = pa.person_id")
                            + whereClause());
    for (const QString &value : binds())
        s.bind(value);
    if (Status st = s.exec(); !st)
        return Result<qint64>::failure(st.error());
    return s.next() ? s.value(0).toLongLong() : 0;
}

Result<ParticipantTableQuery::Page> ParticipantTableQuery::page(const QVariantList &after, int limit) const
{
    using R = Result<Page>;
    const QStringList terms = sortTerms();
    QString where = whereClause();
    if (!after.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < terms.size(); ++i)
            marks << QStringLiteral("?");
        // The first term alone as well: implied by the row value, but SQLite
        // can seek an index with it (a row value with COLLATE it only scans),
        // so a page deep in 100,000 names costs a millisecond, not a scan.
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("%1 %2= ? AND (%3) %2 (%4)")
                  .arg(terms.constFirst(), m_sort.descending ? QStringLiteral("<") : QStringLiteral(">"),
                       terms.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }
    QVariantList values;
    for (const QString &value : binds())
        values << value;
    if (!after.isEmpty())
        values << after.constFirst();
    values << after << qint64(limit);
    const auto cursor = m_file.select(selectSql() + where + orderClause() + QStringLiteral(" LIMIT ?"), values);
    const RowCursor &row = *cursor;
    // Which sort terms are numbers (flags, the id), so the next page binds them as numbers.
    QList<bool> numericTerms;
    numericTerms << (!isText(m_sort.field) && !ParticipantFields::isDateTime(m_sort.field));
    if (m_sort.field == ParticipantField::LastName)
        numericTerms << false;
    numericTerms << true;
    Page page;
    QList<ParticipantRow> &rows = page.rows;
    rows.reserve(qMin(limit, 4096));
    while (cursor->next()) {
        const RawRow raw(row);
        auto text = [&](ParticipantField f) { return QString::fromUtf8(raw.text(f)); };
        auto time = [&](ParticipantField f) {
            const QString t = text(f);
            return t.isEmpty() ? QDateTime() : Statement::utc(QVariant(t));
        };
        ParticipantRow r;
        Person &pe = r.person;
        Participant &pa = r.participant;
        pe.id = row.integer(personIdColumn);
        pe.title = text(ParticipantField::Title);
        pe.firstName = text(ParticipantField::FirstName);
        pe.lastName = text(ParticipantField::LastName);
        pe.organisation = text(ParticipantField::Organisation);
        pe.organisationType = Vocabulary<OrganisationType>::fromKey(text(ParticipantField::OrganisationType))
                                  .value_or(OrganisationType::Other);
        pe.position = text(ParticipantField::Position);
        pe.email = text(ParticipantField::Email);
        pe.phone = text(ParticipantField::Phone);
        pe.country = text(ParticipantField::Country);
        pa.id = raw.participantId();
        pa.personId = pe.id;
        pa.category = Vocabulary<ParticipantCategory>::fromKey(text(ParticipantField::Category))
                          .value_or(ParticipantCategory::Attendee);
        pa.status = Vocabulary<RegistrationStatus>::fromKey(text(ParticipantField::Status))
                        .value_or(RegistrationStatus::Registered);
        pa.code = text(ParticipantField::Code);
        pa.dietary = text(ParticipantField::Dietary);
        pa.accessibility = text(ParticipantField::Accessibility);
        pa.consentList = raw.flag(ParticipantField::ConsentList);
        pa.consentPhoto = raw.flag(ParticipantField::ConsentPhoto);
        pa.checkedIn = time(ParticipantField::CheckedIn);
        pa.badgePrinted = raw.flag(ParticipantField::BadgePrinted);
        pa.notes = text(ParticipantField::Notes);
        pa.registeredAt = time(ParticipantField::Registered);
        rows << r;
        page.lastKey.clear();
        for (int i = 0; i < terms.size(); ++i) {
            const int c = personIdColumn + 1 + i;
            page.lastKey << (numericTerms.value(i) ? QVariant(row.integer(c)) : QVariant(row.text(c)));
        }
    }
    if (!cursor->status())
        return R::failure(cursor->status().error());
    return page;
}

Status ParticipantTableQuery::scan(const RowVisitor &visit) const
{
    QVariantList values;
    for (const QString &value : binds())
        values << value;
    const auto cursor = m_file.select(selectSql() + whereClause() + orderClause(), values);
    const RawRow raw(*cursor);
    while (cursor->next())
        if (!visit(raw))
            break;
    return cursor->status();
}

QByteArrayView ParticipantTableQuery::RawRow::text(ParticipantField field) const
{
    return m_row.utf8(int(field));
}

bool ParticipantTableQuery::RawRow::flag(ParticipantField field) const
{
    return m_row.integer(int(field)) != 0;
}

qint64 ParticipantTableQuery::RawRow::participantId() const
{
    return m_row.integer(participantIdColumn);
}
