#pragma once

// A connection to an event file of the test's own, as another program would
// open it (raw SQL, its own transactions), closed when it goes.

#include "support/TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace test {

class Sql
{
public:
    explicit Sql(const QString &path) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        REQUIRE(db.open());
    }
    ~Sql()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Sql(const Sql &) = delete;
    Sql &operator=(const Sql &) = delete;

    // The first column of every row.
    QStringList column(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    // Runs one statement that must succeed.
    void run(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    QString value(const QString &sql) const
    {
        const QStringList values = column(sql);
        REQUIRE(values.size() == 1);
        return values.first();
    }

private:
    QString m_name;
};

} // namespace test
