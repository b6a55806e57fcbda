#pragma once

#include "model/Person.h"

// A person as the People list shows them: with how many sessions they have
// a part in and whether they registered for the event.
struct PersonSummary
{
    Person person;
    int sessionCount = 0;
    bool registered = false;
};
