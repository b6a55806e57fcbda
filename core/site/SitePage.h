#pragma once

#include <QString>
#include <QStringList>

class SiteContent;

// The frame every page of the site shares: the head with its
// Content-Security-Policy (scripts from the site only, nothing inline, no
// other host), the skip link, the banner with the days, search and the other
// pages, and the footer with the downloads.
class SitePage
{
public:
    SitePage(const SiteContent &content, QString file, QString title);
    // Scripts the page needs besides site.js (the search index).
    void addScript(const QString &file) { m_scripts.append(file); }
    // `main` is the page's content, already escaped.
    QString html(const QString &main) const;

    static QString contentSecurityPolicy();

private:
    QString header() const;
    QString footer() const;

    const SiteContent &m_content;
    QString m_file;
    QString m_title;
    QStringList m_scripts;
};
