#include "util/ChangeAuthor.h"

#include <QDir>
#include <QMutex>
#include <QSettings>

namespace {
QMutex mutex;
ChangeAuthor &stored()
{
    static ChangeAuthor author{ChangeAuthor::loginName(), QString()};
    return author;
}
} // namespace

ChangeAuthor ChangeAuthor::current()
{
    const QMutexLocker lock(&mutex);
    return stored();
}

void ChangeAuthor::setCurrent(const ChangeAuthor &author)
{
    const QMutexLocker lock(&mutex);
    stored() = {author.name.trimmed().isEmpty() ? loginName() : author.name.trimmed(), author.desk.trimmed()};
}

ChangeAuthor ChangeAuthor::fromSettings()
{
    const QSettings settings;
    ChangeAuthor author{settings.value(nameKey()).toString().trimmed(), settings.value(deskKey()).toString().trimmed()};
    // A desk started from a script, a second identity for a test.
    if (qEnvironmentVariableIsSet("PODIUM_AUTHOR"))
        author.name = qEnvironmentVariable("PODIUM_AUTHOR");
    if (qEnvironmentVariableIsSet("PODIUM_DESK"))
        author.desk = qEnvironmentVariable("PODIUM_DESK");
    return author;
}

QString ChangeAuthor::loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = QDir::home().dirName();
    return name;
}
