#include "model/ParticipantField.h"

#include <QCoreApplication>

namespace {
struct Entry
{
    ParticipantField field;
    const char *key;
    const char *label;
};

const std::vector<Entry> &entries()
{
    static const std::vector<Entry> list = {
        {ParticipantField::Title, "title", QT_TRANSLATE_NOOP("ParticipantField", "Title")},
        {ParticipantField::FirstName, "first_name", QT_TRANSLATE_NOOP("ParticipantField", "First name")},
        {ParticipantField::LastName, "last_name", QT_TRANSLATE_NOOP("ParticipantField", "Last name")},
        {ParticipantField::Organisation, "organisation", QT_TRANSLATE_NOOP("ParticipantField", "Organisation")},
        {ParticipantField::OrganisationType, "organisation_type",
         QT_TRANSLATE_NOOP("ParticipantField", "Organisation type")},
        {ParticipantField::Position, "position", QT_TRANSLATE_NOOP("ParticipantField", "Position")},
        {ParticipantField::Email, "email", QT_TRANSLATE_NOOP("ParticipantField", "Email")},
        {ParticipantField::Phone, "phone", QT_TRANSLATE_NOOP("ParticipantField", "Phone")},
        {ParticipantField::Country, "country", QT_TRANSLATE_NOOP("ParticipantField", "Country")},
        {ParticipantField::Category, "category", QT_TRANSLATE_NOOP("ParticipantField", "Category")},
        {ParticipantField::Status, "status", QT_TRANSLATE_NOOP("ParticipantField", "Status")},
        {ParticipantField::Code, "code", QT_TRANSLATE_NOOP("ParticipantField", "Registration code")},
        {ParticipantField::Dietary, "dietary", QT_TRANSLATE_NOOP("ParticipantField", "Dietary requirements")},
        {ParticipantField::Accessibility, "accessibility", QT_TRANSLATE_NOOP("ParticipantField", "Accessibility")},
        {ParticipantField::ConsentList, "consent_list", QT_TRANSLATE_NOOP("ParticipantField", "Consent to list")},
        {ParticipantField::ConsentPhoto, "consent_photo", QT_TRANSLATE_NOOP("ParticipantField", "Consent to photos")},
        {ParticipantField::CheckedIn, "checked_in", QT_TRANSLATE_NOOP("ParticipantField", "Checked in")},
        {ParticipantField::BadgePrinted, "badge_printed", QT_TRANSLATE_NOOP("ParticipantField", "Badge printed")},
        {ParticipantField::Notes, "notes", QT_TRANSLATE_NOOP("ParticipantField", "Notes")},
        {ParticipantField::Registered, "registered", QT_TRANSLATE_NOOP("ParticipantField", "Registered")},
    };
    return list;
}

const Entry &entry(ParticipantField field)
{
    return entries().at(size_t(field));
}

QString squeezed(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}
} // namespace

const std::vector<ParticipantField> &ParticipantFields::all()
{
    static const std::vector<ParticipantField> list = [] {
        std::vector<ParticipantField> fields;
        for (const Entry &e : entries())
            fields.push_back(e.field);
        return fields;
    }();
    return list;
}

QString ParticipantFields::key(ParticipantField field)
{
    return QString::fromLatin1(entry(field).key);
}

QString ParticipantFields::label(ParticipantField field)
{
    return QCoreApplication::translate("ParticipantField", entry(field).label);
}

std::optional<ParticipantField> ParticipantFields::fromKey(const QString &text)
{
    const QString wanted = squeezed(text);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Entry &e : entries())
        if (wanted == squeezed(QLatin1String(e.key)) || wanted == squeezed(QLatin1String(e.label)))
            return e.field;
    return std::nullopt;
}

QString ParticipantFields::keyList()
{
    QStringList keys;
    for (const Entry &e : entries())
        keys << QString::fromLatin1(e.key);
    return keys.join(QStringLiteral(", "));
}

bool ParticipantFields::isFlag(ParticipantField field)
{
    return field == ParticipantField::ConsentList || field == ParticipantField::ConsentPhoto
        || field == ParticipantField::BadgePrinted;
}

bool ParticipantFields::isDateTime(ParticipantField field)
{
    return field == ParticipantField::CheckedIn || field == ParticipantField::Registered;
}
