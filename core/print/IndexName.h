#pragma once

#include <QString>

struct Person;

// A person's name as an index lists it: "Chioti, Anna", sorted from its first
// letter. A family name that is no name, as imports from one-field names leave
// them ("(she/her)", "@handle", "-"), keeps the name as written ("liv (she/her)"),
// still sorted by its first letter; Chinese, Japanese and Korean names family
// name first without a comma.
struct IndexName
{
    QString shown;
    QString sortKey;

    static IndexName of(const Person &person);
    // No letter or digit at all (a "-" put where a name was wanted): not worth an entry.
    bool isEmpty() const { return sortKey.isEmpty(); }
};
