#pragma once

#include "model/Participant.h"

// The one place that decides who may appear in which output. Every export
// and printed document asks it; none decides on its own.
//
// Which outputs are shared (leave the organisers' hands, so only participants
// who consented to appear on lists and whose registration is not cancelled):
//   - SharedAttendeeList: the printed/PDF "attendee list to share";
//   - SharedSpreadsheet:  CSV/XLSX exports with the "attendee list to share" preset.
// Which are internal (everyone registered, for the purpose they registered for):
//   - InternalSpreadsheet, Badge, SignInSheet, Certificate, CheckIn.
// Not outputs in this sense: a person's own data export (podium-cli person
// export, Privacy > Export a Person's Data) holds everything about that one
// person and is handed to them, so no consent filter applies to it.
// Any output not listed here is treated as shared.
//
// Lists that come from the file should filter in SQL rather than load everyone:
// ask filterFor(output) and let storage/ConsentFilterSql turn it into a WHERE
// clause. mayAppear() and that clause always agree (a test checks it).
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

    // What an output requires of a registration, without saying how it is stored.
    struct Filter
    {
        bool requiresListConsent = false; // consentList must be set
        bool excludesCancelled = false;   // cancelled registrations are left out

        bool accepts(const Participant &participant) const;
        // True when every registration passes (no condition to apply).
        bool acceptsEveryone() const { return !requiresListConsent && !excludesCancelled; }
    };

    // Whether the output leaves the organisers' hands (and so needs list consent).
    static bool isShared(Output output);
    // Whether this participant may appear in this output.
    static bool mayAppear(const Participant &participant, Output output);
    // The conditions of mayAppear(), for filtering in the storage layer.
    static Filter filterFor(Output output);
    // Whether a badge shows the "no photos, please" mark for this participant.
    static bool showsNoPhotoMark(const Participant &participant) { return !participant.consentPhoto; }
};
