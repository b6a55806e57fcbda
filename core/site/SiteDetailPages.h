#pragma once

#include "site/SiteContent.h"

#include <QString>

// The pages besides the days: one per session and per speaker, the list of
// speakers, and the search and favourites pages that site.js fills from the
// index written at export.
class SiteDetailPages
{
public:
    explicit SiteDetailPages(const SiteContent &content) : m_content(content) {}

    QString sessionPage(const ScheduleSession &session) const;
    QString speakerPage(const SiteContent::Speaker &speaker) const;
    QString speakersPage() const;
    QString searchPage() const;
    QString favouritesPage() const;
    // search-index.js: every session and speaker as data for site.js (a
    // script, not JSON, so that it loads from file:// too).
    QString searchIndex() const;

private:
    QString sessionList(const QList<const ScheduleSession *> &sessions) const;

    const SiteContent &m_content;
};
