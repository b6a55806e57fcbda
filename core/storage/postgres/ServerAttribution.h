#pragma once

#include "util/ChangeAuthor.h"
#include "util/Result.h"

#include <QSqlDatabase>

// Signs the history a server connection writes, as ChangeAttribution does
// for a file: the session settings podium.author and podium.desk, read by
// the triggers of schema step 8 (ChangeLogSchema::postgresTriggers), from
// ChangeAuthor (PostgresStore passes the current one). A connection that sets nothing (psql) is
// recorded under its login.
class ServerAttribution
{
public:
    static Status apply(QSqlDatabase db, const ChangeAuthor &author);
};
