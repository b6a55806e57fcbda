#include "io/ScheduleSettings.h"

#include "storage/EventFile.h"
#include "storage/SettingRepository.h"

namespace {
const QString dayChangeKey = QStringLiteral("schedule/dayChange");
}

QTime ScheduleSettings::dayChange(const EventFile &file)
{
    const QTime time = QTime::fromString(file.settings().value(dayChangeKey), QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime(0, 0);
}

Status ScheduleSettings::setDayChange(const EventFile &file, QTime time)
{
    if (!time.isValid() || time == QTime(0, 0))
        return file.settings().remove(dayChangeKey);
    return file.settings().setValue(dayChangeKey, time.toString(QStringLiteral("HH:mm")));
}
