#include "privacy/ConsentPolicy.h"

bool ConsentPolicy::isShared(Output output)
{
    switch (output) {
    case Output::SharedAttendeeList:
    case Output::SharedSpreadsheet:
        return true;
    case Output::InternalSpreadsheet:
    case Output::Badge:
    case Output::SignInSheet:
    case Output::Certificate:
    case Output::CheckIn:
        return false;
    }
    return true; // an output nobody classified is treated as shared
}

bool ConsentPolicy::mayAppear(const Participant &participant, Output output)
{
    if (isShared(output))
        return participant.consentList && participant.status != RegistrationStatus::Cancelled;
    return true;
}
