#pragma once

#include "print/PrintData.h"
#include "print/PrintOptions.h"
#include "privacy/ConsentPolicy.h"

#include <QMap>

// Who a document lists: the options' filters, consent for the document's
// output, people known; sorted by last name. Badges go by default to
// registered participants only (not the waiting list, not cancellations);
// lists and sheets to everyone but cancellations. A reprint of chosen
// participants prints exactly those, whatever their status.
class ParticipantSelection
{
public:
    ParticipantSelection(const PrintData &data, const PrintOptions &options) : m_data(data), m_options(options) {}

    static ConsentPolicy::Output outputOf(DocumentKind kind);
    // The statuses a document prints when none is chosen.
    static bool printsByDefault(DocumentKind kind, RegistrationStatus status);
    // "Registered only" or "All but cancelled": the status filter's default, named.
    static QString defaultStatusLabel(DocumentKind kind);

    QList<Participant> participants() const;
    // Participants the other filters keep, counted per registration status (the GUI shows it before printing).
    QMap<RegistrationStatus, int> countByStatus() const;
    // Participants whose name or registration code matches one of the comma-separated terms (a reprint).
    static QSet<ParticipantId> matching(const PrintData &data, const QString &terms);

private:
    bool passesFiltersButStatus(const Participant &p) const;
    bool statusWanted(RegistrationStatus status) const;
    const PrintData &m_data;
    const PrintOptions &m_options;
};
