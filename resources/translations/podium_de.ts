<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnonymisationSummary</name>
    <message>
        <source>E-mail addresses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (with titles, positions and biographies): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no personal data left to remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration codes, replaced by new ones: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every registration stays with its category, status, consents and check-in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation types and countries stay, so reports can still count them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation types and countries are cleared, except for people with a session role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a role in a session (%1) keep their name and organisation: they are part of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics (before -&gt; after):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations by organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>&amp;Keep organisation types and countries for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise After the Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Anonymise “%1”?&lt;/b&gt; This removes the personal data the event no longer needs. It cannot be undone, and the undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand: anonymise &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, only counts by category stay; organisation types and countries of people without a session role are cleared too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeListRenderer</name>
    <message>
        <source>No participant agreed to appear on shared lists%1, so the attendee list would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants of %2 (%3) who agreed to share their name and organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeFace</name>
    <message>
        <source>No photos, please</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateRenderer</name>
    <message>
        <source>Nobody has checked in yet, so there is no certificate to print (use “all registered” to print one for everyone registered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the organisers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments (expected %1, got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>podium-cli %1: --%2 must be a whole number from %3 to %4, not “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmedCommand</name>
    <message>
        <source>Do it without asking (for scripts). It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>podium-cli %1: refusing to %2 without confirmation: there is no terminal to ask (standard input is not one). Nothing was changed. Add --yes to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Type “yes” to %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message>
        <source>no room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in two sessions at once: “%2” (%3, %4) and “%5” (%6, %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds two sessions at once: “%2” (%3) and “%4” (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is cancelled but still on the timetable (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2, %3) is outside the event&apos;s days (%4 to %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) expects %3 people but %4 seats only %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: nobody is booked twice and every session fits its room and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click one to show its session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEvent</name>
    <message>
        <source>The demo event is missing from this build of Podium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo event is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Programme booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover, every day&apos;s sessions with speakers and abstracts, index of speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One landscape page per day: rooms across, time down, coloured by track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One badge per participant, sorted by last name, with a QR code for check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per room and day with the room&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee list to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and organisation of the participants who agreed to be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sheet per session with a signature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every speaker, chair and moderator with their sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per checked-in participant (or everyone registered).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge not printed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no participant to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no participant matches %2, so there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEventCommand</name>
    <message>
        <source>Edit Event Properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasurePlan</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the person and all their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - registration %1 (%2, %3), with its needs, consents, check-in and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - %1 in “%2”: the session stays, without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name or address also appears as text in %1. Erasing does not change that text: edit it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventAnonymiser</name>
    <message>
        <source>The event has no dates, so Podium cannot tell whether it is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is not over: its last day is %1 and today is %2 (in the event’s time zone). Participants may still need their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read-only: nothing was anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Anonymise after the event, or force it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data was removed and overwritten, but the file could not be compacted afterwards: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFile</name>
    <message>
        <source>cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: it is not a Podium event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Podium event file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: it is shorter than its header says (%1 of %2 bytes), probably cut off while being copied. Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the file is read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists: choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a Podium event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is locked by another program that is changing it. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged or is not an SQLite database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Podium event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was saved by a newer version of Podium (file format %1; this version reads up to %2). Update Podium to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: it has Podium&apos;s mark but no event in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged and cannot be read (%1). Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged (SQLite reports: %1). Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was saved by an older version of Podium and must be upgraded, but it cannot be written. Copy it to a writable folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already open in Podium (process %1 on %2). Switch to that window, or close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the open file itself: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFileWriter</name>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventGenerator</name>
    <message>
        <source>Cannot plant %1 conflicts: the timetable has only %2 pairs of sessions at the same time in different rooms. Add rooms or sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPropertiesDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone Podium knows. Pick one from the list, such as Europe/Luxembourg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>is damaged: it holds no event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportScheduleCommand</name>
    <message>
        <source>Export the programme as frab/pretalx XML or JSON, iCalendar or a sessions CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; its extension (.xml, .json, .ics, .csv) decides the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the sessions of this person (name, e-mail address or GUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>podium-cli export schedule: give the file to write with -o OUT.xml, OUT.json, OUT.ics or OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>podium-cli export schedule: “%1” must end in %2, which decides the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (sessions: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrabJsonReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not well-formed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &quot;schedule&quot; object: this is not a frab/pretalx schedule.json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrabJsonWriter</name>
    <message>
        <source>The schedule could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrabXmlReader</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a DOCTYPE declaration; schedule files never need one, and it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;schedule&gt;: this is not a frab/pretalx schedule file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is not well-formed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrabXmlWriter</name>
    <message>
        <source>The schedule could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportScheduleCommand</name>
    <message>
        <source>Import Schedule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a frab/pretalx schedule (XML or JSON) into a new or empty event, or merge it by GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file; created when it does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into an event that already has a programme: sessions with the same GUID are updated, the others added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already has a programme: nothing was imported. Add --merge to merge the schedule into it by GUID, or give a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <source>The paper and the label need a width and a height above 0 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet has 1 to 20 columns and 1 to 40 rows of labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A badge needs at least 30 x 20 mm to hold a name and a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pitch (%1 x %2 mm) is smaller than the label (%3 x %4 mm): labels would overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels need %1 x %2 mm but the paper is %3 x %4 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The margins cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a custom sheet as custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS (millimetres), e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not NAME=NUMBERxNUMBER. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid= takes whole numbers of columns and rows, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown part “%1”. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom sheet has no %1=. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A6 badges, 4 per A4 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit-card badges, 10 per A4 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery L7165 labels (99.1 x 67.7 mm, 8 per A4 sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery 5395 name badge labels (3⅜ x 2⅓ in, 8 per US Letter sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown badge layout “%1”: expected one of %2, or custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelSheetEditor</name>
    <message>
        <source>Pa&amp;per (mm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label (mm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First label &amp;at (left × top, mm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pi&amp;tch (across × down, mm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid (columns × rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Podium events (*.podium);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Podium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Podium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Podium %1&lt;/h3&gt;&lt;p&gt;The offline conference organiser: programme, participants, badges and lists for scientific and industry events.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed by another program: reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 – Podium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Event File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Podium never overwrites an event file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy).podium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkBadgesPrintedCommand</name>
    <message numerus="yes">
        <source>Mark %n Badge(s) Printed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePeopleCommand</name>
    <message>
        <source>Merge People into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge People</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n people will become one. The kept person takes over every session role and the registration of the others, who are then removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Values of the merged person&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 will have %n session role(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) held by more than one of them in the same session will be kept once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Registration kept: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Registration(s) removed&lt;/b&gt; (one person has one registration): %1. Their check-in, dietary and consent details are not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo the merge with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>could not be upgraded to file format %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPersonCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or allow overwriting it (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>No event open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new event with File ▸ New, open one with File ▸ Open, or look around in the demo event with File ▸ Open Demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 checked in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <source>The pages could not be painted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>There is no participant with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected people, who are the same person (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers, chairs and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people with a session role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone, with all participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Speakers, chairs and contacts” leaves out participants who only registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds people whose name, title, organisation, position, email or country contains every word typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see their sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no part in any session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 and %3 will be deleted too.

Delete %1? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session role(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n People</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <source>The event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s e-mail address (case does not matter; everyone with it is included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>podium-cli %1: the e-mail address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no one with the e-mail address “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDataExporter</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May appear on attendee lists shared with others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be photographed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in (event time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered (event time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (event time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (event time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podium identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier given by another programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles in sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the organisers of “%1” store about you in their event file, as of the export date. Times are given in the event’s time zone (%2) and in UTC; empty text means nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported on (event time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported on (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data - %1.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr., Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Head of Translational Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s id in another tool (pretalx, frab), if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s permanent identifier in exported schedules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address (expected something like name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the address %2. If they are the same person, cancel here and merge the two on the People page.

Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>is read-only: nobody was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people were removed and their records overwritten, but the file could not be compacted afterwards: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonMerger</name>
    <message>
        <source>Choose at least two people to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered for the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Podium starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Podium to see it in the new language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All but cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only badges &amp;not printed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone &amp;registered, not only those checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop &amp;marks for cutting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;who asked not to be photographed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an event to print its programme, badges, signs, lists and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n page(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark these %n badge(s) as printed? “Only badges not printed yet” will then leave them out. You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export a Person’s Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose data? The export holds everything stored about the person (and anyone else with their e-mail address), to hand to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”. It holds everything Podium stores about %2. Only you can read the file: send it to the person by a secure way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to erase? The person, their registrations and their roles in sessions are removed for good (and anyone else with their e-mail address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes:
%1

It cannot be undone, and the undo history of this event is cleared. Export the person’s data first if they asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise After the Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics kept are in the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a Person’s Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about one person, as a file to hand to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase a Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a person and their registrations for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise After the Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove needs, notes, contact details and names; keep the counts for reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyRepository</name>
    <message>
        <source>the session “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event’s details (File &gt; Properties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event setting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be compacted while a change is still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Duration of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snap to %n Minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a session onto the timetable to schedule it; drag a block here to unschedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sna&amp;p to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no rooms yet. Add rooms on the Rooms page to build the timetable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (outside the event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeRenderer</name>
    <message>
        <source>The programme has no scheduled session yet: there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index of speakers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR code for “%1” could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomRepository</name>
    <message>
        <source>There is no room with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomSignRenderer</name>
    <message>
        <source>No room has a scheduled session yet: there is no sign to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More sessions in this room: see the programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomTableModel</name>
    <message>
        <source>Seats in the room; leave 0 when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Room “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Capacity of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Location of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Room “%1” Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Room “%1” Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): the order of the timetable&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in %1 will become unscheduled: they keep their time but lose their room, and wait in the list of unscheduled sessions.

Delete %1? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Room “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Rooms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDocumentAssembler</name>
    <message>
        <source>the conference has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone “%1” in %2 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a date like 2024-05-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conference ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day&apos;s date “%1” is not a date like 2024-05-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day&apos;s %1 “%2” is not a date and time like 2024-05-30T09:00:00+02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a date and time like 2024-05-30T09:00:00+02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event “%1” has no %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a time like 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event “%1” has a %2 but no %3 and no day date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event “%1” has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a duration like 00:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event id “%1” is not a positive number: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event “%1” has the GUID %2 of the event at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person without a name was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no conference %1: is this a schedule file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more like it)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDocumentBuilder</name>
    <message>
        <source>Nobody called “%1” is in this event: give a name as in the programme, an e-mail address or a GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people are called “%2”: give their e-mail address or GUID instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleFiles</name>
    <message>
        <source>%1 is not a schedule Podium can import: give a %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in %2, which decides the format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleFormat</name>
    <message>
        <source>frab/pretalx schedule XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frab/pretalx schedule JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar for calendar programs (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions spreadsheet, CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.xml or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.xml, .json, .ics or .csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleImportExport</name>
    <message>
        <source>Import Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the schedule into it? Sessions with the same GUID are updated, the others are added; nothing is removed. You can undo the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped while reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the sessions of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 sessions to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleImporter</name>
    <message>
        <source>already has a programme (sessions, rooms or people): nothing was imported. Merge the schedule into it (sessions are matched by GUID), or import it into a new event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions added: %1, updated: %2; new rooms: %3, new tracks: %4, new people: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleSnapshotRepository</name>
    <message>
        <source>could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCsvWriter</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Edit Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &amp;timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en, fr, de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abstract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name: pick someone, or add a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person (others have this name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>There is no session with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session with GUID %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This session has a conflict: see the Programme page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Filter by title, day, room, track, speaker or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInSheetRenderer</name>
    <message>
        <source>The programme has no scheduled session yet: there is no sign-in sheet to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerListRenderer</name>
    <message>
        <source>not scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session has a speaker yet: the speaker list would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>could not be read or written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is being changed by another program: nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read-only: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged (SQLite reports: %1). Nothing was changed; open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add (Insert or Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimetableRenderer</name>
    <message>
        <source>The programme has no scheduled session yet: there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackRepository</name>
    <message>
        <source>There is no track with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackTableModel</name>
    <message>
        <source>Double-click or press Enter to choose another colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Colour of Track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TracksPage</name>
    <message>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the track&apos;s colour (or press Enter on the colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will lose their track; they stay in the programme.

Delete the selected tracks? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tracks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>is being changed by another program: nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read-only: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written: %1. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnscheduledList</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Drag onto the timetable to schedule “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Keynote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
