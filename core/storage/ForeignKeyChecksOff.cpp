#include "storage/ForeignKeyChecksOff.h"

#include "storage/EventStore.h"

ForeignKeyChecksOff::ForeignKeyChecksOff(const EventStore &store) : m_store(store)
{
    m_store.setForeignKeyChecks(false);
}

ForeignKeyChecksOff::~ForeignKeyChecksOff()
{
    m_store.setForeignKeyChecks(true);
}
