#include "checkin/OfflineDeskCache.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfflineDeskCache)
};

const quint32 magic = 0x50444B31; // "PDK1"
const quint32 format = 1;
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

bool OfflineDeskCache::exists() const
{
    return QFileInfo::exists(m_path);
}

Result<OfflineDeskCache::Snapshot> OfflineDeskCache::load() const
{
    using R = Result<Snapshot>;
    QFile file(m_path);
    if (!file.exists())
        return R::failure(Tr::tr("This desk has no copy of the event yet: it must reach the server once first."));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("The desk's copy of the event “%1” cannot be read: %2").arg(m_path, file.errorString()));
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 fileMagic = 0, fileFormat = 0;
    in >> fileMagic >> fileFormat;
    if (fileMagic != magic || fileFormat != format)
        return R::failure(Tr::tr("“%1” is not a desk's copy of an event that this Podium can read.").arg(m_path));
    Snapshot snapshot;
    qint64 count = 0;
    in >> snapshot.event >> snapshot.timeZoneId >> snapshot.refreshedUtc >> snapshot.lastDoubleCheckIn >> count;
    if (count < 0 || count > 50'000'000)
        return R::failure(Tr::tr("The desk's copy of the event “%1” is damaged.").arg(m_path));
    snapshot.rows.reserve(int(count));
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        ParticipantRow row;
        Participant &p = row.participant;
        QString category, status;
        in >> p.id >> p.code >> category >> status >> p.checkedIn >> p.desk >> row.person.id >> row.person.title
            >> row.person.firstName >> row.person.lastName >> row.person.organisation;
        p.personId = row.person.id;
        p.category = Vocabulary<ParticipantCategory>::fromKey(category).value_or(ParticipantCategory::Attendee);
        p.status = Vocabulary<RegistrationStatus>::fromKey(status).value_or(RegistrationStatus::Registered);
        snapshot.rows << row;
    }
    if (in.status() != QDataStream::Ok)
        return R::failure(Tr::tr("The desk's copy of the event “%1” is damaged.").arg(m_path));
    return snapshot;
}

Status OfflineDeskCache::save(const Snapshot &snapshot) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile::setPermissions(QFileInfo(m_path).absolutePath(), ownerOnly | QFileDevice::ExeOwner);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("The desk's copy of the event cannot be written to “%1”: %2")
                                   .arg(m_path, file.errorString()));
    // Owner-only before a byte of personal data is in it.
    file.setPermissions(ownerOnly);
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_0);
    out << magic << format << snapshot.event << snapshot.timeZoneId << snapshot.refreshedUtc
        << snapshot.lastDoubleCheckIn << qint64(snapshot.rows.size());
    for (const ParticipantRow &row : snapshot.rows) {
        const Participant &p = row.participant;
        out << p.id << p.code << toKey(p.category) << toKey(p.status) << p.checkedIn << p.desk << row.person.id
            << row.person.title << row.person.firstName << row.person.lastName << row.person.organisation;
    }
    if (out.status() != QDataStream::Ok || !file.commit())
        return Status::failure(Tr::tr("The desk's copy of the event cannot be written to “%1”: %2")
                                   .arg(m_path, file.errorString()));
    return {};
}
