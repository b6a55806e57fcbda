#pragma once

#include "model/Vocabulary.h"

#include <QString>

#include <optional>

using PersonId = qint64;

struct Person
{
    PersonId id = 0;
    QString guid;
    std::optional<qint64> externalId; // the id another tool gave them (frab person id)
    QString title; // "Dr.", "Prof."
    QString firstName;
    QString lastName;
    QString organisation;
    OrganisationType organisationType = OrganisationType::Other;
    QString position;
    QString email;
    QString phone;
    QString country;
    QString bio;
    // The row's version in the store, raised by one with every change; an
    // update names the version it was made on (0: not read from a store).
    int version = 0;

    // "Dr. Anna Chioti"
    QString displayName() const;
    // "Anna Chioti"
    QString fullName() const;
    // "Chioti, Anna", for sorted lists
    QString sortName() const;

    bool operator==(const Person &o) const;
    bool operator!=(const Person &o) const { return !(*this == o); }
};
