#include "io/ParticipantRecordParser.h"

#include "io/FieldValueParser.h"
#include "model/RegistrationCode.h"
#include "util/ShippedTranslations.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantRecordParser)
};

// Whether the cell says the translated label; one written for both genders,
// "Referent(in)", also stands for "Referent" and "Referentin".
bool saysLabel(QStringView cell, const QString &label)
{
    if (cell.compare(label, Qt::CaseInsensitive) == 0)
        return true;
    const qsizetype open = label.lastIndexOf(QLatin1Char('('));
    if (open <= 0 || !label.endsWith(QLatin1Char(')')))
        return false;
    const QStringView base = QStringView(label).left(open);
    const QStringView ending = QStringView(label).mid(open + 1).chopped(1);
    return cell.compare(base, Qt::CaseInsensitive) == 0
           || (cell.size() == base.size() + ending.size() && cell.startsWith(base, Qt::CaseInsensitive)
               && cell.endsWith(ending, Qt::CaseInsensitive));
}

// A value of a closed list by key, English label, the label in the user's
// language or in any other language Podium ships.
template <typename E>
std::optional<E> choice(QStringView text)
{
    if (auto value = Vocabulary<E>::fromKey(text))
        return value;
    const QStringView t = text.trimmed();
    for (E value : Vocabulary<E>::values())
        if (t.compare(toLabel(value), Qt::CaseInsensitive) == 0)
            return value;
    // A sheet written in another language Podium speaks ("Referent", "Intervenant").
    for (const auto &entry : Vocabulary<E>::entries())
        for (const QString &label : ShippedTranslations::of("Vocabulary", entry.label))
            if (saysLabel(t, label))
                return entry.value;
    return std::nullopt;
}

// Trimmed, and without the apostrophe an export puts before = + - @ (see CsvWriter).
QStringView plainValue(QStringView cell)
{
    const QStringView t = cell.trimmed();
    if (t.size() > 1 && t.front() == QLatin1Char('\'')
        && QStringView(u"=+-@\t\r").contains(t.at(1)))
        return t.mid(1);
    return t;
}

// "Chioti, Anna" or "Anna Chioti".
void splitFullName(QStringView text, Person &person)
{
    const QString t = text.toString().simplified();
    const qsizetype comma = t.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        person.lastName = t.left(comma).trimmed();
        person.firstName = t.mid(comma + 1).trimmed();
        return;
    }
    const qsizetype space = t.lastIndexOf(QLatin1Char(' '));
    person.firstName = space < 0 ? QString() : t.left(space);
    person.lastName = space < 0 ? t : t.mid(space + 1);
}
} // namespace

ParticipantRecordParser::ParticipantRecordParser(ColumnMapping mapping, QTimeZone zone)
    : m_mapping(std::move(mapping)), m_zone(std::move(zone)),
      m_dateOrders(m_mapping.targets.size(), FieldValueParser::DateOrder::Guess),
      m_readAt(QDateTime::currentDateTimeUtc())
{
}

void ParticipantRecordParser::learnDateOrders(CsvReader ahead)
{
    std::vector<int> unsettled; // date columns whose order no date has proved yet
    for (int c = 0; c < int(m_mapping.targets.size()); ++c) {
        const ColumnTarget &target = m_mapping.targets[size_t(c)];
        if (target.kind == ColumnTarget::Kind::Field
            && (target.field == ParticipantField::Registered || target.field == ParticipantField::CheckedIn))
            unsettled.push_back(c);
    }
    CsvReader::Record record;
    bool slashes = false;
    for (int rows = 1; !unsettled.empty() && !ahead.atEnd(); ++rows) {
        if (!ahead.next(record) || (rows > 50 && !slashes))
            return; // a broken file is reported by the import; no slashes: nothing to settle
        for (auto it = unsettled.begin(); it != unsettled.end();) {
            const QStringView value = size_t(*it) < record.fields.size() ? record.fields[size_t(*it)] : QStringView();
            slashes = slashes || value.contains(QLatin1Char('/'));
            const auto order = FieldValueParser::provenOrder(value);
            if (order == FieldValueParser::DateOrder::Guess) {
                ++it;
                continue;
            }
            m_dateOrders[size_t(*it)] = order;
            it = unsettled.erase(it);
        }
    }
}

