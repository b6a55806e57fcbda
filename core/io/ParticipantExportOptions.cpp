#include "io/ParticipantExportOptions.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantExportOptions)
};
} // namespace

QStringList ParticipantExportOptions::presetKeys()
{
    return {QStringLiteral("standard"), QStringLiteral("excel"), QStringLiteral("excel-europe"),
            QStringLiteral("share")};
}

QString ParticipantExportOptions::presetLabel(const QString &key)
{
    if (key == QLatin1String("standard"))
        return Tr::tr("Standard CSV (comma, UTF-8)");
    if (key == QLatin1String("excel"))
        return Tr::tr("Excel (comma, UTF-8 with BOM)");
    if (key == QLatin1String("excel-europe"))
        return Tr::tr("Excel (Europe: semicolon, UTF-8 with BOM)");
    if (key == QLatin1String("share"))
        return Tr::tr("Attendee list to share (only those who consented)");
    return key;
}

std::vector<ParticipantField> ParticipantExportOptions::sharedColumns()
{
    using F = ParticipantField;
    return {F::Title, F::FirstName, F::LastName, F::Organisation, F::OrganisationType, F::Position, F::Country,
            F::Category};
}

Result<ParticipantExportOptions> ParticipantExportOptions::preset(const QString &key)
{
    ParticipantExportOptions o;
    if (key == QLatin1String("standard"))
        return o;
    o.csv.byteOrderMark = true;
    if (key == QLatin1String("excel"))
        return o;
    if (key == QLatin1String("excel-europe")) {
        o.csv.delimiter = ';';
        return o;
    }
    if (key == QLatin1String("share")) {
        o.columns = sharedColumns();
        o.output = ConsentPolicy::Output::SharedSpreadsheet;
        return o;
    }
    return Result<ParticipantExportOptions>::failure(
        Tr::tr("“%1” is not an export preset (expected one of: %2).").arg(key, presetKeys().join(QStringLiteral(", "))));
}

Result<std::vector<ParticipantField>> ParticipantExportOptions::parseColumns(const QString &list)
{
    std::vector<ParticipantField> fields;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto field = ParticipantFields::fromKey(name.trimmed());
        if (!field)
            return Result<std::vector<ParticipantField>>::failure(
                Tr::tr("“%1” is not a participant column (expected some of: %2).")
                    .arg(name.trimmed(), ParticipantFields::keyList()));
        fields.push_back(*field);
    }
    if (fields.empty())
        return Result<std::vector<ParticipantField>>::failure(Tr::tr("No columns given."));
    return fields;
}
