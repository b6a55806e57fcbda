#include "generate/NamePool.h"

#include <QUuid>

namespace {
const char *const firstNames[] = {
    "Anna", "Marie", "Françoise", "Zoë", "Søren", "Ørjan", "Łukasz", "Małgorzata", "José", "María José",
    "João", "Inês", "Chloé", "Hélène", "Jürgen", "Björn", "Ülkü", "Çağla", "Nikolaos", "Eleni", "Dragoș",
    "Ioana", "Tomáš", "Kateřina", "Zsófia", "Ádám", "Aoife", "Siobhán", "Pietro", "Giulia", "Luc", "Anaïs",
    "Yusuf", "Amina", "Wei", "Mei", "Hiroshi", "Yuki", "Priya", "Arjun", "Olumide", "Ngozi", "Sven", "Ingrid",
    "Rūta", "Jānis", "Maximilian", "Charlotte", "Jean-Baptiste", "Marie-Claire", "Thomas", "Sarah", "David",
    "Laura", "Kevin", "Sophie", "Paul", "Emma", "Nicolas", "Camille", "Ana", "Miguel", "Fatima", "Omar",
};
const char *const lastNames[] = {
    "Müller", "Schmitz", "Weber", "Wagner", "Hoffmann", "Dupont", "Lefèvre", "Moreau", "Fontaine", "Kowalski",
    "Wiśniewska", "Nowak", "García", "Fernández", "Rodríguez", "Silva", "Gonçalves", "Rossi", "Bianchi",
    "Papadopoulos", "Nikolaidou", "Novák", "Dvořák", "Horváth", "Nagy", "Popescu", "Ionescu", "Jensen",
    "Sørensen", "Andersson", "Lindqvist", "O'Sullivan", "Ní Bhriain", "Yılmaz", "Öztürk", "Kim", "Nguyễn",
    "Zhang", "Tanaka", "Sato", "Patel", "Okafor", "Adeyemi", "Berzina", "Kalniņš", "Schroeder", "Thill",
    "Weis", "Kremer", "Hansen", "Reuter", "Ferreira", "Costa", "Marchetti", "Van den Berg", "De Smet",
    "Janssens", "Peeters", "Clément", "Aubert", "Lambert", "Faber", "Meyer", "Klein",
};
const char *const longLastNames[] = {
    "Hohenzollern-Sigmaringen Wüstenrot", "Fernández de Córdoba y Montemayor", "Papadimitriou-Konstantinopoulou",
    "Van der Westhuizen-Oosterhuis", "Schleswig-Holstein-Sonderburg", "Rodríguez-Villanueva Echeverría",
};
const char *const titles[] = {"", "", "", "", "Dr.", "Dr.", "Prof.", "Prof. Dr.", "Mr.", "Ms."};

struct Organisation
{
    const char *name;
    OrganisationType type;
};
const Organisation organisations[] = {
    {"University of Luxembourg", OrganisationType::Academia},
    {"Luxembourg Centre for Systems Biomedicine", OrganisationType::Academia},
    {"Karolinska Institutet", OrganisationType::Academia},
    {"Université de Strasbourg", OrganisationType::Academia},
    {"Universität des Saarlandes", OrganisationType::Academia},
    {"Institut für Molekulare Medizin und Translationale Forschung der Ludwig-Maximilians-Universität München",
     OrganisationType::Academia},
    {"KU Leuven", OrganisationType::Academia},
    {"Luxembourg Institute of Health", OrganisationType::Academia},
    {"Pharmacia Nordica AB", OrganisationType::Industry},
    {"Helvetia Therapeutics AG", OrganisationType::Industry},
    {"Rhein-Main Biopharma GmbH", OrganisationType::Industry},
    {"Laboratoires Ardennes S.A.", OrganisationType::Industry},
    {"Iberia Vaccines S.L.", OrganisationType::Industry},
    {"DataCare Analytics S.à r.l.", OrganisationType::Sme},
    {"NeuroSense Devices", OrganisationType::Sme},
    {"Biomarker Solutions Luxembourg", OrganisationType::Sme},
    {"MediTwin AI", OrganisationType::Sme},
    {"Alzheimer Europe", OrganisationType::PatientOrganisation},
    {"European Patients' Academy on Therapeutic Innovation", OrganisationType::PatientOrganisation},
    {"Association Luxembourgeoise des Patients Diabétiques", OrganisationType::PatientOrganisation},
    {"Ministry of Health", OrganisationType::PublicAuthority},
    {"Ministry of the Economy", OrganisationType::PublicAuthority},
    {"Ministry of Higher Education and Research", OrganisationType::PublicAuthority},
    {"Agence nationale de sécurité du médicament", OrganisationType::PublicAuthority},
    {"Luxinnovation", OrganisationType::PublicAuthority},
    {"Fonds National de la Recherche", OrganisationType::Funder},
    {"Innovative Medicines Initiative", OrganisationType::Funder},
    {"European Investment Fund", OrganisationType::Funder},
    {"Centre Hospitalier de Luxembourg", OrganisationType::Other},
};
const char *const positions[] = {
    "Researcher", "Senior Scientist", "Head of Unit", "Project Manager", "Director of R&D", "PhD Candidate",
    "Postdoctoral Fellow", "Business Developer", "Policy Officer", "Clinical Lead", "Data Steward",
    "Chief Executive Officer", "Patient Advocate", "Programme Officer", "Professor",
};
const char *const countries[] = {"LU", "LU", "LU", "BE", "DE", "FR", "NL", "CH", "SE", "ES", "IT", "PT",
                                 "PL", "GR", "IE", "DK", "AT", "CZ", "HU", "RO", "GB", "US"};
} // namespace

