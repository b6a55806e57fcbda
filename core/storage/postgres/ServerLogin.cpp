#include "storage/postgres/ServerLogin.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
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
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString why = db.lastError().databaseText().isEmpty() ? db.lastError().driverText()
                                                                     : db.lastError().databaseText();
        const QString details = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        if (why.contains(QLatin1String("password")))
            return Result<QSqlDatabase>::failure(
                tr("The server refused the password (or needs one): give it in ~/.pgpass or PGPASSWORD."), details);
        if (why.contains(QLatin1String("does not exist")))
            return Result<QSqlDatabase>::failure(tr("The server has no such database or login: %1").arg(why.trimmed()),
                                                 details);
        return Result<QSqlDatabase>::failure(tr("Could not reach the server: is it running, and is the address right?"),
                                             details);
    }
    return db;
}
