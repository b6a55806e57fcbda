#include "team/ServerPasswords.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>

namespace {

// QtKeychain's jobs are asynchronous; each is a few D-Bus calls (or a prompt
// to unlock the keyring, which the user answers), so wait for it here.
void runToEnd(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

QString problem(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("ServerPasswords",
                                           "There is no keyring on this desktop to keep the password in.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QCoreApplication::translate("ServerPasswords", "The keyring refused access to the password.");
    default:
        return QCoreApplication::translate("ServerPasswords", "The keyring could not keep the password: %1")
            .arg(job.errorString());
    }
}

} // namespace

QString ServerPasswords::service()
{
    return QStringLiteral("Podium");
}

QString ServerPasswords::keyFor(const QString &uri)
{
    const QUrl url(uri);
    if (!url.isValid() || url.scheme().isEmpty())
        return uri;
    QString key = QStringLiteral("postgresql://");
    if (!url.userName().isEmpty())
        key += url.userName() + QLatin1Char('@');
    key += url.host();
    if (url.port() != -1)
        key += QLatin1Char(':') + QString::number(url.port());
    key += url.path();
    // A socket directory given as ?host=/run/postgresql names the server too.
    const QString query = url.query(QUrl::FullyDecoded);
    for (const QString &item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts))
        if (item.startsWith(QLatin1String("host=")) || item.startsWith(QLatin1String("port=")))
            key += (key.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + item;
    return key;
}

Result<std::optional<QString>> ServerPasswords::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service());
    job.setKey(key);
    runToEnd(job);
    switch (job.error()) {
    case QKeychain::NoError:
        return std::optional<QString>(job.textData());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Result<std::optional<QString>>::failure(problem(job), job.errorString());
    default:
        // Not kept, or no keyring to ask (no D-Bus session, no Secret Service): the GUI asks.
        return std::optional<QString>();
    }
}

Status ServerPasswords::write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(key);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return Status::failure(problem(job), job.errorString());
    return {};
}

Status ServerPasswords::forget(const QString &key)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(key);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound
        && job.error() != QKeychain::NoBackendAvailable)
        return Status::failure(problem(job), job.errorString());
    return {};
}
