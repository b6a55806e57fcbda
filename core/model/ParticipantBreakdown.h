#pragma once

#include <QMap>
#include <QString>

// Registrations counted by category, organisation type and country: what
// reports still need after the personal data is gone (anonymising keeps it).
struct ParticipantBreakdown
{
    qint64 registrations = 0;
    QMap<QString, qint64> byCategory;         // category key ("attendee") -> registrations
    QMap<QString, qint64> byOrganisationType; // organisation type key ("academia") -> registrations
    QMap<QString, qint64> byCountry;          // country as entered ("" when not given) -> registrations

    bool operator==(const ParticipantBreakdown &o) const
    {
        return registrations == o.registrations && byCategory == o.byCategory
            && byOrganisationType == o.byOrganisationType && byCountry == o.byCountry;
    }
    bool operator!=(const ParticipantBreakdown &o) const { return !(*this == o); }
};
