#pragma once

#include <QString>

#include <memory>

class EventStore;
class QWidget;

// Opening an event on a PostgreSQL server from the GUI (File ▸ Open from
// Server, a recent server event, a reconnection): the password is the one
// just typed, the keyring's, or libpq's own (~/.pgpass, a service file), and
// is asked for only when the server refuses to go without one. Every other
// failure (unknown host, server down, no such event, a newer schema) is the
// store's own sentence in a dialog.
class ServerEventOpener
{
public:
    struct Opened
    {
        std::unique_ptr<EventStore> store; // null: not opened (the user was told why, or gave up)
        QString password;                  // what opened it, for a reconnection; never written anywhere
    };
    // `uri` names the event (?event=NAME) and holds no password.
    static Opened open(QWidget *parent, const QString &uri, const QString &password = {});

    // After a failed edit of a server event: whether the connection to the server is gone.
    static bool connectionLost(const EventStore &store);
    // Shows the failed edit's sentence with a Reconnect button; true when the user chose it.
    static bool offerReconnect(QWidget *parent, const QString &message);

    // The server of a location, for titles and the status bar: its host
    // ("db.example.org"), or "this computer" for a local socket.
    static QString serverName(const QString &location);
    // "imi-2018 on db.example.org": a server event in menus and lists.
    static QString describe(const QString &location);
};