bool ParticipantRecordParser::isBlank(const CsvReader::Record &record)
{
    for (QStringView field : record.fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

QString ParticipantRecordParser::where(int line, int column) const
{
    return Tr::tr("line %1, column “%2”").arg(line).arg(m_mapping.headers.value(column));
}

QString ParticipantRecordParser::text(QStringView value) const
{
    // Most fields need no unquoting, so they lie in the text read: sharing
    // them saves an allocation, a copy and a free per field of a large import.
    const auto at = reinterpret_cast<quintptr>(value.data());
    const auto start = reinterpret_cast<quintptr>(m_lasting.data());
    const auto end = reinterpret_cast<quintptr>(m_lasting.data() + m_lasting.size());
    if (!m_lasting.isEmpty() && at >= start && at + quintptr(value.size()) * sizeof(QChar) <= end)
        return QString::fromRawData(value.data(), value.size());
    return value.toString();
}

ParticipantRecordParser::Parsed ParticipantRecordParser::parse(const CsvReader::Record &record) const
{
    Parsed out;
    Participant &pa = out.row.participant;
    pa.registeredAt = m_readAt;
    if (m_invalidBytes != InvalidBytes::None) {
        for (QStringView field : record.fields) {
            if (!field.contains(QChar::ReplacementCharacter))
                continue;
            if (m_invalidBytes == InvalidBytes::Refuse)
                out.problems << Tr::tr("line %1: “%2” holds bytes that are not UTF-8 (shown as �). Correct them in "
                                       "the file, or import them as � (podium-cli: --accept-invalid-bytes).")
                                    .arg(record.line)
                                    .arg(field.trimmed().toString());
            else
                out.warnings << Tr::tr("line %1: bytes that are not UTF-8 were imported as � in “%2”.")
                                    .arg(record.line)
                                    .arg(field.trimmed().toString());
            break;
        }
    }
    const int columns = int(m_mapping.targets.size());
    const int fields = int(record.fields.size());
    if (fields > columns) {
        bool extra = false;
        for (int i = columns; i < fields; ++i)
            extra = extra || !record.fields[size_t(i)].trimmed().isEmpty();
        if (extra)
            out.warnings << Tr::tr("line %1: %2 values but only %3 columns in the header; the extra values were left out.")
                                .arg(record.line)
                                .arg(fields)
                                .arg(columns);
    }
    for (int c = 0; c < columns; ++c) {
        const ColumnTarget &target = m_mapping.targets[size_t(c)];
        if (target.kind == ColumnTarget::Kind::Ignored)
            continue;
        const QStringView value = c < fields ? plainValue(record.fields[size_t(c)]) : QStringView();
        if (target.kind == ColumnTarget::Kind::FullName) {
            splitFullName(value, out.row.person);
            if (!value.isEmpty())
                out.given |= (1u << int(ParticipantField::FirstName)) | (1u << int(ParticipantField::LastName));
        } else if (target.kind == ColumnTarget::Kind::Field) {
            assign(out, target.field, value, record.line, c);
        }
    }
    if (out.row.person.lastName.isEmpty() && out.row.person.firstName.isEmpty()) {
        const int column = m_mapping.fullNameColumn() >= 0 ? m_mapping.fullNameColumn()
                                                            : m_mapping.columnOf(ParticipantField::LastName);
        out.problems << Tr::tr("%1: the name is missing.").arg(where(record.line, column));
    } else if (out.row.person.lastName.isEmpty()) {
        // One name only ("Madonna"): kept as the last name, so lists sort it.
        std::swap(out.row.person.firstName, out.row.person.lastName);
    }
    return out;
}

void ParticipantRecordParser::assign(Parsed &out, ParticipantField field, QStringView value, int line,
                                     int column) const
{
    if (value.isEmpty())
        return;
    Person &pe = out.row.person;
    Participant &pa = out.row.participant;
    auto problem = [&](const QString &why) { out.problems << QStringLiteral("%1: %2").arg(where(line, column), why); };
    auto unknown = [&](const QString &keys) {
        problem(Tr::tr("“%1” is not known (expected one of: %2).").arg(value, keys));
    };
    out.given |= 1u << int(field);
    switch (field) {
    case ParticipantField::Title: pe.title = text(value); break;
    case ParticipantField::FirstName: pe.firstName = text(value); break;
    case ParticipantField::LastName: pe.lastName = text(value); break;
    case ParticipantField::Organisation: pe.organisation = text(value); break;
    case ParticipantField::Position: pe.position = text(value); break;
    case ParticipantField::Phone: pe.phone = text(value); break;
    case ParticipantField::Country: pe.country = text(value); break;
    case ParticipantField::Dietary: pa.dietary = text(value); break;
    case ParticipantField::Accessibility: pa.accessibility = text(value); break;
    case ParticipantField::Notes: pa.notes = text(value); break;
    case ParticipantField::Email:
        pe.email = text(value);
        if (!FieldValueParser::isEmailAddress(value))
            problem(Tr::tr("“%1” is not an e-mail address.").arg(value));
        break;
    case ParticipantField::OrganisationType:
        if (auto v = choice<OrganisationType>(value))
            pe.organisationType = *v;
        else
            unknown(Vocabulary<OrganisationType>::keyList());
        break;
    case ParticipantField::Category:
        if (auto v = choice<ParticipantCategory>(value))
            pa.category = *v;
        else
            unknown(Vocabulary<ParticipantCategory>::keyList());
        break;
    case ParticipantField::Status:
        if (auto v = choice<RegistrationStatus>(value))
            pa.status = *v;
        else
            unknown(Vocabulary<RegistrationStatus>::keyList());
        break;
    case ParticipantField::Code: {
        // Codes from Podium's own exports need no normalising.
        const bool asWritten = RegistrationCode::isWellFormed(value);
        const QString code = asWritten ? text(value) : RegistrationCode::normalise(value);
        if (asWritten || RegistrationCode::isWellFormed(code)) {
            pa.code = code;
        } else {
            out.given &= ~(1u << int(field));
            out.warnings << Tr::tr("%1: “%2” is not a Podium registration code; a new code was given.")
                                .arg(where(line, column), value);
        }
        break;
    }
    case ParticipantField::ConsentList:
    case ParticipantField::ConsentPhoto:
    case ParticipantField::BadgePrinted: {
        const auto flag = FieldValueParser::flag(value);
        if (!flag) {
            problem(Tr::tr("“%1” is neither yes nor no.").arg(value));
            break;
        }
        (field == ParticipantField::ConsentList    ? pa.consentList
         : field == ParticipantField::ConsentPhoto ? pa.consentPhoto
                                                   : pa.badgePrinted) = *flag;
        break;
    }
    case ParticipantField::CheckedIn:
    case ParticipantField::Registered: {
        QDateTime &target = field == ParticipantField::CheckedIn ? pa.checkedIn : pa.registeredAt;
        if (auto time = FieldValueParser::dateTime(value, m_zone, m_dateOrders[size_t(column)])) {
            target = *time;
        } else if (auto flag = FieldValueParser::flag(value); flag && field == ParticipantField::CheckedIn) {
            target = *flag ? QDateTime::currentDateTimeUtc() : QDateTime();
        } else {
            problem(Tr::tr("“%1” is not a date (expected e.g. 2018-12-14 09:30 or 14.12.2018).").arg(value));
        }
        break;
    }
    }
}
