#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

// The closed lists of the model (session types, roles, categories...), each
// value with a stable key (stored in files, used in CSV and on the command
// line) and a label for people (translatable).

enum class SessionType { Keynote, Talk, Panel, Workshop, Break, Networking, Other };
enum class SessionStatus { Draft, Confirmed, Cancelled };
enum class OrganisationType { Academia, Industry, Sme, PatientOrganisation, PublicAuthority, Funder, Other };
enum class Role { Speaker, Moderator, Panellist, Chair };
enum class ParticipantCategory { Attendee, Speaker, Staff, Press, Vip, Organiser };
enum class RegistrationStatus { Registered, Waitlisted, Cancelled };
// A span of a person's or room's availability (model/Availability.h).
enum class AvailabilityKind {
    Available, // may be placed here (a hard limit: outside all spans is a conflict)
    Preferred, // may be placed here, and would rather be (a soft wish)
};
// Where the number of seats a session needs comes from (model/SessionConstraints.h).
enum class SeatsFrom {
    None,             // no need: any room will do
    Fixed,            // SessionConstraints::minSeats
    ExpectedAudience, // the session's expected attendance (Session::expectedAttendance)
    Registrations,    // everyone registered for the event (plenaries, keynotes): Podium keeps
                      // registrations per event, not per session
};

template <typename E>
struct VocabularyEntry
{
    E value;
    const char *key;
    const char *label; // source text, translated in the "Vocabulary" context
};

template <typename E>
struct Vocabulary
{
    static const std::vector<VocabularyEntry<E>> &entries();

    static std::vector<E> values()
    {
        std::vector<E> out;
        for (const auto &e : entries())
            out.push_back(e.value);
        return out;
    }
    static QString key(E value) { return QString::fromLatin1(asciiKey(value)); }
    // The same key as static ASCII text (nothing allocated): for bulk writes.
    static const char *asciiKey(E value)
    {
        for (const auto &e : entries())
            if (e.value == value)
                return e.key;
        return "";
    }
    static QString label(E value);
    // Accepts the key or the English label, case-insensitively ("Patient organisation").
    static std::optional<E> fromKey(QStringView text)
    {
        const QStringView t = text.trimmed();
        for (const auto &e : entries()) // exact keys first: what exports write
            if (t == QLatin1String(e.key))
                return e.value;
        for (const auto &e : entries())
            if (t.compare(QLatin1String(e.key), Qt::CaseInsensitive) == 0
                || t.compare(QLatin1String(e.label), Qt::CaseInsensitive) == 0)
                return e.value;
        return std::nullopt;
    }
    // The keys joined by ", " for messages ("expected one of: ...").
    static QString keyList()
    {
        QStringList keys;
        for (const auto &e : entries())
            keys << QString::fromLatin1(e.key);
        return keys.join(QStringLiteral(", "));
    }
};

template <typename E>
QString toKey(E value) { return Vocabulary<E>::key(value); }
template <typename E>
QString toLabel(E value) { return Vocabulary<E>::label(value); }
