#include "checkin/CheckInQueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <unistd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckInQueue)
};

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QByteArray line(const QueuedCheckIn &c)
{
    const QJsonObject o{{QStringLiteral("code"), c.code},
                        {QStringLiteral("utc"), c.utc.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("desk"), c.desk}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QueuedCheckIn> parse(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    QueuedCheckIn c{o.value(QStringLiteral("code")).toString(),
                    QDateTime::fromString(o.value(QStringLiteral("utc")).toString(), Qt::ISODate).toUTC(),
                    o.value(QStringLiteral("desk")).toString()};
    if (c.code.isEmpty() || !c.utc.isValid())
        return std::nullopt;
    return c;
}

Status cannotWrite(const QString &path, const QString &why)
{
    return Status::failure(Tr::tr("The desk's queue of check-ins “%1” cannot be written: %2").arg(path, why));
}
} // namespace

Result<QList<QueuedCheckIn>> CheckInQueue::load() const
{
    using R = Result<QList<QueuedCheckIn>>;
    QFile file(m_path);
    if (!file.exists())
        return QList<QueuedCheckIn>();
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("The desk's queue of check-ins “%1” cannot be read: %2").arg(m_path, file.errorString()));
    QList<QueuedCheckIn> queued;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const auto c = parse(lines[i]);
        if (c) {
            queued << *c;
        } else if (i < lines.size() - 1) {
            // Only the last line can be cut short by a crash; anything else is damage.
            return R::failure(Tr::tr("Line %1 of the desk's queue of check-ins “%2” is damaged.").arg(i + 1).arg(m_path));
        }
    }
    return queued;
}

Status CheckInQueue::append(const QueuedCheckIn &checkIn) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    const bool fresh = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return cannotWrite(m_path, file.errorString());
    if (fresh)
        file.setPermissions(ownerOnly);
    const QByteArray bytes = line(checkIn);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return cannotWrite(m_path, file.errorString());
    // On the disk before the desk lets the person in.
    if (::fsync(file.handle()) != 0)
        return cannotWrite(m_path, QString::fromLocal8Bit(strerror(errno)));
    return {};
}

Status CheckInQueue::dropFirst(int count) const
{
    auto queued = load();
    if (!queued)
        return Status::failure(queued.error());
    if (count <= 0)
        return {};
    if (count >= queued->size())
        return QFile::remove(m_path) || !QFile::exists(m_path) ? Status() : cannotWrite(m_path, QString());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(m_path, file.errorString());
    file.setPermissions(ownerOnly);
    for (int i = count; i < queued->size(); ++i)
        file.write(line(queued->at(i)));
    if (!file.commit())
        return cannotWrite(m_path, file.errorString());
    return {};
}
