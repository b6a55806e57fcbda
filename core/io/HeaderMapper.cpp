#include "io/HeaderMapper.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMapper)
};

struct Aliases
{
    ColumnTarget target;
    const char *names; // squeezed, space separated
};

// Squeezed header names (see HeaderMapper::squeeze) in English, French and German.
const std::vector<Aliases> &aliases()
{
    using F = ParticipantField;
    static const std::vector<Aliases> list = {
        {ColumnTarget::of(F::Title), "title titel salutation honorific prefix titre civilite anrede akademischertitel"},
        {ColumnTarget::of(F::FirstName), "firstname first givenname forename prenom vorname rufname"},
        {ColumnTarget::of(F::LastName),
         "lastname last surname familyname nom nomdefamille nomdusage nachname familienname zuname"},
        {ColumnTarget::fullName(), "name fullname participant attendee nomcomplet nometprenom vollstandigername "
                                   "vollername teilnehmer teilnehmerin"},
        {ColumnTarget::of(F::Organisation),
         "organisation organization org company institution affiliation employer organisme societe entreprise "
         "etablissement structure firma unternehmen einrichtung arbeitgeber organisationname companyname "
         "organizationname nomdelentreprise firmenname"},
        {ColumnTarget::of(F::OrganisationType),
         "organisationtype organizationtype typeoforganisation typeoforganization sector typedorganisation "
         "typedorganisme typeorganisation secteur organisationstyp organisationsart sektor"},
        {ColumnTarget::of(F::Position),
         "position jobtitle job role function fonction poste titredeposte funktion stelle beruf berufsbezeichnung"},
        {ColumnTarget::of(F::Email),
         "email emailaddress mail mailaddress courriel adresseemail adressemail adressecourriel adresseelectronique "
         "emailadresse mailadresse mel adressemel"},
        {ColumnTarget::of(F::Phone),
         "phone phonenumber telephone tel mobile mobilephone cellphone numerodetelephone portable telefon "
         "telefonnummer handy mobilnummer handynummer mobiltelefon"},
        {ColumnTarget::of(F::Country), "country nationality pays nationalite land staat herkunftsland"},
        {ColumnTarget::of(F::Category),
         "category participantcategory participanttype attendeetype registrationtype tickettype ticket categorie "
         "typedeparticipant kategorie teilnehmerkategorie teilnehmertyp"},
        {ColumnTarget::of(F::Status), "status registrationstatus statut statutdinscription anmeldestatus"},
        {ColumnTarget::of(F::Code),
         "code registrationcode badgecode ticketcode barcode qrcode codedinscription codeinscription anmeldecode "
         "registrierungscode"},
        {ColumnTarget::of(F::Dietary),
         "dietary dietaryrequirements dietaryrestrictions dietaryneeds diet food allergies regime regimealimentaire "
         "restrictionsalimentaires ernahrung ernaehrung diat essen allergien"},
        {ColumnTarget::of(F::Accessibility),
         "accessibility accessibilityneeds access specialneeds accessibilite besoinsparticuliers barrierefreiheit"},
        {ColumnTarget::of(F::ConsentList),
         "consentlist consenttolist listconsent consent publishname consentement consentementliste "
         "accordliste einwilligung einwilligungliste zustimmung zustimmungliste"},
        {ColumnTarget::of(F::ConsentPhoto),
         "consentphoto consenttophotos photoconsent photos photo consentementphoto droitalimage fotoeinwilligung "
         "fotos foto einwilligungfotos"},
        {ColumnTarget::of(F::CheckedIn), "checkedin checkin arrived arrivee enregistre eingecheckt angekommen"},
        {ColumnTarget::of(F::BadgePrinted), "badgeprinted badge badgeimprime namensschildgedruckt badgegedruckt"},
        {ColumnTarget::of(F::Notes),
         "notes note comments comment remarks remarques remarque commentaire commentaires bemerkungen bemerkung "
         "anmerkungen notizen"},
        {ColumnTarget::of(F::Registered),
         "registered registrationdate registeredat dateofregistration registeredon dateinscription "
         "datedinscription inscription anmeldedatum registriert registrierungsdatum"},
    };
    return list;
}

const QHash<QString, ColumnTarget> &aliasIndex()
{
    static const QHash<QString, ColumnTarget> index = [] {
        QHash<QString, ColumnTarget> h;
        for (const Aliases &a : aliases())
            for (const QString &name : QString::fromLatin1(a.names).split(QLatin1Char(' ')))
                h.insert(name, a.target);
        return h;
    }();
    return index;
}

std::optional<ColumnTarget> targetFromKey(const QString &text)
{
    const QString key = HeaderMapper::squeeze(text);
    if (key == QLatin1String("ignore") || key == QLatin1String("skip") || key.isEmpty())
        return ColumnTarget::ignored();
    if (key == QLatin1String("name") || key == QLatin1String("fullname"))
        return ColumnTarget::fullName();
    if (auto field = ParticipantFields::fromKey(text))
        return ColumnTarget::of(*field);
    return std::nullopt;
}
} // namespace

