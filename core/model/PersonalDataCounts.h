#pragma once

#include <QtGlobal>

// How many pieces of personal data of each kind anonymising an event would
// remove (or removed): what the confirmation and the summary show.
struct PersonalDataCounts
{
    qint64 speakers = 0;       // people with a session role: they keep name and organisation
    qint64 names = 0;          // other people with a name (and title, position, biography)
    qint64 organisations = 0;  // other people with an organisation
    qint64 emails = 0;         // everyone's e-mail address
    qint64 phones = 0;         // everyone's phone number
    qint64 dietary = 0;        // registrations with dietary needs
    qint64 accessibility = 0;  // registrations with accessibility needs
    qint64 notes = 0;          // registrations with notes
    qint64 registrations = 0;  // registration codes replaced
    qint64 countries = 0;      // other people with a country (cleared without keepStatistics)
    qint64 organisationTypes = 0; // other people with an organisation type (likewise)

    qint64 total(bool keepStatistics) const
    {
        return names + organisations + emails + phones + dietary + accessibility + notes
            + (keepStatistics ? 0 : countries + organisationTypes);
    }
};
