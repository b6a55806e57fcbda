#pragma once

#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include "storage/EventStore.h"
#include "storage/RowCursor.h"

// What an event holds, as one value, on either store: a refused edit must
// leave it as it was. A file: its bytes. A server event: a digest of every
// row of every table of its schema (PostgreSQL's md5 over the rows as text).
namespace test {

// The tables of an event (its schema's, on a server).
inline QStringList eventTables(const EventStore &store)
{
    QStringList tables;
    auto list = store.select(store.dialect().listTables());
    while (list->next())
        tables << list->text(0);
    REQUIRE(list->status());
    REQUIRE(!tables.isEmpty());
    return tables;
}

inline QByteArray eventState(const QString &location)
{
    if (!onServer())
        return sha256(location);
    auto store = openTestEvent(location, true);
    const QStringList tables = eventTables(*store);
    QByteArray state;
    for (const QString &table : std::as_const(tables)) {
        auto digest = store->select(
            QStringLiteral("SELECT md5(COALESCE(string_agg(x::text, '|' ORDER BY x::text), '')) FROM %1 x").arg(table));
        REQUIRE(digest->next());
        state += table.toUtf8() + ':' + digest->utf8(0).toByteArray() + '\n';
    }
    return state;
}

} // namespace test
