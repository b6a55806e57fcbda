#pragma once

#include "model/Participant.h"

// The one place that decides who may appear in which output. Every export
// and printed document asks it; none decides on its own.
class ConsentPolicy
{
public:
    enum class Output {
        // Shared beyond the organisers: only participants who consented to appear on lists.
        SharedAttendeeList,    // the PDF "attendee list to share"
        SharedSpreadsheet,     // CSV/XLSX with the "attendee list to share" preset
        // For the organisers' own work: everyone registered for the purpose.
        InternalSpreadsheet,   // full participants export for staff
        Badge,                 // the person's own badge
        SignInSheet,           // signed at the door, kept by the organisers
        Certificate,           // handed to the person
        CheckIn,
    };

    // Whether the output leaves the organisers' hands (and so needs list consent).
    static bool isShared(Output output);
    // Whether this participant may appear in this output.
    static bool mayAppear(const Participant &participant, Output output);
    // Whether a badge shows the "no photos, please" mark for this participant.
    static bool showsNoPhotoMark(const Participant &participant) { return !participant.consentPhoto; }
};
