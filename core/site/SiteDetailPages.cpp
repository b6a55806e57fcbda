#include "site/SiteDetailPages.h"

#include "site/HtmlText.h"
#include "site/SitePage.h"
#include "site/SiteTimetable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString definition(const QString &term, const QString &escapedValue)
{
    return QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(HtmlText::escape(term), escapedValue);
}
} // namespace

QString SiteDetailPages::sessionPage(const ScheduleSession &s) const
{
    const SiteText &t = m_content.text();
    SitePage page(m_content, m_content.sessionFile(s), s.title);
    const QDate day = m_content.schedule().dayOf(s.start);
    QString dayFile;
    for (const SiteContent::Day &d : m_content.days())
        if (d.date == day)
            dayFile = d.file;
    QString main = QStringLiteral("<article class=\"session t%1\">\n<h1>%2</h1>\n")
                       .arg(m_content.trackIndex(s.track) + 1)
                       .arg(HtmlText::escape(s.title));
    if (!s.subtitle.isEmpty())
        main += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(HtmlText::escape(s.subtitle));
    main += SiteTimetable::favouriteButton(m_content, s);
    main += QStringLiteral("<dl class=\"facts\">\n");
    main += definition(t(SiteText::When), QStringLiteral("<a href=\"%1\">%2</a>, <time datetime=\"%3\">%4</time>")
                                              .arg(dayFile, HtmlText::escape(m_content.longDate(day)),
                                                   m_content.local(s.start).toString(Qt::ISODate),
                                                   m_content.timeRange(s)));
    main += definition(t(SiteText::Room), HtmlText::escape(s.room));
    if (!s.track.isEmpty())
        main += definition(t(SiteText::Track), HtmlText::escape(s.track));
    if (!s.persons.isEmpty()) {
        QStringList names;
        for (const SchedulePerson &p : s.persons)
            names.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(m_content.speakerFile(p), HtmlText::escape(p.name)));
        main += definition(t(SiteText::Speaker), names.join(QStringLiteral(", ")));
    }
    main += QStringLiteral("</dl>\n");
    if (s.recordingOptOut)
        main += QStringLiteral("<p class=\"recording\">%1</p>\n").arg(t(SiteText::NotRecorded));
    if (!s.abstract.isEmpty())
        main += QStringLiteral("<section><h2>%1</h2>\n%2</section>\n")
                    .arg(t(SiteText::Abstract), HtmlText::paragraphs(s.abstract));
    if (!s.description.isEmpty() && s.description != s.abstract)
        main += QStringLiteral("<section><h2>%1</h2>\n%2</section>\n")
                    .arg(t(SiteText::Description), HtmlText::paragraphs(s.description));
    QString links;
    QList<SessionLink> all;
    if (!s.url.isEmpty())
        all.append({s.url, t(SiteText::WebPage)});
    all += s.links;
    all += s.attachments;
    for (const SessionLink &l : all) {
        const QString href = HtmlText::safeHref(l.url);
        if (!href.isEmpty())
            links += QStringLiteral("<li><a href=\"%1\" rel=\"noopener\">%2</a></li>")
                         .arg(href, HtmlText::escape(l.title.isEmpty() ? l.url : l.title));
    }
    if (!links.isEmpty())
        main += QStringLiteral("<section><h2>%1</h2>\n<ul>%2</ul></section>\n").arg(t(SiteText::Links), links);
    main += QStringLiteral("</article>\n");
    return page.html(main);
}

QString SiteDetailPages::sessionList(const QList<const ScheduleSession *> &sessions) const
{
    QString html = QStringLiteral("<ul class=\"sessions\">\n");
    for (const ScheduleSession *s : sessions)
        html += QStringLiteral("<li class=\"item t%1\"><a href=\"%2\">%3</a> <span class=\"facts\">%4, %5 · %6</span>%7</li>\n")
                    .arg(m_content.trackIndex(s->track) + 1)
                    .arg(m_content.sessionFile(*s), HtmlText::escape(s->title),
                         HtmlText::escape(m_content.shortDate(m_content.schedule().dayOf(s->start))),
                         m_content.timeRange(*s), SiteTimetable::sessionFacts(m_content, *s),
                         SiteTimetable::favouriteButton(m_content, *s));
    return html + QStringLiteral("</ul>\n");
}

