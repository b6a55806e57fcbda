#pragma once

#include "design/DesignPlaceholders.h"
#include "model/Participant.h"
#include "print/BadgeFace.h"

#include <QColor>
#include <QHash>
#include <QMarginsF>
#include <QString>
#include <QStringList>

class PrintData;
struct Design;

// Who a design is printed for: the values of its placeholders, the category its
// rules look at, the lines of its session list, and what the standard badge face shows.
struct DesignSubject
{
    DesignPlaceholders::Values values;
    QString categoryKey;  // "speaker"
    QColor categoryColour; // the design's colour for the category, else Podium's
    QStringList sessions; // "Fri 14 Dec · 09:00–09:45 · Title · Room", in programme order
    BadgeFace::Content standard;
    // For the standard face on a label at the paper's edge: room to keep clear (points).
    QMarginsF keepClear;

};

// Makes the subjects of one print run: the programme is read once for every session list.
class DesignSubjects
{
public:
    DesignSubjects(const PrintData &data, const Design &design);
    // Everything but the standard face's content (the badge renderer fills that in).
    DesignSubject of(const Participant &participant) const;

private:
    const PrintData &m_data;
    const Design &m_design;
    // Each person's sessions on the programme, one line each (only when the design lists them).
    QHash<PersonId, QStringList> m_sessions;
};
