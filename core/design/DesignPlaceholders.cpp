#include "design/DesignPlaceholders.h"

#include "design/CertificateDetails.h"
#include "model/ParticipantField.h"
#include "print/PrintData.h"
#include "print/PrintedName.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString fieldValue(const PrintData &data, const Participant &pa, const Person &pe, ParticipantField field)
{
    const QLocale locale = data.locale();
    auto yesNo = [](bool b) {
        return b ? QCoreApplication::translate("DesignPlaceholders", "yes") : QCoreApplication::translate("DesignPlaceholders", "no");
    };
    switch (field) {
    case ParticipantField::Title: return pe.title;
    case ParticipantField::FirstName: return pe.firstName;
    case ParticipantField::LastName: return pe.lastName;
    case ParticipantField::Organisation: return pe.organisation;
    case ParticipantField::OrganisationType: return toLabel(pe.organisationType);
    case ParticipantField::Position: return pe.position;
    case ParticipantField::Email: return pe.email;
    case ParticipantField::Phone: return pe.phone;
    case ParticipantField::Country: return pe.country;
    case ParticipantField::Category: return toLabel(pa.category);
    case ParticipantField::Status: return toLabel(pa.status);
    case ParticipantField::Code: return pa.code;
    case ParticipantField::Dietary: return pa.dietary;
    case ParticipantField::Accessibility: return pa.accessibility;
    case ParticipantField::ConsentList: return yesNo(pa.consentList);
    case ParticipantField::ConsentPhoto: return yesNo(pa.consentPhoto);
    case ParticipantField::CheckedIn:
        return pa.checkedIn.isValid() ? locale.toString(pa.checkedIn.toTimeZone(data.event.timeZone()), QLocale::ShortFormat) : QString();
    case ParticipantField::BadgePrinted: return yesNo(pa.badgePrinted);
    case ParticipantField::Notes: return pa.notes;
    case ParticipantField::Registered:
        return pa.registeredAt.isValid() ? locale.toString(pa.registeredAt.toTimeZone(data.event.timeZone()), QLocale::ShortFormat)
                                         : QString();
    }
    return QString();
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('|') || c == QLatin1Char('/')
        || c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x00b7) || c == QChar(0x2022);
}

// A line where some value was empty: no doubled, leading or trailing separators, single spaces.
QString tidy(const QString &line)
{
    QString out = line.simplified();
    static const QRegularExpression doubled(QStringLiteral("([,;|/\u2013\u2014\u00b7\u2022-])(\\s*[,;|/\u2013\u2014\u00b7\u2022-])+"));
    out.replace(doubled, QStringLiteral("\\1"));
    while (!out.isEmpty() && (isSeparator(out.front()) || out.front().isSpace()))
        out.remove(0, 1);
    while (!out.isEmpty() && (isSeparator(out.back()) || out.back().isSpace()))
        out.chop(1);
    return out;
}
} // namespace

DesignPlaceholders::Values DesignPlaceholders::forParticipant(const PrintData &data, const Participant &participant,
                                                              const Person &person)
{
    Values v;
    for (ParticipantField field : ParticipantFields::all())
        v.insert(ParticipantFields::key(field), fieldValue(data, participant, person, field).trimmed());
    // The name as the standard badge prints it: in the order of the person's script
    // ("王小明" whole on the first line), the given name large and the family name below.
    const PrintedName printed = PrintedName::of(person);
    v.insert(QStringLiteral("full_name"), person.fullName());
    v.insert(QStringLiteral("display_name"), printed.withHonorific());
    v.insert(QStringLiteral("name"), printed.oneLine());
    v.insert(QStringLiteral("name_line1"), printed.first);
    v.insert(QStringLiteral("name_line2"), printed.second);
    const Event &e = data.event;
    v.insert(QStringLiteral("event_name"), e.name);
    v.insert(QStringLiteral("event_subtitle"), e.subtitle);
    v.insert(QStringLiteral("event_dates"), data.eventDates());
    QString venue = e.venueName.trimmed();
    if (!e.venueAddress.trimmed().isEmpty())
        venue += (venue.isEmpty() ? QString() : QStringLiteral(", ")) + e.venueAddress.trimmed();
    v.insert(QStringLiteral("venue"), venue);
    v.insert(QStringLiteral("organiser"), e.organiser.trimmed());
    return v;
}

void DesignPlaceholders::addCertificate(Values &values, const PrintData &data, const CertificateDetails &certificate)
{
    values.insert(QStringLiteral("signatory_name"), certificate.signatoryName.trimmed());
    values.insert(QStringLiteral("signatory_title"), certificate.signatoryTitle.trimmed());
    const QDate issued = certificate.issueDate.isValid() ? certificate.issueDate : QDate::currentDate();
    // As the event's dates print ("14 December 2018"), in the event's language.
    values.insert(QStringLiteral("issue_date"), data.locale().toString(issued, QStringLiteral("d MMMM yyyy")));
}

QStringList DesignPlaceholders::keys()
{
    QStringList keys;
    for (ParticipantField field : ParticipantFields::all())
        keys << ParticipantFields::key(field);
    keys << QStringLiteral("name") << QStringLiteral("name_line1") << QStringLiteral("name_line2") << QStringLiteral("full_name")
         << QStringLiteral("display_name") << QStringLiteral("event_name")
         << QStringLiteral("event_subtitle") << QStringLiteral("event_dates") << QStringLiteral("venue") << QStringLiteral("organiser")
         << QStringLiteral("signatory_name") << QStringLiteral("signatory_title") << QStringLiteral("issue_date")
         << QStringLiteral("verification_code");
    return keys;
}

QString DesignPlaceholders::expand(const QString &text, const Values &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString expanded;
        int known = 0, empty = 0;
        qsizetype at = 0;
        auto it = placeholder.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            expanded += line.mid(at, m.capturedStart() - at);
            at = m.capturedEnd();
            const auto value = values.constFind(m.captured(1));
            if (value == values.constEnd()) {
                expanded += m.captured(0);
                continue;
            }
            ++known;
            if (value->isEmpty())
                ++empty;
            expanded += *value;
        }
        expanded += line.mid(at);
        if (known > 0 && empty == known)
            continue; // nothing but missing values: no blank line
        out << (empty > 0 ? tidy(expanded) : expanded);
    }
    return out.join(QLatin1Char('\n'));
}
