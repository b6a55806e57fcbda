<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddParticipantCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>AnonymisationSummary</name>
    <message>
        <source>E-mail addresses: %1</source>
        <translation>Adresses e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phone numbers: %1</source>
        <translation>Numéros de téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>Names (with titles, positions and biographies): %1</source>
        <translation>Noms (avec titres, fonctions et biographies)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organisation names: %1</source>
        <translation>Noms d’organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dietary needs: %1</source>
        <translation>Besoins alimentaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accessibility needs: %1</source>
        <translation>Besoins d’accessibilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registration notes: %1</source>
        <translation>Notes d’inscription&#xa0;: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organisation types: %1</source>
        <translation>Types d’organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>  (no personal data left to remove)</source>
        <translation>  (plus aucune donnée personnelle à supprimer)</translation>
    </message>
    <message>
        <source>Registration codes, replaced by new ones: %1</source>
        <translation>Codes d’inscription, remplacés par de nouveaux codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every registration stays with its category, status, consents and check-in time.</source>
        <translation>Chaque inscription conserve sa catégorie, son statut, ses consentements et son heure d’arrivée.</translation>
    </message>
    <message>
        <source>Organisation types and countries stay, so reports can still count them.</source>
        <translation>Les types d’organisation et les pays sont conservés, pour que les rapports puissent encore les compter.</translation>
    </message>
    <message>
        <source>Organisation types and countries are cleared, except for people with a session role.</source>
        <translation>Les types d’organisation et les pays sont effacés, sauf pour les personnes ayant un rôle dans le programme.</translation>
    </message>
    <message>
        <source>People with a role in a session (%1) keep their name and organisation: they are part of the programme.</source>
        <translation>Les personnes ayant un rôle dans une session (%1) gardent leur nom et leur organisation&#xa0;: elles font partie du programme.</translation>
    </message>
    <message>
        <source>Statistics kept:</source>
        <translation>Statistiques conservées&#xa0;:</translation>
    </message>
    <message>
        <source>Statistics (before -&gt; after):</source>
        <translation>Statistiques (avant -&gt; après)&#xa0;:</translation>
    </message>
    <message>
        <source>Registrations by category</source>
        <translation>Inscriptions par catégorie</translation>
    </message>
    <message>
        <source>Registrations by organisation type</source>
        <translation>Inscriptions par type d’organisation</translation>
    </message>
    <message>
        <source>Registrations by country</source>
        <translation>Inscriptions par pays</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>&amp;Keep organisation types and countries for reports</source>
        <translation>&amp;Conserver les types d’organisation et les pays pour les rapports</translation>
    </message>
    <message>
        <source>Anonymise After the Event</source>
        <translation>Anonymiser après l’événement</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anonymise “%1”?&lt;/b&gt; This removes the personal data the event no longer needs. It cannot be undone, and the undo history is cleared.</source>
        <translation>&lt;b&gt;Anonymiser «&#xa0;%1&#xa0;»&#xa0;?&lt;/b&gt; Les données personnelles dont l’événement n’a plus besoin seront supprimées. Cette opération est irréversible et l’historique des annulations sera effacé.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <source>I understand: anonymise &amp;anyway</source>
        <translation>J’ai compris&#xa0;: anonymiser &amp;quand même</translation>
    </message>
    <message>
        <source>Will be removed:</source>
        <translation>Sera supprimé&#xa0;:</translation>
    </message>
    <message>
        <source>Without it, only counts by category stay; organisation types and countries of people without a session role are cleared too.</source>
        <translation>Sinon, seuls les effectifs par catégorie sont conservés&#xa0;; les types d’organisation et les pays des personnes sans rôle dans le programme sont aussi effacés.</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymiser</translation>
    </message>
