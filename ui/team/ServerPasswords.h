#pragma once

#include "util/Result.h"

#include <QString>

#include <optional>

// Server passwords in the desktop's keyring (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store) through QtKeychain: the GUI asks for a
// server password once and finds it there next time. Never in Podium's
// settings or anywhere in plain text: without a keyring nothing is kept and
// the password is asked again. The key is the login, not the event
// ("postgresql://alice@db.example.org:5432/podium"): one password serves every
// event on that database.
class ServerPasswords
{
public:
    // The keyring's name for a login: user, host, port and database of a
    // postgresql:// URI, without its query (event, sslmode...) or password.
    static QString keyFor(const QString &uri);

    // The password kept for this key; no value when none is kept or there is
    // no keyring to ask; a failure only when the keyring refused access.
    static Result<std::optional<QString>> read(const QString &key);
    // Keeps the password; fails in one sentence when there is no keyring.
    static Status write(const QString &key, const QString &password);
    // Forgets it (a wrong password must not be offered again); no error when none was kept.
    static Status forget(const QString &key);

    // The service name entries are filed under.
    static QString service();
};
