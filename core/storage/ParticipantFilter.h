#pragma once

#include "model/ParticipantField.h"
#include "model/Vocabulary.h"

#include <QString>

#include <optional>

// Which registrations a table, an export or a count looks at.
struct ParticipantFilter
{
    // Words typed in the search box: each must appear in the name, organisation, email or code
    // (names and organisations compared without case or accents, see SearchFolding).
    QString search;
    std::optional<ParticipantCategory> category;
    std::optional<RegistrationStatus> status;
    std::optional<bool> checkedIn;
};

// The order rows come in; ties are broken by registration order.
struct ParticipantSort
{
    ParticipantField field = ParticipantField::LastName; // LastName sorts by last then first name
    bool descending = false;
};
