#include "storage/ForeignKeyChecksOff.h"

#include "storage/RawStatement.h"

ForeignKeyChecksOff::ForeignKeyChecksOff(const EventFile &file) : m_file(file)
{
    RawStatement(m_file, QStringLiteral("PRAGMA foreign_keys = OFF")).exec();
}

ForeignKeyChecksOff::~ForeignKeyChecksOff()
{
    RawStatement(m_file, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
}
