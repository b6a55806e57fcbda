#include "storage/postgres/ServerLogin.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ServerLogin", text);
}

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString quotedName(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

// libpq's words for a refused connection, as one sentence a person understands.
QString describeRefusal(const QString &why, const QString &user, const QString &host, const QString &database)
{
    const auto has = [&](const char *words) { return why.contains(QLatin1String(words), Qt::CaseInsensitive); };
    const QString where = host.isEmpty() || host.startsWith(QLatin1Char('/'))
                              ? tr("the server on this computer") : tr("the server %1").arg(quotedName(host));
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed"))
        return tr("%1 refused the password for the login %2 (or needs one): check it, or give it in ~/.pgpass.")
            .arg(where, quotedName(user));
    if (has("could not translate host name") || has("Name or service not known")
        || has("Temporary failure in name resolution"))
        return tr("There is no server called %1: check the address.").arg(quotedName(host));
    if (has("database \"") && has("does not exist"))
        return tr("%1 has no database %2: create it (createdb) or correct the address.").arg(where, quotedName(database));
    if (has("role \"") && has("does not exist"))
        return tr("%1 has no login %2: ask its administrator to create it.").arg(where, quotedName(user));
    if (has("timeout expired"))
        return tr("%1 did not answer in time: is it running, and is the address right?").arg(where);
    if (has("Connection refused") || has("No such file or directory") || has("server running"))
        return tr("%1 is not running or does not accept connections: start PostgreSQL or correct the address.")
            .arg(where);
    if (has("SSL"))
        return tr("%1 and Podium could not agree on an encrypted connection (sslmode): %2").arg(where, why.trimmed());
    return tr("Could not connect to %1: %2").arg(where, why.trimmed());
}

QString explainRefusal(const QString &why, const QString &user, const QString &host, const QString &database)
{
    QString sentence = describeRefusal(why, user, host, database);
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    return sentence;
}
} // namespace

QString ServerLogin::eventOf(const QString &uri)
{
    const auto m = QRegularExpression(QStringLiteral("[?&]event=([^&]*)")).match(uri);
    return m.hasMatch() ? decoded(m.captured(1)) : QString();
}

Result<QSqlDatabase> ServerLogin::open(const QString &uri, const QString &connection, const QString &password)
{
    // libpq's URI form; QUrl refuses some of it (a user with no host: a local socket).
    static const QRegularExpression form(QStringLiteral(
        "^postgres(?:ql)?://(?:([^:@/?]*)(?::([^@/?]*))?@)?([^/:?]*)(?::(\\d+))?(?:/([^?]*))?(?:\\?(.*))?$"));
    const auto m = form.match(uri);
    if (!m.hasMatch())
        return Result<QSqlDatabase>::failure(
            tr("“%1” is not a server address: write postgresql://USER@HOST/DATABASE?event=NAME.").arg(uri));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Result<QSqlDatabase>::failure(
            tr("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setUserName(decoded(m.captured(1)));
    db.setPassword(password.isEmpty() ? decoded(m.captured(2)) : password);
    db.setHostName(decoded(m.captured(3)));
    if (!m.captured(4).isEmpty())
        db.setPort(m.captured(4).toInt());
    db.setDatabaseName(decoded(m.captured(5)));
    QStringList options;
    for (const QString &item : m.captured(6).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = item.section(QLatin1Char('='), 0, 0);
        const QString value = decoded(item.section(QLatin1Char('='), 1));
        if (key == QLatin1String("event"))
            continue;
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else
            options << key + QLatin1Char('=') + value;
    }
    // A server that does not answer is reported, not waited for forever.
    if (!options.join(QLatin1Char(';')).contains(QLatin1String("connect_timeout"))
        && qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        options << QStringLiteral("connect_timeout=15");
    if (!options.join(QLatin1Char(';')).contains(QLatin1String("application_name")))
        options << QStringLiteral("application_name=podium");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString why = db.lastError().databaseText().isEmpty() ? db.lastError().driverText()
                                                                     : db.lastError().databaseText();
        const QString details = db.lastError().text();
        const QString user = db.userName().isEmpty() ? qEnvironmentVariable("PGUSER") : db.userName();
        const QString host = db.hostName();
        const QString database = db.databaseName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return Result<QSqlDatabase>::failure(explainRefusal(why, user, host, database), details);
    }
    // "schema already exists, skipping" and the like are not for the person at the terminal.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
    return db;
}
