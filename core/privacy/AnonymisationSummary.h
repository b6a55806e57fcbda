#pragma once

#include "model/ParticipantBreakdown.h"
#include "model/PersonalDataCounts.h"

#include <QCoreApplication>
#include <QString>

// The words around anonymising, shared by podium-cli and the GUI: what will
// be removed, and the statistics kept (before, or before and after).
class AnonymisationSummary
{
    Q_DECLARE_TR_FUNCTIONS(AnonymisationSummary)
public:
    // One line per kind of data, e.g. "  - 168 e-mail addresses".
    static QString removals(const PersonalDataCounts &counts, bool keepStatistics);
    // What stays, in a sentence.
    static QString kept(const PersonalDataCounts &counts, bool keepStatistics);
    // Registrations by category, organisation type and country, as an aligned
    // plain-text table; with `after`, a second column of counts.
    static QString statistics(const ParticipantBreakdown &before, const ParticipantBreakdown *after = nullptr);
};
