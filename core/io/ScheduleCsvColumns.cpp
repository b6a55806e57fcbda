#include "io/ScheduleCsvColumns.h"

#include "io/HeaderMapper.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCsvColumns)
};

using Field = ScheduleCsvColumns::Field;

struct Aliases
{
    Field field;
    const char *key;
    const char *names; // squeezed (HeaderMapper::squeeze), space separated
};

const std::vector<Aliases> &aliases()
{
    static const std::vector<Aliases> list = {
        {Field::Title, "title", "title titel titre sessiontitle talktitle eventtitle talk session intitule"},
        {Field::Subtitle, "subtitle", "subtitle untertitel soustitre"},
        {Field::Room, "room", "room raum saal salle lieu location ort"},
        {Field::Date, "date", "date datum startdate"},
        {Field::Day, "day", "day tag jour programmeday"},
        {Field::Start, "start", "start starttime begin beginn debut heuredebut startzeit time heure uhrzeit from"},
        {Field::End, "end", "end endtime ende endzeit fin heurefin until to"},
        {Field::Duration, "duration", "duration dauer duree length laenge lange"},
        {Field::Track, "track", "track tracks theme thema parcours stream"},
        {Field::Type, "type", "type sessiontype eventtype typ art format"},
        {Field::Language, "language", "language lang sprache langue"},
        {Field::Abstract, "abstract", "abstract summary resume zusammenfassung kurzfassung"},
        {Field::Description, "description", "description beschreibung details"},
        {Field::Speakers, "speakers",
         "speakers speaker persons people presenters presenter referenten referent sprecher vortragende intervenants "
         "intervenant orateurs orateur"},
        {Field::Id, "id", "id eventid sessionid talkid"},
        {Field::Guid, "guid", "guid uuid"},
        {Field::Url, "file_url", "fileurl url link links slides lien"},
    };
    return list;
}

// Podium's own sessions CSV names its columns in the user's language.
const char *const ownHeaders[][2] = {{"Day", "day"},   {"Start", "start"}, {"End", "end"},     {"Room", "room"},
                                     {"Track", "track"}, {"Type", "type"}, {"Title", "title"}, {"Speakers", "speakers"}};

std::optional<Field> fromKey(const QString &key)
{
    for (const Aliases &a : aliases())
        if (key == QLatin1String(a.key))
            return a.field;
    return std::nullopt;
}
} // namespace

QString ScheduleCsvColumns::key(Field field)
{
    for (const Aliases &a : aliases())
        if (a.field == field)
            return QLatin1String(a.key);
    return {};
}

std::optional<Field> ScheduleCsvColumns::guess(const QString &header)
{
    static const QHash<QString, Field> index = [] {
        QHash<QString, Field> h;
        for (const Aliases &a : aliases())
            for (const QString &name : QString::fromLatin1(a.names).split(QLatin1Char(' ')))
                h.insert(name, a.field);
        return h;
    }();
    const QString squeezed = HeaderMapper::squeeze(header);
    if (squeezed.isEmpty())
        return std::nullopt;
    if (auto it = index.constFind(squeezed); it != index.cend())
        return *it;
    for (const auto &own : ownHeaders)
        if (squeezed == HeaderMapper::squeeze(QCoreApplication::translate("SessionCsvWriter", own[0])))
            return fromKey(QLatin1String(own[1]));
    return std::nullopt;
}

Status ScheduleCsvColumns::applyOverride(const QString &assignment)
{
    const qsizetype eq = assignment.lastIndexOf(QLatin1Char('='));
    const QString column = assignment.left(eq).trimmed();
    const QString fieldText = assignment.mid(eq + 1).trimmed().toLower();
    if (eq <= 0)
        return Status::failure(Tr::tr("--map “%1”: expected COLUMN=field, e.g. \"Saal=room\".").arg(assignment));
    int index = -1;
    for (int i = 0; index < 0 && i < m_headers.size(); ++i)
        if (m_headers[i].trimmed().compare(column, Qt::CaseInsensitive) == 0)
            index = i;
    bool number = false;
    if (const int n = column.toInt(&number); index < 0 && number && n >= 1 && n <= m_headers.size())
        index = n - 1;
    if (index < 0)
        return Status::failure(Tr::tr("--map “%1”: the file has no column “%2” (its columns: %3).")
                                   .arg(assignment, column, m_headers.join(QStringLiteral(", "))));
    std::optional<Field> field;
    if (fieldText != QLatin1String("ignore")) {
        field = fromKey(fieldText);
        if (!field) {
            QStringList keys;
            for (const Aliases &a : aliases())
                keys << QLatin1String(a.key);
            return Status::failure(Tr::tr("--map “%1”: “%2” is not a session field (expected one of: %3, ignore).")
                                       .arg(assignment, fieldText, keys.join(QStringLiteral(", "))));
        }
        // The field moves to this column, away from the one it was guessed for.
        for (std::optional<Field> &other : m_fields)
            if (other == field)
                other.reset();
    }
    m_fields[size_t(index)] = field;
    return {};
}

Result<ScheduleCsvColumns> ScheduleCsvColumns::map(const QStringList &headers, const QStringList &overrides)
{
    using R = Result<ScheduleCsvColumns>;
    ScheduleCsvColumns columns;
    columns.m_headers = headers;
    for (const QString &header : headers)
        columns.m_fields.push_back(guess(header));
    for (const QString &assignment : overrides)
        if (Status s = columns.applyOverride(assignment); !s)
            return R::failure(s.error());
    for (size_t i = 0; i < columns.m_fields.size(); ++i) {
        const std::optional<Field> field = columns.m_fields[i];
        const int first = field ? columns.columnOf(*field) : -1;
        if (first >= 0 && size_t(first) < i)
            return R::failure(Tr::tr("columns “%1” and “%2” both hold the %3: keep one of them (--map “%2=ignore”).")
                                  .arg(headers[first], headers[int(i)], key(*field)));
    }
    QStringList missing;
    if (columns.columnOf(Field::Title) < 0)
        missing << Tr::tr("a title (“Title”)");
    if (columns.columnOf(Field::Room) < 0)
        missing << Tr::tr("a room (“Room”)");
    if (columns.columnOf(Field::Start) < 0)
        missing << Tr::tr("a start time (“Start”)");
    if (columns.columnOf(Field::Date) < 0 && columns.columnOf(Field::Day) < 0)
        missing << Tr::tr("a date (“Date” or “Day”)");
    if (columns.columnOf(Field::Duration) < 0 && columns.columnOf(Field::End) < 0)
        missing << Tr::tr("a duration or end time (“Duration” or “End”)");
    if (!missing.isEmpty())
        return R::failure(Tr::tr("no column holds %1 (the columns are: %2).")
                              .arg(missing.join(QStringLiteral(", ")), headers.join(QStringLiteral(", "))));
    return columns;
}

int ScheduleCsvColumns::columnOf(Field field) const
{
    for (size_t i = 0; i < m_fields.size(); ++i)
        if (m_fields[i] == field)
            return int(i);
    return -1;
}

QString ScheduleCsvColumns::describe() const
{
    QStringList parts;
    for (int i = 0; i < m_headers.size(); ++i)
        parts << QStringLiteral("%1 → %2").arg(m_headers[i], m_fields[size_t(i)] ? key(*m_fields[size_t(i)])
                                                                                  : Tr::tr("(not imported)"));
    return parts.join(QStringLiteral(", "));
}
