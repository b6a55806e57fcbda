#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// The interface texts of the exported web site in the language chosen at
// export (English, French or German), apart from the GUI's language: an
// organiser in Luxembourg may run Podium in German and publish in French.
class SiteText
{
public:
    enum Key {
        SkipToProgramme, Days, Search, SearchPlaceholder, SearchButton, Speakers, Favourites, Changes,
        Downloads, Calendar, FrabXml, FrabJson, TimesIn, Room, Track, Speaker, Abstract, Description, Links,
        NotRecorded, Favourite, Timetable, List, NoResults, NoFavourites, FirstExport, Added, Removed, Moved,
        Retitled, RoomChanged, SpeakersChanged, NoChanges, ChangesSince, SessionsOf, Programme, MadeWith,
        SearchHint, PrintProgramme, When, WebPage, KeyCount
    };

    // "en", "fr" or "de" (also "fr_LU", "de-DE"...); nothing for another language.
    static std::optional<SiteText> forLanguage(const QString &language);
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")}; }

    QString operator()(Key key) const;
    QString language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }

private:
    SiteText(int column, QString language, QLocale locale)
        : m_column(column), m_language(std::move(language)), m_locale(std::move(locale)) {}
    int m_column;
    QString m_language;
    QLocale m_locale;
};
