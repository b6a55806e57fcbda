#include "print/DocumentKind.h"

#include <QCoreApplication>

namespace {
struct Entry
{
    DocumentKind kind;
    const char *key;
    const char *label;
    const char *description;
};

const std::vector<Entry> &entries()
{
    static const std::vector<Entry> list = {
        {DocumentKind::Programme, "programme", QT_TRANSLATE_NOOP("DocumentKind", "Programme booklet"),
         QT_TRANSLATE_NOOP("DocumentKind", "Cover, every day's sessions with speakers and abstracts, index of speakers.")},
        {DocumentKind::Timetable, "timetable", QT_TRANSLATE_NOOP("DocumentKind", "Timetable poster"),
         QT_TRANSLATE_NOOP("DocumentKind", "Landscape pages per day: rooms across (split over pages when many), time down, coloured by track.")},
        {DocumentKind::Badges, "badges", QT_TRANSLATE_NOOP("DocumentKind", "Badges"),
         QT_TRANSLATE_NOOP("DocumentKind", "One badge per participant, sorted by last name, with a QR code for check-in.")},
        {DocumentKind::RoomSigns, "signs", QT_TRANSLATE_NOOP("DocumentKind", "Room signs"),
         QT_TRANSLATE_NOOP("DocumentKind", "One page per room and day with the room's sessions.")},
        {DocumentKind::AttendeeList, "attendees", QT_TRANSLATE_NOOP("DocumentKind", "Attendee list to share"),
         QT_TRANSLATE_NOOP("DocumentKind", "Name and organisation of the participants who agreed to be listed.")},
        {DocumentKind::SignInSheets, "signin", QT_TRANSLATE_NOOP("DocumentKind", "Sign-in sheets"),
         QT_TRANSLATE_NOOP("DocumentKind", "One sheet per session with a signature column: everyone for plenaries, blank lines for the others.")},
        {DocumentKind::SpeakerList, "speakers", QT_TRANSLATE_NOOP("DocumentKind", "Speaker list"),
         QT_TRANSLATE_NOOP("DocumentKind", "Every speaker, chair and moderator with their sessions.")},
        {DocumentKind::Certificates, "certificates", QT_TRANSLATE_NOOP("DocumentKind", "Certificates of attendance"),
         QT_TRANSLATE_NOOP("DocumentKind", "One page per checked-in participant (or everyone registered).")},
    };
    return list;
}

const Entry &entry(DocumentKind kind)
{
    for (const Entry &e : entries())
        if (e.kind == kind)
            return e;
    return entries().front();
}
} // namespace

const std::vector<DocumentKind> &DocumentKinds::all()
{
    static const std::vector<DocumentKind> kinds = [] {
        std::vector<DocumentKind> out;
        for (const Entry &e : entries())
            out.push_back(e.kind);
        return out;
    }();
    return kinds;
}

QString DocumentKinds::key(DocumentKind kind)
{
    return QString::fromLatin1(entry(kind).key);
}

std::optional<DocumentKind> DocumentKinds::fromKey(const QString &key)
{
    for (const Entry &e : entries())
        if (key.compare(QLatin1String(e.key), Qt::CaseInsensitive) == 0)
            return e.kind;
    return std::nullopt;
}

QString DocumentKinds::label(DocumentKind kind)
{
    return QCoreApplication::translate("DocumentKind", entry(kind).label);
}

QString DocumentKinds::description(DocumentKind kind)
{
    return QCoreApplication::translate("DocumentKind", entry(kind).description);
}

bool DocumentKinds::usesCategory(DocumentKind kind)
{
    return kind == DocumentKind::Badges || kind == DocumentKind::AttendeeList || kind == DocumentKind::SignInSheets
        || kind == DocumentKind::Certificates;
}
