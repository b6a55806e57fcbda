#include "team/ServerEventLister.h"

#include "storage/postgres/EventRoles.h"
#include "storage/postgres/ServerLogin.h"

#include <QCoreApplication>

OpenFromServerDialog::Listing ServerEventLister::list(const QString &uri, const QString &password)
{
    const QString connection = QStringLiteral("podium-open-from-server");
    OpenFromServerDialog::Listing listing;
    {
        auto db = ServerLogin::open(uri, connection, password);
        if (!db) {
            // libpq: "fe_sendauth: no password supplied", "password authentication failed".
            listing.passwordNeeded = db.details().contains(QLatin1String("password"));
            listing.events = Result<QList<OpenFromServerDialog::ServerEvent>>::failure(db.error(), db.details());
            return listing;
        }
        const auto events = EventRoles::eventsOf(db.value());
        if (!events) {
            listing.events = Result<QList<OpenFromServerDialog::ServerEvent>>::failure(events.error(), events.details());
        } else {
            QList<OpenFromServerDialog::ServerEvent> shown;
            for (const EventRoles::EventAccess &access : events.value()) {
                QString role;
                switch (access.role) {
                case EventRoles::Role::Organiser:
                    role = QCoreApplication::translate("ServerEventLister", "organiser");
                    break;
                case EventRoles::Role::Desk:
                    role = QCoreApplication::translate("ServerEventLister", "door desk");
                    break;
                case EventRoles::Role::Viewer:
                    role = QCoreApplication::translate("ServerEventLister", "viewer");
                    break;
                }
                shown.append({access.event, QCoreApplication::translate("ServerEventLister", "%1 — you are %2")
                                                .arg(access.event, role)});
            }
            listing.events = shown;
        }
        db.value().close();
    }
    QSqlDatabase::removeDatabase(connection);
    return listing;
}
