#pragma once

#include "model/ParticipantField.h"

#include <QString>
#include <QStringList>

#include <vector>

// What one column of an imported spreadsheet holds.
struct ColumnTarget
{
    enum class Kind { Ignored, Field, FullName };
    Kind kind = Kind::Ignored;
    ParticipantField field = ParticipantField::Notes;

    static ColumnTarget ignored() { return {}; }
    static ColumnTarget of(ParticipantField f) { return {Kind::Field, f}; }
    static ColumnTarget fullName() { return {Kind::FullName, ParticipantField::LastName}; }
    bool operator==(const ColumnTarget &o) const
    {
        return kind == o.kind && (kind != Kind::Field || field == o.field);
    }
    // "first_name", "name" (first and last in one column) or "ignore": as --map takes them.
    QString key() const;
    QString label() const;
};

// The columns of a spreadsheet and what each holds.
struct ColumnMapping
{
    QStringList headers;
    std::vector<ColumnTarget> targets; // one per header

    // The column holding this field, or -1.
    int columnOf(ParticipantField field) const;
    int fullNameColumn() const;
};
