#include "site/SiteChangesPage.h"

#include "site/HtmlText.h"
#include "site/SitePage.h"

namespace {
SiteText::Key keyOf(SiteSnapshot::Change change)
{
    switch (change) {
    case SiteSnapshot::Change::Added: return SiteText::Added;
    case SiteSnapshot::Change::Removed: return SiteText::Removed;
    case SiteSnapshot::Change::Moved: return SiteText::Moved;
    case SiteSnapshot::Change::RoomChanged: return SiteText::RoomChanged;
    case SiteSnapshot::Change::Retitled: return SiteText::Retitled;
    case SiteSnapshot::Change::SpeakersChanged: return SiteText::SpeakersChanged;
    }
    return SiteText::Changes;
}

QString when(const SiteContent &content, const SiteSnapshot::Entry &e)
{
    if (!e.start.isValid())
        return QString();
    return QStringLiteral("%1, %2–%3, %4")
        .arg(content.shortDate(content.schedule().dayOf(e.start)), content.time(e.start), content.time(e.end),
             e.room);
}
} // namespace

QString SiteChangesPage::html(const SiteContent &content, const SiteSnapshot &current,
                              const std::optional<SiteSnapshot> &previous)
{
    const SiteText &t = content.text();
    SitePage page(content, QStringLiteral("changes.html"), t(SiteText::Changes));
    QString main = QStringLiteral("<h1>%1</h1>\n").arg(t(SiteText::Changes));
    if (!previous)
        return page.html(main + QStringLiteral("<p>%1</p>\n").arg(t(SiteText::FirstExport)));
    const QDateTime before = previous->exportedAt().toTimeZone(content.schedule().timeZone());
    main += QStringLiteral("<p class=\"note\">%1</p>\n")
                .arg(HtmlText::escape(t(SiteText::ChangesSince)
                                          .arg(t.locale().toString(before, QStringLiteral("d MMMM yyyy, HH:mm")))));
    const QList<SiteSnapshot::Difference> differences = current.differencesFrom(*previous);
    if (differences.isEmpty())
        return page.html(main + QStringLiteral("<p>%1</p>\n").arg(t(SiteText::NoChanges)));
    main += QStringLiteral("<ul class=\"changes\">\n");
    for (const SiteSnapshot::Difference &d : differences) {
        QStringList labels;
        for (const SiteSnapshot::Change c : d.changes)
            labels.append(t(keyOf(c)));
        const bool removed = d.after.title.isEmpty() && !d.after.start.isValid();
        const SiteSnapshot::Entry &shown = removed ? d.before : d.after;
        const QString title = removed
            ? QStringLiteral("<del>%1</del>").arg(HtmlText::escape(shown.title))
            : QStringLiteral("<a href=\"%1\">%2</a>").arg(HtmlText::escape(shown.file), HtmlText::escape(shown.title));
        QString detail = HtmlText::escape(when(content, shown));
        if (!removed && d.before.start.isValid()) {
            const QString old = when(content, d.before);
            if (old != when(content, d.after))
                detail = QStringLiteral("<del>%1</del> → %2").arg(HtmlText::escape(old), detail);
            if (d.before.title != d.after.title)
                detail += QStringLiteral(" (<del>%1</del>)").arg(HtmlText::escape(d.before.title));
        }
        main += QStringLiteral("<li><strong class=\"change\">%1</strong> %2 <span class=\"facts\">%3</span></li>\n")
                    .arg(labels.join(QStringLiteral(", ")), title, detail);
    }
    return page.html(main + QStringLiteral("</ul>\n"));
}
