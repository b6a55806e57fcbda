#include "storage/postgres/ServerAttribution.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

Status ServerAttribution::apply(QSqlDatabase db, const ChangeAuthor &author)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT set_config('podium.author', ?, false), set_config('podium.desk', ?, false)"));
    q.addBindValue(author.name);
    q.addBindValue(author.desk);
    if (!q.exec())
        return Status::failure(QCoreApplication::translate("ServerAttribution",
                                                         "The server did not accept the name this Podium signs its changes with."),
                               q.lastError().text());
    return {};
}
