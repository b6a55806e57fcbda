#include "util/ChangeAuthor.h"

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
    return {settings.value(nameKey()).toString().trimmed(), settings.value(deskKey()).toString().trimmed()};
}

QString ChangeAuthor::loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}
