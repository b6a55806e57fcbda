#include "site/SiteTimetable.h"

#include "site/HtmlText.h"
#include "site/SitePage.h"

#include <QHash>

#include <algorithm>
#include <set>

namespace {
constexpr int minutesPerRow = 5;
constexpr int rowsPerLabel = 6; // a time label every half hour

QString speakerNames(const ScheduleSession &session)
{
    QStringList names;
    for (const SchedulePerson &p : session.persons)
        names.append(HtmlText::escape(p.name));
    return names.join(QStringLiteral(", "));
}
} // namespace

QString SiteTimetable::favouriteButton(const SiteContent &content, const ScheduleSession &session)
{
    const QString label = content.text()(SiteText::Favourite);
    return QStringLiteral("<button type=\"button\" class=\"fav\" data-guid=\"%1\" aria-pressed=\"false\" "
                          "title=\"%2\"><span aria-hidden=\"true\">★</span><span class=\"visually-hidden\">%2: %3</span>"
                          "</button>")
        .arg(HtmlText::escape(session.guid.isEmpty() ? content.sessionKey(session) : session.guid), label,
             HtmlText::escape(session.title));
}

QString SiteTimetable::sessionFacts(const SiteContent &content, const ScheduleSession &session)
{
    QStringList facts{HtmlText::escape(session.room)};
    if (!session.track.isEmpty())
        facts.append(HtmlText::escape(session.track));
    if (!session.persons.isEmpty())
        facts.append(speakerNames(session));
    Q_UNUSED(content)
    return facts.join(QStringLiteral(" · "));
}

QString SiteTimetable::dayPage(const SiteContent::Day &day) const
{
    SitePage page(m_content, day.file, m_content.longDate(day.date));
    const SiteText &t = m_content.text();
    QString main = QStringLiteral("<h1>%1</h1>\n<p class=\"note\">%2</p>\n")
                       .arg(HtmlText::escape(m_content.longDate(day.date)),
                            HtmlText::escape(t(SiteText::TimesIn).arg(m_content.zoneName())));
    if (day.sessions.isEmpty())
        return page.html(main);
    main += legend(day) + grid(day) + list(day);
    return page.html(main);
}

QString SiteTimetable::legend(const SiteContent::Day &day) const
{
    QStringList tracks;
    for (const ScheduleSession *s : day.sessions)
        if (!s->track.isEmpty() && !tracks.contains(s->track))
            tracks.append(s->track);
    if (tracks.isEmpty())
        return QString();
    std::sort(tracks.begin(), tracks.end(),
              [this](const QString &a, const QString &b) { return m_content.trackIndex(a) < m_content.trackIndex(b); });
    QString html = QStringLiteral("<ul class=\"legend\" aria-label=\"%1\">").arg(m_content.text()(SiteText::Track));
    for (const QString &track : tracks)
        html += QStringLiteral("<li class=\"t%1\">%2</li>").arg(m_content.trackIndex(track) + 1).arg(HtmlText::escape(track));
    return html + QStringLiteral("</ul>\n");
}

QString SiteTimetable::printPage() const
{
    const SiteText &t = m_content.text();
    SitePage page(m_content, QStringLiteral("print.html"), t(SiteText::PrintProgramme));
    QString main = QStringLiteral("<h1>%1</h1>\n<p class=\"note\">%2</p>\n")
                       .arg(HtmlText::escape(m_content.schedule().conference.title),
                            HtmlText::escape(t(SiteText::TimesIn).arg(m_content.zoneName())));
    for (const SiteContent::Day &day : m_content.days()) {
        if (day.sessions.isEmpty())
            continue;
        main += QStringLiteral("<section class=\"day\" aria-labelledby=\"print-%1\">\n<h2 id=\"print-%1\">%2</h2>\n")
                    .arg(day.number)
                    .arg(HtmlText::escape(m_content.longDate(day.date)))
            + list(day) + QStringLiteral("</section>\n");
    }
    return page.html(main);
}

QDateTime SiteTimetable::gridStart(const SiteContent::Day &day) const
{
    // The first session's start, back to the half hour before it.
    const QDateTime first = m_content.local(day.sessions.first()->start);
    const QTime t = first.time();
    const QTime rounded(t.hour(), t.minute() < 30 ? 0 : 30);
    return first.addSecs(rounded.secsTo(t) * -1).toUTC();
}

int SiteTimetable::row(const SiteContent::Day &day, const QDateTime &utc) const
{
    return 2 + int(gridStart(day).secsTo(utc) / (60 * minutesPerRow));
}

