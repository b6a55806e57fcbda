#include "io/ScheduleMergePlan.h"

#include "io/SchedulePeopleIndex.h"
#include "io/ScheduleTime.h"
#include "storage/EventStore.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleMergePlan)
};

using Kind = SessionChange::Kind;

QString folded(const QString &name)
{
    return SchedulePeopleIndex::folded(name);
}

template <typename T>
QHash<qint64, QString> foldedNames(const QList<T> &items)
{
    QHash<qint64, QString> names;
    for (const T &item : items)
        names.insert(item.id, folded(item.name));
    return names;
}

// The names of `wanted` that `existing` does not have, each once.
template <typename T, typename U>
QStringList newNames(const QList<T> &wanted, const QList<U> &existing)
{
    QSet<QString> known;
    for (const U &item : existing)
        known.insert(folded(item.name));
    QStringList out;
    for (const T &item : wanted)
        if (!known.contains(folded(item.name))) {
            known.insert(folded(item.name));
            out << item.name;
        }
    return out;
}

// The people of a session as the import will give them: speakers, each once, in order.
QList<PersonId> speakersOf(const ScheduleSession &s, SchedulePeopleIndex &people, PersonId &nextNewId, int &added)
{
    QList<PersonId> ids;
    for (const SchedulePerson &p : s.persons) {
        std::optional<PersonId> id = people.find(p);
        if (!id) {
            id = nextNewId--; // not in the file yet: an id no stored person has
            people.add(p, *id);
            ++added;
        }
        if (!ids.contains(*id))
            ids << *id;
    }
    return ids;
}

// The same people in the same order. Their parts (speaker, moderator...) are
// not compared: schedules do not carry them, and a merge keeps them.
bool sameSpeakers(const QList<PersonId> &ids, const QList<SessionRole> &roles)
{
    if (ids.size() != roles.size())
        return false;
    for (int i = 0; i < ids.size(); ++i)
        if (roles[i].personId != ids[i])
            return false;
    return true;
}

QString optionalName(const std::optional<qint64> &id, const QHash<qint64, QString> &names)
{
    return id ? names.value(*id) : QString();
}

// What a changed field held before and holds in the file, as a user reads it.
struct ValueTexts
{
    QHash<qint64, QString> rooms;  // as named, not folded
    QHash<qint64, QString> tracks;
    QHash<PersonId, QString> people;
    QTimeZone zone;

    QString moment(const QDateTime &utc) const
    {
        return utc.isValid() ? utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    static QString yesNo(bool optOut)
    {
        return optOut ? Tr::tr("not recorded") : Tr::tr("may be recorded");
    }
    static QString urls(const QList<SessionLink> &links)
    {
        QStringList out;
        for (const SessionLink &l : links)
            out << l.url;
        return out.join(QStringLiteral(", "));
    }
    QPair<QString, QString> of(const QString &key, const Session &b, const QList<SessionRole> &roles,
                               const ScheduleSession &s) const
    {
        if (key == QLatin1String("title"))
            return {b.title, s.title};
        if (key == QLatin1String("subtitle"))
            return {b.subtitle, s.subtitle};
        if (key == QLatin1String("type"))
            return {b.typeText(), s.typeText()};
        if (key == QLatin1String("track"))
            return {optionalName(b.trackId, tracks), s.track};
        if (key == QLatin1String("room"))
            return {optionalName(b.roomId, rooms), s.room};
        if (key == QLatin1String("start"))
            return {moment(b.start), moment(s.start)};
        if (key == QLatin1String("duration"))
            return {ScheduleTime::formatDuration(b.durationMinutes), ScheduleTime::formatDuration(s.durationMinutes)};
        if (key == QLatin1String("language"))
            return {b.language, s.language};
        if (key == QLatin1String("links"))
            return {urls(b.links), urls(s.links)};
        if (key == QLatin1String("url"))
            return {b.url, s.url};
        if (key == QLatin1String("slug"))
            return {b.slug, s.slug};
        if (key == QLatin1String("recording"))
            return {yesNo(b.recordingOptOut), yesNo(s.recordingOptOut)};
        if (key == QLatin1String("attachments"))
            return {urls(b.attachments), urls(s.attachments)};
        if (key == QLatin1String("id"))
            return {QString::number(b.externalId.value_or(0)), QString::number(s.externalId.value_or(0))};
        if (key == QLatin1String("speakers")) {
            QStringList before, after;
            for (const SessionRole &r : roles)
                before << people.value(r.personId);
            for (const SchedulePerson &p : s.persons)
                after << p.name;
            return {before.join(QStringLiteral(", ")), after.join(QStringLiteral(", "))};
        }
        return {}; // abstract, description: too long to show
    }
};
} // namespace

