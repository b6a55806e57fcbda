#include "privacy/EventAnonymiser.h"

#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/PrivacyRepository.h"

#include <QLocale>

QDate EventAnonymiser::todayAt(const Event &event)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(event.timeZone()).date();
}

Result<EventAnonymiser::Preview> EventAnonymiser::preview(QDate today) const
{
    using R = Result<Preview>;
    auto event = m_file.event().load();
    if (!event)
        return R::failure(event.error());
    const PrivacyRepository repository(m_file);
    auto statistics = repository.breakdown();
    if (!statistics)
        return R::failure(statistics.error());
    auto personalData = repository.personalDataCounts();
    if (!personalData)
        return R::failure(personalData.error());
    Preview p;
    p.statistics = statistics.value();
    p.personalData = personalData.value();
    p.lastDay = event->lastDay;
    p.today = today.isValid() ? today : todayAt(event.value());
    p.beforeLastDay = !p.lastDay.isValid() || p.today < p.lastDay;
    return p;
}

QString EventAnonymiser::tooEarlyReason(const Preview &preview)
{
    if (!preview.beforeLastDay)
        return {};
    if (!preview.lastDay.isValid())
        return tr("The event has no dates, so Podium cannot tell whether it is over.");
    return tr("The event is not over: its last day is %1 and today is %2 (in the event’s time zone). "
              "Participants may still need their details.")
        .arg(QLocale().toString(preview.lastDay, QLocale::LongFormat),
             QLocale().toString(preview.today, QLocale::LongFormat));
}

Result<EventAnonymiser::Report> EventAnonymiser::run(const Options &options, QDate today) const
{
    using R = Result<Report>;
    if (m_file.isReadOnly())
        return R::failure(m_file.describe(tr("is read-only: nothing was anonymised.")));
    if (Status whole = m_file.verifyWhole(); !whole)
        return R::failure(whole.error(), whole.details());
    auto before = preview(today);
    if (!before)
        return R::failure(before.error());
    if (before->beforeLastDay && !options.force)
        return R::failure(tooEarlyReason(before.value()) + QLatin1Char(' ')
                          + tr("Nothing was changed. Anonymise after the event, or force it."));
    const PrivacyRepository repository(m_file);
    if (Status s = repository.anonymise(options.keepStatistics); !s)
        return R::failure(s.error());
    if (Status s = repository.compact(); !s)
        return R::failure(tr("The personal data was removed and overwritten, but the file could not be compacted "
                             "afterwards: %1")
                              .arg(s.error()));
    auto after = repository.breakdown();
    if (!after)
        return R::failure(after.error());
    return Report{before->statistics, after.value(), before->personalData};
}
