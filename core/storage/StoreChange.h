#pragma once

#include <QList>
#include <QString>

// Rows of one table that another connection changed, as a server announces
// them (ServerNotifications): inserted, updated or deleted alike.
struct StoreChange
{
    QString table;
    QList<qint64> ids; // empty: any row of the table (too many to name, or a table without ids)
    bool wholeTable() const { return ids.isEmpty(); }
};