QString HeaderMapper::squeeze(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

std::optional<ColumnTarget> HeaderMapper::guess(const QString &header)
{
    const QString key = squeeze(header);
    if (key.isEmpty())
        return std::nullopt;
    const auto it = aliasIndex().constFind(key);
    if (it != aliasIndex().cend())
        return *it;
    // Our own export's headers, in English or in the user's language.
    for (ParticipantField field : ParticipantFields::all())
        if (key == squeeze(ParticipantFields::label(field)) || key == squeeze(ParticipantFields::key(field)))
            return ColumnTarget::of(field);
    return std::nullopt;
}

Result<int> HeaderMapper::applyOverride(ColumnMapping &mapping, const QString &assignment)
{
    using R = Result<int>;
    const qsizetype eq = assignment.lastIndexOf(QLatin1Char('='));
    if (eq <= 0)
        return R::failure(Tr::tr("--map “%1”: expected COLUMN=field, e.g. \"Nom=last_name\".").arg(assignment));
    const QString column = assignment.left(eq).trimmed();
    const QString fieldText = assignment.mid(eq + 1).trimmed();
    int index = int(mapping.headers.indexOf(column));
    for (int i = 0; index < 0 && i < mapping.headers.size(); ++i)
        if (mapping.headers[i].trimmed().compare(column, Qt::CaseInsensitive) == 0)
            index = i;
    if (index < 0) {
        bool number = false;
        const int n = column.toInt(&number);
        if (number && n >= 1 && n <= mapping.headers.size())
            index = n - 1;
    }
    if (index < 0)
        return R::failure(Tr::tr("--map “%1”: the file has no column “%2” (its columns: %3).")
                                   .arg(assignment, column, mapping.headers.join(QStringLiteral(", "))));
    const auto target = targetFromKey(fieldText);
    if (!target)
        return R::failure(Tr::tr("--map “%1”: “%2” is not a participant field (expected one of: %3, name, ignore).")
                                   .arg(assignment, fieldText, ParticipantFields::keyList()));
    // The field moves to this column (away from the column it was guessed for).
    if (target->kind != ColumnTarget::Kind::Ignored)
        for (ColumnTarget &other : mapping.targets)
            if (other == *target)
                other = ColumnTarget::ignored();
    mapping.targets[size_t(index)] = *target;
    return index;
}

Status HeaderMapper::check(const ColumnMapping &mapping)
{
    for (size_t i = 0; i < mapping.targets.size(); ++i) {
        if (mapping.targets[i].kind == ColumnTarget::Kind::Ignored)
            continue;
        for (size_t j = i + 1; j < mapping.targets.size(); ++j)
            if (mapping.targets[j] == mapping.targets[i])
                return Status::failure(Tr::tr("Columns “%1” and “%2” both hold “%3”: import one of them only.")
                                           .arg(mapping.headers[int(i)], mapping.headers[int(j)],
                                                mapping.targets[i].label()));
    }
    if (mapping.columnOf(ParticipantField::LastName) < 0 && mapping.fullNameColumn() < 0)
        return Status::failure(Tr::tr("No column holds the last name (found: %1). Name the column “Last name”, "
                                      "“Nom” or “Nachname”, or map it with --map COLUMN=last_name.")
                                   .arg(mapping.headers.join(QStringLiteral(", "))));
    return {};
}

// Two columns named alike ("Email" twice) would hold the same field: refused unless --map says
// what one of them holds, as Podium cannot tell which one the user means.
Status HeaderMapper::checkNamesDiffer(const ColumnMapping &mapping, const QList<int> &mapped)
{
    for (int i = 0; i < mapping.headers.size(); ++i) {
        const QString key = squeeze(mapping.headers[i]);
        if (mapped.contains(i) || !guess(mapping.headers[i]))
            continue;
        for (int j = i + 1; j < mapping.headers.size(); ++j)
            if (!mapped.contains(j) && squeeze(mapping.headers[j]) == key)
                return Status::failure(Tr::tr("Columns %1 and %2 are both named “%3”, and Podium cannot tell "
                                              "which one to import. Rename one, or leave one out with "
                                              "--map %2=ignore.")
                                           .arg(i + 1)
                                           .arg(j + 1)
                                           .arg(mapping.headers[i]));
    }
    return {};
}

Result<ColumnMapping> HeaderMapper::map(const QStringList &headers, const QStringList &overrides)
{
    ColumnMapping mapping;
    mapping.headers = headers;
    for (const QString &header : headers) {
        auto target = guess(header).value_or(ColumnTarget::ignored());
        // A second column with a name already taken ("Email 2") stays out.
        const bool taken = target.kind != ColumnTarget::Kind::Ignored
            && std::find(mapping.targets.begin(), mapping.targets.end(), target) != mapping.targets.end();
        mapping.targets.push_back(taken ? ColumnTarget::ignored() : target);
    }
    // "Name" beside "Vorname"/"First name" is the family name (German forms).
    const int fullName = mapping.fullNameColumn();
    if (fullName >= 0 && mapping.columnOf(ParticipantField::FirstName) >= 0
        && mapping.columnOf(ParticipantField::LastName) < 0)
        mapping.targets[size_t(fullName)] = ColumnTarget::of(ParticipantField::LastName);
    QList<int> mapped; // the columns --map names
    const std::vector<ColumnTarget> guessed = mapping.targets;
    for (const QString &assignment : overrides) {
        auto column = applyOverride(mapping, assignment);
        if (!column)
            return Result<ColumnMapping>::failure(column.error());
        mapped << column.value();
    }
    // A field --map took away from its column goes to the next column named for it ("Email" twice).
    for (int i = 0; i < headers.size(); ++i) {
        const auto target = guess(headers[i]);
        const auto holds = [&](const std::vector<ColumnTarget> &targets) {
            return std::find(targets.begin(), targets.end(), *target) != targets.end();
        };
        if (target && !mapped.contains(i) && mapping.targets[size_t(i)].kind == ColumnTarget::Kind::Ignored
            && holds(guessed) && !holds(mapping.targets))
            mapping.targets[size_t(i)] = *target;
    }
    if (Status s = checkNamesDiffer(mapping, mapped); !s)
        return Result<ColumnMapping>::failure(s.error());
    if (Status s = check(mapping); !s)
        return Result<ColumnMapping>::failure(s.error());
    return mapping;
}
