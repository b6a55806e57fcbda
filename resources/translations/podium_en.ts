<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArrangeDialog</name>
    <message numerus="yes">
        <source>%n session(s) considered: </source>
        <translation>
            <numerusform>%n session considered: </numerusform>
            <numerusform>%n sessions considered: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed, </source>
        <translation>
            <numerusform>%n placed, </numerusform>
            <numerusform>%n placed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved, </source>
        <translation>
            <numerusform>%n moved, </numerusform>
            <numerusform>%n moved, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unplaced.</source>
        <translation>
            <numerusform>%n left unplaced.</numerusform>
            <numerusform>%n left unplaced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AvailabilityImportExport</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AvailabilityOwners</name>
    <message numerus="yes">
        <source>%n people are called “%1”: write their email instead.</source>
        <translation>
            <numerusform>%n person is called “%1”: write their email instead.</numerusform>
            <numerusform>%n people are called “%1”: write their email instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people have the email “%1”: write their name instead.</source>
        <translation>
            <numerusform>%n person has the email “%1”: write their name instead.</numerusform>
            <numerusform>%n people have the email “%1”: write their name instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeFormatter</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeParticipantsCommand</name>
    <message numerus="yes">
        <source>Set category of %n participant(s) to %1</source>
        <translation>
            <numerusform>Set category of %n participant to %1</numerusform>
            <numerusform>Set category of %n participants to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n participant(s) to %1</source>
        <translation>
            <numerusform>Set status of %n participant to %1</numerusform>
            <numerusform>Set status of %n participants to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message numerus="yes">
        <source>%n people match</source>
        <translation>
            <numerusform>%n person matches</numerusform>
            <numerusform>%n people match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message numerus="yes">
        <source>%n sessions of %1 at once, more than its limit of %2: %3 (%4).</source>
        <translation>
            <numerusform>%n session of %1 at once, more than its limit of %2: %3 (%4).</numerusform>
            <numerusform>%n sessions of %1 at once, more than its limit of %2: %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n minute(s) between “%2” (%3, %4) and “%5” (%6, %7); the event asks for at least %8.</source>
        <translation>
            <numerusform>%1 has %n minute between “%2” (%3, %4) and “%5” (%6, %7); the event asks for at least %8.</numerusform>
            <numerusform>%1 has %n minutes between “%2” (%3, %4) and “%5” (%6, %7); the event asks for at least %8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConstraintsFile</name>
    <message numerus="yes">
        <source>%n sessions are called “%1”: give its GUID</source>
        <translation>
            <numerusform>%n session is called “%1”: give its GUID</numerusform>
            <numerusform>%n sessions are called “%1”: give its GUID</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>Exported %n page to %1</numerusform>
            <numerusform>Exported %n pages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskLink</name>
    <message numerus="yes">
        <source>Offline: %n check-in(s) waiting. Checking in against this desk&apos;s copy; they are sent when the server answers again.</source>
        <translation>
            <numerusform>Offline: %n check-in waiting. Checking in against this desk&apos;s copy; they are sent when the server answers again.</numerusform>
            <numerusform>Offline: %n check-ins waiting. Checking in against this desk&apos;s copy; they are sent when the server answers again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n check-in(s) made offline…</source>
        <translation>
            <numerusform>Sending %n check-in made offline…</numerusform>
            <numerusform>Sending %n check-ins made offline…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportParticipantsDialog</name>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1</source>
        <translation>
            <numerusform>Exported %n participant to %1</numerusform>
            <numerusform>Exported %n participants to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;%n problem(s) found: nothing can be imported yet.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b00020&apos;&gt;%n problem found: nothing can be imported yet.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#b00020&apos;&gt;%n problems found: nothing can be imported yet.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message numerus="yes">
        <source>Read as %1, separated by %2; %n example row(s) shown.</source>
        <translation>
            <numerusform>Read as %1, separated by %2; %n example row shown.</numerusform>
            <numerusform>Read as %1, separated by %2; %n example rows shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n row(s): %1 new, %2 updated, %3 skipped (already registered).</source>
        <translation>
            <numerusform>%n row: %1 new, %2 updated, %3 skipped (already registered).</numerusform>
            <numerusform>%n rows: %1 new, %2 updated, %3 skipped (already registered).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>%n pages of %1 cannot be read</source>
        <translation>
            <numerusform>%n page of %1 cannot be read</numerusform>
            <numerusform>%n pages of %1 cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages of an index of %1 cannot be read</source>
        <translation>
            <numerusform>%n page of an index of %1 cannot be read</numerusform>
            <numerusform>%n pages of an index of %1 cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages cannot be read</source>
        <translation>
            <numerusform>%n page cannot be read</numerusform>
            <numerusform>%n pages cannot be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkBadgesPrintedCommand</name>
    <message numerus="yes">
        <source>Mark %n Badge(s) Printed</source>
        <translation>
            <numerusform>Mark %n Badge Printed</numerusform>
            <numerusform>Mark %n Badges Printed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message numerus="yes">
        <source>These %n people will become one. The kept person takes over every session role and the registration of the others, who are then removed.</source>
        <translation>
            <numerusform>These %n people will become one. The kept person takes over every session role and the registration of the others, who are then removed.</numerusform>
            <numerusform>These %n people will become one. The kept person takes over every session role and the registration of the others, who are then removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will have %n session role(s).</source>
        <translation>
            <numerusform>%1 will have %n session role.</numerusform>
            <numerusform>%1 will have %n session roles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) held by more than one of them in the same session will be kept once.</source>
        <translation>
            <numerusform>%n role held by more than one of them in the same session will be kept once.</numerusform>
            <numerusform>%n roles held by more than one of them in the same session will be kept once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n registration(s) removed&lt;/b&gt; (one person has one registration): %1. Their check-in, dietary and consent details are not copied.</source>
        <translation>
            <numerusform>&lt;b&gt;%n registration removed&lt;/b&gt; (one person has one registration): %1. Its check-in, dietary and consent details are not copied.</numerusform>
            <numerusform>&lt;b&gt;%n registrations removed&lt;/b&gt; (one person has one registration): %1. Their check-in, dietary and consent details are not copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>&amp;Delete %n</numerusform>
            <numerusform>&amp;Delete %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people selected</source>
        <translation>
            <numerusform>%n person selected</numerusform>
            <numerusform>%n people selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session role(s)</source>
        <translation>
            <numerusform>%n session role</numerusform>
            <numerusform>%n session roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n People</source>
        <translation>
            <numerusform>Delete %n Person</numerusform>
            <numerusform>Delete %n People</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message numerus="yes">
        <source>The first %n page(s):</source>
        <translation>
            <numerusform>The first page:</numerusform>
            <numerusform>The first %n pages:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s):</source>
        <translation>
            <numerusform>%n page:</numerusform>
            <numerusform>%n pages:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark these %n badge(s) as printed? “Only badges not printed yet” will then leave them out. You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Mark %n badge as printed? “Only badges not printed yet” will then leave it out. You can undo this with Edit ▸ Undo.</numerusform>
            <numerusform>Mark these %n badges as printed? “Only badges not printed yet” will then leave them out. You can undo this with Edit ▸ Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) will be printed.</source>
        <translation>
            <numerusform>%n participant will be printed.</numerusform>
            <numerusform>%n participants will be printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s)) to %2</source>
        <translation>
            <numerusform>Exported %1 (%n page) to %2</numerusform>
            <numerusform>Exported %1 (%n pages) to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) on the sheets of plenaries.</source>
        <translation>
            <numerusform>%n participant on the sheets of plenaries.</numerusform>
            <numerusform>%n participants on the sheets of plenaries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message numerus="yes">
        <source>Snap to %n Minute(s)</source>
        <translation>
            <numerusform>Snap to %n Minute</numerusform>
            <numerusform>Snap to %n Minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n room(s)</source>
        <translation>
            <numerusform>Showing %1 of %n room</numerusform>
            <numerusform>Showing %1 of %n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message numerus="yes">
        <source>expected a list of %n numbers (millimetres)</source>
        <translation>
            <numerusform>expected a list of %n number (millimetres)</numerusform>
            <numerusform>expected a list of %n numbers (millimetres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveParticipantsCommand</name>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in %1 will become unscheduled: they keep their time but lose their room, and wait in the list of unscheduled sessions.

Delete %1? You can undo this.</source>
        <translation>
            <numerusform>%n session in %1 will become unscheduled: it keeps its time but loses its room, and waits in the list of unscheduled sessions.

Delete %1? You can undo this.</numerusform>
            <numerusform>%n sessions in %1 will become unscheduled: they keep their time but lose their room, and wait in the list of unscheduled sessions.

Delete %1? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Rooms</source>
        <translation>
            <numerusform>Delete %n Room</numerusform>
            <numerusform>Delete %n Rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDocument</name>
    <message numerus="yes">
        <source>%n session(s) give a UTC offset that is not the offset of %1 at that time (each keeps the moment its file gives):</source>
        <translation>
            <numerusform>%n session gives a UTC offset that is not the offset of %1 at that time (it keeps the moment its file gives):</numerusform>
            <numerusform>%n sessions give a UTC offset that is not the offset of %1 at that time (each keeps the moment its file gives):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDocumentAssembler</name>
    <message numerus="yes">
        <source>%1 (and %n more like it)</source>
        <translation>
            <numerusform>%1 (and %n more like it)</numerusform>
            <numerusform>%1 (and %n more like it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleImportExport</name>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>Exported %n session to %1</numerusform>
            <numerusform>Exported %n sessions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaSignature</name>
    <message numerus="yes">
        <source>, and %n other differences</source>
        <translation>
            <numerusform>, and %n other difference</numerusform>
            <numerusform>, and %n other differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionConstraintsEditor</name>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n seat)</numerusform>
            <numerusform>%1 (%n seats)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n seat)</numerusform>
            <numerusform>%1 (%n seats)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteExport</name>
    <message numerus="yes">
        <source>Exported the web site of %n session(s) to %1</source>
        <translation>
            <numerusform>Exported the web site of %n session to %1</numerusform>
            <numerusform>Exported the web site of %n sessions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TracksPage</name>
    <message numerus="yes">
        <source>%n session(s) will lose their track; they stay in the programme.

Delete the selected tracks? You can undo this.</source>
        <translation>
            <numerusform>%n session will lose its track; it stays in the programme.

Delete the selected tracks? You can undo this.</numerusform>
            <numerusform>%n sessions will lose their track; they stay in the programme.

Delete the selected tracks? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tracks</source>
        <translation>
            <numerusform>Delete %n Track</numerusform>
            <numerusform>Delete %n Tracks</numerusform>
        </translation>
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
</context>
</TS>
