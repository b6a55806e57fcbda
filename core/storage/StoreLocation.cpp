#include "storage/StoreLocation.h"

#include <QRegularExpression>
#include <QUrl>

namespace {
// The query parameters of a URI (after '?'), as written.
QStringList parametersOf(const QString &uri)
{
    const qsizetype question = uri.indexOf(QLatin1Char('?'));
    return question < 0 ? QStringList() : uri.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
}

QString withParameters(const QString &uri, const QStringList &parameters)
{
    const QString base = uri.section(QLatin1Char('?'), 0, 0);
    return parameters.isEmpty() ? base : base + QLatin1Char('?') + parameters.join(QLatin1Char('&'));
}

QString keyOf(const QString &parameter)
{
    return parameter.section(QLatin1Char('='), 0, 0);
}
} // namespace

StoreLocation StoreLocation::parse(const QString &text)
{
    StoreLocation location;
    location.m_text = text;
    location.m_server = text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
                        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    return location;
}

QString StoreLocation::path() const
{
    return m_server ? QString() : m_text;
}

QString StoreLocation::uri() const
{
    return m_server ? m_text : QString();
}

QString StoreLocation::event() const
{
    if (!m_server)
        return {};
    for (const QString &parameter : parametersOf(m_text))
        if (keyOf(parameter) == QLatin1String("event"))
            return QUrl::fromPercentEncoding(parameter.section(QLatin1Char('='), 1).toUtf8());
    return {};
}

QString StoreLocation::withoutPassword() const
{
    if (!m_server)
        return m_text;
    // postgresql://USER:PASSWORD@HOST... -> postgresql://USER@HOST...
    static const QRegularExpression userInfo(QStringLiteral("^(postgres(?:ql)?://[^:@/?]*):[^@/?]*@"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString uri = m_text;
    uri.replace(userInfo, QStringLiteral("\\1@"));
    QStringList kept;
    for (const QString &parameter : parametersOf(uri))
        if (keyOf(parameter) != QLatin1String("password"))
            kept << parameter;
    return withParameters(uri, kept);
}

QString StoreLocation::withEvent(const QString &event) const
{
    if (!m_server)
        return m_text;
    QStringList kept;
    for (const QString &parameter : parametersOf(m_text))
        if (keyOf(parameter) != QLatin1String("event"))
            kept << parameter;
    if (!event.isEmpty())
        kept << QStringLiteral("event=") + QString::fromUtf8(QUrl::toPercentEncoding(event));
    return withParameters(m_text, kept);
}

QString StoreLocation::serverOnly() const
{
    return parse(withEvent(QString())).withoutPassword();
}