QString ScheduleMergePlan::valueChange(const QString &before, const QString &after)
{
    auto shown = [](const QString &value) { return value.isEmpty() ? Tr::tr("(none)") : QStringLiteral("“%1”").arg(value); };
    return QStringLiteral("%1 → %2").arg(shown(before), shown(after));
}

QStringList ScheduleMergePlan::fieldKeys()
{
    return {QStringLiteral("title"),    QStringLiteral("subtitle"), QStringLiteral("type"),
            QStringLiteral("track"),    QStringLiteral("room"),     QStringLiteral("start"),
            QStringLiteral("duration"), QStringLiteral("speakers"), QStringLiteral("language"),
            QStringLiteral("abstract"), QStringLiteral("description"), QStringLiteral("links"),
            QStringLiteral("id"),       QStringLiteral("url"),      QStringLiteral("slug"),
            QStringLiteral("recording"), QStringLiteral("attachments")};
}

QString ScheduleMergePlan::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "title")},
        {QStringLiteral("subtitle"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "subtitle")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "type")},
        {QStringLiteral("track"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "track")},
        {QStringLiteral("room"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "room")},
        {QStringLiteral("start"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "start time")},
        {QStringLiteral("duration"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "duration")},
        {QStringLiteral("speakers"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "speakers")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "language")},
        {QStringLiteral("abstract"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "abstract")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "description")},
        {QStringLiteral("links"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "links")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "frab id")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "web page")},
        {QStringLiteral("slug"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "slug")},
        {QStringLiteral("recording"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "recording opt-out")},
        {QStringLiteral("attachments"), QT_TRANSLATE_NOOP("ScheduleMergePlan", "attachments")},
    };
    const char *label = labels.value(key);
    return label ? Tr::tr(label) : key;
}

Result<ScheduleMergePlan> ScheduleMergePlan::compute(const EventStore &file, const ScheduleDocument &schedule)
{
    Programme p;
    auto sessions = file.sessions().all();
    auto rooms = file.rooms().all();
    auto tracks = file.tracks().all();
    auto people = file.people().all();
    auto roles = file.sessions().allRoles();
    for (const QString *error : {&sessions.error(), &rooms.error(), &tracks.error(), &people.error(), &roles.error()})
        if (!error->isEmpty())
            return Result<ScheduleMergePlan>::failure(*error);
    p.sessions = std::move(sessions).value();
    p.rooms = std::move(rooms).value();
    p.tracks = std::move(tracks).value();
    p.people = std::move(people).value();
    p.roles = std::move(roles).value();
    return build(p, schedule);
}

ScheduleMergePlan ScheduleMergePlan::forEmptyEvent(const ScheduleDocument &schedule)
{
    return build(Programme(), schedule);
}

