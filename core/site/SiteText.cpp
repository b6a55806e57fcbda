#include "site/SiteText.h"

namespace {
struct Row
{
    SiteText::Key key;
    const char *text[3]; // en, fr, de
};

// One row per key (in any order).
const Row rows[] = {
    {SiteText::SkipToProgramme, {"Skip to the programme", "Aller au programme", "Zum Programm springen"}},
    {SiteText::Days, {"Days", "Jours", "Tage"}},
    {SiteText::Search, {"Search", "Recherche", "Suche"}},
    {SiteText::SearchPlaceholder, {"Sessions, speakers, rooms", "Sessions, intervenants, salles", "Sessions, Vortragende, Räume"}},
    {SiteText::SearchButton, {"Search", "Chercher", "Suchen"}},
    {SiteText::Speakers, {"Speakers", "Intervenants", "Vortragende"}},
    {SiteText::Favourites, {"My favourites", "Mes favoris", "Meine Favoriten"}},
    {SiteText::Changes, {"What changed", "Modifications", "Änderungen"}},
    {SiteText::Downloads, {"Downloads", "Téléchargements", "Downloads"}},
    {SiteText::Calendar, {"Calendar (iCalendar)", "Calendrier (iCalendar)", "Kalender (iCalendar)"}},
    {SiteText::FrabXml, {"Schedule XML (frab)", "Programme XML (frab)", "Fahrplan XML (frab)"}},
    {SiteText::FrabJson, {"Schedule JSON (frab)", "Programme JSON (frab)", "Fahrplan JSON (frab)"}},
    {SiteText::TimesIn, {"All times in %1.", "Toutes les heures sont en %1.", "Alle Zeiten in %1."}},
    {SiteText::Room, {"Room", "Salle", "Raum"}},
    {SiteText::Track, {"Track", "Thème", "Track"}},
    {SiteText::Speaker, {"Speakers", "Intervenants", "Vortragende"}},
    {SiteText::Abstract, {"Abstract", "Résumé", "Zusammenfassung"}},
    {SiteText::Description, {"Description", "Description", "Beschreibung"}},
    {SiteText::Links, {"Links", "Liens", "Links"}},
    {SiteText::NotRecorded, {"This session is not recorded.", "Cette session n’est pas enregistrée.",
                             "Diese Session wird nicht aufgezeichnet."}},
    {SiteText::Favourite, {"Favourite", "Favori", "Favorit"}},
    {SiteText::Timetable, {"Timetable", "Grille horaire", "Zeitplan"}},
    {SiteText::List, {"List", "Liste", "Liste"}},
    {SiteText::NoResults, {"Nothing found.", "Aucun résultat.", "Nichts gefunden."}},
    {SiteText::NoFavourites, {"No favourites yet: mark sessions with the star.",
                              "Pas encore de favoris : marquez des sessions avec l’étoile.",
                              "Noch keine Favoriten: markieren Sie Sessions mit dem Stern."}},
    {SiteText::FirstExport, {"This is the first published version of the programme.",
                             "Ceci est la première version publiée du programme.",
                             "Dies ist die erste veröffentlichte Fassung des Programms."}},
    {SiteText::Added, {"New", "Nouveau", "Neu"}},
    {SiteText::Removed, {"Removed", "Supprimé", "Entfallen"}},
    {SiteText::Moved, {"Moved", "Déplacé", "Verschoben"}},
    {SiteText::Retitled, {"Renamed", "Renommé", "Umbenannt"}},
    {SiteText::RoomChanged, {"Room changed", "Changement de salle", "Raumwechsel"}},
    {SiteText::SpeakersChanged, {"Speakers changed", "Intervenants modifiés", "Vortragende geändert"}},
    {SiteText::NoChanges, {"Nothing changed since the previous version.", "Rien n’a changé depuis la version précédente.",
                           "Seit der vorigen Fassung hat sich nichts geändert."}},
    {SiteText::ChangesSince, {"Changes since the version of %1", "Modifications depuis la version du %1",
                              "Änderungen seit der Fassung vom %1"}},
    {SiteText::SessionsOf, {"Sessions", "Sessions", "Sessions"}},
    {SiteText::Programme, {"Programme", "Programme", "Programm"}},
    {SiteText::MadeWith, {"Published with Podium on %1.", "Publié avec Podium le %1.", "Veröffentlicht mit Podium am %1."}},
    {SiteText::SearchHint, {"Type a title, a name, a room or a track.", "Tapez un titre, un nom, une salle ou un thème.",
                            "Geben Sie einen Titel, einen Namen, einen Raum oder einen Track ein."}},
    {SiteText::PrintProgramme, {"Printable programme", "Programme à imprimer", "Programm zum Drucken"}},
    {SiteText::When, {"When", "Quand", "Wann"}},
    {SiteText::WebPage, {"The session’s web page", "La page web de la session", "Die Webseite der Session"}},
};
static_assert(sizeof(rows) / sizeof(rows[0]) == SiteText::KeyCount, "one row per SiteText::Key");
} // namespace

std::optional<SiteText> SiteText::forLanguage(const QString &language)
{
    const QString code = language.left(2).toLower();
    // 24-hour times and day-first dates for every language: an event's programme, not a US calendar.
    if (code == QLatin1String("en"))
        return SiteText(0, code, QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (code == QLatin1String("fr"))
        return SiteText(1, code, QLocale(QLocale::French, QLocale::France));
    if (code == QLatin1String("de"))
        return SiteText(2, code, QLocale(QLocale::German, QLocale::Germany));
    return std::nullopt;
}

QString SiteText::operator()(Key key) const
{
    for (const Row &row : rows)
        if (row.key == key)
            return QString::fromUtf8(row.text[m_column]);
    return QString();
}
