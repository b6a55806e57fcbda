#include "print/PrintData.h"

#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace {
template <typename T>
bool take(Result<T> result, T &into, QString &error)
{
    if (!result) {
        error = result.error();
        return false;
    }
    into = std::move(result).value();
    return true;
}

QCollator nameCollator()
{
    QCollator collator(QLocale::system());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

bool personBefore(const QCollator &collator, const Person &a, const Person &b)
{
    int c = collator.compare(a.lastName, b.lastName);
    if (c == 0)
        c = collator.compare(a.firstName, b.firstName);
    if (c == 0)
        return a.id < b.id;
    return c < 0;
}
} // namespace

Result<PrintData> PrintData::load(const EventStore &file, Scope scope)
{
    PrintData data;
    data.scope = scope;
    const bool everything = scope == Scope::Everything;
    QString error;
    if (!take(file.event().load(), data.event, error) || !take(file.rooms().all(), data.rooms, error)
        || !take(file.tracks().all(), data.tracks, error) || !take(file.sessions().all(), data.sessions, error)
        || !take(everything ? file.people().all() : file.people().withRoles(), data.people, error)
        || !take(file.sessions().allRoles(), data.roles, error)
        || (everything && !take(file.participants().all(), data.participants, error))
        || !take(ProgrammeDays::load(file), data.days, error))
        return Result<PrintData>::failure(error);
    data.index();
    return data;
}

PrintData::Scope PrintData::scopeFor(DocumentKind kind)
{
    return DocumentKinds::usesParticipants(kind) ? Scope::Everything : Scope::Programme;
}

void PrintData::index()
{
    for (int i = 0; i < people.size(); ++i)
        m_personIndex.insert(people.at(i).id, i);
    for (int i = 0; i < rooms.size(); ++i)
        m_roomIndex.insert(rooms.at(i).id, i);
    for (int i = 0; i < tracks.size(); ++i)
        m_trackIndex.insert(tracks.at(i).id, i);
    for (const SessionRole &role : std::as_const(roles))
        m_rolesBySession[role.sessionId].append(role);
    for (auto &list : m_rolesBySession)
        std::stable_sort(list.begin(), list.end(), [](const SessionRole &a, const SessionRole &b) { return a.position < b.position; });
}

const Person *PrintData::person(PersonId id) const
{
    const auto it = m_personIndex.constFind(id);
    return it == m_personIndex.cend() ? nullptr : &people.at(*it);
}

const Room *PrintData::room(std::optional<RoomId> id) const
{
    if (!id)
        return nullptr;
    const auto it = m_roomIndex.constFind(*id);
    return it == m_roomIndex.cend() ? nullptr : &rooms.at(*it);
}

const Track *PrintData::track(std::optional<TrackId> id) const
{
    if (!id)
        return nullptr;
    const auto it = m_trackIndex.constFind(*id);
    return it == m_trackIndex.cend() ? nullptr : &tracks.at(*it);
}

QList<Session> PrintData::programme() const
{
    QList<Session> list;
    for (const Session &s : sessions)
        if (s.isScheduled() && s.status != SessionStatus::Cancelled)
            list.append(s);
    std::stable_sort(list.begin(), list.end(), [this](const Session &a, const Session &b) {
        if (a.start != b.start)
            return a.start < b.start;
        const Room *ra = room(a.roomId);
        const Room *rb = room(b.roomId);
        return (ra ? ra->position : 0) < (rb ? rb->position : 0);
    });
    return list;
}

QList<Session> PrintData::programmeOn(QDate day) const
{
    QList<Session> list;
    for (const Session &s : programme())
        if (localDay(s) == day)
            list.append(s);
    return list;
}

QList<QDate> PrintData::programmeDays() const
{
    QList<QDate> days;
    for (const Session &s : programme()) {
        const QDate day = localDay(s);
        if (days.isEmpty() || days.last() != day)
            days.append(day);
    }
    return days;
}

QString PrintData::timeRange(const Session &session) const
{
    const QString format = QStringLiteral("HH:mm");
    return event.toLocal(session.start).toString(format) + QChar(0x2013) + event.toLocal(session.end()).toString(format);
}

QLocale PrintData::locale() const
{
    const QLocale wanted(event.language);
    return wanted.language() == QLocale::C ? QLocale(QLocale::English) : wanted;
}

QString PrintData::longDate(QDate day) const
{
    return locale().toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

QString PrintData::eventDates() const
{
    const QLocale english = locale();
    if (!event.firstDay.isValid())
        return {};
    if (!event.lastDay.isValid() || event.lastDay == event.firstDay)
        return english.toString(event.firstDay, QStringLiteral("d MMMM yyyy"));
    if (event.firstDay.year() == event.lastDay.year() && event.firstDay.month() == event.lastDay.month())
        return QString::number(event.firstDay.day()) + QChar(0x2013)
            + english.toString(event.lastDay, QStringLiteral("d MMMM yyyy"));
    return english.toString(event.firstDay, QStringLiteral("d MMMM yyyy")) + QStringLiteral(" – ")
        + english.toString(event.lastDay, QStringLiteral("d MMMM yyyy"));
}

void PrintData::sortByName(QList<Participant> &list) const
{
    const QCollator collator = nameCollator();
    static const Person nobody;
    std::stable_sort(list.begin(), list.end(), [&](const Participant &a, const Participant &b) {
        const Person *pa = person(a.personId);
        const Person *pb = person(b.personId);
        return personBefore(collator, pa ? *pa : nobody, pb ? *pb : nobody);
    });
}

void PrintData::sortPeople(QList<Person> &list)
{
    const QCollator collator = nameCollator();
    std::stable_sort(list.begin(), list.end(), [&](const Person &a, const Person &b) { return personBefore(collator, a, b); });
}
