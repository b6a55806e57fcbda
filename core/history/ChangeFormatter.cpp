#include "history/ChangeFormatter.h"

#include "util/LocaleFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeFormatter)
};

bool isTime(const QString &field)
{
    return field.endsWith(QLatin1String("_utc"));
}

bool isFlag(const QString &field)
{
    return field == QLatin1String("recording_optout") || field.startsWith(QLatin1String("consent_"))
        || field == QLatin1String("badge_printed");
}

QString quoted(const QString &text)
{
    return Tr::tr("“%1”").arg(text);
}

constexpr int longestValue = 48;
} // namespace

QString ChangeFormatter::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ChangeFormatter", "title")},
        {QStringLiteral("subtitle"), QT_TRANSLATE_NOOP("ChangeFormatter", "subtitle")},
        {QStringLiteral("abstract"), QT_TRANSLATE_NOOP("ChangeFormatter", "abstract")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("ChangeFormatter", "description")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("ChangeFormatter", "type")},
        {QStringLiteral("type_name"), QT_TRANSLATE_NOOP("ChangeFormatter", "type as written")},
        {QStringLiteral("track_id"), QT_TRANSLATE_NOOP("ChangeFormatter", "track")},
        {QStringLiteral("room_id"), QT_TRANSLATE_NOOP("ChangeFormatter", "room")},
        {QStringLiteral("start_utc"), QT_TRANSLATE_NOOP("ChangeFormatter", "start")},
        {QStringLiteral("duration_min"), QT_TRANSLATE_NOOP("ChangeFormatter", "duration")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("ChangeFormatter", "language")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ChangeFormatter", "status")},
        {QStringLiteral("external_id"), QT_TRANSLATE_NOOP("ChangeFormatter", "external id")},
        {QStringLiteral("expected_attendance"), QT_TRANSLATE_NOOP("ChangeFormatter", "expected attendance")},
        {QStringLiteral("recording_optout"), QT_TRANSLATE_NOOP("ChangeFormatter", "not recorded")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("ChangeFormatter", "web page")},
        {QStringLiteral("slug"), QT_TRANSLATE_NOOP("ChangeFormatter", "slug")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ChangeFormatter", "name")},
        {QStringLiteral("capacity"), QT_TRANSLATE_NOOP("ChangeFormatter", "capacity")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("ChangeFormatter", "location")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("ChangeFormatter", "position")},
        {QStringLiteral("color"), QT_TRANSLATE_NOOP("ChangeFormatter", "colour")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("ChangeFormatter", "first name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("ChangeFormatter", "last name")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("ChangeFormatter", "organisation")},
        {QStringLiteral("organisation_type"), QT_TRANSLATE_NOOP("ChangeFormatter", "organisation type")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ChangeFormatter", "e-mail")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ChangeFormatter", "phone")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("ChangeFormatter", "country")},
        {QStringLiteral("bio"), QT_TRANSLATE_NOOP("ChangeFormatter", "biography")},
        {QStringLiteral("person_id"), QT_TRANSLATE_NOOP("ChangeFormatter", "person")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("ChangeFormatter", "category")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("ChangeFormatter", "code")},
        {QStringLiteral("dietary"), QT_TRANSLATE_NOOP("ChangeFormatter", "dietary needs")},
        {QStringLiteral("accessibility"), QT_TRANSLATE_NOOP("ChangeFormatter", "accessibility needs")},
        {QStringLiteral("consent_list"), QT_TRANSLATE_NOOP("ChangeFormatter", "on attendee lists")},
        {QStringLiteral("consent_photo"), QT_TRANSLATE_NOOP("ChangeFormatter", "may be photographed")},
        {QStringLiteral("checked_in_utc"), QT_TRANSLATE_NOOP("ChangeFormatter", "checked in")},
        {QStringLiteral("desk"), QT_TRANSLATE_NOOP("ChangeFormatter", "desk")},
        {QStringLiteral("badge_printed"), QT_TRANSLATE_NOOP("ChangeFormatter", "badge printed")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ChangeFormatter", "notes")},
        {QStringLiteral("registered_utc"), QT_TRANSLATE_NOOP("ChangeFormatter", "registered")},
        {QStringLiteral("organiser"), QT_TRANSLATE_NOOP("ChangeFormatter", "organiser")},
        {QStringLiteral("venue_name"), QT_TRANSLATE_NOOP("ChangeFormatter", "venue")},
        {QStringLiteral("venue_address"), QT_TRANSLATE_NOOP("ChangeFormatter", "venue address")},
        {QStringLiteral("time_zone"), QT_TRANSLATE_NOOP("ChangeFormatter", "time zone")},
        {QStringLiteral("first_day"), QT_TRANSLATE_NOOP("ChangeFormatter", "first day")},
        {QStringLiteral("last_day"), QT_TRANSLATE_NOOP("ChangeFormatter", "last day")},
        {QStringLiteral("acronym"), QT_TRANSLATE_NOOP("ChangeFormatter", "acronym")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("ChangeFormatter", "city")},
        {QStringLiteral("day_change"), QT_TRANSLATE_NOOP("ChangeFormatter", "day changes at")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : QCoreApplication::translate("ChangeFormatter", *it);
}

QString ChangeFormatter::tableLabel(const QString &table)
{
    if (table == QLatin1String("session"))
        return Tr::tr("session");
    if (table == QLatin1String("person"))
        return Tr::tr("person");
    if (table == QLatin1String("participant"))
        return Tr::tr("registration");
    if (table == QLatin1String("room"))
        return Tr::tr("room");
    if (table == QLatin1String("track"))
        return Tr::tr("track");
    if (table == QLatin1String("event"))
        return Tr::tr("event");
    return table;
}

QString ChangeFormatter::when(const QDateTime &utc) const
{
    const QDateTime at = local(utc);
    const QLocale locale;
    if (at.date() == local(QDateTime::currentDateTimeUtc()).date())
        return LocaleFormat::time(at.time(), locale);
    return Tr::tr("%1 %2").arg(locale.toString(at.date(), QLocale::ShortFormat), LocaleFormat::time(at.time(), locale));
}

QString ChangeFormatter::value(const QString &field, const QVariant &v, const QVariant &other) const
{
    if (v.isNull() || v.toString().isEmpty()) {
        if (field == QLatin1String("room_id") || field == QLatin1String("track_id"))
            return Tr::tr("none");
        if (isTime(field))
            return Tr::tr("not set");
        return Tr::tr("(empty)");
    }
    const QString text = v.toString();
    if (isTime(field)) {
        const QDateTime utc = QDateTime::fromString(text, Qt::ISODate);
        if (!utc.isValid())
            return text;
        const QDateTime at = local(utc);
        const QDateTime otherAt = local(QDateTime::fromString(other.toString(), Qt::ISODate));
        const QLocale locale;
        // The day only when it is not the other value's day too.
        if (otherAt.isValid() && otherAt.date() == at.date())
            return field == QLatin1String("checked_in_utc") ? locale.toString(at.time(), QStringLiteral("HH:mm:ss"))
                                                            : LocaleFormat::time(at.time(), locale);
        return LocaleFormat::dayAndTime(at, locale);
    }
    if (isFlag(field))
        return text == QLatin1String("0") ? Tr::tr("no") : Tr::tr("yes");
    if (field == QLatin1String("duration_min"))
        return Tr::tr("%n min", nullptr, text.toInt());
    if (field == QLatin1String("room_id") || field == QLatin1String("track_id") || field == QLatin1String("person_id")) {
        const QString table = field.left(field.size() - 3);
        const QString name = m_names ? m_names(table, text.toLongLong()) : QString();
        return name.isEmpty() ? Tr::tr("#%1").arg(text) : name;
    }
    QString shown = text.simplified();
    if (shown.size() > longestValue)
        shown = shown.left(longestValue - 1) + QChar(0x2026);
    return shown;
}

QString ChangeFormatter::change(const ChangeRecord &r) const
{
    switch (r.kind) {
    case ChangeRecord::Kind::Insert:
        return Tr::tr("created %1 %2").arg(tableLabel(r.table), quoted(r.newValue.toString()));
    case ChangeRecord::Kind::Delete:
        return Tr::tr("deleted %1 %2").arg(tableLabel(r.table), quoted(r.oldValue.toString()));
    case ChangeRecord::Kind::Update:
        break;
    }
    return Tr::tr("%1 %2 → %3").arg(fieldLabel(r.field), value(r.field, r.oldValue, r.newValue),
                                    value(r.field, r.newValue, r.oldValue));
}

QString ChangeFormatter::author(const ChangeRecord &r)
{
    if (r.author.isEmpty())
        return r.desk.isEmpty() ? Tr::tr("someone outside Podium") : r.desk;
    return r.desk.isEmpty() ? r.author : Tr::tr("%1 at %2").arg(r.author, r.desk);
}

QString ChangeFormatter::changeSets(const QList<ChangeRecord> &records) const
{
    QStringList sentences;
    for (int i = 0; i < records.size();) {
        const ChangeRecord &first = records.at(i);
        QStringList changes;
        int j = i;
        for (; j < records.size() && records.at(j).changeSet == first.changeSet; ++j)
            changes << change(records.at(j));
        sentences << Tr::tr("Changed by %1 at %2: %3.").arg(author(first), when(first.at), changes.join(QStringLiteral("; ")));
        i = j;
    }
    return sentences.join(QLatin1Char(' '));
}

QString ChangeFormatter::conflict(const EditConflict &c) const
{
    if (c.deleted) {
        for (const ChangeRecord &r : c.changes)
            if (r.kind == ChangeRecord::Kind::Delete)
                return Tr::tr("Deleted by %1 at %2: your change was not saved.").arg(author(r), when(r.at));
        return Tr::tr("This %1 was deleted meanwhile: your change was not saved.").arg(tableLabel(c.table));
    }
    if (c.changes.isEmpty())
        return Tr::tr("This %1 was changed meanwhile (outside Podium's history): your change was not saved. "
                      "The current values are shown; make your change again.")
            .arg(tableLabel(c.table));
    return Tr::tr("%1 Your change was not saved: the current values are shown; make your change again.")
        .arg(changeSets(c.changes));
}
