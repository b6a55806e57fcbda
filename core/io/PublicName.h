#pragma once

#include <QString>

struct Person;

// Schedules carry one "public name" per person; Podium keeps title, first
// and last name apart. "Prof. Dr. Anna Maria Chioti" becomes title
// "Prof. Dr.", first name "Anna Maria", last name "Chioti", so that
// Person::displayName() gives the public name back.
class PublicName
{
public:
    static void split(const QString &publicName, Person &person);
};
