#include "availability/AvailabilityCsvReader.h"

#include "availability/AvailabilityOwners.h"
#include "io/CsvSource.h"
#include "model/Event.h"
#include "util/QuotedPath.h"

#include <QLocale>

#include <array>
#include <optional>

namespace {

enum Column { PersonColumn, RoomColumn, DayColumn, FromColumn, ToColumn, KindColumn, ColumnCount };
const std::array<const char *, ColumnCount> columnNames = {"person", "room", "day", "from", "to", "kind"};
// Header names read besides the English ones: French and German, and common synonyms.
const std::array<QStringList, ColumnCount> columnAliases = {
    QStringList{QStringLiteral("personne"), QStringLiteral("speaker"), QStringLiteral("email"), QStringLiteral("e-mail")},
    QStringList{QStringLiteral("salle"), QStringLiteral("raum")},
    QStringList{QStringLiteral("date"), QStringLiteral("jour"), QStringLiteral("tag"), QStringLiteral("datum")},
    QStringList{QStringLiteral("start"), QStringLiteral("de"), QStringLiteral("début"), QStringLiteral("von")},
    QStringList{QStringLiteral("end"), QStringLiteral("à"), QStringLiteral("fin"), QStringLiteral("bis")},
    QStringList{QStringLiteral("type"), QStringLiteral("genre"), QStringLiteral("art")},
};
constexpr int maxProblems = 12;

std::optional<QDate> parseDay(const QString &text)
{
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy"), QStringLiteral("d/M/yyyy")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

// "9:00", "09:00", "09:00:00"; "24:00" when allowed (the end of a day): minutes since midnight.
std::optional<int> parseTime(const QString &text, bool allowMidnightEnd)
{
    if (allowMidnightEnd && (text == QLatin1String("24:00") || text == QLatin1String("24:00:00")))
        return 24 * 60;
    for (const QString &format : {QStringLiteral("H:mm"), QStringLiteral("H:mm:ss")}) {
        const QTime t = QTime::fromString(text, format);
        if (t.isValid())
            return t.hour() * 60 + t.minute();
    }
    return std::nullopt;
}

} // namespace

Result<AvailabilityChange> AvailabilityCsvReader::read(const QString &path, const Event &event,
                                                       const AvailabilityOwners &owners)
{
    using R = Result<AvailabilityChange>;
    auto opened = CsvSource::open(path, CsvSource::Content::Availability);
    if (!opened)
        return R::failure(opened.error());
    CsvSource &source = *opened.value();

    std::array<int, ColumnCount> at;
    at.fill(-1);
    for (int i = 0; i < source.headers().size(); ++i)
        for (int c = 0; c < ColumnCount; ++c) {
            const QString &header = source.headers()[i];
            if (at[c] < 0
                && (header.compare(QLatin1String(columnNames[c]), Qt::CaseInsensitive) == 0
                    || columnAliases[c].contains(header, Qt::CaseInsensitive)))
                at[c] = i;
        }
    QStringList missing;
    for (int c : {DayColumn, FromColumn, ToColumn})
        if (at[c] < 0)
            missing << QStringLiteral("“%1”").arg(QLatin1String(columnNames[c]));
    if (at[PersonColumn] < 0 && at[RoomColumn] < 0)
        missing << tr("“person” or “room”");
    if (!missing.isEmpty())
        return R::failure(tr("%1 has no column %2: the header line must name the columns person or room, day, from, "
                             "to and kind.")
                              .arg(quotedPath(path), missing.join(QStringLiteral(", "))));

    const QLocale locale;
    const bool hasDays = event.dayCount() > 0;
    QStringList problems;
    AvailabilityChange change;
    CsvReader::Record record;
    while (!source.reader().atEnd() && problems.size() < maxProblems) {
        if (Status st = source.reader().next(record); !st)
            return R::failure(QStringLiteral("%1, %2").arg(quotedPath(path), st.error()));
        auto field = [&](Column c) {
            return at[c] >= 0 && at[c] < int(record.fields.size()) ? record.fields[at[c]].trimmed().toString() : QString();
        };
        bool blank = true;
        for (QStringView f : record.fields)
            blank = blank && f.trimmed().isEmpty();
        if (blank)
            continue;
        auto problem = [&](Column c, const QString &what) {
            problems << tr("line %1, field “%2”: %3").arg(record.line).arg(QLatin1String(columnNames[c]), what);
        };
        const QString personText = field(PersonColumn);
        const QString roomText = field(RoomColumn);
        std::optional<PersonId> person;
        std::optional<RoomId> room;
        QString why;
        if (!personText.isEmpty() && !roomText.isEmpty()) {
            problem(RoomColumn, tr("a row is about a person or a room, not both."));
            continue;
        }
        if (personText.isEmpty() && roomText.isEmpty()) {
            problem(at[PersonColumn] >= 0 ? PersonColumn : RoomColumn, tr("empty: say whose availability this is."));
            continue;
        }
        if (!personText.isEmpty() && !(person = owners.person(personText, &why)))
            problem(PersonColumn, why);
        if (!roomText.isEmpty() && !(room = owners.room(roomText, &why)))
            problem(RoomColumn, why);

        const QString dayText = field(DayColumn);
        const std::optional<QDate> day = parseDay(dayText);
        if (!day)
            problem(DayColumn, dayText.isEmpty() ? tr("empty: give the date, like 2026-12-07.")
                                                 : tr("“%1” is not a date; write it like 2026-12-07.").arg(dayText));
        else if (hasDays && (*day < event.firstDay || *day > event.lastDay.addDays(1)))
            problem(DayColumn, tr("%1 is not a day of the event (%2 to %3).")
                                   .arg(locale.toString(*day, QLocale::ShortFormat),
                                        locale.toString(event.firstDay, QLocale::ShortFormat),
                                        locale.toString(event.lastDay, QLocale::ShortFormat)));
        const QString fromText = field(FromColumn);
        const QString toText = field(ToColumn);
        const std::optional<int> from = parseTime(fromText, false);
        const std::optional<int> to = parseTime(toText, true);
        if (!from)
            problem(FromColumn, tr("“%1” is not a time of day; write it like 09:00.").arg(fromText));
        if (!to)
            problem(ToColumn, tr("“%1” is not a time of day; write it like 17:30.").arg(toText));
        const QString kindText = field(KindColumn);
        const std::optional<AvailabilityKind> kind = kindText.isEmpty()
            ? std::optional<AvailabilityKind>(AvailabilityKind::Available)
            : Vocabulary<AvailabilityKind>::fromKey(kindText);
        if (!kind)
            problem(KindColumn, tr("“%1” is not a kind of availability; write %2.")
                                    .arg(kindText, Vocabulary<AvailabilityKind>::keyList()));
        if ((!person && !room) || !day || !from || !to || !kind)
            continue;

        AvailabilitySpan span;
        span.kind = *kind;
        span.start = event.fromLocal(*day, QTime(*from / 60, *from % 60));
        const QDate endDay = *to <= *from || *to == 24 * 60 ? day->addDays(1) : *day;
        span.end = event.fromLocal(endDay, QTime((*to / 60) % 24, *to % 60));
        if (span.end <= span.start) { // a clock change night: nothing left
            problem(ToColumn, tr("the time from %1 to %2 is empty.").arg(fromText, toText));
            continue;
        }
        if (person)
            change.people[*person].spans << span;
        else
            change.rooms[*room].spans << span;
    }
    if (!problems.isEmpty()) {
        if (problems.size() >= maxProblems)
            problems << tr("(and perhaps more: the rest of the file was not read)");
        return R::failure(tr("%1 cannot be imported, nothing was changed:\n%2")
                              .arg(quotedPath(path), problems.join(QLatin1Char('\n'))));
    }
    for (Availability &a : change.people)
        a = a.normalised();
    for (Availability &a : change.rooms)
        a = a.normalised();
    return change;
}