ScheduleMergePlan ScheduleMergePlan::build(const Programme &programme, const ScheduleDocument &schedule)
{
    ScheduleMergePlan plan;
    plan.m_existingSessions = int(programme.sessions.size());
    plan.m_newRooms = newNames(schedule.rooms, programme.rooms);
    plan.m_newTracks = newNames(schedule.tracks, programme.tracks);
    const QHash<qint64, QString> roomNames = foldedNames(programme.rooms);
    const QHash<qint64, QString> trackNames = foldedNames(programme.tracks);
    QHash<QString, const Session *> byGuid;
    for (const Session &s : programme.sessions)
        byGuid.insert(s.guid.toLower(), &s);
    QHash<SessionId, QList<SessionRole>> roles;
    for (const SessionRole &r : programme.roles) // ordered by session and position
        roles[r.sessionId] << r;
    SchedulePeopleIndex people;
    for (const Person &p : programme.people)
        people.add(p);
    PersonId nextNewId = -1;
    ValueTexts texts;
    texts.zone = schedule.timeZone();
    for (const Room &r : programme.rooms)
        texts.rooms.insert(r.id, r.name);
    for (const Track &t : programme.tracks)
        texts.tracks.insert(t.id, t.name);
    for (const Person &p : programme.people)
        texts.people.insert(p.id, p.displayName());

    QSet<QString> inSchedule;
    for (int i = 0; i < schedule.sessions.size(); ++i) {
        const ScheduleSession &s = schedule.sessions[i];
        inSchedule.insert(s.guid.toLower());
        SessionChange change;
        change.index = i;
        change.guid = s.guid;
        change.title = s.title;
        const QList<PersonId> speakers = speakersOf(s, people, nextNewId, plan.m_newPeople);
        const Session *existing = byGuid.value(s.guid.toLower());
        if (!existing) {
            change.kind = Kind::Added;
        } else {
            const Session &b = *existing;
            change.before = b;
            change.rolesBefore = roles.value(b.id);
            const bool differs[] = {
                b.title != s.title,
                b.subtitle != s.subtitle,
                b.type != s.type || b.typeText() != s.typeText(),
                optionalName(b.trackId, trackNames) != folded(s.track),
                optionalName(b.roomId, roomNames) != folded(s.room),
                b.start != s.start,
                b.durationMinutes != s.durationMinutes,
                !sameSpeakers(speakers, change.rolesBefore),
                b.language != s.language,
                b.abstract != s.abstract,
                b.description != s.description,
                b.links != s.links,
                // Only an id the event has can change: one a file gives a session that has
                // none is the id an export made up for it (see ScheduleDocumentBuilder).
                b.externalId && s.externalId && b.externalId != s.externalId,
                b.url != s.url,
                b.slug != s.slug,
                b.recordingOptOut != s.recordingOptOut,
                b.attachments != s.attachments,
            };
            const QStringList keys = fieldKeys();
            for (int f = 0; f < keys.size(); ++f) {
                if (!differs[f] || schedule.fieldsNotCarried.contains(keys[f]))
                    continue;
                const auto values = texts.of(keys[f], b, change.rolesBefore, s);
                change.fields << keys[f];
                change.valuesBefore << values.first;
                change.valuesAfter << values.second;
            }
            change.kind = change.fields.isEmpty() ? Kind::Unchanged : Kind::Changed;
        }
        plan.m_bySession << int(plan.m_changes.size());
        plan.m_changes << change;
    }
    for (const Session &s : programme.sessions) {
        if (inSchedule.contains(s.guid.toLower()))
            continue;
        SessionChange change;
        change.kind = Kind::Missing;
        change.before = s;
        change.rolesBefore = roles.value(s.id);
        change.guid = s.guid;
        change.title = s.title;
        plan.m_changes << change;
    }
    return plan;
}

QList<const SessionChange *> ScheduleMergePlan::of(SessionChange::Kind kind) const
{
    QList<const SessionChange *> out;
    for (const SessionChange &c : m_changes)
        if (c.kind == kind)
            out << &c;
    return out;
}

int ScheduleMergePlan::count(SessionChange::Kind kind) const
{
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(), [kind](const SessionChange &c) { return c.kind == kind; }));
}

QString ScheduleMergePlan::summary(bool removeMissing) const
{
    const int missing = count(Kind::Missing);
    const QString missingText = removeMissing ? Tr::tr("removed: %1").arg(missing)
                                              : Tr::tr("not in the file (kept): %1").arg(missing);
    return Tr::tr("sessions added: %1, changed: %2, unchanged: %3, %4; new rooms: %5, new tracks: %6, new people: %7.")
        .arg(count(Kind::Added))
        .arg(count(Kind::Changed))
        .arg(count(Kind::Unchanged))
        .arg(missingText)
        .arg(roomsAdded())
        .arg(tracksAdded())
        .arg(peopleAdded());
}

QStringList ScheduleMergePlan::details(bool removeMissing) const
{
    QStringList lines;
    auto named = [](const SessionChange &c) { return QStringLiteral("“%1” (%2)").arg(c.title, c.guid); };
    if (!intoEmptyProgramme())
        for (const SessionChange *c : of(Kind::Added))
            lines << Tr::tr("added: %1").arg(named(*c));
    for (const SessionChange *c : of(Kind::Changed)) {
        QStringList labels;
        for (const QString &key : c->fields)
            labels << fieldLabel(key);
        lines << Tr::tr("changed: %1: %2").arg(named(*c), labels.join(QStringLiteral(", ")));
        for (int f = 0; f < c->fields.size(); ++f)
            if (!c->valuesBefore[f].isEmpty() || !c->valuesAfter[f].isEmpty())
                lines << QStringLiteral("    %1: %2").arg(labels[f], valueChange(c->valuesBefore[f], c->valuesAfter[f]));
    }
    for (const SessionChange *c : of(Kind::Missing))
        lines << (removeMissing ? Tr::tr("removed: %1").arg(named(*c)) : Tr::tr("not in the file: %1").arg(named(*c)));
    return lines;
}