QString SiteTimetable::grid(const SiteContent::Day &day) const
{
    const SiteText &t = m_content.text();
    const QStringList rooms = m_content.roomsOf(day);
    QString html = QStringLiteral("<section class=\"timetable\" aria-labelledby=\"grid-%1-title\">\n"
                                  "<h2 id=\"grid-%1-title\" class=\"visually-hidden\">%2</h2>\n"
                                  "<div class=\"grid\" id=\"day-%1\">\n")
                       .arg(day.number)
                       .arg(t(SiteText::Timetable));
    for (int i = 0; i < rooms.size(); ++i)
        html += QStringLiteral("<div class=\"room c%1\">%2</div>\n").arg(i + 2).arg(HtmlText::escape(rooms.at(i)));
    QDateTime end = day.sessions.first()->end();
    for (const ScheduleSession *s : day.sessions)
        end = qMax(end, s->end());
    const int lastRow = row(day, end);
    const QDateTime start = gridStart(day);
    for (int r = 2; r < lastRow; r += rowsPerLabel) {
        const QDateTime at = start.addSecs(qint64(r - 2) * minutesPerRow * 60);
        html += QStringLiteral("<div class=\"hour\" id=\"d%1-r%2\"><time>%3</time></div>\n")
                    .arg(day.number)
                    .arg(r)
                    .arg(m_content.time(at));
    }
    QHash<QString, QDateTime> roomBusyUntil; // sessions that overlap in one room are shown offset, not hidden
    for (const ScheduleSession *s : day.sessions) {
        const int track = m_content.trackIndex(s->track);
        QDateTime &busy = roomBusyUntil[s->room];
        const bool overlaps = busy.isValid() && s->start < busy;
        busy = qMax(busy, s->end());
        html += QStringLiteral("<div class=\"slot t%1%8\" id=\"g-%2\"><a href=\"%3\"><span class=\"when\">%4</span> "
                               "<span class=\"title\">%5</span><span class=\"who\">%6</span></a>%7</div>\n")
                    .arg(track + 1)
                    .arg(m_content.sessionKey(*s), m_content.sessionFile(*s), m_content.timeRange(*s),
                         HtmlText::escape(s->title), speakerNames(*s),
                         favouriteButton(m_content, *s))
                    .arg(overlaps ? QStringLiteral(" overlap") : QString());
    }
    return html + QStringLiteral("</div>\n</section>\n");
}

QString SiteTimetable::list(const SiteContent::Day &day) const
{
    const SiteText &t = m_content.text();
    QString html = QStringLiteral("<section class=\"agenda\" aria-labelledby=\"list-%1-title\">\n"
                                  "<h2 id=\"list-%1-title\" class=\"visually-hidden\">%2</h2>\n<ol class=\"slots\">\n")
                       .arg(day.number)
                       .arg(t(SiteText::List));
    QDateTime current;
    for (const ScheduleSession *s : day.sessions) {
        if (s->start != current) {
            if (current.isValid())
                html += QStringLiteral("</ul></li>\n");
            current = s->start;
            html += QStringLiteral("<li><h3><time>%1</time></h3><ul>\n").arg(m_content.time(s->start));
        }
        html += QStringLiteral("<li class=\"item t%1\"><a href=\"%2\">%3</a> <span class=\"facts\">%4 · %5</span>%6</li>\n")
                    .arg(m_content.trackIndex(s->track) + 1)
                    .arg(m_content.sessionFile(*s), HtmlText::escape(s->title), m_content.timeRange(*s),
                         sessionFacts(m_content, *s), favouriteButton(m_content, *s));
    }
    return html + QStringLiteral("</ul></li>\n</ol>\n</section>\n");
}

QString SiteTimetable::layoutCss() const
{
    QString css = QStringLiteral("/* Written by Podium at export: the grid of each day and the track colours. */\n");
    int maxRooms = 0;
    for (const SiteContent::Day &day : m_content.days()) {
        if (day.sessions.isEmpty())
            continue;
        const int rooms = int(m_content.roomsOf(day).size());
        maxRooms = qMax(maxRooms, rooms);
        QDateTime end = day.sessions.first()->end();
        for (const ScheduleSession *s : day.sessions)
            end = qMax(end, s->end());
        const int lastRow = row(day, end);
        // At least 10rem a room (the grid scrolls sideways beyond the screen), otherwise shared out.
        css += QStringLiteral("#day-%1{grid-template-columns:4rem repeat(%2,minmax(10rem,1fr));"
                              "grid-template-rows:auto repeat(%3,minmax(.5rem,auto));min-width:%4rem}\n")
                   .arg(day.number)
                   .arg(rooms)
                   .arg(qMax(1, lastRow - 2))
                   .arg(4.5 + rooms * 10.25);
        for (int r = 2; r < lastRow; r += rowsPerLabel)
            css += QStringLiteral("#d%1-r%2{grid-row:%2/span %3}\n").arg(day.number).arg(r).arg(qMin(rowsPerLabel, lastRow - r));
        const QStringList roomNames = m_content.roomsOf(day);
        for (const ScheduleSession *s : day.sessions) {
            const int first = row(day, s->start);
            const int last = qMax(first + 1, row(day, s->end()));
            css += QStringLiteral("#g-%1{grid-row:%2/%3;grid-column:%4}\n")
                       .arg(m_content.sessionKey(*s))
                       .arg(first)
                       .arg(last)
                       .arg(roomNames.indexOf(s->room) + 2);
        }
    }
    for (int c = 2; c < maxRooms + 2; ++c)
        css += QStringLiteral(".c%1{grid-column:%1}\n").arg(c);
    css += QStringLiteral(".t0{--track:%1}\n").arg(m_content.trackColor(-1).name());
    std::set<int> used;
    for (const ScheduleSession *s : m_content.sessions())
        used.insert(m_content.trackIndex(s->track));
    for (const int i : used)
        if (i >= 0)
            css += QStringLiteral(".t%1{--track:%2}\n").arg(i + 1).arg(m_content.trackColor(i).name());
    return css;
}
