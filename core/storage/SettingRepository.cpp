#include "storage/SettingRepository.h"

#include "storage/Statement.h"

QString SettingRepository::value(const QString &key, const QString &fallback) const
{
    Statement s(m_file, QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    s.bind(key);
    if (!s.exec() || !s.next())
        return fallback;
    return s.value(0).toString();
}

Status SettingRepository::setValue(const QString &key, const QString &value) const
{
    Statement s(m_file, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    s.bind({key, value});
    return s.exec();
}

Status SettingRepository::remove(const QString &key) const
{
    Statement s(m_file, QStringLiteral("DELETE FROM setting WHERE key = ?"));
    s.bind(key);
    return s.exec();
}
