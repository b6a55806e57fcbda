#pragma once

#include "io/ColumnMapping.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

// Recognises what a spreadsheet column holds from its header, in English,
// French and German as registration tools and people write them ("Prénom",
// "Vorname", "E-Mail-Adresse", "Organization", "Firma"...).
class HeaderMapper
{
public:
    // The target a header names, or nothing when it is not recognised.
    static std::optional<ColumnTarget> guess(const QString &header);
    // Maps every header, then applies the overrides; fails when two columns
    // hold the same field, when two recognised columns have the same name and
    // no override says which is which, or when no column gives the name.
    static Result<ColumnMapping> map(const QStringList &headers, const QStringList &overrides = {});
    // Checks a mapping edited by hand (in the import wizard).
    static Status check(const ColumnMapping &mapping);
    // Lower case, no accents, letters and digits only: "E-Mail Adresse" -> "emailadresse".
    static QString squeeze(const QString &header);

private:
    // A --map value: "COLUMN=field", COLUMN being a header or a 1-based number,
    // field a key of ParticipantFields, "name" or "ignore"; the column (0-based) it set.
    static Result<int> applyOverride(ColumnMapping &mapping, const QString &assignment);
    static Status checkNamesDiffer(const ColumnMapping &mapping, const QList<int> &mapped);
};
