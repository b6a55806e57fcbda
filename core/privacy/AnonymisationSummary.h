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
    // The statistics that stay, as an aligned plain-text table: registrations
    // by category, and by organisation type and country when keepStatistics.
    static QString keptStatistics(const ParticipantBreakdown &statistics, bool keepStatistics);
    // Every count before and after, side by side.
    static QString beforeAndAfter(const ParticipantBreakdown &before, const ParticipantBreakdown &after);

private:
    static QString table(const QString &heading, const ParticipantBreakdown &before, const ParticipantBreakdown *after,
                         bool categoriesOnly);
};