QString NamePool::asciiFold(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c == QChar(0x00F8) || c == QChar(0x00D8))
            out += QLatin1Char('o');
        else if (c == QChar(0x0142) || c == QChar(0x0141))
            out += QLatin1Char('l');
        else if (c == QChar(0x0131))
            out += QLatin1Char('i');
        else if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            out += QLatin1Char('-');
    }
    return out;
}

QString NamePool::uuid()
{
    // Ordered by creation (a serial number first, version 8 of RFC 9562), so
    // 100,000 new people go to the end of the unique GUID index rather than
    // all over it. The first word is drawn all the same, so that everything
    // drawn after it (names, organisations) stays as it was for a seed.
    QUuid id;
    m_random.generate();
    id.data1 = ++m_uuidSerial;
    id.data2 = ushort(m_random.generate());
    id.data3 = ushort((m_random.generate() & 0x0FFF) | 0x8000); // version 8
    for (int i = 0; i < 8; ++i)
        id.data4[i] = uchar(m_random.generate());
    id.data4[0] = uchar((id.data4[0] & 0x3F) | 0x80); // RFC 4122 variant
    return id.toString(QUuid::WithoutBraces);
}

Person NamePool::person(int serial)
{
    Person p;
    p.guid = uuid();
    p.title = QString::fromUtf8(pick(titles));
    p.firstName = QString::fromUtf8(pick(firstNames));
    p.lastName = m_random.bounded(20) == 0 ? QString::fromUtf8(pick(longLastNames)) : QString::fromUtf8(pick(lastNames));
    const Organisation &org = pick(organisations);
    p.organisation = QString::fromUtf8(org.name);
    p.organisationType = org.type;
    p.position = QString::fromUtf8(pick(positions));
    p.country = QString::fromLatin1(pick(countries));
    p.email = QStringLiteral("%1.%2.%3@example.org").arg(asciiFold(p.firstName), asciiFold(p.lastName)).arg(serial);
    p.phone = QStringLiteral("+352 6%1 %2 %3")
                  .arg(m_random.bounded(10, 99))
                  .arg(m_random.bounded(100, 999))
                  .arg(m_random.bounded(100, 999));
    return p;
}