QString SiteDetailPages::speakerPage(const SiteContent::Speaker &speaker) const
{
    SitePage page(m_content, speaker.file, speaker.name);
    return page.html(QStringLiteral("<h1>%1</h1>\n<h2>%2</h2>\n").arg(HtmlText::escape(speaker.name),
                                                                   m_content.text()(SiteText::SessionsOf))
                     + sessionList(speaker.sessions));
}

QString SiteDetailPages::speakersPage() const
{
    const SiteText &t = m_content.text();
    SitePage page(m_content, QStringLiteral("speakers.html"), t(SiteText::Speakers));
    QString html = QStringLiteral("<h1>%1</h1>\n<ul class=\"speakers\">\n").arg(t(SiteText::Speakers));
    for (const SiteContent::Speaker &s : m_content.speakers())
        html += QStringLiteral("<li><a href=\"%1\">%2</a></li>\n").arg(s.file, HtmlText::escape(s.name));
    return page.html(html + QStringLiteral("</ul>\n"));
}

QString SiteDetailPages::searchPage() const
{
    const SiteText &t = m_content.text();
    SitePage page(m_content, QStringLiteral("search.html"), t(SiteText::Search));
    page.addScript(QStringLiteral("search-index.js"));
    return page.html(QStringLiteral("<h1>%1</h1>\n<p class=\"note\">%2</p>\n"
                                    "<p id=\"search-status\" role=\"status\" data-none=\"%3\" data-favourite=\"%4\"></p>\n"
                                    "<ul id=\"search-results\" class=\"sessions\"></ul>\n")
                         .arg(t(SiteText::Search), t(SiteText::SearchHint), t(SiteText::NoResults),
                              t(SiteText::Favourite)));
}

QString SiteDetailPages::favouritesPage() const
{
    const SiteText &t = m_content.text();
    SitePage page(m_content, QStringLiteral("favourites.html"), t(SiteText::Favourites));
    page.addScript(QStringLiteral("search-index.js"));
    return page.html(QStringLiteral("<h1>%1</h1>\n<p id=\"favourites-status\" role=\"status\" data-none=\"%2\" data-favourite=\"%3\"></p>\n"
                                    "<ul id=\"favourites-results\" class=\"sessions\"></ul>\n")
                         .arg(t(SiteText::Favourites), t(SiteText::NoFavourites), t(SiteText::Favourite)));
}

QString SiteDetailPages::searchIndex() const
{
    QJsonArray sessions;
    for (const ScheduleSession *s : m_content.sessions()) {
        QStringList names;
        for (const SchedulePerson &p : s->persons)
            names.append(p.name);
        sessions.append(QJsonObject{
            {QStringLiteral("g"), s->guid.isEmpty() ? m_content.sessionKey(*s) : s->guid},
            {QStringLiteral("t"), s->title},
            {QStringLiteral("p"), names.join(QStringLiteral(", "))},
            {QStringLiteral("r"), s->room},
            {QStringLiteral("k"), s->track},
            {QStringLiteral("w"), m_content.shortDate(m_content.schedule().dayOf(s->start)) + QStringLiteral(", ")
                                      + m_content.timeRange(*s)},
            {QStringLiteral("u"), m_content.sessionFile(*s)},
            {QStringLiteral("c"), m_content.trackIndex(s->track) + 1},
        });
    }
    QJsonArray speakers;
    for (const SiteContent::Speaker &s : m_content.speakers())
        speakers.append(QJsonObject{{QStringLiteral("n"), s.name}, {QStringLiteral("u"), s.file}});
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("sessions"), sessions},
                                                      {QStringLiteral("speakers"), speakers}})
                                .toJson(QJsonDocument::Compact);
    // "</script>" cannot end anything in a separate file, but keep "<" out anyway.
    return QStringLiteral("window.podiumIndex = %1;\n").arg(QString::fromUtf8(json).replace(QLatin1Char('<'), QLatin1String("\\u003c")));
}
