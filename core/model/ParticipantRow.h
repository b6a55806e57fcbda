#pragma once

#include "model/Participant.h"
#include "model/Person.h"

// A registration with the person it belongs to: one line of the
// participants table, of a spreadsheet import or export.
struct ParticipantRow
{
    Person person;
    Participant participant;

    bool operator==(const ParticipantRow &o) const { return person == o.person && participant == o.participant; }
    bool operator!=(const ParticipantRow &o) const { return !(*this == o); }
};
