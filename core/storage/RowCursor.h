#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// The rows of a query, one at a time, as the store holds them (UTF-8 text,
// integers), without a QVariant per value: the paths that read whole tables
// (exports, the programme after each edit, the participants list) use it.
// SQLite reads its statement directly; other stores go through QSqlQuery.
class RowCursor
{
public:
    virtual ~RowCursor() = default;
    // True while there is a row; check status() afterwards.
    virtual bool next() = 0;
    virtual Status status() const = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    // Valid until next().
    virtual QByteArrayView utf8(int column) const = 0;

    QString text(int column) const { return QString::fromUtf8(utf8(column)); }
    std::optional<qint64> optional(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
    }
};
