#include "io/CsvField.h"

#include "io/FormulaStart.h"

QString CsvField::neutralised(const QString &value)
{
    return FormulaStart::in(QStringView(value)) ? QLatin1Char('\'') + value : value;
}

QString CsvField::quoted(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvField::record(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << quoted(neutralised(f));
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}
