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

ConsentPolicy::Filter ConsentPolicy::filterFor(Output output)
{
    Filter filter;
    if (isShared(output)) {
        filter.requiresListConsent = true;
        filter.excludesCancelled = true;
    }
    return filter;
}

bool ConsentPolicy::Filter::accepts(const Participant &participant) const
{
    if (requiresListConsent && !participant.consentList)
        return false;
    if (excludesCancelled && participant.status == RegistrationStatus::Cancelled)
        return false;
    return true;
}

bool ConsentPolicy::mayAppear(const Participant &participant, Output output)
{
    return filterFor(output).accepts(participant);
}
