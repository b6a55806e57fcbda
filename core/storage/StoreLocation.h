#pragma once

#include <QString>

// Where an event is: a file path, or an event on a PostgreSQL server named by
// a libpq connection URI with Podium's own parameter ?event=NAME
// (postgresql://alice@db.example.org/podium?event=imi-2018). libpq reads
// everything else in the URI unchanged (host=, sslmode=, service=...).
class StoreLocation
{
public:
    // "postgresql://" or "postgres://" (any case) make a server location; anything else is a path.
    static StoreLocation parse(const QString &text);

    bool isServer() const { return m_server; }
    QString path() const;            // file path (file locations)
    QString uri() const;             // full libpq URI as given (server), password included
    QString event() const;           // ?event=NAME (server), empty when missing
    QString withoutPassword() const; // for titles, recent-files lists, messages
    QString withEvent(const QString &event) const; // same server, another event
    // The server alone: no event, no password (for "podium-cli server list URI" in messages).
    QString serverOnly() const;

private:
    QString m_text;
    bool m_server = false;
};
