<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddParticipantCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnonymisationSummary</name>
    <message>
        <source>E-mail addresses: %1</source>
        <translation>E-Mail-Adressen: %1</translation>
    </message>
    <message>
        <source>Phone numbers: %1</source>
        <translation>Telefonnummern: %1</translation>
    </message>
    <message>
        <source>Names (with titles, positions and biographies): %1</source>
        <translation>Namen (mit Titeln, Positionen und Biografien): %1</translation>
    </message>
    <message>
        <source>Organisation names: %1</source>
        <translation>Namen von Organisationen: %1</translation>
    </message>
    <message>
        <source>Dietary needs: %1</source>
        <translation>Ernährungsbedürfnisse: %1</translation>
    </message>
    <message>
        <source>Accessibility needs: %1</source>
        <translation>Bedarf an Barrierefreiheit: %1</translation>
    </message>
    <message>
        <source>Registration notes: %1</source>
        <translation>Anmerkungen zur Anmeldung: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Länder: %1</translation>
    </message>
    <message>
        <source>Organisation types: %1</source>
        <translation>Organisationstypen: %1</translation>
    </message>
    <message>
        <source>  (no personal data left to remove)</source>
        <translation>  (keine personenbezogenen Daten mehr zu entfernen)</translation>
    </message>
    <message>
        <source>Registration codes, replaced by new ones: %1</source>
        <translation>Anmeldecodes, durch neue ersetzt: %1</translation>
    </message>
    <message>
        <source>Every registration stays with its category, status, consents and check-in time.</source>
        <translation>Jede Anmeldung behält Kategorie, Status, Einwilligungen und Check-in-Zeit.</translation>
    </message>
    <message>
        <source>Organisation types and countries stay, so reports can still count them.</source>
        <translation>Organisationstypen und Länder bleiben erhalten, damit Berichte sie weiterhin zählen können.</translation>
    </message>
    <message>
        <source>Organisation types and countries are cleared, except for people with a session role.</source>
        <translation>Organisationstypen und Länder werden gelöscht, außer bei Personen mit einer Rolle im Programm.</translation>
    </message>
    <message>
        <source>People with a role in a session (%1) keep their name and organisation: they are part of the programme.</source>
        <translation>Personen mit einer Rolle in einem Programmpunkt (%1) behalten Namen und Organisation: Sie sind Teil des Programms.</translation>
    </message>
    <message>
        <source>Statistics kept:</source>
        <translation>Erhaltene Statistiken:</translation>
    </message>
    <message>
        <source>Statistics (before -&gt; after):</source>
        <translation>Statistiken (vorher -&gt; nachher):</translation>
    </message>
    <message>
        <source>Registrations by category</source>
        <translation>Anmeldungen nach Kategorie</translation>
    </message>
    <message>
        <source>Registrations by organisation type</source>
        <translation>Anmeldungen nach Organisationstyp</translation>
    </message>
    <message>
        <source>Registrations by country</source>
        <translation>Anmeldungen nach Land</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>&amp;Keep organisation types and countries for reports</source>
        <translation>Organisationstypen und Länder für Berichte &amp;behalten</translation>
    </message>
    <message>
        <source>Anonymise After the Event</source>
        <translation>Nach der Veranstaltung anonymisieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anonymise “%1”?&lt;/b&gt; This removes the personal data the event no longer needs. It cannot be undone, and the undo history is cleared.</source>
        <translation>&lt;b&gt;„%1“ anonymisieren?&lt;/b&gt; Dabei werden die personenbezogenen Daten entfernt, die die Veranstaltung nicht mehr braucht. Das lässt sich nicht rückgängig machen, und der Rückgängig-Verlauf wird gelöscht.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>I understand: anonymise &amp;anyway</source>
        <translation>Verstanden: &amp;trotzdem anonymisieren</translation>
    </message>
    <message>
        <source>Will be removed:</source>
        <translation>Wird entfernt:</translation>
    </message>
    <message>
        <source>Without it, only counts by category stay; organisation types and countries of people without a session role are cleared too.</source>
        <translation>Ohne diese Option bleiben nur die Zahlen je Kategorie erhalten; Organisationstypen und Länder von Personen ohne Rolle im Programm werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymisieren</translation>
    </message>
</context>
<context>
    <name>ArrangeCommand</name>
    <message>
        <source>Place sessions on the timetable so that every hard constraint holds and the soft ones cost least (COIN-OR CBC); sessions that cannot be placed are listed with the reason. Exits 1 when some are left unplaced.</source>
        <translation>Platziert Programmpunkte so im Zeitplan, dass jede feste Bedingung erfüllt ist und die Wünsche so wenig wie möglich kosten (COIN-OR CBC); Programmpunkte, die sich nicht platzieren lassen, werden mit Grund aufgelistet. Endet mit 1, wenn einige nicht platziert sind.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Die Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>Rearrange this day only (YYYY-MM-DD); other days stay.</source>
        <translation>Nur diesen Tag neu anordnen (JJJJ-MM-TT); andere Tage bleiben.</translation>
    </message>
    <message>
        <source>Rearrange this track&apos;s sessions only (its name).</source>
        <translation>Nur die Programmpunkte dieses Themenbereichs neu anordnen (sein Name).</translation>
    </message>
    <message>
        <source>Leave scheduled sessions where they are: place unscheduled ones only.</source>
        <translation>Eingeplante Programmpunkte belassen, wo sie sind: nur nicht eingeplante platzieren.</translation>
    </message>
    <message>
        <source>Seconds to look for a better timetable (default 10).</source>
        <translation>Sekunden, die nach einem besseren Zeitplan gesucht wird (Standard 10).</translation>
    </message>
    <message>
        <source>The hours sessions may take each day (default 09:00-18:00; 10:00-04:00 runs past midnight), widened to what is already scheduled.</source>
        <translation>Die Stunden, die Programmpunkte jeden Tag belegen dürfen (Standard 09:00-18:00; 10:00-04:00 geht über Mitternacht hinaus), erweitert um bereits Eingeplantes.</translation>
    </message>
    <message>
        <source>Sessions start on this step of minutes (default 15).</source>
        <translation>Programmpunkte beginnen in diesem Minutenraster (Standard 15).</translation>
    </message>
    <message>
        <source>The programme as last published (frab/pretalx XML or JSON, or a sessions CSV, as exported): fewest changes are counted from it rather than from the current timetable.</source>
        <translation>Das zuletzt veröffentlichte Programm (frab/pretalx-XML oder -JSON oder eine Programmpunkte-CSV, wie exportiert): Die wenigsten Änderungen werden davon aus gezählt statt vom aktuellen Zeitplan.</translation>
    </message>
    <message>
        <source>Show the plan without changing the file.</source>
        <translation>Den Plan anzeigen, ohne die Datei zu ändern.</translation>
    </message>
    <message>
        <source>Print the plan as JSON (keys: applied, sessions, placed, moved, unplaced, objective, bound, optimal, seconds, changes [{kind, session {id, title}, before, after {room, start, end}, reason}]).</source>
        <translation>Den Plan als JSON ausgeben (Schlüssel: applied, sessions, placed, moved, unplaced, objective, bound, optimal, seconds, changes [{kind, session {id, title}, before, after {room, start, end}, reason}]).</translation>
    </message>
    <message>
        <source>podium-cli arrange: --day must be a date like 2027-03-15, not “%1”.</source>
        <translation>podium-cli arrange: --day muss ein Datum wie 2027-03-15 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>podium-cli arrange: --hours must be like 09:00-18:00, not “%1”.</source>
        <translation>podium-cli arrange: --hours muss wie 09:00-18:00 aussehen, nicht „%1“.</translation>
    </message>
    <message>
        <source>podium-cli arrange: no session of the event is in “%1” (sessions are matched by GUID, rooms by name).</source>
        <translation>podium-cli arrange: Kein Programmpunkt der Veranstaltung ist in „%1“ (Programmpunkte werden über die GUID zugeordnet, Räume über den Namen).</translation>
    </message>
    <message>
        <source>podium-cli arrange: the event has no track “%1” (tracks: %2).</source>
        <translation>podium-cli arrange: Die Veranstaltung hat keinen Themenbereich „%1“ (Themenbereiche: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ArrangeDialog</name>
    <message>
        <source>Arrange Unscheduled Sessions</source>
        <translation>Nicht eingeplante Programmpunkte anordnen</translation>
    </message>
    <message>
        <source>Rearrange Day / Track</source>
        <translation>Tag / Themenbereich neu anordnen</translation>
    </message>
    <message>
        <source>Places the sessions not on the timetable yet; the scheduled ones stay where they are. Every rule holds (people and rooms once at a time, availability, pins, rooms, seats, orders, breaks); wishes cost as little as they can.</source>
        <translation>Platziert die Programmpunkte, die noch nicht im Zeitplan stehen; die eingeplanten bleiben, wo sie sind. Jede Regel gilt (Personen und Räume nur einmal gleichzeitig, Verfügbarkeit, Fixierungen, Räume, Plätze, Reihenfolgen, Pausen); Wünsche kosten so wenig wie möglich.</translation>
    </message>
    <message>
        <source>Places the sessions of one day or one track again, moving as few as it can. Every rule holds; wishes cost as little as they can.</source>
        <translation>Platziert die Programmpunkte eines Tages oder Themenbereichs neu und verschiebt dabei so wenige wie möglich. Jede Regel gilt; Wünsche kosten so wenig wie möglich.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>T&amp;hemenbereich:</translation>
    </message>
    <message>
        <source>&amp;Keep scheduled sessions where they are (place unscheduled ones only)</source>
        <translation>Eingeplante Programmpunkte &amp;belassen, wo sie sind (nur nicht eingeplante platzieren)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Hours each day:</source>
        <translation>St&amp;unden pro Tag:</translation>
    </message>
    <message>
        <source>the current timetable</source>
        <translation>der aktuelle Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Published Programme</source>
        <translation>Veröffentlichtes Programm</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.csv);;All files (*)</source>
        <translation>Programme (*.xml *.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Fewest changes from:</source>
        <translation>&amp;Wenigste Änderungen gegenüber:</translation>
    </message>
    <message>
        <source>The programme as last published (a frab/pretalx XML or JSON export, or a sessions CSV): sessions moved since go back first. Empty: the current timetable.</source>
        <translation>Das zuletzt veröffentlichte Programm (ein frab/pretalx-XML- oder -JSON-Export oder eine Programmpunkte-CSV): Seitdem verschobene Programmpunkte kehren zuerst zurück. Leer: der aktuelle Zeitplan.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Search for up to:</source>
        <translation>&amp;Suchen bis zu:</translation>
    </message>
    <message>
        <source>Press Arrange to find a timetable; nothing changes until you apply it.</source>
        <translation>Klicken Sie auf „Anordnen“, um einen Zeitplan zu finden; nichts ändert sich, bevor Sie ihn übernehmen.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>“%1”: %2 → %3</source>
        <translation>„%1“: %2 → %3</translation>
    </message>
    <message>
        <source>“%1” is left unplaced: %2</source>
        <translation>„%1“ bleibt unplatziert: %2</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Übernehm&amp;en</translation>
    </message>
    <message>
        <source>Looking for a timetable…</source>
        <translation>Suche nach einem Zeitplan…</translation>
    </message>
    <message>
        <source>&amp;Stop and Keep the Best So Far</source>
        <translation>St&amp;oppen und bisher Bestes behalten</translation>
    </message>
    <message>
        <source>%1
%2 of %3 sessions placed</source>
        <translation>%1
%2 von %3 Programmpunkten platziert</translation>
    </message>
    <message>
        <source>Arranging failed.</source>
        <translation>Das Anordnen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This is the best timetable there is for these rules.</source>
        <translation>Dies ist der beste Zeitplan, den es für diese Regeln gibt.</translation>
    </message>
    <message>
        <source>It costs at most %1% more than the best possible.</source>
        <translation>Er kostet höchstens %1 % mehr als der bestmögliche.</translation>
    </message>
    <message>
        <source>Stopped early: this is the best timetable found until then.</source>
        <translation>Vorzeitig gestoppt: Dies ist der beste bis dahin gefundene Zeitplan.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) considered: </source>
        <translation>
            <numerusform>%n Programmpunkt berücksichtigt: </numerusform>
            <numerusform>%n Programmpunkte berücksichtigt: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed, </source>
        <translation>
            <numerusform>%n platziert, </numerusform>
            <numerusform>%n platziert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved, </source>
        <translation>
            <numerusform>%n verschoben, </numerusform>
            <numerusform>%n verschoben, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unplaced.</source>
        <translation>
            <numerusform>%n nicht platziert.</numerusform>
            <numerusform>%n nicht platziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Nichts würde sich ändern.</translation>
    </message>
    <message>
        <source>Every session is on the timetable already: there is nothing to place.</source>
        <translation>Alle Programmpunkte stehen bereits im Zeitplan: Es gibt nichts zu platzieren.</translation>
    </message>
    <message>
        <source>No session of this day or track may move (none there, or all pinned).</source>
        <translation>Kein Programmpunkt dieses Tages oder Themenbereichs darf verschoben werden (keiner vorhanden oder alle fixiert).</translation>
    </message>
    <message>
        <source>Placed (%1)</source>
        <translation>Platziert (%1)</translation>
    </message>
    <message>
        <source>Moved (%1)</source>
        <translation>Verschoben (%1)</translation>
    </message>
    <message>
        <source>Left unplaced (%1)</source>
        <translation>Nicht platziert (%1)</translation>
    </message>
    <message>
        <source>Rearrange Sessions</source>
        <translation>Programmpunkte neu anordnen</translation>
    </message>
</context>
<context>
    <name>ArrangeExplainer</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>at no time</source>
        <translation>zu keiner Zeit</translation>
    </message>
    <message>
        <source>every room that suits it</source>
        <translation>jeder passende Raum</translation>
    </message>
    <message>
        <source>No place is left for %1: at every time it could take, %2 is taken or one of its people is busy.</source>
        <translation>Kein Platz mehr für %1: Zu jeder möglichen Zeit ist %2 belegt oder eine der beteiligten Personen verhindert.</translation>
    </message>
    <message>
        <source>%1 lasts %2 minutes, longer than any day of the timetable.</source>
        <translation>%1 dauert %2 Minuten, länger als jeder Tag des Zeitplans.</translation>
    </message>
    <message>
        <source>%1 is available %2 only</source>
        <translation>%1 ist nur %2 verfügbar</translation>
    </message>
    <message>
        <source>%1 can be in one session at a time</source>
        <translation>%1 kann nur in einem Programmpunkt gleichzeitig sein</translation>
    </message>
    <message>
        <source>%1 both need %2, who can be in one session at a time</source>
        <translation>%1 brauchen beide %2, die nur in einem Programmpunkt gleichzeitig sein kann</translation>
    </message>
    <message>
        <source>%1 all need %2, who can be in one session at a time</source>
        <translation>%1 brauchen alle %2, die nur in einem Programmpunkt gleichzeitig sein kann</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes between two sessions</source>
        <translation>%1 braucht %2 Minuten zwischen zwei Programmpunkten</translation>
    </message>
    <message>
        <source>%1 holds one session at a time</source>
        <translation>%1 fasst einen Programmpunkt gleichzeitig</translation>
    </message>
    <message>
        <source>%1 is to stay off the timetable</source>
        <translation>%1 soll nicht in den Zeitplan</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 is pinned to %2</source>
        <translation>%1 ist auf %2 fixiert</translation>
    </message>
    <message>
        <source>%1 stays where it is (%2)</source>
        <translation>%1 bleibt, wo er ist (%2)</translation>
    </message>
    <message>
        <source>%1 must be on %2</source>
        <translation>%1 muss am %2 stattfinden</translation>
    </message>
    <message>
        <source>%1 may use no room (its allowed tracks have none)</source>
        <translation>%1 darf keinen Raum nutzen (seine erlaubten Themenbereiche haben keinen)</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>%1 must be in %2</source>
        <translation>%1 muss in %2 stattfinden</translation>
    </message>
    <message>
        <source>%1 needs %2 seats, and no room has that many</source>
        <translation>%1 braucht %2 Plätze, und kein Raum hat so viele</translation>
    </message>
    <message>
        <source>%1 needs %2 seats, which only %3 has</source>
        <translation>%1 braucht %2 Plätze, die nur %3 hat</translation>
    </message>
    <message>
        <source>%1 (%2) is kept free</source>
        <translation>%1 (%2) wird freigehalten</translation>
    </message>
    <message>
        <source>%1 must end before %2 starts</source>
        <translation>%1 muss enden, bevor %2 beginnt</translation>
    </message>
    <message>
        <source>%1 must not run at the same time</source>
        <translation>%1 dürfen nicht gleichzeitig stattfinden</translation>
    </message>
    <message>
        <source>no two sessions of %1 may run at once</source>
        <translation>keine zwei Programmpunkte von %1 dürfen gleichzeitig stattfinden</translation>
    </message>
    <message>
        <source>at most %1 sessions of %2 may run at once</source>
        <translation>höchstens %1 Programmpunkte von %2 dürfen gleichzeitig stattfinden</translation>
    </message>
</context>
<context>
    <name>ArrangeProblemBuilder</name>
    <message>
        <source>The event has no days to arrange sessions on.</source>
        <translation>Die Veranstaltung hat keine Tage, auf die Programmpunkte verteilt werden können.</translation>
    </message>
    <message>
        <source>%1 is not a day of the event (%2 to %3).</source>
        <translation>%1 ist kein Tag der Veranstaltung (%2 bis %3).</translation>
    </message>
    <message>
        <source>The event has no rooms yet: add rooms before arranging sessions.</source>
        <translation>Die Veranstaltung hat noch keine Räume: Fügen Sie Räume hinzu, bevor Sie Programmpunkte anordnen.</translation>
    </message>
    <message>
        <source>The day&apos;s hours begin and end at the same time.</source>
        <translation>Die Stunden des Tages beginnen und enden zur selben Zeit.</translation>
    </message>
</context>
<context>
    <name>ArrangeSolver</name>
    <message>
        <source>First timetable ready</source>
        <translation>Erster Zeitplan fertig</translation>
    </message>
    <message>
        <source>Looking for the best timetable</source>
        <translation>Suche nach dem besten Zeitplan</translation>
    </message>
    <message>
        <source>Making room for “%1”</source>
        <translation>Platz schaffen für „%1“</translation>
    </message>
    <message>
        <source>Improving %1, %2–%3</source>
        <translation>Verbessere %1, %2–%3</translation>
    </message>
</context>
<context>
    <name>Arranger</name>
    <message>
        <source>Finding out why sessions cannot be placed (%1)</source>
        <translation>Ermittle, warum Programmpunkte nicht platziert werden können (%1)</translation>
    </message>
</context>
<context>
    <name>AttendeeListRenderer</name>
    <message>
        <source>No participant agreed to appear on shared lists%1, so the attendee list would be empty.</source>
        <translation>Niemand%1 hat zugestimmt, auf geteilten Listen zu erscheinen; die Teilnehmerliste wäre leer.</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>%1 participants of %2 (%3) who agreed to share their name and organisation.</source>
        <translation>%1 Teilnehmende von %2 (%3), die der Weitergabe von Name und Organisation zugestimmt haben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>AvailabilityCsvReader</name>
    <message>
        <source>“person” or “room”</source>
        <translation>„Person“ oder „Raum“</translation>
    </message>
    <message>
        <source>%1 has no column %2: the header line must name the columns person or room, day, from, to and kind.</source>
        <translation>%1 hat keine Spalte %2: Die Kopfzeile muss die Spalten person oder room, day, from, to und kind benennen.</translation>
    </message>
    <message>
        <source>line %1, field “%2”: %3</source>
        <translation>Zeile %1, Feld „%2“: %3</translation>
    </message>
    <message>
        <source>a row is about a person or a room, not both.</source>
        <translation>Eine Zeile betrifft eine Person oder einen Raum, nicht beides.</translation>
    </message>
    <message>
        <source>empty: say whose availability this is.</source>
        <translation>leer: Geben Sie an, wessen Verfügbarkeit das ist.</translation>
    </message>
    <message>
        <source>empty: give the date, like 2026-12-07.</source>
        <translation>leer: Geben Sie das Datum an, etwa 2026-12-07.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2026-12-07.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es wie 2026-12-07.</translation>
    </message>
    <message>
        <source>%1 is not a day of the event (%2 to %3).</source>
        <translation>%1 ist kein Tag der Veranstaltung (%2 bis %3).</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it like 09:00.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie wie 09:00.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it like 17:30.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie wie 17:30.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of availability; write %2.</source>
        <translation>„%1“ ist keine Art von Verfügbarkeit; schreiben Sie %2.</translation>
    </message>
    <message>
        <source>the time from %1 to %2 is empty.</source>
        <translation>die Zeit von %1 bis %2 ist leer.</translation>
    </message>
    <message>
        <source>(and perhaps more: the rest of the file was not read)</source>
        <translation>(und vielleicht mehr: Der Rest der Datei wurde nicht gelesen)</translation>
    </message>
    <message>
        <source>%1 cannot be imported, nothing was changed:
%2</source>
        <translation>%1 kann nicht importiert werden, nichts wurde geändert:
%2</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>A&amp;vailable</source>
        <translation>&amp;Verfügbar</translation>
    </message>
    <message>
        <source>P&amp;referred</source>
        <translation>&amp;Bevorzugt</translation>
    </message>
    <message>
        <source>Not ava&amp;ilable</source>
        <translation>&amp;Nicht verfügbar</translation>
    </message>
    <message>
        <source>Paint the times they can be placed (key 1 in the strip).</source>
        <translation>Die Zeiten malen, zu denen sie platziert werden können (Taste 1 im Streifen).</translation>
    </message>
    <message>
        <source>Paint the times they would rather be placed (key 2).</source>
        <translation>Die Zeiten malen, zu denen sie lieber platziert werden (Taste 2).</translation>
    </message>
    <message>
        <source>Paint the times they cannot be placed (key 3, or drag with the right button).</source>
        <translation>Die Zeiten malen, zu denen sie nicht platziert werden können (Taste 3 oder mit der rechten Maustaste ziehen).</translation>
    </message>
    <message>
        <source>Al&amp;ways Available</source>
        <translation>&amp;Immer verfügbar</translation>
    </message>
    <message>
        <source>Remove every limit: available at any time of the event.</source>
        <translation>Alle Einschränkungen entfernen: jederzeit während der Veranstaltung verfügbar.</translation>
    </message>
    <message>
        <source>Paint:</source>
        <translation>Malen:</translation>
    </message>
    <message>
        <source>Available at any time: no limits are set. Paint “Not available” where they cannot be.</source>
        <translation>Jederzeit verfügbar: Es sind keine Einschränkungen gesetzt. Malen Sie „Nicht verfügbar“, wo es nicht geht.</translation>
    </message>
    <message>
        <source>Available in the green times only; dark green where preferred.</source>
        <translation>Nur in den grünen Zeiten verfügbar; dunkelgrün, wo bevorzugt.</translation>
    </message>
