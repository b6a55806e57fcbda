#include "team/ServerEventOpener.h"

#include "storage/EventRepository.h"
#include "storage/EventStore.h"
#include "storage/StoreLocation.h"
#include "storage/StoreOpener.h"
#include "team/ServerPasswords.h"

#include <QApplication>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ServerEventOpener", text);
}

// libpq: "fe_sendauth: no password supplied", "password authentication failed for user".
template <typename R>
bool passwordRefused(const R &result)
{
    return result.details().contains(QLatin1String("password"), Qt::CaseInsensitive)
           || result.error().contains(QLatin1String("password"), Qt::CaseInsensitive);
}
} // namespace

ServerEventOpener::Opened ServerEventOpener::open(QWidget *parent, const QString &uri, const QString &typed)
{
    const QString key = ServerPasswords::keyFor(uri);
    QString password = typed;
    bool fromKeyring = false;
    if (password.isEmpty()) {
        const auto kept = ServerPasswords::read(key);
        if (kept && kept.value()) {
            password = *kept.value();
            fromKeyring = true;
        }
    }
    for (;;) {
        EventStore::OpenOptions options;
        options.password = password;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto opened = StoreOpener::open(uri, options);
        QApplication::restoreOverrideCursor();
        if (opened) {
            // A password asked for here is kept, so it is asked once (the dialog keeps its own).
            if (!password.isEmpty() && !fromKeyring && typed.isEmpty())
                ServerPasswords::write(key, password);
            return {std::move(opened).value(), password};
        }
        if (!passwordRefused(opened)) {
            QMessageBox box(QMessageBox::Warning, tr("Open from Server"), opened.error(), QMessageBox::Ok, parent);
            if (!opened.details().isEmpty())
                box.setDetailedText(opened.details());
            box.exec();
            return {};
        }
        // A kept password the server refuses is forgotten, so it is not offered again.
        if (fromKeyring)
            ServerPasswords::forget(key);
        fromKeyring = false;
        bool ok = false;
        password = QInputDialog::getText(parent, tr("Server Password"),
                                         tr("%1\n\nPassword for %2:").arg(opened.error(), key), QLineEdit::Password,
                                         QString(), &ok);
        if (!ok)
            return {};
    }
}

bool ServerEventOpener::connectionLost(const EventStore &store)
{
    // The cheapest question to the server: it fails only when the server is gone.
    return store.isOnServer() && !store.event().load();
}

bool ServerEventOpener::offerReconnect(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Connection Lost"), message, QMessageBox::NoButton, parent);
    QPushButton *reconnect = box.addButton(tr("&Reconnect"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(reconnect);
    box.exec();
    return box.clickedButton() == reconnect;
}

QString ServerEventOpener::serverName(const QString &location)
{
    // libpq's URI form, which QUrl refuses in part ("postgresql://alice@/podium?host=/run/postgresql").
    static const QRegularExpression form(
        QStringLiteral("^postgres(?:ql)?://(?:[^@/?]*@)?([^/:?]*)(?::\\d+)?(?:/[^?]*)?(?:\\?(.*))?$"));
    const QRegularExpressionMatch m = form.match(location);
    QString host = m.hasMatch() ? QUrl::fromPercentEncoding(m.captured(1).toUtf8()) : QString();
    for (const QString &item : m.captured(2).split(QLatin1Char('&'), Qt::SkipEmptyParts))
        if (item.startsWith(QLatin1String("host=")))
            host = QUrl::fromPercentEncoding(item.mid(5).toUtf8());
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost"))
        return tr("this computer");
    return host;
}

QString ServerEventOpener::describe(const QString &location)
{
    return tr("%1 on %2").arg(StoreLocation::parse(location).event(), serverName(location));
}