</context>
<context>
    <name>ArrangeCommand</name>
    <message>
        <source>Place sessions on the timetable so that every hard constraint holds and the soft ones cost least (COIN-OR CBC); sessions that cannot be placed are listed with the reason. Exits 1 when some are left unplaced.</source>
        <translation>Place les sessions dans la grille horaire de sorte que chaque contrainte stricte soit respectée et que les souhaits coûtent le moins possible (COIN-OR CBC)&#xa0;; les sessions impossibles à placer sont listées avec la raison. Sort avec le code 1 lorsque certaines restent non placées.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Le fichier de l’événement.</translation>
    </message>
    <message>
        <source>Rearrange this day only (YYYY-MM-DD); other days stay.</source>
        <translation>Réorganiser ce jour seulement (AAAA-MM-JJ)&#xa0;; les autres jours restent inchangés.</translation>
    </message>
    <message>
        <source>Rearrange this track&apos;s sessions only (its name).</source>
        <translation>Réorganiser seulement les sessions de ce thème (son nom).</translation>
    </message>
    <message>
        <source>Leave scheduled sessions where they are: place unscheduled ones only.</source>
        <translation>Laisser les sessions programmées à leur place&#xa0;: placer seulement les sessions non programmées.</translation>
    </message>
    <message>
        <source>Seconds to look for a better timetable (default 10).</source>
        <translation>Secondes passées à chercher une meilleure grille horaire (10 par défaut).</translation>
    </message>
    <message>
        <source>The hours sessions may take each day (default 09:00-18:00; 10:00-04:00 runs past midnight), widened to what is already scheduled.</source>
        <translation>Les heures que les sessions peuvent occuper chaque jour (09:00-18:00 par défaut&#xa0;; 10:00-04:00 dépasse minuit), élargies à ce qui est déjà programmé.</translation>
    </message>
    <message>
        <source>Sessions start on this step of minutes (default 15).</source>
        <translation>Les sessions commencent sur ce pas en minutes (15 par défaut).</translation>
    </message>
    <message>
        <source>The programme as last published (frab/pretalx XML or JSON, or a sessions CSV, as exported): fewest changes are counted from it rather than from the current timetable.</source>
        <translation>Le programme tel que publié la dernière fois (XML ou JSON frab/pretalx, ou CSV de sessions, tel qu’exporté)&#xa0;: les changements sont comptés à partir de lui plutôt que de la grille horaire actuelle.</translation>
    </message>
    <message>
        <source>Show the plan without changing the file.</source>
        <translation>Afficher le plan sans modifier le fichier.</translation>
    </message>
    <message>
        <source>Print the plan as JSON (keys: applied, sessions, placed, moved, unplaced, objective, bound, optimal, seconds, changes [{kind, session {id, title}, before, after {room, start, end}, reason}]).</source>
        <translation>Afficher le plan en JSON (clés&#xa0;: applied, sessions, placed, moved, unplaced, objective, bound, optimal, seconds, changes [{kind, session {id, title}, before, after {room, start, end}, reason}]).</translation>
    </message>
    <message>
        <source>podium-cli arrange: --day must be a date like 2027-03-15, not “%1”.</source>
        <translation>podium-cli arrange&#xa0;: --day doit être une date comme 2027-03-15, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>podium-cli arrange: --hours must be like 09:00-18:00, not “%1”.</source>
        <translation>podium-cli arrange&#xa0;: --hours doit être de la forme 09:00-18:00, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>podium-cli arrange: no session of the event is in “%1” (sessions are matched by GUID, rooms by name).</source>
        <translation>podium-cli arrange&#xa0;: aucune session de l’événement ne figure dans «&#xa0;%1&#xa0;» (les sessions sont reconnues par GUID, les salles par nom).</translation>
    </message>
    <message>
        <source>podium-cli arrange: the event has no track “%1” (tracks: %2).</source>
        <translation>podium-cli arrange&#xa0;: l’événement n’a pas de thème «&#xa0;%1&#xa0;» (thèmes&#xa0;: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ArrangeDialog</name>
    <message>
        <source>Arrange Unscheduled Sessions</source>
        <translation>Placer les sessions non programmées</translation>
    </message>
    <message>
        <source>Rearrange Day / Track</source>
        <translation>Réorganiser un jour / un thème</translation>
    </message>
    <message>
        <source>Places the sessions not on the timetable yet; the scheduled ones stay where they are. Every rule holds (people and rooms once at a time, availability, pins, rooms, seats, orders, breaks); wishes cost as little as they can.</source>
        <translation>Place les sessions qui ne sont pas encore dans la grille horaire&#xa0;; les sessions programmées restent à leur place. Chaque règle est respectée (personnes et salles une fois à la fois, disponibilités, épinglages, salles, places, ordres, pauses)&#xa0;; les souhaits coûtent le moins possible.</translation>
    </message>
    <message>
        <source>Places the sessions of one day or one track again, moving as few as it can. Every rule holds; wishes cost as little as they can.</source>
        <translation>Replace les sessions d’un jour ou d’un thème en en déplaçant le moins possible. Chaque règle est respectée&#xa0;; les souhaits coûtent le moins possible.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep scheduled sessions where they are (place unscheduled ones only)</source>
        <translation>&amp;Laisser les sessions programmées à leur place (placer seulement les non programmées)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Hours each day:</source>
        <translation>&amp;Heures par jour&#xa0;:</translation>
    </message>
    <message>
        <source>the current timetable</source>
        <translation>la grille horaire actuelle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Published Programme</source>
        <translation>Programme publié</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.csv);;All files (*)</source>
        <translation>Programmes (*.xml *.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Fewest changes from:</source>
        <translation>&amp;Moins de changements depuis&#xa0;:</translation>
    </message>
    <message>
        <source>The programme as last published (a frab/pretalx XML or JSON export, or a sessions CSV): sessions moved since go back first. Empty: the current timetable.</source>
        <translation>Le programme tel que publié la dernière fois (un export XML ou JSON frab/pretalx, ou un CSV de sessions)&#xa0;: les sessions déplacées depuis reviennent en premier. Vide&#xa0;: la grille horaire actuelle.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Search for up to:</source>
        <translation>&amp;Chercher pendant au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Press Arrange to find a timetable; nothing changes until you apply it.</source>
        <translation>Appuyez sur Organiser pour trouver une grille horaire&#xa0;; rien ne change tant que vous ne l’appliquez pas.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>“%1”: %2 → %3</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>“%1” is left unplaced: %2</source>
        <translation>«&#xa0;%1&#xa0;» reste non placée&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Looking for a timetable…</source>
        <translation>Recherche d’une grille horaire…</translation>
    </message>
    <message>
        <source>&amp;Stop and Keep the Best So Far</source>
        <translation>&amp;Arrêter et garder le meilleur résultat</translation>
    </message>
    <message>
        <source>%1
%2 of %3 sessions placed</source>
        <translation>%1
%2 sessions placées sur %3</translation>
    </message>
    <message>
        <source>Arranging failed.</source>
        <translation>L’organisation a échoué.</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non programmée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This is the best timetable there is for these rules.</source>
        <translation>C’est la meilleure grille horaire possible avec ces règles.</translation>
    </message>
    <message>
        <source>It costs at most %1% more than the best possible.</source>
        <translation>Elle coûte au plus %1 % de plus que la meilleure possible.</translation>
    </message>
    <message>
        <source>Stopped early: this is the best timetable found until then.</source>
        <translation>Arrêt anticipé&#xa0;: voici la meilleure grille horaire trouvée jusque-là.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) considered: </source>
        <translation>
            <numerusform>%n session considérée&#xa0;: </numerusform>
            <numerusform>%n sessions considérées&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed, </source>
        <translation>
            <numerusform>%n placée, </numerusform>
            <numerusform>%n placées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved, </source>
        <translation>
            <numerusform>%n déplacée, </numerusform>
            <numerusform>%n déplacées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unplaced.</source>
        <translation>
            <numerusform>%n non placée.</numerusform>
            <numerusform>%n non placées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Rien ne changerait.</translation>
    </message>
    <message>
        <source>Every session is on the timetable already: there is nothing to place.</source>
        <translation>Toutes les sessions sont déjà dans la grille horaire&#xa0;: il n’y a rien à placer.</translation>
    </message>
    <message>
        <source>No session of this day or track may move (none there, or all pinned).</source>
        <translation>Aucune session de ce jour ou de ce thème ne peut être déplacée (aucune, ou toutes épinglées).</translation>
    </message>
    <message>
        <source>Placed (%1)</source>
        <translation>Placées (%1)</translation>
    </message>
    <message>
        <source>Moved (%1)</source>
        <translation>Déplacées (%1)</translation>
    </message>
    <message>
        <source>Left unplaced (%1)</source>
        <translation>Non placées (%1)</translation>
    </message>
    <message>
        <source>Rearrange Sessions</source>
        <translation>Réorganiser les sessions</translation>
    </message>
</context>
<context>
    <name>ArrangeExplainer</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
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
        <translation>à aucun moment</translation>
    </message>
    <message>
        <source>every room that suits it</source>
        <translation>chaque salle qui lui convient</translation>
    </message>
    <message>
        <source>No place is left for %1: at every time it could take, %2 is taken or one of its people is busy.</source>
        <translation>Plus aucune place pour %1&#xa0;: à chaque horaire possible, %2 est occupée ou l’une de ses personnes est prise.</translation>
    </message>
    <message>
        <source>%1 lasts %2 minutes, longer than any day of the timetable.</source>
        <translation>%1 dure %2 minutes, plus longtemps que n’importe quel jour de la grille horaire.</translation>
    </message>
    <message>
        <source>%1 is available %2 only</source>
        <translation>%1 est disponible %2 seulement</translation>
    </message>
    <message>
        <source>%1 can be in one session at a time</source>
        <translation>%1 ne peut être que dans une session à la fois</translation>
    </message>
    <message>
        <source>%1 both need %2, who can be in one session at a time</source>
        <translation>%1 ont toutes deux besoin de %2, qui ne peut être que dans une session à la fois</translation>
    </message>
    <message>
        <source>%1 all need %2, who can be in one session at a time</source>
        <translation>%1 ont toutes besoin de %2, qui ne peut être que dans une session à la fois</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes between two sessions</source>
        <translation>%1 a besoin de %2 minutes entre deux sessions</translation>
    </message>
    <message>
        <source>%1 holds one session at a time</source>
        <translation>%1 accueille une session à la fois</translation>
    </message>
    <message>
        <source>%1 is to stay off the timetable</source>
        <translation>%1 doit rester hors de la grille horaire</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 is pinned to %2</source>
        <translation>%1 est épinglée à %2</translation>
    </message>
    <message>
        <source>%1 stays where it is (%2)</source>
        <translation>%1 reste où elle est (%2)</translation>
    </message>
    <message>
        <source>%1 must be on %2</source>
        <translation>%1 doit avoir lieu le %2</translation>
    </message>
    <message>
        <source>%1 may use no room (its allowed tracks have none)</source>
        <translation>%1 ne peut utiliser aucune salle (ses thèmes autorisés n’en ont pas)</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 a besoin de %2</translation>
    </message>
    <message>
        <source>%1 must be in %2</source>
        <translation>%1 doit être dans %2</translation>
    </message>
    <message>
        <source>%1 needs %2 seats, and no room has that many</source>
        <translation>%1 a besoin de %2 places, et aucune salle n’en a autant</translation>
    </message>
    <message>
        <source>%1 needs %2 seats, which only %3 has</source>
        <translation>%1 a besoin de %2 places, que seule %3 offre</translation>
    </message>
    <message>
        <source>%1 (%2) is kept free</source>
        <translation>%1 (%2) est laissé libre</translation>
    </message>
    <message>
        <source>%1 must end before %2 starts</source>
        <translation>%1 doit finir avant que %2 commence</translation>
    </message>
    <message>
        <source>%1 must not run at the same time</source>
        <translation>%1 ne doivent pas avoir lieu en même temps</translation>
    </message>
    <message>
        <source>no two sessions of %1 may run at once</source>
        <translation>deux sessions de %1 ne peuvent pas avoir lieu en même temps</translation>
    </message>
    <message>
        <source>at most %1 sessions of %2 may run at once</source>
        <translation>au plus %1 sessions de %2 peuvent avoir lieu en même temps</translation>
    </message>
</context>
<context>
    <name>ArrangeProblemBuilder</name>
    <message>
        <source>The event has no days to arrange sessions on.</source>
        <translation>L’événement n’a aucun jour où placer des sessions.</translation>
    </message>
    <message>
        <source>%1 is not a day of the event (%2 to %3).</source>
        <translation>%1 n’est pas un jour de l’événement (du %2 au %3).</translation>
    </message>
    <message>
        <source>The event has no rooms yet: add rooms before arranging sessions.</source>
        <translation>L’événement n’a pas encore de salles&#xa0;: ajoutez des salles avant d’organiser les sessions.</translation>
    </message>
    <message>
        <source>The day&apos;s hours begin and end at the same time.</source>
        <translation>Les heures de la journée commencent et finissent au même moment.</translation>
    </message>
</context>
<context>
    <name>ArrangeSolver</name>
    <message>
        <source>First timetable ready</source>
        <translation>Première grille horaire prête</translation>
    </message>
    <message>
        <source>Looking for the best timetable</source>
        <translation>Recherche de la meilleure grille horaire</translation>
    </message>
    <message>
        <source>Making room for “%1”</source>
        <translation>Place faite pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Improving %1, %2–%3</source>
        <translation>Amélioration de %1, %2–%3</translation>
    </message>
</context>
<context>
    <name>Arranger</name>
    <message>
        <source>Finding out why sessions cannot be placed (%1)</source>
        <translation>Recherche des raisons pour lesquelles des sessions ne peuvent pas être placées (%1)</translation>
    </message>
</context>
<context>
    <name>AttendeeListRenderer</name>
    <message>
        <source>No participant agreed to appear on shared lists%1, so the attendee list would be empty.</source>
        <translation>Aucun participant%1 n’a accepté de figurer sur les listes partagées&#xa0;: la liste des participants serait vide.</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>%1 participants of %2 (%3) who agreed to share their name and organisation.</source>
        <translation>%1 participants à %2 (%3) ayant accepté de partager leur nom et leur organisation.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>«&#xa0;personne&#xa0;» ou «&#xa0;salle&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has no column %2: the header line must name the columns person or room, day, from, to and kind.</source>
        <translation>%1 n’a pas de colonne %2&#xa0;: la ligne d’en-tête doit nommer les colonnes person ou room, day, from, to et kind.</translation>
    </message>
    <message>
        <source>line %1, field “%2”: %3</source>
        <translation>ligne %1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>a row is about a person or a room, not both.</source>
        <translation>une ligne concerne une personne ou une salle, pas les deux.</translation>
    </message>
    <message>
        <source>empty: say whose availability this is.</source>
        <translation>vide&#xa0;: indiquez à qui correspond cette disponibilité.</translation>
    </message>
    <message>
        <source>empty: give the date, like 2026-12-07.</source>
        <translation>vide&#xa0;: donnez la date, comme 2026-12-07.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2026-12-07.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez-la comme 2026-12-07.</translation>
    </message>
    <message>
        <source>%1 is not a day of the event (%2 to %3).</source>
        <translation>%1 n’est pas un jour de l’événement (du %2 au %3).</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it like 09:00.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure&#xa0;; écrivez-la comme 09:00.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it like 17:30.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure&#xa0;; écrivez-la comme 17:30.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of availability; write %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de disponibilité&#xa0;; écrivez %2.</translation>
    </message>
    <message>
        <source>the time from %1 to %2 is empty.</source>
        <translation>la plage de %1 à %2 est vide.</translation>
    </message>
    <message>
        <source>(and perhaps more: the rest of the file was not read)</source>
        <translation>(et peut-être d’autres&#xa0;: le reste du fichier n’a pas été lu)</translation>
    </message>
    <message>
        <source>%1 cannot be imported, nothing was changed:
%2</source>
        <translation>%1 ne peut pas être importé, rien n’a été modifié&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>A&amp;vailable</source>
        <translation>&amp;Disponible</translation>
    </message>
    <message>
        <source>P&amp;referred</source>
        <translation>&amp;Préféré</translation>
    </message>
    <message>
        <source>Not ava&amp;ilable</source>
        <translation>&amp;Non disponible</translation>
    </message>
    <message>
        <source>Paint the times they can be placed (key 1 in the strip).</source>
        <translation>Peindre les horaires où on peut les placer (touche 1 dans la bande).</translation>
    </message>
    <message>
        <source>Paint the times they would rather be placed (key 2).</source>
        <translation>Peindre les horaires où on préfère les placer (touche 2).</translation>
    </message>
    <message>
        <source>Paint the times they cannot be placed (key 3, or drag with the right button).</source>
        <translation>Peindre les horaires où on ne peut pas les placer (touche 3, ou glisser avec le bouton droit).</translation>
    </message>
    <message>
        <source>Al&amp;ways Available</source>
        <translation>&amp;Toujours disponible</translation>
    </message>
    <message>
        <source>Remove every limit: available at any time of the event.</source>
        <translation>Supprimer toute limite&#xa0;: disponible à tout moment de l’événement.</translation>
    </message>
    <message>
        <source>Paint:</source>
        <translation>Peindre&#xa0;:</translation>
    </message>
    <message>
        <source>Available at any time: no limits are set. Paint “Not available” where they cannot be.</source>
        <translation>Disponible à tout moment&#xa0;: aucune limite n’est définie. Peignez «&#xa0;Non disponible&#xa0;» là où ce n’est pas possible.</translation>
    </message>
    <message>
        <source>Available in the green times only; dark green where preferred.</source>
        <translation>Disponible seulement aux horaires verts&#xa0;; vert foncé là où c’est préféré.</translation>
    </message>
</context>
<context>
    <name>AvailabilityExportCommand</name>
    <message>
        <source>Export when people and rooms are available, as CSV or iCalendar free/busy.</source>
        <translation>Exporter les disponibilités des personnes et des salles, en CSV ou en iCalendar libre/occupé.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Le fichier de l’événement.</translation>
    </message>
    <message>
        <source>The file to write (readable by you only): .csv or .ics.</source>
        <translation>Le fichier à écrire (lisible par vous seul)&#xa0;: .csv ou .ics.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Remplacer OUT s’il existe.</translation>
    </message>
    <message>
        <source>podium-cli availability export: give the file to write with -o OUT.csv or OUT.ics.</source>
        <translation>podium-cli availability export&#xa0;: indiquez le fichier à écrire avec -o OUT.csv ou OUT.ics.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
</context>
<context>
    <name>AvailabilityFormatOption</name>
    <message>
        <source>csv or ics (iCalendar free/busy); by default the file&apos;s extension decides.</source>
        <translation>csv ou ics (iCalendar libre/occupé)&#xa0;; par défaut, l’extension du fichier décide.</translation>
    </message>
    <message>
        <source>“%1” must end in .csv or .ics (which decides the format), or give --format csv or ics.</source>
        <translation>«&#xa0;%1&#xa0;» doit se terminer par .csv ou .ics (qui décide du format), ou indiquez --format csv ou ics.</translation>
    </message>
    <message>
        <source>--format is csv or ics, not “%1”.</source>
        <translation>--format vaut csv ou ics, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AvailabilityImportCommand</name>
    <message>
        <source>Import when people and rooms are available, from CSV or iCalendar free/busy.</source>
        <translation>Importer les disponibilités des personnes et des salles, depuis un CSV ou un iCalendar libre/occupé.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Le fichier de l’événement.</translation>
    </message>
    <message>
        <source>A CSV file (columns person or room, day, from, to, kind) or an iCalendar file of VFREEBUSY. Each person and room it names gets exactly its times; the others keep theirs.</source>
        <translation>Un fichier CSV (colonnes person ou room, day, from, to, kind) ou un fichier iCalendar de VFREEBUSY. Chaque personne et salle qu’il nomme reçoit exactement ses horaires&#xa0;; les autres gardent les leurs.</translation>
    </message>
    <message>
        <source>Check the file and say what it would set; change nothing.</source>
        <translation>Vérifier le fichier et dire ce qu’il définirait&#xa0;; ne rien modifier.</translation>
    </message>
    <message>
        <source>Would import availability of %1 from %2 (nothing was changed).</source>
        <translation>Importerait les disponibilités de %1 depuis %2 (rien n’a été modifié).</translation>
    </message>
    <message>
        <source>Imported availability of %1 from %2.</source>
        <translation>Disponibilités de %1 importées depuis %2.</translation>
    </message>
</context>
<context>
    <name>AvailabilityImportExport</name>
    <message>
        <source>Availability (*.csv *.ics *.ifb);;CSV (*.csv);;iCalendar free/busy (*.ics *.ifb)</source>
        <translation>Disponibilités (*.csv *.ics *.ifb);;CSV (*.csv);;iCalendar libre/occupé (*.ics *.ifb)</translation>
    </message>
    <message>
        <source>Import Availability</source>
        <translation>Importer les disponibilités</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n salle</numerusform>
            <numerusform>%n salles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sets when %2 and %3 are available (%4 times in all), replacing what they had. Everyone else keeps theirs.

Import? You can undo this.</source>
        <translation>%1 définit quand %2 et %3 sont disponibles (%4 plages en tout), en remplaçant ce qu’ils avaient. Tous les autres gardent les leurs.

Importer&#xa0;? Vous pourrez l’annuler.</translation>
    </message>
    <message>
        <source>Imported the availability of %1 and %2 from %3</source>
        <translation>Disponibilités de %1 et %2 importées depuis %3</translation>
    </message>
    <message>
        <source>-availability</source>
        <translation>-disponibilites</translation>
    </message>
    <message>
        <source>Export Availability</source>
        <translation>Exporter les disponibilités</translation>
    </message>
    <message>
        <source>Exported availability to %1</source>
        <translation>Disponibilités exportées vers %1</translation>
    </message>
    <message>
        <source>Import A&amp;vailability…</source>
        <translation>Importer les dis&amp;ponibilités…</translation>
    </message>
    <message>
        <source>When people and rooms are available, from CSV or iCalendar free/busy</source>
        <translation>Disponibilités des personnes et des salles, depuis un CSV ou un iCalendar libre/occupé</translation>
    </message>
    <message>
        <source>E&amp;xport Availability…</source>
        <translation>E&amp;xporter les disponibilités…</translation>
    </message>
    <message>
        <source>When people and rooms are available, as CSV or iCalendar free/busy</source>
        <translation>Disponibilités des personnes et des salles, en CSV ou en iCalendar libre/occupé</translation>
    </message>
</context>
<context>
    <name>AvailabilityOwners</name>
    <message numerus="yes">
        <source>%n people are called “%1”: write their email instead.</source>
        <translation>
            <numerusform>%n personne s’appelle «&#xa0;%1&#xa0;»&#xa0;: écrivez plutôt son adresse e-mail.</numerusform>
            <numerusform>%n personnes s’appellent «&#xa0;%1&#xa0;»&#xa0;: écrivez plutôt leur adresse e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people have the email “%1”: write their name instead.</source>
        <translation>
            <numerusform>%n personne a l’adresse e-mail «&#xa0;%1&#xa0;»&#xa0;: écrivez plutôt son nom.</numerusform>
            <numerusform>%n personnes ont l’adresse e-mail «&#xa0;%1&#xa0;»&#xa0;: écrivez plutôt leur nom.</numerusform>
        </translation>
    </message>
    <message>
        <source>no one in the event is called or has the email “%1”.</source>
        <translation>personne dans l’événement ne s’appelle «&#xa0;%1&#xa0;» ni n’a cette adresse e-mail.</translation>
    </message>
    <message>
        <source>the event has no room called “%1”.</source>
        <translation>l’événement n’a pas de salle nommée «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AvailabilityStrip</name>
    <message>
        <source>Availability by day</source>
        <translation>Disponibilités par jour</translation>
    </message>
    <message>
        <source>Arrow keys move, Shift+arrows select, 1 available, 2 preferred, 3 not available.</source>
        <translation>Les flèches déplacent, Maj+flèches sélectionnent, 1 disponible, 2 préféré, 3 non disponible.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>préféré</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Outlined: %1</source>
        <translation>Encadré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The event has no days yet: set its first and last day in Event Properties.</source>
        <translation>L’événement n’a pas encore de jours&#xa0;: définissez son premier et son dernier jour dans Propriétés de l’événement.</translation>
    </message>
    <message>
        <source>%1 selected (Space paints it %2)</source>
        <translation>%1 sélectionné (Espace le peint en %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BadgeFace</name>
    <message>
        <source>No photos, please</source>
        <translation>Pas de photos, merci</translation>
    </message>
</context>
<context>
    <name>BadgeRenderer</name>
    <message>
        <source>The design “%1” (%2 x %3 mm) shrinks to %4% on %5: its QR code would be %6 mm, too small for scanners at the door (at least %7 mm). Choose labels the design fits, or a design made for these.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» (%2 x %3 mm) est réduit à %4 % sur %5&#xa0;: son code QR ferait %6 mm, trop petit pour les lecteurs à l’entrée (au moins %7 mm). Choisissez des étiquettes auxquelles le modèle convient, ou un modèle conçu pour elles.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer Calibration</source>
        <translation>Étalonnage de l’imprimante</translation>
    </message>
    <message>
        <source>Print the test page on the printer that prints your badges, measure it with a ruler and enter what you measured. Podium then moves and scales everything it prints on that printer so that badges land where the design puts them.</source>
        <translation>Imprimez la page de test sur l’imprimante qui imprime vos badges, mesurez-la avec une règle et saisissez ce que vous avez mesuré. Podium déplace et met alors à l’échelle tout ce qu’il imprime sur cette imprimante pour que les badges tombent là où le modèle les place.</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Imprimante&#xa0;:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Print &amp;Test Page…</source>
        <translation>Imprimer la page de &amp;test…</translation>
    </message>
    <message>
        <source>Test Page as P&amp;DF…</source>
        <translation>Page de test en P&amp;DF…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesuré</translation>
    </message>
    <message>
        <source>&amp;Forget Calibration</source>
        <translation>&amp;Oublier l’étalonnage</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 mm)</source>
        <translation>%1 (%2 × %3 mm)</translation>
    </message>
    <message>
        <source>Cross A from the paper&apos;s &amp;left edge (%1 mm if exact):</source>
        <translation>Croix A depuis le bord &amp;gauche du papier (%1 mm si exact)&#xa0;:</translation>
    </message>
    <message>
        <source>Cross A from the paper&apos;s &amp;top edge (%1 mm if exact):</source>
        <translation>Croix A depuis le bord &amp;supérieur du papier (%1 mm si exact)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Horizontal ruler, 0 to %1:</source>
        <translation>Règle &amp;horizontale, de 0 à %1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Vertical ruler, 0 to %1:</source>
        <translation>Règle &amp;verticale, de 0 à %1&#xa0;:</translation>
    </message>
    <message>
        <source>No correction: what is printed lands where the design puts it.</source>
        <translation>Aucune correction&#xa0;: ce qui est imprimé tombe là où le modèle le place.</translation>
    </message>
    <message>
        <source>%1 mm to the right</source>
        <translation>%1 mm vers la droite</translation>
    </message>
    <message>
        <source>%1 mm to the left</source>
        <translation>%1 mm vers la gauche</translation>
    </message>
    <message>
        <source>%1 mm down</source>
        <translation>%1 mm vers le bas</translation>
    </message>
    <message>
        <source>%1 mm up</source>
        <translation>%1 mm vers le haut</translation>
    </message>
    <message>
        <source>Podium will move what it prints on this printer %1 and %2, and scale it to %3 % across and %4 % down.</source>
        <translation>Podium déplacera ce qu’il imprime sur cette imprimante de %1 et %2, et le mettra à l’échelle à %3 % en largeur et %4 % en hauteur.</translation>
    </message>
    <message>
        <source>Printer calibration</source>
        <translation>Étalonnage de l’imprimante</translation>
    </message>
    <message>
        <source>Print Test Page</source>
        <translation>Imprimer la page de test</translation>
    </message>
    <message>
        <source>Test Page as PDF</source>
        <translation>Page de test en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose the printer this calibration is for.</source>
        <translation>Choisissez l’imprimante à laquelle cet étalonnage s’applique.</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Printer calibration: %1

1. Measure from the paper&apos;s left edge and from its top edge to the centre of cross A (%2 mm and %3 mm if the printer is exact).
2. Measure the horizontal ruler from 0 to %4 and the vertical ruler from 0 to %5.
3. Enter the four numbers in Podium&apos;s Printer Calibration window.</source>
        <translation>Étalonnage de l’imprimante&#xa0;: %1

1. Mesurez depuis le bord gauche et depuis le bord supérieur du papier jusqu’au centre de la croix A (%2 mm et %3 mm si l’imprimante est exacte).
2. Mesurez la règle horizontale de 0 à %4 et la règle verticale de 0 à %5.
3. Saisissez les quatre nombres dans la fenêtre Étalonnage de l’imprimante de Podium.</translation>
    </message>
    <message>
        <source>this printer</source>
        <translation>cette imprimante</translation>
    </message>
</context>
<context>
    <name>CertificateRenderer</name>
    <message>
        <source>Nobody has checked in yet, so there is no certificate to print (use “all registered” to print one for everyone registered).</source>
        <translation>Personne n’est encore arrivé&#xa0;: il n’y a aucune attestation à imprimer (choisissez «&#xa0;tous les inscrits&#xa0;» pour en imprimer une par inscrit).</translation>
    </message>
    <message>
        <source>Certificate of Attendance</source>
        <translation>Attestation de participation</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Nous certifions que</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>a participé à</translation>
    </message>
    <message>
        <source>held on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>held on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>organised by %1</source>
        <translation>organisé par %1</translation>
    </message>
    <message>
        <source>For the organisers</source>
        <translation>Pour les organisateurs</translation>
    </message>
</context>
<context>
    <name>ChangeFormatter</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>type as written</source>
        <translation>type tel que saisi</translation>
    </message>
    <message>
        <source>track</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>identifiant externe</translation>
    </message>
    <message>
        <source>expected attendance</source>
        <translation>affluence prévue</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>pas d’enregistrement</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>page web</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>nom abrégé (slug)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>location</source>
        <translation>emplacement</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organisation type</source>
        <translation>type d’organisation</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>biography</source>
        <translation>biographie</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>dietary needs</source>
        <translation>besoins alimentaires</translation>
    </message>
    <message>
        <source>accessibility needs</source>
        <translation>besoins d’accessibilité</translation>
    </message>
    <message>
        <source>on attendee lists</source>
        <translation>sur les listes de participants</translation>
    </message>
    <message>
        <source>may be photographed</source>
        <translation>peut être photographié</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>guichet</translation>
    </message>
    <message>
        <source>badge printed</source>
        <translation>badge imprimé</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrit le</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organisateur</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>venue address</source>
        <translation>adresse du lieu</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>sigle</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>day changes at</source>
        <translation>changement de jour à</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>inscription</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°%1</translation>
    </message>
    <message>
        <source>created %1 %2</source>
        <translation>création de %1 %2</translation>
    </message>
    <message>
        <source>deleted %1 %2</source>
        <translation>suppression de %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>someone outside Podium</source>
        <translation>quelqu’un hors de Podium</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 au guichet %2</translation>
    </message>
    <message>
        <source>Changed by %1 at %2: %3.</source>
        <translation>Modifié par %1 le %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Deleted by %1 at %2: your change was not saved.</source>
        <translation>Supprimé par %1 le %2&#xa0;: votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>This %1 was deleted meanwhile: your change was not saved.</source>
        <translation>Cet élément (%1) a été supprimé entre-temps&#xa0;: votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>This %1 was changed meanwhile (outside Podium&apos;s history): your change was not saved. The current values are shown; make your change again.</source>
        <translation>Cet élément (%1) a été modifié entre-temps (en dehors de l’historique de Podium)&#xa0;: votre modification n’a pas été enregistrée. Les valeurs actuelles sont affichées&#xa0;; refaites votre modification.</translation>
    </message>
    <message>
        <source>%1 Your change was not saved: the current values are shown; make your change again.</source>
        <translation>%1 Votre modification n’a pas été enregistrée&#xa0;: les valeurs actuelles sont affichées&#xa0;; refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>There is no change %1 in the history.</source>
        <translation>L’historique ne contient aucune modification %1.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Only a change of a field can be reverted; a created or deleted %1 is not.</source>
        <translation>Seule la modification d’un champ peut être annulée&#xa0;; la création ou la suppression d’un élément (%1) ne le peut pas.</translation>
    </message>
    <message>
        <source>Not reverted: %1 was changed again since, by %2 at %3.</source>
        <translation>Non annulé&#xa0;: %1 a été modifié depuis, par %2 le %3.</translation>
    </message>
    <message>
        <source>Not reverted: the %1 no longer holds that value (or no longer exists).</source>
        <translation>Non annulé&#xa0;: l’élément (%1) n’a plus cette valeur (ou n’existe plus).</translation>
    </message>
</context>
<context>
    <name>ChangeParticipantsCommand</name>
    <message numerus="yes">
        <source>Set category of %n participant(s) to %1</source>
        <translation>
            <numerusform>Mettre %n participant dans la catégorie %1</numerusform>
            <numerusform>Mettre %n participants dans la catégorie %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n participant(s) to %1</source>
        <translation>
            <numerusform>Passer %n participant au statut %1</numerusform>
            <numerusform>Passer %n participants au statut %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>Check in %1</source>
        <translation>Enregistrer l’arrivée de %1</translation>
    </message>
    <message>
        <source>Take back check-in of %1</source>
        <translation>Annuler l’arrivée de %1</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>no code was typed</source>
        <translation>aucun code n’a été saisi</translation>
    </message>
    <message>
        <source>unknown code %1</source>
        <translation>code inconnu %1</translation>
    </message>
    <message>
        <source>the registration was cancelled</source>
        <translation>l’inscription a été annulée</translation>
    </message>
    <message>
        <source>already checked in at %1</source>
        <translation>déjà arrivé à %1</translation>
    </message>
    <message>
        <source>already checked in on %1 at %2</source>
        <translation>déjà arrivé le %1 à %2</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>sur liste d’attente</translation>
    </message>
    <message>
        <source>already checked in at desk %1 at %2</source>
        <translation>déjà arrivé au guichet %1 à %2</translation>
    </message>
    <message>
        <source>already checked in at desk %1 on %2 at %3</source>
        <translation>déjà arrivé au guichet %1 le %2 à %3</translation>
    </message>
    <message>
        <source>The check-in was not taken back: the registration was changed since (checked in again, or by another desk).</source>
        <translation>L’arrivée n’a pas été annulée&#xa0;: l’inscription a été modifiée depuis (nouvelle arrivée, ou à un autre guichet).</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>déjà arrivé</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Annuler la dernière arrivée</translation>
    </message>
    <message>
        <source>Check-in taken back</source>
        <translation>Arrivée annulée</translation>
    </message>
    <message>
        <source>No event open</source>
        <translation>Aucun événement ouvert</translation>
    </message>
    <message>
        <source>Cannot check in</source>
        <translation>Impossible d’enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Dietary: %1</source>
        <translation>Régime&#xa0;: %1</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>&amp;Scan the badge, or type a name, e-mail, organisation or code, then press Enter:</source>
        <translation>&amp;Scannez le badge, ou saisissez un nom, un e-mail, une organisation ou un code, puis appuyez sur Entrée&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 7KQ4M2XP9T or Müller</source>
        <translation>p. ex. 7KQ4M2XP9T ou Müller</translation>
    </message>
    <message>
        <source>Check in &amp;anyway</source>
        <translation>Enregistrer l’arrivée &amp;quand même</translation>
    </message>
    <message>
        <source>Enter (with the search field empty)</source>
        <translation>Entrée (avec le champ de recherche vide)</translation>
    </message>
    <message>
        <source>Do &amp;not check in</source>
        <translation>&amp;Ne pas enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>&amp;Desk mode</source>
        <translation>&amp;Mode guichet</translation>
    </message>
    <message>
        <source>Only this page, full screen, in large type (F11)</source>
        <translation>Seulement cette page, en plein écran, en grands caractères (F11)</translation>
    </message>
    <message>
        <source>Leave &amp;desk mode</source>
        <translation>Quitter le &amp;mode guichet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Scan a badge, or type a few letters of a name and choose.</source>
        <translation>Scannez un badge, ou tapez quelques lettres d’un nom et choisissez.</translation>
    </message>
    <message>
        <source>Open an event (File ▸ Open) to check people in.</source>
        <translation>Ouvrez un événement (Fichier ▸ Ouvrir) pour enregistrer les arrivées.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Cannot search</source>
        <translation>Recherche impossible</translation>
    </message>
    <message>
        <source>checked in %1</source>
        <translation>arrivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>More people match: type more of the name</source>
        <translation>D’autres personnes correspondent&#xa0;: tapez davantage du nom</translation>
    </message>
    <message>
        <source>No registration has the code or a name, e-mail or organisation matching “%1”.</source>
        <translation>Aucune inscription n’a ce code, ni un nom, un e-mail ou une organisation correspondant à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n people match</source>
        <translation>
            <numerusform>%n personne correspond</numerusform>
            <numerusform>%n personnes correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one with the arrow keys or the mouse, then press Enter.</source>
        <translation>Choisissez-en une avec les flèches ou la souris, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>%1: already here</source>
        <translation>%1&#xa0;: déjà arrivé</translation>
    </message>
    <message>
        <source>%1 is on the waiting list</source>
        <translation>%1 est sur liste d’attente</translation>
    </message>
    <message>
        <source>Check in anyway? Press Enter to let them in, Esc not to.</source>
        <translation>Enregistrer l’arrivée quand même&#xa0;? Appuyez sur Entrée pour faire entrer la personne, sur Échap pour refuser.</translation>
    </message>
    <message>
        <source>%1: registration cancelled</source>
        <translation>%1&#xa0;: inscription annulée</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Accessibilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked in although %1.</source>
        <translation>Arrivée enregistrée malgré ceci&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not taken back</source>
        <translation>Arrivée non annulée</translation>
    </message>
    <message>
        <source>Checked in twice while a desk was offline (the earlier time counts):</source>
        <translation>Arrivées enregistrées deux fois pendant qu’un guichet était hors ligne (l’heure la plus tôt fait foi)&#xa0;:</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Checked in offline: sent to the server when it answers again.</source>
        <translation>Arrivée enregistrée hors ligne&#xa0;: elle sera envoyée au serveur quand il répondra de nouveau.</translation>
    </message>
    <message>
        <source>%1 of %2 (this desk&apos;s copy)</source>
        <translation>%1 sur %2 (copie de ce guichet)</translation>
    </message>
</context>
<context>
    <name>CheckInQueue</name>
    <message>
        <source>The desk&apos;s queue of check-ins “%1” cannot be written: %2</source>
        <translation>La file d’attente des arrivées du guichet «&#xa0;%1&#xa0;» ne peut pas être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>The desk&apos;s queue of check-ins “%1” cannot be read: %2</source>
        <translation>La file d’attente des arrivées du guichet «&#xa0;%1&#xa0;» ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1 of the desk&apos;s queue of check-ins “%2” is damaged.</source>
        <translation>La ligne %1 de la file d’attente des arrivées du guichet «&#xa0;%2&#xa0;» est endommagée.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>missing arguments (expected %1, got %2).</source>
        <translation>arguments manquants (%1 attendus, %2 reçus).</translation>
    </message>
    <message>
        <source>too many arguments: %1.</source>
        <translation>trop d’arguments&#xa0;: %1.</translation>
    </message>
    <message>
        <source>podium-cli %1: --%2 must be a whole number from %3 to %4, not “%5”.</source>
        <translation>podium-cli %1&#xa0;: --%2 doit être un nombre entier de %3 à %4, et non «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
    <message>
        <source>On failure, also show what SQLite or the system said.</source>
        <translation>En cas d’échec, afficher aussi ce qu’ont dit SQLite ou le système.</translation>
    </message>
    <message>
        <source>podium-cli %1 works on event files only: %2</source>
        <translation>podium-cli %1 ne fonctionne qu’avec des fichiers d’événement&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
</context>
<context>
    <name>ColumnTarget</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Nom complet (prénom et nom)</translation>
    </message>
</context>
<context>
    <name>ConfirmedCommand</name>
    <message>
        <source>Do it without asking (for scripts). It cannot be undone.</source>
        <translation>Le faire sans demander (pour les scripts). Irréversible.</translation>
    </message>
    <message>
        <source>podium-cli %1: refusing to %2 without confirmation: there is no terminal to ask (standard input is not one). Nothing was changed. Add --yes to go ahead.</source>
        <translation>podium-cli %1&#xa0;: «&#xa0;%2&#xa0;» refusé sans confirmation&#xa0;: aucun terminal pour poser la question (l’entrée standard n’en est pas un). Rien n’a été modifié. Ajoutez --yes pour continuer.</translation>
    </message>
    <message>
        <source>This cannot be undone. Type “yes” to %1: </source>
        <translation>Cette opération est irréversible. Tapez «&#xa0;yes&#xa0;» pour confirmer (%1)&#xa0;: </translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message>
        <source>no room</source>
        <translation>sans salle</translation>
    </message>
    <message>
        <source>%1 is in two sessions at once: “%2” (%3, %4) and “%5” (%6, %7).</source>
        <translation>%1 est dans deux sessions à la fois&#xa0;: «&#xa0;%2&#xa0;» (%3, %4) et «&#xa0;%5&#xa0;» (%6, %7).</translation>
    </message>
    <message>
        <source>%1 holds two sessions at once: “%2” (%3) and “%4” (%5).</source>
        <translation>%1 accueille deux sessions à la fois&#xa0;: «&#xa0;%2&#xa0;» (%3) et «&#xa0;%4&#xa0;» (%5).</translation>
    </message>
    <message>
        <source>“%1” is cancelled but still on the timetable (%2, %3).</source>
        <translation>«&#xa0;%1&#xa0;» est annulée mais figure encore dans la grille horaire (%2, %3).</translation>
    </message>
    <message>
        <source>“%1” (%2, %3) is outside the event&apos;s days (%4 to %5).</source>
        <translation>«&#xa0;%1&#xa0;» (%2, %3) est en dehors des jours de l’événement (du %4 au %5).</translation>
    </message>
    <message>
        <source>“%1” (%2) expects %3 people but %4 seats only %5.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) attend %3 personnes mais %4 n’a que %5 places.</translation>
    </message>
    <message>
        <source>%1 is not available on %2, but is in “%3” (%4, %5).</source>
        <translation>%1 n’est pas disponible le %2, mais figure dans «&#xa0;%3&#xa0;» (%4, %5).</translation>
    </message>
    <message>
        <source>%1 is available %2 only on %3, but is in “%4” (%5, %6).</source>
        <translation>%1 n’est disponible que %2 le %3, mais figure dans «&#xa0;%4&#xa0;» (%5, %6).</translation>
    </message>
    <message>
        <source>%1 is not available on %2, but holds “%3” (%4).</source>
        <translation>%1 n’est pas disponible le %2, mais accueille «&#xa0;%3&#xa0;» (%4).</translation>
    </message>
    <message>
        <source>%1 is available %2 only on %3, but holds “%4” (%5).</source>
        <translation>%1 n’est disponible que %2 le %3, mais accueille «&#xa0;%4&#xa0;» (%5).</translation>
    </message>
    <message>
        <source>“%1” is pinned to %2, %3, but is not on the timetable.</source>
        <translation>«&#xa0;%1&#xa0;» est épinglée à %2, %3, mais n’est pas dans la grille horaire.</translation>
    </message>
    <message>
        <source>“%1” is pinned to %2, %3, but is in %4, %5.</source>
        <translation>«&#xa0;%1&#xa0;» est épinglée à %2, %3, mais se trouve dans %4, %5.</translation>
    </message>
    <message>
        <source>“%1” must be in %2, but is in %3 (%4).</source>
        <translation>«&#xa0;%1&#xa0;» doit être dans %2, mais se trouve dans %3 (%4).</translation>
    </message>
    <message>
        <source>“%1” must be on %2, but is on %3 (%4, %5).</source>
        <translation>«&#xa0;%1&#xa0;» doit avoir lieu le %2, mais a lieu le %3 (%4, %5).</translation>
    </message>
    <message>
        <source>“%1” may only use the rooms of its allowed tracks, and they have none, but is in %2 (%3).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut utiliser que les salles de ses thèmes autorisés, qui n’en ont aucune, mais se trouve dans %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” may only be in %2, but is in %3 (%4).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut être que dans %2, mais se trouve dans %3 (%4).</translation>
    </message>
    <message>
        <source>“%1” needs a seat for each of the %2 people registered, but %3 seats only %4 (%5).</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d’une place pour chacune des %2 personnes inscrites, mais %3 n’a que %4 places (%5).</translation>
    </message>
    <message>
        <source>“%1” needs at least %2 seats, but %3 seats only %4 (%5).</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d’au moins %2 places, mais %3 n’a que %4 places (%5).</translation>
    </message>
    <message>
        <source>“%1” must come after “%2”, but starts at %3 (%4), before “%2” ends (%5, %6).</source>
        <translation>«&#xa0;%1&#xa0;» doit venir après «&#xa0;%2&#xa0;», mais commence à %3 (%4), avant la fin de «&#xa0;%2&#xa0;» (%5, %6).</translation>
    </message>
    <message>
        <source>“%1” (%2, %3) and “%4” (%5, %6) must not be at the same time.</source>
        <translation>«&#xa0;%1&#xa0;» (%2, %3) et «&#xa0;%4&#xa0;» (%5, %6) ne doivent pas avoir lieu en même temps.</translation>
    </message>
    <message>
        <source>a break</source>
        <translation>une pause</translation>
    </message>
    <message>
        <source>“%1” (%2, %3) is in a time kept free: %4, %5.</source>
        <translation>«&#xa0;%1&#xa0;» (%2, %3) se trouve dans une plage laissée libre&#xa0;: %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions of %1 at once, more than its limit of %2: %3 (%4).</source>
        <translation>
            <numerusform>%n session de %1 à la fois, plus que sa limite de %2&#xa0;: %3 (%4).</numerusform>
            <numerusform>%n sessions de %1 à la fois, plus que sa limite de %2&#xa0;: %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n minute(s) between “%2” (%3, %4) and “%5” (%6, %7); the event asks for at least %8.</source>
        <translation>
            <numerusform>%1 a %n minute entre «&#xa0;%2&#xa0;» (%3, %4) et «&#xa0;%5&#xa0;» (%6, %7)&#xa0;; l’événement demande au moins %8.</numerusform>
            <numerusform>%1 a %n minutes entre «&#xa0;%2&#xa0;» (%3, %4) et «&#xa0;%5&#xa0;» (%6, %7)&#xa0;; l’événement demande au moins %8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No conflicts: nobody is booked twice and every session fits its room and day.</source>
        <translation>Aucun conflit&#xa0;: personne n’est programmé deux fois et chaque session tient dans sa salle et sa journée.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Click one to show its session.</source>
        <translation>Cliquez sur un conflit pour afficher sa session.</translation>
    </message>
</context>
<context>
    <name>ConstraintsExportCommand</name>
    <message>
        <source>Export the sessions&apos; constraints and the scheduling rules as JSON.</source>
        <translation>Exporter les contraintes des sessions et les règles de planification en JSON.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Le fichier de l’événement.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Le fichier JSON à écrire.</translation>
    </message>
    <message>
        <source>Replace OUT.json if it exists.</source>
        <translation>Remplacer OUT.json s’il existe.</translation>
    </message>
    <message>
        <source>podium-cli constraints export: give the file to write with -o OUT.json.</source>
        <translation>podium-cli constraints export&#xa0;: indiquez le fichier à écrire avec -o OUT.json.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
</context>
<context>
    <name>ConstraintsFile</name>
    <message>
        <source>%1 is not a constraints file: %2 (at character %3).</source>
        <translation>%1 n’est pas un fichier de contraintes&#xa0;: %2 (au caractère %3).</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>no session has the GUID or title “%1”</source>
        <translation>aucune session n’a le GUID ou le titre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions are called “%1”: give its GUID</source>
        <translation>
            <numerusform>%n session s’appelle «&#xa0;%1&#xa0;»&#xa0;: indiquez son GUID</numerusform>
            <numerusform>%n sessions s’appellent «&#xa0;%1&#xa0;»&#xa0;: indiquez son GUID</numerusform>
        </translation>
    </message>
    <message>
        <source>the event has no room called “%1”</source>
        <translation>l’événement n’a pas de salle nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the event has no track called “%1”</source>
        <translation>l’événement n’a pas de thème nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a date and time like 2027-03-15T09:00:00+01:00</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure comme 2027-03-15T09:00:00+01:00</translation>
    </message>
    <message>
        <source>not a date like 2027-03-15</source>
        <translation>pas une date comme 2027-03-15</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>give the number of seats, more than 0</source>
        <translation>indiquez le nombre de places, supérieur à 0</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>elle finit avant de commencer</translation>
    </message>
    <message>
        <source>%1 cannot be imported, nothing was changed:
%2</source>
        <translation>%1 ne peut pas être importé, rien n’a été modifié&#xa0;:
%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 24 MB.</source>
        <translation>%1 dépasse 24 Mo.</translation>
    </message>
</context>
<context>
    <name>ConstraintsImportCommand</name>
    <message>
        <source>Import sessions&apos; constraints and scheduling rules from JSON (as constraints export writes).</source>
        <translation>Importer les contraintes des sessions et les règles de planification depuis un JSON (tel que l’écrit constraints export).</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Le fichier de l’événement.</translation>
    </message>
    <message>
        <source>Each session listed gets exactly its constraints; breaks, tracks and personGapMinutes, when given, replace the event&apos;s rules.</source>
        <translation>Chaque session listée reçoit exactement ses contraintes&#xa0;; les pauses, thèmes et personGapMinutes, s’ils sont donnés, remplacent les règles de l’événement.</translation>
    </message>
    <message>
        <source>Check the file and say what it would set; change nothing.</source>
        <translation>Vérifier le fichier et dire ce qu’il définirait&#xa0;; ne rien modifier.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Would set the constraints of %1 (nothing was changed).</source>
        <translation>Définirait les contraintes de %1 (rien n’a été modifié).</translation>
    </message>
    <message>
        <source>Set the constraints of %1.</source>
        <translation>Contraintes de %1 définies.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n’est jamais fermé (il manque un &quot;).</translation>
    </message>
</context>
<context>
    <name>CsvSource</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line and no rows.</source>
        <translation>%1 est vide&#xa0;: il n’a ni ligne d’en-tête ni lignes de données.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB; Podium reads participant CSV files up to %2 MB.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mo&#xa0;; Podium lit les fichiers CSV de participants jusqu’à %2 Mo.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook, not a CSV file: in Excel choose File › Save As, file type “CSV UTF-8 (Comma delimited)”, and import that file.</source>
        <translation>%1 est un classeur Excel, pas un fichier CSV&#xa0;: dans Excel, choisissez Fichier › Enregistrer sous, type de fichier «&#xa0;CSV UTF-8 (délimité par des virgules)&#xa0;», puis importez ce fichier.</translation>
    </message>
    <message>
        <source>%1 is a LibreOffice (OpenDocument) spreadsheet, not a CSV file: in LibreOffice Calc choose File › Save As, file type “Text CSV (.csv)”, and import that file.</source>
        <translation>%1 est un classeur LibreOffice (OpenDocument), pas un fichier CSV&#xa0;: dans LibreOffice Calc, choisissez Fichier › Enregistrer sous, type de fichier «&#xa0;Texte CSV (.csv)&#xa0;», puis importez ce fichier.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: it holds binary data, not text. Save the participant list as CSV from your spreadsheet program and import that file.</source>
        <translation>%1 n’est pas un fichier CSV&#xa0;: il contient des données binaires, pas du texte. Enregistrez la liste des participants au format CSV depuis votre tableur, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>%1, line %2: the header line separates its columns with %3, but this line with %4. Save the file again from your spreadsheet program so that one separator is used throughout.</source>
        <translation>%1, ligne %2&#xa0;: la ligne d’en-tête sépare ses colonnes par %3, mais cette ligne par %4. Enregistrez à nouveau le fichier depuis votre tableur pour qu’un seul séparateur soit utilisé partout.</translation>
    </message>
    <message>
        <source>%1 has a header line but no rows: there is no participant to import.</source>
        <translation>%1 a une ligne d’en-tête mais aucune ligne de données&#xa0;: il n’y a aucun participant à importer.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: it holds binary data, not text. Save the programme as CSV from your spreadsheet program and import that file.</source>
        <translation>%1 n’est pas un fichier CSV&#xa0;: il contient des données binaires, pas du texte. Enregistrez le programme au format CSV depuis votre tableur, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB; Podium reads schedule CSV files up to %2 MB.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mo&#xa0;; Podium lit les fichiers CSV de programme jusqu’à %2 Mo.</translation>
    </message>
    <message>
        <source>%1 has a header line but no rows: there is no session to import.</source>
        <translation>%1 a une ligne d’en-tête mais aucune ligne de données&#xa0;: il n’y a aucune session à importer.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: it holds binary data, not text. Save the availability as CSV from your spreadsheet program and import that file.</source>
        <translation>%1 n’est pas un fichier CSV&#xa0;: il contient des données binaires, pas du texte. Enregistrez les disponibilités en CSV depuis votre tableur et importez ce fichier.</translation>
    </message>
    <message>
        <source>%1 has a header line but no rows: there is no availability to import.</source>
        <translation>%1 a une ligne d’en-tête mais aucune ligne de données&#xa0;: il n’y a aucune disponibilité à importer.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written completely: %1.</source>
        <translation>Le fichier n’a pas pu être écrit entièrement&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>DemoEvent</name>
    <message>
        <source>The demo event is missing from this build of Podium.</source>
        <translation>L’événement de démonstration manque dans cette version de Podium.</translation>
    </message>
    <message>
        <source>The demo event is damaged: %1.</source>
        <translation>L’événement de démonstration est endommagé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>The design “%1” needs a size of at least 10 x 10 mm.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» doit mesurer au moins 10 x 10 mm.</translation>
    </message>
    <message>
        <source>front</source>
        <translation>recto</translation>
    </message>
    <message>
        <source>back</source>
        <translation>verso</translation>
    </message>
    <message>
        <source>element %1 (%2) on the %3</source>
        <translation>élément %1 (%2) au %3</translation>
    </message>
    <message>
        <source>The design “%1”: %2 is not on the side.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;»&#xa0;: %2 n’est pas sur la face.</translation>
    </message>
    <message>
        <source>The design “%1”: %2 is smaller than %3 mm: scanners could not read it.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;»&#xa0;: %2 est plus petit que %3 mm&#xa0;: les lecteurs ne pourraient pas le lire.</translation>
    </message>
    <message>
        <source>The design “%1”: %2 may shrink below %3 pt, too small to read.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;»&#xa0;: %2 peut être réduit sous %3 pt, trop petit pour être lu.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Certificate of Attendance</source>
        <translation>Attestation de participation</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Nous certifions que</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>a participé à</translation>
    </message>
    <message>
        <source>organised by {organiser}</source>
        <translation>organisé par {organiser}</translation>
    </message>
    <message>
        <source>Issued on {issue_date}</source>
        <translation>Délivrée le {issue_date}</translation>
    </message>
    <message>
        <source>Verification code {verification_code}</source>
        <translation>Code de vérification {verification_code}</translation>
    </message>
    <message>
        <source>Wi-Fi: network · password</source>
        <translation>Wi-Fi&#xa0;: réseau · mot de passe</translation>
    </message>
</context>
<context>
    <name>DesignCanvas</name>
    <message>
        <source>Move element</source>
        <translation>Déplacer l’élément</translation>
    </message>
    <message>
        <source>Resize element</source>
        <translation>Redimensionner l’élément</translation>
    </message>
</context>
<context>
    <name>DesignEditor</name>
    <message>
        <source>Add element</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Remove element</source>
        <translation>Supprimer l’élément</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation>Reculer</translation>
    </message>
</context>
<context>
    <name>DesignImage</name>
    <message>
        <source>“%1” is not a PNG, JPEG or SVG image.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image PNG, JPEG ou SVG.</translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>%1, line %2: not a JSON file (%3).</source>
        <translation>%1, ligne %2&#xa0;: pas un fichier JSON (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Podium design: it has no “podium_design” field.</source>
        <translation>%1 n’est pas un modèle Podium&#xa0;: il n’a pas de champ «&#xa0;podium_design&#xa0;».</translation>
    </message>
    <message>
        <source>%1 was written by a newer Podium (design format %2; this one reads up to %3): update Podium to read it.</source>
        <translation>%1 a été écrit par une version plus récente de Podium (format de modèle %2&#xa0;; celle-ci lit jusqu’au %3)&#xa0;: mettez Podium à jour pour le lire.</translation>
    </message>
    <message>
        <source>%1: podium_design: expected a format number from 1.</source>
        <translation>%1&#xa0;: podium_design&#xa0;: un numéro de format à partir de 1 est attendu.</translation>
    </message>
    <message>
        <source>a design needs a name</source>
        <translation>un modèle doit avoir un nom</translation>
    </message>
    <message>
        <source>“%1” is not badge or certificate</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni badge ni certificate</translation>
    </message>
    <message>
        <source>a side needs at least 10 x 10 mm</source>
        <translation>une face doit mesurer au moins 10 x 10 mm</translation>
    </message>
    <message>
        <source>“%1” is not front-only, duplex-long-edge, duplex-short-edge, fold-top or fold-side</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni front-only, ni duplex-long-edge, ni duplex-short-edge, ni fold-top, ni fold-side</translation>
    </message>
    <message>
        <source>“%1” is not a date (write YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (écrivez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the image&apos;s bytes do not match its id (the file was changed or damaged)</source>
        <translation>les octets de l’image ne correspondent pas à son identifiant (le fichier a été modifié ou endommagé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DesignPainter</name>
    <message>
        <source>The design “%1” shows an image that is not in the event file (id %2): import the image again.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» affiche une image absente du fichier de l’événement (id %2)&#xa0;: importez l’image à nouveau.</translation>
    </message>
</context>
<context>
    <name>DesignPlaceholders</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>DesignPreview</name>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Aperçu &amp;pour&#xa0;:</translation>
    </message>
    <message>
        <source>A name or registration code, then Enter</source>
        <translation>Un nom ou un code d’inscription, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Other participant:</source>
        <translation>&amp;Autre participant&#xa0;:</translation>
    </message>
    <message>
        <source>Field names, as placeholders</source>
        <translation>Noms des champs, comme espaces réservés</translation>
    </message>
    <message>
        <source>No participant matches “%1”.</source>
        <translation>Aucun participant ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Recto</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
</context>
<context>
    <name>DesignRepository</name>
    <message>
        <source>The event has no design “%1” (it has none yet: import one with “podium-cli design import”).</source>
        <translation>L’événement n’a pas de modèle «&#xa0;%1&#xa0;» (il n’en a encore aucun&#xa0;: importez-en un avec «&#xa0;podium-cli design import&#xa0;»).</translation>
    </message>
    <message>
        <source>The event has no design “%1”; it has %2.</source>
        <translation>L’événement n’a pas de modèle «&#xa0;%1&#xa0;»&#xa0;; il a %2.</translation>
    </message>
    <message>
        <source>The event has no design “%1”.</source>
        <translation>L’événement n’a pas de modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The design “%1” shows an image that is not in the event file (id %2): import the design again with its images.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» affiche une image absente du fichier de l’événement (id %2)&#xa0;: importez à nouveau le modèle avec ses images.</translation>
    </message>
    <message>
        <source>The event already has a design “%1”: import with --replace to replace it.</source>
        <translation>L’événement a déjà un modèle «&#xa0;%1&#xa0;»&#xa0;: importez avec --replace pour le remplacer.</translation>
    </message>
</context>
<context>
    <name>DesignSettingsPanel</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <source>Size of my own</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Changer l’étiquette</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Tai&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>Change size</source>
        <translation>Changer la taille</translation>
    </message>
    <message>
        <source>Front only</source>
        <translation>Recto seulement</translation>
    </message>
    <message>
        <source>Both sides, printer turns the long edge</source>
        <translation>Recto verso, l’imprimante tourne sur le bord long</translation>
    </message>
    <message>
        <source>Both sides, printer turns the short edge</source>
        <translation>Recto verso, l’imprimante tourne sur le bord court</translation>
    </message>
    <message>
        <source>Folded at the top (back above the front)</source>
        <translation>Plié en haut (verso au-dessus du recto)</translation>
    </message>
    <message>
        <source>Folded at the side, like a card</source>
        <translation>Plié sur le côté, comme une carte</translation>
    </message>
    <message>
        <source>&amp;Sides:</source>
        <translation>&amp;Faces&#xa0;:</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Changer les faces</translation>
    </message>
    <message>
        <source>Back&amp;ground of this side:</source>
        <translation>Fon&amp;d de cette face&#xa0;:</translation>
    </message>
    <message>
        <source>Change background</source>
        <translation>Changer le fond</translation>
    </message>
    <message>
        <source>Colours of categories</source>
        <translation>Couleurs des catégories</translation>
    </message>
    <message>
        <source>Elements coloured by category (a band, a name) take these colours</source>
        <translation>Les éléments colorés selon la catégorie (une bande, un nom) prennent ces couleurs</translation>
    </message>
    <message>
        <source>Change category colour</source>
        <translation>Changer la couleur de catégorie</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Signé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;title:</source>
        <translation>Titre du signatai&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>Change signatory</source>
        <translation>Changer le signataire</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>A scan of the signature, PNG or SVG with a transparent background</source>
        <translation>Une numérisation de la signature, PNG ou SVG à fond transparent</translation>
    </message>
    <message>
        <source>Signat&amp;ure image:</source>
        <translation>Image de la si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <source>Add signature</source>
        <translation>Ajouter la signature</translation>
    </message>
    <message>
        <source>Change signature</source>
        <translation>Changer la signature</translation>
    </message>
    <message>
        <source>Dated the day it is &amp;printed</source>
        <translation>Daté du jour de l’&amp;impression</translation>
    </message>
    <message>
        <source>Date o&amp;f issue:</source>
        <translation>Date de délivran&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <source>Change date of issue</source>
        <translation>Changer la date de délivrance</translation>
    </message>
    <message>
        <source>Print a verification c&amp;ode</source>
        <translation>Imprimer un c&amp;ode de vérification</translation>
    </message>
    <message>
        <source>A short code computed from the certificate&apos;s text, so that a copy can be checked</source>
        <translation>Un code court calculé à partir du texte de l’attestation, pour qu’une copie puisse être vérifiée</translation>
    </message>
    <message>
        <source>Change verification code</source>
        <translation>Changer le code de vérification</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <source>Badge Designer</source>
        <translation>Concepteur de badges</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Badge nominatif</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Attestation</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save into the Event</source>
        <translation>&amp;Enregistrer dans l’événement</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importer depuis JSON…</translation>
    </message>
    <message>
        <source>E&amp;xport to JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print a Proo&amp;f…</source>
        <translation>Imprimer une épreu&amp;ve…</translation>
    </message>
    <message>
        <source>Only the participant shown in the preview</source>
        <translation>Seulement le participant affiché dans l’aperçu</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Printer &amp;Calibration…</source>
        <translation>É&amp;talonnage de l’imprimante…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Bring &amp;Forward</source>
        <translation>Ava&amp;ncer</translation>
    </message>
    <message>
        <source>Send &amp;Backward</source>
        <translation>Recu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;QR Code</source>
        <translation>Code &amp;QR</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Image à partir d’un fichier…</translation>
    </message>
    <message>
        <source>&amp;Rectangle or Band</source>
        <translation>&amp;Rectangle ou bande</translation>
    </message>
    <message>
        <source>The Participant&apos;s &amp;Sessions</source>
        <translation>Les &amp;sessions du participant</translation>
    </message>
    <message>
        <source>Standard &amp;Badge</source>
        <translation>&amp;Badge standard</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Front Side</source>
        <translation>Re&amp;cto</translation>
    </message>
    <message>
        <source>&amp;Back Side</source>
        <translation>&amp;Verso</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;arrière</translation>
    </message>
    <message>
        <source>&amp;True Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>The label as large as it prints</source>
        <translation>L’étiquette aussi grande qu’à l’impression</translation>
    </message>
    <message>
        <source>&amp;Whole Label</source>
        <translation>&amp;Étiquette entière</translation>
    </message>
    <message>
        <source>&amp;Snap to Edges and Grid</source>
        <translation>Ai&amp;manter aux bords et à la grille</translation>
    </message>
    <message>
        <source>%1 % of the true size</source>
        <translation>%1 % de la taille réelle</translation>
    </message>
    <message>
        <source>&amp;Grid of 1 mm</source>
        <translation>&amp;Grille de 1 mm</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Concepteur</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Podium&apos;s standard badge (to start from)</source>
        <translation>Le badge standard de Podium (comme point de départ)</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Save Design</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>&amp;Name of the design:</source>
        <translation>&amp;Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>The event is open read-only: export the design to JSON instead.</source>
        <translation>L’événement est ouvert en lecture seule&#xa0;: exportez plutôt le modèle en JSON.</translation>
    </message>
    <message>
        <source>The event already has a design “%1”. Replace it?</source>
        <translation>L’événement a déjà un modèle «&#xa0;%1&#xa0;». Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>Saved the design “%1” into the event</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré dans l’événement</translation>
    </message>
    <message>
        <source>Import Design</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported the design “%1”: save it to keep it in the event</source>
        <translation>Modèle «&#xa0;%1&#xa0;» importé&#xa0;: enregistrez-le pour le garder dans l’événement</translation>
    </message>
    <message>
        <source>Export Design</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported the design to %1</source>
        <translation>Modèle exporté vers %1</translation>
    </message>
    <message>
        <source>Podium designs (*.json)</source>
        <translation>Modèles Podium (*.json)</translation>
    </message>
    <message>
        <source>design</source>
        <translation>modele</translation>
    </message>
    <message>
        <source>Sent the design “%1” to the printer %2</source>
        <translation>Modèle «&#xa0;%1&#xa0;» envoyé à l’imprimante %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print a Proof</source>
        <translation>Imprimer une épreuve</translation>
    </message>
    <message>
        <source>badges</source>
        <translation>badges</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n page exportée vers %1</numerusform>
            <numerusform>%n pages exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>Save the changes to the design “%1” into the event?</source>
        <translation>Enregistrer les modifications du modèle «&#xa0;%1&#xa0;» dans l’événement&#xa0;?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>The event closes. Save the changes to the design “%1” into it first?</source>
        <translation>L’événement se ferme. Enregistrer d’abord les modifications du modèle «&#xa0;%1&#xa0;» dans celui-ci&#xa0;?</translation>
    </message>
    <message>
        <source>Certificate Designer</source>
        <translation>Concepteur d’attestations</translation>
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
            <numerusform>Hors ligne&#xa0;: %n arrivée en attente. Les arrivées sont enregistrées d’après la copie de ce guichet&#xa0;; elles seront envoyées quand le serveur répondra de nouveau.</numerusform>
            <numerusform>Hors ligne&#xa0;: %n arrivées en attente. Les arrivées sont enregistrées d’après la copie de ce guichet&#xa0;; elles seront envoyées quand le serveur répondra de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n check-in(s) made offline…</source>
        <translation>
            <numerusform>Envoi de %n arrivée enregistrée hors ligne…</numerusform>
            <numerusform>Envoi de %n arrivées enregistrées hors ligne…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Another Podium at this desk is using its queue of check-ins in “%1”: try again in a moment.</source>
        <translation>Un autre Podium à ce guichet utilise sa file d’attente des arrivées dans «&#xa0;%1&#xa0;»&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This desk has no copy of the event yet, so it cannot check people in offline: it must reach the server once first.</source>
        <translation>Ce guichet n’a pas encore de copie de l’événement, il ne peut donc pas enregistrer d’arrivées hors ligne&#xa0;: il doit d’abord joindre le serveur une fois.</translation>
    </message>
    <message>
        <source>no code was typed</source>
        <translation>aucun code n’a été saisi</translation>
    </message>
    <message>
        <source>unknown code %1</source>
        <translation>code inconnu %1</translation>
    </message>
    <message>
        <source>The check-in was not taken back: the registration was changed since (checked in again, or by another desk).</source>
        <translation>L’arrivée n’a pas été annulée&#xa0;: l’inscription a été modifiée depuis (nouvelle arrivée, ou à un autre guichet).</translation>
    </message>
    <message>
        <source>The check-in was not taken back: it has been sent to the server, which cannot be reached now.</source>
        <translation>L’arrivée n’a pas été annulée&#xa0;: elle a déjà été envoyée au serveur, qui est injoignable pour le moment.</translation>
    </message>
    <message>
        <source>%1, checked in offline at %2, is no longer registered.</source>
        <translation>%1, dont l’arrivée a été enregistrée hors ligne à %2, n’est plus inscrit.</translation>
    </message>
    <message>
        <source>%1: checked in at desk %2 at %3 while offline and at desk %4 at %5</source>
        <translation>%1&#xa0;: arrivée enregistrée hors ligne au guichet %2 à %3 et au guichet %4 à %5</translation>
    </message>
    <message>
        <source>%1: checked in at desk %2 at %3 and at desk %4 at %5 while offline</source>
        <translation>%1&#xa0;: arrivée enregistrée au guichet %2 à %3 et, hors ligne, au guichet %4 à %5</translation>
    </message>
</context>
<context>
    <name>DiskProblem</name>
    <message>
        <source>There is no space left on the disk holding %1.</source>
        <translation>Il n’y a plus de place sur le disque qui contient %1.</translation>
    </message>
    <message>
        <source>You are not allowed to write %1 (permission denied).</source>
        <translation>Vous n’avez pas le droit d’écrire %1 (permission refusée).</translation>
    </message>
    <message>
        <source>The disk holding %1 is read-only.</source>
        <translation>Le disque qui contient %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk reported an error.</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: le disque a signalé une erreur.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Programme booklet</source>
        <translation>Livret du programme</translation>
    </message>
    <message>
        <source>Cover, every day&apos;s sessions with speakers and abstracts, index of speakers.</source>
        <translation>Couverture, sessions de chaque jour avec intervenants et résumés, index des intervenants.</translation>
    </message>
    <message>
        <source>Timetable poster</source>
        <translation>Affiche de la grille horaire</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>One badge per participant, sorted by last name, with a QR code for check-in.</source>
        <translation>Un badge par participant, triés par nom de famille, avec un code QR pour l’accueil.</translation>
    </message>
    <message>
        <source>Room signs</source>
        <translation>Affiches de salle</translation>
    </message>
    <message>
        <source>One page per room and day with the room&apos;s sessions.</source>
        <translation>Une page par salle et par jour avec les sessions de la salle.</translation>
    </message>
    <message>
        <source>Attendee list to share</source>
        <translation>Liste des participants à partager</translation>
    </message>
    <message>
        <source>Name and organisation of the participants who agreed to be listed.</source>
        <translation>Nom et organisation des participants ayant accepté de figurer sur la liste.</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Feuilles d’émargement</translation>
    </message>
    <message>
        <source>Speaker list</source>
        <translation>Liste des intervenants</translation>
    </message>
    <message>
        <source>Every speaker, chair and moderator with their sessions.</source>
        <translation>Chaque intervenant, président de séance et modérateur avec ses sessions.</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Attestations de participation</translation>
    </message>
    <message>
        <source>One page per checked-in participant (or everyone registered).</source>
        <translation>Une page par participant arrivé (ou par inscrit).</translation>
    </message>
    <message>
        <source>Landscape pages per day: rooms across (split over pages when many), time down, coloured by track.</source>
        <translation>Pages en format paysage par jour&#xa0;: salles en colonnes (réparties sur plusieurs pages si elles sont nombreuses), heures en lignes, couleurs par thème.</translation>
    </message>
    <message>
        <source>One sheet per session with a signature column: everyone for plenaries, blank lines for the others.</source>
        <translation>Une feuille par session avec une colonne pour la signature&#xa0;: tous les participants pour les plénières, des lignes vides pour les autres.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L’impression a été annulée.</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>badge not printed yet</source>
        <translation>badge pas encore imprimé</translation>
    </message>
    <message>
        <source>%1: no participant to print.</source>
        <translation>%1&#xa0;: aucun participant à imprimer.</translation>
    </message>
    <message>
        <source>%1: no participant matches %2, so there is nothing to print.</source>
        <translation>%1&#xa0;: aucun participant ne correspond à %2&#xa0;; il n’y a rien à imprimer.</translation>
    </message>
    <message>
        <source>the participants chosen</source>
        <translation>les participants choisis</translation>
    </message>
</context>
<context>
    <name>DoorRepository</name>
    <message>
        <source>The event&apos;s store did not answer.</source>
        <translation>Le stockage de l’événement n’a pas répondu.</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EditEventCommand</name>
    <message>
        <source>Edit Event Properties</source>
        <translation>Modifier les propriétés de l’événement</translation>
    </message>
</context>
<context>
    <name>EditParticipantCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>EditorHistory</name>
    <message>
        <source>Not saved: %1
The form now shows the current values.</source>
        <translation>Non enregistré : %1
Le formulaire affiche maintenant les valeurs actuelles.</translation>
    </message>
</context>
<context>
    <name>ElementLabels</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Rectangle or band</source>
        <translation>Rectangle ou bande</translation>
    </message>
    <message>
        <source>The participant&apos;s sessions</source>
        <translation>Les sessions du participant</translation>
    </message>
    <message>
        <source>Standard badge</source>
        <translation>Badge standard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (only for %2)</source>
        <translation>%1 (seulement pour %2)</translation>
    </message>
</context>
<context>
    <name>ElementListPanel</name>
    <message>
        <source>E&amp;lements (top first):</source>
        <translation>É&amp;léments (du premier plan vers l’arrière)&#xa0;:</translation>
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
        <translation>Position et taille</translation>
    </message>
    <message>
        <source>From &amp;left:</source>
        <translation>De&amp;puis la gauche&#xa0;:</translation>
    </message>
    <message>
        <source>From &amp;top:</source>
        <translation>Depuis le &amp;haut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>Hau&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>Move element</source>
        <translation>Déplacer l’élément</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Placeholders such as {first_name} print each participant&apos;s own value</source>
        <translation>Les espaces réservés comme {first_name} impriment la valeur propre à chaque participant</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>P&amp;olice&#xa0;:</translation>
    </message>
    <message>
        <source>Change font</source>
        <translation>Changer la police</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Maigre</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Semi-bold</source>
        <translation>Demi-gras</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <source>It&amp;alic</source>
        <translation>Itali&amp;que</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>Grai&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Changer la graisse</translation>
    </message>
    <message>
        <source>Change italic</source>
        <translation>Changer l’italique</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The size text prints at when it fits</source>
        <translation>La taille à laquelle le texte s’imprime lorsqu’il tient</translation>
    </message>
    <message>
        <source>Longer text shrinks down to this size, then wraps</source>
        <translation>Un texte plus long est réduit jusqu’à cette taille, puis passe à la ligne</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>T&amp;aille&#xa0;:</translation>
    </message>
    <message>
        <source>Shrin&amp;k to:</source>
        <translation>Ré&amp;duire jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>Change size</source>
        <translation>Changer la taille</translation>
    </message>
    <message>
        <source>As many as fit</source>
        <translation>Autant qu’il en tient</translation>
    </message>
    <message>
        <source>Li&amp;nes:</source>
        <translation>Lig&amp;nes&#xa0;:</translation>
    </message>
    <message>
        <source>Change lines</source>
        <translation>Changer les lignes</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Align&amp;ment:</source>
        <translation>Ali&amp;gnement&#xa0;:</translation>
    </message>
    <message>
        <source>Change alignment</source>
        <translation>Changer l’alignement</translation>
    </message>
    <message>
        <source>When empty, move what is &amp;below up</source>
        <translation>Si &amp;vide, remonter ce qui est dessous</translation>
    </message>
    <message>
        <source>A participant without this value leaves no gap on the badge</source>
        <translation>Un participant sans cette valeur ne laisse pas de trou sur le badge</translation>
    </message>
    <message>
        <source>Change empty text</source>
        <translation>Changer le texte vide</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <source>Border c&amp;olour:</source>
        <translation>Couleur de &amp;bordure&#xa0;:</translation>
    </message>
    <message>
        <source>Change border</source>
        <translation>Changer la bordure</translation>
    </message>
    <message>
        <source>Bo&amp;rder:</source>
        <translation>Bo&amp;rdure&#xa0;:</translation>
    </message>
    <message>
        <source>Rounded corner&amp;s:</source>
        <translation>Coins arrond&amp;is&#xa0;:</translation>
    </message>
    <message>
        <source>Change corners</source>
        <translation>Changer les coins</translation>
    </message>
    <message>
        <source>Add Ima&amp;ge…</source>
        <translation>A&amp;jouter une image…</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>I&amp;mage&#xa0;:</translation>
    </message>
    <message>
        <source>Change image</source>
        <translation>Changer l’image</translation>
    </message>
    <message>
        <source>Who gets it</source>
        <translation>Qui le reçoit</translation>
    </message>
    <message>
        <source>Tick none to print it on every badge</source>
        <translation>Ne cochez rien pour l’imprimer sur chaque badge</translation>
    </message>
    <message>
        <source>&amp;Print it only for:</source>
        <translation>L’imprimer s&amp;eulement pour&#xa0;:</translation>
    </message>
    <message>
        <source>Change categories</source>
        <translation>Changer les catégories</translation>
    </message>
    <message>
        <source>Colo&amp;ur from the participant&apos;s category</source>
        <translation>Coule&amp;ur selon la catégorie du participant</translation>
    </message>
    <message>
        <source>Change colour rule</source>
        <translation>Changer la règle de couleur</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Select an element on the label to change it, or add one.</source>
        <translation>Sélectionnez un élément sur l’étiquette pour le modifier, ou ajoutez-en un.</translation>
    </message>
</context>
<context>
    <name>ErasurePlan</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1: the person and all their details</source>
        <translation>%1&#xa0;: la personne et toutes ses coordonnées</translation>
    </message>
    <message>
        <source>  - registration %1 (%2, %3), with its needs, consents, check-in and notes</source>
        <translation>  - inscription %1 (%2, %3), avec ses besoins, consentements, arrivée et notes</translation>
    </message>
    <message>
        <source>  - %1 in “%2”: the session stays, without them</source>
        <translation>  - %1 dans «&#xa0;%2&#xa0;»&#xa0;: la session reste, sans cette personne</translation>
    </message>
    <message>
        <source>Their name or address also appears as text in %1. Erasing does not change that text: edit it by hand.</source>
        <translation>Son nom ou son adresse apparaît aussi en texte dans %1. L’effacement ne modifie pas ce texte&#xa0;: corrigez-le à la main.</translation>
    </message>
</context>
<context>
    <name>EventAnonymiser</name>
    <message>
        <source>The event has no dates, so Podium cannot tell whether it is over.</source>
        <translation>L’événement n’a pas de dates&#xa0;: Podium ne peut pas savoir s’il est terminé.</translation>
    </message>
    <message>
        <source>The event is not over: its last day is %1 and today is %2 (in the event’s time zone). Participants may still need their details.</source>
        <translation>L’événement n’est pas terminé&#xa0;: son dernier jour est le %1 et nous sommes le %2 (dans le fuseau horaire de l’événement). Les participants peuvent encore avoir besoin de leurs données.</translation>
    </message>
    <message>
        <source>is read-only: nothing was anonymised.</source>
        <translation>est en lecture seule&#xa0;: rien n’a été anonymisé.</translation>
    </message>
    <message>
        <source>Nothing was changed. Anonymise after the event, or force it.</source>
        <translation>Rien n’a été modifié. Anonymisez après l’événement, ou forcez l’opération.</translation>
    </message>
    <message>
        <source>The personal data was removed and overwritten, but the file could not be compacted afterwards: %1</source>
        <translation>Les données personnelles ont été supprimées et écrasées, mais le fichier n’a pas pu être compacté ensuite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EventCopier</name>
    <message>
        <source>%1 and %2 are in different formats (%3 and %4): open both with this version of Podium first.</source>
        <translation>%1 et %2 sont dans des formats différents (%3 et %4)&#xa0;: ouvrez-les d’abord tous deux avec cette version de Podium.</translation>
    </message>
    <message>
        <source>Copy cancelled: nothing was written.</source>
        <translation>Copie annulée&#xa0;: rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>EventFile</name>
    <message>
        <source>cannot be read: %1.</source>
        <translation>ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>is empty: it is not a Podium event file.</source>
        <translation>est vide&#xa0;: ce n’est pas un fichier d’événement Podium.</translation>
    </message>
    <message>
        <source>is not a Podium event file (it is not an SQLite database).</source>
        <translation>n’est pas un fichier d’événement Podium (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>is damaged: its header is not valid.</source>
        <translation>est endommagé&#xa0;: son en-tête n’est pas valide.</translation>
    </message>
    <message>
        <source>is damaged: it is shorter than its header says (%1 of %2 bytes), probably cut off while being copied. Open a backup copy instead.</source>
        <translation>est endommagé&#xa0;: il est plus court que ne l’indique son en-tête (%1 octets sur %2), sans doute tronqué lors d’une copie. Ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The file is read-only: changes cannot be saved.</source>
        <translation>Le fichier est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only: changes cannot be saved.</source>
        <translation>Le dossier du fichier est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>ne peut pas être ouvert&#xa0;: %1.</translation>
    </message>
    <message>
        <source>already exists: choose another name or remove it first.</source>
        <translation>existe déjà&#xa0;: choisissez un autre nom ou supprimez-le d’abord.</translation>
    </message>
    <message>
        <source>cannot be created: %1.</source>
        <translation>ne peut pas être créé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>n’existe pas.</translation>
    </message>
    <message>
        <source>is a folder, not a Podium event file.</source>
        <translation>est un dossier, pas un fichier d’événement Podium.</translation>
    </message>
    <message>
        <source>Opened read-only as asked.</source>
        <translation>Ouvert en lecture seule, comme demandé.</translation>
    </message>
    <message>
        <source>is locked by another program that is changing it. Try again when it has finished.</source>
        <translation>est verrouillé par un autre programme qui le modifie. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Podium event file.</source>
        <translation>est une base de données SQLite d’une autre application, pas un fichier d’événement Podium.</translation>
    </message>
    <message>
        <source>was saved by a newer version of Podium (file format %1; this version reads up to %2). Update Podium to open it.</source>
        <translation>a été enregistré par une version plus récente de Podium (format de fichier %1&#xa0;; cette version lit jusqu’au format %2). Mettez Podium à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>is damaged: it has Podium&apos;s mark but no event in it.</source>
        <translation>est endommagé&#xa0;: il porte la marque de Podium mais ne contient aucun événement.</translation>
    </message>
    <message>
        <source>was saved by an older version of Podium and must be upgraded, but it cannot be written. Copy it to a writable folder first.</source>
        <translation>a été enregistré par une version plus ancienne de Podium et doit être mis à niveau, mais il n’est pas modifiable. Copiez-le d’abord dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>is the open file itself: choose another name.</source>
        <translation>est le fichier ouvert lui-même&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>could not be written: %1.</source>
        <translation>n’a pas pu être écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>was not saved completely (the program writing it stopped) and must be repaired, but it cannot be written. Copy it together with its “-journal” file to a writable folder and open it there.</source>
        <translation>n’a pas été enregistré complètement (le programme qui l’écrivait s’est arrêté) et doit être réparé, mais il ne peut pas être modifié. Copiez-le avec son fichier «&#xa0;-journal&#xa0;» dans un dossier accessible en écriture et ouvrez-le là.</translation>
    </message>
    <message>
        <source>was not saved completely last time (the program writing it stopped). Podium restored its last complete state; the change being saved then is lost.</source>
        <translation>n’a pas été enregistré complètement la dernière fois (le programme qui l’écrivait s’est arrêté). Podium a rétabli son dernier état complet&#xa0;; la modification en cours d’enregistrement à ce moment-là est perdue.</translation>
    </message>
    <message>
        <source>is damaged or is not an SQLite database. Use File ▸ Repair, or open a backup copy.</source>
        <translation>est endommagé ou n’est pas une base de données SQLite. Utilisez Fichier ▸ Réparer, ou ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>is damaged: its list of tables cannot be read. Use File ▸ Repair.</source>
        <translation>est endommagé&#xa0;: sa liste de tables ne peut pas être lue. Utilisez Fichier ▸ Réparer.</translation>
    </message>
    <message>
        <source>is already open in Podium (process %1). Switch to that window, or close it there first.</source>
        <translation>est déjà ouvert dans Podium (processus %1). Passez à cette fenêtre, ou fermez-le d’abord là-bas.</translation>
    </message>
</context>
<context>
    <name>EventFileRepair</name>
    <message>
        <source>from number %1 on</source>
        <translation>à partir du numéro %1</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>numbers %1 to %2</source>
        <translation>numéros %1 à %2</translation>
    </message>
    <message>
        <source>All %1 records were saved.</source>
        <translation>Les %1 enregistrements ont tous été sauvegardés.</translation>
    </message>
    <message>
        <source>%1 records were saved. Lost: %2.</source>
        <translation>%1 enregistrements sauvegardés. Perdus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is the damaged file itself: the repaired copy needs another name.</source>
        <translation>%1 est le fichier endommagé lui-même&#xa0;: la copie réparée doit porter un autre nom.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name or remove it first.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom ou supprimez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be repaired: its list of tables cannot be read, so nothing in it can be found. Open a backup copy instead.</source>
        <translation>%1 ne peut pas être réparé&#xa0;: sa liste de tables ne peut pas être lue, si bien que rien ne peut y être retrouvé. Ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is not a Podium event file: there is nothing to repair.</source>
        <translation>%1 n’est pas un fichier d’événement Podium&#xa0;: il n’y a rien à réparer.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Podium: repair it with that version.</source>
        <translation>%1 a été enregistré par une version plus récente de Podium&#xa0;: réparez-le avec cette version.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 ne peut pas être créé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>the table “%1”, which Podium did not make</source>
        <translation>la table «&#xa0;%1&#xa0;», que Podium n’a pas créée</translation>
    </message>
    <message>
        <source>the trigger “%1”, which Podium did not make</source>
        <translation>le déclencheur «&#xa0;%1&#xa0;», que Podium n’a pas créé</translation>
    </message>
    <message>
        <source>the view “%1”, which Podium did not make</source>
        <translation>la vue «&#xa0;%1&#xa0;», que Podium n’a pas créée</translation>
    </message>
    <message>
        <source>all of %1 (it is missing)</source>
        <translation>toute %1 (elle manque)</translation>
    </message>
    <message>
        <source>%1 could not be repaired: %2 cannot be read.</source>
        <translation>%1 n’a pas pu être réparé&#xa0;: %2 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The repair was cancelled: no file was written.</source>
        <translation>La réparation a été annulée&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>rows of %1 that could not be read (%2)</source>
        <translation>des lignes de %1 qui n’ont pas pu être lues (%2)</translation>
    </message>
    <message>
        <source>%1 rows of %2 that repeated another row&apos;s unique value</source>
        <translation>%1 lignes de %2 qui répétaient la valeur unique d&apos;une autre ligne</translation>
    </message>
    <message>
        <source>%1 rows of %2 whose linked record was lost</source>
        <translation>%1 lignes de %2 dont l’enregistrement lié a été perdu</translation>
    </message>
    <message>
        <source>the event&apos;s details (name, dates, venue: set them again in File ▸ Properties)</source>
        <translation>les détails de l&apos;événement (nom, dates, lieu&#xa0;: saisissez-les à nouveau dans Fichier ▸ Propriétés)</translation>
    </message>
</context>
<context>
    <name>EventFileWriter</name>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 est un dossier&#xa0;: indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or add --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation>%1 ne peut pas être créé&#xa0;: le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>EventGenerator</name>
    <message>
        <source>Cannot plant %1 conflicts: the timetable has only %2 pairs of sessions at the same time in different rooms. Add rooms or sessions.</source>
        <translation>Impossible de créer %1 conflits&#xa0;: la grille horaire ne compte que %2 paires de sessions simultanées dans des salles différentes. Ajoutez des salles ou des sessions.</translation>
    </message>
</context>
<context>
    <name>EventPropertiesDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Sous-titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Acronyme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Dernier &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Donnez un nom à l’événement.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Podium knows. Pick one from the list, such as Europe/Luxembourg.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu de Podium. Choisissez-en un dans la liste, par exemple Europe/Luxembourg.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour précède le premier jour.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Sessions that start before this time belong to the programme day before: a talk at 00:55 after an evening programme stays on that evening&apos;s day.</source>
        <translation>Les sessions qui commencent avant cette heure appartiennent à la journée de programme précédente&#xa0;: une présentation à 00:55 après une soirée reste sur le jour de cette soirée.</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Day &amp;changes at:</source>
        <translation>&amp;Changement de jour à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>is damaged: it holds no event.</source>
        <translation>est endommagé&#xa0;: il ne contient aucun événement.</translation>
    </message>
</context>
<context>
    <name>EventRoles</name>
    <message>
        <source>There is no login “%1” on this server: create it first (CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos; in psql).</source>
        <translation>Il n’y a pas de connexion «&#xa0;%1&#xa0;» sur ce serveur&#xa0;: créez-la d’abord (CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos; dans psql).</translation>
    </message>
    <message>
        <source>The event “%1” has no roles on this server: run podium-cli server init first.</source>
        <translation>L’événement «&#xa0;%1&#xa0;» n’a pas de rôles sur ce serveur&#xa0;: lancez d’abord podium-cli server init.</translation>
    </message>
    <message>
        <source>The server refused to give “%1” the %2 role: only the event&apos;s organisers and the server&apos;s administrators may.</source>
        <translation>Le serveur a refusé de donner à «&#xa0;%1&#xa0;» le rôle %2&#xa0;: seuls les organisateurs de l’événement et les administrateurs du serveur le peuvent.</translation>
    </message>
    <message>
        <source>The server refused to take the %1 role from “%2”.</source>
        <translation>Le serveur a refusé de retirer le rôle %1 à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The server did not say what you may do with the event.</source>
        <translation>Le serveur n’a pas indiqué ce que vous pouvez faire avec l’événement.</translation>
    </message>
    <message>
        <source>You have no role for the event “%1” on this server: ask one of its organisers to run podium-cli server grant.</source>
        <translation>Vous n’avez aucun rôle pour l’événement «&#xa0;%1&#xa0;» sur ce serveur&#xa0;: demandez à l’un de ses organisateurs de lancer podium-cli server grant.</translation>
    </message>
    <message>
        <source>Your role for this event is the door desk: you can check people in, nothing else.</source>
        <translation>Votre rôle pour cet événement est le guichet d’accueil&#xa0;: vous pouvez enregistrer les arrivées, rien d’autre.</translation>
    </message>
    <message>
        <source>Your role for this event is viewer: you can read the programme but not change it.</source>
        <translation>Votre rôle pour cet événement est lecteur&#xa0;: vous pouvez lire le programme mais pas le modifier.</translation>
    </message>
    <message>
        <source>The server did not list its events.</source>
        <translation>Le serveur n’a pas listé ses événements.</translation>
    </message>
</context>
<context>
    <name>EventServer</name>
    <message>
        <source>This database holds no Podium events yet: run `podium-cli server init %1` first.</source>
        <translation>Cette base de données ne contient encore aucun événement Podium&#xa0;: lancez d’abord `podium-cli server init %1`.</translation>
    </message>
    <message>
        <source>Name the event in the address: %1?event=NAME.</source>
        <translation>Indiquez l’événement dans l’adresse&#xa0;: %1?event=NOM.</translation>
    </message>
    <message>
        <source>The server already has an event “%1”: choose another name, or add --replace to overwrite it.</source>
        <translation>Le serveur a déjà un événement «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre nom, ou ajoutez --replace pour l’écraser.</translation>
    </message>
    <message>
        <source>No event “%1” on this server; `podium-cli server list %2` shows them.</source>
        <translation>Aucun événement «&#xa0;%1&#xa0;» sur ce serveur&#xa0;; `podium-cli server list %2` affiche ceux qui existent.</translation>
    </message>
</context>
<context>
    <name>ExportParticipantsDialog</name>
    <message>
        <source>Export Participants</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation>Texte CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Only those who &amp;consented to appear on shared lists</source>
        <translation>Seulement ceux qui ont a&amp;ccepté de figurer sur les listes partagées</translation>
    </message>
    <message>
        <source>Only the participants &amp;shown (current search and filters)</source>
        <translation>Seulement les participants &amp;visibles (recherche et filtres actuels)</translation>
    </message>
    <message>
        <source>One &amp;sheet per category</source>
        <translation>Une &amp;feuille par catégorie</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Col&amp;umns:</source>
        <translation>Colo&amp;nnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Tick at least one column to export.</source>
        <translation>Cochez au moins une colonne à exporter.</translation>
    </message>
    <message>
        <source>-participants</source>
        <translation>-participants</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting participants…</source>
        <translation>Exportation des participants…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1</source>
        <translation>
            <numerusform>%n participant exporté vers %1</numerusform>
            <numerusform>%n participants exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Internal codes instead of labels (speaker, waitlisted: for other programs)</source>
        <translation>Codes &amp;internes au lieu des libellés (speaker, waitlisted&#xa0;: pour d’autres programmes)</translation>
    </message>
    <message>
        <source>Categories, statuses and yes/no are written as you read them in Podium, in its language. Tick this for a program that expects Podium&apos;s fixed codes; the import reads both.</source>
        <translation>Les catégories, statuts et oui/non sont écrits tels que vous les lisez dans Podium, dans sa langue. Cochez cette case pour un programme qui attend les codes fixes de Podium&#xa0;; l&apos;importation lit les deux.</translation>
    </message>
</context>
<context>
    <name>ExportRowReader</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ExportScheduleCommand</name>
    <message>
        <source>Export the programme as frab/pretalx XML or JSON, iCalendar or a sessions CSV.</source>
        <translation>Exporter le programme en XML ou JSON frab/pretalx, en iCalendar ou en CSV des sessions.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Le fichier d’événement.</translation>
    </message>
    <message>
        <source>The file to write; its extension (.xml, .json, .ics, .csv) decides the format.</source>
        <translation>Le fichier à écrire&#xa0;; son extension (.xml, .json, .ics, .csv) détermine le format.</translation>
    </message>
    <message>
        <source>Only the sessions of this person (name, e-mail address or GUID).</source>
        <translation>Seulement les sessions de cette personne (nom, adresse e-mail ou GUID).</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Remplacer OUT s’il existe.</translation>
    </message>
    <message>
        <source>podium-cli export schedule: give the file to write with -o OUT.xml, OUT.json, OUT.ics or OUT.csv.</source>
        <translation>podium-cli export schedule&#xa0;: indiquez le fichier à écrire avec -o OUT.xml, OUT.json, OUT.ics ou OUT.csv.</translation>
    </message>
    <message>
        <source>podium-cli export schedule: “%1” must end in %2, which decides the format.</source>
        <translation>podium-cli export schedule&#xa0;: «&#xa0;%1&#xa0;» doit se terminer par %2, qui détermine le format.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Wrote %1 (sessions: %2).</source>
        <translation>%1 écrit (sessions&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>ExportSiteCommand</name>
    <message>
        <source>Export the programme as a static web site that works offline and on phones.</source>
        <translation>Exporter le programme sous forme de site web statique, qui fonctionne hors ligne et sur les téléphones.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Le fichier d’événement.</translation>
    </message>
    <message>
        <source>The folder to write the site into; exporting again into it lists what changed.</source>
        <translation>Le dossier où écrire le site&#xa0;; un nouvel export dans ce dossier indique ce qui a changé.</translation>
    </message>
    <message>
        <source>The language of the site&apos;s interface: %1 (default: en).</source>
        <translation>La langue de l&apos;interface du site&#xa0;: %1 (par défaut&#xa0;: en).</translation>
    </message>
    <message>
        <source>Write into DIR even if it holds other files.</source>
        <translation>Écrire dans DIR même s’il contient d’autres fichiers.</translation>
    </message>
    <message>
        <source>podium-cli export site: give the folder to write with -o DIR.</source>
        <translation>podium-cli export site&#xa0;: indiquez le dossier à écrire avec -o DIR.</translation>
    </message>
    <message>
        <source>podium-cli export site: --lang must be one of %1.</source>
        <translation>podium-cli export site&#xa0;: --lang doit être l’une des valeurs %1.</translation>
    </message>
    <message>
        <source>Wrote the web site into %1: %2, %3 (%4 kB).</source>
        <translation>Site web écrit dans %1&#xa0;: %2, %3 (%4 ko).</translation>
    </message>
    <message>
        <source>Changes since the previous export: %1.</source>
        <translation>Changements depuis l’export précédent&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <source>Name, in the order of its script</source>
        <translation>Nom, dans l’ordre de son écriture</translation>
    </message>
    <message>
        <source>Name, first line (given name)</source>
        <translation>Nom, première ligne (prénom)</translation>
    </message>
    <message>
        <source>Name, second line (family name)</source>
        <translation>Nom, deuxième ligne (nom de famille)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Name with honorific</source>
        <translation>Nom avec civilité</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l’événement</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Titre du signataire</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date de délivrance</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Insert &amp;Field</source>
        <translation>Insérer un &amp;champ</translation>
    </message>
    <message>
        <source>Insert a placeholder: each badge shows the participant&apos;s own value</source>
        <translation>Insérer un espace réservé&#xa0;: chaque badge affiche la valeur propre au participant</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>Champs du &amp;participant</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Attestation</translation>
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
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Checking “%1” before changing it…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;» avant toute modification…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FrabJsonReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>the JSON is not well-formed: %1.</source>
        <translation>le JSON est mal formé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>there is no &quot;schedule&quot; object: this is not a frab/pretalx schedule.json file.</source>
        <translation>il n’y a pas d’objet &quot;schedule&quot;&#xa0;: ce n’est pas un fichier schedule.json frab/pretalx.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>the file holds %1, not an object with a &quot;schedule&quot;: this is not a frab/pretalx schedule.json file.</source>
        <translation>le fichier contient %1, et non un objet avec un &quot;schedule&quot;&#xa0;: ce n’est pas un fichier schedule.json frab/pretalx.</translation>
    </message>
    <message>
        <source>the events are listed beside the days (the C3VOC “schedule 2” layout), which Podium does not read: export the schedule.json of the frab/pretalx layout, with the events in the days&apos; rooms.</source>
        <translation>les sessions sont listées à côté des jours (la disposition «&#xa0;schedule 2&#xa0;» du C3VOC), que Podium ne lit pas&#xa0;: exportez le schedule.json dans la disposition frab/pretalx, avec les sessions dans les salles de chaque jour.</translation>
    </message>
</context>
<context>
    <name>FrabJsonWriter</name>
    <message>
        <source>The schedule could not be written: %1</source>
        <translation>Le programme n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FrabXmlReader</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt; ignored.</source>
        <translation>élément inconnu &lt;%1&gt; dans &lt;%2&gt; ignoré.</translation>
    </message>
    <message>
        <source>the file has a DOCTYPE declaration; schedule files never need one, and it is refused for safety.</source>
        <translation>le fichier contient une déclaration DOCTYPE&#xa0;; les fichiers de programme n’en ont jamais besoin, et elle est refusée par sécurité.</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;schedule&gt;: this is not a frab/pretalx schedule file.</source>
        <translation>l’élément racine est &lt;%1&gt;, et non &lt;schedule&gt;&#xa0;: ce n’est pas un fichier de programme frab/pretalx.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>the XML is not well-formed: %1</source>
        <translation>le XML est mal formé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FrabXmlWriter</name>
    <message>
        <source>The schedule could not be written: %1</source>
        <translation>Le programme n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FreeBusyReader</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Podium reads free/busy files up to %2 MB.</source>
        <translation>%1 dépasse %2 Mo&#xa0;; Podium lit les fichiers libre/occupé jusqu’à %2 Mo.</translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.</source>
        <translation>%1 n’est pas un fichier iCalendar&#xa0;: il ne commence pas par BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file: it holds binary data.</source>
        <translation>%1 n’est pas un fichier iCalendar&#xa0;: il contient des données binaires.</translation>
    </message>
    <message>
        <source>%1 could not be read as iCalendar.</source>
        <translation>%1 n’a pas pu être lu comme iCalendar.</translation>
    </message>
    <message>
        <source>%1 holds no free/busy times (no VFREEBUSY component).</source>
        <translation>%1 ne contient aucun horaire libre/occupé (pas de composant VFREEBUSY).</translation>
    </message>
    <message>
        <source>line %1 (free/busy %2), %3: %4</source>
        <translation>ligne %1 (libre/occupé %2), %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>missing: say whose free/busy this is.</source>
        <translation>manquant&#xa0;: indiquez à qui correspond ce libre/occupé.</translation>
    </message>
    <message>
        <source>no time covered: give DTSTART and DTEND, or the event its days.</source>
        <translation>aucune période couverte&#xa0;: donnez DTSTART et DTEND, ou des jours à l’événement.</translation>
    </message>
    <message>
        <source>“%1” is not a period of time.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une période.</translation>
    </message>
    <message>
        <source>%1 is busy all the time the file covers; Podium records when people and rooms are available, so remove them from the file or give some free time.</source>
        <translation>%1 est occupé pendant toute la période couverte par le fichier&#xa0;; Podium enregistre quand les personnes et les salles sont disponibles, retirez-le donc du fichier ou donnez-lui du temps libre.</translation>
    </message>
    <message>
        <source>%1 cannot be imported, nothing was changed:
%2</source>
        <translation>%1 ne peut pas être importé, rien n’a été modifié&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>HeaderMapper</name>
    <message>
        <source>--map “%1”: expected COLUMN=field, e.g. &quot;Nom=last_name&quot;.</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: attendu COLONNE=champ, par exemple &quot;Nom=last_name&quot;.</translation>
    </message>
    <message>
        <source>--map “%1”: the file has no column “%2” (its columns: %3).</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: le fichier n’a pas de colonne «&#xa0;%2&#xa0;» (ses colonnes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is not a participant field (expected one of: %3, name, ignore).</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas un champ de participant (attendu l’un de&#xa0;: %3, name, ignore).</translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both hold “%3”: import one of them only.</source>
        <translation>Les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» contiennent toutes deux «&#xa0;%3&#xa0;»&#xa0;: n’importez que l’une d’elles.</translation>
    </message>
    <message>
        <source>No column holds the last name (found: %1). Name the column “Last name”, “Nom” or “Nachname”, or map it with --map COLUMN=last_name.</source>
        <translation>Aucune colonne ne contient le nom de famille (trouvées&#xa0;: %1). Nommez la colonne «&#xa0;Nom&#xa0;», «&#xa0;Last name&#xa0;» ou «&#xa0;Nachname&#xa0;», ou associez-la avec --map COLONNE=last_name.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named “%3”, and Podium cannot tell which one to import. Rename one, or leave one out with --map %2=ignore.</source>
        <translation>Les colonnes %1 et %2 s’appellent toutes deux «&#xa0;%3&#xa0;», et Podium ne peut pas savoir laquelle importer. Renommez-en une, ou écartez-en une avec --map %2=ignore.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of this %1</source>
        <translation>Historique de cet élément (%1)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>&amp;Revert This Change</source>
        <translation>&amp;Revenir sur cette modification</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Revert %1 of %2 %3</source>
        <translation>Annuler la modification de %1 sur %2 %3</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>Le calendrier n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImageImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Every row has been checked; nothing is written until you press Import. If any row has a problem, nothing is imported: correct the file and try again.</source>
        <translation>Chaque ligne a été vérifiée&#xa0;; rien n’est écrit tant que vous n’avez pas cliqué sur Importer. Si une ligne pose problème, rien n’est importé&#xa0;: corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>The check was cancelled. Press Back and Next to check again.</source>
        <translation>La vérification a été annulée. Cliquez sur Précédent puis Suivant pour vérifier à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;%n problem(s) found: nothing can be imported yet.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b00020&apos;&gt;%n problème trouvé&#xa0;: rien ne peut encore être importé.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#b00020&apos;&gt;%n problèmes trouvés&#xa0;: rien ne peut encore être importé.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1</source>
        <translation>Prêt à importer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choisir le tableau</translation>
    </message>
    <message>
        <source>A CSV file saved by Excel, LibreOffice or a registration website. Podium recognises the encoding, the separator and column names in English, French and German.</source>
        <translation>Un CSV d’Excel, de LibreOffice ou d’un site d’inscription. Podium reconnaît l’encodage, le séparateur et les noms de colonnes en anglais, français et allemand.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Skip them (keep what Podium has)</source>
        <translation>Les ignorer (garder les données de Podium)</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>Les mettre à jour avec les valeurs du fichier</translation>
    </message>
    <message>
        <source>Stop: import nothing</source>
        <translation>Arrêter&#xa0;: ne rien importer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>People already in the event
(same e-mail address):</source>
        <translation>Personnes déjà dans l’événement
(même adresse e-mail)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>What each column holds</source>
        <translation>Contenu de chaque colonne</translation>
    </message>
    <message>
        <source>Check Podium&apos;s reading of the columns; change any that is wrong. Columns marked “not imported” are left out.</source>
        <translation>Vérifiez comment Podium a lu les colonnes et corrigez celles qui sont fausses. Les colonnes marquées «&#xa0;non importée&#xa0;» sont ignorées.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, separated by %2; %n example row(s) shown.</source>
        <translation>
            <numerusform>Lu en %1, séparé par des %2&#xa0;; %n ligne d’exemple affichée.</numerusform>
            <numerusform>Lu en %1, séparé par des %2&#xa0;; %n lignes d’exemple affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportParticipantsCommand</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>The import cannot be redone: %1</source>
        <translation>L’importation ne peut pas être rétablie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportParticipantsWizard</name>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Importation des participants…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n row(s): %1 new, %2 updated, %3 skipped (already registered).</source>
        <translation>
            <numerusform>%n ligne — nouveaux&#xa0;: %1, mis à jour&#xa0;: %2, ignorés (déjà inscrits)&#xa0;: %3.</numerusform>
            <numerusform>%n lignes — nouveaux&#xa0;: %1, mis à jour&#xa0;: %2, ignorés (déjà inscrits)&#xa0;: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportScheduleCommand</name>
    <message>
        <source>Import Schedule “%1”</source>
        <translation>Importer le programme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The event file; created when it does not exist yet.</source>
        <translation>Le fichier d’événement&#xa0;; il est créé s’il n’existe pas encore.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3</source>
        <translation>%1 importé dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Import a schedule (frab/pretalx XML or JSON, or CSV) into a new or empty event, or merge it by GUID.</source>
        <translation>Importer un programme (XML ou JSON frab/pretalx, ou CSV) dans un événement nouveau ou vide, ou le fusionner par GUID.</translation>
    </message>
    <message>
        <source>The schedule to import: frab/pretalx XML or JSON, or a CSV spreadsheet with a session a row (columns such as Room, Date, Start, Duration, Title, Speakers; Podium&apos;s sessions CSV export too).</source>
        <translation>Le programme à importer&#xa0;: XML ou JSON frab/pretalx, ou un tableau CSV avec une session par ligne (colonnes telles que Salle, Date, Début, Durée, Titre, Intervenants&#xa0;; l&apos;export CSV des sessions de Podium convient aussi).</translation>
    </message>
    <message>
        <source>Merge into an event that already has a programme: sessions with the same GUID are updated, the others added; sessions the file does not have are kept.</source>
        <translation>Fusionner avec un événement qui a déjà un programme&#xa0;: les sessions de même GUID sont mises à jour, les autres ajoutées&#xa0;; les sessions absentes du fichier sont conservées.</translation>
    </message>
    <message>
        <source>With --merge: remove the event&apos;s sessions that the file does not have.</source>
        <translation>Avec --merge&#xa0;: supprimer les sessions de l&apos;événement absentes du fichier.</translation>
    </message>
    <message>
        <source>For a CSV file: say what a column holds, COLUMN=field (COLUMN is a header or a number; field is e.g. title, room, date, start, duration, speakers or ignore). Repeatable.</source>
        <translation>Pour un fichier CSV&#xa0;: indiquer le contenu d’une colonne, COLONNE=champ (COLONNE est un en-tête ou un numéro&#xa0;; champ est p. ex. title, room, date, start, duration, speakers ou ignore). Répétable.</translation>
    </message>
    <message>
        <source>Show what the import would add, change and remove; write nothing.</source>
        <translation>Montrer ce que l’importation ajouterait, modifierait et supprimerait&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>podium-cli %1: --remove-missing needs --merge (it removes the sessions of the event that the file does not have).</source>
        <translation>podium-cli %1&#xa0;: --remove-missing exige --merge (il supprime les sessions de l’événement absentes du fichier).</translation>
    </message>
    <message>
        <source>already has a programme: nothing was imported. Add --merge to merge the schedule into it by GUID (--dry-run shows what would change), or give a new file name.</source>
        <translation>a déjà un programme&#xa0;: rien n’a été importé. Ajoutez --merge pour y fusionner le programme par GUID (--dry-run montre ce qui changerait), ou indiquez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: importing %1 into %2 would give %3</source>
        <translation>Essai à blanc, rien n’a été écrit&#xa0;: importer %1 dans %2 donnerait %3</translation>
    </message>
    <message>
        <source>Sessions of the event that are not in the file: %1. They stay in the event; add --remove-missing to remove them.</source>
        <translation>Sessions de l’événement absentes du fichier&#xa0;: %1. Elles restent dans l’événement&#xa0;; ajoutez --remove-missing pour les supprimer.</translation>
    </message>
    <message>
        <source>The time zone (IANA name, e.g. Europe/Brussels) of a schedule that names none: its times are read in it, and a new event takes it. Needed for a new event when the file names no zone.</source>
        <translation>Le fuseau horaire (nom IANA, p. ex. Europe/Brussels) d’un programme qui n’en indique aucun&#xa0;: ses heures y sont lues, et un nouvel événement le reprend. Nécessaire pour un nouvel événement quand le fichier n’indique aucun fuseau.</translation>
    </message>
    <message>
        <source>“%1” names no time zone (no &lt;time_zone_name&gt;): give the zone its times are in with --timezone, e.g. --timezone Europe/Brussels. Nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» n’indique aucun fuseau horaire (pas de &lt;time_zone_name&gt;)&#xa0;: indiquez le fuseau de ses heures avec --timezone, p. ex. --timezone Europe/Brussels. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>the event&apos;s details</source>
        <translation>la fiche de l&apos;événement</translation>
    </message>
    <message>
        <source>the rooms table</source>
        <translation>la table des salles</translation>
    </message>
    <message>
        <source>the tracks table</source>
        <translation>la table des thèmes</translation>
    </message>
    <message>
        <source>the sessions table</source>
        <translation>la table des sessions</translation>
    </message>
    <message>
        <source>the people table</source>
        <translation>la table des personnes</translation>
    </message>
    <message>
        <source>the speakers table</source>
        <translation>la table des intervenants</translation>
    </message>
    <message>
        <source>the participants table</source>
        <translation>la table des participants</translation>
    </message>
    <message>
        <source>the session links table</source>
        <translation>la table des liens des sessions</translation>
    </message>
    <message>
        <source>the settings table</source>
        <translation>la table des réglages</translation>
    </message>
    <message>
        <source>the file&apos;s table of contents</source>
        <translation>la liste des tables du fichier</translation>
    </message>
    <message>
        <source>the table “%1”</source>
        <translation>la table «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>parts of %1 cannot be read</source>
        <translation>des parties de %1 ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>1 page of %1 cannot be read</source>
        <translation>1 page de %1 ne peut pas être lue</translation>
    </message>
    <message numerus="yes">
        <source>%n pages of %1 cannot be read</source>
        <translation>
            <numerusform>%n page de %1 ne peut pas être lue</numerusform>
            <numerusform>%n pages de %1 ne peuvent pas être lues</numerusform>
        </translation>
    </message>
    <message>
        <source>1 page of an index of %1 cannot be read</source>
        <translation>1 page d’un index de %1 ne peut pas être lue</translation>
    </message>
    <message numerus="yes">
        <source>%n pages of an index of %1 cannot be read</source>
        <translation>
            <numerusform>%n page d’un index de %1 ne peut pas être lue</numerusform>
            <numerusform>%n pages d’un index de %1 ne peuvent pas être lues</numerusform>
        </translation>
    </message>
    <message>
        <source>an index of %1 does not match its rows</source>
        <translation>un index de %1 ne correspond pas à ses lignes</translation>
    </message>
    <message>
        <source>1 page cannot be read</source>
        <translation>1 page ne peut pas être lue</translation>
    </message>
    <message numerus="yes">
        <source>%n pages cannot be read</source>
        <translation>
            <numerusform>%n page ne peut pas être lue</numerusform>
            <numerusform>%n pages ne peuvent pas être lues</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite found problems in it</source>
        <translation>SQLite y a trouvé des problèmes</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Use File ▸ Repair.</source>
        <translation>%1 est endommagé&#xa0;: %2. Utilisez Fichier ▸ Réparer.</translation>
    </message>
    <message>
        <source>%1 was not checked: the check was cancelled.</source>
        <translation>%1 n’a pas été vérifié&#xa0;: la vérification a été annulée.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is changing it. Try again when it has finished.</source>
        <translation>%1 est verrouillé par un autre programme qui le modifie. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>the availability table</source>
        <translation>la table des disponibilités</translation>
    </message>
    <message>
        <source>the session constraints table</source>
        <translation>la table des contraintes de sessions</translation>
    </message>
    <message>
        <source>the badge designs table</source>
        <translation>la table des modèles de badges</translation>
    </message>
    <message>
        <source>the design images table</source>
        <translation>la table des images de modèles</translation>
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
        <translation>une valeur vrai/faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1&#xa0;: attendu %2, trouvé %3</translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <source>The paper and the label need a width and a height above 0 mm.</source>
        <translation>Le papier et l’étiquette doivent avoir une largeur et une hauteur supérieures à 0 mm.</translation>
    </message>
    <message>
        <source>A sheet has 1 to 20 columns and 1 to 40 rows of labels.</source>
        <translation>Une planche compte de 1 à 20 colonnes et de 1 à 40 rangées d’étiquettes.</translation>
    </message>
    <message>
        <source>A badge needs at least 30 x 20 mm to hold a name and a QR code.</source>
        <translation>Un badge doit mesurer au moins 30 x 20 mm pour contenir un nom et un code QR.</translation>
    </message>
    <message>
        <source>The pitch (%1 x %2 mm) is smaller than the label (%3 x %4 mm): labels would overlap.</source>
        <translation>Le pas (%1 x %2 mm) est plus petit que l’étiquette (%3 x %4 mm)&#xa0;: les étiquettes se chevaucheraient.</translation>
    </message>
    <message>
        <source>The labels need %1 x %2 mm but the paper is %3 x %4 mm.</source>
        <translation>Les étiquettes occupent %1 x %2 mm, mais le papier mesure %3 x %4 mm.</translation>
    </message>
    <message>
        <source>The margins cannot be negative.</source>
        <translation>Les marges ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <source>Write a custom sheet as custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS (millimetres), e.g. %1.</source>
        <translation>Décrivez une planche personnalisée sous la forme custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS (en millimètres), par exemple %1.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>“%1” is not NAME=NUMBERxNUMBER. %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme NAME=NUMBERxNUMBER. %2</translation>
    </message>
    <message>
        <source>grid= takes whole numbers of columns and rows, not “%1”.</source>
        <translation>grid= attend des nombres entiers de colonnes et de rangées, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown part “%1”. %2</source>
        <translation>Élément inconnu «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>The custom sheet has no %1=. %2</source>
        <translation>La planche personnalisée n’a pas de %1=. %2</translation>
    </message>
    <message>
        <source>A6 badges, 4 per A4 page</source>
        <translation>Badges A6, 4 par page A4</translation>
    </message>
    <message>
        <source>Credit-card badges, 10 per A4 page</source>
        <translation>Badges format carte bancaire, 10 par page A4</translation>
    </message>
    <message>
        <source>Avery L7165 labels (99.1 x 67.7 mm, 8 per A4 sheet)</source>
        <translation>Étiquettes Avery L7165 (99,1 x 67,7 mm, 8 par planche A4)</translation>
    </message>
    <message>
        <source>Avery 5395 name badge labels (3⅜ x 2⅓ in, 8 per US Letter sheet)</source>
        <translation>Étiquettes badges Avery 5395 (3⅜ x 2⅓ po, 8 par planche US Letter)</translation>
    </message>
    <message>
        <source>Unknown badge layout “%1”: expected one of %2, or custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS.</source>
        <translation>Mise en page de badge inconnue «&#xa0;%1&#xa0;»&#xa0;: attendu l’une de %2, ou custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS.</translation>
    </message>
    <message>
        <source>A7 badges, 8 per A4 page</source>
        <translation>Badges A7, 8 par page A4</translation>
    </message>
    <message>
        <source>Avery L7163 labels (99.1 x 38.1 mm, 14 per A4 sheet)</source>
        <translation>Étiquettes Avery L7163 (99,1 x 38,1 mm, 14 par planche A4)</translation>
    </message>
    <message>
        <source>Avery 5392 badge inserts (4 x 3 in, 6 per US Letter sheet)</source>
        <translation>Inserts de badge Avery 5392 (4 x 3 po, 6 par planche US Letter)</translation>
    </message>
    <message>
        <source>4 x 3 in badges, 6 per US Letter page</source>
        <translation>Badges 4 x 3 po, 6 par page US Letter</translation>
    </message>
    <message>
        <source>HERMA 4099 labels (96 x 50.8 mm, 10 per A4 sheet)</source>
        <translation>Étiquettes HERMA 4099 (96 x 50,8 mm, 10 par planche A4)</translation>
    </message>
    <message>
        <source>Brother QL, 62 mm continuous tape (DK-22205)</source>
        <translation>Brother QL, rouleau continu 62 mm (DK-22205)</translation>
    </message>
    <message>
        <source>Brother QL, 62 x 100 mm labels (DK-11202)</source>
        <translation>Brother QL, étiquettes 62 x 100 mm (DK-11202)</translation>
    </message>
    <message>
        <source>Dymo LabelWriter, 54 x 101 mm labels (99014)</source>
        <translation>Dymo LabelWriter, étiquettes 54 x 101 mm (99014)</translation>
    </message>
    <message>
        <source>Zebra, 4 x 3 in labels</source>
        <translation>Zebra, étiquettes 4 x 3 po</translation>
    </message>
</context>
<context>
    <name>LabelSheetEditor</name>
    <message>
        <source>Pa&amp;per (mm):</source>
        <translation>&amp;Papier (mm)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label (mm):</source>
        <translation>&amp;Étiquette (mm)&#xa0;:</translation>
    </message>
    <message>
        <source>First label &amp;at (left × top, mm):</source>
        <translation>Pre&amp;mière étiquette à (gauche × haut, mm)&#xa0;:</translation>
    </message>
    <message>
        <source>Pi&amp;tch (across × down, mm):</source>
        <translation>P&amp;as (horizontal × vertical, mm)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grid (columns × rows):</source>
        <translation>&amp;Grille (colonnes × rangées)&#xa0;:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Podium events (*.podium);;All files (*)</source>
        <translation>Événements Podium (*.podium);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Event</source>
        <translation>Ouvrir l’événement de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Import &amp;Schedule…</source>
        <translation>&amp;Importer un programme…</translation>
    </message>
    <message>
        <source>Expor&amp;t Schedule…</source>
        <translation>E&amp;xporter le programme…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Podium</source>
        <translation>À &amp;propos de Podium</translation>
    </message>
    <message>
        <source>About Podium</source>
        <translation>À propos de Podium</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Podium %1&lt;/h3&gt;&lt;p&gt;The offline conference organiser: programme, participants, badges and lists for scientific and industry events.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Podium %1&lt;/h3&gt;&lt;p&gt;L’organisateur de conférences hors ligne&#xa0;: programme, participants, badges et listes pour les événements scientifiques et industriels.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file was changed by another program: reloaded.</source>
        <translation>Le fichier a été modifié par un autre programme&#xa0;: il a été rechargé.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
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
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Create Event File</source>
        <translation>Créer le fichier d’événement</translation>
    </message>
    <message>
        <source>“%1” already exists. Podium never overwrites an event file: choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Podium n’écrase jamais un fichier d’événement&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open Event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source> (copy).podium</source>
        <translation> (copie).podium</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>Event Properties</source>
        <translation>Propriétés de l’événement</translation>
    </message>
    <message>
        <source>Export &amp;Web Site…</source>
        <translation>Exporter le site &amp;web…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Print and PDF…</source>
        <translation>&amp;Imprimer et PDF…</translation>
    </message>
    <message>
        <source>&amp;Desk Mode (Check-in Only)</source>
        <translation>Mode &amp;guichet (accueil seulement)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Click the file to open it</source>
        <translation>Cliquez sur le fichier pour l’ouvrir</translation>
    </message>
    <message>
        <source>Rep&amp;air…</source>
        <translation>Rép&amp;arer…</translation>
    </message>
    <message>
        <source>&amp;Badge and Certificate Designer…</source>
        <translation>Concepteur de &amp;badges et d’attestations…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Open &amp;from Server…</source>
        <translation>Ouvrir depuis un &amp;serveur…</translation>
    </message>
    <message>
        <source>Open an event your team keeps on a PostgreSQL server</source>
        <translation>Ouvrir un événement que votre équipe conserve sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>R&amp;econnect to Server</source>
        <translation>Se reconnec&amp;ter au serveur</translation>
    </message>
    <message>
        <source>Connect again to the server of the open event (after the connection was lost)</source>
        <translation>Se reconnecter au serveur de l’événement ouvert (après une perte de connexion)</translation>
    </message>
    <message>
        <source>Updated with a change saved elsewhere.</source>
        <translation>Mis à jour avec une modification enregistrée ailleurs.</translation>
    </message>
    <message>
        <source>Opened “%1” on %2 as %3.</source>
        <translation>«&#xa0;%1&#xa0;» ouvert sur %2 en tant que %3.</translation>
    </message>
    <message>
        <source>An event on a server is not a file: its administrator backs it up, and podium-cli pull writes a copy of it to a file.</source>
        <translation>Un événement sur un serveur n’est pas un fichier&#xa0;: son administrateur le sauvegarde, et podium-cli pull en écrit une copie dans un fichier.</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Sur %1</translation>
    </message>
    <message>
        <source>On %1 as %2</source>
        <translation>Sur %1 en tant que %2</translation>
    </message>
    <message>
        <source>%1 – %2 on %3 – Podium</source>
        <translation>%1 – %2 sur %3 – Podium</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Podium Manual</source>
        <translation>Manuel de Podium</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Table des matières</translation>
    </message>
</context>
<context>
    <name>MarkBadgesPrintedCommand</name>
    <message numerus="yes">
        <source>Mark %n Badge(s) Printed</source>
        <translation>
            <numerusform>Marquer %n badge comme imprimé</numerusform>
            <numerusform>Marquer %n badges comme imprimés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePeopleCommand</name>
    <message>
        <source>Merge People into “%1”</source>
        <translation>Fusionner des personnes en «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge People</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message numerus="yes">
        <source>These %n people will become one. The kept person takes over every session role and the registration of the others, who are then removed.</source>
        <translation>
            <numerusform>Ces %n personnes n’en feront plus qu’une. La personne conservée reprend tous les rôles dans le programme et l’inscription des autres, qui sont ensuite supprimées.</numerusform>
            <numerusform>Ces %n personnes n’en feront plus qu’une. La personne conservée reprend tous les rôles dans le programme et l’inscription des autres, qui sont ensuite supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values of the merged person&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valeurs de la personne fusionnée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Organisation type:</source>
        <translation>Type d’organisation&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 will have %n session role(s).</source>
        <translation>
            <numerusform>%1 aura %n rôle dans le programme.</numerusform>
            <numerusform>%1 aura %n rôles dans le programme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) held by more than one of them in the same session will be kept once.</source>
        <translation>
            <numerusform>%n rôle tenu par plusieurs d’entre elles dans la même session ne sera conservé qu’une fois.</numerusform>
            <numerusform>%n rôles tenus par plusieurs d’entre elles dans la même session ne seront conservés qu’une fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration kept: %1.</source>
        <translation>Inscription conservée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>You can undo the merge with Edit ▸ Undo.</source>
        <translation>Vous pouvez annuler la fusion avec Édition ▸ Annuler.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n registration(s) removed&lt;/b&gt; (one person has one registration): %1. Their check-in, dietary and consent details are not copied.</source>
        <translation>
            <numerusform>&lt;b&gt;%n inscription supprimée&lt;/b&gt; (une personne n’a qu’une inscription)&#xa0;: %1. Ses données d’arrivée, de régime alimentaire et de consentement ne sont pas reprises.</numerusform>
            <numerusform>&lt;b&gt;%n inscriptions supprimées&lt;/b&gt; (une personne n’a qu’une inscription)&#xa0;: %1. Leurs données d’arrivée, de régime alimentaire et de consentement ne sont pas reprises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>could not be upgraded to file format %1: %2</source>
        <translation>n’a pas pu être mis à niveau vers le format de fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot be upgraded inside another change: try again.</source>
        <translation>ne peut pas être mis à niveau au milieu d’une autre modification&#xa0;: réessayez.</translation>
    </message>
</context>
<context>
    <name>NewPersonCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>OfflineDeskCache</name>
    <message>
        <source>This desk has no copy of the event yet: it must reach the server once first.</source>
        <translation>Ce guichet n’a pas encore de copie de l’événement&#xa0;: il doit d’abord joindre le serveur une fois.</translation>
    </message>
    <message>
        <source>The desk&apos;s copy of the event “%1” cannot be read: %2</source>
        <translation>La copie de l’événement du guichet «&#xa0;%1&#xa0;» ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a desk&apos;s copy of an event that this Podium can read.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une copie d’événement de guichet que ce Podium sait lire.</translation>
    </message>
    <message>
        <source>The desk&apos;s copy of the event “%1” is damaged.</source>
        <translation>La copie de l’événement du guichet «&#xa0;%1&#xa0;» est endommagée.</translation>
    </message>
    <message>
        <source>The desk&apos;s copy of the event cannot be written to “%1”: %2</source>
        <translation>La copie de l’événement du guichet ne peut pas être écrite dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OpenFromServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Ouvrir depuis un serveur</translation>
    </message>
    <message>
        <source>postgresql://you@db.example.org/podium</source>
        <translation>postgresql://vous@db.example.org/podium</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>The address your team&apos;s administrator gave you. A password in ~/.pgpass or a service in pg_service.conf is used as it is.</source>
        <translation>L’adresse que l’administrateur de votre équipe vous a donnée. Un mot de passe dans ~/.pgpass ou un service dans pg_service.conf est utilisé tel quel.</translation>
    </message>
    <message>
        <source>Not needed when the server knows you</source>
        <translation>Inutile lorsque le serveur vous connaît</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Events on this server:</source>
        <translation>Év&amp;énements sur ce serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Connected. The password was not remembered: %1</source>
        <translation>Connecté. Le mot de passe n’a pas été retenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>This server has no events yet. Publish one with podium-cli publish.</source>
        <translation>Ce serveur n’a pas encore d’événements. Publiez-en un avec podium-cli publish.</translation>
    </message>
    <message>
        <source>Choose an event and press Open.</source>
        <translation>Choisissez un événement et appuyez sur Ouvrir.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 est un dossier&#xa0;: indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or allow overwriting it (--force).</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom, ou autorisez son remplacement (--force).</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>No event open</source>
        <translation>Aucun événement ouvert</translation>
    </message>
    <message>
        <source>Create a new event with File ▸ New, open one with File ▸ Open, or look around in the demo event with File ▸ Open Demo.</source>
        <translation>Créez un événement avec Fichier ▸ Nouvel événement, ouvrez-en un avec Fichier ▸ Ouvrir, ou découvrez l’événement de démonstration avec Fichier ▸ Ouvrir l’événement de démonstration.</translation>
    </message>
    <message>
        <source>The event cannot be read</source>
        <translation>L’événement ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>%1 (%2 checked in)</source>
        <translation>%1 (%2 arrivés)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>%1 (%2 scheduled)</source>
        <translation>%1 (%2 programmées)</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <source>The pages could not be painted.</source>
        <translation>Les pages n’ont pas pu être dessinées.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit to Width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>May appear on attendee &amp;lists shared with others</source>
        <translation>Peut figurer sur les &amp;listes de participants partagées</translation>
    </message>
    <message>
        <source>May be &amp;photographed</source>
        <translation>Peut être &amp;photographié</translation>
    </message>
    <message>
        <source>&amp;Badge printed</source>
        <translation>&amp;Badge imprimé</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>P&amp;rénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation t&amp;ype:</source>
        <translation>T&amp;ype d’organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>P&amp;ays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation>Ré&amp;gime alimentaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accessibility:</source>
        <translation>Accessib&amp;ilité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Remar&amp;ques&#xa0;:</translation>
    </message>
    <message>
        <source>Registration code:</source>
        <translation>Code d’inscription&#xa0;:</translation>
    </message>
    <message>
        <source>Give at least a name.</source>
        <translation>Indiquez au moins un nom.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 already uses this e-mail address. Each person should have their own.</source>
        <translation>%1 utilise déjà cette adresse e-mail. Chaque personne doit avoir la sienne.</translation>
    </message>
</context>
<context>
    <name>ParticipantExportOptions</name>
    <message>
        <source>Standard CSV (comma, UTF-8)</source>
        <translation>CSV standard (virgule, UTF-8)</translation>
    </message>
    <message>
        <source>Excel (comma, UTF-8 with BOM)</source>
        <translation>Excel (virgule, UTF-8 avec BOM)</translation>
    </message>
    <message>
        <source>Excel (Europe: semicolon, UTF-8 with BOM)</source>
        <translation>Excel (Europe&#xa0;: point-virgule, UTF-8 avec BOM)</translation>
    </message>
    <message>
        <source>Attendee list to share (only those who consented)</source>
        <translation>Liste des participants à partager (seulement ceux qui ont accepté)</translation>
    </message>
    <message>
        <source>“%1” is not an export preset (expected one of: %2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un modèle d’export (attendu l’un de&#xa0;: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a participant column (expected some of: %2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une colonne de participant (attendu parmi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>No columns given.</source>
        <translation>Aucune colonne indiquée.</translation>
    </message>
</context>
<context>
    <name>ParticipantField</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d’organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>Code d’inscription</translation>
    </message>
    <message>
        <source>Dietary requirements</source>
        <translation>Besoins alimentaires</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Consent to list</source>
        <translation>Accord pour les listes</translation>
    </message>
    <message>
        <source>Consent to photos</source>
        <translation>Accord pour les photos</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Badge imprimé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscription</translation>
    </message>
</context>
<context>
    <name>ParticipantImporter</name>
    <message>
        <source>line %1, column “%2”</source>
        <translation>ligne %1, colonne «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>line %1: the registration code %2 already belongs to another participant.</source>
        <translation>ligne %1&#xa0;: le code d’inscription %2 appartient déjà à un autre participant.</translation>
    </message>
    <message>
        <source>%1: “%2” appears twice in the file (first on line %3).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» apparaît deux fois dans le fichier (d’abord à la ligne %3).</translation>
    </message>
    <message>
        <source>%1: “%2” is already in the event.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» figure déjà dans l’événement.</translation>
    </message>
</context>
<context>
    <name>ParticipantRecordParser</name>
    <message>
        <source>line %1, column “%2”</source>
        <translation>ligne %1, colonne «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>line %1: %2 values but only %3 columns in the header; the extra values were left out.</source>
        <translation>ligne %1&#xa0;: %2 valeurs mais seulement %3 colonnes dans l’en-tête&#xa0;; les valeurs en trop ont été ignorées.</translation>
    </message>
    <message>
        <source>%1: the name is missing.</source>
        <translation>%1&#xa0;: le nom manque.</translation>
    </message>
    <message>
        <source>“%1” is not known (expected one of: %2).</source>
        <translation>«&#xa0;%1&#xa0;» est inconnu (attendu l’un de&#xa0;: %2).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a Podium registration code; a new code was given.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un code d’inscription Podium&#xa0;; un nouveau code a été attribué.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni oui ni non.</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected e.g. 2018-12-14 09:30 or 14.12.2018).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (attendu p. ex. 2018-12-14 09:30 ou 14.12.2018).</translation>
    </message>
    <message>
        <source>line %1: “%2” holds bytes that are not UTF-8 (shown as �). Correct them in the file, or import them as � (podium-cli: --accept-invalid-bytes).</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» contient des octets qui ne sont pas de l’UTF-8 (affichés comme �). Corrigez-les dans le fichier, ou importez-les comme � (podium-cli&#xa0;: --accept-invalid-bytes).</translation>
    </message>
    <message>
        <source>line %1: bytes that are not UTF-8 were imported as � in “%2”.</source>
        <translation>ligne %1&#xa0;: des octets qui ne sont pas de l’UTF-8 ont été importés comme � dans «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>There is no participant with id %1.</source>
        <translation>Il n’y a aucun participant avec l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>ParticipantSelection</name>
    <message>
        <source>Registered only (not waitlisted or cancelled)</source>
        <translation>Inscrits seulement (ni en attente ni annulés)</translation>
    </message>
    <message>
        <source>All but cancelled</source>
        <translation>Tous sauf annulés</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Lists, photos</source>
        <translation>Listes, photos</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>ParticipantXlsxExporter</name>
    <message>
        <source>The workbook could not be created.</source>
        <translation>Le classeur n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1.</source>
        <translation>Le classeur n’a pas pu être écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No temporary folder could be created: %1.</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Search name, organisation, e-mail or code (Ctrl+F)</source>
        <translation>Nom, organisation, e-mail ou code (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Arrived or not</source>
        <translation>Arrivés ou non</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Pas encore arrivés</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Register a new participant (Ctrl+Shift+N)</source>
        <translation>Inscrire un nouveau participant (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open the selected participant in a form (Enter)</source>
        <translation>Ouvrir le participant sélectionné dans un formulaire (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import Participants…</source>
        <translation>Import&amp;er des participants…</translation>
    </message>
    <message>
        <source>E&amp;xport Participants…</source>
        <translation>Exporter &amp;les participants…</translation>
    </message>
    <message>
        <source>Set &amp;category</source>
        <translation>Changer la &amp;catégorie</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Changer le s&amp;tatut</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>&amp;Supprimer (%n)</numerusform>
            <numerusform>&amp;Supprimer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>Showing %1 of %2 participants</source>
        <translation>%1 participants affichés sur %2</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Edit Participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Print &amp;Badges</source>
        <translation>Imprimer les &amp;badges</translation>
    </message>
    <message>
        <source>Print or reprint the badges of the selected participants</source>
        <translation>Imprimer ou réimprimer les badges des participants sélectionnés</translation>
    </message>
    <message>
        <source>No participant matches the search and filters. Clear them to see everyone.</source>
        <translation>Aucun participant ne correspond à la recherche et aux filtres. Effacez-les pour voir tout le monde.</translation>
    </message>
    <message>
        <source>No participants yet. Import a spreadsheet (File ▸ Import Participants…, Ctrl+I) or register people one by one (Add…, Ctrl+Shift+N).</source>
        <translation>Aucun participant pour l’instant. Importez un tableau (Fichier ▸ Importer des participants…, Ctrl+I) ou inscrivez les personnes une à une (Ajouter…, Ctrl+Maj+N).</translation>
    </message>
    <message>
        <source>Histo&amp;ry…</source>
        <translation>Historiq&amp;ue…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Merge the selected people, who are the same person (Ctrl+M)</source>
        <translation>Fusionner les personnes sélectionnées, qui sont une seule et même personne (Ctrl+M)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Speakers, chairs and contacts</source>
        <translation>Intervenants, présidents de séance et contacts</translation>
    </message>
    <message>
        <source>Only people with a session role</source>
        <translation>Seulement les personnes ayant un rôle dans le programme</translation>
    </message>
    <message>
        <source>Everyone, with all participants</source>
        <translation>Tout le monde, y compris tous les participants</translation>
    </message>
    <message>
        <source>“Speakers, chairs and contacts” leaves out participants who only registered.</source>
        <translation>«&#xa0;Intervenants, présidents de séance et contacts&#xa0;» exclut les participants qui sont seulement inscrits.</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Rechercher des personnes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds people whose name, title, organisation, position, email or country contains every word typed.</source>
        <translation>Trouve les personnes dont le nom, le titre, l’organisation, la fonction, l’e-mail ou le pays contient tous les mots saisis.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people selected</source>
        <translation>
            <numerusform>%n personne sélectionnée</numerusform>
            <numerusform>%n personnes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see their sessions.</source>
        <translation>Sélectionnez une personne pour voir ses sessions.</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non programmée</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 has no part in any session.</source>
        <translation>%1 n’a aucun rôle dans le programme.</translation>
    </message>
    <message>
        <source>&amp;Sessions of %1:</source>
        <translation>Sess&amp;ions de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Add Person “%1”</source>
        <translation>Ajouter la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Edit Person “%1”</source>
        <translation>Modifier la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete People</source>
        <translation>Supprimer des personnes</translation>
    </message>
    <message>
        <source>%1: %2 and %3 will be deleted too.

Delete %1? You can undo this.</source>
        <translation>%1&#xa0;: %2 et %3 seront aussi supprimés.

Supprimer %1&#xa0;? Vous pourrez annuler cette opération.</translation>
    </message>
    <message numerus="yes">
        <source>%n session role(s)</source>
        <translation>
            <numerusform>%n rôle dans le programme</numerusform>
            <numerusform>%n rôles dans le programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Person “%1”</source>
        <translation>Supprimer la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n People</source>
        <translation>
            <numerusform>Supprimer %n personne</numerusform>
            <numerusform>Supprimer %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Clear the search to see everyone.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;». Effacez la recherche pour voir tout le monde.</translation>
    </message>
    <message>
        <source>No people yet. Speakers and chairs come with their sessions, participants with their registrations; add anyone else here (Add, or the Insert key).</source>
        <translation>Aucune personne pour l’instant. Les intervenants et présidents de séance arrivent avec leurs sessions, les participants avec leurs inscriptions&#xa0;; ajoutez ici toute autre personne (Ajouter, ou la touche Inser).</translation>
    </message>
    <message>
        <source>Change Availability of “%1”</source>
        <translation>Modifier les disponibilités de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Histo&amp;ry…</source>
        <translation>Histo&amp;rique…</translation>
    </message>
</context>
<context>
    <name>PermissionGate</name>
    <message>
        <source>No event is open.</source>
        <translation>Aucun événement n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <source>The event file.</source>
        <translation>Le fichier d’événement.</translation>
    </message>
    <message>
        <source>The person&apos;s e-mail address (case does not matter; everyone with it is included).</source>
        <translation>L’adresse e-mail de la personne (sans distinction de casse&#xa0;; toutes les personnes qui l’ont sont incluses).</translation>
    </message>
    <message>
        <source>podium-cli %1: the e-mail address is empty.</source>
        <translation>podium-cli %1&#xa0;: l’adresse e-mail est vide.</translation>
    </message>
    <message>
        <source>has no one with the e-mail address “%1”.</source>
        <translation>ne contient personne avec l’adresse e-mail «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PersonDataExporter</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>Code d’inscription</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Besoins alimentaires</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Besoins d’accessibilité</translation>
    </message>
    <message>
        <source>May appear on attendee lists shared with others</source>
        <translation>Peut figurer sur les listes de participants partagées</translation>
    </message>
    <message>
        <source>May be photographed</source>
        <translation>Peut être photographié</translation>
    </message>
    <message>
        <source>Checked in (event time)</source>
        <translation>Arrivée (heure de l’événement)</translation>
    </message>
    <message>
        <source>Checked in (UTC)</source>
        <translation>Arrivée (UTC)</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Badge imprimé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Registered (event time)</source>
        <translation>Inscription (heure de l’événement)</translation>
    </message>
    <message>
        <source>Registered (UTC)</source>
        <translation>Inscription (UTC)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Starts (event time)</source>
        <translation>Début (heure de l’événement)</translation>
    </message>
    <message>
        <source>Ends (event time)</source>
        <translation>Fin (heure de l’événement)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation>Type d’organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Podium identifier</source>
        <translation>Identifiant Podium</translation>
    </message>
    <message>
        <source>Identifier given by another programme</source>
        <translation>Identifiant attribué par un autre programme</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Roles in sessions</source>
        <translation>Rôles dans le programme</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>À propos de ce fichier</translation>
    </message>
    <message>
        <source>Everything the organisers of “%1” store about you in their event file, as of the export date. Times are given in the event’s time zone (%2) and in UTC; empty text means nothing is stored.</source>
        <translation>Tout ce que les organisateurs de «&#xa0;%1&#xa0;» enregistrent à votre sujet dans leur fichier d’événement, à la date de l’export. Les heures sont indiquées dans le fuseau horaire de l’événement (%2) et en UTC&#xa0;; un texte vide signifie que rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Event time zone</source>
        <translation>Fuseau horaire de l’événement</translation>
    </message>
    <message>
        <source>Exported on (event time)</source>
        <translation>Exporté le (heure de l’événement)</translation>
    </message>
    <message>
        <source>Exported on (UTC)</source>
        <translation>Exporté le (UTC)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Personal data - %1.json</source>
        <translation>Données personnelles - %1.json</translation>
    </message>
    <message>
        <source>From (event time)</source>
        <translation>De (heure de l’événement)</translation>
    </message>
    <message>
        <source>To (event time)</source>
        <translation>À (heure de l’événement)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Dr., Prof.</source>
        <translation>p. ex. Dr, Pr</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation t&amp;ype:</source>
        <translation>T&amp;ype d’organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Head of Translational Research</source>
        <translation>p. ex. Directeur de recherche</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>P&amp;ays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>&amp;Biographie&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>Identifiant e&amp;xterne&#xa0;:</translation>
    </message>
    <message>
        <source>the person&apos;s id in another tool (pretalx, frab), if any</source>
        <translation>identifiant dans un autre outil (pretalx, frab), s’il y en a un</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(attribué à l’enregistrement)</translation>
    </message>
    <message>
        <source>The person&apos;s permanent identifier in exported schedules.</source>
        <translation>L’identifiant permanent de la personne dans les programmes exportés.</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Please enter a first or a last name.</source>
        <translation>Veuillez saisir un prénom ou un nom.</translation>
    </message>
    <message>
        <source>“%1” is not an email address (expected something like name@example.org).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail (attendu&#xa0;: quelque chose comme nom@example.org).</translation>
    </message>
    <message>
        <source>%1 already has the address %2. If they are the same person, cancel here and merge the two on the People page.

Save anyway?</source>
        <translation>%1 a déjà l’adresse %2. S’il s’agit de la même personne, annulez ici et fusionnez les deux dans la page Personnes.

Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>is read-only: nobody was erased.</source>
        <translation>est en lecture seule&#xa0;: personne n’a été effacé.</translation>
    </message>
    <message>
        <source>The people were removed and their records overwritten, but the file could not be compacted afterwards: %1</source>
        <translation>Les personnes ont été supprimées et leurs données écrasées, mais le fichier n’a pas pu être compacté ensuite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PersonMerger</name>
    <message>
        <source>Choose at least two people to merge.</source>
        <translation>Choisissez au moins deux personnes à fusionner.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>Une personne ne peut pas être fusionnée avec elle-même.</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name, e-mail or organisation</source>
        <translation>Nom, e-mail ou organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Il n’y a aucune personne avec l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 is registered for the event.</source>
        <translation>%1 est inscrit à l’événement.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Edit Person “%1”</source>
        <translation>Modifier la personne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PostgresEventSchema</name>
    <message>
        <source>The server refused to create the event “%1”: creating it needs the right to create schemas in the database (GRANT CREATE ON DATABASE).</source>
        <translation>Le serveur a refusé de créer l’événement «&#xa0;%1&#xa0;»&#xa0;: il faut pour cela le droit de créer des schémas dans la base de données (GRANT CREATE ON DATABASE).</translation>
    </message>
    <message>
        <source>The server refused to remove the event “%1”: only its organisers may.</source>
        <translation>Le serveur a refusé de supprimer l’événement «&#xa0;%1&#xa0;»&#xa0;: seuls ses organisateurs le peuvent.</translation>
    </message>
    <message>
        <source>The server refused to change the event.</source>
        <translation>Le serveur a refusé de modifier l’événement.</translation>
    </message>
    <message>
        <source>The server could not bring the event to format %1.</source>
        <translation>Le serveur n’a pas pu mettre l’événement au format %1.</translation>
    </message>
    <message>
        <source>The server refused to set up the event&apos;s change counter.</source>
        <translation>Le serveur a refusé de mettre en place le compteur de modifications de l’événement.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Le serveur n’a pas répondu.</translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <source>“%1” is not a server address: write postgresql://USER@HOST/DATABASE?event=NAME.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur&#xa0;: écrivez postgresql://UTILISATEUR@HÔTE/BASE?event=NOM.</translation>
    </message>
    <message>
        <source>Name the event in the address (…?event=NAME); `podium-cli server list %1` shows them.</source>
        <translation>Indiquez l’événement dans l’adresse (…?event=NOM)&#xa0;; `podium-cli server list %1` affiche ceux qui existent.</translation>
    </message>
    <message>
        <source>No event “%1” on this server; `podium-cli server list %2` shows them.</source>
        <translation>Aucun événement «&#xa0;%1&#xa0;» sur ce serveur&#xa0;; `podium-cli server list %2` affiche ceux qui existent.</translation>
    </message>
    <message>
        <source>was saved by a newer version of Podium (format %1; this version reads up to %2). Update Podium to open it.</source>
        <translation>a été enregistré par une version plus récente de Podium (format %1&#xa0;; cette version lit jusqu’au format %2). Mettez Podium à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>was saved by an older version of Podium and must be upgraded first: one of its organisers opens it with this version.</source>
        <translation>a été enregistré par une version plus ancienne de Podium et doit d’abord être mis à niveau&#xa0;: l’un de ses organisateurs doit l’ouvrir avec cette version.</translation>
    </message>
    <message>
        <source>could not be upgraded to format %1: %2</source>
        <translation>n’a pas pu être mis à niveau vers le format %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opened read-only as asked.</source>
        <translation>Ouvert en lecture seule, comme demandé.</translation>
    </message>
    <message>
        <source>“%1” on the server %2</source>
        <translation>«&#xa0;%1&#xa0;» sur le serveur %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost: nothing of this change was saved. Check the network and open the event again.</source>
        <translation>La connexion au serveur a été perdue&#xa0;: rien de cette modification n’a été enregistré. Vérifiez le réseau et rouvrez l’événement.</translation>
    </message>
    <message>
        <source>refused the change: your login lacks a right it needs. Nothing was saved.</source>
        <translation>a refusé la modification&#xa0;: il manque à votre connexion un droit nécessaire. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>was opened read-only: nothing was saved.</source>
        <translation>a été ouvert en lecture seule&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>was being changed by someone else at the same moment: nothing was saved. Try again.</source>
        <translation>était modifié par quelqu’un d’autre au même moment&#xa0;: rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>lacks part of what Podium stores (it was changed outside Podium, or removed). Nothing was changed.</source>
        <translation>ne contient pas tout ce que Podium enregistre (il a été modifié en dehors de Podium, ou supprimé). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>could not be changed: the server&apos;s disk is full. Nothing was saved.</source>
        <translation>n’a pas pu être modifié&#xa0;: le disque du serveur est plein. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>refused the change: someone changed the same item since you read it. Nothing was saved.</source>
        <translation>a refusé la modification&#xa0;: quelqu’un a modifié le même élément depuis que vous l’avez lu. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>could not be read or changed (the server says: %1).</source>
        <translation>n’a pas pu être lu ou modifié (le serveur indique&#xa0;: %1).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when Podium starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Podium.</translation>
    </message>
    <message>
        <source>Restart Podium to see it in the new language.</source>
        <translation>Redémarrez Podium pour l’afficher dans la nouvelle langue.</translation>
    </message>
    <message>
        <source>How the event&apos;s history names your changes, and how colleagues see who changed what.</source>
        <translation>Comment l’historique de l’événement désigne vos modifications, et comment vos collègues voient qui a modifié quoi.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 2 or Main entrance</source>
        <translation>p. ex. 2 ou Entrée principale</translation>
    </message>
    <message>
        <source>At a registration desk: its name, recorded with every check-in made here.</source>
        <translation>À un guichet d’accueil&#xa0;: son nom, enregistré avec chaque arrivée saisie ici.</translation>
    </message>
    <message>
        <source>&amp;Desk name:</source>
        <translation>Nom du &amp;guichet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PreviewParticipants</name>
    <message>
        <source>Longest name: %1</source>
        <translation>Nom le plus long&#xa0;: %1</translation>
    </message>
    <message>
        <source>CJK name: %1</source>
        <translation>Nom CJC&#xa0;: %1</translation>
    </message>
    <message>
        <source>CJK name (a sample): %1</source>
        <translation>Nom CJC (un exemple)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Field names, as placeholders</source>
        <translation>Noms des champs, comme espaces réservés</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Preparing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
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
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Custom sheet…</source>
        <translation>Planche personnalisée…</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Only badges &amp;not printed yet</source>
        <translation>Seulement les badges &amp;non encore imprimés</translation>
    </message>
    <message>
        <source>Everyone &amp;registered, not only those checked in</source>
        <translation>Tous les &amp;inscrits, pas seulement les arrivés</translation>
    </message>
    <message>
        <source>Crop &amp;marks for cutting</source>
        <translation>&amp;Traits de coupe</translation>
    </message>
    <message>
        <source>Mark &amp;who asked not to be photographed</source>
        <translation>Signaler &amp;qui ne souhaite pas être photographié</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Open an event to print its programme, badges, signs, lists and certificates.</source>
        <translation>Ouvrez un événement pour imprimer son programme, ses badges, affiches, listes et attestations.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n page(s):</source>
        <translation>
            <numerusform>La première page&#xa0;:</numerusform>
            <numerusform>Les %n premières pages&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s):</source>
        <translation>
            <numerusform>%n page&#xa0;:</numerusform>
            <numerusform>%n pages&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>Badges imprimés</translation>
    </message>
    <message numerus="yes">
        <source>Mark these %n badge(s) as printed? “Only badges not printed yet” will then leave them out. You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Marquer %n badge comme imprimé&#xa0;? «&#xa0;Seulement les badges non encore imprimés&#xa0;» l’exclura alors. Vous pouvez annuler avec Édition ▸ Annuler.</numerusform>
            <numerusform>Marquer ces %n badges comme imprimés&#xa0;? «&#xa0;Seulement les badges non encore imprimés&#xa0;» les exclura alors. Vous pouvez annuler avec Édition ▸ Annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names or registration codes, separated by commas</source>
        <translation>Noms ou codes d’inscription, séparés par des virgules</translation>
    </message>
    <message>
        <source>Print only for these participants, whatever their status: a lost badge, a changed name.</source>
        <translation>Imprimer seulement pour ces participants, quel que soit leur statut&#xa0;: un badge perdu, un nom modifié.</translation>
    </message>
    <message>
        <source>Reprin&amp;t for:</source>
        <translation>Réimprimer p&amp;our&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bleed and crop marks, for a print shop</source>
        <translation>&amp;Fond perdu et traits de coupe, pour un imprimeur</translation>
    </message>
    <message>
        <source>Colour bands run 3 mm past the page&apos;s edges on a larger sheet with crop marks. Leave it off for office printers: everything then stays 5 mm inside the paper.</source>
        <translation>Les bandes de couleur débordent de 3 mm au-delà des bords de la page, sur une feuille plus grande avec traits de coupe. Laissez décoché pour les imprimantes de bureau&#xa0;: tout reste alors à 5 mm à l&apos;intérieur du papier.</translation>
    </message>
    <message>
        <source>As many as stay readable</source>
        <translation>Autant qu’il en reste lisibles</translation>
    </message>
    <message>
        <source>R&amp;ooms per page:</source>
        <translation>Salles par pa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>Expected attendance, or a page</source>
        <translation>Participation attendue, ou une page</translation>
    </message>
    <message>
        <source>Lines on the sheets of sessions other than plenaries; plenaries list every participant.</source>
        <translation>Lignes sur les feuilles des sessions autres que les plénières&#xa0;; les plénières listent tous les participants.</translation>
    </message>
    <message>
        <source>Blank l&amp;ines per sheet:</source>
        <translation>&amp;Lignes vides par feuille&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) will be printed.</source>
        <translation>
            <numerusform>%n participant sera imprimé.</numerusform>
            <numerusform>%n participants seront imprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “%1”.</source>
        <translation>Aucun participant ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Reprint for: %1</source>
        <translation>Réimprimer pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent %1 to the printer %2</source>
        <translation>%1 envoyé à l’imprimante %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s)) to %2</source>
        <translation>
            <numerusform>%1 (%n page) exporté vers %2</numerusform>
            <numerusform>%1 (%n pages) exporté vers %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) on the sheets of plenaries.</source>
        <translation>
            <numerusform>%n participant sur les feuilles des plénières.</numerusform>
            <numerusform>%n participants sur les feuilles des plénières.</numerusform>
        </translation>
    </message>
    <message>
        <source>B&amp;adge Designer…</source>
        <translation>Concepteur de b&amp;adges…</translation>
    </message>
    <message>
        <source>Design badges and certificates: logos, fields, rules per category, both sides</source>
        <translation>Concevoir badges et attestations&#xa0;: logos, champs, règles par catégorie, recto et verso</translation>
    </message>
    <message>
        <source>Desi&amp;gn:</source>
        <translation>Mod&amp;èle&#xa0;:</translation>
    </message>
    <message>
        <source>Podium&apos;s standard</source>
        <translation>Standard de Podium</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export a Person’s Data</source>
        <translation>Exporter les données d’une personne</translation>
    </message>
    <message>
        <source>Whose data? The export holds everything stored about the person (and anyone else with their e-mail address), to hand to them.</source>
        <translation>Les données de qui&#xa0;? L’export contient tout ce qui est enregistré sur la personne (et sur toute autre personne ayant son adresse e-mail), pour le lui remettre.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved “%1”. It holds everything Podium stores about %2. Only you can read the file: send it to the person by a secure way.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré. Il contient tout ce que Podium enregistre sur %2. Vous seul pouvez lire ce fichier&#xa0;: transmettez-le à la personne par un moyen sûr.</translation>
    </message>
    <message>
        <source>Erase a Person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Whom to erase? The person, their registrations and their roles in sessions are removed for good (and anyone else with their e-mail address).</source>
        <translation>Qui effacer&#xa0;? La personne, ses inscriptions et ses rôles dans le programme sont supprimés définitivement (ainsi que toute autre personne ayant son adresse e-mail).</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Suivant…</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Effacer définitivement %1&#xa0;?</translation>
    </message>
    <message>
        <source>This removes:
%1

It cannot be undone, and the undo history of this event is cleared. Export the person’s data first if they asked for it.</source>
        <translation>Seront supprimés&#xa0;:
%1

Cette opération est irréversible et l’historique des annulations de cet événement sera effacé. Exportez d’abord les données de la personne si elle les a demandées.</translation>
    </message>
    <message>
        <source>&amp;Erase for Good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <source>Anonymise After the Event</source>
        <translation>Anonymiser après l’événement</translation>
    </message>
    <message>
        <source>The event was anonymised.</source>
        <translation>L’événement a été anonymisé.</translation>
    </message>
    <message>
        <source>The statistics kept are in the details.</source>
        <translation>Les statistiques conservées figurent dans les détails.</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <source>&amp;Export a Person’s Data…</source>
        <translation>&amp;Exporter les données d’une personne…</translation>
    </message>
    <message>
        <source>Everything stored about one person, as a file to hand to them.</source>
        <translation>Tout ce qui est enregistré sur une personne, dans un fichier à lui remettre.</translation>
    </message>
    <message>
        <source>E&amp;rase a Person…</source>
        <translation>E&amp;ffacer une personne…</translation>
    </message>
    <message>
        <source>Remove a person and their registrations for good.</source>
        <translation>Supprimer définitivement une personne et ses inscriptions.</translation>
    </message>
    <message>
        <source>&amp;Anonymise After the Event…</source>
        <translation>&amp;Anonymiser après l’événement…</translation>
    </message>
    <message>
        <source>Remove needs, notes, contact details and names; keep the counts for reports.</source>
        <translation>Supprimer besoins, notes, coordonnées et noms&#xa0;; conserver les effectifs pour les rapports.</translation>
    </message>
</context>
<context>
    <name>PrivacyRepository</name>
    <message>
        <source>the session “%1”</source>
        <translation>la session «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the event’s details (File &gt; Properties)</source>
        <translation>les détails de l’événement (Fichier &gt; Propriétés)</translation>
    </message>
    <message>
        <source>the event setting “%1”</source>
        <translation>le réglage «&#xa0;%1&#xa0;» de l’événement</translation>
    </message>
    <message>
        <source>cannot be compacted while a change is still in progress.</source>
        <translation>ne peut pas être compacté tant qu’une modification est en cours.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Schedule “%1”</source>
        <translation>Programmer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change Duration of “%1”</source>
        <translation>Modifier la durée de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de la grille</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Snap to %n Minute(s)</source>
        <translation>
            <numerusform>Aligner sur %n minute</numerusform>
            <numerusform>Aligner sur %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved “%1” to %2, %3</source>
        <translation>«&#xa0;%1&#xa0;» déplacée&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>Scheduled “%1” at %2, %3</source>
        <translation>«&#xa0;%1&#xa0;» programmée&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>Pin “%1”</source>
        <translation>Épingler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unpin “%1”</source>
        <translation>Désépingler «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Drag a session onto the timetable to schedule it; drag a block here to unschedule it.</source>
        <translation>Faites glisser une session sur la grille horaire pour la programmer&#xa0;; faites glisser un bloc ici pour le retirer de la grille.</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>This event has no rooms yet. Add rooms on the Rooms page to build the timetable.</source>
        <translation>Cet événement n’a pas encore de salles. Ajoutez des salles dans la page Salles pour construire la grille horaire.</translation>
    </message>
    <message>
        <source>Unscheduled (%1)</source>
        <translation>Non programmées (%1)</translation>
    </message>
    <message>
        <source>%1 (outside the event)</source>
        <translation>%1 (hors de l’événement)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sn&amp;ap to:</source>
        <translation>A&amp;ligner sur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unscheduled</source>
        <translation>Non &amp;programmées</translation>
    </message>
    <message>
        <source>Show or hide the sessions not scheduled yet</source>
        <translation>Afficher ou masquer les sessions pas encore programmées</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>C&amp;onflits</translation>
    </message>
    <message>
        <source>Show or hide the list of conflicts</source>
        <translation>Afficher ou masquer la liste des conflits</translation>
    </message>
    <message>
        <source>Narro&amp;wer Rooms</source>
        <translation>Salles plus é&amp;troites</translation>
    </message>
    <message>
        <source>Wi&amp;der Rooms</source>
        <translation>Salles plus lar&amp;ges</translation>
    </message>
    <message>
        <source>Fi&amp;t Rooms to Width</source>
        <translation>A&amp;juster les salles à la largeur</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>No room matches the filter.</source>
        <translation>Aucune salle ne correspond au filtre.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n room(s)</source>
        <translation>
            <numerusform>Salle affichée&#xa0;: %1 sur %n</numerusform>
            <numerusform>Salles affichées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Arran&amp;ge</source>
        <translation>Organi&amp;ser</translation>
    </message>
    <message>
        <source>Arrange &amp;Unscheduled Sessions…</source>
        <translation>Placer les sessions non &amp;programmées…</translation>
    </message>
    <message>
        <source>&amp;Rearrange Day / Track…</source>
        <translation>Réorganiser un &amp;jour / un thème…</translation>
    </message>
    <message>
        <source>Ru&amp;les…</source>
        <translation>Règl&amp;es…</translation>
    </message>
    <message>
        <source>Scheduling rules: times kept free, the rooms and limits of tracks, the gap between one person&apos;s sessions</source>
        <translation>Règles de planification&#xa0;: plages laissées libres, salles et limites des thèmes, écart entre les sessions d’une même personne</translation>
    </message>
</context>
<context>
    <name>ProgrammeRenderer</name>
    <message>
        <source>The programme has no scheduled session yet: there is nothing to print.</source>
        <translation>Le programme ne contient encore aucune session programmée&#xa0;: il n’y a rien à imprimer.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Organised by %1</source>
        <translation>Organisé par %1</translation>
    </message>
    <message>
        <source>Index of speakers</source>
        <translation>Index des intervenants</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>pas d’enregistrement</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR code for “%1” could not be made.</source>
        <translation>Le code QR de «&#xa0;%1&#xa0;» n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 est hors de l’intervalle %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>expected a list of %n numbers (millimetres)</source>
        <translation>
            <numerusform>une liste de %n nombre attendue (en millimètres)</numerusform>
            <numerusform>une liste de %n nombres attendue (en millimètres)</numerusform>
        </translation>
    </message>
    <message>
        <source>expected numbers of millimetres between %1 and %2</source>
        <translation>des nombres de millimètres entre %1 et %2 attendus</translation>
    </message>
    <message>
        <source>“%1” is not a colour (write #rrggbb)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une couleur (écrivez #rrggbb)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>“%1” is not an element type (text, qr, image, rectangle, sessions, standard-face)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’élément (text, qr, image, rectangle, sessions, standard-face)</translation>
    </message>
    <message>
        <source>the width and height must be above 0 mm</source>
        <translation>la largeur et la hauteur doivent être supérieures à 0 mm</translation>
    </message>
    <message>
        <source>the smallest size is above the largest (%1 pt)</source>
        <translation>la plus petite taille dépasse la plus grande (%1 pt)</translation>
    </message>
    <message>
        <source>“%1” is not left, centre or right</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni left, ni centre, ni right</translation>
    </message>
    <message>
        <source>“%1” is not top, middle or bottom</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni top, ni middle, ni bottom</translation>
    </message>
    <message>
        <source>an image element needs the id of its image</source>
        <translation>un élément image a besoin de l’identifiant de son image</translation>
    </message>
    <message>
        <source>expected a list of category keys</source>
        <translation>une liste de clés de catégories attendue</translation>
    </message>
    <message>
        <source>expected a list of elements</source>
        <translation>une liste d’éléments attendue</translation>
    </message>
</context>
<context>
    <name>RemoveParticipantsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Supprimer %n participant</numerusform>
            <numerusform>Supprimer %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Podium events (*.podium);;All files (*)</source>
        <translation>Événements Podium (*.podium);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Repair: Choose the Damaged Event File</source>
        <translation>Réparer&#xa0;: choisir le fichier d’événement endommagé</translation>
    </message>
    <message>
        <source>Repair: Save What Can Be Read As</source>
        <translation>Réparer&#xa0;: enregistrer ce qui peut être lu sous</translation>
    </message>
    <message>
        <source>%1 (repaired).podium</source>
        <translation>%1 (réparé).podium</translation>
    </message>
    <message>
        <source>Saving what can be read of “%1”…</source>
        <translation>Sauvegarde de ce qui peut être lu de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <source>Saving what can be read of “%1”: %L2 records so far…</source>
        <translation>Sauvegarde de ce qui peut être lu de «&#xa0;%1&#xa0;»&#xa0;: %L2 enregistrements jusqu’ici…</translation>
    </message>
    <message>
        <source>Saved in “%1”. %2</source>
        <translation>Enregistré dans «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>&amp;Open the Repaired File</source>
        <translation>&amp;Ouvrir le fichier réparé</translation>
    </message>
</context>
<context>
    <name>RoomEditorDialog</name>
    <message>
        <source>Room “%1”</source>
        <translation>Salle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> places</translation>
    </message>
    <message>
        <source>e.g. Ground floor, left of the entrance</source>
        <translation>p. ex. rez-de-chaussée, à gauche de l’entrée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Donnez un nom à la salle.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Edit Room “%1”</source>
        <translation>Modifier la salle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change Availability of “%1”</source>
        <translation>Modifier les disponibilités de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RoomFilterBar</name>
    <message>
        <source>Room or track</source>
        <translation>Salle ou thème</translation>
    </message>
    <message>
        <source>Show only the rooms whose name or location contains this text, or that hold sessions of a track of that name; separate several with commas</source>
        <translation>N’afficher que les salles dont le nom ou l’emplacement contient ce texte, ou qui accueillent des sessions d’un thème de ce nom&#xa0;; séparez-en plusieurs par des virgules</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Show only the rooms with at least this many seats</source>
        <translation>N’afficher que les salles ayant au moins ce nombre de places</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>&amp;Salles&#xa0;:</translation>
    </message>
    <message>
        <source>Seats at &amp;least:</source>
        <translation>Places (&amp;minimum)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RoomRepository</name>
    <message>
        <source>There is no room with id %1.</source>
        <translation>Il n’y a aucune salle avec l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>RoomSignRenderer</name>
    <message>
        <source>No room has a scheduled session yet: there is no sign to print.</source>
        <translation>Aucune salle n’a encore de session programmée&#xa0;: il n’y a aucune affiche à imprimer.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Continued on the next sign.</source>
        <translation>Suite sur l’affiche suivante.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>pas d’enregistrement</translation>
    </message>
</context>
<context>
    <name>RoomTableModel</name>
    <message>
        <source>Seats in the room; leave 0 when unknown.</source>
        <translation>Nombre de places dans la salle&#xa0;; laissez 0 si inconnu.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Rename Room “%1”</source>
        <translation>Renommer la salle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change Capacity of “%1”</source>
        <translation>Modifier la capacité de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change Location of “%1”</source>
        <translation>Modifier l’emplacement de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move Room “%1” Up</source>
        <translation>Monter la salle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move Room “%1” Down</source>
        <translation>Descendre la salle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>%1 (%2): the order of the timetable&apos;s columns</source>
        <translation>%1 (%2)&#xa0;: l’ordre des colonnes de la grille horaire</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <source>Add Room</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <source>the room “%1”</source>
        <translation>la salle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n salle</numerusform>
            <numerusform>%n salles</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Rooms</source>
        <translation>Supprimer des salles</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in %1 will become unscheduled: they keep their time but lose their room, and wait in the list of unscheduled sessions.

Delete %1? You can undo this.</source>
        <translation>
            <numerusform>%n session de %1 sera retirée de la grille&#xa0;: elle garde son heure mais perd sa salle, et attend dans la liste des sessions non programmées.

Supprimer %1&#xa0;? Vous pourrez annuler cette opération.</numerusform>
            <numerusform>%n sessions de %1 seront retirées de la grille&#xa0;: elles gardent leur heure mais perdent leur salle, et attendent dans la liste des sessions non programmées.

Supprimer %1&#xa0;? Vous pourrez annuler cette opération.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Room “%1”</source>
        <translation>Supprimer la salle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Rooms</source>
        <translation>
            <numerusform>Supprimer %n salle</numerusform>
            <numerusform>Supprimer %n salles</numerusform>
        </translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>No rooms yet. Add each room of the venue with its capacity (Add, or the Insert key), or import a schedule (File ▸ Import Schedule…), which brings its rooms.</source>
        <translation>Aucune salle pour l’instant. Ajoutez chaque salle du lieu avec sa capacité (Ajouter, ou la touche Inser), ou importez un programme (Fichier ▸ Importer un programme…), qui apporte ses salles.</translation>
    </message>
    <message>
        <source>Room De&amp;tails…</source>
        <translation>Dé&amp;tails de la salle…</translation>
    </message>
    <message>
        <source>Name, seats, location and when the room is available (%1)</source>
        <translation>Nom, places, emplacement et disponibilités de la salle (%1)</translation>
    </message>
</context>
<context>
    <name>ScheduleCsvColumns</name>
    <message>
        <source>--map “%1”: expected COLUMN=field, e.g. &quot;Saal=room&quot;.</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: attendu COLONNE=champ, par exemple &quot;Saal=room&quot;.</translation>
    </message>
    <message>
        <source>--map “%1”: the file has no column “%2” (its columns: %3).</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: le fichier n’a pas de colonne «&#xa0;%2&#xa0;» (ses colonnes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is not a session field (expected one of: %3, ignore).</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas un champ de session (attendu l’un de&#xa0;: %3, ignore).</translation>
    </message>
    <message>
        <source>columns “%1” and “%2” both hold the %3: keep one of them (--map “%2=ignore”).</source>
        <translation>les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» contiennent toutes deux %3&#xa0;: n’en gardez qu’une (--map «&#xa0;%2=ignore&#xa0;»).</translation>
    </message>
    <message>
        <source>a title (“Title”)</source>
        <translation>le titre («&#xa0;Title&#xa0;»)</translation>
    </message>
    <message>
        <source>a room (“Room”)</source>
        <translation>la salle («&#xa0;Room&#xa0;»)</translation>
    </message>
    <message>
        <source>a start time (“Start”)</source>
        <translation>l’heure de début («&#xa0;Start&#xa0;»)</translation>
    </message>
    <message>
        <source>a date (“Date” or “Day”)</source>
        <translation>la date («&#xa0;Date&#xa0;» ou «&#xa0;Day&#xa0;»)</translation>
    </message>
    <message>
        <source>a duration or end time (“Duration” or “End”)</source>
        <translation>la durée ou l’heure de fin («&#xa0;Duration&#xa0;» ou «&#xa0;End&#xa0;»)</translation>
    </message>
    <message>
        <source>no column holds %1 (the columns are: %2).</source>
        <translation>aucune colonne ne contient %1 (les colonnes sont&#xa0;: %2).</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
</context>
<context>
    <name>ScheduleCsvReader</name>
    <message>
        <source>line %1, column “%2”</source>
        <translation>ligne %1, colonne «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>nothing was imported, these lines have problems:</source>
        <translation>rien n’a été importé, ces lignes posent problème&#xa0;:</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2.</source>
        <translation>Lu en %1, séparé par des %2.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Colonnes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the file has a header line but no sessions.</source>
        <translation>le fichier a une ligne d’en-tête mais aucune session.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>“%1” is not a time like 09:30.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure comme 09:30.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2024-05-30.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date comme 2024-05-30.</translation>
    </message>
    <message>
        <source>“%1” is not a time like 10:30.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure comme 10:30.</translation>
    </message>
</context>
<context>
    <name>ScheduleDocument</name>
    <message>
        <source>%1: “%2” is given at %3 (UTC%4), but %5 is at UTC%6 then.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est indiquée à %3 (UTC%4), mais %5 est alors à UTC%6.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) give a UTC offset that is not the offset of %1 at that time (each keeps the moment its file gives):</source>
        <translation>
            <numerusform>%n session indique un décalage UTC qui n’est pas celui de %1 à ce moment-là (chacune garde l’instant donné par son fichier)&#xa0;:</numerusform>
            <numerusform>%n sessions indiquent un décalage UTC qui n’est pas celui de %1 à ce moment-là (chacune garde l’instant donné par son fichier)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDocumentAssembler</name>
    <message>
        <source>the conference has no %1.</source>
        <translation>il manque %1 à la conférence.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date like 2024-05-30.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date comme 2024-05-30.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number of days.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>the conference ends (%1) before it starts (%2).</source>
        <translation>la conférence se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>the day&apos;s date “%1” is not a date like 2024-05-30.</source>
        <translation>la date du jour «&#xa0;%1&#xa0;» n’est pas une date comme 2024-05-30.</translation>
    </message>
    <message>
        <source>the day&apos;s %1 “%2” is not a date and time like 2024-05-30T09:00:00+02:00.</source>
        <translation>le %1 du jour, «&#xa0;%2&#xa0;», n’est pas une date et heure comme 2024-05-30T09:00:00+02:00.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date and time like 2024-05-30T09:00:00+02:00.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date et heure comme 2024-05-30T09:00:00+02:00.</translation>
    </message>
    <message>
        <source>the event “%1” has no %2 or %3.</source>
        <translation>la session «&#xa0;%1&#xa0;» n’a ni %2 ni %3.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a time like 09:30.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une heure comme 09:30.</translation>
    </message>
    <message>
        <source>the event “%1” has a %2 but no %3 and no day date.</source>
        <translation>la session «&#xa0;%1&#xa0;» a un %2 mais ni %3 ni date de jour.</translation>
    </message>
    <message>
        <source>the event has no %1.</source>
        <translation>il manque %1 à la session.</translation>
    </message>
    <message>
        <source>the event “%1” has no %2.</source>
        <translation>il manque %2 à la session «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 “%2” is not a duration like 00:30.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une durée comme 00:30.</translation>
    </message>
    <message>
        <source>the event id “%1” is not a positive number: ignored.</source>
        <translation>l’identifiant de session «&#xa0;%1&#xa0;» n’est pas un nombre positif&#xa0;: ignoré.</translation>
    </message>
    <message>
        <source>the event “%1” has the GUID %2 of the event at %3.</source>
        <translation>la session «&#xa0;%1&#xa0;» a le GUID %2 d’une autre session (%3).</translation>
    </message>
    <message>
        <source>a person without a name was left out.</source>
        <translation>une personne sans nom a été ignorée.</translation>
    </message>
    <message>
        <source>there is no conference %1: is this a schedule file?</source>
        <translation>la conférence n’a pas de %1&#xa0;: est-ce bien un fichier de programme&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more like it)</source>
        <translation>
            <numerusform>%1 (et %n autre du même genre)</numerusform>
            <numerusform>%1 (et %n autres du même genre)</numerusform>
        </translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the time zone “%1” in %2 is not a time zone name like Europe/Brussels.</source>
        <translation>le fuseau horaire «&#xa0;%1&#xa0;» dans %2 n’est pas un nom de fuseau comme Europe/Brussels.</translation>
    </message>
</context>
<context>
    <name>ScheduleDocumentBuilder</name>
    <message>
        <source>Nobody called “%1” is in this event: give a name as in the programme, an e-mail address or a GUID.</source>
        <translation>Personne ne s’appelle «&#xa0;%1&#xa0;» dans cet événement&#xa0;: indiquez un nom tel qu’il figure au programme, une adresse e-mail ou un GUID.</translation>
    </message>
    <message>
        <source>%1 people are called “%2”: give their e-mail address or GUID instead.</source>
        <translation>%1 personnes s’appellent «&#xa0;%2&#xa0;»&#xa0;: indiquez plutôt leur adresse e-mail ou leur GUID.</translation>
    </message>
</context>
<context>
    <name>ScheduleFiles</name>
    <message>
        <source>%1 is not a schedule Podium can import: give a %2 file.</source>
        <translation>%1 n’est pas un programme que Podium peut importer&#xa0;: indiquez un fichier %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1: the file name must end in %2, which decides the format.</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par %2, qui détermine le format.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Podium reads schedule %3 files up to %2 MB.</source>
        <translation>%1 dépasse %2 Mo&#xa0;; Podium lit les fichiers de programme %3 jusqu’à %2 Mo.</translation>
    </message>
</context>
<context>
    <name>ScheduleFormat</name>
    <message>
        <source>frab/pretalx schedule XML (*.xml)</source>
        <translation>Programme frab/pretalx en XML (*.xml)</translation>
    </message>
    <message>
        <source>frab/pretalx schedule JSON (*.json)</source>
        <translation>Programme frab/pretalx en JSON (*.json)</translation>
    </message>
    <message>
        <source>iCalendar for calendar programs (*.ics)</source>
        <translation>iCalendar pour les agendas (*.ics)</translation>
    </message>
    <message>
        <source>Sessions spreadsheet, CSV (*.csv)</source>
        <translation>Tableau des sessions, CSV (*.csv)</translation>
    </message>
    <message>
        <source>.xml, .json, .ics or .csv</source>
        <translation>.xml, .json, .ics ou .csv</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.csv)</source>
        <translation>Programmes (*.xml *.json *.csv)</translation>
    </message>
    <message>
        <source>.xml, .json or .csv</source>
        <translation>.xml, .json ou .csv</translation>
    </message>
</context>
<context>
    <name>ScheduleImportExport</name>
    <message>
        <source>Import Schedule</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Skipped while reading:</source>
        <translation>Ignoré à la lecture&#xa0;:</translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sessions de %1</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>&amp;Calendar of:</source>
        <translation>&amp;Calendrier de&#xa0;:</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Importing the sessions of “%1”…</source>
        <translation>Importation des sessions de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;» importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Schedule</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>%n session exportée vers %1</numerusform>
            <numerusform>%n sessions exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2 in %3 (read as UTC it would be %4)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2, heure de %3 (lue en UTC, ce serait %4)</translation>
    </message>
    <message>
        <source>“%1” does not say which time zone its times are in. Read them in the event&apos;s time zone, %2?</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;indique pas dans quel fuseau horaire sont ses heures. Les lire dans le fuseau de l&apos;événement, %2&#xa0;?</translation>
    </message>
    <message>
        <source>The first sessions:
%1

If the event&apos;s time zone is wrong, cancel and change it in File ▸ Properties first.</source>
        <translation>Les premières sessions&#xa0;:
%1

Si le fuseau horaire de l&apos;événement est faux, annulez et modifiez-le d&apos;abord dans Fichier ▸ Propriétés.</translation>
    </message>
    <message>
        <source>Read in %1</source>
        <translation>Lire dans le fuseau %1</translation>
    </message>
</context>
<context>
    <name>ScheduleImportPreviewDialog</name>
    <message>
        <source>Import Schedule</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>Importing “%1” into “%2” will make these changes. Nothing has been written yet.</source>
        <translation>L’importation de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» apportera ces changements. Rien n’a encore été écrit.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modifiées (%1)</translation>
    </message>
    <message>
        <source>Not in the file (%1)</source>
        <translation>Absentes du fichier (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Ajoutées (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Inchangées (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove the sessions of the event that are not in the file (%1)</source>
        <translation>&amp;Supprimer les sessions de l’événement absentes du fichier (%1)</translation>
    </message>
    <message>
        <source>You can undo the whole import in one step with Edit ▸ Undo.</source>
        <translation>Vous pouvez annuler toute l’importation en une seule fois avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1
GUID %2</source>
        <translation>%1
GUID %2</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservée</translation>
    </message>
    <message>
        <source>Sessions: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Sessions&#xa0;: %1 ajoutées, %2 modifiées, %3 inchangées.</translation>
    </message>
    <message>
        <source>New rooms: %1, new tracks: %2, new people: %3.</source>
        <translation>Nouvelles salles&#xa0;: %1, nouveaux thèmes&#xa0;: %2, nouvelles personnes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Sessions not in the file: %1, to be removed.</source>
        <translation>Sessions absentes du fichier&#xa0;: %1, à supprimer.</translation>
    </message>
    <message>
        <source>Sessions not in the file: %1, kept in the event.</source>
        <translation>Sessions absentes du fichier&#xa0;: %1, conservées dans l’événement.</translation>
    </message>
</context>
<context>
    <name>ScheduleImporter</name>
    <message>
        <source>already has a programme (sessions, rooms or people): nothing was imported. Merge the schedule into it (sessions are matched by GUID), or import it into a new event file.</source>
        <translation>a déjà un programme (sessions, salles ou personnes)&#xa0;: rien n’a été importé. Fusionnez-y le programme (les sessions sont associées par GUID), ou importez-le dans un nouveau fichier d’événement.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone name like Europe/Brussels.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de fuseau horaire comme Europe/Brussels.</translation>
    </message>
    <message>
        <source>The schedule names its time zone, %1: the time zone %2 that was given is not used.</source>
        <translation>Le programme indique son fuseau horaire, %1&#xa0;: le fuseau %2 qui a été donné n’est pas utilisé.</translation>
    </message>
    <message>
        <source>The event&apos;s time zone is %1, not %2: the schedule&apos;s times are read in the event&apos;s zone when it names none. Change the event&apos;s zone first if it is wrong.</source>
        <translation>Le fuseau horaire de l&apos;événement est %1, et non %2&#xa0;: les heures du programme sont lues dans le fuseau de l&apos;événement quand il n&apos;en indique aucun. Modifiez d&apos;abord le fuseau de l&apos;événement s&apos;il est faux.</translation>
    </message>
</context>
<context>
    <name>ScheduleMergePlan</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>track</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>intervenants</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <source>frab id</source>
        <translation>identifiant frab</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>supprimée(s)&#xa0;: %1</translation>
    </message>
    <message>
        <source>not in the file (kept): %1</source>
        <translation>absentes du fichier (conservées)&#xa0;: %1</translation>
    </message>
    <message>
        <source>sessions added: %1, changed: %2, unchanged: %3, %4; new rooms: %5, new tracks: %6, new people: %7.</source>
        <translation>sessions ajoutées&#xa0;: %1, modifiées&#xa0;: %2, inchangées&#xa0;: %3, %4&#xa0;; nouvelles salles&#xa0;: %5, nouveaux thèmes&#xa0;: %6, nouvelles personnes&#xa0;: %7.</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed: %1: %2</source>
        <translation>modifiée&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not in the file: %1</source>
        <translation>absente du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>page web</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <source>recording opt-out</source>
        <translation>refus d’enregistrement</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>pas d’enregistrement</translation>
    </message>
    <message>
        <source>may be recorded</source>
        <translation>enregistrement permis</translation>
    </message>
</context>
<context>
    <name>SchedulingRulesDialog</name>
    <message>
        <source>Scheduling Rules</source>
        <translation>Règles de planification</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>None (back to back is fine)</source>
        <translation>Aucun (enchaîner est possible)</translation>
    </message>
    <message>
        <source>Minimum &amp;gap between one person&apos;s sessions:</source>
        <translation>Écart minimal entre les sessions d’une même &amp;personne&#xa0;:</translation>
    </message>
    <message>
        <source>Times kept free of sessions (only breaks may be placed there)</source>
        <translation>Plages laissées libres de sessions (seules les pauses peuvent y être placées)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Add Time</source>
        <translation>&amp;Ajouter une plage</translation>
    </message>
    <message>
        <source>&amp;Remove Time</source>
        <translation>&amp;Retirer la plage</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Tracks: their rooms, and how many of their sessions may run at once</source>
        <translation>Thèmes&#xa0;: leurs salles, et combien de leurs sessions peuvent avoir lieu en même temps</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>At most at once</source>
        <translation>Au plus à la fois</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>R&amp;ooms of the selected track (sessions that may use only their track&apos;s rooms keep to these):</source>
        <translation>&amp;Salles du thème sélectionné (les sessions limitées aux salles de leur thème s’y tiennent)&#xa0;:</translation>
    </message>
    <message>
        <source>The event has no tracks.</source>
        <translation>L’événement n’a aucun thème.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Change Scheduling Rules</source>
        <translation>Modifier les règles de planification</translation>
    </message>
</context>
<context>
    <name>SchemaSignature</name>
    <message>
        <source>the table %1 is missing</source>
        <translation>la table %1 manque</translation>
    </message>
    <message>
        <source>the table %1 has no column %2</source>
        <translation>la table %1 n’a pas de colonne %2</translation>
    </message>
    <message>
        <source>a link of the table %1 to other records is missing</source>
        <translation>un lien de la table %1 vers d’autres enregistrements manque</translation>
    </message>
    <message>
        <source>the index %1 of the table %2 is missing</source>
        <translation>l’index %1 de la table %2 manque</translation>
    </message>
    <message>
        <source>it holds a trigger %1 on the table %2 that Podium did not make</source>
        <translation>il contient un déclencheur %1 sur la table %2 que Podium n’a pas créé</translation>
    </message>
    <message>
        <source>it holds a view %1 that Podium did not make</source>
        <translation>il contient une vue %1 que Podium n’a pas créée</translation>
    </message>
    <message>
        <source>it holds a table %1 that Podium did not make</source>
        <translation>il contient une table %1 que Podium n’a pas créée</translation>
    </message>
    <message>
        <source>the table %1 has a column %2 that Podium did not make</source>
        <translation>la table %1 a une colonne %2 que Podium n’a pas créée</translation>
    </message>
    <message>
        <source>the table %1 has a link to other records that Podium did not make</source>
        <translation>la table %1 a un lien vers d’autres enregistrements que Podium n’a pas créé</translation>
    </message>
    <message>
        <source>it holds an index %1 on the table %2 that Podium did not make</source>
        <translation>il contient un index %1 sur la table %2 que Podium n’a pas créé</translation>
    </message>
    <message>
        <source>the column %1 of the table %2 is defined differently</source>
        <translation>la colonne %1 de la table %2 est définie autrement</translation>
    </message>
    <message>
        <source>the index %1 of the table %2 is defined differently</source>
        <translation>l’index %1 de la table %2 est défini autrement</translation>
    </message>
    <message>
        <source>a link of the table %1 to other records is defined differently</source>
        <translation>un lien de la table %1 vers d’autres enregistrements est défini autrement</translation>
    </message>
    <message>
        <source>, and 1 other difference</source>
        <translation>, et 1 autre différence</translation>
    </message>
    <message numerus="yes">
        <source>, and %n other differences</source>
        <translation>
            <numerusform>, et %n autre différence</numerusform>
            <numerusform>, et %n autres différences</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by another program (%2), so Podium will not write to it: open it read-only, or use File ▸ Repair to save what it holds in a new file.</source>
        <translation>%1 a été modifié par un autre programme (%2)&#xa0;; Podium n’y écrira donc pas&#xa0;: ouvrez-le en lecture seule, ou utilisez Fichier ▸ Réparer pour enregistrer son contenu dans un nouveau fichier.</translation>
    </message>
</context>
<context>
    <name>ServerAttribution</name>
    <message>
        <source>The server did not accept the name this Podium signs its changes with.</source>
        <translation>Le serveur n’a pas accepté le nom sous lequel ce Podium signe ses modifications.</translation>
    </message>
</context>
<context>
    <name>ServerEventLister</name>
    <message>
        <source>organiser</source>
        <translation>organisateur</translation>
    </message>
    <message>
        <source>door desk</source>
        <translation>guichet d’accueil</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>%1 — you are %2</source>
        <translation>%1 — vous êtes %2</translation>
    </message>
</context>
<context>
    <name>ServerEventOpener</name>
    <message>
        <source>Open from Server</source>
        <translation>Ouvrir depuis un serveur</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation>%1

Mot de passe pour %2&#xa0;:</translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>“%1” is not a server address: write postgresql://USER@HOST/DATABASE?event=NAME.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur&#xa0;: écrivez postgresql://UTILISATEUR@HÔTE/BASE?event=NOM.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
</context>
<context>
    <name>ServerPasswords</name>
    <message>
        <source>There is no keyring on this desktop to keep the password in.</source>
        <translation>Il n’y a pas de trousseau sur ce bureau pour conserver le mot de passe.</translation>
    </message>
    <message>
        <source>The keyring refused access to the password.</source>
        <translation>Le trousseau a refusé l’accès au mot de passe.</translation>
    </message>
    <message>
        <source>The keyring could not keep the password: %1</source>
        <translation>Le trousseau n’a pas pu conserver le mot de passe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServerRegistry</name>
    <message>
        <source>The server did not say whether it holds Podium events.</source>
        <translation>Le serveur n’a pas indiqué s’il contient des événements Podium.</translation>
    </message>
    <message>
        <source>The server did not list its events.</source>
        <translation>Le serveur n’a pas listé ses événements.</translation>
    </message>
    <message>
        <source>The server refused to record the event “%1”: only the administrator who ran podium-cli server init (or one given the same rights) may add events.</source>
        <translation>Le serveur a refusé d’inscrire l’événement «&#xa0;%1&#xa0;»&#xa0;: seul l’administrateur qui a lancé podium-cli server init (ou quelqu’un ayant reçu les mêmes droits) peut ajouter des événements.</translation>
    </message>
    <message>
        <source>The server refused to remove the event “%1” from its list.</source>
        <translation>Le serveur a refusé de retirer l’événement «&#xa0;%1&#xa0;» de sa liste.</translation>
    </message>
    <message>
        <source>The server refused to record the upgrade of “%1”: only its organisers may upgrade it.</source>
        <translation>Le serveur a refusé d’inscrire la mise à niveau de «&#xa0;%1&#xa0;»&#xa0;: seuls ses organisateurs peuvent le mettre à niveau.</translation>
    </message>
    <message>
        <source>The server did not list its schemas.</source>
        <translation>Le serveur n’a pas listé ses schémas.</translation>
    </message>
</context>
<context>
    <name>SessionBlockItem</name>
    <message>
        <source>Pinned: arranging keeps it here</source>
        <translation>Épinglée&#xa0;: l’organisation la laisse ici</translation>
    </message>
</context>
<context>
    <name>SessionConstraintsEditor</name>
    <message>
        <source>&amp;Pinned: keep it in its room at its time (arranging never moves it)</source>
        <translation>É&amp;pinglée&#xa0;: la garder dans sa salle à son horaire (l’organisation ne la déplace jamais)</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Toute salle</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Tout jour</translation>
    </message>
    <message>
        <source>Tick the rooms it may use, or tracks to allow their rooms. Nothing ticked: any room.</source>
        <translation>Cochez les salles qu’elle peut utiliser, ou des thèmes pour autoriser leurs salles. Rien de coché&#xa0;: toute salle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n place)</numerusform>
            <numerusform>%1 (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source>The rooms of track “%1”</source>
        <translation>Les salles du thème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> places</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>non programmée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fixed roo&amp;m:</source>
        <translation>Salle &amp;imposée&#xa0;:</translation>
    </message>
    <message>
        <source>Fixed &amp;day:</source>
        <translation>&amp;Jour imposé&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed &amp;rooms:</source>
        <translation>Salles a&amp;utorisées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seats needed:</source>
        <translation>Places &amp;nécessaires&#xa0;:</translation>
    </message>
    <message>
        <source>Must &amp;follow:</source>
        <translation>Doit &amp;suivre&#xa0;:</translation>
    </message>
    <message>
        <source>Must &amp;precede:</source>
        <translation>Doit pré&amp;céder&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Not at the same time as:</source>
        <translation>Pas en &amp;même temps que&#xa0;:</translation>
    </message>
    <message>
        <source>Not pinned: arranging may move it.</source>
        <translation>Non épinglée&#xa0;: l’organisation peut la déplacer.</translation>
    </message>
    <message>
        <source>Pinned to %1 at %2.</source>
        <translation>Épinglée à %1 à %2.</translation>
    </message>
    <message>
        <source>Pinned where it is on the timetable when you press OK.</source>
        <translation>Épinglée là où elle se trouve dans la grille horaire lorsque vous appuyez sur OK.</translation>
    </message>
</context>
<context>
    <name>SessionCsvWriter</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>The sessions could not be written: %1</source>
        <translation>Les sessions n’ont pas pu être écrites&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Edit Session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Aucun thème</translation>
    </message>
    <message>
        <source>On the &amp;timetable</source>
        <translation>Dans la &amp;grille horaire</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n place)</numerusform>
            <numerusform>%1 (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. en, fr, de</source>
        <translation>p. ex. en, fr, de</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Du&amp;rée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expected attendance:</source>
        <translation>Participation &amp;attendue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Abstract:</source>
        <translation>Rés&amp;umé&#xa0;:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type a name: pick someone, or add a new person</source>
        <translation>Tapez un nom&#xa0;: choisissez une personne ou ajoutez-en une nouvelle</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Retir&amp;er</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>New person (others have this name)</source>
        <translation>Nouvelle personne (d’autres portent ce nom)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Donnez un titre à la session.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>The session&apos;s own web page, https://…</source>
        <translation>La page web de la session, https://…</translation>
    </message>
    <message>
        <source>Made from the title when exported</source>
        <translation>Tiré du titre à l’export</translation>
    </message>
    <message>
        <source>The speakers asked not to be re&amp;corded or streamed</source>
        <translation>Ni enregistrement ni diffusion (à la re&amp;quête des intervenants)</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>S&amp;ous-titre&#xa0;:</translation>
    </message>
    <message>
        <source>Web pa&amp;ge:</source>
        <translation>Page &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Sh&amp;ort name (slug):</source>
        <translation>Nom a&amp;brégé (slug)&#xa0;:</translation>
    </message>
    <message>
        <source>Links and attachments</source>
        <translation>Liens et pièces jointes</translation>
    </message>
    <message>
        <source>Co&amp;nstraints</source>
        <translation>&amp;Contraintes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
</context>
<context>
    <name>SessionLinksEditor</name>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Links and attachments</source>
        <translation>Liens et pièces jointes</translation>
    </message>
    <message>
        <source>New li&amp;nk</source>
        <translation>Nou&amp;veau lien</translation>
    </message>
    <message>
        <source>New attac&amp;hment</source>
        <translation>Nouveau &amp;fichier joint</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
</context>
<context>
    <name>SessionListPicker</name>
    <message>
        <source>Type part of a title, pick a session</source>
        <translation>Tapez une partie d’un titre, choisissez une session</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>There is no session with id %1.</source>
        <translation>Il n’y a aucune session avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no session with GUID %1.</source>
        <translation>Il n’y a aucune session avec le GUID %1.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Not scheduled</source>
        <translation>Non programmée</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>This session has a conflict: see the Programme page.</source>
        <translation>Cette session est en conflit&#xa0;: voir la page Programme.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Filter by title, day, room, track, speaker or status</source>
        <translation>Filtrer par titre, jour, salle, thème, intervenant ou statut</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>&amp;Retirer de la grille</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>No session matches “%1”. Clear the filter to see them all.</source>
        <translation>Aucune session ne correspond à «&#xa0;%1&#xa0;». Effacez le filtre pour les voir toutes.</translation>
    </message>
    <message>
        <source>No sessions yet. Add one with New Session… (Ctrl+Shift+N), or import a schedule (File ▸ Import Schedule…).</source>
        <translation>Aucune session pour l’instant. Ajoutez-en une avec Nouvelle session… (Ctrl+Maj+N), ou importez un programme (Fichier ▸ Importer un programme…).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SignInSheetRenderer</name>
    <message>
        <source>The programme has no scheduled session yet: there is no sign-in sheet to print.</source>
        <translation>Le programme ne contient encore aucune session programmée&#xa0;: il n’y a aucune feuille d’émargement à imprimer.</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Émargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>SiteExport</name>
    <message>
        <source>Export Web Site</source>
        <translation>Exporter le site web</translation>
    </message>
    <message>
        <source>&amp;Language of the site:</source>
        <translation>&amp;Langue du site&#xa0;:</translation>
    </message>
    <message>
        <source>Export Web Site into Folder</source>
        <translation>Exporter le site web dans un dossier</translation>
    </message>
    <message>
        <source>%1 holds other files. Write the web site into it anyway? Files with the site&apos;s names are replaced.</source>
        <translation>%1 contient d&apos;autres fichiers. Y écrire quand même le site web&#xa0;? Les fichiers portant les noms de ceux du site sont remplacés.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the web site of %n session(s) to %1</source>
        <translation>
            <numerusform>Site web de %n session exporté vers %1</numerusform>
            <numerusform>Site web de %n sessions exporté vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteSnapshot</name>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 n’est pas du JSON valide (%2).</translation>
    </message>
    <message>
        <source>%1 was not written by this version of Podium.</source>
        <translation>%1 n’a pas été écrit par cette version de Podium.</translation>
    </message>
</context>
<context>
    <name>SiteWriter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a language of the web site: choose %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une langue du site web&#xa0;: choisissez %2.</translation>
    </message>
    <message>
        <source>%1 holds other files: choose an empty folder (or one Podium wrote a site into) so that nothing of yours is overwritten.</source>
        <translation>%1 contient d’autres fichiers&#xa0;: choisissez un dossier vide (ou un dossier dans lequel Podium a déjà écrit un site) pour que rien de ce qui vous appartient ne soit écrasé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>SpeakerListRenderer</name>
    <message>
        <source>not scheduled yet</source>
        <translation>pas encore programmée</translation>
    </message>
    <message>
        <source>No session has a speaker yet: the speaker list would be empty.</source>
        <translation>Aucune session n’a encore d’intervenant&#xa0;: la liste des intervenants serait vide.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>is being changed by another program: nothing was saved. Try again in a moment.</source>
        <translation>est en cours de modification par un autre programme&#xa0;: rien n’a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>is read-only: nothing was saved.</source>
        <translation>est en lecture seule&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>is damaged: SQLite cannot read part of it. Nothing was changed. Use File ▸ Repair.</source>
        <translation>est endommagé&#xa0;: SQLite ne peut pas en lire une partie. Rien n’a été modifié. Utilisez Fichier ▸ Réparer.</translation>
    </message>
    <message>
        <source>could not be read or written: the disk reported an error. Nothing was changed.</source>
        <translation>n’a pas pu être lu ou écrit&#xa0;: le disque a signalé une erreur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>lacks part of what Podium stores (it was changed by another program). Nothing was changed. Use File ▸ Repair.</source>
        <translation>ne contient pas tout ce que Podium enregistre (il a été modifié par un autre programme). Rien n’a été modifié. Utilisez Fichier ▸ Réparer.</translation>
    </message>
    <message>
        <source>could not be read or written (SQLite says: %1).</source>
        <translation>n’a pas pu être lu ou écrit (SQLite indique&#xa0;: %1).</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add (Insert or Ctrl+N)</source>
        <translation>Ajouter (Inser ou Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>TimetableRenderer</name>
    <message>
        <source>The programme has no scheduled session yet: there is nothing to print.</source>
        <translation>Le programme ne contient encore aucune session programmée&#xa0;: il n’y a rien à imprimer.</translation>
    </message>
    <message>
        <source>Rooms: %1</source>
        <translation>Salles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rooms %1–%2 of %3: %4</source>
        <translation>Salles %1 à %2 sur %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>&amp;Retirer de la grille</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>&amp;Supprimer la session</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Désépi&amp;ngler</translation>
    </message>
    <message>
        <source>&amp;Pin Here</source>
        <translation>É&amp;pingler ici</translation>
    </message>
    <message>
        <source>&amp;Show…</source>
        <translation>&amp;Afficher…</translation>
    </message>
</context>
<context>
    <name>TrackRepository</name>
    <message>
        <source>There is no track with id %1.</source>
        <translation>Il n’y a aucun thème avec l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>TrackTableModel</name>
    <message>
        <source>Double-click or press Enter to choose another colour.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour choisir une autre couleur.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Rename Track “%1”</source>
        <translation>Renommer le thème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change Colour of Track “%1”</source>
        <translation>Modifier la couleur du thème «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TracksPage</name>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;ouleur…</translation>
    </message>
    <message>
        <source>Choose the track&apos;s colour (or press Enter on the colour)</source>
        <translation>Choisir la couleur du thème (ou appuyer sur Entrée sur la couleur)</translation>
    </message>
    <message>
        <source>New track</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Add Track</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete Tracks</source>
        <translation>Supprimer des thèmes</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will lose their track; they stay in the programme.

Delete the selected tracks? You can undo this.</source>
        <translation>
            <numerusform>%n session perdra son thème&#xa0;; elle reste au programme.

Supprimer les thèmes sélectionnés&#xa0;? Vous pourrez annuler cette opération.</numerusform>
            <numerusform>%n sessions perdront leur thème&#xa0;; elles restent au programme.

Supprimer les thèmes sélectionnés&#xa0;? Vous pourrez annuler cette opération.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Track “%1”</source>
        <translation>Supprimer le thème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tracks</source>
        <translation>
            <numerusform>Supprimer %n thème</numerusform>
            <numerusform>Supprimer %n thèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>No tracks yet. Add the themes of your event (Add, or the Insert key): sessions of a track share its colour on the timetable and on printed posters.</source>
        <translation>Aucun thème pour l’instant. Ajoutez les thèmes de votre événement (Ajouter, ou la touche Inser)&#xa0;: les sessions d’un thème partagent sa couleur dans la grille horaire et sur les affiches imprimées.</translation>
    </message>
</context>
<context>
    <name>UnscheduledList</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag onto the timetable to schedule “%1”.</source>
        <translation>Faites glisser sur la grille horaire pour programmer «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Keynote</source>
        <translation>Conférence plénière</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseautage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Patient organisation</source>
        <translation>Association de patients</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Autorité publique</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Panéliste</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président de séance</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
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
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Aucun besoin</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source>Expected audience</source>
        <translation>Public attendu</translation>
    </message>
    <message>
        <source>All registrations</source>
        <translation>Toutes les inscriptions</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Podium</source>
        <translation>Bienvenue dans Podium</translation>
    </message>
    <message>
        <source>Plan the programme, register participants, print badges and run the door of your event, offline. Everything is kept in one event file that you can copy and back up.</source>
        <translation>Planifiez le programme, inscrivez les participants, imprimez les badges et gérez l’accueil de votre événement, hors ligne. Tout est conservé dans un seul fichier d’événement, que vous pouvez copier et sauvegarder.</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Create an event file: its name, days and time zone</source>
        <translation>Créer un fichier d’événement&#xa0;: son nom, ses jours et son fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Open an Event File…</source>
        <translation>&amp;Ouvrir un fichier d’événement…</translation>
    </message>
    <message>
        <source>Open a .podium file from your computer or a shared folder</source>
        <translation>Ouvrir un fichier .podium depuis votre ordinateur ou un dossier partagé</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Event</source>
        <translation>Ouvrir l’événement de &amp;démonstration</translation>
    </message>
    <message>
        <source>A real one-day networking event with its programme and participants, to try everything safely</source>
        <translation>Un vrai événement de réseautage d’une journée, avec son programme et ses participants, pour tout essayer sans risque</translation>
    </message>
    <message>
        <source>Read the &amp;Manual</source>
        <translation>Lire le &amp;manuel</translation>
    </message>
    <message>
        <source>How to plan, register, print and check in, step by step (F1)</source>
        <translation>Planifier, inscrire, imprimer et accueillir, pas à pas (F1)</translation>
    </message>
    <message>
        <source>&amp;Recent events</source>
        <translation>Événements &amp;récents</translation>
    </message>
    <message>
        <source>Events you open appear here. Start with the demo to see how Podium works.</source>
        <translation>Les événements que vous ouvrez apparaissent ici. Commencez par la démonstration pour voir comment fonctionne Podium.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open from &amp;Server…</source>
        <translation>Ouvrir depuis un &amp;serveur…</translation>
    </message>
    <message>
        <source>Open an event your team keeps on a PostgreSQL server</source>
        <translation>Ouvrir un événement que votre équipe conserve sur un serveur PostgreSQL</translation>
    </message>
</context>
</TS>
