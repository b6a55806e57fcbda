#include "site/HtmlText.h"

#include <QRegularExpression>
#include <QUrl>

QString HtmlText::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QString HtmlText::paragraphs(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    QString out;
    const QString normalised = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (const QString &paragraph : normalised.split(blankLine, Qt::SkipEmptyParts)) {
        const QString trimmed = paragraph.trimmed();
        if (!trimmed.isEmpty())
            out += QLatin1String("<p>") + escape(trimmed).replace(QLatin1Char('\n'), QLatin1String("<br>"))
                + QLatin1String("</p>\n");
    }
    return out;
}

QString HtmlText::safeHref(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")
                              && scheme != QLatin1String("mailto")))
        return QString();
    return escape(QString::fromUtf8(parsed.toEncoded()));
}
