#include "io/ColumnMapping.h"

#include <QCoreApplication>

QString ColumnTarget::key() const
{
    switch (kind) {
    case Kind::Ignored:
        return QStringLiteral("ignore");
    case Kind::FullName:
        return QStringLiteral("name");
    case Kind::Field:
        break;
    }
    return ParticipantFields::key(field);
}

QString ColumnTarget::label() const
{
    switch (kind) {
    case Kind::Ignored:
        return QCoreApplication::translate("ColumnTarget", "(not imported)");
    case Kind::FullName:
        return QCoreApplication::translate("ColumnTarget", "Full name (first and last)");
    case Kind::Field:
        break;
    }
    return ParticipantFields::label(field);
}

int ColumnMapping::columnOf(ParticipantField field) const
{
    for (size_t i = 0; i < targets.size(); ++i)
        if (targets[i] == ColumnTarget::of(field))
            return int(i);
    return -1;
}

int ColumnMapping::fullNameColumn() const
{
    for (size_t i = 0; i < targets.size(); ++i)
        if (targets[i].kind == ColumnTarget::Kind::FullName)
            return int(i);
    return -1;
}
