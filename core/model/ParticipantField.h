#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The columns a participant has in tables, spreadsheets and on the command
// line (--columns, --map). Keys are stable ("first_name"); labels are for people.
enum class ParticipantField {
    Title,
    FirstName,
    LastName,
    Organisation,
    OrganisationType,
    Position,
    Email,
    Phone,
    Country,
    Category,
    Status,
    Code,
    Dietary,
    Accessibility,
    ConsentList,
    ConsentPhoto,
    CheckedIn,
    BadgePrinted,
    Notes,
    Registered,
};

class ParticipantFields
{
public:
    static const std::vector<ParticipantField> &all();
    static QString key(ParticipantField field);
    static QString label(ParticipantField field);
    // By key ("first_name", "first-name" and "firstname" alike) or English label.
    static std::optional<ParticipantField> fromKey(const QString &text);
    static QString keyList();
    // Whether the field holds yes/no, a date and time, or a value of a closed list.
    static bool isFlag(ParticipantField field);
    static bool isDateTime(ParticipantField field);
};
