#include "storage/PersonDirectory.h"

#include "storage/EventStore.h"
#include "storage/PersonRepository.h"
#include "storage/Statement.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace {
const QString sessionCount = QStringLiteral("(SELECT COUNT(DISTINCT sp.session_id) FROM session_person sp "
                                            "WHERE sp.person_id = p.id)");
// IN (subquery) is evaluated once into a temporary index: much faster than a
// correlated EXISTS per person when the list holds 100,000 participants.
const QString hasRole = QStringLiteral("p.id IN (SELECT person_id FROM session_person)");
const QString isRegistered = QStringLiteral("p.id IN (SELECT person_id FROM participant)");
// Session counts for sorting, computed once per query.
const QString countsJoin = QStringLiteral(" LEFT JOIN (SELECT person_id, COUNT(DISTINCT session_id) AS n "
                                          "FROM session_person GROUP BY person_id) counts ON counts.person_id = p.id");
const QStringList searchedColumns = {QStringLiteral("p.first_name"), QStringLiteral("p.last_name"),
                                     QStringLiteral("p.title"),      QStringLiteral("p.organisation"),
                                     QStringLiteral("p.position"),   QStringLiteral("p.email"),
                                     QStringLiteral("p.country")};

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString orderBy(const SqlDialect &sql, PersonDirectory::SortKey key, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    const QString byName = QStringLiteral("%2%1, %3%1, p.id%1")
                               .arg(dir, sql.caseless(QStringLiteral("p.last_name")), sql.caseless(QStringLiteral("p.first_name")));
    QString first;
    switch (key) {
    case PersonDirectory::SortKey::Name: return byName;
    case PersonDirectory::SortKey::Organisation: first = sql.caseless(QStringLiteral("p.organisation")); break;
    case PersonDirectory::SortKey::OrganisationType: first = QStringLiteral("p.organisation_type"); break;
    case PersonDirectory::SortKey::Position: first = sql.caseless(QStringLiteral("p.position")); break;
    case PersonDirectory::SortKey::Email: first = sql.caseless(QStringLiteral("p.email")); break;
    case PersonDirectory::SortKey::Country: first = sql.caseless(QStringLiteral("p.country")); break;
    case PersonDirectory::SortKey::Sessions: first = QStringLiteral("COALESCE(counts.n, 0)"); break;
    }
    // Empty values go last in both directions: an organiser sorts to see what is filled in.
    const QString emptyLast = key == PersonDirectory::SortKey::Sessions ? QString() : first + QStringLiteral(" = '', ");
    return emptyLast + first + dir + QStringLiteral(", ") + byName;
}
} // namespace

Result<QList<PersonId>> PersonDirectory::ids(const Query &query) const
{
    QStringList conditions;
    if (query.scope == Scope::WithRole)
        conditions << hasRole;
    else if (query.scope == Scope::ProgrammeAndContacts)
        conditions << QStringLiteral("(%1 OR NOT %2)").arg(hasRole, isRegistered);
    const QStringList words = query.search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList any;
    for (const QString &c : searchedColumns)
        any << c + QLatin1Char(' ') + m_file.dialect().caselessLike() + QStringLiteral(" ? ESCAPE '\\'");
    for (int i = 0; i < words.size(); ++i)
        conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString join = query.sortKey == SortKey::Sessions ? countsJoin : QString();
    Statement s(m_file, QStringLiteral("SELECT p.id FROM person p%1%2 ORDER BY %3")
                            .arg(join, where, orderBy(m_file.dialect(), query.sortKey, query.descending)));
    for (const QString &word : words)
        for (int i = 0; i < searchedColumns.size(); ++i)
            s.bind(likePattern(word));
    if (Status st = s.exec(); !st)
        return Result<QList<PersonId>>::failure(st.error());
    QList<PersonId> ids;
    while (s.next())
        ids << s.value(0).toLongLong();
    return ids;
}

Result<QList<PersonSummary>> PersonDirectory::summaries(const QList<PersonId> &ids) const
{
    using R = Result<QList<PersonSummary>>;
    if (ids.isEmpty())
        return QList<PersonSummary>();
    // Ids are integers we hold, so listing them in the SQL text is safe.
    QStringList list;
    for (PersonId id : ids)
        list << QString::number(id);
    Statement s(m_file, QStringLiteral("SELECT %1, %2, %3 FROM person p WHERE p.id IN (%4)")
                            .arg(PersonRepository::selectColumns(QStringLiteral("p")), sessionCount, isRegistered,
                                 list.join(QLatin1Char(','))));
    if (Status st = s.exec(); !st)
        return R::failure(st.error());
    QHash<PersonId, PersonSummary> found;
    const int extra = PersonRepository::columnCount(); // the person's columns come first
    while (s.next()) {
        PersonSummary summary;
        summary.person = PersonRepository::read(s);
        summary.sessionCount = s.value(extra).toInt();
        summary.registered = s.value(extra + 1).toBool();
        found.insert(summary.person.id, summary);
    }
    QList<PersonSummary> ordered;
    ordered.reserve(found.size());
    for (PersonId id : ids)
        if (auto it = found.constFind(id); it != found.cend())
            ordered << *it;
    return ordered;
}
