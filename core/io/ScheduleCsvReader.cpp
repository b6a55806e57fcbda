#include "io/ScheduleCsvReader.h"

#include "io/CsvSource.h"
#include "io/ScheduleCsvColumns.h"
#include "io/ScheduleDocumentAssembler.h"
#include "io/ScheduleTime.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCsvReader)
};

using Field = ScheduleCsvColumns::Field;

// 2011-02-05, 05.02.2011 or 2011/02/05: what spreadsheets write. Not 02/05/2011,
// which is the 2nd of May in Europe and the 5th of February in the US.
QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "yyyy/MM/dd"}) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return {};
}

// "12:Anna Chioti|15:Jo Weber", "Anna Chioti, Jo Weber" or Podium's "Anna Chioti; Jo Weber".
QList<RawSchedulePerson> parseSpeakers(const QString &text)
{
    static const QRegularExpression idAndName(QStringLiteral("^\\s*(\\d+)\\s*:(.*)$"));
    QList<RawSchedulePerson> persons;
    const bool pipes = text.contains(QLatin1Char('|')) || idAndName.match(text).hasMatch();
    const QChar separator = pipes ? QLatin1Char('|') : text.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    for (const QString &item : text.split(separator, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = idAndName.match(item);
        const QString name = (m.hasMatch() ? m.captured(2) : item).simplified();
        if (!name.isEmpty())
            persons << RawSchedulePerson{m.hasMatch() ? m.captured(1) : QString(), QString(), name};
    }
    return persons;
}

// A type as Podium's export writes it, in the user's language, becomes its key; others stay as written.
QString typeWord(const QString &text)
{
    if (Vocabulary<SessionType>::fromKey(text)) // a key or the English label: as written
        return text.trimmed();
    for (SessionType type : Vocabulary<SessionType>::values())
        if (text.trimmed().compare(toLabel(type), Qt::CaseInsensitive) == 0)
            return toKey(type);
    return text.trimmed();
}

class Reader
{
public:
    Reader(CsvSource &csv, const ScheduleCsvColumns &columns, const QString &fileName)
        : m_csv(csv), m_columns(columns), m_out(fileName, ScheduleDocumentAssembler::Syntax::Csv)
    {
    }
    Result<ScheduleDocument> run(const ProgressCallback &progress);

private:
    QString cell(Field field) const;
    QString where(Field field) const;
    QString derivedGuid() const;
    Status readRow();
    void problem(const QString &text);

    CsvSource &m_csv;
    const ScheduleCsvColumns &m_columns;
    ScheduleDocumentAssembler m_out;
    CsvReader::Record m_record;
    QStringList m_problems;
    int m_moreProblems = 0;
};

QString Reader::cell(Field field) const
{
    const int column = m_columns.columnOf(field);
    return column >= 0 && size_t(column) < m_record.fields.size() ? m_record.fields[size_t(column)].toString() : QString();
}

QString Reader::where(Field field) const
{
    return Tr::tr("line %1, column “%2”").arg(m_record.line).arg(m_columns.headers().value(m_columns.columnOf(field)));
}

// A row without an id or GUID is known by its title, room, day and start: the
// same row in a later version of the file is the same session (parallel coffee
// breaks are not), and a session moved or renamed counts as a new one.
QString Reader::derivedGuid() const
{
    QStringList key{cell(Field::Title), cell(Field::Room), cell(Field::Date), cell(Field::Day), cell(Field::Start)};
    for (QString &part : key)
        part = part.simplified();
    return ScheduleDocument::stableGuid(QStringLiteral("session/csv/") + key.join(QLatin1Char('\x1f')));
}

void Reader::problem(const QString &text)
{
    if (m_problems.size() < ScheduleCsvReader::maxProblemsListed)
        m_problems << text;
    else
        ++m_moreProblems;
}

Result<ScheduleDocument> Reader::run(const ProgressCallback &progress)
{
    using R = Result<ScheduleDocument>;
    CsvReader &reader = m_csv.reader();
    qint64 rows = 0;
    while (!reader.atEnd()) {
        if (progress && ++rows % 256 == 0 && !progress(qint64(reader.progress() * 1000), 1000))
            return R::failure(Tr::tr("Import cancelled: nothing was imported."));
        if (Status s = reader.next(m_record); !s)
            return R::failure(QStringLiteral("%1, %2").arg(m_csv.quotedPath(), s.error()));
        const bool blank = std::all_of(m_record.fields.cbegin(), m_record.fields.cend(),
                                       [](QStringView f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue;
        if (Status s = readRow(); !s)
            problem(s.error());
    }
    if (!m_problems.isEmpty()) {
        QString text = m_out.message(QString(), Tr::tr("nothing was imported, these lines have problems:"));
        for (const QString &p : std::as_const(m_problems))
            text += QStringLiteral("\n  ") + p;
        if (m_moreProblems > 0)
            text += QStringLiteral("\n  ") + Tr::tr("… and %1 more.").arg(m_moreProblems);
        return R::failure(text);
    }
    if (progress)
        progress(1000, 1000);
    auto document = m_out.finish();
    if (document) {
        document->notes << Tr::tr("Read as %1, separated by %2.")
                               .arg(m_csv.encodingName(), m_csv.delimiter() == QLatin1Char('\t')
                                                              ? Tr::tr("tabs")
                                                              : QStringLiteral("“%1”").arg(m_csv.delimiter()))
                        << Tr::tr("Columns: %1.").arg(m_columns.describe());
        // What a spreadsheet has no column for stays as the event has it when merged.
        document->fieldsNotCarried = QStringList{QStringLiteral("url"), QStringLiteral("slug"),
                                                 QStringLiteral("recording"), QStringLiteral("attachments")};
        const std::pair<Field, const char *> optional[] = {
            {Field::Subtitle, "subtitle"}, {Field::Abstract, "abstract"}, {Field::Description, "description"},
            {Field::Language, "language"}, {Field::Url, "links"},         {Field::Track, "track"},
            {Field::Type, "type"},         {Field::Speakers, "speakers"}, {Field::Id, "id"}};
        for (const auto &o : optional)
            if (m_columns.columnOf(o.first) < 0)
                document->fieldsNotCarried << QLatin1String(o.second);
        if (document->sessions.isEmpty())
            return R::failure(m_out.message(QString(), Tr::tr("the file has a header line but no sessions.")));
    }
    return document;
}

Status Reader::readRow()
{
    RawScheduleEvent raw;
    raw.origin = Tr::tr("line %1").arg(m_record.line);
    raw.title = cell(Field::Title);
    raw.subtitle = cell(Field::Subtitle);
    raw.room = cell(Field::Room);
    raw.track = cell(Field::Track);
    raw.type = typeWord(cell(Field::Type));
    raw.language = cell(Field::Language);
    raw.abstract = cell(Field::Abstract);
    raw.description = cell(Field::Description);
    raw.id = cell(Field::Id);
    raw.guid = cell(Field::Guid);
    raw.persons = parseSpeakers(cell(Field::Speakers));
    if (raw.guid.trimmed().isEmpty() && raw.id.trimmed().isEmpty())
        raw.guid = derivedGuid();
    for (const QString &url : cell(Field::Url).split(QRegularExpression(QStringLiteral("[\\s|]+")), Qt::SkipEmptyParts))
        raw.links << SessionLink{url, QString()};

    const QString startText = cell(Field::Start).trimmed();
    const std::optional<QTime> clock = ScheduleTime::parseClock(startText);
    if (!clock)
        return Status::failure(m_out.message(where(Field::Start), Tr::tr("“%1” is not a time like 09:30.").arg(startText)));
    // A Date is the calendar date; a Day (Podium's export) the programme day,
    // after whose day change early-morning times belong to the next date.
    const QString dateText = cell(Field::Date).trimmed();
    const Field dayField = dateText.isEmpty() ? Field::Day : Field::Date;
    const QDate day = parseDate(cell(dayField));
    if (!day.isValid())
        return Status::failure(m_out.message(where(dayField), Tr::tr("“%1” is not a date like 2024-05-30.")
                                                                  .arg(cell(dayField).trimmed())));
    if (dayField == Field::Date)
        raw.date = QDateTime(day, *clock).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    else
        raw.day = day.toString(Qt::ISODate);
    raw.start = clock->toString(QStringLiteral("HH:mm"));

    const QString duration = cell(Field::Duration).trimmed();
    if (!duration.isEmpty()) {
        bool minutes = false;
        const int n = duration.toInt(&minutes);
        raw.duration = minutes && n >= 0 ? ScheduleTime::formatDuration(n) : duration;
    } else if (const QString endText = cell(Field::End).trimmed(); !endText.isEmpty()) {
        const std::optional<QTime> end = ScheduleTime::parseClock(endText);
        if (!end)
            return Status::failure(m_out.message(where(Field::End), Tr::tr("“%1” is not a time like 10:30.").arg(endText)));
        int length = clock->secsTo(*end) / 60;
        if (length <= 0)
            length += 24 * 60; // ends after midnight
        raw.duration = ScheduleTime::formatDuration(length);
    }
    return m_out.addEvent(raw);
}
} // namespace

Result<ScheduleDocument> ScheduleCsvReader::read(const QString &path, const ProgressCallback &progress,
                                                 const QStringList &overrides)
{
    using R = Result<ScheduleDocument>;
    auto csv = CsvSource::open(path, CsvSource::Content::Sessions);
    if (!csv)
        return R::failure(csv.error());
    auto columns = ScheduleCsvColumns::map(csv.value()->headers(), overrides);
    if (!columns)
        return R::failure(QStringLiteral("%1: %2").arg(csv.value()->quotedPath(), columns.error()));
    Reader reader(*csv.value(), columns.value(), QFileInfo(path).fileName());
    return reader.run(progress);
}
