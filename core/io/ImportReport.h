#pragma once

#include "io/ColumnMapping.h"
#include "model/ParticipantRow.h"

#include <QList>
#include <QString>
#include <QStringList>

// What an import did (or, on a dry run or with problems, would have done).
struct ImportReport
{
    QString encoding;
    QChar delimiter;
    ColumnMapping mapping;
    int rows = 0;    // records read (blank lines not counted)
    int created = 0; // new registrations
    int updated = 0; // existing registrations or people changed
    int skipped = 0; // duplicates left alone
    QStringList problems; // any problem means nothing was written
    int moreProblems = 0; // problems beyond those listed
    QStringList warnings;
    bool cancelled = false;
    bool written = false; // committed to the file

    // What undo needs: the rows written by the import.
    QList<PersonId> createdPeople;
    QList<ParticipantId> createdRegistrations; // for people who were already in the file
    QList<ParticipantRow> before;              // rows as they were before an update

    bool ok() const { return problems.isEmpty() && !cancelled; }
    // "120 rows: 100 new, 15 updated, 5 skipped (already registered)."
    QString summary() const;
};