</context>
<context>
    <name>AvailabilityExportCommand</name>
    <message>
        <source>Export when people and rooms are available, as CSV or iCalendar free/busy.</source>
        <translation>Exportieren, wann Personen und Räume verfügbar sind, als CSV oder iCalendar-Frei/Belegt.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Die Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>The file to write (readable by you only): .csv or .ics.</source>
        <translation>Die zu schreibende Datei (nur für Sie lesbar): .csv oder .ics.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>podium-cli availability export: give the file to write with -o OUT.csv or OUT.ics.</source>
        <translation>podium-cli availability export: Geben Sie die zu schreibende Datei mit -o OUT.csv oder OUT.ics an.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>AvailabilityFormatOption</name>
    <message>
        <source>csv or ics (iCalendar free/busy); by default the file&apos;s extension decides.</source>
        <translation>csv oder ics (iCalendar-Frei/Belegt); standardmäßig entscheidet die Dateiendung.</translation>
    </message>
    <message>
        <source>“%1” must end in .csv or .ics (which decides the format), or give --format csv or ics.</source>
        <translation>„%1“ muss auf .csv oder .ics enden (das bestimmt das Format), oder geben Sie --format csv oder ics an.</translation>
    </message>
    <message>
        <source>--format is csv or ics, not “%1”.</source>
        <translation>--format ist csv oder ics, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>AvailabilityImportCommand</name>
    <message>
        <source>Import when people and rooms are available, from CSV or iCalendar free/busy.</source>
        <translation>Importieren, wann Personen und Räume verfügbar sind, aus CSV oder iCalendar-Frei/Belegt.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Die Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>A CSV file (columns person or room, day, from, to, kind) or an iCalendar file of VFREEBUSY. Each person and room it names gets exactly its times; the others keep theirs.</source>
        <translation>Eine CSV-Datei (Spalten person oder room, day, from, to, kind) oder eine iCalendar-Datei mit VFREEBUSY. Jede darin genannte Person und jeder Raum erhält genau diese Zeiten; die anderen behalten ihre.</translation>
    </message>
    <message>
        <source>Check the file and say what it would set; change nothing.</source>
        <translation>Die Datei prüfen und sagen, was sie setzen würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Would import availability of %1 from %2 (nothing was changed).</source>
        <translation>Würde die Verfügbarkeit von %1 aus %2 importieren (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>Imported availability of %1 from %2.</source>
        <translation>Verfügbarkeit von %1 aus %2 importiert.</translation>
    </message>
</context>
<context>
    <name>AvailabilityImportExport</name>
    <message>
        <source>Availability (*.csv *.ics *.ifb);;CSV (*.csv);;iCalendar free/busy (*.ics *.ifb)</source>
        <translation>Verfügbarkeit (*.csv *.ics *.ifb);;CSV (*.csv);;iCalendar-Frei/Belegt (*.ics *.ifb)</translation>
    </message>
    <message>
        <source>Import Availability</source>
        <translation>Verfügbarkeit importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sets when %2 and %3 are available (%4 times in all), replacing what they had. Everyone else keeps theirs.

Import? You can undo this.</source>
        <translation>%1 legt fest, wann %2 und %3 verfügbar sind (insgesamt %4 Zeiten), und ersetzt deren bisherige Angaben. Alle anderen behalten ihre.

Importieren? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Imported the availability of %1 and %2 from %3</source>
        <translation>Verfügbarkeit von %1 und %2 aus %3 importiert</translation>
    </message>
    <message>
        <source>-availability</source>
        <translation>-verfuegbarkeit</translation>
    </message>
    <message>
        <source>Export Availability</source>
        <translation>Verfügbarkeit exportieren</translation>
    </message>
    <message>
        <source>Exported availability to %1</source>
        <translation>Verfügbarkeit nach %1 exportiert</translation>
    </message>
    <message>
        <source>Import A&amp;vailability…</source>
        <translation>&amp;Verfügbarkeit importieren…</translation>
    </message>
    <message>
        <source>When people and rooms are available, from CSV or iCalendar free/busy</source>
        <translation>Wann Personen und Räume verfügbar sind, aus CSV oder iCalendar-Frei/Belegt</translation>
    </message>
    <message>
        <source>E&amp;xport Availability…</source>
        <translation>Verfügbarkeit e&amp;xportieren…</translation>
    </message>
    <message>
        <source>When people and rooms are available, as CSV or iCalendar free/busy</source>
        <translation>Wann Personen und Räume verfügbar sind, als CSV oder iCalendar-Frei/Belegt</translation>
    </message>
</context>
<context>
    <name>AvailabilityOwners</name>
    <message numerus="yes">
        <source>%n people are called “%1”: write their email instead.</source>
        <translation>
            <numerusform>%n Person heißt „%1“: Schreiben Sie stattdessen die E-Mail-Adresse.</numerusform>
            <numerusform>%n Personen heißen „%1“: Schreiben Sie stattdessen die E-Mail-Adresse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people have the email “%1”: write their name instead.</source>
        <translation>
            <numerusform>%n Person hat die E-Mail-Adresse „%1“: Schreiben Sie stattdessen den Namen.</numerusform>
            <numerusform>%n Personen haben die E-Mail-Adresse „%1“: Schreiben Sie stattdessen den Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>no one in the event is called or has the email “%1”.</source>
        <translation>Niemand in der Veranstaltung heißt „%1“ oder hat diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>the event has no room called “%1”.</source>
        <translation>Die Veranstaltung hat keinen Raum namens „%1“.</translation>
    </message>
</context>
<context>
    <name>AvailabilityStrip</name>
    <message>
        <source>Availability by day</source>
        <translation>Verfügbarkeit nach Tag</translation>
    </message>
    <message>
        <source>Arrow keys move, Shift+arrows select, 1 available, 2 preferred, 3 not available.</source>
        <translation>Pfeiltasten bewegen, Umschalt+Pfeiltasten wählen aus, 1 verfügbar, 2 bevorzugt, 3 nicht verfügbar.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>bevorzugt</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Outlined: %1</source>
        <translation>Umrandet: %1</translation>
    </message>
    <message>
        <source>The event has no days yet: set its first and last day in Event Properties.</source>
        <translation>Die Veranstaltung hat noch keine Tage: Legen Sie ersten und letzten Tag in den Veranstaltungseigenschaften fest.</translation>
    </message>
    <message>
        <source>%1 selected (Space paints it %2)</source>
        <translation>%1 ausgewählt (Leertaste malt es %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BadgeFace</name>
    <message>
        <source>No photos, please</source>
        <translation>Bitte keine Fotos</translation>
    </message>
</context>
<context>
    <name>BadgeRenderer</name>
    <message>
        <source>The design “%1” (%2 x %3 mm) shrinks to %4% on %5: its QR code would be %6 mm, too small for scanners at the door (at least %7 mm). Choose labels the design fits, or a design made for these.</source>
        <translation>Das Design „%1“ (%2 x %3 mm) schrumpft auf %4 % auf %5: Sein QR-Code wäre %6 mm groß, zu klein für die Scanner am Eingang (mindestens %7 mm). Wählen Sie Etiketten, auf die das Design passt, oder ein Design für diese Etiketten.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer Calibration</source>
        <translation>Druckerkalibrierung</translation>
    </message>
    <message>
        <source>Print the test page on the printer that prints your badges, measure it with a ruler and enter what you measured. Podium then moves and scales everything it prints on that printer so that badges land where the design puts them.</source>
        <translation>Drucken Sie die Testseite auf dem Drucker, der Ihre Namensschilder druckt, messen Sie sie mit einem Lineal nach und geben Sie die Messwerte ein. Podium verschiebt und skaliert dann alles, was es auf diesem Drucker druckt, sodass die Namensschilder dort landen, wo das Design sie vorsieht.</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Drucker:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Print &amp;Test Page…</source>
        <translation>&amp;Testseite drucken…</translation>
    </message>
    <message>
        <source>Test Page as P&amp;DF…</source>
        <translation>Testseite als &amp;PDF…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <source>&amp;Forget Calibration</source>
        <translation>Kalibrierung &amp;vergessen</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 mm)</source>
        <translation>%1 (%2 × %3 mm)</translation>
    </message>
    <message>
        <source>Cross A from the paper&apos;s &amp;left edge (%1 mm if exact):</source>
        <translation>Kreuz A vom &amp;linken Papierrand (%1 mm, wenn exakt):</translation>
    </message>
    <message>
        <source>Cross A from the paper&apos;s &amp;top edge (%1 mm if exact):</source>
        <translation>Kreuz A vom &amp;oberen Papierrand (%1 mm, wenn exakt):</translation>
    </message>
    <message>
        <source>&amp;Horizontal ruler, 0 to %1:</source>
        <translation>&amp;Horizontales Lineal, 0 bis %1:</translation>
    </message>
    <message>
        <source>&amp;Vertical ruler, 0 to %1:</source>
        <translation>V&amp;ertikales Lineal, 0 bis %1:</translation>
    </message>
    <message>
        <source>No correction: what is printed lands where the design puts it.</source>
        <translation>Keine Korrektur: Was gedruckt wird, landet dort, wo das Design es vorsieht.</translation>
    </message>
    <message>
        <source>%1 mm to the right</source>
        <translation>%1 mm nach rechts</translation>
    </message>
    <message>
        <source>%1 mm to the left</source>
        <translation>%1 mm nach links</translation>
    </message>
    <message>
        <source>%1 mm down</source>
        <translation>%1 mm nach unten</translation>
    </message>
    <message>
        <source>%1 mm up</source>
        <translation>%1 mm nach oben</translation>
    </message>
    <message>
        <source>Podium will move what it prints on this printer %1 and %2, and scale it to %3 % across and %4 % down.</source>
        <translation>Podium verschiebt, was es auf diesem Drucker druckt, %1 und %2 und skaliert es auf %3 % in der Breite und %4 % in der Höhe.</translation>
    </message>
    <message>
        <source>Printer calibration</source>
        <translation>Druckerkalibrierung</translation>
    </message>
    <message>
        <source>Print Test Page</source>
        <translation>Testseite drucken</translation>
    </message>
    <message>
        <source>Test Page as PDF</source>
        <translation>Testseite als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose the printer this calibration is for.</source>
        <translation>Wählen Sie den Drucker, für den diese Kalibrierung gilt.</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Printer calibration: %1

1. Measure from the paper&apos;s left edge and from its top edge to the centre of cross A (%2 mm and %3 mm if the printer is exact).
2. Measure the horizontal ruler from 0 to %4 and the vertical ruler from 0 to %5.
3. Enter the four numbers in Podium&apos;s Printer Calibration window.</source>
        <translation>Druckerkalibrierung: %1

1. Messen Sie vom linken und vom oberen Papierrand bis zur Mitte von Kreuz A (%2 mm und %3 mm, wenn der Drucker exakt ist).
2. Messen Sie das horizontale Lineal von 0 bis %4 und das vertikale Lineal von 0 bis %5.
3. Geben Sie die vier Zahlen im Podium-Fenster „Druckerkalibrierung“ ein.</translation>
    </message>
    <message>
        <source>this printer</source>
        <translation>dieser Drucker</translation>
    </message>
</context>
<context>
    <name>CertificateRenderer</name>
    <message>
        <source>Nobody has checked in yet, so there is no certificate to print (use “all registered” to print one for everyone registered).</source>
        <translation>Noch niemand ist eingecheckt, daher gibt es keine Bescheinigung zu drucken (mit „alle Angemeldeten“ erhält jede angemeldete Person eine).</translation>
    </message>
    <message>
        <source>Certificate of Attendance</source>
        <translation>Teilnahmebescheinigung</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Hiermit wird bestätigt, dass</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>teilgenommen hat an</translation>
    </message>
    <message>
        <source>held on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>held on %1 at %2</source>
        <translation>am %1 in %2</translation>
    </message>
    <message>
        <source>organised by %1</source>
        <translation>veranstaltet von %1</translation>
    </message>
    <message>
        <source>For the organisers</source>
        <translation>Für die Veranstalter</translation>
    </message>
</context>
<context>
    <name>ChangeFormatter</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>type as written</source>
        <translation>Typ wie eingegeben</translation>
    </message>
    <message>
        <source>track</source>
        <translation>Themenbereich</translation>
    </message>
    <message>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>expected attendance</source>
        <translation>erwartete Teilnehmerzahl</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>keine Aufzeichnung</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>Kurzname (Slug)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>organisation type</source>
        <translation>Organisationstyp</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>dietary needs</source>
        <translation>Ernährungsbedürfnisse</translation>
    </message>
    <message>
        <source>accessibility needs</source>
        <translation>Bedarf an Barrierefreiheit</translation>
    </message>
    <message>
        <source>on attendee lists</source>
        <translation>auf Teilnehmerlisten</translation>
    </message>
    <message>
        <source>may be photographed</source>
        <translation>darf fotografiert werden</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>angemeldet am</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>venue address</source>
        <translation>Adresse des Orts</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>day changes at</source>
        <translation>Tageswechsel um</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>created %1 %2</source>
        <translation>%1 %2 angelegt</translation>
    </message>
    <message>
        <source>deleted %1 %2</source>
        <translation>%1 %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>someone outside Podium</source>
        <translation>jemand außerhalb von Podium</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am Empfang %2</translation>
    </message>
    <message>
        <source>Changed by %1 at %2: %3.</source>
        <translation>Geändert von %1 am %2: %3.</translation>
    </message>
    <message>
        <source>Deleted by %1 at %2: your change was not saved.</source>
        <translation>Gelöscht von %1 am %2: Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>This %1 was deleted meanwhile: your change was not saved.</source>
        <translation>Dieses Element (%1) wurde inzwischen gelöscht: Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>This %1 was changed meanwhile (outside Podium&apos;s history): your change was not saved. The current values are shown; make your change again.</source>
        <translation>Dieses Element (%1) wurde inzwischen geändert (außerhalb des Verlaufs von Podium): Ihre Änderung wurde nicht gespeichert. Die aktuellen Werte werden angezeigt; nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>%1 Your change was not saved: the current values are shown; make your change again.</source>
        <translation>%1 Ihre Änderung wurde nicht gespeichert: Die aktuellen Werte werden angezeigt; nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>There is no change %1 in the history.</source>
        <translation>Der Verlauf enthält keine Änderung %1.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Only a change of a field can be reverted; a created or deleted %1 is not.</source>
        <translation>Nur die Änderung eines Feldes kann zurückgenommen werden, nicht das Anlegen oder Löschen eines Elements (%1).</translation>
    </message>
    <message>
        <source>Not reverted: %1 was changed again since, by %2 at %3.</source>
        <translation>Nicht zurückgenommen: %1 wurde seitdem erneut geändert, von %2 am %3.</translation>
    </message>
    <message>
        <source>Not reverted: the %1 no longer holds that value (or no longer exists).</source>
        <translation>Nicht zurückgenommen: Das Element (%1) hat diesen Wert nicht mehr (oder existiert nicht mehr).</translation>
    </message>
</context>
<context>
    <name>ChangeParticipantsCommand</name>
    <message numerus="yes">
        <source>Set category of %n participant(s) to %1</source>
        <translation>
            <numerusform>Kategorie von %n Teilnehmer(in) auf %1 setzen</numerusform>
            <numerusform>Kategorie von %n Teilnehmenden auf %1 setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n participant(s) to %1</source>
        <translation>
            <numerusform>Status von %n Teilnehmer(in) auf %1 setzen</numerusform>
            <numerusform>Status von %n Teilnehmenden auf %1 setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>Check in %1</source>
        <translation>%1 einchecken</translation>
    </message>
    <message>
        <source>Take back check-in of %1</source>
        <translation>Check-in von %1 zurücknehmen</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>no code was typed</source>
        <translation>es wurde kein Code eingegeben</translation>
    </message>
    <message>
        <source>unknown code %1</source>
        <translation>unbekannter Code %1</translation>
    </message>
    <message>
        <source>the registration was cancelled</source>
        <translation>die Anmeldung wurde storniert</translation>
    </message>
    <message>
        <source>already checked in at %1</source>
        <translation>bereits um %1 eingecheckt</translation>
    </message>
    <message>
        <source>already checked in on %1 at %2</source>
        <translation>bereits am %1 um %2 eingecheckt</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>auf der Warteliste</translation>
    </message>
    <message>
        <source>already checked in at desk %1 at %2</source>
        <translation>bereits am Empfang %1 um %2 eingecheckt</translation>
    </message>
    <message>
        <source>already checked in at desk %1 on %2 at %3</source>
        <translation>bereits am Empfang %1 am %2 um %3 eingecheckt</translation>
    </message>
    <message>
        <source>The check-in was not taken back: the registration was changed since (checked in again, or by another desk).</source>
        <translation>Der Check-in wurde nicht zurückgenommen: Die Anmeldung wurde seitdem geändert (erneut eingecheckt oder an einem anderen Empfang).</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>bereits eingecheckt</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation>Letzten Check-in &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Check-in taken back</source>
        <translation>Check-in zurückgenommen</translation>
    </message>
    <message>
        <source>No event open</source>
        <translation>Keine Veranstaltung geöffnet</translation>
    </message>
    <message>
        <source>Cannot check in</source>
        <translation>Check-in nicht möglich</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Dietary: %1</source>
        <translation>Ernährung: %1</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>&amp;Scan the badge, or type a name, e-mail, organisation or code, then press Enter:</source>
        <translation>Namensschild &amp;scannen oder Name, E-Mail, Organisation oder Code eingeben, dann die Eingabetaste drücken:</translation>
    </message>
    <message>
        <source>e.g. 7KQ4M2XP9T or Müller</source>
        <translation>z. B. 7KQ4M2XP9T oder Müller</translation>
    </message>
    <message>
        <source>Check in &amp;anyway</source>
        <translation>&amp;Trotzdem einchecken</translation>
    </message>
    <message>
        <source>Enter (with the search field empty)</source>
        <translation>Eingabetaste (bei leerem Suchfeld)</translation>
    </message>
    <message>
        <source>Do &amp;not check in</source>
        <translation>&amp;Nicht einchecken</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Desk mode</source>
        <translation>&amp;Empfangsmodus</translation>
    </message>
    <message>
        <source>Only this page, full screen, in large type (F11)</source>
        <translation>Nur diese Seite, im Vollbild, in großer Schrift (F11)</translation>
    </message>
    <message>
        <source>Leave &amp;desk mode</source>
        <translation>Empfangsmodus &amp;beenden</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Scan a badge, or type a few letters of a name and choose.</source>
        <translation>Scannen Sie ein Namensschild, oder tippen Sie einige Buchstaben eines Namens und wählen Sie aus.</translation>
    </message>
    <message>
        <source>Open an event (File ▸ Open) to check people in.</source>
        <translation>Öffnen Sie eine Veranstaltung (Datei ▸ Öffnen), um Personen einzuchecken.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Cannot search</source>
        <translation>Suche nicht möglich</translation>
    </message>
    <message>
        <source>checked in %1</source>
        <translation>eingecheckt: %1</translation>
    </message>
    <message>
        <source>More people match: type more of the name</source>
        <translation>Weitere Personen passen: Tippen Sie mehr vom Namen</translation>
    </message>
    <message>
        <source>No registration has the code or a name, e-mail or organisation matching “%1”.</source>
        <translation>Keine Anmeldung hat diesen Code oder einen Namen, eine E-Mail-Adresse oder Organisation, die zu „%1“ passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match</source>
        <translation>
            <numerusform>%n Person passt</numerusform>
            <numerusform>%n Personen passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one with the arrow keys or the mouse, then press Enter.</source>
        <translation>Wählen Sie eine mit den Pfeiltasten oder der Maus aus und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>%1: already here</source>
        <translation>%1: bereits da</translation>
    </message>
    <message>
        <source>%1 is on the waiting list</source>
        <translation>%1 steht auf der Warteliste</translation>
    </message>
    <message>
        <source>Check in anyway? Press Enter to let them in, Esc not to.</source>
        <translation>Trotzdem einchecken? Eingabetaste lässt die Person herein, Esc nicht.</translation>
    </message>
    <message>
        <source>%1: registration cancelled</source>
        <translation>%1: Anmeldung storniert</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Barrierefreiheit: %1</translation>
    </message>
    <message>
        <source>Checked in although %1.</source>
        <translation>Eingecheckt trotz: %1.</translation>
    </message>
    <message>
        <source>Not taken back</source>
        <translation>Nicht zurückgenommen</translation>
    </message>
    <message>
        <source>Checked in twice while a desk was offline (the earlier time counts):</source>
        <translation>Zweimal eingecheckt, während ein Empfang offline war (die frühere Zeit zählt):</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Checked in offline: sent to the server when it answers again.</source>
        <translation>Offline eingecheckt: wird an den Server gesendet, sobald er wieder antwortet.</translation>
    </message>
    <message>
        <source>%1 of %2 (this desk&apos;s copy)</source>
        <translation>%1 von %2 (Kopie dieses Empfangs)</translation>
    </message>
</context>
<context>
    <name>CheckInQueue</name>
    <message>
        <source>The desk&apos;s queue of check-ins “%1” cannot be written: %2</source>
        <translation>Die Check-in-Warteschlange des Empfangs „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The desk&apos;s queue of check-ins “%1” cannot be read: %2</source>
        <translation>Die Check-in-Warteschlange des Empfangs „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1 of the desk&apos;s queue of check-ins “%2” is damaged.</source>
        <translation>Zeile %1 der Check-in-Warteschlange des Empfangs „%2“ ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>missing arguments (expected %1, got %2).</source>
        <translation>fehlende Argumente (erwartet: %1, erhalten: %2).</translation>
    </message>
    <message>
        <source>too many arguments: %1.</source>
        <translation>zu viele Argumente: %1.</translation>
    </message>
    <message>
        <source>podium-cli %1: --%2 must be a whole number from %3 to %4, not “%5”.</source>
        <translation>podium-cli %1: --%2 muss eine ganze Zahl von %3 bis %4 sein, nicht „%5“.</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>On failure, also show what SQLite or the system said.</source>
        <translation>Bei einem Fehler auch anzeigen, was SQLite oder das System gemeldet hat.</translation>
    </message>
    <message>
        <source>podium-cli %1 works on event files only: %2</source>
        <translation>podium-cli %1 funktioniert nur mit Veranstaltungsdateien: %2</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
</context>
<context>
    <name>ColumnTarget</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Vollständiger Name (Vor- und Nachname)</translation>
    </message>
</context>
<context>
    <name>ConfirmedCommand</name>
    <message>
        <source>Do it without asking (for scripts). It cannot be undone.</source>
        <translation>Ohne Rückfrage ausführen (für Skripte). Nicht rückgängig zu machen.</translation>
    </message>
    <message>
        <source>podium-cli %1: refusing to %2 without confirmation: there is no terminal to ask (standard input is not one). Nothing was changed. Add --yes to go ahead.</source>
        <translation>podium-cli %1: „%2“ wird ohne Bestätigung nicht ausgeführt: Es gibt kein Terminal für die Rückfrage (die Standardeingabe ist keines). Nichts wurde geändert. Mit --yes fortfahren.</translation>
    </message>
    <message>
        <source>This cannot be undone. Type “yes” to %1: </source>
        <translation>Das lässt sich nicht rückgängig machen. Geben Sie zur Bestätigung „yes“ ein (%1): </translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message>
        <source>no room</source>
        <translation>ohne Raum</translation>
    </message>
    <message>
        <source>%1 is in two sessions at once: “%2” (%3, %4) and “%5” (%6, %7).</source>
        <translation>%1 ist in zwei Programmpunkten gleichzeitig: „%2“ (%3, %4) und „%5“ (%6, %7).</translation>
    </message>
    <message>
        <source>%1 holds two sessions at once: “%2” (%3) and “%4” (%5).</source>
        <translation>In %1 finden zwei Programmpunkte gleichzeitig statt: „%2“ (%3) und „%4“ (%5).</translation>
    </message>
    <message>
        <source>“%1” is cancelled but still on the timetable (%2, %3).</source>
        <translation>„%1“ ist abgesagt, steht aber noch im Zeitplan (%2, %3).</translation>
    </message>
    <message>
        <source>“%1” (%2, %3) is outside the event&apos;s days (%4 to %5).</source>
        <translation>„%1“ (%2, %3) liegt außerhalb der Veranstaltungstage (%4 bis %5).</translation>
    </message>
    <message>
        <source>“%1” (%2) expects %3 people but %4 seats only %5.</source>
        <translation>„%1“ (%2) erwartet %3 Personen, aber %4 hat nur %5 Plätze.</translation>
    </message>
    <message>
        <source>%1 is not available on %2, but is in “%3” (%4, %5).</source>
        <translation>%1 ist am %2 nicht verfügbar, ist aber in „%3“ (%4, %5).</translation>
    </message>
    <message>
        <source>%1 is available %2 only on %3, but is in “%4” (%5, %6).</source>
        <translation>%1 ist am %3 nur %2 verfügbar, ist aber in „%4“ (%5, %6).</translation>
    </message>
    <message>
        <source>%1 is not available on %2, but holds “%3” (%4).</source>
        <translation>%1 ist am %2 nicht verfügbar, beherbergt aber „%3“ (%4).</translation>
    </message>
    <message>
        <source>%1 is available %2 only on %3, but holds “%4” (%5).</source>
        <translation>%1 ist am %3 nur %2 verfügbar, beherbergt aber „%4“ (%5).</translation>
    </message>
    <message>
        <source>“%1” is pinned to %2, %3, but is not on the timetable.</source>
        <translation>„%1“ ist auf %2, %3 fixiert, steht aber nicht im Zeitplan.</translation>
    </message>
    <message>
        <source>“%1” is pinned to %2, %3, but is in %4, %5.</source>
        <translation>„%1“ ist auf %2, %3 fixiert, ist aber in %4, %5.</translation>
    </message>
    <message>
        <source>“%1” must be in %2, but is in %3 (%4).</source>
        <translation>„%1“ muss in %2 stattfinden, ist aber in %3 (%4).</translation>
    </message>
    <message>
        <source>“%1” must be on %2, but is on %3 (%4, %5).</source>
        <translation>„%1“ muss am %2 stattfinden, ist aber am %3 (%4, %5).</translation>
    </message>
    <message>
        <source>“%1” may only use the rooms of its allowed tracks, and they have none, but is in %2 (%3).</source>
        <translation>„%1“ darf nur die Räume seiner erlaubten Themenbereiche nutzen, die keine haben, ist aber in %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” may only be in %2, but is in %3 (%4).</source>
        <translation>„%1“ darf nur in %2 stattfinden, ist aber in %3 (%4).</translation>
    </message>
    <message>
        <source>“%1” needs a seat for each of the %2 people registered, but %3 seats only %4 (%5).</source>
        <translation>„%1“ braucht einen Platz für jede der %2 angemeldeten Personen, aber %3 hat nur %4 Plätze (%5).</translation>
    </message>
    <message>
        <source>“%1” needs at least %2 seats, but %3 seats only %4 (%5).</source>
        <translation>„%1“ braucht mindestens %2 Plätze, aber %3 hat nur %4 Plätze (%5).</translation>
    </message>
    <message>
        <source>“%1” must come after “%2”, but starts at %3 (%4), before “%2” ends (%5, %6).</source>
        <translation>„%1“ muss nach „%2“ kommen, beginnt aber um %3 (%4), bevor „%2“ endet (%5, %6).</translation>
    </message>
    <message>
        <source>“%1” (%2, %3) and “%4” (%5, %6) must not be at the same time.</source>
        <translation>„%1“ (%2, %3) und „%4“ (%5, %6) dürfen nicht gleichzeitig stattfinden.</translation>
    </message>
    <message>
        <source>a break</source>
        <translation>eine Pause</translation>
    </message>
    <message>
        <source>“%1” (%2, %3) is in a time kept free: %4, %5.</source>
        <translation>„%1“ (%2, %3) liegt in einer freigehaltenen Zeit: %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions of %1 at once, more than its limit of %2: %3 (%4).</source>
        <translation>
            <numerusform>%n Programmpunkt von %1 gleichzeitig, mehr als sein Limit von %2: %3 (%4).</numerusform>
            <numerusform>%n Programmpunkte von %1 gleichzeitig, mehr als sein Limit von %2: %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n minute(s) between “%2” (%3, %4) and “%5” (%6, %7); the event asks for at least %8.</source>
        <translation>
            <numerusform>%1 hat %n Minute zwischen „%2“ (%3, %4) und „%5“ (%6, %7); die Veranstaltung verlangt mindestens %8.</numerusform>
            <numerusform>%1 hat %n Minuten zwischen „%2“ (%3, %4) und „%5“ (%6, %7); die Veranstaltung verlangt mindestens %8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No conflicts: nobody is booked twice and every session fits its room and day.</source>
        <translation>Keine Konflikte: Niemand ist doppelt eingeplant, und jeder Programmpunkt passt in seinen Raum und Tag.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click one to show its session.</source>
        <translation>Klicken Sie auf einen Konflikt, um seinen Programmpunkt anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>ConstraintsExportCommand</name>
    <message>
        <source>Export the sessions&apos; constraints and the scheduling rules as JSON.</source>
        <translation>Die Einschränkungen der Programmpunkte und die Planungsregeln als JSON exportieren.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Die Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Die zu schreibende JSON-Datei.</translation>
    </message>
    <message>
        <source>Replace OUT.json if it exists.</source>
        <translation>OUT.json ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>podium-cli constraints export: give the file to write with -o OUT.json.</source>
        <translation>podium-cli constraints export: Geben Sie die zu schreibende Datei mit -o OUT.json an.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ConstraintsFile</name>
    <message>
        <source>%1 is not a constraints file: %2 (at character %3).</source>
        <translation>%1 ist keine Einschränkungsdatei: %2 (bei Zeichen %3).</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no session has the GUID or title “%1”</source>
        <translation>kein Programmpunkt hat die GUID oder den Titel „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions are called “%1”: give its GUID</source>
        <translation>
            <numerusform>%n Programmpunkt heißt „%1“: Geben Sie seine GUID an</numerusform>
            <numerusform>%n Programmpunkte heißen „%1“: Geben Sie seine GUID an</numerusform>
        </translation>
    </message>
    <message>
        <source>the event has no room called “%1”</source>
        <translation>die Veranstaltung hat keinen Raum namens „%1“</translation>
    </message>
    <message>
        <source>the event has no track called “%1”</source>
        <translation>die Veranstaltung hat keinen Themenbereich namens „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a date and time like 2027-03-15T09:00:00+01:00</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit wie 2027-03-15T09:00:00+01:00</translation>
    </message>
    <message>
        <source>not a date like 2027-03-15</source>
        <translation>kein Datum wie 2027-03-15</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>„%1“ ist keines von %2</translation>
    </message>
    <message>
        <source>give the number of seats, more than 0</source>
        <translation>Geben Sie die Zahl der Plätze an, mehr als 0</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>es endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>%1 cannot be imported, nothing was changed:
%2</source>
        <translation>%1 kann nicht importiert werden, nichts wurde geändert:
%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 24 MB.</source>
        <translation>%1 ist größer als 24 MB.</translation>
    </message>
</context>
<context>
    <name>ConstraintsImportCommand</name>
    <message>
        <source>Import sessions&apos; constraints and scheduling rules from JSON (as constraints export writes).</source>
        <translation>Einschränkungen von Programmpunkten und Planungsregeln aus JSON importieren (wie constraints export sie schreibt).</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Die Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>Each session listed gets exactly its constraints; breaks, tracks and personGapMinutes, when given, replace the event&apos;s rules.</source>
        <translation>Jeder aufgeführte Programmpunkt erhält genau seine Einschränkungen; Pausen, Themenbereiche und personGapMinutes ersetzen, wenn angegeben, die Regeln der Veranstaltung.</translation>
    </message>
    <message>
        <source>Check the file and say what it would set; change nothing.</source>
        <translation>Die Datei prüfen und sagen, was sie setzen würde; nichts ändern.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Would set the constraints of %1 (nothing was changed).</source>
        <translation>Würde die Einschränkungen von %1 setzen (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>Set the constraints of %1.</source>
        <translation>Einschränkungen von %1 gesetzt.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt).</translation>
    </message>
</context>
<context>
    <name>CsvSource</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line and no rows.</source>
        <translation>%1 ist leer: Die Datei hat weder eine Kopfzeile noch Zeilen.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB; Podium reads participant CSV files up to %2 MB.</source>
        <translation>„%1“ ist größer als %2 MB; Podium liest CSV-Dateien mit Teilnehmenden bis %2 MB.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook, not a CSV file: in Excel choose File › Save As, file type “CSV UTF-8 (Comma delimited)”, and import that file.</source>
        <translation>%1 ist eine Excel-Arbeitsmappe, keine CSV-Datei: Wählen Sie in Excel Datei › Speichern unter, Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“, und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>%1 is a LibreOffice (OpenDocument) spreadsheet, not a CSV file: in LibreOffice Calc choose File › Save As, file type “Text CSV (.csv)”, and import that file.</source>
        <translation>%1 ist eine LibreOffice-Tabelle (OpenDocument), keine CSV-Datei: Wählen Sie in LibreOffice Calc Datei › Speichern unter, Dateityp „Text CSV (.csv)“, und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: it holds binary data, not text. Save the participant list as CSV from your spreadsheet program and import that file.</source>
        <translation>%1 ist keine CSV-Datei: Sie enthält Binärdaten, keinen Text. Speichern Sie die Liste der Teilnehmenden in Ihrem Tabellenprogramm als CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>%1, line %2: the header line separates its columns with %3, but this line with %4. Save the file again from your spreadsheet program so that one separator is used throughout.</source>
        <translation>%1, Zeile %2: Die Kopfzeile trennt ihre Spalten mit %3, diese Zeile aber mit %4. Speichern Sie die Datei in Ihrem Tabellenprogramm erneut, damit durchgehend ein Trennzeichen verwendet wird.</translation>
    </message>
    <message>
        <source>%1 has a header line but no rows: there is no participant to import.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Zeilen: Es gibt keine Teilnehmenden zu importieren.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: it holds binary data, not text. Save the programme as CSV from your spreadsheet program and import that file.</source>
        <translation>%1 ist keine CSV-Datei: Sie enthält Binärdaten, keinen Text. Speichern Sie das Programm in Ihrem Tabellenprogramm als CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB; Podium reads schedule CSV files up to %2 MB.</source>
        <translation>„%1“ ist größer als %2 MB; Podium liest CSV-Programmdateien bis %2 MB.</translation>
    </message>
    <message>
        <source>%1 has a header line but no rows: there is no session to import.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Zeilen: Es gibt keine Programmpunkte zu importieren.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: it holds binary data, not text. Save the availability as CSV from your spreadsheet program and import that file.</source>
        <translation>%1 ist keine CSV-Datei: Sie enthält Binärdaten, keinen Text. Speichern Sie die Verfügbarkeit in Ihrer Tabellenkalkulation als CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>%1 has a header line but no rows: there is no availability to import.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Zeilen: Es gibt keine Verfügbarkeit zu importieren.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written completely: %1.</source>
        <translation>Die Datei konnte nicht vollständig geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>DemoEvent</name>
    <message>
        <source>The demo event is missing from this build of Podium.</source>
        <translation>Die Demo-Veranstaltung fehlt in diesem Build von Podium.</translation>
    </message>
    <message>
        <source>The demo event is damaged: %1.</source>
        <translation>Die Demo-Veranstaltung ist beschädigt: %1.</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>The design “%1” needs a size of at least 10 x 10 mm.</source>
        <translation>Das Design „%1“ braucht eine Größe von mindestens 10 x 10 mm.</translation>
    </message>
    <message>
        <source>front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>element %1 (%2) on the %3</source>
        <translation>Element %1 (%2) auf der %3</translation>
    </message>
    <message>
        <source>The design “%1”: %2 is not on the side.</source>
        <translation>Das Design „%1“: %2 liegt nicht auf der Seite.</translation>
    </message>
    <message>
        <source>The design “%1”: %2 is smaller than %3 mm: scanners could not read it.</source>
        <translation>Das Design „%1“: %2 ist kleiner als %3 mm: Scanner könnten es nicht lesen.</translation>
    </message>
    <message>
        <source>The design “%1”: %2 may shrink below %3 pt, too small to read.</source>
        <translation>Das Design „%1“: %2 kann unter %3 pt schrumpfen, zu klein zum Lesen.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Bescheinigung</translation>
    </message>
    <message>
        <source>Certificate of Attendance</source>
        <translation>Teilnahmebescheinigung</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Hiermit wird bescheinigt, dass</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>teilgenommen hat an</translation>
    </message>
    <message>
        <source>organised by {organiser}</source>
        <translation>veranstaltet von {organiser}</translation>
    </message>
    <message>
        <source>Issued on {issue_date}</source>
        <translation>Ausgestellt am {issue_date}</translation>
    </message>
    <message>
        <source>Verification code {verification_code}</source>
        <translation>Prüfcode {verification_code}</translation>
    </message>
    <message>
        <source>Wi-Fi: network · password</source>
        <translation>WLAN: Netzwerk · Passwort</translation>
    </message>
</context>
<context>
    <name>DesignCanvas</name>
    <message>
        <source>Move element</source>
        <translation>Element verschieben</translation>
    </message>
    <message>
        <source>Resize element</source>
        <translation>Elementgröße ändern</translation>
    </message>
</context>
<context>
    <name>DesignEditor</name>
    <message>
        <source>Add element</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <source>Remove element</source>
        <translation>Element entfernen</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation>Nach vorne</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation>Nach hinten</translation>
    </message>
</context>
<context>
    <name>DesignImage</name>
    <message>
        <source>“%1” is not a PNG, JPEG or SVG image.</source>
        <translation>„%1“ ist kein PNG-, JPEG- oder SVG-Bild.</translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>%1, line %2: not a JSON file (%3).</source>
        <translation>%1, Zeile %2: keine JSON-Datei (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Podium design: it has no “podium_design” field.</source>
        <translation>%1 ist kein Podium-Design: Es hat kein Feld „podium_design“.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Podium (design format %2; this one reads up to %3): update Podium to read it.</source>
        <translation>%1 wurde von einem neueren Podium geschrieben (Designformat %2; dieses liest bis %3): Aktualisieren Sie Podium, um es zu lesen.</translation>
    </message>
    <message>
        <source>%1: podium_design: expected a format number from 1.</source>
        <translation>%1: podium_design: Formatnummer ab 1 erwartet.</translation>
    </message>
    <message>
        <source>a design needs a name</source>
        <translation>ein Design braucht einen Namen</translation>
    </message>
    <message>
        <source>“%1” is not badge or certificate</source>
        <translation>„%1“ ist weder badge noch certificate</translation>
    </message>
    <message>
        <source>a side needs at least 10 x 10 mm</source>
        <translation>eine Seite braucht mindestens 10 x 10 mm</translation>
    </message>
    <message>
        <source>“%1” is not front-only, duplex-long-edge, duplex-short-edge, fold-top or fold-side</source>
        <translation>„%1“ ist weder front-only, duplex-long-edge, duplex-short-edge, fold-top noch fold-side</translation>
    </message>
    <message>
        <source>“%1” is not a date (write YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (schreiben Sie JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the image&apos;s bytes do not match its id (the file was changed or damaged)</source>
        <translation>die Bytes des Bildes passen nicht zu seiner ID (die Datei wurde geändert oder beschädigt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DesignPainter</name>
    <message>
        <source>The design “%1” shows an image that is not in the event file (id %2): import the image again.</source>
        <translation>Das Design „%1“ zeigt ein Bild, das nicht in der Veranstaltungsdatei ist (ID %2): Importieren Sie das Bild erneut.</translation>
    </message>
</context>
<context>
    <name>DesignPlaceholders</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>DesignPreview</name>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Vorschau &amp;für:</translation>
    </message>
    <message>
        <source>A name or registration code, then Enter</source>
        <translation>Ein Name oder Anmeldecode, dann Eingabe</translation>
    </message>
    <message>
        <source>&amp;Other participant:</source>
        <translation>&amp;Andere Person:</translation>
    </message>
    <message>
        <source>Field names, as placeholders</source>
        <translation>Feldnamen als Platzhalter</translation>
    </message>
    <message>
        <source>No participant matches “%1”.</source>
        <translation>Keine teilnehmende Person passt zu „%1“.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
</context>
<context>
    <name>DesignRepository</name>
    <message>
        <source>The event has no design “%1” (it has none yet: import one with “podium-cli design import”).</source>
        <translation>Die Veranstaltung hat kein Design „%1“ (sie hat noch keines: Importieren Sie eines mit „podium-cli design import“).</translation>
    </message>
    <message>
        <source>The event has no design “%1”; it has %2.</source>
        <translation>Die Veranstaltung hat kein Design „%1“; sie hat %2.</translation>
    </message>
    <message>
        <source>The event has no design “%1”.</source>
        <translation>Die Veranstaltung hat kein Design „%1“.</translation>
    </message>
    <message>
        <source>The design “%1” shows an image that is not in the event file (id %2): import the design again with its images.</source>
        <translation>Das Design „%1“ zeigt ein Bild, das nicht in der Veranstaltungsdatei ist (ID %2): Importieren Sie das Design erneut mit seinen Bildern.</translation>
    </message>
    <message>
        <source>The event already has a design “%1”: import with --replace to replace it.</source>
        <translation>Die Veranstaltung hat bereits ein Design „%1“: Importieren Sie mit --replace, um es zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>DesignSettingsPanel</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>Design umbenennen</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Namensschild</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Bescheinigung</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <source>Size of my own</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etikett:</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Etikett ändern</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Change size</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Front only</source>
        <translation>Nur Vorderseite</translation>
    </message>
    <message>
        <source>Both sides, printer turns the long edge</source>
        <translation>Beidseitig, Drucker wendet an der langen Kante</translation>
    </message>
    <message>
        <source>Both sides, printer turns the short edge</source>
        <translation>Beidseitig, Drucker wendet an der kurzen Kante</translation>
    </message>
    <message>
        <source>Folded at the top (back above the front)</source>
        <translation>Oben gefaltet (Rückseite über der Vorderseite)</translation>
    </message>
    <message>
        <source>Folded at the side, like a card</source>
        <translation>Seitlich gefaltet, wie eine Karte</translation>
    </message>
    <message>
        <source>&amp;Sides:</source>
        <translation>&amp;Seiten:</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Seiten ändern</translation>
    </message>
    <message>
        <source>Back&amp;ground of this side:</source>
        <translation>&amp;Hintergrund dieser Seite:</translation>
    </message>
    <message>
        <source>Change background</source>
        <translation>Hintergrund ändern</translation>
    </message>
    <message>
        <source>Colours of categories</source>
        <translation>Farben der Kategorien</translation>
    </message>
    <message>
        <source>Elements coloured by category (a band, a name) take these colours</source>
        <translation>Nach Kategorie gefärbte Elemente (ein Band, ein Name) erhalten diese Farben</translation>
    </message>
    <message>
        <source>Change category colour</source>
        <translation>Kategoriefarbe ändern</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Unterzeichnet &amp;von:</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;title:</source>
        <translation>&amp;Titel der unterzeichnenden Person:</translation>
    </message>
    <message>
        <source>Change signatory</source>
        <translation>Unterzeichnende Person ändern</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>A scan of the signature, PNG or SVG with a transparent background</source>
        <translation>Ein Scan der Unterschrift, PNG oder SVG mit transparentem Hintergrund</translation>
    </message>
    <message>
        <source>Signat&amp;ure image:</source>
        <translation>Unterschrifts&amp;bild:</translation>
    </message>
    <message>
        <source>Add signature</source>
        <translation>Unterschrift hinzufügen</translation>
    </message>
    <message>
        <source>Change signature</source>
        <translation>Unterschrift ändern</translation>
    </message>
    <message>
        <source>Dated the day it is &amp;printed</source>
        <translation>Datiert auf den Tag des &amp;Drucks</translation>
    </message>
    <message>
        <source>Date o&amp;f issue:</source>
        <translation>Ausstellungsdat&amp;um:</translation>
    </message>
    <message>
        <source>Change date of issue</source>
        <translation>Ausstellungsdatum ändern</translation>
    </message>
    <message>
        <source>Print a verification c&amp;ode</source>
        <translation>Prüf&amp;code drucken</translation>
    </message>
    <message>
        <source>A short code computed from the certificate&apos;s text, so that a copy can be checked</source>
        <translation>Ein kurzer Code, aus dem Text der Bescheinigung berechnet, damit eine Kopie geprüft werden kann</translation>
    </message>
    <message>
        <source>Change verification code</source>
        <translation>Prüfcode ändern</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <source>Badge Designer</source>
        <translation>Namensschild-Designer</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>Ent&amp;wurf</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Namensschild</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Bescheinigung</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save into the Event</source>
        <translation>In der Veranstaltung &amp;speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>Aus JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport to JSON…</source>
        <translation>Als JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print a Proo&amp;f…</source>
        <translation>&amp;Probedruck…</translation>
    </message>
    <message>
        <source>Only the participant shown in the preview</source>
        <translation>Nur die in der Vorschau gezeigte Person</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Printer &amp;Calibration…</source>
        <translation>Drucker&amp;kalibrierung…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Bring &amp;Forward</source>
        <translation>Nach &amp;vorne</translation>
    </message>
    <message>
        <source>Send &amp;Backward</source>
        <translation>Nach &amp;hinten</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Textfeld</translation>
    </message>
    <message>
        <source>&amp;QR Code</source>
        <translation>&amp;QR-Code</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <source>&amp;Rectangle or Band</source>
        <translation>&amp;Rechteck oder Band</translation>
    </message>
    <message>
        <source>The Participant&apos;s &amp;Sessions</source>
        <translation>Die &amp;Programmpunkte der Person</translation>
    </message>
    <message>
        <source>Standard &amp;Badge</source>
        <translation>&amp;Standard-Namensschild</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Front Side</source>
        <translation>&amp;Vorderseite</translation>
    </message>
    <message>
        <source>&amp;Back Side</source>
        <translation>&amp;Rückseite</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;True Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>The label as large as it prints</source>
        <translation>Das Etikett so groß, wie es gedruckt wird</translation>
    </message>
    <message>
        <source>&amp;Whole Label</source>
        <translation>Ganzes &amp;Etikett</translation>
    </message>
    <message>
        <source>&amp;Snap to Edges and Grid</source>
        <translation>&amp;Magnetisch an Kanten und Raster</translation>
    </message>
    <message>
        <source>%1 % of the true size</source>
        <translation>%1 % der Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Grid of 1 mm</source>
        <translation>Raster von &amp;1 mm</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Designer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Design öffnen</translation>
    </message>
    <message>
        <source>Podium&apos;s standard badge (to start from)</source>
        <translation>Das Standard-Namensschild von Podium (als Ausgangspunkt)</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Save Design</source>
        <translation>Design speichern</translation>
    </message>
    <message>
        <source>&amp;Name of the design:</source>
        <translation>&amp;Name des Designs:</translation>
    </message>
    <message>
        <source>The event is open read-only: export the design to JSON instead.</source>
        <translation>Die Veranstaltung ist schreibgeschützt geöffnet: Exportieren Sie das Design stattdessen als JSON.</translation>
    </message>
    <message>
        <source>The event already has a design “%1”. Replace it?</source>
        <translation>Die Veranstaltung hat bereits ein Design „%1“. Ersetzen?</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>Design umbenennen</translation>
    </message>
    <message>
        <source>Saved the design “%1” into the event</source>
        <translation>Design „%1“ in der Veranstaltung gespeichert</translation>
    </message>
    <message>
        <source>Import Design</source>
        <translation>Design importieren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported the design “%1”: save it to keep it in the event</source>
        <translation>Design „%1“ importiert: Speichern Sie es, um es in der Veranstaltung zu behalten</translation>
    </message>
    <message>
        <source>Export Design</source>
        <translation>Design exportieren</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the design to %1</source>
        <translation>Design nach %1 exportiert</translation>
    </message>
    <message>
        <source>Podium designs (*.json)</source>
        <translation>Podium-Designs (*.json)</translation>
    </message>
    <message>
        <source>design</source>
        <translation>design</translation>
    </message>
    <message>
        <source>Sent the design “%1” to the printer %2</source>
        <translation>Design „%1“ an den Drucker %2 gesendet</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print a Proof</source>
        <translation>Probedruck</translation>
    </message>
    <message>
        <source>badges</source>
        <translation>namensschilder</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n Seite nach %1 exportiert</numerusform>
            <numerusform>%n Seiten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Save the changes to the design “%1” into the event?</source>
        <translation>Die Änderungen am Design „%1“ in der Veranstaltung speichern?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The event closes. Save the changes to the design “%1” into it first?</source>
        <translation>Die Veranstaltung wird geschlossen. Die Änderungen am Design „%1“ zuvor darin speichern?</translation>
    </message>
    <message>
        <source>Certificate Designer</source>
        <translation>Bescheinigungs-Designer</translation>
    </message>
    <message>
        <source>%1 — %2[*]</source>
        <translation>%1 — %2[*]</translation>
    </message>
</context>
<context>
    <name>DeskLink</name>
    <message numerus="yes">
        <source>Offline: %n check-in(s) waiting. Checking in against this desk&apos;s copy; they are sent when the server answers again.</source>
        <translation>
            <numerusform>Offline: %n Check-in wartet. Eingecheckt wird mit der Kopie dieses Empfangs; die Check-ins werden gesendet, sobald der Server wieder antwortet.</numerusform>
            <numerusform>Offline: %n Check-ins warten. Eingecheckt wird mit der Kopie dieses Empfangs; die Check-ins werden gesendet, sobald der Server wieder antwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n check-in(s) made offline…</source>
        <translation>
            <numerusform>%n offline vorgenommener Check-in wird gesendet…</numerusform>
            <numerusform>%n offline vorgenommene Check-ins werden gesendet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Another Podium at this desk is using its queue of check-ins in “%1”: try again in a moment.</source>
        <translation>Ein anderes Podium an diesem Empfang verwendet seine Check-in-Warteschlange in „%1“: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This desk has no copy of the event yet, so it cannot check people in offline: it must reach the server once first.</source>
        <translation>Dieser Empfang hat noch keine Kopie der Veranstaltung und kann daher niemanden offline einchecken: Er muss zuerst einmal den Server erreichen.</translation>
    </message>
    <message>
        <source>no code was typed</source>
        <translation>es wurde kein Code eingegeben</translation>
    </message>
    <message>
        <source>unknown code %1</source>
        <translation>unbekannter Code %1</translation>
    </message>
    <message>
        <source>The check-in was not taken back: the registration was changed since (checked in again, or by another desk).</source>
        <translation>Der Check-in wurde nicht zurückgenommen: Die Anmeldung wurde seitdem geändert (erneut eingecheckt oder an einem anderen Empfang).</translation>
    </message>
    <message>
        <source>The check-in was not taken back: it has been sent to the server, which cannot be reached now.</source>
        <translation>Der Check-in wurde nicht zurückgenommen: Er wurde bereits an den Server gesendet, der gerade nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>%1, checked in offline at %2, is no longer registered.</source>
        <translation>%1, offline um %2 eingecheckt, ist nicht mehr angemeldet.</translation>
    </message>
    <message>
        <source>%1: checked in at desk %2 at %3 while offline and at desk %4 at %5</source>
        <translation>%1: offline am Empfang %2 um %3 und am Empfang %4 um %5 eingecheckt</translation>
    </message>
    <message>
        <source>%1: checked in at desk %2 at %3 and at desk %4 at %5 while offline</source>
        <translation>%1: am Empfang %2 um %3 und offline am Empfang %4 um %5 eingecheckt</translation>
    </message>
</context>
<context>
    <name>DiskProblem</name>
    <message>
        <source>There is no space left on the disk holding %1.</source>
        <translation>Auf dem Datenträger mit %1 ist kein Platz mehr frei.</translation>
    </message>
    <message>
        <source>You are not allowed to write %1 (permission denied).</source>
        <translation>Sie dürfen %1 nicht schreiben (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The disk holding %1 is read-only.</source>
        <translation>Der Datenträger mit %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk reported an error.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Datenträger hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Programme booklet</source>
        <translation>Programmheft</translation>
    </message>
    <message>
        <source>Cover, every day&apos;s sessions with speakers and abstracts, index of speakers.</source>
        <translation>Titelseite, Programmpunkte jedes Tages mit Referierenden und Abstracts, Verzeichnis der Referierenden.</translation>
    </message>
    <message>
        <source>Timetable poster</source>
        <translation>Zeitplan-Poster</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <source>One badge per participant, sorted by last name, with a QR code for check-in.</source>
        <translation>Ein Namensschild pro Teilnehmer(in), nach Nachnamen sortiert, mit QR-Code für den Check-in.</translation>
    </message>
    <message>
        <source>Room signs</source>
        <translation>Raumschilder</translation>
    </message>
    <message>
        <source>One page per room and day with the room&apos;s sessions.</source>
        <translation>Eine Seite pro Raum und Tag mit den Programmpunkten des Raums.</translation>
    </message>
    <message>
        <source>Attendee list to share</source>
        <translation>Teilnehmerliste zum Weitergeben</translation>
    </message>
    <message>
        <source>Name and organisation of the participants who agreed to be listed.</source>
        <translation>Name und Organisation der Teilnehmenden, die der Nennung zugestimmt haben.</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Unterschriftenlisten</translation>
    </message>
    <message>
        <source>Speaker list</source>
        <translation>Liste der Referierenden</translation>
    </message>
    <message>
        <source>Every speaker, chair and moderator with their sessions.</source>
        <translation>Alle Referierenden, Vorsitzenden und Moderierenden mit ihren Programmpunkten.</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Teilnahmebescheinigungen</translation>
    </message>
    <message>
        <source>One page per checked-in participant (or everyone registered).</source>
        <translation>Eine Seite pro eingecheckter Person (oder pro angemeldeter Person).</translation>
    </message>
    <message>
        <source>Landscape pages per day: rooms across (split over pages when many), time down, coloured by track.</source>
        <translation>Querformatseiten pro Tag: Räume nebeneinander (bei vielen auf mehrere Seiten verteilt), Zeit nach unten, Farben nach Themenbereich.</translation>
    </message>
    <message>
        <source>One sheet per session with a signature column: everyone for plenaries, blank lines for the others.</source>
        <translation>Ein Blatt pro Programmpunkt mit Unterschriftenspalte: alle Teilnehmenden bei Plenarveranstaltungen, Leerzeilen bei den übrigen.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Der Druck wurde abgebrochen.</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>badge not printed yet</source>
        <translation>Namensschild noch nicht gedruckt</translation>
    </message>
    <message>
        <source>%1: no participant to print.</source>
        <translation>%1: keine Teilnehmenden zu drucken.</translation>
    </message>
    <message>
        <source>%1: no participant matches %2, so there is nothing to print.</source>
        <translation>%1: Niemand entspricht %2, daher gibt es nichts zu drucken.</translation>
    </message>
    <message>
        <source>the participants chosen</source>
        <translation>die ausgewählten Teilnehmenden</translation>
    </message>
</context>
<context>
    <name>DoorRepository</name>
    <message>
        <source>The event&apos;s store did not answer.</source>
        <translation>Der Speicher der Veranstaltung hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>EditEventCommand</name>
    <message>
        <source>Edit Event Properties</source>
        <translation>Veranstaltungseigenschaften bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditParticipantCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditorHistory</name>
    <message>
        <source>Not saved: %1
The form now shows the current values.</source>
        <translation>Nicht gespeichert: %1
Das Formular zeigt jetzt die aktuellen Werte.</translation>
    </message>
</context>
<context>
    <name>ElementLabels</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Rectangle or band</source>
        <translation>Rechteck oder Band</translation>
    </message>
    <message>
        <source>The participant&apos;s sessions</source>
        <translation>Die Programmpunkte der Person</translation>
    </message>
    <message>
        <source>Standard badge</source>
        <translation>Standard-Namensschild</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (only for %2)</source>
        <translation>%1 (nur für %2)</translation>
    </message>
</context>
<context>
    <name>ElementListPanel</name>
    <message>
        <source>E&amp;lements (top first):</source>
        <translation>E&amp;lemente (oberstes zuerst):</translation>
    </message>
</context>
<context>
    <name>ElementPropertiesPanel</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Position and size</source>
        <translation>Position und Größe</translation>
    </message>
    <message>
        <source>From &amp;left:</source>
        <translation>Von &amp;links:</translation>
    </message>
    <message>
        <source>From &amp;top:</source>
        <translation>Von &amp;oben:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>Move element</source>
        <translation>Element verschieben</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Placeholders such as {first_name} print each participant&apos;s own value</source>
        <translation>Platzhalter wie {first_name} drucken den eigenen Wert jeder teilnehmenden Person</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>Schrift&amp;art:</translation>
    </message>
    <message>
        <source>Change font</source>
        <translation>Schriftart ändern</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Semi-bold</source>
        <translation>Halbfett</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>It&amp;alic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>S&amp;tärke:</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Stärke ändern</translation>
    </message>
    <message>
        <source>Change italic</source>
        <translation>Kursiv ändern</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The size text prints at when it fits</source>
        <translation>Die Größe, in der Text gedruckt wird, wenn er passt</translation>
    </message>
    <message>
        <source>Longer text shrinks down to this size, then wraps</source>
        <translation>Längerer Text schrumpft bis auf diese Größe und wird dann umbrochen</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Shrin&amp;k to:</source>
        <translation>Verkleinern b&amp;is:</translation>
    </message>
    <message>
        <source>Change size</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>As many as fit</source>
        <translation>So viele wie passen</translation>
    </message>
    <message>
        <source>Li&amp;nes:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>Change lines</source>
        <translation>Zeilen ändern</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Align&amp;ment:</source>
        <translation>A&amp;usrichtung:</translation>
    </message>
    <message>
        <source>Change alignment</source>
        <translation>Ausrichtung ändern</translation>
    </message>
    <message>
        <source>When empty, move what is &amp;below up</source>
        <translation>&amp;Wenn leer, Folgendes nach oben rücken</translation>
    </message>
    <message>
        <source>A participant without this value leaves no gap on the badge</source>
        <translation>Eine teilnehmende Person ohne diesen Wert hinterlässt keine Lücke auf dem Namensschild</translation>
    </message>
    <message>
        <source>Change empty text</source>
        <translation>Leertext-Verhalten ändern</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>Border c&amp;olour:</source>
        <translation>Rahmenfarb&amp;e:</translation>
    </message>
    <message>
        <source>Change border</source>
        <translation>Rahmen ändern</translation>
    </message>
    <message>
        <source>Bo&amp;rder:</source>
        <translation>Rah&amp;men:</translation>
    </message>
    <message>
        <source>Rounded corner&amp;s:</source>
        <translation>Abge&amp;rundete Ecken:</translation>
    </message>
    <message>
        <source>Change corners</source>
        <translation>Ecken ändern</translation>
    </message>
    <message>
        <source>Add Ima&amp;ge…</source>
        <translation>Bild hi&amp;nzufügen…</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>Bil&amp;d:</translation>
    </message>
    <message>
        <source>Change image</source>
        <translation>Bild ändern</translation>
    </message>
    <message>
        <source>Who gets it</source>
        <translation>Wer es bekommt</translation>
    </message>
    <message>
        <source>Tick none to print it on every badge</source>
        <translation>Nichts ankreuzen, um es auf jedes Namensschild zu drucken</translation>
    </message>
    <message>
        <source>&amp;Print it only for:</source>
        <translation>Nur dru&amp;cken für:</translation>
    </message>
    <message>
        <source>Change categories</source>
        <translation>Kategorien ändern</translation>
    </message>
    <message>
        <source>Colo&amp;ur from the participant&apos;s category</source>
        <translation>Farbe nach der Kategorie der teilnehmenden &amp;Person</translation>
    </message>
    <message>
        <source>Change colour rule</source>
        <translation>Farbregel ändern</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Select an element on the label to change it, or add one.</source>
        <translation>Wählen Sie ein Element auf dem Etikett aus, um es zu ändern, oder fügen Sie eines hinzu.</translation>
    </message>
</context>
<context>
    <name>ErasurePlan</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1: the person and all their details</source>
        <translation>%1: die Person und alle ihre Angaben</translation>
    </message>
    <message>
        <source>  - registration %1 (%2, %3), with its needs, consents, check-in and notes</source>
        <translation>  - Anmeldung %1 (%2, %3) mit Bedürfnissen, Einwilligungen, Check-in und Anmerkungen</translation>
    </message>
    <message>
        <source>  - %1 in “%2”: the session stays, without them</source>
        <translation>  - %1 in „%2“: Der Programmpunkt bleibt, ohne diese Person</translation>
    </message>
    <message>
        <source>Their name or address also appears as text in %1. Erasing does not change that text: edit it by hand.</source>
        <translation>Name oder Adresse erscheinen außerdem als Text hier: %1. Das Löschen ändert diesen Text nicht: Bearbeiten Sie ihn von Hand.</translation>
    </message>
</context>
<context>
    <name>EventAnonymiser</name>
    <message>
        <source>The event has no dates, so Podium cannot tell whether it is over.</source>
        <translation>Die Veranstaltung hat keine Daten, daher kann Podium nicht erkennen, ob sie vorbei ist.</translation>
    </message>
    <message>
        <source>The event is not over: its last day is %1 and today is %2 (in the event’s time zone). Participants may still need their details.</source>
        <translation>Die Veranstaltung ist nicht vorbei: Ihr letzter Tag ist der %1, heute ist der %2 (in der Zeitzone der Veranstaltung). Die Teilnehmenden brauchen ihre Angaben vielleicht noch.</translation>
    </message>
    <message>
        <source>is read-only: nothing was anonymised.</source>
        <translation>ist schreibgeschützt: Nichts wurde anonymisiert.</translation>
    </message>
    <message>
        <source>Nothing was changed. Anonymise after the event, or force it.</source>
        <translation>Nichts wurde geändert. Anonymisieren Sie nach der Veranstaltung oder erzwingen Sie es.</translation>
    </message>
    <message>
        <source>The personal data was removed and overwritten, but the file could not be compacted afterwards: %1</source>
        <translation>Die personenbezogenen Daten wurden entfernt und überschrieben, aber die Datei konnte danach nicht komprimiert werden: %1</translation>
    </message>
</context>
<context>
    <name>EventCopier</name>
    <message>
        <source>%1 and %2 are in different formats (%3 and %4): open both with this version of Podium first.</source>
        <translation>%1 und %2 haben unterschiedliche Formate (%3 und %4): Öffnen Sie zuerst beide mit dieser Podium-Version.</translation>
    </message>
    <message>
        <source>Copy cancelled: nothing was written.</source>
        <translation>Kopieren abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>EventFile</name>
    <message>
        <source>cannot be read: %1.</source>
        <translation>kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>is empty: it is not a Podium event file.</source>
        <translation>ist leer: Es ist keine Podium-Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>is not a Podium event file (it is not an SQLite database).</source>
        <translation>ist keine Podium-Veranstaltungsdatei (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>is damaged: its header is not valid.</source>
        <translation>ist beschädigt: Der Dateikopf ist ungültig.</translation>
    </message>
    <message>
        <source>is damaged: it is shorter than its header says (%1 of %2 bytes), probably cut off while being copied. Open a backup copy instead.</source>
        <translation>ist beschädigt: Die Datei ist kürzer als im Dateikopf angegeben (%1 von %2 Byte), vermutlich beim Kopieren abgeschnitten. Öffnen Sie stattdessen eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>The file is read-only: changes cannot be saved.</source>
        <translation>Die Datei ist schreibgeschützt: Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only: changes cannot be saved.</source>
        <translation>Der Ordner der Datei ist schreibgeschützt: Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>already exists: choose another name or remove it first.</source>
        <translation>existiert bereits: Wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>cannot be created: %1.</source>
        <translation>kann nicht angelegt werden: %1.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>existiert nicht.</translation>
    </message>
    <message>
        <source>is a folder, not a Podium event file.</source>
        <translation>ist ein Ordner, keine Podium-Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>Opened read-only as asked.</source>
        <translation>Wie gewünscht schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>is locked by another program that is changing it. Try again when it has finished.</source>
        <translation>ist von einem anderen Programm gesperrt, das die Datei gerade ändert. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Podium event file.</source>
        <translation>ist eine SQLite-Datenbank einer anderen Anwendung, keine Podium-Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>was saved by a newer version of Podium (file format %1; this version reads up to %2). Update Podium to open it.</source>
        <translation>wurde mit einer neueren Podium-Version gespeichert (Dateiformat %1; diese Version liest bis Format %2). Aktualisieren Sie Podium, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>is damaged: it has Podium&apos;s mark but no event in it.</source>
        <translation>ist beschädigt: Die Datei trägt die Podium-Kennung, enthält aber keine Veranstaltung.</translation>
    </message>
    <message>
        <source>was saved by an older version of Podium and must be upgraded, but it cannot be written. Copy it to a writable folder first.</source>
        <translation>wurde mit einer älteren Podium-Version gespeichert und muss aktualisiert werden, ist aber nicht beschreibbar. Kopieren Sie die Datei zuerst in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>is the open file itself: choose another name.</source>
        <translation>ist die geöffnete Datei selbst: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>could not be written: %1.</source>
        <translation>konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>was not saved completely (the program writing it stopped) and must be repaired, but it cannot be written. Copy it together with its “-journal” file to a writable folder and open it there.</source>
        <translation>wurde nicht vollständig gespeichert (das schreibende Programm wurde beendet) und muss repariert werden, kann aber nicht beschrieben werden. Kopieren Sie die Datei zusammen mit ihrer „-journal“-Datei in einen beschreibbaren Ordner und öffnen Sie sie dort.</translation>
    </message>
    <message>
        <source>was not saved completely last time (the program writing it stopped). Podium restored its last complete state; the change being saved then is lost.</source>
        <translation>wurde beim letzten Mal nicht vollständig gespeichert (das schreibende Programm wurde beendet). Podium hat den letzten vollständigen Stand wiederhergestellt; die Änderung, die gerade gespeichert wurde, ist verloren.</translation>
    </message>
    <message>
        <source>is damaged or is not an SQLite database. Use File ▸ Repair, or open a backup copy.</source>
        <translation>ist beschädigt oder keine SQLite-Datenbank. Verwenden Sie Datei ▸ Reparieren, oder öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>is damaged: its list of tables cannot be read. Use File ▸ Repair.</source>
        <translation>ist beschädigt: Die Tabellenliste kann nicht gelesen werden. Verwenden Sie Datei ▸ Reparieren.</translation>
    </message>
    <message>
        <source>is already open in Podium (process %1). Switch to that window, or close it there first.</source>
        <translation>ist bereits in Podium geöffnet (Prozess %1). Wechseln Sie zu diesem Fenster, oder schließen Sie die Datei zuerst dort.</translation>
    </message>
</context>
<context>
    <name>EventFileRepair</name>
    <message>
        <source>from number %1 on</source>
        <translation>ab Nummer %1</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <source>numbers %1 to %2</source>
        <translation>Nummern %1 bis %2</translation>
    </message>
    <message>
        <source>All %1 records were saved.</source>
        <translation>Alle %1 Datensätze wurden gerettet.</translation>
    </message>
    <message>
        <source>%1 records were saved. Lost: %2.</source>
        <translation>%1 Datensätze wurden gerettet. Verloren: %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is the damaged file itself: the repaired copy needs another name.</source>
        <translation>%1 ist die beschädigte Datei selbst: Die reparierte Kopie braucht einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name or remove it first.</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be repaired: its list of tables cannot be read, so nothing in it can be found. Open a backup copy instead.</source>
        <translation>%1 kann nicht repariert werden: Die Tabellenliste ist nicht lesbar, daher lässt sich darin nichts finden. Öffnen Sie stattdessen eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is not a Podium event file: there is nothing to repair.</source>
        <translation>%1 ist keine Podium-Veranstaltungsdatei: Es gibt nichts zu reparieren.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Podium: repair it with that version.</source>
        <translation>%1 wurde mit einer neueren Podium-Version gespeichert: Reparieren Sie die Datei mit dieser Version.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>the table “%1”, which Podium did not make</source>
        <translation>die Tabelle „%1“, die nicht von Podium stammt</translation>
    </message>
    <message>
        <source>the trigger “%1”, which Podium did not make</source>
        <translation>der Trigger „%1“, der nicht von Podium stammt</translation>
    </message>
    <message>
        <source>the view “%1”, which Podium did not make</source>
        <translation>die Sicht „%1“, die nicht von Podium stammt</translation>
    </message>
    <message>
        <source>all of %1 (it is missing)</source>
        <translation>die gesamte %1 (sie fehlt)</translation>
    </message>
    <message>
        <source>%1 could not be repaired: %2 cannot be read.</source>
        <translation>%1 konnte nicht repariert werden: Die %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The repair was cancelled: no file was written.</source>
        <translation>Die Reparatur wurde abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>rows of %1 that could not be read (%2)</source>
        <translation>Zeilen der %1, die nicht gelesen werden konnten (%2)</translation>
    </message>
    <message>
        <source>%1 rows of %2 that repeated another row&apos;s unique value</source>
        <translation>%1 Zeilen der %2, die den eindeutigen Wert einer anderen Zeile wiederholten</translation>
    </message>
    <message>
        <source>%1 rows of %2 whose linked record was lost</source>
        <translation>%1 Zeilen der %2, deren verknüpfter Datensatz verloren ging</translation>
    </message>
    <message>
        <source>the event&apos;s details (name, dates, venue: set them again in File ▸ Properties)</source>
        <translation>die Angaben zur Veranstaltung (Name, Daten, Ort: Geben Sie sie unter Datei ▸ Eigenschaften erneut ein)</translation>
    </message>
</context>
<context>
    <name>EventFileWriter</name>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 ist ein Ordner: Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or add --force to replace it.</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Namen, oder ersetzen Sie die Datei mit --force.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>EventGenerator</name>
    <message>
        <source>Cannot plant %1 conflicts: the timetable has only %2 pairs of sessions at the same time in different rooms. Add rooms or sessions.</source>
        <translation>%1 Konflikte können nicht eingebaut werden: Der Zeitplan hat nur %2 Paare gleichzeitiger Programmpunkte in verschiedenen Räumen. Fügen Sie Räume oder Programmpunkte hinzu.</translation>
    </message>
</context>
<context>
    <name>EventPropertiesDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Veranstalter:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Geben Sie der Veranstaltung einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Podium knows. Pick one from the list, such as Europe/Luxembourg.</source>
        <translation>„%1“ ist keine Zeitzone, die Podium kennt. Wählen Sie eine aus der Liste, etwa Europe/Luxembourg.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Der letzte Tag liegt vor dem ersten Tag.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Sessions that start before this time belong to the programme day before: a talk at 00:55 after an evening programme stays on that evening&apos;s day.</source>
        <translation>Programmpunkte, die vor dieser Uhrzeit beginnen, gehören zum vorherigen Programmtag: Ein Vortrag um 00:55 nach einem Abendprogramm bleibt am Tag dieses Abends.</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>S&amp;tadt:</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Day &amp;changes at:</source>
        <translation>Tageswe&amp;chsel um:</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>is damaged: it holds no event.</source>
        <translation>ist beschädigt: Die Datei enthält keine Veranstaltung.</translation>
    </message>
</context>
<context>
    <name>EventRoles</name>
    <message>
        <source>There is no login “%1” on this server: create it first (CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos; in psql).</source>
        <translation>Auf diesem Server gibt es keine Anmeldung „%1“: Legen Sie sie zuerst an (CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos; in psql).</translation>
    </message>
    <message>
        <source>The event “%1” has no roles on this server: run podium-cli server init first.</source>
        <translation>Die Veranstaltung „%1“ hat auf diesem Server keine Rollen: Führen Sie zuerst podium-cli server init aus.</translation>
    </message>
    <message>
        <source>The server refused to give “%1” the %2 role: only the event&apos;s organisers and the server&apos;s administrators may.</source>
        <translation>Der Server hat sich geweigert, „%1“ die Rolle %2 zu geben: Das dürfen nur die Veranstalter der Veranstaltung und die Administratoren des Servers.</translation>
    </message>
    <message>
        <source>The server refused to take the %1 role from “%2”.</source>
        <translation>Der Server hat sich geweigert, „%2“ die Rolle %1 zu entziehen.</translation>
    </message>
    <message>
        <source>The server did not say what you may do with the event.</source>
        <translation>Der Server hat nicht mitgeteilt, was Sie mit der Veranstaltung tun dürfen.</translation>
    </message>
    <message>
        <source>You have no role for the event “%1” on this server: ask one of its organisers to run podium-cli server grant.</source>
        <translation>Sie haben auf diesem Server keine Rolle für die Veranstaltung „%1“: Bitten Sie eine der veranstaltenden Personen, podium-cli server grant auszuführen.</translation>
    </message>
    <message>
        <source>Your role for this event is the door desk: you can check people in, nothing else.</source>
        <translation>Ihre Rolle für diese Veranstaltung ist der Empfang: Sie können Personen einchecken, sonst nichts.</translation>
    </message>
    <message>
        <source>Your role for this event is viewer: you can read the programme but not change it.</source>
        <translation>Ihre Rolle für diese Veranstaltung ist Lesezugriff: Sie können das Programm lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>The server did not list its events.</source>
        <translation>Der Server hat seine Veranstaltungen nicht aufgelistet.</translation>
    </message>
</context>
<context>
    <name>EventServer</name>
    <message>
        <source>This database holds no Podium events yet: run `podium-cli server init %1` first.</source>
        <translation>Diese Datenbank enthält noch keine Podium-Veranstaltungen: Führen Sie zuerst `podium-cli server init %1` aus.</translation>
    </message>
    <message>
        <source>Name the event in the address: %1?event=NAME.</source>
        <translation>Nennen Sie die Veranstaltung in der Adresse: %1?event=NAME.</translation>
    </message>
    <message>
        <source>The server already has an event “%1”: choose another name, or add --replace to overwrite it.</source>
        <translation>Der Server hat bereits eine Veranstaltung „%1“: Wählen Sie einen anderen Namen, oder geben Sie --replace an, um sie zu überschreiben.</translation>
    </message>
    <message>
        <source>No event “%1” on this server; `podium-cli server list %2` shows them.</source>
        <translation>Keine Veranstaltung „%1“ auf diesem Server; `podium-cli server list %2` zeigt die vorhandenen an.</translation>
    </message>
</context>
<context>
    <name>ExportParticipantsDialog</name>
    <message>
        <source>Export Participants</source>
        <translation>Teilnehmende exportieren</translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation>CSV-Text (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Only those who &amp;consented to appear on shared lists</source>
        <translation>Nur Personen, die der Nennung auf geteilten Listen &amp;zugestimmt haben</translation>
    </message>
    <message>
        <source>Only the participants &amp;shown (current search and filters)</source>
        <translation>Nur die &amp;angezeigten Teilnehmenden (aktuelle Suche und Filter)</translation>
    </message>
    <message>
        <source>One &amp;sheet per category</source>
        <translation>Ein &amp;Tabellenblatt pro Kategorie</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Col&amp;umns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Tick at least one column to export.</source>
        <translation>Wählen Sie mindestens eine Spalte zum Exportieren aus.</translation>
    </message>
    <message>
        <source>-participants</source>
        <translation>-teilnehmende</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting participants…</source>
        <translation>Teilnehmende werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1</source>
        <translation>
            <numerusform>%n Teilnehmer(in) nach %1 exportiert</numerusform>
            <numerusform>%n Teilnehmende nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Internal codes instead of labels (speaker, waitlisted: for other programs)</source>
        <translation>&amp;Interne Codes statt Bezeichnungen (speaker, waitlisted: für andere Programme)</translation>
    </message>
    <message>
        <source>Categories, statuses and yes/no are written as you read them in Podium, in its language. Tick this for a program that expects Podium&apos;s fixed codes; the import reads both.</source>
        <translation>Kategorien, Status und Ja/Nein werden so geschrieben, wie Sie sie in Podium lesen, in dessen Sprache. Aktivieren Sie dies für ein Programm, das die festen Codes von Podium erwartet; der Import liest beides.</translation>
    </message>
</context>
<context>
    <name>ExportRowReader</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ExportScheduleCommand</name>
    <message>
        <source>Export the programme as frab/pretalx XML or JSON, iCalendar or a sessions CSV.</source>
        <translation>Das Programm als frab/pretalx-XML oder -JSON, als iCalendar oder als CSV der Programmpunkte exportieren.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Die Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>The file to write; its extension (.xml, .json, .ics, .csv) decides the format.</source>
        <translation>Die zu schreibende Datei; ihre Endung (.xml, .json, .ics, .csv) bestimmt das Format.</translation>
    </message>
    <message>
        <source>Only the sessions of this person (name, e-mail address or GUID).</source>
        <translation>Nur die Programmpunkte dieser Person (Name, E-Mail-Adresse oder GUID).</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>podium-cli export schedule: give the file to write with -o OUT.xml, OUT.json, OUT.ics or OUT.csv.</source>
        <translation>podium-cli export schedule: Geben Sie die zu schreibende Datei mit -o OUT.xml, OUT.json, OUT.ics oder OUT.csv an.</translation>
    </message>
    <message>
        <source>podium-cli export schedule: “%1” must end in %2, which decides the format.</source>
        <translation>podium-cli export schedule: „%1“ muss auf %2 enden; die Endung bestimmt das Format.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Wrote %1 (sessions: %2).</source>
        <translation>%1 geschrieben (Programmpunkte: %2).</translation>
    </message>
</context>
<context>
    <name>ExportSiteCommand</name>
    <message>
        <source>Export the programme as a static web site that works offline and on phones.</source>
        <translation>Das Programm als statische Website exportieren, die offline und auf Smartphones funktioniert.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Die Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>The folder to write the site into; exporting again into it lists what changed.</source>
        <translation>Der Ordner, in den die Website geschrieben wird; ein erneuter Export dorthin zeigt, was sich geändert hat.</translation>
    </message>
    <message>
        <source>The language of the site&apos;s interface: %1 (default: en).</source>
        <translation>Die Sprache der Website-Oberfläche: %1 (Standard: en).</translation>
    </message>
    <message>
        <source>Write into DIR even if it holds other files.</source>
        <translation>In DIR schreiben, auch wenn der Ordner andere Dateien enthält.</translation>
    </message>
    <message>
        <source>podium-cli export site: give the folder to write with -o DIR.</source>
        <translation>podium-cli export site: Geben Sie den Zielordner mit -o DIR an.</translation>
    </message>
    <message>
        <source>podium-cli export site: --lang must be one of %1.</source>
        <translation>podium-cli export site: --lang muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <source>Wrote the web site into %1: %2, %3 (%4 kB).</source>
        <translation>Website in %1 geschrieben: %2, %3 (%4 kB).</translation>
    </message>
    <message>
        <source>Changes since the previous export: %1.</source>
        <translation>Änderungen seit dem letzten Export: %1.</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <source>Name, in the order of its script</source>
        <translation>Name, in der Reihenfolge seiner Schrift</translation>
    </message>
    <message>
        <source>Name, first line (given name)</source>
        <translation>Name, erste Zeile (Vorname)</translation>
    </message>
    <message>
        <source>Name, second line (family name)</source>
        <translation>Name, zweite Zeile (Nachname)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Name with honorific</source>
        <translation>Name mit Anrede</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Name der Veranstaltung</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Name der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Titel der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Prüfcode</translation>
    </message>
    <message>
        <source>Insert &amp;Field</source>
        <translation>&amp;Feld einfügen</translation>
    </message>
    <message>
        <source>Insert a placeholder: each badge shows the participant&apos;s own value</source>
        <translation>Einen Platzhalter einfügen: Jedes Namensschild zeigt den eigenen Wert der Person</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Bescheinigung</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>FileProblemDialog</name>
    <message>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Checking “%1” before changing it…</source>
        <translation>„%1“ wird vor dem Ändern geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FrabJsonReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the JSON is not well-formed: %1.</source>
        <translation>das JSON ist nicht wohlgeformt: %1.</translation>
    </message>
    <message>
        <source>there is no &quot;schedule&quot; object: this is not a frab/pretalx schedule.json file.</source>
        <translation>es gibt kein &quot;schedule&quot;-Objekt: Dies ist keine schedule.json-Datei von frab/pretalx.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>the file holds %1, not an object with a &quot;schedule&quot;: this is not a frab/pretalx schedule.json file.</source>
        <translation>die Datei enthält %1, kein Objekt mit &quot;schedule&quot;: Dies ist keine schedule.json-Datei von frab/pretalx.</translation>
    </message>
    <message>
        <source>the events are listed beside the days (the C3VOC “schedule 2” layout), which Podium does not read: export the schedule.json of the frab/pretalx layout, with the events in the days&apos; rooms.</source>
        <translation>die Programmpunkte stehen neben den Tagen (das C3VOC-Layout „schedule 2“), das Podium nicht liest: Exportieren Sie die schedule.json im frab/pretalx-Layout, mit den Programmpunkten in den Räumen der Tage.</translation>
    </message>
</context>
<context>
    <name>FrabJsonWriter</name>
    <message>
        <source>The schedule could not be written: %1</source>
        <translation>Das Programm konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>FrabXmlReader</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt; ignored.</source>
        <translation>unbekanntes Element &lt;%1&gt; in &lt;%2&gt; ignoriert.</translation>
    </message>
    <message>
        <source>the file has a DOCTYPE declaration; schedule files never need one, and it is refused for safety.</source>
        <translation>die Datei enthält eine DOCTYPE-Deklaration; Programmdateien brauchen nie eine, daher wird sie aus Sicherheitsgründen abgelehnt.</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;schedule&gt;: this is not a frab/pretalx schedule file.</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;schedule&gt;: Dies ist keine Programmdatei von frab/pretalx.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the XML is not well-formed: %1</source>
        <translation>das XML ist nicht wohlgeformt: %1</translation>
    </message>
</context>
<context>
    <name>FrabXmlWriter</name>
    <message>
        <source>The schedule could not be written: %1</source>
        <translation>Das Programm konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>FreeBusyReader</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Podium reads free/busy files up to %2 MB.</source>
        <translation>%1 ist größer als %2 MB; Podium liest Frei/Belegt-Dateien bis %2 MB.</translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.</source>
        <translation>%1 ist keine iCalendar-Datei: Sie beginnt nicht mit BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file: it holds binary data.</source>
        <translation>%1 ist keine iCalendar-Datei: Sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>%1 could not be read as iCalendar.</source>
        <translation>%1 konnte nicht als iCalendar gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds no free/busy times (no VFREEBUSY component).</source>
        <translation>%1 enthält keine Frei/Belegt-Zeiten (keine VFREEBUSY-Komponente).</translation>
    </message>
    <message>
        <source>line %1 (free/busy %2), %3: %4</source>
        <translation>Zeile %1 (Frei/Belegt %2), %3: %4</translation>
    </message>
    <message>
        <source>missing: say whose free/busy this is.</source>
        <translation>fehlt: Geben Sie an, wessen Frei/Belegt-Angabe das ist.</translation>
    </message>
    <message>
        <source>no time covered: give DTSTART and DTEND, or the event its days.</source>
        <translation>keine Zeit abgedeckt: Geben Sie DTSTART und DTEND an oder der Veranstaltung ihre Tage.</translation>
    </message>
    <message>
        <source>“%1” is not a period of time.</source>
        <translation>„%1“ ist kein Zeitraum.</translation>
    </message>
    <message>
        <source>%1 is busy all the time the file covers; Podium records when people and rooms are available, so remove them from the file or give some free time.</source>
        <translation>%1 ist während der gesamten von der Datei abgedeckten Zeit belegt; Podium erfasst, wann Personen und Räume verfügbar sind, entfernen Sie sie also aus der Datei oder geben Sie etwas freie Zeit an.</translation>
    </message>
    <message>
        <source>%1 cannot be imported, nothing was changed:
%2</source>
        <translation>%1 kann nicht importiert werden, nichts wurde geändert:
%2</translation>
    </message>
</context>
<context>
    <name>HeaderMapper</name>
    <message>
        <source>--map “%1”: expected COLUMN=field, e.g. &quot;Nom=last_name&quot;.</source>
        <translation>--map „%1“: erwartet SPALTE=Feld, z. B. &quot;Nom=last_name&quot;.</translation>
    </message>
    <message>
        <source>--map “%1”: the file has no column “%2” (its columns: %3).</source>
        <translation>--map „%1“: Die Datei hat keine Spalte „%2“ (ihre Spalten: %3).</translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is not a participant field (expected one of: %3, name, ignore).</source>
        <translation>--map „%1“: „%2“ ist kein Teilnehmerfeld (erwartet eines von: %3, name, ignore).</translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both hold “%3”: import one of them only.</source>
        <translation>Die Spalten „%1“ und „%2“ enthalten beide „%3“: Importieren Sie nur eine davon.</translation>
    </message>
    <message>
        <source>No column holds the last name (found: %1). Name the column “Last name”, “Nom” or “Nachname”, or map it with --map COLUMN=last_name.</source>
        <translation>Keine Spalte enthält den Nachnamen (gefunden: %1). Nennen Sie die Spalte „Nachname“, „Last name“ oder „Nom“, oder ordnen Sie sie mit --map SPALTE=last_name zu.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named “%3”, and Podium cannot tell which one to import. Rename one, or leave one out with --map %2=ignore.</source>
        <translation>Die Spalten %1 und %2 heißen beide „%3“, und Podium kann nicht erkennen, welche importiert werden soll. Benennen Sie eine um, oder lassen Sie eine mit --map %2=ignore weg.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of this %1</source>
        <translation>Verlauf dieses Elements (%1)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>&amp;Revert This Change</source>
        <translation>Diese Änderung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Revert %1 of %2 %3</source>
        <translation>%1 von %2 %3 zurücknehmen</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>Der Kalender konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ImageImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Every row has been checked; nothing is written until you press Import. If any row has a problem, nothing is imported: correct the file and try again.</source>
        <translation>Jede Zeile wurde geprüft; nichts wird geschrieben, bevor Sie auf Importieren klicken. Hat eine Zeile ein Problem, wird nichts importiert: Korrigieren Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The check was cancelled. Press Back and Next to check again.</source>
        <translation>Die Prüfung wurde abgebrochen. Klicken Sie auf Zurück und dann auf Weiter, um erneut zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;%n problem(s) found: nothing can be imported yet.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b00020&apos;&gt;%n Problem gefunden: Noch kann nichts importiert werden.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#b00020&apos;&gt;%n Probleme gefunden: Noch kann nichts importiert werden.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1</source>
        <translation>Bereit zum Import: %1</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <source>A CSV file saved by Excel, LibreOffice or a registration website. Podium recognises the encoding, the separator and column names in English, French and German.</source>
        <translation>Eine CSV-Datei aus Excel, LibreOffice oder einer Anmelde-Website. Podium erkennt Kodierung, Trennzeichen und Spaltennamen auf Englisch, Französisch und Deutsch.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>Teilnehmende importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Skip them (keep what Podium has)</source>
        <translation>Überspringen (Daten in Podium behalten)</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>Mit den Werten aus der Datei aktualisieren</translation>
    </message>
    <message>
        <source>Stop: import nothing</source>
        <translation>Abbrechen: nichts importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>People already in the event
(same e-mail address):</source>
        <translation>Personen, die schon in der Veranstaltung sind
(gleiche E-Mail-Adresse):</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>What each column holds</source>
        <translation>Inhalt der Spalten</translation>
    </message>
    <message>
        <source>Check Podium&apos;s reading of the columns; change any that is wrong. Columns marked “not imported” are left out.</source>
        <translation>Prüfen Sie, wie Podium die Spalten gelesen hat, und korrigieren Sie falsche Zuordnungen. Spalten mit „nicht importiert“ werden ausgelassen.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, separated by %2; %n example row(s) shown.</source>
        <translation>
            <numerusform>Gelesen als %1, getrennt durch %2; %n Beispielzeile angezeigt.</numerusform>
            <numerusform>Gelesen als %1, getrennt durch %2; %n Beispielzeilen angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportParticipantsCommand</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>The import cannot be redone: %1</source>
        <translation>Der Import kann nicht wiederholt werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportParticipantsWizard</name>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>Teilnehmende importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Teilnehmende werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n row(s): %1 new, %2 updated, %3 skipped (already registered).</source>
        <translation>
            <numerusform>%n Zeile: %1 neu, %2 aktualisiert, %3 übersprungen (bereits angemeldet).</numerusform>
            <numerusform>%n Zeilen: %1 neu, %2 aktualisiert, %3 übersprungen (bereits angemeldet).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportScheduleCommand</name>
    <message>
        <source>Import Schedule “%1”</source>
        <translation>Programm „%1“ importieren</translation>
    </message>
    <message>
        <source>The event file; created when it does not exist yet.</source>
        <translation>Die Veranstaltungsdatei; sie wird angelegt, falls sie noch nicht existiert.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3</source>
        <translation>%1 in %2 importiert: %3</translation>
    </message>
    <message>
        <source>Import a schedule (frab/pretalx XML or JSON, or CSV) into a new or empty event, or merge it by GUID.</source>
        <translation>Ein Programm (frab/pretalx-XML oder -JSON oder CSV) in eine neue oder leere Veranstaltung importieren oder per GUID zusammenführen.</translation>
    </message>
    <message>
        <source>The schedule to import: frab/pretalx XML or JSON, or a CSV spreadsheet with a session a row (columns such as Room, Date, Start, Duration, Title, Speakers; Podium&apos;s sessions CSV export too).</source>
        <translation>Das zu importierende Programm: frab/pretalx-XML oder -JSON oder eine CSV-Tabelle mit einem Programmpunkt pro Zeile (Spalten wie Raum, Datum, Beginn, Dauer, Titel, Referierende; auch der CSV-Export der Programmpunkte aus Podium).</translation>
    </message>
    <message>
        <source>Merge into an event that already has a programme: sessions with the same GUID are updated, the others added; sessions the file does not have are kept.</source>
        <translation>In eine Veranstaltung mit vorhandenem Programm zusammenführen: Programmpunkte mit derselben GUID werden aktualisiert, die anderen hinzugefügt; Programmpunkte, die nicht in der Datei sind, bleiben erhalten.</translation>
    </message>
    <message>
        <source>With --merge: remove the event&apos;s sessions that the file does not have.</source>
        <translation>Mit --merge: die Programmpunkte der Veranstaltung entfernen, die nicht in der Datei sind.</translation>
    </message>
    <message>
        <source>For a CSV file: say what a column holds, COLUMN=field (COLUMN is a header or a number; field is e.g. title, room, date, start, duration, speakers or ignore). Repeatable.</source>
        <translation>Für eine CSV-Datei: angeben, was eine Spalte enthält, SPALTE=Feld (SPALTE ist eine Überschrift oder Nummer; Feld ist z. B. title, room, date, start, duration, speakers oder ignore). Wiederholbar.</translation>
    </message>
    <message>
        <source>Show what the import would add, change and remove; write nothing.</source>
        <translation>Zeigen, was der Import hinzufügen, ändern und entfernen würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>podium-cli %1: --remove-missing needs --merge (it removes the sessions of the event that the file does not have).</source>
        <translation>podium-cli %1: --remove-missing braucht --merge (es entfernt die Programmpunkte der Veranstaltung, die nicht in der Datei sind).</translation>
    </message>
    <message>
        <source>already has a programme: nothing was imported. Add --merge to merge the schedule into it by GUID (--dry-run shows what would change), or give a new file name.</source>
        <translation>hat bereits ein Programm: Nichts wurde importiert. Mit --merge wird das Programm per GUID damit zusammengeführt (--dry-run zeigt, was sich ändern würde), oder geben Sie einen neuen Dateinamen an.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: importing %1 into %2 would give %3</source>
        <translation>Probelauf, nichts geschrieben: Der Import von %1 in %2 ergäbe %3</translation>
    </message>
    <message>
        <source>Sessions of the event that are not in the file: %1. They stay in the event; add --remove-missing to remove them.</source>
        <translation>Programmpunkte der Veranstaltung, die nicht in der Datei sind: %1. Sie bleiben in der Veranstaltung; mit --remove-missing werden sie entfernt.</translation>
    </message>
    <message>
        <source>The time zone (IANA name, e.g. Europe/Brussels) of a schedule that names none: its times are read in it, and a new event takes it. Needed for a new event when the file names no zone.</source>
        <translation>Die Zeitzone (IANA-Name, z. B. Europe/Brussels) eines Programms, das keine nennt: Seine Zeiten werden darin gelesen, und eine neue Veranstaltung übernimmt sie. Für eine neue Veranstaltung nötig, wenn die Datei keine Zone nennt.</translation>
    </message>
    <message>
        <source>“%1” names no time zone (no &lt;time_zone_name&gt;): give the zone its times are in with --timezone, e.g. --timezone Europe/Brussels. Nothing was imported.</source>
        <translation>„%1“ nennt keine Zeitzone (kein &lt;time_zone_name&gt;): Geben Sie die Zone seiner Zeiten mit --timezone an, z. B. --timezone Europe/Brussels. Nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>the event&apos;s details</source>
        <translation>Tabelle der Veranstaltungsangaben</translation>
    </message>
    <message>
        <source>the rooms table</source>
        <translation>Tabelle der Räume</translation>
    </message>
    <message>
        <source>the tracks table</source>
        <translation>Tabelle der Themenbereiche</translation>
    </message>
    <message>
        <source>the sessions table</source>
        <translation>Tabelle der Programmpunkte</translation>
    </message>
    <message>
        <source>the people table</source>
        <translation>Tabelle der Personen</translation>
    </message>
    <message>
        <source>the speakers table</source>
        <translation>Tabelle der Referierenden</translation>
    </message>
    <message>
        <source>the participants table</source>
        <translation>Tabelle der Teilnehmenden</translation>
    </message>
    <message>
        <source>the session links table</source>
        <translation>Tabelle der Links zu Programmpunkten</translation>
    </message>
    <message>
        <source>the settings table</source>
        <translation>Tabelle der Einstellungen</translation>
    </message>
    <message>
        <source>the file&apos;s table of contents</source>
        <translation>Tabellenliste der Datei</translation>
    </message>
    <message>
        <source>the table “%1”</source>
        <translation>Tabelle „%1“</translation>
    </message>
    <message>
        <source>parts of %1 cannot be read</source>
        <translation>Teile der %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>1 page of %1 cannot be read</source>
        <translation>1 Seite der %1 kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n pages of %1 cannot be read</source>
        <translation>
            <numerusform>%n Seite der %1 kann nicht gelesen werden</numerusform>
            <numerusform>%n Seiten der %1 können nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 page of an index of %1 cannot be read</source>
        <translation>1 Seite eines Index der %1 kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n pages of an index of %1 cannot be read</source>
        <translation>
            <numerusform>%n Seite eines Index der %1 kann nicht gelesen werden</numerusform>
            <numerusform>%n Seiten eines Index der %1 können nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>an index of %1 does not match its rows</source>
        <translation>ein Index der %1 passt nicht zu ihren Zeilen</translation>
    </message>
    <message>
        <source>1 page cannot be read</source>
        <translation>1 Seite kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n pages cannot be read</source>
        <translation>
            <numerusform>%n Seite kann nicht gelesen werden</numerusform>
            <numerusform>%n Seiten können nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite found problems in it</source>
        <translation>SQLite hat darin Probleme gefunden</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Use File ▸ Repair.</source>
        <translation>%1 ist beschädigt: %2. Verwenden Sie Datei ▸ Reparieren.</translation>
    </message>
    <message>
        <source>%1 was not checked: the check was cancelled.</source>
        <translation>%1 wurde nicht geprüft: Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is changing it. Try again when it has finished.</source>
        <translation>%1 ist von einem anderen Programm gesperrt, das die Datei gerade ändert. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>the availability table</source>
        <translation>Tabelle der Verfügbarkeiten</translation>
    </message>
    <message>
        <source>the session constraints table</source>
        <translation>Tabelle der Einschränkungen von Programmpunkten</translation>
    </message>
    <message>
        <source>the badge designs table</source>
        <translation>Tabelle der Namensschild-Designs</translation>
    </message>
    <message>
        <source>the design images table</source>
        <translation>Tabelle der Design-Bilder</translation>
    </message>
</context>
<context>
    <name>JsonValueReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>einen Wahrheitswert (true/false)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1: erwartet %2, gefunden %3</translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <source>The paper and the label need a width and a height above 0 mm.</source>
        <translation>Papier und Etikett brauchen eine Breite und eine Höhe über 0 mm.</translation>
    </message>
    <message>
        <source>A sheet has 1 to 20 columns and 1 to 40 rows of labels.</source>
        <translation>Ein Bogen hat 1 bis 20 Spalten und 1 bis 40 Reihen Etiketten.</translation>
    </message>
    <message>
        <source>A badge needs at least 30 x 20 mm to hold a name and a QR code.</source>
        <translation>Ein Namensschild braucht mindestens 30 x 20 mm für einen Namen und einen QR-Code.</translation>
    </message>
    <message>
        <source>The pitch (%1 x %2 mm) is smaller than the label (%3 x %4 mm): labels would overlap.</source>
        <translation>Das Rastermaß (%1 x %2 mm) ist kleiner als das Etikett (%3 x %4 mm): Die Etiketten würden sich überlappen.</translation>
    </message>
    <message>
        <source>The labels need %1 x %2 mm but the paper is %3 x %4 mm.</source>
        <translation>Die Etiketten brauchen %1 x %2 mm, das Papier misst aber %3 x %4 mm.</translation>
    </message>
    <message>
        <source>The margins cannot be negative.</source>
        <translation>Die Ränder dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Write a custom sheet as custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS (millimetres), e.g. %1.</source>
        <translation>Geben Sie einen eigenen Bogen als custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS an (in Millimetern), z. B. %1.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>“%1” is not NAME=NUMBERxNUMBER. %2</source>
        <translation>„%1“ hat nicht die Form NAME=NUMBERxNUMBER. %2</translation>
    </message>
    <message>
        <source>grid= takes whole numbers of columns and rows, not “%1”.</source>
        <translation>grid= erwartet ganze Zahlen für Spalten und Reihen, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown part “%1”. %2</source>
        <translation>Unbekannter Teil „%1“. %2</translation>
    </message>
    <message>
        <source>The custom sheet has no %1=. %2</source>
        <translation>Dem eigenen Bogen fehlt %1=. %2</translation>
    </message>
    <message>
        <source>A6 badges, 4 per A4 page</source>
        <translation>A6-Namensschilder, 4 pro A4-Seite</translation>
    </message>
    <message>
        <source>Credit-card badges, 10 per A4 page</source>
        <translation>Namensschilder im Kreditkartenformat, 10 pro A4-Seite</translation>
    </message>
    <message>
        <source>Avery L7165 labels (99.1 x 67.7 mm, 8 per A4 sheet)</source>
        <translation>Avery-L7165-Etiketten (99,1 x 67,7 mm, 8 pro A4-Bogen)</translation>
    </message>
    <message>
        <source>Avery 5395 name badge labels (3⅜ x 2⅓ in, 8 per US Letter sheet)</source>
        <translation>Avery-5395-Namensetiketten (3⅜ x 2⅓ Zoll, 8 pro US-Letter-Bogen)</translation>
    </message>
    <message>
        <source>Unknown badge layout “%1”: expected one of %2, or custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS.</source>
        <translation>Unbekanntes Namensschild-Layout „%1“: Erwartet wird eines von %2 oder custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS.</translation>
    </message>
    <message>
        <source>A7 badges, 8 per A4 page</source>
        <translation>A7-Namensschilder, 8 pro A4-Seite</translation>
    </message>
    <message>
        <source>Avery L7163 labels (99.1 x 38.1 mm, 14 per A4 sheet)</source>
        <translation>Avery-L7163-Etiketten (99,1 x 38,1 mm, 14 pro A4-Bogen)</translation>
    </message>
    <message>
        <source>Avery 5392 badge inserts (4 x 3 in, 6 per US Letter sheet)</source>
        <translation>Avery-5392-Namensschildeinlagen (4 x 3 Zoll, 6 pro US-Letter-Bogen)</translation>
    </message>
    <message>
        <source>4 x 3 in badges, 6 per US Letter page</source>
        <translation>Namensschilder 4 x 3 Zoll, 6 pro US-Letter-Seite</translation>
    </message>
    <message>
        <source>HERMA 4099 labels (96 x 50.8 mm, 10 per A4 sheet)</source>
        <translation>HERMA-4099-Etiketten (96 x 50,8 mm, 10 pro A4-Bogen)</translation>
    </message>
    <message>
        <source>Brother QL, 62 mm continuous tape (DK-22205)</source>
        <translation>Brother QL, 62-mm-Endlosband (DK-22205)</translation>
    </message>
    <message>
        <source>Brother QL, 62 x 100 mm labels (DK-11202)</source>
        <translation>Brother QL, Etiketten 62 x 100 mm (DK-11202)</translation>
    </message>
    <message>
        <source>Dymo LabelWriter, 54 x 101 mm labels (99014)</source>
        <translation>Dymo LabelWriter, Etiketten 54 x 101 mm (99014)</translation>
    </message>
    <message>
        <source>Zebra, 4 x 3 in labels</source>
        <translation>Zebra, Etiketten 4 x 3 Zoll</translation>
    </message>
</context>
<context>
    <name>LabelSheetEditor</name>
    <message>
        <source>Pa&amp;per (mm):</source>
        <translation>&amp;Papier (mm):</translation>
    </message>
    <message>
        <source>&amp;Label (mm):</source>
        <translation>&amp;Etikett (mm):</translation>
    </message>
    <message>
        <source>First label &amp;at (left × top, mm):</source>
        <translation>Erstes Etikett &amp;bei (links × oben, mm):</translation>
    </message>
    <message>
        <source>Pi&amp;tch (across × down, mm):</source>
        <translation>&amp;Rastermaß (quer × längs, mm):</translation>
    </message>
    <message>
        <source>&amp;Grid (columns × rows):</source>
        <translation>&amp;Gitter (Spalten × Reihen):</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Podium events (*.podium);;All files (*)</source>
        <translation>Podium-Veranstaltungen (*.podium);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Event</source>
        <translation>&amp;Demo-Veranstaltung öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Import &amp;Schedule…</source>
        <translation>Programm &amp;importieren…</translation>
    </message>
    <message>
        <source>Expor&amp;t Schedule…</source>
        <translation>Programm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Podium</source>
        <translation>Ü&amp;ber Podium</translation>
    </message>
    <message>
        <source>About Podium</source>
        <translation>Über Podium</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Podium %1&lt;/h3&gt;&lt;p&gt;The offline conference organiser: programme, participants, badges and lists for scientific and industry events.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Podium %1&lt;/h3&gt;&lt;p&gt;Der Offline-Konferenzplaner: Programm, Teilnehmende, Namensschilder und Listen für Veranstaltungen aus Wissenschaft und Industrie.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>The file was changed by another program: reloaded.</source>
        <translation>Die Datei wurde von einem anderen Programm geändert und neu geladen.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <source>%1 – %2 – Podium</source>
        <translation>%1 – %2 – Podium</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Create Event File</source>
        <translation>Veranstaltungsdatei anlegen</translation>
    </message>
    <message>
        <source>“%1” already exists. Podium never overwrites an event file: choose another name.</source>
        <translation>„%1“ existiert bereits. Podium überschreibt nie eine Veranstaltungsdatei: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Open Event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source> (copy).podium</source>
        <translation> (Kopie).podium</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>Event Properties</source>
        <translation>Veranstaltungseigenschaften</translation>
    </message>
    <message>
        <source>Export &amp;Web Site…</source>
        <translation>&amp;Website exportieren…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Print and PDF…</source>
        <translation>&amp;Drucken und PDF…</translation>
    </message>
    <message>
        <source>&amp;Desk Mode (Check-in Only)</source>
        <translation>&amp;Empfangsmodus (nur Check-in)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Click the file to open it</source>
        <translation>Klicken Sie auf die Datei, um sie zu öffnen</translation>
    </message>
    <message>
        <source>Rep&amp;air…</source>
        <translation>&amp;Reparieren…</translation>
    </message>
    <message>
        <source>&amp;Badge and Certificate Designer…</source>
        <translation>&amp;Namensschild- und Bescheinigungs-Designer…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Open &amp;from Server…</source>
        <translation>Vom &amp;Server öffnen…</translation>
    </message>
    <message>
        <source>Open an event your team keeps on a PostgreSQL server</source>
        <translation>Eine Veranstaltung öffnen, die Ihr Team auf einem PostgreSQL-Server verwaltet</translation>
    </message>
    <message>
        <source>R&amp;econnect to Server</source>
        <translation>Erneut mit dem Server &amp;verbinden</translation>
    </message>
    <message>
        <source>Connect again to the server of the open event (after the connection was lost)</source>
        <translation>Erneut mit dem Server der geöffneten Veranstaltung verbinden (nachdem die Verbindung verloren gegangen ist)</translation>
    </message>
    <message>
        <source>Updated with a change saved elsewhere.</source>
        <translation>Mit einer anderswo gespeicherten Änderung aktualisiert.</translation>
    </message>
    <message>
        <source>Opened “%1” on %2 as %3.</source>
        <translation>„%1“ geöffnet (Server: %2, Rolle: %3).</translation>
    </message>
    <message>
        <source>An event on a server is not a file: its administrator backs it up, and podium-cli pull writes a copy of it to a file.</source>
        <translation>Eine Veranstaltung auf einem Server ist keine Datei: Die Administration des Servers sichert sie, und podium-cli pull schreibt eine Kopie davon in eine Datei.</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>On %1 as %2</source>
        <translation>Server: %1, Rolle: %2</translation>
    </message>
    <message>
        <source>%1 – %2 on %3 – Podium</source>
        <translation>%1 – %2 (Server: %3) – Podium</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Podium Manual</source>
        <translation>Podium-Handbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>MarkBadgesPrintedCommand</name>
    <message numerus="yes">
        <source>Mark %n Badge(s) Printed</source>
        <translation>
            <numerusform>%n Namensschild als gedruckt markieren</numerusform>
            <numerusform>%n Namensschilder als gedruckt markieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePeopleCommand</name>
    <message>
        <source>Merge People into “%1”</source>
        <translation>Personen zu „%1“ zusammenführen</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge People</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>These %n people will become one. The kept person takes over every session role and the registration of the others, who are then removed.</source>
        <translation>
            <numerusform>Diese %n Personen werden zu einer. Die behaltene Person übernimmt alle Rollen im Programm und die Anmeldung der anderen, die danach entfernt werden.</numerusform>
            <numerusform>Diese %n Personen werden zu einer. Die behaltene Person übernimmt alle Rollen im Programm und die Anmeldung der anderen, die danach entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values of the merged person&lt;/b&gt;</source>
        <translation>&lt;b&gt;Werte der zusammengeführten Person&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Organisation type:</source>
        <translation>Organisationstyp:</translation>
    </message>
    <message numerus="yes">
        <source>%1 will have %n session role(s).</source>
        <translation>
            <numerusform>%1 wird %n Rolle im Programm haben.</numerusform>
            <numerusform>%1 wird %n Rollen im Programm haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) held by more than one of them in the same session will be kept once.</source>
        <translation>
            <numerusform>%n Rolle, die mehrere von ihnen im selben Programmpunkt innehaben, wird nur einmal behalten.</numerusform>
            <numerusform>%n Rollen, die mehrere von ihnen im selben Programmpunkt innehaben, werden nur einmal behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration kept: %1.</source>
        <translation>Beibehaltene Anmeldung: %1.</translation>
    </message>
    <message>
        <source>You can undo the merge with Edit ▸ Undo.</source>
        <translation>Sie können das Zusammenführen mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n registration(s) removed&lt;/b&gt; (one person has one registration): %1. Their check-in, dietary and consent details are not copied.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Anmeldung entfernt&lt;/b&gt; (eine Person hat eine Anmeldung): %1. Ihre Angaben zu Check-in, Ernährung und Einwilligungen werden nicht übernommen.</numerusform>
            <numerusform>&lt;b&gt;%n Anmeldungen entfernt&lt;/b&gt; (eine Person hat eine Anmeldung): %1. Ihre Angaben zu Check-in, Ernährung und Einwilligungen werden nicht übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>could not be upgraded to file format %1: %2</source>
        <translation>konnte nicht auf das Dateiformat %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>cannot be upgraded inside another change: try again.</source>
        <translation>kann nicht während einer anderen Änderung aktualisiert werden: Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>NewPersonCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>OfflineDeskCache</name>
    <message>
        <source>This desk has no copy of the event yet: it must reach the server once first.</source>
        <translation>Dieser Empfang hat noch keine Kopie der Veranstaltung: Er muss zuerst einmal den Server erreichen.</translation>
    </message>
    <message>
        <source>The desk&apos;s copy of the event “%1” cannot be read: %2</source>
        <translation>Die Veranstaltungskopie des Empfangs „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a desk&apos;s copy of an event that this Podium can read.</source>
        <translation>„%1“ ist keine Veranstaltungskopie eines Empfangs, die dieses Podium lesen kann.</translation>
    </message>
    <message>
        <source>The desk&apos;s copy of the event “%1” is damaged.</source>
        <translation>Die Veranstaltungskopie des Empfangs „%1“ ist beschädigt.</translation>
    </message>
    <message>
        <source>The desk&apos;s copy of the event cannot be written to “%1”: %2</source>
        <translation>Die Veranstaltungskopie des Empfangs kann nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>OpenFromServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Vom Server öffnen</translation>
    </message>
    <message>
        <source>postgresql://you@db.example.org/podium</source>
        <translation>postgresql://sie@db.example.org/podium</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>The address your team&apos;s administrator gave you. A password in ~/.pgpass or a service in pg_service.conf is used as it is.</source>
        <translation>Die Adresse, die Ihnen die Administration Ihres Teams gegeben hat. Ein Passwort in ~/.pgpass oder ein Dienst in pg_service.conf wird unverändert verwendet.</translation>
    </message>
    <message>
        <source>Not needed when the server knows you</source>
        <translation>Nicht nötig, wenn der Server Sie kennt</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>Passwort im Schlüsselbund dieses Computers &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Events on this server:</source>
        <translation>V&amp;eranstaltungen auf diesem Server:</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected. The password was not remembered: %1</source>
        <translation>Verbunden. Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>This server has no events yet. Publish one with podium-cli publish.</source>
        <translation>Dieser Server hat noch keine Veranstaltungen. Veröffentlichen Sie eine mit podium-cli publish.</translation>
    </message>
    <message>
        <source>Choose an event and press Open.</source>
        <translation>Wählen Sie eine Veranstaltung und klicken Sie auf „Öffnen“.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 ist ein Ordner: Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or allow overwriting it (--force).</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Namen, oder erlauben Sie das Überschreiben (--force).</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>No event open</source>
        <translation>Keine Veranstaltung geöffnet</translation>
    </message>
    <message>
        <source>Create a new event with File ▸ New, open one with File ▸ Open, or look around in the demo event with File ▸ Open Demo.</source>
        <translation>Legen Sie mit Datei ▸ Neue Veranstaltung eine Veranstaltung an, öffnen Sie eine mit Datei ▸ Öffnen, oder sehen Sie sich mit Datei ▸ Demo-Veranstaltung öffnen das Beispiel an.</translation>
    </message>
    <message>
        <source>The event cannot be read</source>
        <translation>Die Veranstaltung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 (%2 checked in)</source>
        <translation>%1 (%2 eingecheckt)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Themenbereiche</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <source>%1 (%2 scheduled)</source>
        <translation>%1 (%2 eingeplant)</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Referierende</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <source>The pages could not be painted.</source>
        <translation>Die Seiten konnten nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit to Width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ganze Breite</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>May appear on attendee &amp;lists shared with others</source>
        <translation>Darf auf geteilten Teilnehmer&amp;listen erscheinen</translation>
    </message>
    <message>
        <source>May be &amp;photographed</source>
        <translation>Darf fotografiert &amp;werden</translation>
    </message>
    <message>
        <source>&amp;Badge printed</source>
        <translation>&amp;Namensschild gedruckt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Na&amp;chname:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation t&amp;ype:</source>
        <translation>Organisationst&amp;yp:</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation>Ernährungs&amp;bedürfnisse:</translation>
    </message>
    <message>
        <source>&amp;Accessibility:</source>
        <translation>Barrierefre&amp;iheit:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Anmerk&amp;ungen:</translation>
    </message>
    <message>
        <source>Registration code:</source>
        <translation>Anmeldecode:</translation>
    </message>
    <message>
        <source>Give at least a name.</source>
        <translation>Geben Sie mindestens einen Namen an.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 already uses this e-mail address. Each person should have their own.</source>
        <translation>%1 verwendet diese E-Mail-Adresse bereits. Jede Person sollte ihre eigene haben.</translation>
    </message>
</context>
<context>
    <name>ParticipantExportOptions</name>
    <message>
        <source>Standard CSV (comma, UTF-8)</source>
        <translation>Standard-CSV (Komma, UTF-8)</translation>
    </message>
    <message>
        <source>Excel (comma, UTF-8 with BOM)</source>
        <translation>Excel (Komma, UTF-8 mit BOM)</translation>
    </message>
    <message>
        <source>Excel (Europe: semicolon, UTF-8 with BOM)</source>
        <translation>Excel (Europa: Semikolon, UTF-8 mit BOM)</translation>
    </message>
    <message>
        <source>Attendee list to share (only those who consented)</source>
        <translation>Teilnehmerliste zum Weitergeben (nur mit Zustimmung)</translation>
    </message>
    <message>
        <source>“%1” is not an export preset (expected one of: %2).</source>
        <translation>„%1“ ist keine Exportvorlage (erwartet eine von: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a participant column (expected some of: %2).</source>
        <translation>„%1“ ist keine Teilnehmerspalte (erwartet einige von: %2).</translation>
    </message>
    <message>
        <source>No columns given.</source>
        <translation>Keine Spalten angegeben.</translation>
    </message>
</context>
<context>
    <name>ParticipantField</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisationstyp</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Dietary requirements</source>
        <translation>Ernährungsbedürfnisse</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Consent to list</source>
        <translation>Zustimmung Listen</translation>
    </message>
    <message>
        <source>Consent to photos</source>
        <translation>Zustimmung Fotos</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
</context>
<context>
    <name>ParticipantImporter</name>
    <message>
        <source>line %1, column “%2”</source>
        <translation>Zeile %1, Spalte „%2“</translation>
    </message>
    <message>
        <source>line %1: the registration code %2 already belongs to another participant.</source>
        <translation>Zeile %1: Der Anmeldecode %2 gehört bereits einer anderen teilnehmenden Person.</translation>
    </message>
    <message>
        <source>%1: “%2” appears twice in the file (first on line %3).</source>
        <translation>%1: „%2“ kommt zweimal in der Datei vor (zuerst in Zeile %3).</translation>
    </message>
    <message>
        <source>%1: “%2” is already in the event.</source>
        <translation>%1: „%2“ ist bereits in der Veranstaltung.</translation>
    </message>
</context>
<context>
    <name>ParticipantRecordParser</name>
    <message>
        <source>line %1, column “%2”</source>
        <translation>Zeile %1, Spalte „%2“</translation>
    </message>
    <message>
        <source>line %1: %2 values but only %3 columns in the header; the extra values were left out.</source>
        <translation>Zeile %1: %2 Werte, aber nur %3 Spalten in der Kopfzeile; die überzähligen Werte wurden ausgelassen.</translation>
    </message>
    <message>
        <source>%1: the name is missing.</source>
        <translation>%1: Der Name fehlt.</translation>
    </message>
    <message>
        <source>“%1” is not known (expected one of: %2).</source>
        <translation>„%1“ ist unbekannt (erwartet eines von: %2).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a Podium registration code; a new code was given.</source>
        <translation>%1: „%2“ ist kein Podium-Anmeldecode; ein neuer Code wurde vergeben.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected e.g. 2018-12-14 09:30 or 14.12.2018).</source>
        <translation>„%1“ ist kein Datum (erwartet z. B. 2018-12-14 09:30 oder 14.12.2018).</translation>
    </message>
    <message>
        <source>line %1: “%2” holds bytes that are not UTF-8 (shown as �). Correct them in the file, or import them as � (podium-cli: --accept-invalid-bytes).</source>
        <translation>Zeile %1: „%2“ enthält Bytes, die kein UTF-8 sind (als � angezeigt). Korrigieren Sie sie in der Datei, oder importieren Sie sie als � (podium-cli: --accept-invalid-bytes).</translation>
    </message>
    <message>
        <source>line %1: bytes that are not UTF-8 were imported as � in “%2”.</source>
        <translation>Zeile %1: Bytes, die kein UTF-8 sind, wurden in „%2“ als � importiert.</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>There is no participant with id %1.</source>
        <translation>Es gibt keine teilnehmende Person mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ParticipantSelection</name>
    <message>
        <source>Registered only (not waitlisted or cancelled)</source>
        <translation>Nur Angemeldete (nicht auf der Warteliste oder storniert)</translation>
    </message>
    <message>
        <source>All but cancelled</source>
        <translation>Alle außer stornierten</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Lists, photos</source>
        <translation>Listen, Fotos</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zustimmung</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>ParticipantXlsxExporter</name>
    <message>
        <source>The workbook could not be created.</source>
        <translation>Die Arbeitsmappe konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1.</source>
        <translation>Die Arbeitsmappe konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>No temporary folder could be created: %1.</source>
        <translation>Es konnte kein temporärer Ordner angelegt werden: %1.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Search name, organisation, e-mail or code (Ctrl+F)</source>
        <translation>Name, Organisation, E-Mail oder Code suchen (Strg+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Arrived or not</source>
        <translation>Eingecheckt oder nicht</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Nicht eingecheckt</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Register a new participant (Ctrl+Shift+N)</source>
        <translation>Neue teilnehmende Person anmelden (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Open the selected participant in a form (Enter)</source>
        <translation>Ausgewählte Person in einem Formular öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import Participants…</source>
        <translation>Teilnehmende i&amp;mportieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Participants…</source>
        <translation>Teilnehmende ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Set &amp;category</source>
        <translation>&amp;Kategorie setzen</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>S&amp;tatus setzen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>&amp;Löschen (%n)</numerusform>
            <numerusform>&amp;Löschen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 Teilnehmende</translation>
    </message>
    <message>
        <source>Showing %1 of %2 participants</source>
        <translation>%1 von %2 Teilnehmenden angezeigt</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Teilnehmer(in) hinzufügen</translation>
    </message>
    <message>
        <source>Edit Participant</source>
        <translation>Teilnehmer(in) bearbeiten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Print &amp;Badges</source>
        <translation>&amp;Namensschilder drucken</translation>
    </message>
    <message>
        <source>Print or reprint the badges of the selected participants</source>
        <translation>Namensschilder der ausgewählten Teilnehmenden drucken oder nachdrucken</translation>
    </message>
    <message>
        <source>No participant matches the search and filters. Clear them to see everyone.</source>
        <translation>Niemand entspricht der Suche und den Filtern. Setzen Sie sie zurück, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No participants yet. Import a spreadsheet (File ▸ Import Participants…, Ctrl+I) or register people one by one (Add…, Ctrl+Shift+N).</source>
        <translation>Noch keine Teilnehmenden. Importieren Sie eine Tabelle (Datei ▸ Teilnehmende importieren…, Strg+I) oder melden Sie Personen einzeln an (Hinzufügen…, Strg+Umschalt+N).</translation>
    </message>
    <message>
        <source>Histo&amp;ry…</source>
        <translation>Ve&amp;rlauf…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the selected people, who are the same person (Ctrl+M)</source>
        <translation>Die ausgewählten Personen zusammenführen, die dieselbe Person sind (Strg+M)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Speakers, chairs and contacts</source>
        <translation>Referierende, Vorsitzende und Kontakte</translation>
    </message>
    <message>
        <source>Only people with a session role</source>
        <translation>Nur Personen mit einer Rolle im Programm</translation>
    </message>
    <message>
        <source>Everyone, with all participants</source>
        <translation>Alle, einschließlich aller Teilnehmenden</translation>
    </message>
    <message>
        <source>“Speakers, chairs and contacts” leaves out participants who only registered.</source>
        <translation>„Referierende, Vorsitzende und Kontakte“ lässt Teilnehmende weg, die nur angemeldet sind.</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Personen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Finds people whose name, title, organisation, position, email or country contains every word typed.</source>
        <translation>Findet Personen, deren Name, Titel, Organisation, Position, E-Mail oder Land alle eingegebenen Wörter enthält.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people selected</source>
        <translation>
            <numerusform>%n Person ausgewählt</numerusform>
            <numerusform>%n Personen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see their sessions.</source>
        <translation>Wählen Sie eine Person aus, um ihre Programmpunkte zu sehen.</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht eingeplant</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 has no part in any session.</source>
        <translation>%1 hat keine Rolle im Programm.</translation>
    </message>
    <message>
        <source>&amp;Sessions of %1:</source>
        <translation>&amp;Programmpunkte von %1:</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Add Person “%1”</source>
        <translation>Person „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Edit Person “%1”</source>
        <translation>Person „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete People</source>
        <translation>Personen löschen</translation>
    </message>
    <message>
        <source>%1: %2 and %3 will be deleted too.

Delete %1? You can undo this.</source>
        <translation>%1: %2 und %3 werden ebenfalls gelöscht.

%1 löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n session role(s)</source>
        <translation>
            <numerusform>%n Rolle im Programm</numerusform>
            <numerusform>%n Rollen im Programm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n Anmeldung</numerusform>
            <numerusform>%n Anmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Person “%1”</source>
        <translation>Person „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n People</source>
        <translation>
            <numerusform>%n Person löschen</numerusform>
            <numerusform>%n Personen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Clear the search to see everyone.</source>
        <translation>Niemand entspricht „%1“. Leeren Sie die Suche, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No people yet. Speakers and chairs come with their sessions, participants with their registrations; add anyone else here (Add, or the Insert key).</source>
        <translation>Noch keine Personen. Referierende und Vorsitzende kommen mit ihren Programmpunkten, Teilnehmende mit ihren Anmeldungen; alle anderen fügen Sie hier hinzu (Hinzufügen oder die Einfg-Taste).</translation>
    </message>
    <message>
        <source>Change Availability of “%1”</source>
        <translation>Verfügbarkeit von „%1“ ändern</translation>
    </message>
    <message>
        <source>Histo&amp;ry…</source>
        <translation>Ve&amp;rlauf…</translation>
    </message>
</context>
<context>
    <name>PermissionGate</name>
    <message>
        <source>No event is open.</source>
        <translation>Es ist keine Veranstaltung geöffnet.</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <source>The event file.</source>
        <translation>Die Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>The person&apos;s e-mail address (case does not matter; everyone with it is included).</source>
        <translation>Die E-Mail-Adresse der Person (Groß-/Kleinschreibung egal; alle Personen mit dieser Adresse sind eingeschlossen).</translation>
    </message>
    <message>
        <source>podium-cli %1: the e-mail address is empty.</source>
        <translation>podium-cli %1: Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>has no one with the e-mail address “%1”.</source>
        <translation>enthält niemanden mit der E-Mail-Adresse „%1“.</translation>
    </message>
</context>
<context>
    <name>PersonDataExporter</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Ernährungsbedürfnisse</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Bedarf an Barrierefreiheit</translation>
    </message>
    <message>
        <source>May appear on attendee lists shared with others</source>
        <translation>Darf auf weitergegebenen Teilnehmerlisten erscheinen</translation>
    </message>
    <message>
        <source>May be photographed</source>
        <translation>Darf fotografiert werden</translation>
    </message>
    <message>
        <source>Checked in (event time)</source>
        <translation>Eingecheckt (Veranstaltungszeit)</translation>
    </message>
    <message>
        <source>Checked in (UTC)</source>
        <translation>Eingecheckt (UTC)</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Registered (event time)</source>
        <translation>Angemeldet (Veranstaltungszeit)</translation>
    </message>
    <message>
        <source>Registered (UTC)</source>
        <translation>Angemeldet (UTC)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Starts (event time)</source>
        <translation>Beginn (Veranstaltungszeit)</translation>
    </message>
    <message>
        <source>Ends (event time)</source>
        <translation>Ende (Veranstaltungszeit)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Podium identifier</source>
        <translation>Podium-Kennung</translation>
    </message>
    <message>
        <source>Identifier given by another programme</source>
        <translation>Kennung aus einem anderen Programm</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Roles in sessions</source>
        <translation>Rollen im Programm</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>Über diese Datei</translation>
    </message>
    <message>
        <source>Everything the organisers of “%1” store about you in their event file, as of the export date. Times are given in the event’s time zone (%2) and in UTC; empty text means nothing is stored.</source>
        <translation>Alles, was die Veranstalter von „%1“ in ihrer Veranstaltungsdatei über Sie speichern, Stand Exportdatum. Zeiten sind in der Zeitzone der Veranstaltung (%2) und in UTC angegeben; leerer Text bedeutet, dass nichts gespeichert ist.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Event time zone</source>
        <translation>Zeitzone der Veranstaltung</translation>
    </message>
    <message>
        <source>Exported on (event time)</source>
        <translation>Exportiert am (Veranstaltungszeit)</translation>
    </message>
    <message>
        <source>Exported on (UTC)</source>
        <translation>Exportiert am (UTC)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Personal data - %1.json</source>
        <translation>Personenbezogene Daten - %1.json</translation>
    </message>
    <message>
        <source>From (event time)</source>
        <translation>Von (Veranstaltungszeit)</translation>
    </message>
    <message>
        <source>To (event time)</source>
        <translation>Bis (Veranstaltungszeit)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. Dr., Prof.</source>
        <translation>z. B. Dr., Prof.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation t&amp;ype:</source>
        <translation>Organisationst&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>e.g. Head of Translational Research</source>
        <translation>z. B. Leitung Translationale Forschung</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>&amp;Biografie:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>the person&apos;s id in another tool (pretalx, frab), if any</source>
        <translation>ID in einem anderen Werkzeug (pretalx, frab), falls vorhanden</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(wird beim Speichern vergeben)</translation>
    </message>
    <message>
        <source>The person&apos;s permanent identifier in exported schedules.</source>
        <translation>Die dauerhafte Kennung der Person in exportierten Programmen.</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Please enter a first or a last name.</source>
        <translation>Bitte geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>“%1” is not an email address (expected something like name@example.org).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (erwartet wird etwa name@example.org).</translation>
    </message>
    <message>
        <source>%1 already has the address %2. If they are the same person, cancel here and merge the two on the People page.

Save anyway?</source>
        <translation>%1 hat bereits die Adresse %2. Wenn es dieselbe Person ist, brechen Sie hier ab und führen Sie beide auf der Seite Personen zusammen.

Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>is read-only: nobody was erased.</source>
        <translation>ist schreibgeschützt: Niemand wurde gelöscht.</translation>
    </message>
    <message>
        <source>The people were removed and their records overwritten, but the file could not be compacted afterwards: %1</source>
        <translation>Die Personen wurden entfernt und ihre Daten überschrieben, aber die Datei konnte danach nicht komprimiert werden: %1</translation>
    </message>
</context>
<context>
    <name>PersonMerger</name>
    <message>
        <source>Choose at least two people to merge.</source>
        <translation>Wählen Sie mindestens zwei Personen zum Zusammenführen aus.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>Eine Person kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, e-mail or organisation</source>
        <translation>Name, E-Mail oder Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 is registered for the event.</source>
        <translation>%1 ist für die Veranstaltung angemeldet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Edit Person “%1”</source>
        <translation>Person „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>PostgresEventSchema</name>
    <message>
        <source>The server refused to create the event “%1”: creating it needs the right to create schemas in the database (GRANT CREATE ON DATABASE).</source>
        <translation>Der Server hat sich geweigert, die Veranstaltung „%1“ anzulegen: Dazu ist das Recht nötig, in der Datenbank Schemas anzulegen (GRANT CREATE ON DATABASE).</translation>
    </message>
    <message>
        <source>The server refused to remove the event “%1”: only its organisers may.</source>
        <translation>Der Server hat sich geweigert, die Veranstaltung „%1“ zu entfernen: Das dürfen nur ihre Veranstalter.</translation>
    </message>
    <message>
        <source>The server refused to change the event.</source>
        <translation>Der Server hat sich geweigert, die Veranstaltung zu ändern.</translation>
    </message>
    <message>
        <source>The server could not bring the event to format %1.</source>
        <translation>Der Server konnte die Veranstaltung nicht auf Format %1 bringen.</translation>
    </message>
    <message>
        <source>The server refused to set up the event&apos;s change counter.</source>
        <translation>Der Server hat sich geweigert, den Änderungszähler der Veranstaltung einzurichten.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <source>“%1” is not a server address: write postgresql://USER@HOST/DATABASE?event=NAME.</source>
        <translation>„%1“ ist keine Serveradresse: Schreiben Sie postgresql://BENUTZER@HOST/DATENBANK?event=NAME.</translation>
    </message>
    <message>
        <source>Name the event in the address (…?event=NAME); `podium-cli server list %1` shows them.</source>
        <translation>Nennen Sie die Veranstaltung in der Adresse (…?event=NAME); `podium-cli server list %1` zeigt die vorhandenen an.</translation>
    </message>
    <message>
        <source>No event “%1” on this server; `podium-cli server list %2` shows them.</source>
        <translation>Keine Veranstaltung „%1“ auf diesem Server; `podium-cli server list %2` zeigt die vorhandenen an.</translation>
    </message>
    <message>
        <source>was saved by a newer version of Podium (format %1; this version reads up to %2). Update Podium to open it.</source>
        <translation>wurde mit einer neueren Podium-Version gespeichert (Format %1; diese Version liest bis Format %2). Aktualisieren Sie Podium, um die Veranstaltung zu öffnen.</translation>
    </message>
    <message>
        <source>was saved by an older version of Podium and must be upgraded first: one of its organisers opens it with this version.</source>
        <translation>wurde mit einer älteren Podium-Version gespeichert und muss zuerst aktualisiert werden: Einer der Veranstalter muss sie dazu mit dieser Version öffnen.</translation>
    </message>
    <message>
        <source>could not be upgraded to format %1: %2</source>
        <translation>konnte nicht auf das Format %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Opened read-only as asked.</source>
        <translation>Wie gewünscht schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>“%1” on the server %2</source>
        <translation>„%1“ auf dem Server %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost: nothing of this change was saved. Check the network and open the event again.</source>
        <translation>Die Verbindung zum Server ist verloren gegangen: Von dieser Änderung wurde nichts gespeichert. Prüfen Sie das Netzwerk und öffnen Sie die Veranstaltung erneut.</translation>
    </message>
    <message>
        <source>refused the change: your login lacks a right it needs. Nothing was saved.</source>
        <translation>hat die Änderung abgelehnt: Ihrer Anmeldung fehlt ein nötiges Recht. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>was opened read-only: nothing was saved.</source>
        <translation>wurde schreibgeschützt geöffnet: Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>was being changed by someone else at the same moment: nothing was saved. Try again.</source>
        <translation>wurde im selben Moment von jemand anderem geändert: Nichts wurde gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>lacks part of what Podium stores (it was changed outside Podium, or removed). Nothing was changed.</source>
        <translation>enthält nicht alles, was Podium speichert (Teile wurden außerhalb von Podium geändert oder entfernt). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>could not be changed: the server&apos;s disk is full. Nothing was saved.</source>
        <translation>konnte nicht geändert werden: Der Datenträger des Servers ist voll. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>refused the change: someone changed the same item since you read it. Nothing was saved.</source>
        <translation>hat die Änderung abgelehnt: Jemand hat dasselbe Element geändert, seit Sie es gelesen haben. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>could not be read or changed (the server says: %1).</source>
        <translation>konnte nicht gelesen oder geändert werden (der Server meldet: %1).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Podium starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Podium wirksam.</translation>
    </message>
    <message>
        <source>Restart Podium to see it in the new language.</source>
        <translation>Starten Sie Podium neu, um es in der neuen Sprache zu sehen.</translation>
    </message>
    <message>
        <source>How the event&apos;s history names your changes, and how colleagues see who changed what.</source>
        <translation>Wie der Verlauf der Veranstaltung Ihre Änderungen benennt und wie Kollegen sehen, wer was geändert hat.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>e.g. 2 or Main entrance</source>
        <translation>z. B. 2 oder Haupteingang</translation>
    </message>
    <message>
        <source>At a registration desk: its name, recorded with every check-in made here.</source>
        <translation>An einem Empfang: sein Name, der bei jedem hier erfassten Check-in gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Desk name:</source>
        <translation>Name des &amp;Empfangs:</translation>
    </message>
</context>
<context>
    <name>PreviewParticipants</name>
    <message>
        <source>Longest name: %1</source>
        <translation>Längster Name: %1</translation>
    </message>
    <message>
        <source>CJK name: %1</source>
        <translation>CJK-Name: %1</translation>
    </message>
    <message>
        <source>CJK name (a sample): %1</source>
        <translation>CJK-Name (ein Beispiel): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field names, as placeholders</source>
        <translation>Feldnamen als Platzhalter</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Preparing the pages…</source>
        <translation>Seiten werden vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Custom sheet…</source>
        <translation>Eigener Bogen…</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Only badges &amp;not printed yet</source>
        <translation>Nur &amp;noch nicht gedruckte Namensschilder</translation>
    </message>
    <message>
        <source>Everyone &amp;registered, not only those checked in</source>
        <translation>Alle &amp;Angemeldeten, nicht nur Eingecheckte</translation>
    </message>
    <message>
        <source>Crop &amp;marks for cutting</source>
        <translation>Sc&amp;hnittmarken zum Zuschneiden</translation>
    </message>
    <message>
        <source>Mark &amp;who asked not to be photographed</source>
        <translation>Kennzeichnen, &amp;wer nicht fotografiert werden möchte</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open an event to print its programme, badges, signs, lists and certificates.</source>
        <translation>Öffnen Sie eine Veranstaltung, um Programm, Namensschilder, Raumschilder, Listen und Bescheinigungen zu drucken.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n page(s):</source>
        <translation>
            <numerusform>Die erste Seite:</numerusform>
            <numerusform>Die ersten %n Seiten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s):</source>
        <translation>
            <numerusform>%n Seite:</numerusform>
            <numerusform>%n Seiten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>Namensschilder gedruckt</translation>
    </message>
    <message numerus="yes">
        <source>Mark these %n badge(s) as printed? “Only badges not printed yet” will then leave them out. You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>%n Namensschild als gedruckt markieren? „Nur noch nicht gedruckte Namensschilder“ lässt es dann weg. Sie können das mit Bearbeiten ▸ Rückgängig zurücknehmen.</numerusform>
            <numerusform>Diese %n Namensschilder als gedruckt markieren? „Nur noch nicht gedruckte Namensschilder“ lässt sie dann weg. Sie können das mit Bearbeiten ▸ Rückgängig zurücknehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names or registration codes, separated by commas</source>
        <translation>Namen oder Anmeldecodes, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Print only for these participants, whatever their status: a lost badge, a changed name.</source>
        <translation>Nur für diese Teilnehmenden drucken, unabhängig vom Status: ein verlorenes Namensschild, ein geänderter Name.</translation>
    </message>
    <message>
        <source>Reprin&amp;t for:</source>
        <translation>Nachdrucken &amp;für:</translation>
    </message>
    <message>
        <source>&amp;Bleed and crop marks, for a print shop</source>
        <translation>&amp;Beschnitt und Schnittmarken, für eine Druckerei</translation>
    </message>
    <message>
        <source>Colour bands run 3 mm past the page&apos;s edges on a larger sheet with crop marks. Leave it off for office printers: everything then stays 5 mm inside the paper.</source>
        <translation>Farbbänder laufen 3 mm über die Seitenränder hinaus, auf einem größeren Bogen mit Schnittmarken. Für Büro-Drucker ausgeschaltet lassen: Dann bleibt alles 5 mm innerhalb des Papiers.</translation>
    </message>
    <message>
        <source>As many as stay readable</source>
        <translation>So viele, wie lesbar bleiben</translation>
    </message>
    <message>
        <source>R&amp;ooms per page:</source>
        <translation>Räume pr&amp;o Seite:</translation>
    </message>
    <message>
        <source>Expected attendance, or a page</source>
        <translation>Erwartete Teilnehmerzahl oder eine Seite</translation>
    </message>
    <message>
        <source>Lines on the sheets of sessions other than plenaries; plenaries list every participant.</source>
        <translation>Zeilen auf den Blättern der Programmpunkte außer Plenarveranstaltungen; diese führen alle Teilnehmenden auf.</translation>
    </message>
    <message>
        <source>Blank l&amp;ines per sheet:</source>
        <translation>Leer&amp;zeilen pro Blatt:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) will be printed.</source>
        <translation>
            <numerusform>%n Teilnehmer(in) wird gedruckt.</numerusform>
            <numerusform>%n Teilnehmende werden gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere Person</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “%1”.</source>
        <translation>Niemand entspricht „%1“.</translation>
    </message>
    <message>
        <source>Reprint for: %1</source>
        <translation>Nachdrucken für: %1</translation>
    </message>
    <message>
        <source>Sent %1 to the printer %2</source>
        <translation>%1 an den Drucker %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s)) to %2</source>
        <translation>
            <numerusform>%1 (%n Seite) nach %2 exportiert</numerusform>
            <numerusform>%1 (%n Seiten) nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) on the sheets of plenaries.</source>
        <translation>
            <numerusform>%n Teilnehmer(in) auf den Blättern der Plenarveranstaltungen.</numerusform>
            <numerusform>%n Teilnehmende auf den Blättern der Plenarveranstaltungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>B&amp;adge Designer…</source>
        <translation>Namensschild-Desi&amp;gner…</translation>
    </message>
    <message>
        <source>Design badges and certificates: logos, fields, rules per category, both sides</source>
        <translation>Namensschilder und Bescheinigungen gestalten: Logos, Felder, Regeln je Kategorie, beide Seiten</translation>
    </message>
    <message>
        <source>Desi&amp;gn:</source>
        <translation>Des&amp;ign:</translation>
    </message>
    <message>
        <source>Podium&apos;s standard</source>
        <translation>Podium-Standard</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export a Person’s Data</source>
        <translation>Daten einer Person exportieren</translation>
    </message>
    <message>
        <source>Whose data? The export holds everything stored about the person (and anyone else with their e-mail address), to hand to them.</source>
        <translation>Wessen Daten? Der Export enthält alles, was über die Person gespeichert ist (und über alle anderen mit ihrer E-Mail-Adresse), zur Übergabe an sie.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved “%1”. It holds everything Podium stores about %2. Only you can read the file: send it to the person by a secure way.</source>
        <translation>„%1“ gespeichert. Die Datei enthält alles, was Podium über %2 speichert. Nur Sie können sie lesen: Senden Sie sie der Person auf sicherem Weg.</translation>
    </message>
    <message>
        <source>Erase a Person</source>
        <translation>Person endgültig löschen</translation>
    </message>
    <message>
        <source>Whom to erase? The person, their registrations and their roles in sessions are removed for good (and anyone else with their e-mail address).</source>
        <translation>Wen löschen? Die Person, ihre Anmeldungen und ihre Rollen im Programm werden endgültig entfernt (ebenso alle anderen mit ihrer E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>This removes:
%1

It cannot be undone, and the undo history of this event is cleared. Export the person’s data first if they asked for it.</source>
        <translation>Entfernt wird:
%1

Das lässt sich nicht rückgängig machen, und der Rückgängig-Verlauf dieser Veranstaltung wird gelöscht. Exportieren Sie zuerst die Daten der Person, falls sie diese angefordert hat.</translation>
    </message>
    <message>
        <source>&amp;Erase for Good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Anonymise After the Event</source>
        <translation>Nach der Veranstaltung anonymisieren</translation>
    </message>
    <message>
        <source>The event was anonymised.</source>
        <translation>Die Veranstaltung wurde anonymisiert.</translation>
    </message>
    <message>
        <source>The statistics kept are in the details.</source>
        <translation>Die erhaltenen Statistiken stehen in den Details.</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>&amp;Privacy</source>
        <translation>Daten&amp;schutz</translation>
    </message>
    <message>
        <source>&amp;Export a Person’s Data…</source>
        <translation>Daten einer Person &amp;exportieren…</translation>
    </message>
    <message>
        <source>Everything stored about one person, as a file to hand to them.</source>
        <translation>Alles, was über eine Person gespeichert ist, als Datei zur Übergabe an sie.</translation>
    </message>
    <message>
        <source>E&amp;rase a Person…</source>
        <translation>Person endgültig &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove a person and their registrations for good.</source>
        <translation>Eine Person und ihre Anmeldungen endgültig entfernen.</translation>
    </message>
    <message>
        <source>&amp;Anonymise After the Event…</source>
        <translation>Nach der Veranstaltung &amp;anonymisieren…</translation>
    </message>
    <message>
        <source>Remove needs, notes, contact details and names; keep the counts for reports.</source>
        <translation>Bedürfnisse, Anmerkungen, Kontaktdaten und Namen entfernen; Zahlen für Berichte behalten.</translation>
    </message>
</context>
<context>
    <name>PrivacyRepository</name>
    <message>
        <source>the session “%1”</source>
        <translation>der Programmpunkt „%1“</translation>
    </message>
    <message>
        <source>the event’s details (File &gt; Properties)</source>
        <translation>die Angaben zur Veranstaltung (Datei &gt; Eigenschaften)</translation>
    </message>
    <message>
        <source>the event setting “%1”</source>
        <translation>die Veranstaltungseinstellung „%1“</translation>
    </message>
    <message>
        <source>cannot be compacted while a change is still in progress.</source>
        <translation>kann nicht komprimiert werden, solange eine Änderung läuft.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>Schedule “%1”</source>
        <translation>„%1“ einplanen</translation>
    </message>
    <message>
        <source>Change Duration of “%1”</source>
        <translation>Dauer von „%1“ ändern</translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation>„%1“ aus dem Zeitplan nehmen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Snap to %n Minute(s)</source>
        <translation>
            <numerusform>Auf %n Minute einrasten</numerusform>
            <numerusform>Auf %n Minuten einrasten</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved “%1” to %2, %3</source>
        <translation>„%1“ verschoben: %2, %3</translation>
    </message>
    <message>
        <source>Scheduled “%1” at %2, %3</source>
        <translation>„%1“ eingeplant: %2, %3</translation>
    </message>
    <message>
        <source>Pin “%1”</source>
        <translation>„%1“ fixieren</translation>
    </message>
    <message>
        <source>Unpin “%1”</source>
        <translation>Fixierung von „%1“ lösen</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Drag a session onto the timetable to schedule it; drag a block here to unschedule it.</source>
        <translation>Ziehen Sie einen Programmpunkt in den Zeitplan, um ihn einzuplanen; ziehen Sie einen Block hierher, um ihn aus dem Zeitplan zu nehmen.</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neuer Programmpunkt…</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>This event has no rooms yet. Add rooms on the Rooms page to build the timetable.</source>
        <translation>Diese Veranstaltung hat noch keine Räume. Legen Sie auf der Seite Räume welche an, um den Zeitplan aufzubauen.</translation>
    </message>
    <message>
        <source>Unscheduled (%1)</source>
        <translation>Nicht eingeplant (%1)</translation>
    </message>
    <message>
        <source>%1 (outside the event)</source>
        <translation>%1 (außerhalb der Veranstaltung)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Sn&amp;ap to:</source>
        <translation>&amp;Einrasten auf:</translation>
    </message>
    <message>
        <source>&amp;Unscheduled</source>
        <translation>Nicht eingeplan&amp;t</translation>
    </message>
    <message>
        <source>Show or hide the sessions not scheduled yet</source>
        <translation>Die noch nicht eingeplanten Programmpunkte ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>K&amp;onflikte</translation>
    </message>
    <message>
        <source>Show or hide the list of conflicts</source>
        <translation>Die Liste der Konflikte ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Narro&amp;wer Rooms</source>
        <translation>Sch&amp;malere Räume</translation>
    </message>
    <message>
        <source>Wi&amp;der Rooms</source>
        <translation>B&amp;reitere Räume</translation>
    </message>
    <message>
        <source>Fi&amp;t Rooms to Width</source>
        <translation>Räume an Breite an&amp;passen</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>No room matches the filter.</source>
        <translation>Kein Raum entspricht dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n room(s)</source>
        <translation>
            <numerusform>%1 von %n Raum angezeigt</numerusform>
            <numerusform>%1 von %n Räumen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Arran&amp;ge</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>Arrange &amp;Unscheduled Sessions…</source>
        <translation>&amp;Nicht eingeplante Programmpunkte anordnen…</translation>
    </message>
    <message>
        <source>&amp;Rearrange Day / Track…</source>
        <translation>&amp;Tag / Themenbereich neu anordnen…</translation>
    </message>
    <message>
        <source>Ru&amp;les…</source>
        <translation>Rege&amp;ln…</translation>
    </message>
    <message>
        <source>Scheduling rules: times kept free, the rooms and limits of tracks, the gap between one person&apos;s sessions</source>
        <translation>Planungsregeln: freigehaltene Zeiten, Räume und Limits der Themenbereiche, Abstand zwischen den Programmpunkten einer Person</translation>
    </message>
</context>
<context>
    <name>ProgrammeRenderer</name>
    <message>
        <source>The programme has no scheduled session yet: there is nothing to print.</source>
        <translation>Das Programm hat noch keinen eingeplanten Programmpunkt: Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Organised by %1</source>
        <translation>Veranstaltet von %1</translation>
    </message>
    <message>
        <source>Index of speakers</source>
        <translation>Verzeichnis der Referierenden</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>keine Aufzeichnung</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR code for “%1” could not be made.</source>
        <translation>Der QR-Code für „%1“ konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 liegt außerhalb von %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <source>expected a list of %n numbers (millimetres)</source>
        <translation>
            <numerusform>Liste von %n Zahl erwartet (Millimeter)</numerusform>
            <numerusform>Liste von %n Zahlen erwartet (Millimeter)</numerusform>
        </translation>
    </message>
    <message>
        <source>expected numbers of millimetres between %1 and %2</source>
        <translation>Millimeterzahlen zwischen %1 und %2 erwartet</translation>
    </message>
    <message>
        <source>“%1” is not a colour (write #rrggbb)</source>
        <translation>„%1“ ist keine Farbe (schreiben Sie #rrggbb)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>“%1” is not an element type (text, qr, image, rectangle, sessions, standard-face)</source>
        <translation>„%1“ ist kein Elementtyp (text, qr, image, rectangle, sessions, standard-face)</translation>
    </message>
    <message>
        <source>the width and height must be above 0 mm</source>
        <translation>Breite und Höhe müssen größer als 0 mm sein</translation>
    </message>
    <message>
        <source>the smallest size is above the largest (%1 pt)</source>
        <translation>die kleinste Größe ist größer als die größte (%1 pt)</translation>
    </message>
    <message>
        <source>“%1” is not left, centre or right</source>
        <translation>„%1“ ist weder left, centre noch right</translation>
    </message>
    <message>
        <source>“%1” is not top, middle or bottom</source>
        <translation>„%1“ ist weder top, middle noch bottom</translation>
    </message>
    <message>
        <source>an image element needs the id of its image</source>
        <translation>ein Bildelement braucht die ID seines Bildes</translation>
    </message>
    <message>
        <source>expected a list of category keys</source>
        <translation>Liste von Kategorieschlüsseln erwartet</translation>
    </message>
    <message>
        <source>expected a list of elements</source>
        <translation>Liste von Elementen erwartet</translation>
    </message>
</context>
<context>
    <name>RemoveParticipantsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer(in) löschen</numerusform>
            <numerusform>%n Teilnehmende löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Podium events (*.podium);;All files (*)</source>
        <translation>Podium-Veranstaltungen (*.podium);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Repair: Choose the Damaged Event File</source>
        <translation>Reparieren: Beschädigte Veranstaltungsdatei auswählen</translation>
    </message>
    <message>
        <source>Repair: Save What Can Be Read As</source>
        <translation>Reparieren: Lesbares speichern unter</translation>
    </message>
    <message>
        <source>%1 (repaired).podium</source>
        <translation>%1 (repariert).podium</translation>
    </message>
    <message>
        <source>Saving what can be read of “%1”…</source>
        <translation>Lesbares aus „%1“ wird gerettet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Saving what can be read of “%1”: %L2 records so far…</source>
        <translation>Lesbares aus „%1“ wird gerettet: bisher %L2 Datensätze…</translation>
    </message>
    <message>
        <source>Saved in “%1”. %2</source>
        <translation>In „%1“ gespeichert. %2</translation>
    </message>
    <message>
        <source>&amp;Open the Repaired File</source>
        <translation>Reparierte Datei ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>RoomEditorDialog</name>
    <message>
        <source>Room “%1”</source>
        <translation>Raum „%1“</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <source>e.g. Ground floor, left of the entrance</source>
        <translation>z. B. Erdgeschoss, links vom Eingang</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Geben Sie dem Raum einen Namen.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Edit Room “%1”</source>
        <translation>Raum „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Change Availability of “%1”</source>
        <translation>Verfügbarkeit von „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>RoomFilterBar</name>
    <message>
        <source>Room or track</source>
        <translation>Raum oder Themenbereich</translation>
    </message>
    <message>
        <source>Show only the rooms whose name or location contains this text, or that hold sessions of a track of that name; separate several with commas</source>
        <translation>Nur Räume anzeigen, deren Name oder Lage diesen Text enthält oder in denen Programmpunkte eines Themenbereichs dieses Namens stattfinden; mehrere durch Kommas trennen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Show only the rooms with at least this many seats</source>
        <translation>Nur Räume mit mindestens so vielen Plätzen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>Rä&amp;ume:</translation>
    </message>
    <message>
        <source>Seats at &amp;least:</source>
        <translation>Plät&amp;ze ab:</translation>
    </message>
</context>
<context>
    <name>RoomRepository</name>
    <message>
        <source>There is no room with id %1.</source>
        <translation>Es gibt keinen Raum mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>RoomSignRenderer</name>
    <message>
        <source>No room has a scheduled session yet: there is no sign to print.</source>
        <translation>Noch kein Raum hat einen eingeplanten Programmpunkt: Es gibt kein Schild zu drucken.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Continued on the next sign.</source>
        <translation>Fortsetzung auf dem nächsten Schild.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>keine Aufzeichnung</translation>
    </message>
</context>
<context>
    <name>RoomTableModel</name>
    <message>
        <source>Seats in the room; leave 0 when unknown.</source>
        <translation>Plätze im Raum; 0 lassen, wenn unbekannt.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Rename Room “%1”</source>
        <translation>Raum „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Change Capacity of “%1”</source>
        <translation>Kapazität von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change Location of “%1”</source>
        <translation>Lage von „%1“ ändern</translation>
    </message>
    <message>
        <source>Move Room “%1” Up</source>
        <translation>Raum „%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Room “%1” Down</source>
        <translation>Raum „%1“ nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>%1 (%2): the order of the timetable&apos;s columns</source>
        <translation>%1 (%2): Reihenfolge der Spalten im Zeitplan</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Neuer Raum</translation>
    </message>
    <message>
        <source>Add Room</source>
        <translation>Raum hinzufügen</translation>
    </message>
    <message>
        <source>the room “%1”</source>
        <translation>den Raum „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Rooms</source>
        <translation>Räume löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in %1 will become unscheduled: they keep their time but lose their room, and wait in the list of unscheduled sessions.

Delete %1? You can undo this.</source>
        <translation>
            <numerusform>%n Programmpunkt verliert seinen Raum, wenn Sie %1 löschen: Er behält seine Zeit, ist aber nicht mehr eingeplant und wartet in der Liste der nicht eingeplanten Programmpunkte.

%1 löschen? Sie können das rückgängig machen.</numerusform>
            <numerusform>%n Programmpunkte verlieren ihren Raum, wenn Sie %1 löschen: Sie behalten ihre Zeit, sind aber nicht mehr eingeplant und warten in der Liste der nicht eingeplanten Programmpunkte.

%1 löschen? Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Room “%1”</source>
        <translation>Raum „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Rooms</source>
        <translation>
            <numerusform>%n Raum löschen</numerusform>
            <numerusform>%n Räume löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>No rooms yet. Add each room of the venue with its capacity (Add, or the Insert key), or import a schedule (File ▸ Import Schedule…), which brings its rooms.</source>
        <translation>Noch keine Räume. Legen Sie jeden Raum des Veranstaltungsorts mit seiner Kapazität an (Hinzufügen oder die Einfg-Taste), oder importieren Sie ein Programm (Datei ▸ Programm importieren…), das seine Räume mitbringt.</translation>
    </message>
    <message>
        <source>Room De&amp;tails…</source>
        <translation>Raum&amp;details…</translation>
    </message>
    <message>
        <source>Name, seats, location and when the room is available (%1)</source>
        <translation>Name, Plätze, Ort und Verfügbarkeit des Raums (%1)</translation>
    </message>
</context>
<context>
    <name>ScheduleCsvColumns</name>
    <message>
        <source>--map “%1”: expected COLUMN=field, e.g. &quot;Saal=room&quot;.</source>
        <translation>--map „%1“: erwartet SPALTE=Feld, z. B. &quot;Saal=room&quot;.</translation>
    </message>
    <message>
        <source>--map “%1”: the file has no column “%2” (its columns: %3).</source>
        <translation>--map „%1“: Die Datei hat keine Spalte „%2“ (ihre Spalten: %3).</translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is not a session field (expected one of: %3, ignore).</source>
        <translation>--map „%1“: „%2“ ist kein Feld eines Programmpunkts (erwartet eines von: %3, ignore).</translation>
    </message>
    <message>
        <source>columns “%1” and “%2” both hold the %3: keep one of them (--map “%2=ignore”).</source>
        <translation>die Spalten „%1“ und „%2“ enthalten beide %3: Behalten Sie nur eine davon (--map „%2=ignore“).</translation>
    </message>
    <message>
        <source>a title (“Title”)</source>
        <translation>den Titel („Title“)</translation>
    </message>
    <message>
        <source>a room (“Room”)</source>
        <translation>den Raum („Room“)</translation>
    </message>
    <message>
        <source>a start time (“Start”)</source>
        <translation>die Beginnzeit („Start“)</translation>
    </message>
    <message>
        <source>a date (“Date” or “Day”)</source>
        <translation>das Datum („Date“ oder „Day“)</translation>
    </message>
    <message>
        <source>a duration or end time (“Duration” or “End”)</source>
        <translation>die Dauer oder Endzeit („Duration“ oder „End“)</translation>
    </message>
    <message>
        <source>no column holds %1 (the columns are: %2).</source>
        <translation>keine Spalte enthält %1 (die Spalten sind: %2).</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
</context>
<context>
    <name>ScheduleCsvReader</name>
    <message>
        <source>line %1, column “%2”</source>
        <translation>Zeile %1, Spalte „%2“</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>nothing was imported, these lines have problems:</source>
        <translation>nichts wurde importiert, diese Zeilen haben Probleme:</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2.</source>
        <translation>Gelesen als %1, getrennt durch %2.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Spalten: %1.</translation>
    </message>
    <message>
        <source>the file has a header line but no sessions.</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Programmpunkte.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>“%1” is not a time like 09:30.</source>
        <translation>„%1“ ist keine Uhrzeit wie 09:30.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2024-05-30.</source>
        <translation>„%1“ ist kein Datum wie 2024-05-30.</translation>
    </message>
    <message>
        <source>“%1” is not a time like 10:30.</source>
        <translation>„%1“ ist keine Uhrzeit wie 10:30.</translation>
    </message>
</context>
<context>
    <name>ScheduleDocument</name>
    <message>
        <source>%1: “%2” is given at %3 (UTC%4), but %5 is at UTC%6 then.</source>
        <translation>%1: „%2“ ist für %3 (UTC%4) angegeben, aber %5 liegt dann bei UTC%6.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) give a UTC offset that is not the offset of %1 at that time (each keeps the moment its file gives):</source>
        <translation>
            <numerusform>%n Programmpunkt gibt eine UTC-Abweichung an, die zu diesem Zeitpunkt nicht die von %1 ist (jeder behält den Zeitpunkt aus seiner Datei):</numerusform>
            <numerusform>%n Programmpunkte geben eine UTC-Abweichung an, die zu diesem Zeitpunkt nicht die von %1 ist (jeder behält den Zeitpunkt aus seiner Datei):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDocumentAssembler</name>
    <message>
        <source>the conference has no %1.</source>
        <translation>der Konferenz fehlt %1.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date like 2024-05-30.</source>
        <translation>%1 „%2“ ist kein Datum wie 2024-05-30.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number of days.</source>
        <translation>%1 „%2“ ist keine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>the conference ends (%1) before it starts (%2).</source>
        <translation>die Konferenz endet (%1), bevor sie beginnt (%2).</translation>
    </message>
    <message>
        <source>the day&apos;s date “%1” is not a date like 2024-05-30.</source>
        <translation>das Datum des Tages „%1“ ist kein Datum wie 2024-05-30.</translation>
    </message>
    <message>
        <source>the day&apos;s %1 “%2” is not a date and time like 2024-05-30T09:00:00+02:00.</source>
        <translation>%1 des Tages („%2“) ist kein Datum mit Uhrzeit wie 2024-05-30T09:00:00+02:00.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date and time like 2024-05-30T09:00:00+02:00.</source>
        <translation>%1 „%2“ ist kein Datum mit Uhrzeit wie 2024-05-30T09:00:00+02:00.</translation>
    </message>
    <message>
        <source>the event “%1” has no %2 or %3.</source>
        <translation>dem Programmpunkt „%1“ fehlt %2 oder %3.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a time like 09:30.</source>
        <translation>%1 „%2“ ist keine Uhrzeit wie 09:30.</translation>
    </message>
    <message>
        <source>the event “%1” has a %2 but no %3 and no day date.</source>
        <translation>der Programmpunkt „%1“ hat %2, aber weder %3 noch ein Tagesdatum.</translation>
    </message>
    <message>
        <source>the event has no %1.</source>
        <translation>dem Programmpunkt fehlt %1.</translation>
    </message>
    <message>
        <source>the event “%1” has no %2.</source>
        <translation>dem Programmpunkt „%1“ fehlt %2.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a duration like 00:30.</source>
        <translation>%1 „%2“ ist keine Dauer wie 00:30.</translation>
    </message>
    <message>
        <source>the event id “%1” is not a positive number: ignored.</source>
        <translation>die ID „%1“ des Programmpunkts ist keine positive Zahl: ignoriert.</translation>
    </message>
    <message>
        <source>the event “%1” has the GUID %2 of the event at %3.</source>
        <translation>der Programmpunkt „%1“ hat die GUID %2 eines anderen Programmpunkts (%3).</translation>
    </message>
    <message>
        <source>a person without a name was left out.</source>
        <translation>eine Person ohne Namen wurde ausgelassen.</translation>
    </message>
    <message>
        <source>there is no conference %1: is this a schedule file?</source>
        <translation>der Konferenz fehlt %1: Ist das wirklich eine Programmdatei?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more like it)</source>
        <translation>
            <numerusform>%1 (und %n weiterer dieser Art)</numerusform>
            <numerusform>%1 (und %n weitere dieser Art)</numerusform>
        </translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>Spalte „%1“</translation>
    </message>
    <message>
        <source>the time zone “%1” in %2 is not a time zone name like Europe/Brussels.</source>
        <translation>die Zeitzone „%1“ in %2 ist kein Zeitzonenname wie Europe/Brussels.</translation>
    </message>
</context>
<context>
    <name>ScheduleDocumentBuilder</name>
    <message>
        <source>Nobody called “%1” is in this event: give a name as in the programme, an e-mail address or a GUID.</source>
        <translation>In dieser Veranstaltung heißt niemand „%1“: Geben Sie einen Namen wie im Programm, eine E-Mail-Adresse oder eine GUID an.</translation>
    </message>
    <message>
        <source>%1 people are called “%2”: give their e-mail address or GUID instead.</source>
        <translation>%1 Personen heißen „%2“: Geben Sie stattdessen die E-Mail-Adresse oder GUID an.</translation>
    </message>
</context>
<context>
    <name>ScheduleFiles</name>
    <message>
        <source>%1 is not a schedule Podium can import: give a %2 file.</source>
        <translation>%1 ist kein Programm, das Podium importieren kann: Geben Sie eine Datei mit der Endung %2 an.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1: the file name must end in %2, which decides the format.</source>
        <translation>%1: Der Dateiname muss auf %2 enden; die Endung bestimmt das Format.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Podium reads schedule %3 files up to %2 MB.</source>
        <translation>%1 ist größer als %2 MB; Podium liest %3-Programmdateien bis %2 MB.</translation>
    </message>
</context>
<context>
    <name>ScheduleFormat</name>
    <message>
        <source>frab/pretalx schedule XML (*.xml)</source>
        <translation>frab/pretalx-Programm als XML (*.xml)</translation>
    </message>
    <message>
        <source>frab/pretalx schedule JSON (*.json)</source>
        <translation>frab/pretalx-Programm als JSON (*.json)</translation>
    </message>
    <message>
        <source>iCalendar for calendar programs (*.ics)</source>
        <translation>iCalendar für Kalenderprogramme (*.ics)</translation>
    </message>
    <message>
        <source>Sessions spreadsheet, CSV (*.csv)</source>
        <translation>Tabelle der Programmpunkte, CSV (*.csv)</translation>
    </message>
    <message>
        <source>.xml, .json, .ics or .csv</source>
        <translation>.xml, .json, .ics oder .csv</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.csv)</source>
        <translation>Programme (*.xml *.json *.csv)</translation>
    </message>
    <message>
        <source>.xml, .json or .csv</source>
        <translation>.xml, .json oder .csv</translation>
    </message>
</context>
<context>
    <name>ScheduleImportExport</name>
    <message>
        <source>Import Schedule</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Skipped while reading:</source>
        <translation>Beim Lesen übersprungen:</translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation>Das ganze Programm</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Programmpunkte von %1</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>&amp;Calendar of:</source>
        <translation>&amp;Kalender für:</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Importing the sessions of “%1”…</source>
        <translation>Programmpunkte aus „%1“ werden importiert…</translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>„%1“ importiert: %2</translation>
    </message>
    <message>
        <source>Export Schedule</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>%n Programmpunkt nach %1 exportiert</numerusform>
            <numerusform>%n Programmpunkte nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2 in %3 (read as UTC it would be %4)</source>
        <translation>„%1“: %2 in %3 (als UTC gelesen wäre es %4)</translation>
    </message>
    <message>
        <source>“%1” does not say which time zone its times are in. Read them in the event&apos;s time zone, %2?</source>
        <translation>„%1“ gibt nicht an, in welcher Zeitzone seine Zeiten liegen. In der Zeitzone der Veranstaltung lesen, %2?</translation>
    </message>
    <message>
        <source>The first sessions:
%1

If the event&apos;s time zone is wrong, cancel and change it in File ▸ Properties first.</source>
        <translation>Die ersten Programmpunkte:
%1

Wenn die Zeitzone der Veranstaltung falsch ist, brechen Sie ab und ändern Sie sie zuerst unter Datei ▸ Eigenschaften.</translation>
    </message>
    <message>
        <source>Read in %1</source>
        <translation>In %1 lesen</translation>
    </message>
</context>
<context>
    <name>ScheduleImportPreviewDialog</name>
    <message>
        <source>Import Schedule</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>Importing “%1” into “%2” will make these changes. Nothing has been written yet.</source>
        <translation>Der Import von „%1“ in „%2“ bringt diese Änderungen. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>Not in the file (%1)</source>
        <translation>Nicht in der Datei (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Unverändert (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove the sessions of the event that are not in the file (%1)</source>
        <translation>Programmpunkte der Veranstaltung, die nicht in der Datei sind, &amp;entfernen (%1)</translation>
    </message>
    <message>
        <source>You can undo the whole import in one step with Edit ▸ Undo.</source>
        <translation>Sie können den ganzen Import in einem Schritt mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1
GUID %2</source>
        <translation>%1
GUID %2</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>Sessions: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Programmpunkte: %1 hinzugefügt, %2 geändert, %3 unverändert.</translation>
    </message>
    <message>
        <source>New rooms: %1, new tracks: %2, new people: %3.</source>
        <translation>Neue Räume: %1, neue Themenbereiche: %2, neue Personen: %3.</translation>
    </message>
    <message>
        <source>Sessions not in the file: %1, to be removed.</source>
        <translation>Programmpunkte, die nicht in der Datei sind: %1, werden entfernt.</translation>
    </message>
    <message>
        <source>Sessions not in the file: %1, kept in the event.</source>
        <translation>Programmpunkte, die nicht in der Datei sind: %1, bleiben in der Veranstaltung.</translation>
    </message>
</context>
<context>
    <name>ScheduleImporter</name>
    <message>
        <source>already has a programme (sessions, rooms or people): nothing was imported. Merge the schedule into it (sessions are matched by GUID), or import it into a new event file.</source>
        <translation>hat bereits ein Programm (Programmpunkte, Räume oder Personen): Nichts wurde importiert. Führen Sie das Programm damit zusammen (Programmpunkte werden per GUID zugeordnet) oder importieren Sie es in eine neue Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone name like Europe/Brussels.</source>
        <translation>„%1“ ist kein Zeitzonenname wie Europe/Brussels.</translation>
    </message>
    <message>
        <source>The schedule names its time zone, %1: the time zone %2 that was given is not used.</source>
        <translation>Das Programm nennt seine Zeitzone, %1: Die angegebene Zeitzone %2 wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The event&apos;s time zone is %1, not %2: the schedule&apos;s times are read in the event&apos;s zone when it names none. Change the event&apos;s zone first if it is wrong.</source>
        <translation>Die Zeitzone der Veranstaltung ist %1, nicht %2: Die Zeiten des Programms werden in der Zone der Veranstaltung gelesen, wenn es keine nennt. Ändern Sie zuerst die Zone der Veranstaltung, falls sie falsch ist.</translation>
    </message>
</context>
<context>
    <name>ScheduleMergePlan</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>track</source>
        <translation>Themenbereich</translation>
    </message>
    <message>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>Referierende</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>frab id</source>
        <translation>frab-ID</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>not in the file (kept): %1</source>
        <translation>nicht in der Datei (behalten): %1</translation>
    </message>
    <message>
        <source>sessions added: %1, changed: %2, unchanged: %3, %4; new rooms: %5, new tracks: %6, new people: %7.</source>
        <translation>Programmpunkte hinzugefügt: %1, geändert: %2, unverändert: %3, %4; neue Räume: %5, neue Themenbereiche: %6, neue Personen: %7.</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>changed: %1: %2</source>
        <translation>geändert: %1: %2</translation>
    </message>
    <message>
        <source>not in the file: %1</source>
        <translation>nicht in der Datei: %1</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>recording opt-out</source>
        <translation>keine Aufzeichnung</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>keine Aufzeichnung</translation>
    </message>
    <message>
        <source>may be recorded</source>
        <translation>Aufzeichnung erlaubt</translation>
    </message>
</context>
<context>
    <name>SchedulingRulesDialog</name>
    <message>
        <source>Scheduling Rules</source>
        <translation>Planungsregeln</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>None (back to back is fine)</source>
        <translation>Keiner (direkt nacheinander ist in Ordnung)</translation>
    </message>
    <message>
        <source>Minimum &amp;gap between one person&apos;s sessions:</source>
        <translation>Mindest&amp;abstand zwischen den Programmpunkten einer Person:</translation>
    </message>
    <message>
        <source>Times kept free of sessions (only breaks may be placed there)</source>
        <translation>Von Programmpunkten freigehaltene Zeiten (nur Pausen dürfen dort liegen)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Add Time</source>
        <translation>Zeit &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Time</source>
        <translation>Zeit &amp;entfernen</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagspause</translation>
    </message>
    <message>
        <source>Tracks: their rooms, and how many of their sessions may run at once</source>
        <translation>Themenbereiche: ihre Räume und wie viele ihrer Programmpunkte gleichzeitig stattfinden dürfen</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Themenbereich</translation>
    </message>
    <message>
        <source>At most at once</source>
        <translation>Höchstens gleichzeitig</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>R&amp;ooms of the selected track (sessions that may use only their track&apos;s rooms keep to these):</source>
        <translation>&amp;Räume des gewählten Themenbereichs (Programmpunkte, die nur die Räume ihres Themenbereichs nutzen dürfen, halten sich an diese):</translation>
    </message>
    <message>
        <source>The event has no tracks.</source>
        <translation>Die Veranstaltung hat keine Themenbereiche.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Change Scheduling Rules</source>
        <translation>Planungsregeln ändern</translation>
    </message>
</context>
<context>
    <name>SchemaSignature</name>
    <message>
        <source>the table %1 is missing</source>
        <translation>die Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>the table %1 has no column %2</source>
        <translation>die Tabelle %1 hat keine Spalte %2</translation>
    </message>
    <message>
        <source>a link of the table %1 to other records is missing</source>
        <translation>eine Verknüpfung der Tabelle %1 mit anderen Datensätzen fehlt</translation>
    </message>
    <message>
        <source>the index %1 of the table %2 is missing</source>
        <translation>der Index %1 der Tabelle %2 fehlt</translation>
    </message>
    <message>
        <source>it holds a trigger %1 on the table %2 that Podium did not make</source>
        <translation>sie enthält einen Trigger %1 auf der Tabelle %2, der nicht von Podium stammt</translation>
    </message>
    <message>
        <source>it holds a view %1 that Podium did not make</source>
        <translation>sie enthält eine Sicht %1, die nicht von Podium stammt</translation>
    </message>
    <message>
        <source>it holds a table %1 that Podium did not make</source>
        <translation>sie enthält eine Tabelle %1, die nicht von Podium stammt</translation>
    </message>
    <message>
        <source>the table %1 has a column %2 that Podium did not make</source>
        <translation>die Tabelle %1 hat eine Spalte %2, die nicht von Podium stammt</translation>
    </message>
    <message>
        <source>the table %1 has a link to other records that Podium did not make</source>
        <translation>die Tabelle %1 hat eine Verknüpfung mit anderen Datensätzen, die nicht von Podium stammt</translation>
    </message>
    <message>
        <source>it holds an index %1 on the table %2 that Podium did not make</source>
        <translation>sie enthält einen Index %1 auf der Tabelle %2, der nicht von Podium stammt</translation>
    </message>
    <message>
        <source>the column %1 of the table %2 is defined differently</source>
        <translation>die Spalte %1 der Tabelle %2 ist anders definiert</translation>
    </message>
    <message>
        <source>the index %1 of the table %2 is defined differently</source>
        <translation>der Index %1 der Tabelle %2 ist anders definiert</translation>
    </message>
    <message>
        <source>a link of the table %1 to other records is defined differently</source>
        <translation>eine Verknüpfung der Tabelle %1 mit anderen Datensätzen ist anders definiert</translation>
    </message>
    <message>
        <source>, and 1 other difference</source>
        <translation> und 1 weiterer Unterschied</translation>
    </message>
    <message numerus="yes">
        <source>, and %n other differences</source>
        <translation>
            <numerusform> und %n weiterer Unterschied</numerusform>
            <numerusform> und %n weitere Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by another program (%2), so Podium will not write to it: open it read-only, or use File ▸ Repair to save what it holds in a new file.</source>
        <translation>%1 wurde von einem anderen Programm geändert (%2), daher schreibt Podium nicht hinein: Öffnen Sie die Datei schreibgeschützt, oder retten Sie ihren Inhalt mit Datei ▸ Reparieren in eine neue Datei.</translation>
    </message>
</context>
<context>
    <name>ServerAttribution</name>
    <message>
        <source>The server did not accept the name this Podium signs its changes with.</source>
        <translation>Der Server hat den Namen nicht angenommen, mit dem dieses Podium seine Änderungen kennzeichnet.</translation>
    </message>
</context>
<context>
    <name>ServerEventLister</name>
    <message>
        <source>organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>door desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Lesezugriff</translation>
    </message>
    <message>
        <source>%1 — you are %2</source>
        <translation>%1 — Ihre Rolle: %2</translation>
    </message>
</context>
<context>
    <name>ServerEventOpener</name>
    <message>
        <source>Open from Server</source>
        <translation>Vom Server öffnen</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Server-Passwort</translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation>%1

Passwort für %2:</translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (Server: %2)</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>“%1” is not a server address: write postgresql://USER@HOST/DATABASE?event=NAME.</source>
        <translation>„%1“ ist keine Serveradresse: Schreiben Sie postgresql://BENUTZER@HOST/DATENBANK?event=NAME.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-psql).</translation>
    </message>
</context>
<context>
    <name>ServerPasswords</name>
    <message>
        <source>There is no keyring on this desktop to keep the password in.</source>
        <translation>Auf diesem Desktop gibt es keinen Schlüsselbund, um das Passwort aufzubewahren.</translation>
    </message>
    <message>
        <source>The keyring refused access to the password.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Passwort verweigert.</translation>
    </message>
    <message>
        <source>The keyring could not keep the password: %1</source>
        <translation>Der Schlüsselbund konnte das Passwort nicht aufbewahren: %1</translation>
    </message>
</context>
<context>
    <name>ServerRegistry</name>
    <message>
        <source>The server did not say whether it holds Podium events.</source>
        <translation>Der Server hat nicht mitgeteilt, ob er Podium-Veranstaltungen enthält.</translation>
    </message>
    <message>
        <source>The server did not list its events.</source>
        <translation>Der Server hat seine Veranstaltungen nicht aufgelistet.</translation>
    </message>
    <message>
        <source>The server refused to record the event “%1”: only the administrator who ran podium-cli server init (or one given the same rights) may add events.</source>
        <translation>Der Server hat sich geweigert, die Veranstaltung „%1“ einzutragen: Nur der Administrator, der podium-cli server init ausgeführt hat (oder jemand mit denselben Rechten), darf Veranstaltungen hinzufügen.</translation>
    </message>
    <message>
        <source>The server refused to remove the event “%1” from its list.</source>
        <translation>Der Server hat sich geweigert, die Veranstaltung „%1“ aus seiner Liste zu entfernen.</translation>
    </message>
    <message>
        <source>The server refused to record the upgrade of “%1”: only its organisers may upgrade it.</source>
        <translation>Der Server hat sich geweigert, die Aktualisierung von „%1“ einzutragen: Nur ihre Veranstalter dürfen sie aktualisieren.</translation>
    </message>
    <message>
        <source>The server did not list its schemas.</source>
        <translation>Der Server hat seine Schemas nicht aufgelistet.</translation>
    </message>
</context>
<context>
    <name>SessionBlockItem</name>
    <message>
        <source>Pinned: arranging keeps it here</source>
        <translation>Fixiert: Das Anordnen lässt ihn hier</translation>
    </message>
</context>
<context>
    <name>SessionConstraintsEditor</name>
    <message>
        <source>&amp;Pinned: keep it in its room at its time (arranging never moves it)</source>
        <translation>Fi&amp;xiert: in seinem Raum zu seiner Zeit halten (Anordnen verschiebt ihn nie)</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Beliebiger Raum</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Beliebiger Tag</translation>
    </message>
    <message>
        <source>Tick the rooms it may use, or tracks to allow their rooms. Nothing ticked: any room.</source>
        <translation>Kreuzen Sie die Räume an, die er nutzen darf, oder Themenbereiche, um deren Räume zu erlauben. Nichts angekreuzt: jeder Raum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n Platz)</numerusform>
            <numerusform>%1 (%n Plätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>The rooms of track “%1”</source>
        <translation>Die Räume des Themenbereichs „%1“</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fixed roo&amp;m:</source>
        <translation>Fester &amp;Raum:</translation>
    </message>
    <message>
        <source>Fixed &amp;day:</source>
        <translation>Fester &amp;Tag:</translation>
    </message>
    <message>
        <source>Allowed &amp;rooms:</source>
        <translation>&amp;Erlaubte Räume:</translation>
    </message>
    <message>
        <source>&amp;Seats needed:</source>
        <translation>&amp;Benötigte Plätze:</translation>
    </message>
    <message>
        <source>Must &amp;follow:</source>
        <translation>Muss &amp;folgen auf:</translation>
    </message>
    <message>
        <source>Must &amp;precede:</source>
        <translation>Muss &amp;vorausgehen:</translation>
    </message>
    <message>
        <source>&amp;Not at the same time as:</source>
        <translation>&amp;Nicht gleichzeitig mit:</translation>
    </message>
    <message>
        <source>Not pinned: arranging may move it.</source>
        <translation>Nicht fixiert: Das Anordnen darf ihn verschieben.</translation>
    </message>
    <message>
        <source>Pinned to %1 at %2.</source>
        <translation>Fixiert auf %1 um %2.</translation>
    </message>
    <message>
        <source>Pinned where it is on the timetable when you press OK.</source>
        <translation>Fixiert dort, wo er beim Klick auf OK im Zeitplan steht.</translation>
    </message>
</context>
<context>
    <name>SessionCsvWriter</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Themenbereich</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Referierende</translation>
    </message>
    <message>
        <source>The sessions could not be written: %1</source>
        <translation>Die Programmpunkte konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Edit Session</source>
        <translation>Programmpunkt bearbeiten</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Kein Themenbereich</translation>
    </message>
    <message>
        <source>On the &amp;timetable</source>
        <translation>Im &amp;Zeitplan</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n Platz)</numerusform>
            <numerusform>%1 (%n Plätze)</numerusform>
        </translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>e.g. en, fr, de</source>
        <translation>z. B. en, fr, de</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation>Themen&amp;bereich:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Expected attendance:</source>
        <translation>&amp;Erwartete Teilnehmerzahl:</translation>
    </message>
    <message>
        <source>&amp;Abstract:</source>
        <translation>Abstra&amp;ct:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type a name: pick someone, or add a new person</source>
        <translation>Namen eingeben: Person auswählen oder neue hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>New person (others have this name)</source>
        <translation>Neue Person (andere heißen auch so)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Geben Sie dem Programmpunkt einen Titel.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The session&apos;s own web page, https://…</source>
        <translation>Die eigene Webseite des Programmpunkts, https://…</translation>
    </message>
    <message>
        <source>Made from the title when exported</source>
        <translation>Beim Export aus dem Titel gebildet</translation>
    </message>
    <message>
        <source>The speakers asked not to be re&amp;corded or streamed</source>
        <translation>Keine &amp;Videoaufzeichnung und kein Streaming (Wunsch der Referierenden)</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>Untert&amp;itel:</translation>
    </message>
    <message>
        <source>Web pa&amp;ge:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <source>Sh&amp;ort name (slug):</source>
        <translation>Kurzna&amp;me (Slug):</translation>
    </message>
    <message>
        <source>Links and attachments</source>
        <translation>Links und Anhänge</translation>
    </message>
    <message>
        <source>Co&amp;nstraints</source>
        <translation>Ei&amp;nschränkungen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
</context>
<context>
    <name>SessionLinksEditor</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Links and attachments</source>
        <translation>Links und Anhänge</translation>
    </message>
    <message>
        <source>New li&amp;nk</source>
        <translation>Neuer Lin&amp;k</translation>
    </message>
    <message>
        <source>New attac&amp;hment</source>
        <translation>&amp;Neuer Anhang</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
</context>
<context>
    <name>SessionListPicker</name>
    <message>
        <source>Type part of a title, pick a session</source>
        <translation>Einen Teil eines Titels eingeben, einen Programmpunkt wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Programmpunkt %1</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>There is no session with id %1.</source>
        <translation>Es gibt keinen Programmpunkt mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no session with GUID %1.</source>
        <translation>Es gibt keinen Programmpunkt mit der GUID %1.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht eingeplant</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session has a conflict: see the Programme page.</source>
        <translation>Dieser Programmpunkt hat einen Konflikt: siehe Seite Programm.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Themenbereich</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Referierende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Filter by title, day, room, track, speaker or status</source>
        <translation>Nach Titel, Tag, Raum, Themenbereich, Referent(in) oder Status filtern</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neuer Programmpunkt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>Aus dem &amp;Zeitplan nehmen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <source>No session matches “%1”. Clear the filter to see them all.</source>
        <translation>Kein Programmpunkt entspricht „%1“. Leeren Sie den Filter, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No sessions yet. Add one with New Session… (Ctrl+Shift+N), or import a schedule (File ▸ Import Schedule…).</source>
        <translation>Noch keine Programmpunkte. Fügen Sie mit Neuer Programmpunkt… (Strg+Umschalt+N) einen hinzu, oder importieren Sie ein Programm (Datei ▸ Programm importieren…).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SignInSheetRenderer</name>
    <message>
        <source>The programme has no scheduled session yet: there is no sign-in sheet to print.</source>
        <translation>Das Programm hat noch keinen eingeplanten Programmpunkt: Es gibt keine Unterschriftenliste zu drucken.</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Unterschriften: %1</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Unterschriftenliste</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
</context>
<context>
    <name>SiteExport</name>
    <message>
        <source>Export Web Site</source>
        <translation>Website exportieren</translation>
    </message>
    <message>
        <source>&amp;Language of the site:</source>
        <translation>&amp;Sprache der Website:</translation>
    </message>
    <message>
        <source>Export Web Site into Folder</source>
        <translation>Website in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>%1 holds other files. Write the web site into it anyway? Files with the site&apos;s names are replaced.</source>
        <translation>%1 enthält andere Dateien. Die Website trotzdem dorthin schreiben? Dateien mit den Namen der Website werden ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the web site of %n session(s) to %1</source>
        <translation>
            <numerusform>Website mit %n Programmpunkt nach %1 exportiert</numerusform>
            <numerusform>Website mit %n Programmpunkten nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteSnapshot</name>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>%1 was not written by this version of Podium.</source>
        <translation>%1 wurde nicht von dieser Podium-Version geschrieben.</translation>
    </message>
</context>
<context>
    <name>SiteWriter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a language of the web site: choose %2.</source>
        <translation>„%1“ ist keine Sprache der Website: Wählen Sie %2.</translation>
    </message>
    <message>
        <source>%1 holds other files: choose an empty folder (or one Podium wrote a site into) so that nothing of yours is overwritten.</source>
        <translation>%1 enthält andere Dateien: Wählen Sie einen leeren Ordner (oder einen, in den Podium schon eine Website geschrieben hat), damit nichts von Ihnen überschrieben wird.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SpeakerListRenderer</name>
    <message>
        <source>not scheduled yet</source>
        <translation>noch nicht eingeplant</translation>
    </message>
    <message>
        <source>No session has a speaker yet: the speaker list would be empty.</source>
        <translation>Noch kein Programmpunkt hat Referierende: Die Liste der Referierenden wäre leer.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Referierende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Programmpunkte</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>is being changed by another program: nothing was saved. Try again in a moment.</source>
        <translation>wird gerade von einem anderen Programm geändert: Nichts wurde gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>is read-only: nothing was saved.</source>
        <translation>ist schreibgeschützt: Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>is damaged: SQLite cannot read part of it. Nothing was changed. Use File ▸ Repair.</source>
        <translation>ist beschädigt: SQLite kann einen Teil davon nicht lesen. Nichts wurde geändert. Verwenden Sie Datei ▸ Reparieren.</translation>
    </message>
    <message>
        <source>could not be read or written: the disk reported an error. Nothing was changed.</source>
        <translation>konnte nicht gelesen oder geschrieben werden: Der Datenträger hat einen Fehler gemeldet. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>lacks part of what Podium stores (it was changed by another program). Nothing was changed. Use File ▸ Repair.</source>
        <translation>enthält nicht alles, was Podium speichert (die Datei wurde von einem anderen Programm geändert). Nichts wurde geändert. Verwenden Sie Datei ▸ Reparieren.</translation>
    </message>
    <message>
        <source>could not be read or written (SQLite says: %1).</source>
        <translation>konnte nicht gelesen oder geschrieben werden (SQLite meldet: %1).</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Add (Insert or Ctrl+N)</source>
        <translation>Hinzufügen (Einfg oder Strg+N)</translation>
    </message>
</context>
<context>
    <name>TimetableRenderer</name>
    <message>
        <source>The programme has no scheduled session yet: there is nothing to print.</source>
        <translation>Das Programm hat noch keinen eingeplanten Programmpunkt: Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <source>Rooms: %1</source>
        <translation>Räume: %1</translation>
    </message>
    <message>
        <source>Rooms %1–%2 of %3: %4</source>
        <translation>Räume %1–%2 von %3: %4</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>Aus dem &amp;Zeitplan nehmen</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>Programmpunkt &amp;löschen</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Fi&amp;xierung lösen</translation>
    </message>
    <message>
        <source>&amp;Pin Here</source>
        <translation>Hier &amp;fixieren</translation>
    </message>
    <message>
        <source>&amp;Show…</source>
        <translation>&amp;Anzeigen…</translation>
    </message>
</context>
<context>
    <name>TrackRepository</name>
    <message>
        <source>There is no track with id %1.</source>
        <translation>Es gibt keinen Themenbereich mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>TrackTableModel</name>
    <message>
        <source>Double-click or press Enter to choose another colour.</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um eine andere Farbe zu wählen.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Themenbereich</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Rename Track “%1”</source>
        <translation>Themenbereich „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Change Colour of Track “%1”</source>
        <translation>Farbe des Themenbereichs „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>TracksPage</name>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Choose the track&apos;s colour (or press Enter on the colour)</source>
        <translation>Farbe des Themenbereichs wählen (oder die Eingabetaste auf der Farbe drücken)</translation>
    </message>
    <message>
        <source>New track</source>
        <translation>Neuer Themenbereich</translation>
    </message>
    <message>
        <source>Add Track</source>
        <translation>Themenbereich hinzufügen</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Delete Tracks</source>
        <translation>Themenbereiche löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will lose their track; they stay in the programme.

Delete the selected tracks? You can undo this.</source>
        <translation>
            <numerusform>%n Programmpunkt verliert seinen Themenbereich; er bleibt im Programm.

Ausgewählte Themenbereiche löschen? Sie können das rückgängig machen.</numerusform>
            <numerusform>%n Programmpunkte verlieren ihren Themenbereich; sie bleiben im Programm.

Ausgewählte Themenbereiche löschen? Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Track “%1”</source>
        <translation>Themenbereich „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tracks</source>
        <translation>
            <numerusform>%n Themenbereich löschen</numerusform>
            <numerusform>%n Themenbereiche löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Themenbereiche</translation>
    </message>
    <message>
        <source>No tracks yet. Add the themes of your event (Add, or the Insert key): sessions of a track share its colour on the timetable and on printed posters.</source>
        <translation>Noch keine Themenbereiche. Legen Sie die Themen Ihrer Veranstaltung an (Hinzufügen oder die Einfg-Taste): Die Programmpunkte eines Themenbereichs haben seine Farbe im Zeitplan und auf gedruckten Postern.</translation>
    </message>
</context>
<context>
    <name>UnscheduledList</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag onto the timetable to schedule “%1”.</source>
        <translation>In den Zeitplan ziehen, um „%1“ einzuplanen.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Keynote</source>
        <translation>Keynote</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Podiumsdiskussion</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Wissenschaft</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>Patient organisation</source>
        <translation>Patientenorganisation</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Förderer</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Referent(in)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator(in)</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Podiumsgast</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Teilnehmer(in)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisationsteam</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Kein Bedarf</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source>Expected audience</source>
        <translation>Erwartetes Publikum</translation>
    </message>
    <message>
        <source>All registrations</source>
        <translation>Alle Anmeldungen</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Podium</source>
        <translation>Willkommen bei Podium</translation>
    </message>
    <message>
        <source>Plan the programme, register participants, print badges and run the door of your event, offline. Everything is kept in one event file that you can copy and back up.</source>
        <translation>Planen Sie das Programm, melden Sie Teilnehmende an, drucken Sie Namensschilder und betreuen Sie den Einlass Ihrer Veranstaltung – offline. Alles steht in einer einzigen Veranstaltungsdatei, die Sie kopieren und sichern können.</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>Create an event file: its name, days and time zone</source>
        <translation>Eine Veranstaltungsdatei anlegen: Name, Tage und Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Open an Event File…</source>
        <translation>Veranstaltungsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a .podium file from your computer or a shared folder</source>
        <translation>Eine .podium-Datei von Ihrem Computer oder aus einem freigegebenen Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Event</source>
        <translation>&amp;Demo-Veranstaltung öffnen</translation>
    </message>
    <message>
        <source>A real one-day networking event with its programme and participants, to try everything safely</source>
        <translation>Eine echte eintägige Networking-Veranstaltung mit Programm und Teilnehmenden, um alles gefahrlos auszuprobieren</translation>
    </message>
    <message>
        <source>Read the &amp;Manual</source>
        <translation>&amp;Handbuch lesen</translation>
    </message>
    <message>
        <source>How to plan, register, print and check in, step by step (F1)</source>
        <translation>Planen, anmelden, drucken und einchecken, Schritt für Schritt (F1)</translation>
    </message>
    <message>
        <source>&amp;Recent events</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Events you open appear here. Start with the demo to see how Podium works.</source>
        <translation>Hier erscheinen die Veranstaltungen, die Sie öffnen. Beginnen Sie mit der Demo, um zu sehen, wie Podium funktioniert.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open from &amp;Server…</source>
        <translation>Vom &amp;Server öffnen…</translation>
    </message>
    <message>
        <source>Open an event your team keeps on a PostgreSQL server</source>
        <translation>Eine Veranstaltung öffnen, die Ihr Team auf einem PostgreSQL-Server verwaltet</translation>
    </message>
</context>
</TS>
