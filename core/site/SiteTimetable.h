#pragma once

#include "site/SiteContent.h"

#include <QString>

// A day's page: the grid (rooms across, time down, one row per five
// minutes, sessions in their track's colour) for wide screens and the same
// sessions as a list by start time for phones and printing. The grid's
// placement goes to layout.css, not to style attributes, so the site's
// Content-Security-Policy can forbid inline styles too.
class SiteTimetable
{
public:
    explicit SiteTimetable(const SiteContent &content) : m_content(content) {}

    QString dayPage(const SiteContent::Day &day) const;
    // print.html: every day as a list, each day on a page of its own when printed.
    QString printPage() const;
    // layout.css: grid sizes, session placement and track colours of every day.
    QString layoutCss() const;

    // The star that marks a favourite (site.js makes it work), shared by every page.
    static QString favouriteButton(const SiteContent &content, const ScheduleSession &session);
    // Room, track and speakers of a session as one escaped line.
    static QString sessionFacts(const SiteContent &content, const ScheduleSession &session);

private:
    QString legend(const SiteContent::Day &day) const; // the day's tracks in their colours
    QString grid(const SiteContent::Day &day) const;
    QString list(const SiteContent::Day &day) const;
    QDateTime gridStart(const SiteContent::Day &day) const;
    int row(const SiteContent::Day &day, const QDateTime &utc) const;

    const SiteContent &m_content;
};
