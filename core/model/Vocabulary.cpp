#include "model/Vocabulary.h"

#include <QCoreApplication>

template <typename E>
QString Vocabulary<E>::label(E value)
{
    for (const auto &e : entries())
        if (e.value == value)
            return QCoreApplication::translate("Vocabulary", e.label);
    return {};
}

template <>
const std::vector<VocabularyEntry<SessionType>> &Vocabulary<SessionType>::entries()
{
    static const std::vector<VocabularyEntry<SessionType>> list = {
        {SessionType::Keynote, "keynote", QT_TRANSLATE_NOOP("Vocabulary", "Keynote")},
        {SessionType::Talk, "talk", QT_TRANSLATE_NOOP("Vocabulary", "Talk")},
        {SessionType::Panel, "panel", QT_TRANSLATE_NOOP("Vocabulary", "Panel")},
        {SessionType::Workshop, "workshop", QT_TRANSLATE_NOOP("Vocabulary", "Workshop")},
        {SessionType::Break, "break", QT_TRANSLATE_NOOP("Vocabulary", "Break")},
        {SessionType::Networking, "networking", QT_TRANSLATE_NOOP("Vocabulary", "Networking")},
        {SessionType::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    };
    return list;
}

template <>
const std::vector<VocabularyEntry<SessionStatus>> &Vocabulary<SessionStatus>::entries()
{
    static const std::vector<VocabularyEntry<SessionStatus>> list = {
        {SessionStatus::Draft, "draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
        {SessionStatus::Confirmed, "confirmed", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed")},
        {SessionStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
    };
    return list;
}

template <>
const std::vector<VocabularyEntry<OrganisationType>> &Vocabulary<OrganisationType>::entries()
{
    static const std::vector<VocabularyEntry<OrganisationType>> list = {
        {OrganisationType::Academia, "academia", QT_TRANSLATE_NOOP("Vocabulary", "Academia")},
        {OrganisationType::Industry, "industry", QT_TRANSLATE_NOOP("Vocabulary", "Industry")},
        {OrganisationType::Sme, "sme", QT_TRANSLATE_NOOP("Vocabulary", "SME")},
        {OrganisationType::PatientOrganisation, "patient-organisation",
         QT_TRANSLATE_NOOP("Vocabulary", "Patient organisation")},
        {OrganisationType::PublicAuthority, "public-authority", QT_TRANSLATE_NOOP("Vocabulary", "Public authority")},
        {OrganisationType::Funder, "funder", QT_TRANSLATE_NOOP("Vocabulary", "Funder")},
        {OrganisationType::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    };
    return list;
}

template <>
const std::vector<VocabularyEntry<Role>> &Vocabulary<Role>::entries()
{
    static const std::vector<VocabularyEntry<Role>> list = {
        {Role::Speaker, "speaker", QT_TRANSLATE_NOOP("Vocabulary", "Speaker")},
        {Role::Moderator, "moderator", QT_TRANSLATE_NOOP("Vocabulary", "Moderator")},
        {Role::Panellist, "panellist", QT_TRANSLATE_NOOP("Vocabulary", "Panellist")},
        {Role::Chair, "chair", QT_TRANSLATE_NOOP("Vocabulary", "Chair")},
    };
    return list;
}

template <>
const std::vector<VocabularyEntry<ParticipantCategory>> &Vocabulary<ParticipantCategory>::entries()
{
    static const std::vector<VocabularyEntry<ParticipantCategory>> list = {
        {ParticipantCategory::Attendee, "attendee", QT_TRANSLATE_NOOP("Vocabulary", "Attendee")},
        {ParticipantCategory::Speaker, "speaker", QT_TRANSLATE_NOOP("Vocabulary", "Speaker")},
        {ParticipantCategory::Staff, "staff", QT_TRANSLATE_NOOP("Vocabulary", "Staff")},
        {ParticipantCategory::Press, "press", QT_TRANSLATE_NOOP("Vocabulary", "Press")},
        {ParticipantCategory::Vip, "vip", QT_TRANSLATE_NOOP("Vocabulary", "VIP")},
        {ParticipantCategory::Organiser, "organiser", QT_TRANSLATE_NOOP("Vocabulary", "Organiser")},
    };
    return list;
}

template <>
const std::vector<VocabularyEntry<RegistrationStatus>> &Vocabulary<RegistrationStatus>::entries()
{
    static const std::vector<VocabularyEntry<RegistrationStatus>> list = {
        {RegistrationStatus::Registered, "registered", QT_TRANSLATE_NOOP("Vocabulary", "Registered")},
        {RegistrationStatus::Waitlisted, "waitlisted", QT_TRANSLATE_NOOP("Vocabulary", "Waitlisted")},
        {RegistrationStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
    };
    return list;
}

template <>
const std::vector<VocabularyEntry<AvailabilityKind>> &Vocabulary<AvailabilityKind>::entries()
{
    static const std::vector<VocabularyEntry<AvailabilityKind>> list = {
        {AvailabilityKind::Available, "available", QT_TRANSLATE_NOOP("Vocabulary", "Available")},
        {AvailabilityKind::Preferred, "preferred", QT_TRANSLATE_NOOP("Vocabulary", "Preferred")},
    };
    return list;
}

template <>
const std::vector<VocabularyEntry<SeatsFrom>> &Vocabulary<SeatsFrom>::entries()
{
    static const std::vector<VocabularyEntry<SeatsFrom>> list = {
        {SeatsFrom::None, "none", QT_TRANSLATE_NOOP("Vocabulary", "No need")},
        {SeatsFrom::Fixed, "fixed", QT_TRANSLATE_NOOP("Vocabulary", "At least")},
        {SeatsFrom::ExpectedAudience, "expected-audience", QT_TRANSLATE_NOOP("Vocabulary", "Expected audience")},
        {SeatsFrom::Registrations, "registrations", QT_TRANSLATE_NOOP("Vocabulary", "All registrations")},
    };
    return list;
}

template struct Vocabulary<SessionType>;
template struct Vocabulary<SessionStatus>;
template struct Vocabulary<OrganisationType>;
template struct Vocabulary<Role>;
template struct Vocabulary<ParticipantCategory>;
template struct Vocabulary<RegistrationStatus>;
template struct Vocabulary<AvailabilityKind>;
template struct Vocabulary<SeatsFrom>;
