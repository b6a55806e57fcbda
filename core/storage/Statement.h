#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <initializer_list>
#include <optional>

class EventStore;

// A prepared statement on an event store, with errors turned into a sentence
// that names the file or server event. Storage classes use it; nothing else writes SQL.
class Statement
{
public:
    // Cached statements are prepared once per file and reused (inserts and
    // updates on hot paths); never nest two uses of one cached statement.
    enum Preparation { Fresh, Cached };
    Statement(const EventStore &file, const QString &sql, Preparation preparation = Fresh);

    Statement &bind(const QVariant &value);
    Statement &bind(std::initializer_list<QVariant> values);
    Status exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QSqlQuery &query() { return *m_query; }
    // The id of the row an INSERT made; write the INSERT with
    // store.dialect().returningId(sql), which PostgreSQL needs.
    qint64 lastInsertId() const;
    int rowsAffected() const { return m_query->numRowsAffected(); }

    // A sentence naming the store for a database's error text (locked, read-only...).
    static Status failure(const EventStore &store, const QString &driverText);

    // Runs a query whose first row's first column is an integer (COUNT(*)...).
    static Result<qint64> scalar(const EventStore &file, const QString &sql, std::initializer_list<QVariant> values = {});

    // Helpers for the types the model uses.
    template <typename T>
    static QVariant nullable(const std::optional<T> &v) { return v ? QVariant::fromValue(*v) : QVariant(); }
    static QVariant utc(const QDateTime &t);
    static QDateTime utc(const QVariant &v);
    static std::optional<qint64> optionalId(const QVariant &v);

private:
    const EventStore &m_file;
    QSqlQuery m_own;     // a fresh statement
    QSqlQuery *m_query;  // m_own, or the file's cached statement
    QString m_prepareError;
    int m_bound = 0;
};
