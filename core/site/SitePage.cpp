#include "site/SitePage.h"

#include "site/HtmlText.h"
#include "site/SiteContent.h"

SitePage::SitePage(const SiteContent &content, QString file, QString title)
    : m_content(content), m_file(std::move(file)), m_title(std::move(title))
{
}

QString SitePage::contentSecurityPolicy()
{
    return QStringLiteral("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                          "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; "
                          "base-uri 'none'; form-action 'self'");
}

QString SitePage::html(const QString &main) const
{
    const SiteText &t = m_content.text();
    const QString event = m_content.schedule().conference.title;
    QString head = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<meta http-equiv=\"Content-Security-Policy\" content=\"%2\">\n"
                                  "<meta name=\"color-scheme\" content=\"light dark\">\n"
                                  "<title>%3</title>\n"
                                  "<link rel=\"stylesheet\" href=\"site.css\">\n"
                                  "<link rel=\"stylesheet\" href=\"layout.css\">\n")
                       .arg(t.language(), contentSecurityPolicy(),
                            HtmlText::escape(m_title == event ? event : m_title + QStringLiteral(" – ") + event));
    for (const QString &script : m_scripts)
        head += QStringLiteral("<script src=\"%1\" defer></script>\n").arg(script);
    head += QStringLiteral("<script src=\"site.js\" defer></script>\n</head>\n");
    return head + QStringLiteral("<body>\n<a class=\"skip\" href=\"#main\">%1</a>\n").arg(t(SiteText::SkipToProgramme))
        + header() + QStringLiteral("<main id=\"main\" tabindex=\"-1\">\n") + main + QStringLiteral("</main>\n")
        + footer() + QStringLiteral("</body>\n</html>\n");
}

QString SitePage::header() const
{
    const SiteText &t = m_content.text();
    auto link = [this](const QString &file, const QString &label) {
        return QStringLiteral("<li><a href=\"%1\"%2>%3</a></li>")
            .arg(file, file == m_file ? QStringLiteral(" aria-current=\"page\"") : QString(), HtmlText::escape(label));
    };
    QString days;
    for (const SiteContent::Day &d : m_content.days())
        days += link(d.file, m_content.shortDate(d.date));
    const QString searchId = m_file == QLatin1String("search.html") ? QStringLiteral("search-input") : QStringLiteral("q");
    return QStringLiteral("<header class=\"banner\">\n<p class=\"event\"><a href=\"index.html\">%1</a></p>\n"
                          "<nav class=\"days\" aria-label=\"%2\"><ul>%3</ul></nav>\n"
                          "<nav class=\"pages\" aria-label=\"%4\"><ul>%5%6%7</ul></nav>\n"
                          "<form class=\"search\" role=\"search\" action=\"search.html\" method=\"get\">"
                          "<label for=\"%11\" class=\"visually-hidden\">%8</label>"
                          "<input id=\"%11\" name=\"q\" type=\"search\" placeholder=\"%9\" autocomplete=\"off\">"
                          "<button type=\"submit\">%10</button></form>\n</header>\n")
        .arg(HtmlText::escape(m_content.schedule().conference.title), t(SiteText::Days), days, t(SiteText::Programme),
             link(QStringLiteral("speakers.html"), t(SiteText::Speakers)),
             link(QStringLiteral("favourites.html"), t(SiteText::Favourites)),
             link(QStringLiteral("changes.html"), t(SiteText::Changes)), t(SiteText::Search),
             t(SiteText::SearchPlaceholder))
        .arg(t(SiteText::SearchButton), searchId);
}

QString SitePage::footer() const
{
    const SiteText &t = m_content.text();
    return QStringLiteral("<footer class=\"downloads\">\n<h2>%1</h2>\n<ul>"
                          "<li><a href=\"schedule.ics\" download>%2</a></li>"
                          "<li><a href=\"schedule.xml\">%3</a></li>"
                          "<li><a href=\"schedule.json\">%4</a></li>"
                          "<li><a href=\"print.html\">%6</a></li></ul>\n"
                          "<p>%5</p>\n</footer>\n")
        .arg(t(SiteText::Downloads), t(SiteText::Calendar), t(SiteText::FrabXml), t(SiteText::FrabJson),
             HtmlText::escape(t(SiteText::TimesIn).arg(m_content.zoneName())), t(SiteText::PrintProgramme));
}
