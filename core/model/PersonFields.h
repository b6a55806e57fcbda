#pragma once

#include "model/Person.h"

#include <vector>

// The text fields of a Person with their names for people, so that code that
// treats them alike (merging duplicates, comparing) lists them once.
struct PersonTextField
{
    QString Person::*member;
    const char *label; // source text, translated in the "Person" context

    QString translatedLabel() const;
};

class PersonFields
{
public:
    // Title, first and last name, organisation, position, email, phone, country, bio
    // (organisation type and ids are not text and are handled apart).
    static const std::vector<PersonTextField> &text();
};
