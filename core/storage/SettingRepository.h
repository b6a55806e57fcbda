#pragma once

#include "util/Result.h"

#include <QString>

class EventStore;

// Per-event settings that travel with the file (snap step, badge layout...),
// as text under a key. Settings of the program itself live in QSettings.
class SettingRepository
{
public:
    explicit SettingRepository(const EventStore &file) : m_file(file) {}
    QString value(const QString &key, const QString &fallback = QString()) const;
    Status setValue(const QString &key, const QString &value) const;
    Status remove(const QString &key) const;

private:
    const EventStore &m_file;
};
