<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BatchRevertFlow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Änderungen zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this batch are being sent right now. Revert once they are done.</source>
        <translation>
            <numerusform>%n Änderung dieses Stapels wird gerade gesendet. Nehmen Sie den Stapel zurück, sobald sie fertig ist.</numerusform>
            <numerusform>%n Änderungen dieses Stapels werden gerade gesendet. Nehmen Sie den Stapel zurück, sobald sie fertig sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch is reverted already: its reversing changes are in the list.</source>
        <translation>Dieser Stapel wurde bereits zurückgenommen: Die Änderungen, die ihn rückgängig machen, stehen in der Liste.</translation>
    </message>
    <message>
        <source>Nothing of this batch can be reverted.</source>
        <translation>Von diesem Stapel lässt sich nichts zurücknehmen.</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be sent to reverse what the directory did:</source>
        <translation>
            <numerusform>Diese %n Änderung wird gesendet, um rückgängig zu machen, was das Verzeichnis ausgeführt hat:</numerusform>
            <numerusform>Diese %n Änderungen werden gesendet, um rückgängig zu machen, was das Verzeichnis ausgeführt hat:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet are simply taken back.</source>
        <translation>
            <numerusform>%n noch nicht gesendete Änderung wird einfach zurückgenommen.</numerusform>
            <numerusform>%n noch nicht gesendete Änderungen werden einfach zurückgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The users it created are deleted again within the 48 hours in which users created by mistake are not billed (about %n hour(s) left).</source>
        <translation>
            <numerusform>Die damit angelegten Benutzer werden innerhalb der 48 Stunden wieder gelöscht, in denen versehentlich angelegte Benutzer nicht berechnet werden (noch etwa %n Stunde).</numerusform>
            <numerusform>Die damit angelegten Benutzer werden innerhalb der 48 Stunden wieder gelöscht, in denen versehentlich angelegte Benutzer nicht berechnet werden (noch etwa %n Stunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>More than 48 hours have passed since these users were created: deleting them still works, but they may be billed for this period.</source>
        <translation>Seit dem Anlegen dieser Benutzer sind mehr als 48 Stunden vergangen: Sie lassen sich weiterhin löschen, werden für diesen Zeitraum aber möglicherweise berechnet.</translation>
    </message>
    <message>
        <source>Deleting a user removes their bindings and group memberships too; accounts already created on devices stay there, unmanaged.</source>
        <translation>Beim Löschen eines Benutzers werden auch seine Bindungen und Gruppenmitgliedschaften entfernt; bereits auf Geräten angelegte Konten bleiben dort, aber unverwaltet.</translation>
    </message>
    <message>
        <source>These were sent and stay as they are:</source>
        <translation>Diese wurden gesendet und bleiben, wie sie sind:</translation>
    </message>
    <message>
        <source>The changes not sent yet could not be taken back.</source>
        <translation>Die noch nicht gesendeten Änderungen konnten nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>The reversing changes could not be queued.</source>
        <translation>Die Änderungen zum Zurücknehmen konnten nicht vorgemerkt werden.</translation>
    </message>
</context>
<context>
    <name>BindDialog</name>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>Make them &amp;administrators (sudo) on these devices</source>
        <translation>Auf diesen Geräten zu Admin&amp;istratoren machen (sudo)</translation>
    </message>
    <message>
        <source>… without asking for their &amp;password (passwordless sudo)</source>
        <translation>… ohne nach ihrem &amp;Passwort zu fragen (sudo ohne Passwort)</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Binden</translation>
    </message>
    <message>
        <source>Review binding</source>
        <translation>Bindung prüfen</translation>
    </message>
    <message>
        <source>Show action</source>
        <translation>Aktion anzeigen</translation>
    </message>
    <message>
        <source>Show warning</source>
        <translation>Warnung anzeigen</translation>
    </message>
    <message>
        <source>Planned pairs</source>
        <translation>Geplante Paare</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Working out what each device will do…</source>
        <translation>Es wird ermittelt, was auf jedem Gerät geschieht…</translation>
    </message>
    <message>
        <source>Admin rights through groups come from the user group&apos;s own “Admin on all devices” setting, not from this change.</source>
        <translation>Administratorrechte über Gruppen stammen aus der Einstellung „Admin auf allen Geräten“ der Benutzergruppe selbst, nicht aus dieser Änderung.</translation>
    </message>
    <message>
        <source>I understand that %1 will be left with no bound user and may have no usable account</source>
        <translation>Mir ist bewusst, dass %1 danach keinen gebundenen Benutzer und womöglich kein nutzbares Konto mehr hat</translation>
    </message>
    <message>
        <source>I understand that %1 (%2) will be left with no bound user and may have no usable account</source>
        <translation>Mir ist bewusst, dass %1 (%2) danach keinen gebundenen Benutzer und womöglich kein nutzbares Konto mehr hat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%Ln pair</source>
        <translation>%Ln Paar</translation>
    </message>
    <message>
        <source>%Ln pairs</source>
        <translation>%Ln Paare</translation>
    </message>
    <message>
        <source>Nothing to do: every user is a member already</source>
        <translation>Nichts zu tun: Alle Benutzer sind bereits Mitglied</translation>
    </message>
    <message>
        <source>Nothing to do: every device is a member already</source>
        <translation>Nichts zu tun: Alle Geräte sind bereits Mitglied</translation>
    </message>
    <message>
        <source>Adds %Ln user to %1</source>
        <translation>Fügt %Ln Benutzer zu %1 hinzu</translation>
    </message>
    <message>
        <source>Adds %Ln users to %1</source>
        <translation>Fügt %Ln Benutzer zu %1 hinzu</translation>
    </message>
    <message>
        <source>Adds %Ln device to %1</source>
        <translation>Fügt %Ln Gerät zu %1 hinzu</translation>
    </message>
    <message>
        <source>Adds %Ln devices to %1</source>
        <translation>Fügt %Ln Geräte zu %1 hinzu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no device access through it yet</source>
        <translation>darüber noch kein Zugriff auf Geräte</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>With or without warnings</source>
        <translation>Mit oder ohne Warnungen</translation>
    </message>
    <message>
        <source>With any warning (%1)</source>
        <translation>Mit irgendeiner Warnung (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 pairs</source>
        <translation>%1 von %2 Paaren</translation>
    </message>
    <message>
        <source>Select a pair to see what happens on the device and why.</source>
        <translation>Wählen Sie ein Paar, um zu sehen, was auf dem Gerät geschieht und warum.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>&amp;Bind %Ln pair</source>
        <translation>%Ln Paar &amp;binden</translation>
    </message>
    <message>
        <source>&amp;Bind %Ln pairs</source>
        <translation>%Ln Paare &amp;binden</translation>
    </message>
    <message>
        <source>&amp;Bind %Ln group</source>
        <translation>%Ln Gruppe &amp;binden</translation>
    </message>
    <message>
        <source>&amp;Bind %Ln groups</source>
        <translation>%Ln Gruppen &amp;binden</translation>
    </message>
    <message>
        <source>&amp;Add %Ln user</source>
        <translation>%Ln Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add %Ln users</source>
        <translation>%Ln Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add %Ln device</source>
        <translation>%Ln Gerät &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add %Ln devices</source>
        <translation>%Ln Geräte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Unbind %Ln pair</source>
        <translation>Bindung von %Ln Paar auf&amp;heben</translation>
    </message>
    <message>
        <source>&amp;Unbind %Ln pairs</source>
        <translation>Bindung von %Ln Paaren auf&amp;heben</translation>
    </message>
    <message>
        <source>Blocked pairs are left out: nothing is sent for them.</source>
        <translation>Blockierte Paare werden ausgelassen: Für sie wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Pairs already bound are left out.</source>
        <translation>Bereits gebundene Paare werden ausgelassen.</translation>
    </message>
    <message>
        <source>One group binding gives every member an account on every device of %1; it cannot leave single pairs out.</source>
        <translation>Eine Gruppenbindung gibt jedem Mitglied ein Konto auf jedem Gerät von %1; einzelne Paare lassen sich nicht auslassen.</translation>
    </message>
    <message>
        <source>The devices of blocked pairs will refuse those accounts.</source>
        <translation>Die Geräte blockierter Paare werden diese Konten ablehnen.</translation>
    </message>
    <message>
        <source>Already bound to %1: %2.</source>
        <translation>Bereits an %1 gebunden: %2.</translation>
    </message>
    <message>
        <source>%1 is bound to no device group: the new members get no device access yet.</source>
        <translation>%1 ist an keine Gerätegruppe gebunden: Die neuen Mitglieder erhalten noch keinen Zugriff auf Geräte.</translation>
    </message>
    <message>
        <source>No user group is bound to %1: no accounts are created on the new members yet.</source>
        <translation>An %1 ist keine Benutzergruppe gebunden: Auf den neuen Mitgliedsgeräten werden noch keine Konten angelegt.</translation>
    </message>
    <message>
        <source>Members get accounts on the devices of %1.</source>
        <translation>Die Mitglieder erhalten Konten auf den Geräten von %1.</translation>
    </message>
    <message>
        <source>The members of %1 get accounts on the added devices.</source>
        <translation>Die Mitglieder von %1 erhalten Konten auf den hinzugefügten Geräten.</translation>
    </message>
    <message>
        <source>A membership cannot leave single pairs out: the devices of blocked pairs will refuse those accounts.</source>
        <translation>Eine Mitgliedschaft kann keine einzelnen Paare auslassen: Die Geräte blockierter Paare werden diese Konten ablehnen.</translation>
    </message>
    <message>
        <source>Already members: %1.</source>
        <translation>Bereits Mitglied: %1.</translation>
    </message>
    <message>
        <source>Pairs without a direct binding are left out; access through a group stays.</source>
        <translation>Paare ohne direkte Bindung werden ausgelassen; Zugriff über eine Gruppe bleibt bestehen.</translation>
    </message>
    <message>
        <source>No user stays bound to %1.</source>
        <translation>An %1 bleibt kein Benutzer gebunden.</translation>
    </message>
    <message>
        <source>%Ln user stays bound to %1.</source>
        <translation>%Ln Benutzer bleibt an %1 gebunden.</translation>
    </message>
    <message>
        <source>%Ln users stay bound to %1.</source>
        <translation>%Ln Benutzer bleiben an %1 gebunden.</translation>
    </message>
</context>
<context>
    <name>BindPickerDialog</name>
    <message>
        <source>Add to device group</source>
        <translation>Zu Gerätegruppe hinzufügen</translation>
    </message>
    <message>
        <source>Bind to</source>
        <translation>Binden an</translation>
    </message>
    <message>
        <source>Add %1 to which device group?</source>
        <translation>%1 zu welcher Gerätegruppe hinzufügen?</translation>
    </message>
    <message>
        <source>Bind %1 to which device or group?</source>
        <translation>%1 an welches Gerät oder welche Gruppe binden?</translation>
    </message>
    <message>
        <source>Type to filter devices and groups…</source>
        <translation>Tippen, um Geräte und Gruppen zu filtern…</translation>
    </message>
    <message>
        <source>Filter targets</source>
        <translation>Ziele filtern</translation>
    </message>
    <message>
        <source>Kind of target</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Bind…</source>
        <translation>&amp;Binden…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>BindPlanTableModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Local account</source>
        <translation>Lokales Konto</translation>
    </message>
    <message>
        <source>Matched field</source>
        <translation>Übereinstimmendes Feld</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Signs out of apps</source>
        <translation>Abmeldung aus Apps</translation>
    </message>
    <message>
        <source>macOS re-login</source>
        <translation>Neuanmeldung unter macOS</translation>
    </message>
    <message>
        <source>Letter case differs</source>
        <translation>Groß-/Kleinschreibung weicht ab</translation>
    </message>
    <message>
        <source>Staged user</source>
        <translation>Vorbereiteter Benutzer</translation>
    </message>
    <message>
        <source>Suspended user</source>
        <translation>Gesperrter Benutzer</translation>
    </message>
    <message>
        <source>Similar account</source>
        <translation>Ähnliches Konto</translation>
    </message>
    <message>
        <source>Device inactive</source>
        <translation>Gerät inaktiv</translation>
    </message>
    <message>
        <source>Large fan-out</source>
        <translation>Sehr viele Paare</translation>
    </message>
    <message>
        <source>Last user</source>
        <translation>Letzter Benutzer</translation>
    </message>
    <message>
        <source>Group access remains</source>
        <translation>Gruppenzugriff bleibt</translation>
    </message>
    <message>
        <source>Through a group</source>
        <translation>Über eine Gruppe</translation>
    </message>
</context>
<context>
    <name>BindTargetListModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Benutzergruppe</translation>
    </message>
    <message>
        <source>Device group</source>
        <translation>Gerätegruppe</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BindingController</name>
    <message>
        <source>&amp;Bind to…</source>
        <translation>&amp;Binden an…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Bind the selected users or group to a device or group, or add the selected devices to a device group</source>
        <translation>Die ausgewählten Benutzer oder die ausgewählte Gruppe an ein Gerät oder eine Gruppe binden oder die ausgewählten Geräte zu einer Gerätegruppe hinzufügen</translation>
    </message>
    <message>
        <source>Bindery could not work out this change: %1</source>
        <translation>Bindery konnte diese Änderung nicht ermitteln: %1</translation>
    </message>
    <message>
        <source>No cache is open.</source>
        <translation>Es ist kein Cache geöffnet.</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>Bindung aufheben</translation>
    </message>
    <message>
        <source>Select users, a user group or devices first, then choose Bind to…</source>
        <translation>Wählen Sie zuerst Benutzer, eine Benutzergruppe oder Geräte aus und dann „Binden an…“</translation>
    </message>
    <message>
        <source>Bind to</source>
        <translation>Binden an</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Bindery could not save “%1” to the list of pending changes. Nothing was changed.</source>
        <translation>Bindery konnte „%1“ nicht in die Liste der ausstehenden Änderungen aufnehmen. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %Ln change: %1</source>
        <translation>
            <numerusform>%Ln Änderung vorgemerkt: %1</numerusform>
            <numerusform>%Ln Änderungen vorgemerkt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %Ln changes: %1</source>
        <translation>
            <numerusform>%Ln Änderung vorgemerkt: %1</numerusform>
            <numerusform>%Ln Änderungen vorgemerkt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation>„%1“ &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Rückgängigmachen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Bindery could not undo “%1”; the changes stay pending. Try again in a moment.</source>
        <translation>Bindery konnte „%1“ nicht rückgängig machen; die Änderungen bleiben ausstehend. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Partly undone</source>
        <translation>Teilweise rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 of the changes of “%2” were removed. These were already sent to the directory and cannot be undone here:</source>
        <translation>%1 der Änderungen von „%2“ wurden entfernt. Diese wurden bereits an das Verzeichnis gesendet und lassen sich hier nicht rückgängig machen:</translation>
    </message>
</context>
<context>
    <name>BindingPlan</name>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>this operating system</source>
        <translation>diesem Betriebssystem</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Already bound</source>
        <translation>Bereits gebunden</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>Bindung aufheben</translation>
    </message>
    <message>
        <source>Not bound</source>
        <translation>Nicht gebunden</translation>
    </message>
    <message>
        <source>local user account</source>
        <translation>lokales Benutzerkonto</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Creates the local account “%1” on %2.</source>
        <translation>Legt das lokale Konto „%1“ auf %2 an.</translation>
    </message>
    <message>
        <source>Takes over the local account “%1” on %2 (matched the %3).</source>
        <translation>Übernimmt das lokale Konto „%1“ auf %2 (Übereinstimmung: %3).</translation>
    </message>
    <message>
        <source>%1 is already bound to %2.</source>
        <translation>%1 ist bereits an %2 gebunden.</translation>
    </message>
    <message>
        <source>Removes the binding of %1 to %2.</source>
        <translation>Entfernt die Bindung von %1 an %2.</translation>
    </message>
    <message>
        <source>%1 is not bound to %2 directly.</source>
        <translation>%1 ist nicht direkt an %2 gebunden.</translation>
    </message>
    <message>
        <source>Blocked: the %1 “%2” breaks the naming rules (it must start with a letter and hold only letters, digits, “.”, “-” and “_”).</source>
        <translation>Blockiert: %1 „%2“ verstößt gegen die Namensregeln (der Name muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern, „.“, „-“ und „_“ enthalten).</translation>
    </message>
    <message>
        <source>Blocked: the %1 “%2” has %3 characters; %4 devices accept at most %5.</source>
        <translation>Blockiert: %1 „%2“ hat %3 Zeichen; Geräte mit %4 akzeptieren höchstens %5.</translation>
    </message>
    <message>
        <source>Blocked: the %1 “%2” has %3 characters; Windows devices accept at most %4. Set a shorter local user account to bind this user to Windows devices.</source>
        <translation>Blockiert: %1 „%2“ hat %3 Zeichen; Windows-Geräte akzeptieren höchstens %4. Legen Sie ein kürzeres lokales Benutzerkonto fest, um diesen Benutzer an Windows-Geräte zu binden.</translation>
    </message>
    <message>
        <source>Blocked: the local account “%1” on %2 is managed by another directory user.</source>
        <translation>Blockiert: Das lokale Konto „%1“ auf %2 wird von einem anderen Verzeichnisbenutzer verwaltet.</translation>
    </message>
    <message>
        <source>The takeover rewrites the password of “%1”: %2 will be signed out of apps (browsers, chat, office suites).</source>
        <translation>Die Übernahme setzt das Passwort von „%1“ neu: %2 wird aus Apps abgemeldet (Browser, Chat, Office-Programme).</translation>
    </message>
    <message>
        <source>On macOS, %1 must log out and in again after the takeover (the old and the new password are asked).</source>
        <translation>Unter macOS muss sich %1 nach der Übernahme ab- und wieder anmelden (dabei werden das alte und das neue Passwort abgefragt).</translation>
    </message>
    <message>
        <source>“%1” on %2 differs from “%3” only in letter case. The %4 agent needs the exact case, so it will create a second account “%3” and a new profile next to it.</source>
        <translation>„%1“ auf %2 unterscheidet sich von „%3“ nur in der Groß-/Kleinschreibung. Der Agent unter %4 braucht die exakte Schreibweise und legt daher ein zweites Konto „%3“ mit einem neuen Profil daneben an.</translation>
    </message>
    <message>
        <source>%1 is staged: no access until the user is activated.</source>
        <translation>%1 ist vorbereitet: kein Zugriff, bis der Benutzer aktiviert ist.</translation>
    </message>
    <message>
        <source>%1 is suspended: the account cannot be used until the user is reactivated.</source>
        <translation>%1 ist gesperrt: Das Konto ist nicht nutzbar, bis der Benutzer wieder aktiviert ist.</translation>
    </message>
    <message>
        <source>No account “%1” on %2, but “%3” is similar: a new account and a second profile will be created. If “%3” belongs to this person, set their local user account to “%3” to take it over instead.</source>
        <translation>Kein Konto „%1“ auf %2, aber „%3“ ist ähnlich: Ein neues Konto und ein zweites Profil werden angelegt. Gehört „%3“ dieser Person, setzen Sie ihr lokales Benutzerkonto auf „%3“, um es stattdessen zu übernehmen.</translation>
    </message>
    <message>
        <source>%1 has not checked in recently: the change applies at its next check-in, and its list of local accounts may be out of date.</source>
        <translation>%1 hat sich länger nicht gemeldet: Die Änderung wirkt bei der nächsten Meldung, und die Liste seiner lokalen Konten ist womöglich veraltet.</translation>
    </message>
    <message>
        <source>No user will remain bound to %1: it may be left with no usable account.</source>
        <translation>An %1 bleibt kein Benutzer gebunden: Womöglich hat das Gerät danach kein nutzbares Konto mehr.</translation>
    </message>
    <message>
        <source>%1 still reaches %2 through a user group bound to a device group; the account stays.</source>
        <translation>%1 erreicht %2 weiterhin über eine Benutzergruppe, die an eine Gerätegruppe gebunden ist; das Konto bleibt.</translation>
    </message>
    <message>
        <source>%1 already reaches %2 through a user group bound to a device group.</source>
        <translation>%1 erreicht %2 bereits über eine Benutzergruppe, die an eine Gerätegruppe gebunden ist.</translation>
    </message>
    <message>
        <source>This plan has %n pair, more than %1: every user gets an account on every device.</source>
        <translation>Dieser Plan hat %n Paar, mehr als %1: Jeder Benutzer erhält ein Konto auf jedem Gerät.</translation>
    </message>
    <message>
        <source>This plan has %n pairs, more than %1: every user gets an account on every device.</source>
        <translation>Dieser Plan hat %n Paare, mehr als %1: Jeder Benutzer erhält ein Konto auf jedem Gerät.</translation>
    </message>
    <message>
        <source>%n new account</source>
        <translation>%n neues Konto</translation>
    </message>
    <message>
        <source>%n new accounts</source>
        <translation>%n neue Konten</translation>
    </message>
    <message>
        <source>%n takeover</source>
        <translation>%n Übernahme</translation>
    </message>
    <message>
        <source>%n takeovers</source>
        <translation>%n Übernahmen</translation>
    </message>
    <message>
        <source>%n blocked</source>
        <translation>%n blockiert</translation>
    </message>
    <message>
        <source>%n already bound</source>
        <translation>%n bereits gebunden</translation>
    </message>
    <message>
        <source>%n to unbind</source>
        <translation>%n aufzuheben</translation>
    </message>
    <message>
        <source>%n not bound</source>
        <translation>%n nicht gebunden</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>%n sign-out from apps</source>
        <translation>%n Abmeldung aus Apps</translation>
    </message>
    <message>
        <source>%n sign-outs from apps</source>
        <translation>%n Abmeldungen aus Apps</translation>
    </message>
    <message>
        <source>%n macOS re-login</source>
        <translation>%n Neuanmeldung unter macOS</translation>
    </message>
    <message>
        <source>%n macOS re-logins</source>
        <translation>%n Neuanmeldungen unter macOS</translation>
    </message>
    <message>
        <source>%n letter-case mismatch</source>
        <translation>%n Abweichung in der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>%n letter-case mismatches</source>
        <translation>%n Abweichungen in der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>%n pair of a staged user</source>
        <translation>%n Paar mit vorbereitetem Benutzer</translation>
    </message>
    <message>
        <source>%n pairs of staged users</source>
        <translation>%n Paare mit vorbereiteten Benutzern</translation>
    </message>
    <message>
        <source>%n pair of a suspended user</source>
        <translation>%n Paar mit gesperrtem Benutzer</translation>
    </message>
    <message>
        <source>%n pairs of suspended users</source>
        <translation>%n Paare mit gesperrten Benutzern</translation>
    </message>
    <message>
        <source>%n similar account</source>
        <translation>%n ähnliches Konto</translation>
    </message>
    <message>
        <source>%n similar accounts</source>
        <translation>%n ähnliche Konten</translation>
    </message>
    <message>
        <source>%n pair on an inactive device</source>
        <translation>%n Paar auf einem inaktiven Gerät</translation>
    </message>
    <message>
        <source>%n pairs on inactive devices</source>
        <translation>%n Paare auf inaktiven Geräten</translation>
    </message>
    <message>
        <source>large fan-out</source>
        <translation>sehr viele Paare</translation>
    </message>
    <message>
        <source>%n unbind leaving a device without users</source>
        <translation>%n aufgehobene Bindung lässt ein Gerät ohne Benutzer</translation>
    </message>
    <message>
        <source>%n unbinds leaving a device without users</source>
        <translation>%n aufgehobene Bindungen lassen ein Gerät ohne Benutzer</translation>
    </message>
    <message>
        <source>%n with group access remaining</source>
        <translation>%n mit verbleibendem Gruppenzugriff</translation>
    </message>
    <message>
        <source>%n bound through groups</source>
        <translation>%n über Gruppen gebunden</translation>
    </message>
</context>
<context>
    <name>CacheErrorMessage</name>
    <message>
        <source>The file is not a Bindery cache, or it is damaged beyond recognition.</source>
        <translation>Die Datei ist kein Bindery-Cache oder bis zur Unkenntlichkeit beschädigt.</translation>
    </message>
    <message>
        <source>The cache file is damaged.</source>
        <translation>Die Cache-Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The cache file is cut short; it may have been copied or saved only in part.</source>
        <translation>Die Cache-Datei ist unvollständig; sie wurde vielleicht nur teilweise kopiert oder gespeichert.</translation>
    </message>
    <message>
        <source>The cache was written by a newer version of Bindery.</source>
        <translation>Der Cache wurde von einer neueren Bindery-Version geschrieben.</translation>
    </message>
    <message>
        <source>The file cannot be opened: it may be missing, or you may not have permission to read and write it.</source>
        <translation>Die Datei lässt sich nicht öffnen: Sie fehlt vielleicht, oder Sie dürfen sie nicht lesen und schreiben.</translation>
    </message>
    <message>
        <source>The cache is in use by another Bindery window or process.</source>
        <translation>Der Cache wird von einem anderen Bindery-Fenster oder -Prozess verwendet.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Reading the cache failed.</source>
        <translation>Der Cache konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Update Bindery to open this file, or rebuild the cache for this version. Rebuilding keeps the file beside the new one as a .broken copy and keeps your pending changes; the org is read again from the directory at the next sync.</source>
        <translation>Aktualisieren Sie Bindery, um diese Datei zu öffnen, oder bauen Sie den Cache für diese Version neu auf. Beim Neuaufbau bleibt die Datei als .broken-Kopie neben der neuen erhalten, Ihre ausstehenden Änderungen bleiben bestehen, und die Organisation wird bei der nächsten Synchronisierung neu aus dem Verzeichnis gelesen.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read and write it and its folder, then try again, or open another file.</source>
        <translation>Prüfen Sie, ob die Datei existiert und ob Sie sie und ihren Ordner lesen und schreiben dürfen, und versuchen Sie es dann erneut, oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Close the other Bindery and try again.</source>
        <translation>Schließen Sie das andere Bindery und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Free some space and try again. Nothing was changed.</source>
        <translation>Geben Sie Speicherplatz frei und versuchen Sie es erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Rebuild the cache: the damaged file is kept beside the new one as a .broken copy, your pending changes are carried over, and the org is read again from the directory at the next sync. Or open another file.</source>
        <translation>Bauen Sie den Cache neu auf: Die beschädigte Datei bleibt als .broken-Kopie neben der neuen erhalten, Ihre ausstehenden Änderungen werden übernommen, und die Organisation wird bei der nächsten Synchronisierung neu aus dem Verzeichnis gelesen. Oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot open the cache</source>
        <translation>Cache kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bindery cannot open the cache&lt;/b&gt;%1</source>
        <translation>&lt;b&gt;Bindery kann den Cache nicht öffnen&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Cache rebuilt</source>
        <translation>Cache neu aufgebaut</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cache was rebuilt&lt;/b&gt;%1</source>
        <translation>&lt;b&gt;Der Cache wurde neu aufgebaut&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>No pending changes could be read from the old file. It is kept unchanged as %1, so nothing in it is lost.</source>
        <translation>Aus der alten Datei konnten keine ausstehenden Änderungen gelesen werden. Sie bleibt unverändert als %1 erhalten, es geht also nichts verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s) were kept. The old file is kept as %1.</source>
        <translation>
            <numerusform>%n ausstehende Änderung wurde übernommen. Die alte Datei bleibt als %1 erhalten.</numerusform>
            <numerusform>%n ausstehende Änderungen wurden übernommen. Die alte Datei bleibt als %1 erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>There were no pending changes to keep. The old file is kept as %1.</source>
        <translation>Es gab keine ausstehenden Änderungen zu übernehmen. Die alte Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>The new cache is empty until the next sync.</source>
        <translation>Der neue Cache bleibt bis zur nächsten Synchronisierung leer.</translation>
    </message>
    <message>
        <source>Cannot rebuild the cache</source>
        <translation>Cache kann nicht neu aufgebaut werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bindery could not rebuild the cache&lt;/b&gt;%1</source>
        <translation>&lt;b&gt;Bindery konnte den Cache nicht neu aufbauen&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Nothing was deleted: the old file, with your pending changes in it, is still in the same folder (renamed to a .broken copy if it had already been moved aside). Open another file, or quit and check the folder&apos;s permissions and free space.</source>
        <translation>Es wurde nichts gelöscht: Die alte Datei liegt mit Ihren ausstehenden Änderungen weiterhin im selben Ordner (als .broken-Kopie umbenannt, falls sie schon beiseitegelegt worden war). Öffnen Sie eine andere Datei, oder beenden Sie Bindery und prüfen Sie die Berechtigungen und den freien Speicherplatz des Ordners.</translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Create a user</source>
        <translation>Einen Benutzer anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation>Benutzer b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected user</source>
        <translation>Den ausgewählten Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Give the selected users access</source>
        <translation>Den ausgewählten Benutzern Zugriff geben</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Withdraw the selected users&apos; access; their accounts are kept</source>
        <translation>Den ausgewählten Benutzern den Zugriff entziehen; ihre Konten bleiben erhalten</translation>
    </message>
    <message>
        <source>Reset &amp;MFA…</source>
        <translation>&amp;MFA zurücksetzen…</translation>
    </message>
    <message>
        <source>Require the selected users to enrol MFA again</source>
        <translation>Von den ausgewählten Benutzern verlangen, MFA neu einzurichten</translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation>Benutzer &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected users from the directory</source>
        <translation>Die ausgewählten Benutzer aus dem Verzeichnis löschen</translation>
    </message>
    <message>
        <source>Add to user &amp;group…</source>
        <translation>Zu Benutzer&amp;gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Add the selected users to user groups</source>
        <translation>Die ausgewählten Benutzer zu Benutzergruppen hinzufügen</translation>
    </message>
    <message>
        <source>New user gro&amp;up…</source>
        <translation>Neue Benutzerg&amp;ruppe…</translation>
    </message>
    <message>
        <source>Create a user group</source>
        <translation>Eine Benutzergruppe anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit user group…</source>
        <translation>Benutzergruppe b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Rename or describe the user group</source>
        <translation>Die Benutzergruppe umbenennen oder beschreiben</translation>
    </message>
    <message>
        <source>&amp;Delete user group…</source>
        <translation>Benutzergruppe &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected user groups</source>
        <translation>Die ausgewählten Benutzergruppen löschen</translation>
    </message>
    <message>
        <source>Add &amp;members…</source>
        <translation>&amp;Mitglieder hinzufügen…</translation>
    </message>
    <message>
        <source>Add users to the group</source>
        <translation>Benutzer zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove members…</source>
        <translation>Mitglieder ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove users from the group</source>
        <translation>Benutzer aus der Gruppe entfernen</translation>
    </message>
    <message>
        <source>Re&amp;name device…</source>
        <translation>Gerät &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Change the name the directory shows</source>
        <translation>Den Namen ändern, den das Verzeichnis anzeigt</translation>
    </message>
    <message>
        <source>Add to device &amp;group…</source>
        <translation>Zu &amp;Gerätegruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Add the selected devices to device groups</source>
        <translation>Die ausgewählten Geräte zu Gerätegruppen hinzufügen</translation>
    </message>
    <message>
        <source>New de&amp;vice group…</source>
        <translation>Neue Gerä&amp;tegruppe…</translation>
    </message>
    <message>
        <source>Create a device group</source>
        <translation>Eine Gerätegruppe anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit device group…</source>
        <translation>Gerätegruppe b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Rename or describe the device group</source>
        <translation>Die Gerätegruppe umbenennen oder beschreiben</translation>
    </message>
    <message>
        <source>&amp;Delete device group…</source>
        <translation>Gerätegruppe &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected device groups</source>
        <translation>Die ausgewählten Gerätegruppen löschen</translation>
    </message>
    <message>
        <source>Add devices to the group</source>
        <translation>Geräte zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove devices…</source>
        <translation>Geräte ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove devices from the group</source>
        <translation>Geräte aus der Gruppe entfernen</translation>
    </message>
    <message>
        <source>Self-service account &amp;provisioning…</source>
        <translation>Self-Service-&amp;Kontobereitstellung…</translation>
    </message>
    <message>
        <source>Let people create their own device account at the login window</source>
        <translation>Personen ihr eigenes Gerätekonto im Anmeldefenster anlegen lassen</translation>
    </message>
    <message>
        <source>&amp;Add devices…</source>
        <translation>Geräte &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>User &amp;groups</source>
        <translation>Benutzer&amp;gruppen</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>Ge&amp;räte</translation>
    </message>
    <message>
        <source>De&amp;vice groups</source>
        <translation>Gerä&amp;tegruppen</translation>
    </message>
</context>
<context>
    <name>ChangeController</name>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>&amp;Import users from CSV…</source>
        <translation>Benutzer aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show the pending changes</source>
        <translation>Die ausstehenden Änderungen anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Check a CSV file of users row by row, then import it</source>
        <translation>Eine CSV-Datei mit Benutzern Zeile für Zeile prüfen und dann importieren</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Open an org first: the import checks every row against the org&apos;s users, devices and groups before anything is sent.</source>
        <translation>Öffnen Sie zuerst eine Organisation: Der Import prüft jede Zeile gegen die Benutzer, Geräte und Gruppen der Organisation, bevor etwas gesendet wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n ausstehende Änderung</numerusform>
            <numerusform>%n ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeSaver</name>
    <message>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>The change could not be saved in the cache, so nothing will be sent to the directory.</source>
        <translation>Die Änderung konnte nicht im Cache gespeichert werden, daher wird nichts an das Verzeichnis gesendet.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Directory &amp;URL:</source>
        <translation>Verzeichnis-&amp;URL:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>The console address of the directory. Use https; plain http is accepted only for a directory on this computer.</source>
        <translation>Die Konsolenadresse des Verzeichnisses. Verwenden Sie https; unverschlüsseltes http wird nur für ein Verzeichnis auf diesem Computer akzeptiert.</translation>
    </message>
    <message>
        <source>Paste the admin&apos;s API key</source>
        <translation>API-Schlüssel des Administrators einfügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;Without Testing</source>
        <translation>Speichern o&amp;hne Test</translation>
    </message>
    <message>
        <source>Save now and test when the directory can be reached.</source>
        <translation>Jetzt speichern und testen, sobald das Verzeichnis erreichbar ist.</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Another connection is already named “%1”.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>This URL cannot be used: %1.</source>
        <translation>Diese URL ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>The settings changed since the last test.</source>
        <translation>Die Einstellungen wurden seit dem letzten Test geändert.</translation>
    </message>
    <message>
        <source>Looking for this system&apos;s credential store…</source>
        <translation>Der Anmeldedatenspeicher des Systems wird gesucht…</translation>
    </message>
    <message>
        <source>Reading the stored key…</source>
        <translation>Der gespeicherte Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Enter the key to test the connection.</source>
        <translation>Geben Sie den Schlüssel ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Die Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1.</source>
        <translation>Die Verbindung konnte nicht gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>%1 (connected)</source>
        <translation>%1 (verbunden)</translation>
    </message>
    <message>
        <source>Close this connection before removing it.</source>
        <translation>Trennen Sie diese Verbindung, bevor Sie sie entfernen.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation>Die Verbindung „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its API key is deleted from the credential store and its local copy of the org is deleted from this computer. Changes not yet sent to the directory are lost.</source>
        <translation>Der API-Schlüssel der Verbindung wird aus dem Anmeldedatenspeicher gelöscht, ihre lokale Kopie der Organisation von diesem Computer. Noch nicht an das Verzeichnis gesendete Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>Its key could not be deleted from the credential store: %1 Delete the entry “%2” there by hand.</source>
        <translation>Der Schlüssel konnte nicht aus dem Anmeldedatenspeicher gelöscht werden: %1 Löschen Sie den Eintrag „%2“ dort von Hand.</translation>
    </message>
    <message>
        <source>Its cache file could not be deleted: %1</source>
        <translation>Die Cache-Datei der Verbindung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestText</name>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Other URL</source>
        <translation>Andere URL</translation>
    </message>
    <message>
        <source>Other URL…</source>
        <translation>Andere URL…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. This key reaches %n organisations: choose one below.</source>
        <translation>
            <numerusform>Mit %1 verbunden. Dieser Schlüssel erreicht %n Organisation: Wählen Sie sie unten aus.</numerusform>
            <numerusform>Mit %1 verbunden. Dieser Schlüssel erreicht %n Organisationen: Wählen Sie unten eine aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the organisation “%1” at %2.</source>
        <translation>Mit der Organisation „%1“ unter %2 verbunden.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>The directory at %1 did not accept this API key. Check that the whole key was copied and that it has not been replaced: a new key stops the old one at once.</source>
        <translation>Das Verzeichnis unter %1 hat diesen API-Schlüssel nicht akzeptiert. Prüfen Sie, ob der ganze Schlüssel kopiert wurde und ob er nicht ersetzt wurde: Ein neuer Schlüssel macht den alten sofort ungültig.</translation>
    </message>
    <message>
        <source>This key is not valid in the region you chose (%1), but it is valid in %2. Choose %2 as the region.</source>
        <translation>Dieser Schlüssel ist in der gewählten Region (%1) nicht gültig, wohl aber in %2. Wählen Sie %2 als Region.</translation>
    </message>
    <message>
        <source>The directory at %1 accepted the key but refused to list its organisations%2. The admin account behind the key may lack the rights.</source>
        <translation>Das Verzeichnis unter %1 hat den Schlüssel akzeptiert, aber die Auflistung seiner Organisationen verweigert%2. Dem Administratorkonto hinter dem Schlüssel fehlen womöglich die Rechte.</translation>
    </message>
    <message>
        <source>The directory at %1 does not accept the organisation chosen for this connection%2. Test again to choose it from the list.</source>
        <translation>Das Verzeichnis unter %1 akzeptiert die für diese Verbindung gewählte Organisation nicht%2. Testen Sie erneut, um sie aus der Liste zu wählen.</translation>
    </message>
    <message>
        <source>%1 answered, but not like a JumpCloud directory%2. Check the URL: it is the console&apos;s address, for example https://console.jumpcloud.com.</source>
        <translation>%1 hat geantwortet, aber nicht wie ein JumpCloud-Verzeichnis%2. Prüfen Sie die URL: Es ist die Adresse der Konsole, zum Beispiel https://console.jumpcloud.com.</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the spelling of the URL, and that this computer can look up names (DNS).</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die Schreibweise der URL und ob dieser Computer Namen auflösen kann (DNS).</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing answers on that port. Check the URL and its port number, and that the directory is running.</source>
        <translation>%1 hat die Verbindung abgelehnt: Auf diesem Port antwortet nichts. Prüfen Sie die URL und ihre Portnummer und ob das Verzeichnis läuft.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering%2. Check that the URL&apos;s scheme (https or http) matches the server.</source>
        <translation>%1 hat die Verbindung vor einer Antwort geschlossen%2. Prüfen Sie, ob das Schema der URL (https oder http) zum Server passt.</translation>
    </message>
    <message>
        <source>Bindery could not reach %1%2. Check that this computer is online.</source>
        <translation>Bindery konnte %1 nicht erreichen%2. Prüfen Sie, ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>The proxy server %1 failed the connection to %2%3. Check the proxy settings of this computer.</source>
        <translation>Der Proxyserver %1 konnte keine Verbindung zu %2 herstellen%3. Prüfen Sie die Proxy-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>The proxy server failed the connection to %1%2. Check the proxy settings of this computer.</source>
        <translation>Der Proxyserver konnte keine Verbindung zu %1 herstellen%2. Prüfen Sie die Proxy-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the secure (TLS) handshake: it may not speak https on this port. Check the URL&apos;s scheme and port number.</source>
        <translation>%1 hat die Verbindung während des sicheren Verbindungsaufbaus (TLS-Handshake) geschlossen: Auf diesem Port spricht er womöglich kein https. Prüfen Sie Schema und Portnummer der URL.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed%2. Bindery checks the certificate on every connection and does not go on without a valid one. If your network inspects encrypted traffic, its certificate must be trusted by this computer.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen%2. Bindery prüft das Zertifikat bei jeder Verbindung und fährt ohne gültiges Zertifikat nicht fort. Wenn Ihr Netzwerk verschlüsselten Datenverkehr untersucht, muss dieser Computer dessen Zertifikat als vertrauenswürdig einstufen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds. The network may be slow, or a firewall may be holding the connection.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet. Das Netzwerk ist womöglich langsam, oder eine Firewall hält die Verbindung auf.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet. Das Netzwerk ist womöglich langsam, oder eine Firewall hält die Verbindung auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory is limiting requests from this key right now%1. Wait a minute and test again.</source>
        <translation>Das Verzeichnis begrenzt gerade die Anfragen mit diesem Schlüssel%1. Warten Sie eine Minute und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The directory at %1 has a problem (HTTP %2)%3. Try again later.</source>
        <translation>Das Verzeichnis unter %1 hat ein Problem (HTTP %2)%3. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This URL cannot be used%1.</source>
        <translation>Diese URL ist nicht verwendbar%1.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No key is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The system&apos;s credential store cannot be used%1.</source>
        <translation>Der Anmeldedatenspeicher des Systems ist nicht verwendbar%1.</translation>
    </message>
    <message>
        <source>Access to the system&apos;s credential store was refused%1.</source>
        <translation>Der Zugriff auf den Anmeldedatenspeicher des Systems wurde verweigert%1.</translation>
    </message>
    <message>
        <source>The system&apos;s credential store did not answer%1.</source>
        <translation>Der Anmeldedatenspeicher des Systems hat nicht geantwortet%1.</translation>
    </message>
    <message>
        <source>The system&apos;s credential store reported an error%1.</source>
        <translation>Der Anmeldedatenspeicher des Systems hat einen Fehler gemeldet%1.</translation>
    </message>
    <message>
        <source>This system has no credential store; Bindery will ask for the key each session and never write it anywhere.</source>
        <translation>Dieses System hat keinen Anmeldedatenspeicher; Bindery fragt in jeder Sitzung nach dem Schlüssel und schreibt ihn nirgendwohin.</translation>
    </message>
    <message>
        <source>The key is kept in this system&apos;s credential store, never in Bindery&apos;s settings or cache.</source>
        <translation>Der Schlüssel wird im Anmeldedatenspeicher dieses Systems aufbewahrt, nie in den Einstellungen oder im Cache von Bindery.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252. If accented letters look wrong, choose the file&apos;s encoding.</source>
        <translation>Die Datei ist nicht in UTF-8; sie wurde als Windows-1252 gelesen. Wenn Umlaute oder Akzente falsch aussehen, wählen Sie die Zeichenkodierung der Datei.</translation>
    </message>
    <message>
        <source>From line %1 on, the file is not UTF-8; it was read as Windows-1252. If accented letters look wrong, choose the file&apos;s encoding.</source>
        <translation>Ab Zeile %1 ist die Datei nicht in UTF-8; sie wurde als Windows-1252 gelesen. Wenn Umlaute oder Akzente falsch aussehen, wählen Sie die Zeichenkodierung der Datei.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>Zeile %1 hat %2 Felder; die Kopfzeile hat %3.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed; everything after it up to the end of the file was read into that field. Add the missing quote (&quot;).</source>
        <translation>Das Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen; alles danach bis zum Dateiende wurde in dieses Feld gelesen. Ergänzen Sie das fehlende Anführungszeichen (&quot;).</translation>
    </message>
</context>
<context>
    <name>DemoDirectoryProcess</name>
    <message>
        <source>The demo directory did not start within %1 seconds.</source>
        <translation>Das Demo-Verzeichnis ist nicht innerhalb von %1 Sekunden gestartet.</translation>
    </message>
    <message>
        <source>Cannot start the demo directory (%1): %2</source>
        <translation>Das Demo-Verzeichnis kann nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>The demo directory crashed while starting.</source>
        <translation>Das Demo-Verzeichnis ist beim Start abgestürzt.</translation>
    </message>
    <message>
        <source>The demo directory stopped while starting (exit code %1). %2</source>
        <translation>Das Demo-Verzeichnis wurde beim Start beendet (Exit-Code %1). %2</translation>
    </message>
    <message>
        <source>bindery-sandbox, which serves the demo org, was not found next to Bindery or on the PATH.</source>
        <translation>bindery-sandbox, das die Demo-Organisation bereitstellt, wurde weder neben Bindery noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>The demo directory announced an address Bindery cannot use: %1</source>
        <translation>Das Demo-Verzeichnis hat eine Adresse gemeldet, die Bindery nicht verwenden kann: %1</translation>
    </message>
</context>
<context>
    <name>DetailsList</name>
    <message>
        <source>%1 — double-click or press Enter to open</source>
        <translation>%1 — zum Öffnen doppelklicken oder Eingabetaste drücken</translation>
    </message>
    <message>
        <source>&amp;Unbind…</source>
        <translation>Bindung &amp;aufheben…</translation>
    </message>
    <message>
        <source>Unbind… (access is through a group; change the group instead)</source>
        <translation>Bindung aufheben… (der Zugriff besteht über eine Gruppe; ändern Sie stattdessen die Gruppe)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not read this from the cache: %1</source>
        <translation>Dies konnte nicht aus dem Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Via %1 → %2</source>
        <extracomment>A user reaches a device because their user group is bound to a device group containing it</extracomment>
        <translation>Über %1 → %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>DeviceDetailsPage</name>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Agent-Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>MDM enrolled</source>
        <translation>Im MDM registriert</translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation>Festplattenverschlüsselung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Local account</source>
        <translation>Lokales Konto</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Verwaltet von</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Device group</source>
        <translation>Gerätegruppe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Active — last contact %1</source>
        <translation>Aktiv — letzter Kontakt %1</translation>
    </message>
    <message>
        <source>Inactive — last contact %1</source>
        <translation>Inaktiv — letzter Kontakt %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Admin, no password</source>
        <translation>Admin, ohne Passwort</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Managed by %1</source>
        <translation>Verwaltet von %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Local accounts</source>
        <translation>Lokale Konten</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>the name breaks the naming rules</source>
        <translation>der Name verstößt gegen die Namensregeln</translation>
    </message>
    <message>
        <source>the name is longer than this system allows</source>
        <translation>der Name ist länger, als dieses System erlaubt</translation>
    </message>
    <message>
        <source>the name is longer than the 20 characters Windows allows</source>
        <translation>der Name ist länger als die 20 Zeichen, die Windows erlaubt</translation>
    </message>
    <message>
        <source>the account belongs to another directory user</source>
        <translation>das Konto gehört einem anderen Verzeichnisbenutzer</translation>
    </message>
    <message>
        <source>Managed by a directory user not bound here</source>
        <translation>Von einem hier nicht gebundenen Verzeichnisbenutzer verwaltet</translation>
    </message>
    <message>
        <source>Unmanaged — would be taken over by %1 if bound</source>
        <translation>Nicht verwaltet — würde beim Binden von %1 übernommen</translation>
    </message>
    <message>
        <source>No user matches (%1: letter case differs)</source>
        <translation>Kein passender Benutzer (%1: Groß-/Kleinschreibung weicht ab)</translation>
    </message>
    <message>
        <source>Unmanaged — %1 matches but cannot be bound here</source>
        <translation>Nicht verwaltet — %1 passt, kann hier aber nicht gebunden werden</translation>
    </message>
    <message>
        <source>No user matches</source>
        <translation>Kein passender Benutzer</translation>
    </message>
    <message>
        <source>No user matches (service account)</source>
        <translation>Kein passender Benutzer (Dienstkonto)</translation>
    </message>
    <message>
        <source>The directory manages “%1” for %2.</source>
        <translation>Das Verzeichnis verwaltet „%1“ für %2.</translation>
    </message>
    <message>
        <source>The agent reports “%1” as managed, but no user bound to this device carries that name.</source>
        <translation>Der Agent meldet „%1“ als verwaltet, aber kein an dieses Gerät gebundener Benutzer trägt diesen Namen.</translation>
    </message>
    <message>
        <source>Binding %1 to this device takes over “%2”: the home folder stays, and %1 is signed out of apps.</source>
        <translation>Wird %1 an dieses Gerät gebunden, wird „%2“ übernommen: Der Benutzerordner bleibt erhalten, und %1 wird aus Apps abgemeldet.</translation>
    </message>
    <message>
        <source>%1&apos;s local account name differs from “%2” only in letter case. This device&apos;s agent needs the exact case, so binding %1 would create a second account and profile.</source>
        <translation>Der Name des lokalen Kontos von %1 unterscheidet sich von „%2“ nur in der Groß-/Kleinschreibung. Der Agent dieses Geräts braucht die exakte Schreibweise; das Binden von %1 würde daher ein zweites Konto mit Profil anlegen.</translation>
    </message>
    <message>
        <source>%1 carries the name “%2”, but cannot be bound to this device: %3.</source>
        <translation>%1 trägt den Namen „%2“, kann aber nicht an dieses Gerät gebunden werden: %3.</translation>
    </message>
    <message>
        <source>No directory user&apos;s local account name is “%1”: binding a user here creates a new account.</source>
        <translation>Kein Verzeichnisbenutzer hat „%1“ als Namen des lokalen Kontos: Wird hier ein Benutzer gebunden, entsteht ein neues Konto.</translation>
    </message>
    <message>
        <source>Self-service sign-in</source>
        <translation>Self-Service-Anmeldung</translation>
    </message>
    <message>
        <source>Not offered for this operating system: bind users to give them an account.</source>
        <translation>Für dieses Betriebssystem nicht angeboten: Binden Sie Benutzer, um ihnen ein Konto zu geben.</translation>
    </message>
    <message>
        <source>Off for this operating system (Changes ▸ Self-service account provisioning).</source>
        <translation>Für dieses Betriebssystem ausgeschaltet (Änderungen ▸ Self-Service-Kontobereitstellung).</translation>
    </message>
    <message numerus="yes">
        <source>Not available: %n user(s) bound already (a Windows policy may allow it anyway).</source>
        <translation>
            <numerusform>Nicht verfügbar: bereits %n Benutzer gebunden (eine Windows-Richtlinie kann es trotzdem erlauben).</numerusform>
            <numerusform>Nicht verfügbar: bereits %n Benutzer gebunden (eine Windows-Richtlinie kann es trotzdem erlauben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not available: %n user(s) bound already; macOS offers it only on a device with none.</source>
        <translation>
            <numerusform>Nicht verfügbar: bereits %n Benutzer gebunden; macOS bietet es nur auf Geräten ohne gebundene Benutzer an.</numerusform>
            <numerusform>Nicht verfügbar: bereits %n Benutzer gebunden; macOS bietet es nur auf Geräten ohne gebundene Benutzer an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Available: an existing directory user signing in here gets an administrator account (MFA is not asked at that first sign-in).</source>
        <translation>Verfügbar: Ein vorhandener Verzeichnisbenutzer, der sich hier anmeldet, erhält ein Administratorkonto (bei dieser ersten Anmeldung wird MFA nicht abgefragt).</translation>
    </message>
    <message>
        <source>Available: an existing directory user signing in here gets a standard account (MFA is not asked at that first sign-in).</source>
        <translation>Verfügbar: Ein vorhandener Verzeichnisbenutzer, der sich hier anmeldet, erhält ein Standardkonto (bei dieser ersten Anmeldung wird MFA nicht abgefragt).</translation>
    </message>
    <message>
        <source>A directory user named %1 cannot use it: an account of that name exists here and would need a takeover; bind them instead.</source>
        <translation>Ein Verzeichnisbenutzer namens %1 kann sie nicht nutzen: Hier gibt es bereits ein Konto dieses Namens, das übernommen werden müsste; binden Sie den Benutzer stattdessen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>DeviceGroupDetailsPage</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Benutzergruppe</translation>
    </message>
    <message>
        <source>Device group</source>
        <translation>Gerätegruppe</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Bound user groups</source>
        <translation>Gebundene Benutzergruppen</translation>
    </message>
</context>
<context>
    <name>DeviceGroupTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>Benutzergruppen</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Local accounts</source>
        <translation>Lokale Konten</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>The agent has checked in recently</source>
        <translation>Der Agent hat sich kürzlich gemeldet</translation>
    </message>
    <message>
        <source>The agent has not checked in recently</source>
        <translation>Der Agent hat sich länger nicht gemeldet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Accounts the device reports, managed or not</source>
        <translation>Vom Gerät gemeldete Konten, verwaltet oder nicht</translation>
    </message>
</context>
<context>
    <name>DirectorySession</name>
    <message>
        <source>Demo org</source>
        <translation>Demo-Organisation</translation>
    </message>
    <message>
        <source>The demo directory could not start: %1</source>
        <translation>Das Demo-Verzeichnis konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Starting the demo directory…</source>
        <translation>Das Demo-Verzeichnis wird gestartet…</translation>
    </message>
</context>
<context>
    <name>DropDescription</name>
    <message numerus="yes">
        <source>%Ln user</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device</source>
        <translation>
            <numerusform>%Ln Gerät</numerusform>
            <numerusform>%Ln Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln devices</source>
        <translation>
            <numerusform>%Ln Gerät</numerusform>
            <numerusform>%Ln Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user group</source>
        <translation>
            <numerusform>%Ln Benutzergruppe</numerusform>
            <numerusform>%Ln Benutzergruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user groups</source>
        <translation>
            <numerusform>%Ln Benutzergruppe</numerusform>
            <numerusform>%Ln Benutzergruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device group</source>
        <translation>
            <numerusform>%Ln Gerätegruppe</numerusform>
            <numerusform>%Ln Gerätegruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device groups</source>
        <translation>
            <numerusform>%Ln Gerätegruppe</numerusform>
            <numerusform>%Ln Gerätegruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>user group %1</source>
        <translation>Benutzergruppe %1</translation>
    </message>
    <message>
        <source>device group %1</source>
        <translation>Gerätegruppe %1</translation>
    </message>
    <message>
        <source>Bind the members of %1 to %2</source>
        <translation>Die Mitglieder von %1 an %2 binden</translation>
    </message>
    <message>
        <source>Bind %1 to every device in %2</source>
        <translation>%1 an jedes Gerät in %2 binden</translation>
    </message>
    <message>
        <source>Bind %1 to %2</source>
        <translation>%1 an %2 binden</translation>
    </message>
    <message>
        <source>Bind %1 to device group %2</source>
        <translation>%1 an die Gerätegruppe %2 binden</translation>
    </message>
    <message>
        <source>Add the members of %1 to user group %2</source>
        <translation>Die Mitglieder von %1 zur Benutzergruppe %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to user group %2</source>
        <translation>%1 zur Benutzergruppe %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to device group %2</source>
        <translation>%1 zur Gerätegruppe %2 hinzufügen</translation>
    </message>
    <message>
        <source>A group cannot be added to itself</source>
        <translation>Eine Gruppe kann nicht zu sich selbst hinzugefügt werden</translation>
    </message>
    <message>
        <source>Drop %1 on a device, a device group or a user group</source>
        <translation>%1 auf einem Gerät, einer Gerätegruppe oder einer Benutzergruppe ablegen</translation>
    </message>
    <message>
        <source>Drop %1 on a device group</source>
        <translation>%1 auf einer Gerätegruppe ablegen</translation>
    </message>
    <message>
        <source>A device group cannot be dropped; drop a user group or users on it instead</source>
        <translation>Eine Gerätegruppe lässt sich nicht ablegen; legen Sie stattdessen eine Benutzergruppe oder Benutzer auf ihr ab</translation>
    </message>
    <message>
        <source>Unbind %1 from %2</source>
        <translation>Bindung von %1 an %2 aufheben</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Geräte…</translation>
    </message>
    <message>
        <source>User &amp;groups…</source>
        <translation>Benutzerg&amp;ruppen…</translation>
    </message>
    <message>
        <source>Device g&amp;roups…</source>
        <translation>Gerätegr&amp;uppen…</translation>
    </message>
    <message>
        <source>&amp;Bindings…</source>
        <translation>Bi&amp;ndungen…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln device(s) to %1</source>
        <translation>
            <numerusform>%Ln Gerät nach %1 exportiert</numerusform>
            <numerusform>%Ln Geräte nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user group(s) to %1</source>
        <translation>
            <numerusform>%Ln Benutzergruppe nach %1 exportiert</numerusform>
            <numerusform>%Ln Benutzergruppen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln device group(s) to %1</source>
        <translation>
            <numerusform>%Ln Gerätegruppe nach %1 exportiert</numerusform>
            <numerusform>%Ln Gerätegruppen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln binding(s) to %1</source>
        <translation>
            <numerusform>%Ln Bindung nach %1 exportiert</numerusform>
            <numerusform>%Ln Bindungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 läuft…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bindery could not export to&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Bindery konnte nicht exportieren nach&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write there and that the disk has space, then try again.</source>
        <translation>Prüfen Sie, ob der Ordner existiert, ob Sie dort schreiben dürfen und ob auf dem Datenträger Platz ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>FieldIssueText</name>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Every user needs a username.</source>
        <translation>Jeder Benutzer braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Every user needs an e-mail address.</source>
        <translation>Jeder Benutzer braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Not a valid username: %1.</source>
        <translation>Kein gültiger Benutzername: %1.</translation>
    </message>
    <message>
        <source>Not a valid local account name: %1.</source>
        <translation>Kein gültiger Name für ein lokales Konto: %1.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address; use the form name@example.com.</source>
        <translation>Keine gültige E-Mail-Adresse; verwenden Sie die Form name@example.com.</translation>
    </message>
    <message>
        <source>A change waiting to be sent already gives this username to %1.</source>
        <translation>Eine noch nicht gesendete Änderung gibt diesen Benutzernamen bereits %1.</translation>
    </message>
    <message>
        <source>%1 already has this username; usernames are unique.</source>
        <translation>%1 hat diesen Benutzernamen bereits; Benutzernamen sind eindeutig.</translation>
    </message>
    <message>
        <source>A change waiting to be sent already gives this e-mail address to %1.</source>
        <translation>Eine noch nicht gesendete Änderung gibt diese E-Mail-Adresse bereits %1.</translation>
    </message>
    <message>
        <source>This e-mail address belongs to %1; each user needs their own.</source>
        <translation>Diese E-Mail-Adresse gehört %1; jeder Benutzer braucht eine eigene.</translation>
    </message>
    <message>
        <source>A change waiting to be sent already gives this employee ID to %1.</source>
        <translation>Eine noch nicht gesendete Änderung gibt diese Personalnummer bereits %1.</translation>
    </message>
    <message>
        <source>This employee ID belongs to %1; employee IDs are unique.</source>
        <translation>Diese Personalnummer gehört %1; Personalnummern sind eindeutig.</translation>
    </message>
    <message>
        <source>A change waiting to be sent already gives this local account name to %1.</source>
        <translation>Eine noch nicht gesendete Änderung gibt diesen Namen für das lokale Konto bereits %1.</translation>
    </message>
    <message>
        <source>%1 already has this local account name; it must be unique.</source>
        <translation>%1 hat diesen Namen für das lokale Konto bereits; er muss eindeutig sein.</translation>
    </message>
    <message>
        <source>Already used by %1.</source>
        <translation>Bereits von %1 verwendet.</translation>
    </message>
    <message>
        <source>This is the local account name of %1; a username must not equal another user&apos;s local account name.</source>
        <translation>Dies ist der Name des lokalen Kontos von %1; ein Benutzername darf nicht dem Namen des lokalen Kontos eines anderen Benutzers entsprechen.</translation>
    </message>
    <message>
        <source>This is the username of %1; devices would give both users the same account.</source>
        <translation>Dies ist der Benutzername von %1; Geräte würden beiden Benutzern dasselbe Konto geben.</translation>
    </message>
    <message>
        <source>%1 characters: Windows devices take at most %2, so this user cannot be bound to one.</source>
        <translation>%1 Zeichen: Windows-Geräte akzeptieren höchstens %2, daher lässt sich dieser Benutzer an keines binden.</translation>
    </message>
    <message>
        <source>%1 characters: devices take at most %2, so this user cannot be bound to any device.</source>
        <translation>%1 Zeichen: Geräte akzeptieren höchstens %2, daher lässt sich dieser Benutzer an kein Gerät binden.</translation>
    </message>
    <message>
        <source>The org&apos;s password policy needs %1.</source>
        <translation>Die Passwortrichtlinie der Organisation verlangt %1.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>No password: the user is created staged and gets no access until activated.</source>
        <translation>Kein Passwort: Der Benutzer wird vorbereitet angelegt und erhält bis zur Aktivierung keinen Zugriff.</translation>
    </message>
    <message>
        <source>No password: %1 is created staged and gets no access until activated.</source>
        <translation>Kein Passwort: %1 wird vorbereitet angelegt und erhält bis zur Aktivierung keinen Zugriff.</translation>
    </message>
    <message>
        <source>Every device group needs a name.</source>
        <translation>Jede Gerätegruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Every user group needs a name.</source>
        <translation>Jede Benutzergruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>The device group %1 already has this name; names are unique.</source>
        <translation>Die Gerätegruppe %1 hat diesen Namen bereits; Namen sind eindeutig.</translation>
    </message>
    <message>
        <source>The user group %1 already has this name; names are unique.</source>
        <translation>Die Benutzergruppe %1 hat diesen Namen bereits; Namen sind eindeutig.</translation>
    </message>
    <message>
        <source>A change waiting to be sent already creates a group with this name.</source>
        <translation>Eine noch nicht gesendete Änderung legt bereits eine Gruppe mit diesem Namen an.</translation>
    </message>
</context>
<context>
    <name>GroupChangeFlows</name>
    <message>
        <source>Not in the cache</source>
        <translation>Nicht im Cache</translation>
    </message>
    <message>
        <source>Delete the user group %1?</source>
        <translation>Die Benutzergruppe %1 löschen?</translation>
    </message>
    <message>
        <source>Delete the device group %1?</source>
        <translation>Die Gerätegruppe %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) stay in the directory but lose what the group gives them.</source>
        <translation>
            <numerusform>Die Gruppe hat %n Mitglied; es bleibt im Verzeichnis, verliert aber, was die Gruppe ihm gibt.</numerusform>
            <numerusform>Die Gruppe hat %n Mitglieder; sie bleiben im Verzeichnis, verlieren aber, was die Gruppe ihnen gibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group is bound to %1: members who reach those devices only through it lose access to them.</source>
        <translation>Die Gruppe ist an %1 gebunden: Mitglieder, die diese Geräte nur über sie erreichen, verlieren den Zugriff darauf.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n device(s) stay in the directory.</source>
        <translation>
            <numerusform>Das %n Gerät der Gruppe bleibt im Verzeichnis.</numerusform>
            <numerusform>Die %n Geräte der Gruppe bleiben im Verzeichnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>User groups bound to it (%1) lose the devices they reach only through it: those users lose access.</source>
        <translation>Daran gebundene Benutzergruppen (%1) verlieren die Geräte, die sie nur über diese Gruppe erreichen: Deren Benutzer verlieren den Zugriff.</translation>
    </message>
    <message>
        <source>Delete user groups</source>
        <translation>Benutzergruppen löschen</translation>
    </message>
    <message>
        <source>Delete device groups</source>
        <translation>Gerätegruppen löschen</translation>
    </message>
    <message>
        <source>The group is no longer in the cache.</source>
        <translation>Die Gruppe ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>Add users to %1</source>
        <translation>Benutzer zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add devices to %1</source>
        <translation>Geräte zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Members get everything the group is bound to. Pick the users to add:</source>
        <translation>Mitglieder erhalten alles, woran die Gruppe gebunden ist. Wählen Sie die hinzuzufügenden Benutzer:</translation>
    </message>
    <message>
        <source>Users of the user groups bound to this group get accounts on its devices. Pick the devices to add:</source>
        <translation>Benutzer der an diese Gruppe gebundenen Benutzergruppen erhalten Konten auf ihren Geräten. Wählen Sie die hinzuzufügenden Geräte:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove users from %1</source>
        <translation>Benutzer aus %1 entfernen</translation>
    </message>
    <message>
        <source>Remove devices from %1</source>
        <translation>Geräte aus %1 entfernen</translation>
    </message>
    <message>
        <source>Pick the members to remove:</source>
        <translation>Wählen Sie die zu entfernenden Mitglieder:</translation>
    </message>
    <message>
        <source>Pick the devices to remove:</source>
        <translation>Wählen Sie die zu entfernenden Geräte:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove users from a group</source>
        <translation>Benutzer aus einer Gruppe entfernen</translation>
    </message>
    <message>
        <source>Remove devices from a group</source>
        <translation>Geräte aus einer Gruppe entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%1 aus %2 entfernen?</translation>
    </message>
    <message>
        <source>They lose what the group gives them, unless another group or a direct binding grants it too.</source>
        <translation>Damit verlieren sie, was die Gruppe ihnen gibt, sofern es ihnen nicht auch eine andere Gruppe oder eine direkte Bindung gewährt.</translation>
    </message>
    <message>
        <source>Users who reach these devices only through this group lose access to them.</source>
        <translation>Benutzer, die diese Geräte nur über diese Gruppe erreichen, verlieren den Zugriff darauf.</translation>
    </message>
    <message>
        <source>Add %1 to user groups</source>
        <translation>%1 zu Benutzergruppen hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to device groups</source>
        <translation>%1 zu Gerätegruppen hinzufügen</translation>
    </message>
    <message>
        <source>Pick the user groups; members get everything a group is bound to:</source>
        <translation>Wählen Sie die Benutzergruppen; Mitglieder erhalten alles, woran eine Gruppe gebunden ist:</translation>
    </message>
    <message>
        <source>Pick the device groups; users of the user groups bound to them get accounts on these devices:</source>
        <translation>Wählen Sie die Gerätegruppen; Benutzer der daran gebundenen Benutzergruppen erhalten Konten auf diesen Geräten:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>They are members of those groups already.</source>
        <translation>Alle sind bereits Mitglied dieser Gruppen.</translation>
    </message>
</context>
<context>
    <name>GroupFormDialog</name>
    <message>
        <source>The device group is no longer in the cache.</source>
        <translation>Die Gerätegruppe ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>The user group is no longer in the cache.</source>
        <translation>Die Benutzergruppe ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>Edit device group %1</source>
        <translation>Gerätegruppe %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit user group %1</source>
        <translation>Benutzergruppe %1 bearbeiten</translation>
    </message>
    <message>
        <source>New device group</source>
        <translation>Neue Gerätegruppe</translation>
    </message>
    <message>
        <source>New user group</source>
        <translation>Neue Benutzergruppe</translation>
    </message>
    <message>
        <source>A device group collects devices, so user groups bound to it reach all of them at once.</source>
        <translation>Eine Gerätegruppe fasst Geräte zusammen, sodass an sie gebundene Benutzergruppen alle auf einmal erreichen.</translation>
    </message>
    <message>
        <source>A user group collects users: what it is bound to, every member gets.</source>
        <translation>Eine Benutzergruppe fasst Benutzer zusammen: Woran sie gebunden ist, das erhält jedes Mitglied.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Gruppe anlegen</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ImportChangeBuilder</name>
    <message>
        <source>The manager “%1” is created by this import; set it once both users exist.</source>
        <translation>Der Vorgesetzte „%1“ wird erst durch diesen Import angelegt; tragen Sie ihn ein, sobald beide Benutzer existieren.</translation>
    </message>
</context>
<context>
    <name>ImportCommitPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Each row is sent to the directory in turn. You can stop at any time: rows not sent yet stay in the pending changes.</source>
        <translation>Jede Zeile wird nacheinander an das Verzeichnis gesendet. Sie können jederzeit anhalten: Noch nicht gesendete Zeilen bleiben in den ausstehenden Änderungen.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>%1 of %2 rows done.</source>
        <translation>%1 von %2 Zeilen erledigt.</translation>
    </message>
    <message>
        <source>Queueing the rows…</source>
        <translation>Die Zeilen werden vorgemerkt…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird gesendet…</numerusform>
            <numerusform>%n Zeilen werden gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n row(s); they are sent when Bindery is online.</source>
        <translation>
            <numerusform>%n Zeile vorgemerkt; sie wird gesendet, sobald Bindery online ist.</numerusform>
            <numerusform>%n Zeilen vorgemerkt; sie werden gesendet, sobald Bindery online ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1 Rows not sent stay in the pending changes.</source>
        <translation>Der Import wurde angehalten: %1 Nicht gesendete Zeilen bleiben in den ausstehenden Änderungen.</translation>
    </message>
    <message>
        <source>Queued. The rows wait in the pending changes and are sent when Bindery is online.</source>
        <translation>Vorgemerkt. Die Zeilen warten in den ausstehenden Änderungen und werden gesendet, sobald Bindery online ist.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>ImportCommitter</name>
    <message>
        <source>Created, then deleted again by “undo import”.</source>
        <translation>Angelegt und dann durch „Import rückgängig machen“ wieder gelöscht.</translation>
    </message>
    <message>
        <source>Undo could not delete the user: %1</source>
        <translation>Beim Rückgängigmachen konnte der Benutzer nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Created; its deletion (undo) is pending.</source>
        <translation>Angelegt; das Löschen (Rückgängigmachen) steht noch aus.</translation>
    </message>
    <message>
        <source>Wait for the import to stop before undoing it.</source>
        <translation>Warten Sie, bis der Import angehalten ist, bevor Sie ihn rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ImportControllerDriver</name>
    <message>
        <source>The connection to the directory ended; the rows not sent stay in the pending changes.</source>
        <translation>Die Verbindung zum Verzeichnis wurde beendet; die nicht gesendeten Zeilen bleiben in den ausstehenden Änderungen.</translation>
    </message>
    <message>
        <source>The directory is not connected; the changes stay pending.</source>
        <translation>Das Verzeichnis ist nicht verbunden; die Änderungen bleiben ausstehend.</translation>
    </message>
    <message>
        <source>Stopped before anything was sent; the rows stay in the pending changes.</source>
        <translation>Angehalten, bevor etwas gesendet wurde; die Zeilen bleiben in den ausstehenden Änderungen.</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>The file has no header line: it is empty or not text.</source>
        <translation>Die Datei hat keine Kopfzeile: Sie ist leer oder keine Textdatei.</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV file of users: the directory portal&apos;s template (firstname, lastname, username, email, password) or the extended one with every user attribute, a device to bind and groups to join.</source>
        <translation>Eine CSV-Datei mit Benutzern: die Vorlage des Verzeichnisportals (firstname, lastname, username, email, password) oder die erweiterte Vorlage mit allen Benutzerattributen, einem zu bindenden Gerät und Gruppen, denen der Benutzer beitritt.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Nothing is sent to the directory until the last step: every row is checked first, and you can correct cells, leave rows out and review the outcome before importing. You can also drop a CSV file on the Bindery window.</source>
        <translation>Bis zum letzten Schritt wird nichts an das Verzeichnis gesendet: Zuerst wird jede Zeile geprüft, und Sie können vor dem Import Zellen korrigieren, Zeilen auslassen und das Ergebnis prüfen. Sie können eine CSV-Datei auch auf das Bindery-Fenster ziehen.</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>%1 rows and %2 columns (%3).</source>
        <translation>%1 Zeilen und %2 Spalten (%3).</translation>
    </message>
</context>
<context>
    <name>ImportFormatPage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Prüfen, wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>The encoding and the delimiter were detected. If names show odd characters or a row is not split into its columns, choose another.</source>
        <translation>Zeichenkodierung und Trennzeichen wurden erkannt. Wenn Namen seltsame Zeichen zeigen oder eine Zeile nicht in ihre Spalten aufgeteilt wird, wählen Sie etwas anderes.</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Zeichen&amp;kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>The file as text:</source>
        <translation>Die Datei als Text:</translation>
    </message>
    <message>
        <source>Split into columns (first rows):</source>
        <translation>In Spalten aufgeteilt (erste Zeilen):</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Die Datei wird erneut gelesen…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more notes.</source>
        <translation>
            <numerusform>… und %n weiterer Hinweis.</numerusform>
            <numerusform>… und %n weitere Hinweise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the file again?</source>
        <translation>Datei neu einlesen?</translation>
    </message>
    <message numerus="yes">
        <source>Reading the file with another encoding or delimiter undoes your corrections and the rows you left out in the preview (%n row(s)).</source>
        <translation>
            <numerusform>Wird die Datei mit einer anderen Kodierung oder einem anderen Trennzeichen neu eingelesen, gehen Ihre Korrekturen und die ausgelassenen Zeilen der Vorschau verloren (%n Zeile).</numerusform>
            <numerusform>Wird die Datei mit einer anderen Kodierung oder einem anderen Trennzeichen neu eingelesen, gehen Ihre Korrekturen und die ausgelassenen Zeilen der Vorschau verloren (%n Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither is in the file on disk. Cancel keeps them and the current settings.</source>
        <translation>Beides steht nicht in der Datei auf der Festplatte. „Abbrechen“ behält beides und die aktuellen Einstellungen.</translation>
    </message>
</context>
<context>
    <name>ImportIssueStyle</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not imported (error)</source>
        <translation>Nicht importiert (Fehler)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The column “%1” differs from “%2” only in letter case, so it is not imported. The directory&apos;s portal rejects such headers; map it to “%2” if that is what it holds.</source>
        <translation>Die Spalte „%1“ unterscheidet sich von „%2“ nur in der Groß-/Kleinschreibung und wird daher nicht importiert. Das Portal des Verzeichnisses lehnt solche Spaltenköpfe ab; ordnen Sie sie „%2“ zu, wenn sie das enthält.</translation>
    </message>
    <message>
        <source>The column “%1” appears more than once; only the first one is imported. Rename or remove the other.</source>
        <translation>Die Spalte „%1“ kommt mehrfach vor; nur die erste wird importiert. Benennen Sie die andere um oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The column “%1” is not a known field and is not imported. Map it to a field if it holds one.</source>
        <translation>Die Spalte „%1“ ist kein bekanntes Feld und wird nicht importiert. Ordnen Sie sie einem Feld zu, wenn sie eines enthält.</translation>
    </message>
    <message>
        <source>The column “%1” has no partner column “%2”; custom attributes need both a name and a value column.</source>
        <translation>Zur Spalte „%1“ fehlt die Partnerspalte „%2“; benutzerdefinierte Attribute brauchen sowohl eine Namens- als auch eine Wertspalte.</translation>
    </message>
    <message>
        <source>This is not a saved Bindery import mapping.</source>
        <translation>Dies ist keine gespeicherte Bindery-Importzuordnung.</translation>
    </message>
    <message>
        <source>The saved mapping names an unknown field “%1”.</source>
        <translation>Die gespeicherte Zuordnung nennt ein unbekanntes Feld „%1“.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Required. Unique in the org; also the name of the account on bound devices.</source>
        <translation>Erforderlich. Eindeutig in der Organisation; auch der Name des Kontos auf gebundenen Geräten.</translation>
    </message>
    <message>
        <source>Required for new users. Unique in the org.</source>
        <translation>Für neue Benutzer erforderlich. Eindeutig in der Organisation.</translation>
    </message>
    <message>
        <source>With a password a user is activated; without one, staged. Never shown or saved.</source>
        <translation>Mit Passwort wird ein Benutzer aktiviert, ohne Passwort vorbereitet. Wird nie angezeigt oder gespeichert.</translation>
    </message>
    <message>
        <source>The local account name on devices, when it differs from the username.</source>
        <translation>Der Name des lokalen Kontos auf Geräten, wenn er vom Benutzernamen abweicht.</translation>
    </message>
    <message>
        <source>Admin (sudo) on the bound device: true or false.</source>
        <translation>Admin (sudo) auf dem gebundenen Gerät: true oder false.</translation>
    </message>
    <message>
        <source>Joins this user group; it must exist.</source>
        <translation>Tritt dieser Benutzergruppe bei; sie muss existieren.</translation>
    </message>
    <message>
        <source>A custom attribute (name and value columns).</source>
        <translation>Ein benutzerdefiniertes Attribut (Namens- und Wertspalte).</translation>
    </message>
    <message>
        <source>Binds the user to this device; it must exist.</source>
        <translation>Bindet den Benutzer an dieses Gerät; es muss existieren.</translation>
    </message>
    <message>
        <source>&amp;Update users that already exist (rows whose username is in the org)</source>
        <translation>Vorhandene Benutzer &amp;aktualisieren (Zeilen, deren Benutzername in der Organisation vorkommt)</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Columns named as in the templates are mapped already. Choose a field for any other column you want imported; unmapped columns are left out.</source>
        <translation>Spalten, die wie in den Vorlagen heißen, sind bereits zugeordnet. Wählen Sie ein Feld für jede weitere Spalte, die importiert werden soll; nicht zugeordnete Spalten werden ausgelassen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Portal &amp;template…</source>
        <translation>&amp;Portal-Vorlage…</translation>
    </message>
    <message>
        <source>E&amp;xtended template…</source>
        <translation>&amp;Erweiterte Vorlage…</translation>
    </message>
    <message>
        <source>Save the directory portal&apos;s template: firstname, lastname, username, email, password.</source>
        <translation>Die Vorlage des Verzeichnisportals speichern: firstname, lastname, username, email, password.</translation>
    </message>
    <message>
        <source>Save the extended template: every user attribute, a device to bind, groups to join and custom attributes.</source>
        <translation>Die erweiterte Vorlage speichern: alle Benutzerattribute, ein zu bindendes Gerät, Gruppen zum Beitreten und benutzerdefinierte Attribute.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>Map a column to Username: every row needs one.</source>
        <translation>Ordnen Sie eine Spalte „Username“ zu: Jede Zeile braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Map a column to Email: every new user needs one.</source>
        <translation>Ordnen Sie eine Spalte „Email“ zu: Jeder neue Benutzer braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Rows bind the device in column “%1”.</source>
        <translation>Die Zeilen binden das Gerät aus Spalte „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Rows join the user groups in %n column(s).</source>
        <translation>
            <numerusform>Die Zeilen treten den Benutzergruppen aus %n Spalte bei.</numerusform>
            <numerusform>Die Zeilen treten den Benutzergruppen aus %n Spalten bei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>Importzuordnungen (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translation>Die Zuordnung konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Taken back before it was sent.</source>
        <translation>Vor dem Senden zurückgenommen.</translation>
    </message>
    <message>
        <source>change #%1 was removed from the pending changes</source>
        <translation>Änderung #%1 wurde aus den ausstehenden Änderungen entfernt</translation>
    </message>
    <message>
        <source>Queued; not sent to the directory yet.</source>
        <translation>Vorgemerkt; noch nicht an das Verzeichnis gesendet.</translation>
    </message>
    <message>
        <source>Empty line.</source>
        <translation>Leere Zeile.</translation>
    </message>
    <message>
        <source>Left out before the import.</source>
        <translation>Vor dem Import ausgelassen.</translation>
    </message>
    <message>
        <source>Not queued.</source>
        <translation>Nicht vorgemerkt.</translation>
    </message>
</context>
<context>
    <name>ImportOutcomeModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>New id</source>
        <translation>Neue ID</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Review every row</source>
        <translation>Jede Zeile prüfen</translation>
    </message>
    <message>
        <source>Double-click a cell to correct it. Rows with errors are not imported; untick a row to leave it out.</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu korrigieren. Zeilen mit Fehlern werden nicht importiert; entfernen Sie das Häkchen einer Zeile, um sie auszulassen.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird geprüft…</numerusform>
            <numerusform>%n Zeilen werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>OK (%1)</source>
        <translation>OK (%1)</translation>
    </message>
    <message>
        <source>%1 to import, %2 not imported (errors), %3 left out</source>
        <translation>%1 zu importieren, %2 nicht importiert (Fehler), %3 ausgelassen</translation>
    </message>
    <message>
        <source>Select a row to see what is wrong with it.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, was daran nicht stimmt.</translation>
    </message>
    <message>
        <source>Line %1 has no problems.</source>
        <translation>Zeile %1 ist in Ordnung.</translation>
    </message>
    <message>
        <source>Line %1:
%2</source>
        <translation>Zeile %1:
%2</translation>
    </message>
</context>
<context>
    <name>ImportResultsPage</name>
    <message>
        <source>&amp;Save results CSV…</source>
        <translation>Ergebnis-CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>What happened to each row. Save the results file to keep a record, or to correct the rows that were not imported and import them again.</source>
        <translation>Was mit jeder Zeile geschehen ist. Speichern Sie die Ergebnisdatei, um einen Nachweis zu behalten oder um die nicht importierten Zeilen zu korrigieren und erneut zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n user(s) deleted.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Benutzer gelöscht.</numerusform>
            <numerusform>Rückgängig gemacht: %n Benutzer gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>Das Senden wurde angehalten: %1</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 partly done</source>
        <translation>%1 teilweise erledigt</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>%1 not imported (errors)</source>
        <translation>%1 nicht importiert (Fehler)</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ausgelassen</translation>
    </message>
    <message>
        <source>%1 undone</source>
        <translation>%1 rückgängig gemacht</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n Zeile: </numerusform>
            <numerusform>%n Zeilen: </numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped early: %1</source>
        <translation>Der Import wurde vorzeitig beendet: %1</translation>
    </message>
    <message>
        <source>Pending rows are sent with the next push of the pending changes.</source>
        <translation>Ausstehende Zeilen werden mit dem nächsten Senden der ausstehenden Änderungen übertragen.</translation>
    </message>
    <message>
        <source>-results</source>
        <translation>-ergebnisse</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Die Ergebnisse konnten nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Ergebnisse unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>Der Import konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be sent; see the pending changes.</source>
        <translation>
            <numerusform>%n Änderung konnte nicht gesendet werden; siehe ausstehende Änderungen.</numerusform>
            <numerusform>%n Änderungen konnten nicht gesendet werden; siehe ausstehende Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the import back? Rows not sent yet are removed from the pending changes, the users it created are deleted from the directory, and the updates, group adds and bindings it made for existing users are reversed.</source>
        <translation>Den Import zurücknehmen? Noch nicht gesendete Zeilen werden aus den ausstehenden Änderungen entfernt, die damit angelegten Benutzer werden aus dem Verzeichnis gelöscht, und die Aktualisierungen, Gruppenbeitritte und Bindungen für vorhandene Benutzer werden rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Users created by mistake are not billed when deleted within 48 hours. Later, the same undo is in the pending changes: select a change of this import and choose Revert.</source>
        <translation>Versehentlich angelegte Benutzer werden nicht berechnet, wenn sie innerhalb von 48 Stunden gelöscht werden. Später finden Sie dasselbe Rückgängigmachen in den ausstehenden Änderungen: Wählen Sie eine Änderung dieses Imports und dann „Zurücknehmen“.</translation>
    </message>
    <message numerus="yes">
        <source>Undoing: sending %n change(s) that reverse the import…</source>
        <translation>
            <numerusform>Rückgängigmachen: %n Änderung, die den Import umkehrt, wird gesendet…</numerusform>
            <numerusform>Rückgängigmachen: %n Änderungen, die den Import umkehren, werden gesendet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>The org could not be read from the cache, so the rows cannot be checked.</source>
        <translation>Die Organisation konnte nicht aus dem Cache gelesen werden, daher lassen sich die Zeilen nicht prüfen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The import could not be queued: %1</source>
        <translation>Der Import konnte nicht vorgemerkt werden: %1</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>Es gibt noch nichts zu speichern.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>This is what the import sends to the directory. Nothing has been sent yet.</source>
        <translation>Folgendes sendet der Import an das Verzeichnis. Bisher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Users created:</source>
        <translation>Angelegte Benutzer:</translation>
    </message>
    <message>
        <source>Users updated:</source>
        <translation>Aktualisierte Benutzer:</translation>
    </message>
    <message>
        <source>Device bindings:</source>
        <translation>Gerätebindungen:</translation>
    </message>
    <message>
        <source>Group memberships:</source>
        <translation>Gruppenmitgliedschaften:</translation>
    </message>
    <message>
        <source>Staged users:</source>
        <translation>Vorbereitete Benutzer:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <source>%1, of which %2 take over an existing local account</source>
        <translation>%1, davon übernehmen %2 ein vorhandenes lokales Konto</translation>
    </message>
    <message>
        <source>%1: they get no access until they are activated</source>
        <translation>%1 (ohne Zugriff bis zur Aktivierung)</translation>
    </message>
    <message>
        <source>%1 rows with errors, %2 rows left out or empty</source>
        <translation>%1 Zeilen mit Fehlern, %2 Zeilen ausgelassen oder leer</translation>
    </message>
    <message>
        <source>A takeover rewrites the account&apos;s password: those people are signed out of their apps, and on macOS must log out and in again.</source>
        <translation>Eine Übernahme setzt das Passwort des Kontos neu: Diese Personen werden aus ihren Apps abgemeldet und müssen sich unter macOS ab- und wieder anmelden.</translation>
    </message>
    <message>
        <source>A large import takes a few minutes; you can follow every row and stop it.</source>
        <translation>Ein großer Import dauert einige Minuten; Sie können jede Zeile verfolgen und ihn anhalten.</translation>
    </message>
    <message>
        <source>Billing: every user created counts towards the organisation&apos;s subscription. Users created by mistake can be removed within 48 hours without charge — the last page has “Undo import”.</source>
        <translation>Abrechnung: Jeder angelegte Benutzer zählt zum Abonnement der Organisation. Versehentlich angelegte Benutzer lassen sich innerhalb von 48 Stunden kostenlos entfernen — die letzte Seite bietet „Import rückgängig machen“.</translation>
    </message>
    <message>
        <source>Bindery is not connected to the directory: the import is queued with the pending changes and sent when Bindery is online.</source>
        <translation>Bindery ist nicht mit dem Verzeichnis verbunden: Der Import wird mit den ausstehenden Änderungen vorgemerkt und gesendet, sobald Bindery online ist.</translation>
    </message>
</context>
<context>
    <name>ImportTemplates</name>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved to %1: %2</source>
        <translation>Die Vorlage konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>it must start with a letter</source>
        <translation>er muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>it must not contain spaces</source>
        <translation>er darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>it must not contain @ (use the e-mail column for addresses)</source>
        <translation>er darf kein @ enthalten (verwenden Sie für Adressen die E-Mail-Spalte)</translation>
    </message>
    <message>
        <source>“%1” is not allowed; use only letters, digits, . - and _</source>
        <translation>„%1“ ist nicht erlaubt; verwenden Sie nur Buchstaben, Ziffern, . - und _</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>a lower-case letter</source>
        <translation>einen Kleinbuchstaben</translation>
    </message>
    <message>
        <source>an upper-case letter</source>
        <translation>einen Großbuchstaben</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>a symbol</source>
        <translation>ein Sonderzeichen</translation>
    </message>
    <message>
        <source>Line %1 is empty and is skipped.</source>
        <translation>Zeile %1 ist leer und wird übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3; missing fields are read as empty and extra ones are ignored. Check for a missing or extra delimiter.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3; fehlende Felder werden als leer gelesen, überzählige ignoriert. Prüfen Sie auf ein fehlendes oder überzähliges Trennzeichen.</translation>
    </message>
    <message>
        <source>“%1” starts like a spreadsheet formula; if the spreadsheet calculated it, the value imported may not be what you see. Check the cell.</source>
        <translation>„%1“ beginnt wie eine Tabellenkalkulationsformel; hat die Tabellenkalkulation sie berechnet, ist der importierte Wert womöglich nicht der, den Sie sehen. Prüfen Sie die Zelle.</translation>
    </message>
    <message>
        <source>The file has no Username column; map one to import users.</source>
        <translation>Die Datei hat keine Spalte „Username“; ordnen Sie eine zu, um Benutzer zu importieren.</translation>
    </message>
    <message>
        <source>The username is empty; every user needs one.</source>
        <translation>Der Benutzername ist leer; jeder Benutzer braucht einen.</translation>
    </message>
    <message>
        <source>The username “%1” is not valid: %2.</source>
        <translation>Der Benutzername „%1“ ist ungültig: %2.</translation>
    </message>
    <message>
        <source>The username “%1” is also on line %2; usernames must be unique. Change or remove one of them.</source>
        <translation>Der Benutzername „%1“ steht auch in Zeile %2; Benutzernamen müssen eindeutig sein. Ändern oder entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>A user “%1” already exists. Remove the row, change the username, or import with “update existing users”.</source>
        <translation>Ein Benutzer „%1“ existiert bereits. Entfernen Sie die Zeile, ändern Sie den Benutzernamen oder importieren Sie mit „Vorhandene Benutzer aktualisieren“.</translation>
    </message>
    <message>
        <source>“%1” is the local user account of %2; a username must not equal another user&apos;s local account name. Choose another username.</source>
        <translation>„%1“ ist das lokale Benutzerkonto von %2; ein Benutzername darf nicht dem Namen des lokalen Kontos eines anderen Benutzers entsprechen. Wählen Sie einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <source>“%1” is the local user account (systemUsername) on line %2. Choose another username.</source>
        <translation>„%1“ ist das lokale Benutzerkonto (systemUsername) in Zeile %2. Wählen Sie einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <source>The file has no Email column; map one to import users.</source>
        <translation>Die Datei hat keine Spalte „Email“; ordnen Sie eine zu, um Benutzer zu importieren.</translation>
    </message>
    <message>
        <source>The e-mail address is empty; every new user needs one.</source>
        <translation>Die E-Mail-Adresse ist leer; jeder neue Benutzer braucht eine.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address. Correct it (name@example.com).</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse. Korrigieren Sie sie (name@example.com).</translation>
    </message>
    <message>
        <source>The e-mail address “%1” is also on line %2; each user needs their own. Change one of them.</source>
        <translation>Die E-Mail-Adresse „%1“ steht auch in Zeile %2; jeder Benutzer braucht eine eigene. Ändern Sie eine davon.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” already belongs to %2. Use another address or update that user.</source>
        <translation>Die E-Mail-Adresse „%1“ gehört bereits %2. Verwenden Sie eine andere Adresse oder aktualisieren Sie diesen Benutzer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address. Correct it or leave the cell empty.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse. Korrigieren Sie sie oder lassen Sie die Zelle leer.</translation>
    </message>
    <message>
        <source>The employee id “%1” already belongs to %2; employee ids are unique.</source>
        <translation>Die Personalnummer „%1“ gehört bereits %2; Personalnummern sind eindeutig.</translation>
    </message>
    <message>
        <source>The employee id “%1” is also on line %2; employee ids are unique.</source>
        <translation>Die Personalnummer „%1“ steht auch in Zeile %2; Personalnummern sind eindeutig.</translation>
    </message>
    <message>
        <source>The local account name “%1” is not valid: %2.</source>
        <translation>Der Name „%1“ für das lokale Konto ist ungültig: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is bound to %n device(s), so the directory refuses to change their local account name (now “%2”). Unbind them first, or keep “%2” in this cell.</source>
        <translation>
            <numerusform>%1 ist an %n Gerät gebunden, daher lehnt das Verzeichnis eine Änderung des Namens des lokalen Kontos (derzeit „%2“) ab. Heben Sie zuerst die Bindung auf oder behalten Sie „%2“ in dieser Zelle.</numerusform>
            <numerusform>%1 ist an %n Geräte gebunden, daher lehnt das Verzeichnis eine Änderung des Namens des lokalen Kontos (derzeit „%2“) ab. Heben Sie zuerst die Bindungen auf oder behalten Sie „%2“ in dieser Zelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local account name “%1” is already used by %2 (as username or local account). Choose another name or leave it empty.</source>
        <translation>Der Name „%1“ für das lokale Konto wird bereits von %2 verwendet (als Benutzername oder lokales Konto). Wählen Sie einen anderen Namen oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The local account name “%1” is also used on line %2. Choose another name or leave it empty.</source>
        <translation>Der Name „%1“ für das lokale Konto wird auch in Zeile %2 verwendet. Wählen Sie einen anderen Namen oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>No user “%1” exists in the org or the file to be the manager. Give a username or user id.</source>
        <translation>Es gibt in der Organisation und in der Datei keinen Benutzer „%1“, der Vorgesetzter sein könnte. Geben Sie einen Benutzernamen oder eine Benutzer-ID an.</translation>
    </message>
    <message>
        <source>“%1” is not true or false. Use true/false, yes/no or 1/0.</source>
        <translation>„%1“ ist weder true noch false. Verwenden Sie true/false, yes/no oder 1/0.</translation>
    </message>
    <message>
        <source>The MFA enrollment period “%1” must be a number of days from 1 to 365.</source>
        <translation>Die MFA-Einrichtungsfrist „%1“ muss eine Anzahl von Tagen zwischen 1 und 365 sein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid id; use a whole number of 0 or more.</source>
        <translation>„%1“ ist keine gültige ID; verwenden Sie eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>The password breaks the org&apos;s password policy: it needs %1. Change it, or leave it empty to import the user staged.</source>
        <translation>Das Passwort verstößt gegen die Passwortrichtlinie der Organisation: Es braucht %1. Ändern Sie es oder lassen Sie es leer, um den Benutzer vorbereitet zu importieren.</translation>
    </message>
    <message>
        <source>No password: %1 is imported staged and gets no access until activated.</source>
        <translation>Kein Passwort: %1 wird vorbereitet importiert und erhält bis zur Aktivierung keinen Zugriff.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>der Benutzer</translation>
    </message>
    <message>
        <source>The custom attribute “%1” has no value; the directory does not accept empty attributes. Give a value or clear the name.</source>
        <translation>Das benutzerdefinierte Attribut „%1“ hat keinen Wert; das Verzeichnis akzeptiert keine leeren Attribute. Geben Sie einen Wert an oder leeren Sie den Namen.</translation>
    </message>
    <message>
        <source>The value “%1” has no attribute name in Attribute%2_name. Add the name or clear the value.</source>
        <translation>Zum Wert „%1“ fehlt der Attributname in Attribute%2_name. Ergänzen Sie den Namen oder leeren Sie den Wert.</translation>
    </message>
    <message>
        <source>There is no user group “%1”; did you mean “%2”? Group names must match exactly.</source>
        <translation>Es gibt keine Benutzergruppe „%1“; meinten Sie „%2“? Gruppennamen müssen genau übereinstimmen.</translation>
    </message>
    <message>
        <source>There is no user group “%1”. Create it first or correct the name; the import does not create groups.</source>
        <translation>Es gibt keine Benutzergruppe „%1“. Legen Sie sie zuerst an oder korrigieren Sie den Namen; der Import legt keine Gruppen an.</translation>
    </message>
    <message>
        <source>Administrator is set but the row binds no device, so it has no effect.</source>
        <translation>„Administrator“ ist gesetzt, aber die Zeile bindet kein Gerät, daher hat es keine Wirkung.</translation>
    </message>
    <message>
        <source>No device “%1” exists in the org. Check the id or name; the import does not create devices.</source>
        <translation>In der Organisation gibt es kein Gerät „%1“. Prüfen Sie ID oder Namen; der Import legt keine Geräte an.</translation>
    </message>
    <message numerus="yes">
        <source>%n devices are named “%1” (%2). Use the SystemID column to say which one.</source>
        <translation>
            <numerusform>%n Gerät heißt „%1“ (%2). Geben Sie in der Spalte SystemID an, welches gemeint ist.</numerusform>
            <numerusform>%n Geräte heißen „%1“ (%2). Geben Sie in der Spalte SystemID an, welches gemeint ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has %2 characters; accounts on %3 devices such as “%4” allow at most %5. Set a shorter local account name (systemUsername).</source>
        <translation>„%1“ hat %2 Zeichen; Konten auf %3-Geräten wie „%4“ erlauben höchstens %5. Legen Sie einen kürzeren Namen für das lokale Konto fest (systemUsername).</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS and Linux</source>
        <translation>macOS- und Linux</translation>
    </message>
    <message>
        <source>(new password)</source>
        <translation>(neues Passwort)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Stop the import? Rows already sent stay in the directory; the others stay in the pending changes.</source>
        <translation>Den Import anhalten? Bereits gesendete Zeilen bleiben im Verzeichnis; die anderen bleiben in den ausstehenden Änderungen.</translation>
    </message>
</context>
<context>
    <name>KeyPromptDialog</name>
    <message>
        <source>API Key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Enter the API key to connect to “%1” (%2).</source>
        <translation>Geben Sie den API-Schlüssel ein, um eine Verbindung zu „%1“ (%2) herzustellen.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Use &amp;Without Testing</source>
        <translation>Ohne &amp;Test verwenden</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Der Schlüssel wird getestet…</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Rebuilding the cache and keeping your pending changes…</source>
        <translation>Der Cache wird neu aufgebaut; Ihre ausstehenden Änderungen bleiben erhalten…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Focus search</source>
        <translation>Zum &amp;Suchfeld wechseln</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Bindery</source>
        <translation>&amp;Über Bindery</translation>
    </message>
    <message>
        <source>Open a cache file</source>
        <translation>Cache-Datei öffnen</translation>
    </message>
    <message>
        <source>Bindery caches (*.sqlite *.db);;All files (*)</source>
        <translation>Bindery-Caches (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Bindery</source>
        <translation>Bindery</translation>
    </message>
    <message>
        <source>Bindery — %1</source>
        <translation>Bindery — %1</translation>
    </message>
    <message>
        <source>About Bindery</source>
        <translation>Über Bindery</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bindery %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bindery %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A desktop console for admins of a cloud directory: browse users, devices and groups from a local cache, online or offline.</source>
        <translation>Eine Desktop-Konsole für Administratoren eines Cloud-Verzeichnisses: Benutzer, Geräte und Gruppen aus einem lokalen Cache durchsuchen, online oder offline.</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>Open the &amp;demo org</source>
        <translation>&amp;Demo-Organisation öffnen</translation>
    </message>
    <message>
        <source>&amp;Open cache offline…</source>
        <translation>Cache &amp;offline öffnen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Rebuild cache</source>
        <translation>Cache neu aufbauen</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Object kinds</source>
        <translation>Objektarten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ObjectPane</name>
    <message>
        <source>&amp;Add to device group…</source>
        <translation>Zu &amp;Gerätegruppe hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Bind to…</source>
        <translation>&amp;Binden an…</translation>
    </message>
</context>
<context>
    <name>ObjectPickerDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Namen filtern…</translation>
    </message>
    <message>
        <source>There is nothing to pick.</source>
        <translation>Es gibt nichts zur Auswahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n picked</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectTableModel</name>
    <message>
        <source>Changes to this object wait to be sent (see Pending changes).</source>
        <translation>Änderungen an diesem Objekt warten auf das Senden (siehe Ausstehende Änderungen).</translation>
    </message>
    <message>
        <source>A change to this object failed (see Pending changes for why).</source>
        <translation>Eine Änderung an diesem Objekt ist fehlgeschlagen (den Grund finden Sie unter Ausstehende Änderungen).</translation>
    </message>
</context>
<context>
    <name>OutboxChangeFactory</name>
    <message>
        <source>Create user %1</source>
        <translation>Benutzer %1 anlegen</translation>
    </message>
    <message>
        <source>Edit user %1 (%2)</source>
        <translation>Benutzer %1 bearbeiten (%2)</translation>
    </message>
    <message>
        <source>Delete user %1</source>
        <translation>Benutzer %1 löschen</translation>
    </message>
    <message>
        <source>Activate user %1</source>
        <translation>Benutzer %1 aktivieren</translation>
    </message>
    <message>
        <source>Suspend user %1</source>
        <translation>Benutzer %1 sperren</translation>
    </message>
    <message>
        <source>Reset MFA of %1 (enrol within %2 days)</source>
        <translation>MFA von %1 zurücksetzen (Einrichtung innerhalb von %2 Tagen)</translation>
    </message>
    <message>
        <source>Create user group %1</source>
        <translation>Benutzergruppe %1 anlegen</translation>
    </message>
    <message>
        <source>Edit user group %1</source>
        <translation>Benutzergruppe %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete user group %1</source>
        <translation>Benutzergruppe %1 löschen</translation>
    </message>
    <message>
        <source>Add %1 to user group %2</source>
        <translation>%1 zur Benutzergruppe %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from user group %2</source>
        <translation>%1 aus der Benutzergruppe %2 entfernen</translation>
    </message>
    <message>
        <source>Create device group %1</source>
        <translation>Gerätegruppe %1 anlegen</translation>
    </message>
    <message>
        <source>Edit device group %1</source>
        <translation>Gerätegruppe %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete device group %1</source>
        <translation>Gerätegruppe %1 löschen</translation>
    </message>
    <message>
        <source>Add %1 to device group %2</source>
        <translation>%1 zur Gerätegruppe %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from device group %2</source>
        <translation>%1 aus der Gerätegruppe %2 entfernen</translation>
    </message>
    <message>
        <source>Rename device %1 to %2</source>
        <translation>Gerät %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Bind %1 to %2 as administrator</source>
        <translation>%1 als Administrator an %2 binden</translation>
    </message>
    <message>
        <source>Bind %1 to %2</source>
        <translation>%1 an %2 binden</translation>
    </message>
    <message>
        <source>Unbind %1 from %2</source>
        <translation>Bindung von %1 an %2 aufheben</translation>
    </message>
    <message>
        <source>Bind user group %1 to device group %2</source>
        <translation>Benutzergruppe %1 an Gerätegruppe %2 binden</translation>
    </message>
    <message>
        <source>Unbind user group %1 from device group %2</source>
        <translation>Bindung der Benutzergruppe %1 an die Gerätegruppe %2 aufheben</translation>
    </message>
    <message>
        <source>Change self-service account provisioning</source>
        <translation>Self-Service-Kontobereitstellung ändern</translation>
    </message>
</context>
<context>
    <name>OutboxConflictCheck</name>
    <message>
        <source>%1 no longer exists in the directory.</source>
        <translation>%1 existiert nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <source>The self-service account provisioning settings were changed in the directory meanwhile; check them and make the change again.</source>
        <translation>Die Einstellungen der Self-Service-Kontobereitstellung wurden inzwischen im Verzeichnis geändert; prüfen Sie sie und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>%1 is now %2 (it was %3 when the change was made)</source>
        <translation>%1 ist jetzt %2 (beim Erstellen der Änderung war es %3)</translation>
    </message>
    <message>
        <source>%1 was renamed to &quot;%2&quot; in the directory meanwhile; check the change and push it again.</source>
        <translation>%1 wurde inzwischen im Verzeichnis in „%2“ umbenannt; prüfen Sie die Änderung und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 was changed in the directory meanwhile: %2.</source>
        <translation>%1 wurde inzwischen im Verzeichnis geändert: %2.</translation>
    </message>
</context>
<context>
    <name>OutboxCreatedMatch</name>
    <message>
        <source>it was created on %1, before Bindery first sent this change (%2)</source>
        <translation>es wurde am %1 angelegt, bevor Bindery diese Änderung zum ersten Mal gesendet hat (%2)</translation>
    </message>
    <message>
        <source>its %1 is %2, not %3</source>
        <translation>sein Feld %1 ist %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 already exists in the directory, but it is not the one this change creates: %2. Someone else may have created it meanwhile. If it is the one you meant, discard this change; otherwise discard it and make the change again under another name.</source>
        <translation>%1 existiert bereits im Verzeichnis, ist aber nicht das Objekt, das diese Änderung anlegt: %2. Vielleicht hat es inzwischen jemand anderes angelegt. Wenn es das gemeinte ist, verwerfen Sie diese Änderung; andernfalls verwerfen Sie sie und nehmen Sie die Änderung unter einem anderen Namen erneut vor.</translation>
    </message>
</context>
<context>
    <name>OutboxFieldValue</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n time(s)</source>
        <translation>
            <numerusform>%n-mal gesendet</numerusform>
            <numerusform>%n-mal gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory said: %1</source>
        <translation>Antwort des Verzeichnisses: %1</translation>
    </message>
</context>
<context>
    <name>OutboxPusher</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Benutzergruppe</translation>
    </message>
    <message>
        <source>Device group</source>
        <translation>Gerätegruppe</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Die Organisation</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
</context>
<context>
    <name>OutboxReferences</name>
    <message>
        <source>This change depends on change #%1, which is no longer in the list of pending changes.</source>
        <translation>Diese Änderung hängt von Änderung #%1 ab, die nicht mehr in der Liste der ausstehenden Änderungen steht.</translation>
    </message>
    <message>
        <source>This change depends on %1, which failed: %2</source>
        <translation>Diese Änderung hängt von %1 ab, die fehlgeschlagen ist: %2</translation>
    </message>
    <message>
        <source>This change depends on %1, which is not pushed yet.</source>
        <translation>Diese Änderung hängt von %1 ab, die noch nicht gesendet wurde.</translation>
    </message>
    <message>
        <source>This change depends on %1, which did not create anything.</source>
        <translation>Diese Änderung hängt von %1 ab, die nichts angelegt hat.</translation>
    </message>
    <message>
        <source>change #%1 (%2)</source>
        <translation>Änderung #%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OutboxRowPush</name>
    <message>
        <source>This version of Bindery cannot send a change of kind &quot;%1&quot;.</source>
        <translation>Diese Bindery-Version kann keine Änderung der Art „%1“ senden.</translation>
    </message>
</context>
<context>
    <name>PaneKinds</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>Benutzergruppen</translation>
    </message>
    <message>
        <source>Device groups</source>
        <translation>Gerätegruppen</translation>
    </message>
    <message>
        <source>Filter users…</source>
        <translation>Benutzer filtern…</translation>
    </message>
    <message>
        <source>Filter devices…</source>
        <translation>Geräte filtern…</translation>
    </message>
    <message>
        <source>Filter user groups…</source>
        <translation>Benutzergruppen filtern…</translation>
    </message>
    <message>
        <source>Filter device groups…</source>
        <translation>Gerätegruppen filtern…</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Filter user groups</source>
        <translation>Benutzergruppen filtern</translation>
    </message>
    <message>
        <source>Filter device groups</source>
        <translation>Gerätegruppen filtern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln Gerät</numerusform>
            <numerusform>%Ln Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user group(s)</source>
        <translation>
            <numerusform>%Ln Benutzergruppe</numerusform>
            <numerusform>%Ln Benutzergruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device group(s)</source>
        <translation>
            <numerusform>%Ln Gerätegruppe</numerusform>
            <numerusform>%Ln Gerätegruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 is the number shown after filtering, %2 the total with its noun: &quot;3 of 1,234 users&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Select a user to see their details, groups and devices.</source>
        <translation>Wählen Sie einen Benutzer, um seine Angaben, Gruppen und Geräte zu sehen.</translation>
    </message>
    <message>
        <source>Select a device to see its users and local accounts.</source>
        <translation>Wählen Sie ein Gerät, um seine Benutzer und lokalen Konten zu sehen.</translation>
    </message>
    <message>
        <source>Select a user group to see its members and bindings.</source>
        <translation>Wählen Sie eine Benutzergruppe, um ihre Mitglieder und Bindungen zu sehen.</translation>
    </message>
    <message>
        <source>Select a device group to see its members and bindings.</source>
        <translation>Wählen Sie eine Gerätegruppe, um ihre Mitglieder und Bindungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>PendingChangesView</name>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Remove the selected pending changes (and the rest of their batch) before they are sent</source>
        <translation>Die ausgewählten ausstehenden Änderungen (und den Rest ihres Stapels) entfernen, bevor sie gesendet werden</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected failed changes again</source>
        <translation>Die ausgewählten fehlgeschlagenen Änderungen erneut senden</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Remove the selected failed changes; the directory stays as it is</source>
        <translation>Die ausgewählten fehlgeschlagenen Änderungen entfernen; das Verzeichnis bleibt, wie es ist</translation>
    </message>
    <message>
        <source>The pending changes could not be read: %1</source>
        <translation>Die ausstehenden Änderungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a change to see it in full.</source>
        <translation>Wählen Sie eine Änderung, um sie vollständig zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation>
            <numerusform>%n Änderung ausgewählt.</numerusform>
            <numerusform>%n Änderungen ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n time(s)</source>
        <translation>
            <numerusform>%n-mal gesendet</numerusform>
            <numerusform>%n-mal gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory said: %1</source>
        <translation>Antwort des Verzeichnisses: %1</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>Not sent yet; it can still be undone.</source>
        <translation>Noch nicht gesendet; lässt sich noch rückgängig machen.</translation>
    </message>
    <message>
        <source>No changes. What you change — users, groups, bindings — waits here until the directory has it, and can be undone until then.</source>
        <translation>Keine Änderungen. Was Sie ändern — Benutzer, Gruppen, Bindungen —, wartet hier, bis das Verzeichnis es übernommen hat, und lässt sich bis dahin rückgängig machen.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Nichts wartet auf das Senden.</translation>
    </message>
    <message>
        <source>No change failed.</source>
        <translation>Keine Änderung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No change has been sent yet.</source>
        <translation>Bisher wurde keine Änderung gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Undo %n change(s)? They have not been sent and will not be:</source>
        <translation>
            <numerusform>%n Änderung rückgängig machen? Sie wurde nicht gesendet und wird es auch nicht:</numerusform>
            <numerusform>%n Änderungen rückgängig machen? Sie wurden nicht gesendet und werden es auch nicht:</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of these depend on a change you chose, so they go with it.</source>
        <translation>Einige davon hängen von einer gewählten Änderung ab und werden daher mit ihr entfernt.</translation>
    </message>
    <message>
        <source>Already sent or being sent, so they stay:</source>
        <translation>Bereits gesendet oder im Versand, daher bleiben sie:</translation>
    </message>
    <message>
        <source>Retry changes</source>
        <translation>Änderungen erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s) again?</source>
        <translation>
            <numerusform>%n Änderung erneut senden?</numerusform>
            <numerusform>%n Änderungen erneut senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>This includes the failed changes they depend on.</source>
        <translation>Dazu gehören auch die fehlgeschlagenen Änderungen, von denen sie abhängen.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)? The directory keeps what it has; these are removed from the list:</source>
        <translation>
            <numerusform>%n Änderung verwerfen? Das Verzeichnis behält seinen Stand; diese wird aus der Liste entfernt:</numerusform>
            <numerusform>%n Änderungen verwerfen? Das Verzeichnis behält seinen Stand; diese werden aus der Liste entfernt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of these wait for a change you discard and could only fail, so they go with it.</source>
        <translation>Einige davon warten auf eine Änderung, die Sie verwerfen, und könnten nur fehlschlagen; sie werden daher mit ihr verworfen.</translation>
    </message>
    <message>
        <source>The pending changes could not be changed.</source>
        <translation>Die ausstehenden Änderungen konnten nicht geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were sent meanwhile and were left as they are.</source>
        <translation>
            <numerusform>%n Änderung wurde inzwischen gesendet und blieb unverändert.</numerusform>
            <numerusform>%n Änderungen wurden inzwischen gesendet und blieben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>&amp;Zurücknehmen…</translation>
    </message>
    <message>
        <source>Take back the selected change&apos;s whole batch after it was sent: created users and groups are deleted again, bindings and memberships removed, edits restored</source>
        <translation>Den ganzen Stapel der ausgewählten Änderung nach dem Senden zurücknehmen: Angelegte Benutzer und Gruppen werden wieder gelöscht, Bindungen und Mitgliedschaften entfernt, Bearbeitungen zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes the next time Bindery starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Bindery.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>A connected org is also synced when you connect and with Directory ▸ Sync now (F5).</source>
        <translation>Eine verbundene Organisation wird außerdem beim Verbinden und mit Verzeichnis ▸ Jetzt synchronisieren (F5) synchronisiert.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Until a change is sent, Edit ▸ Undo or the pending changes take it back. An import is sent when you start it.</source>
        <translation>Bis eine Änderung gesendet ist, nehmen Bearbeiten ▸ Rückgängig oder die ausstehenden Änderungen sie zurück. Ein Import wird gesendet, sobald Sie ihn starten.</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <source>Send &amp;changes after:</source>
        <translation>Änderungen senden &amp;nach:</translation>
    </message>
</context>
<context>
    <name>RenameDeviceDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>The name the directory shows for the device. The hostname (%1) stays as the machine reports it.</source>
        <translation>Der Name, den das Verzeichnis für das Gerät anzeigt. Der Hostname (%1) bleibt, wie das Gerät ihn meldet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>Ein Gerät braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n other device(s) already show this name; people and imports that pick devices by name cannot tell them apart.</source>
        <translation>
            <numerusform>%n anderes Gerät trägt bereits diesen Namen; Personen und Importe, die Geräte nach Namen auswählen, können sie nicht unterscheiden.</numerusform>
            <numerusform>%n andere Geräte tragen bereits diesen Namen; Personen und Importe, die Geräte nach Namen auswählen, können sie nicht unterscheiden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetMfaDialog</name>
    <message>
        <source>Reset MFA of %1</source>
        <translation>MFA von %1 zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Reset MFA of %n user(s)</source>
        <translation>
            <numerusform>MFA von %n Benutzer zurücksetzen</numerusform>
            <numerusform>MFA von %n Benutzern zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Enrollment period:</source>
        <translation>&amp;Einrichtungsfrist:</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>MFA zurücksetzen</translation>
    </message>
    <message>
        <source>MFA becomes required for %1. Their authenticator app is reset and stops working; they must enrol it again within the enrollment period, after which they are locked out of the user portal until they do.</source>
        <translation>MFA wird für %1 verpflichtend. Die Authenticator-App wird zurückgesetzt und funktioniert nicht mehr; sie muss innerhalb der Einrichtungsfrist neu eingerichtet werden, danach ist das Benutzerportal bis zur Einrichtung gesperrt.</translation>
    </message>
</context>
<context>
    <name>SelfServiceDialog</name>
    <message>
        <source>Create accounts on &amp;Mac devices at sign-in</source>
        <translation>Bei der Anmeldung Konten auf &amp;Mac-Geräten anlegen</translation>
    </message>
    <message>
        <source>Create accounts on &amp;Windows devices at sign-in</source>
        <translation>Bei der Anmeldung Konten auf &amp;Windows-Geräten anlegen</translation>
    </message>
    <message>
        <source>Self-service account provisioning</source>
        <translation>Self-Service-Kontobereitstellung</translation>
    </message>
    <message>
        <source>Standard user</source>
        <translation>Standardbenutzer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>When on, a person who signs in at a device&apos;s login window with their directory credentials gets a local account, and the binding is created for them. It works only for users who already exist and have a password; MFA is not asked at that first sign-in. It fails when the username matches an account already on the device (no takeover).</source>
        <translation>Wenn eingeschaltet, erhält eine Person, die sich im Anmeldefenster eines Geräts mit ihren Verzeichnis-Anmeldedaten anmeldet, ein lokales Konto, und die Bindung wird für sie angelegt. Das funktioniert nur für bereits vorhandene Benutzer mit Passwort; bei dieser ersten Anmeldung wird MFA nicht abgefragt. Es schlägt fehl, wenn der Benutzername einem bereits auf dem Gerät vorhandenen Konto entspricht (keine Übernahme).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Only on Macs that have no directory user bound yet.</source>
        <translation>Nur auf Macs, an die noch kein Verzeichnisbenutzer gebunden ist.</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Also on devices that already have bound users, unless a policy says otherwise.</source>
        <translation>Auch auf Geräten mit bereits gebundenen Benutzern, sofern keine Richtlinie etwas anderes vorgibt.</translation>
    </message>
    <message>
        <source>Accounts created as:</source>
        <translation>Konten anlegen als:</translation>
    </message>
    <message>
        <source>Every person who signs in this way becomes an administrator of that device.</source>
        <translation>Jede Person, die sich auf diese Weise anmeldet, wird Administrator dieses Geräts.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>user groups</source>
        <translation>Benutzergruppen</translation>
    </message>
    <message>
        <source>device groups</source>
        <translation>Gerätegruppen</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes; %3 failed — see Pending changes for the directory&apos;s answer.</source>
        <translation>%1 von %2 Änderungen gesendet; %3 fehlgeschlagen — die Antwort des Verzeichnisses finden Sie unter Ausstehende Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) to the directory.</source>
        <translation>
            <numerusform>%n Änderung an das Verzeichnis gesendet.</numerusform>
            <numerusform>%n Änderungen an das Verzeichnis gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Disconnected from %1: the window shows the last snapshot, offline.</source>
        <translation>Von %1 getrennt: Das Fenster zeigt offline den letzten Stand.</translation>
    </message>
    <message>
        <source>The address of %1 is refused: %2</source>
        <translation>Die Adresse von %1 wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>&amp;Connect to an org…</source>
        <translation>&amp;Mit Organisation verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Cancel s&amp;ync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Send &amp;pending changes</source>
        <translation>Ausstehende Änderungen s&amp;enden</translation>
    </message>
    <message>
        <source>Send the changes waiting in the outbox to the directory now</source>
        <translation>Die wartenden Änderungen jetzt an das Verzeichnis senden</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 %4</source>
        <translation>%1 wird synchronisiert: %4 %2 von %3</translation>
    </message>
    <message>
        <source>Syncing %1: %2 %3</source>
        <translation>%1 wird synchronisiert: %2 %3</translation>
    </message>
    <message>
        <source>Sync failed; the window keeps the last snapshot. %1</source>
        <translation>Synchronisierung fehlgeschlagen; das Fenster behält den letzten Stand. %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Bindery could not fetch %1.</source>
        <translation>Bindery konnte die %1 nicht abrufen.</translation>
    </message>
    <message>
        <source>Synced: nothing changed.</source>
        <translation>Synchronisiert: Nichts hat sich geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n rows changed.</source>
        <translation>
            <numerusform>Synchronisiert: %n Zeile geändert.</numerusform>
            <numerusform>Synchronisiert: %n Zeilen geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync finished but the window could not re-read the cache: %1</source>
        <translation>Die Synchronisierung ist abgeschlossen, aber das Fenster konnte den Cache nicht neu lesen: %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Bindery</source>
        <translation>Willkommen bei Bindery</translation>
    </message>
    <message>
        <source>Connect to an org…</source>
        <translation>Mit Organisation verbinden…</translation>
    </message>
    <message>
        <source>Open the demo org</source>
        <translation>Demo-Organisation öffnen</translation>
    </message>
    <message>
        <source>Open a cache file offline…</source>
        <translation>Cache-Datei offline öffnen…</translation>
    </message>
    <message>
        <source>Review and manage an org&apos;s users, devices and groups from a local copy that stays useful offline. Connect with an administrator API key of your org, or try the demo org: a small company served by a directory running on this computer, where nothing leaves the machine.</source>
        <translation>Prüfen und verwalten Sie Benutzer, Geräte und Gruppen einer Organisation in einer lokalen Kopie, die auch offline nutzbar bleibt. Verbinden Sie sich mit einem Administrator-API-Schlüssel Ihrer Organisation, oder probieren Sie die Demo-Organisation aus: eine kleine Firma, bereitgestellt von einem Verzeichnis auf diesem Computer, bei der nichts den Rechner verlässt.</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
</context>
<context>
    <name>StatusBarController</name>
    <message>
        <source>this cache has never been synced, so it holds no org yet</source>
        <translation>dieser Cache wurde noch nie synchronisiert und enthält noch keine Organisation</translation>
    </message>
    <message>
        <source>snapshot from %1 (%2)</source>
        <translation>Stand vom %1 (%2)</translation>
    </message>
    <message>
        <source>snapshot of %1 from %2 (%3)</source>
        <translation>Stand von %1 vom %2 (%3)</translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>Kein Cache geöffnet</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Offline — %1</translation>
    </message>
    <message>
        <source>Syncing — showing %1</source>
        <translation>Wird synchronisiert — angezeigt: %1</translation>
    </message>
    <message>
        <source>Online — %1</source>
        <translation>Online — %1</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>UserChangeFlows</name>
    <message>
        <source>Users not read</source>
        <translation>Benutzer nicht gelesen</translation>
    </message>
    <message>
        <source>The users could not be read from the cache.</source>
        <translation>Die Benutzer konnten nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>They get access to everything bound to them.</source>
        <translation>Damit erhalten sie Zugriff auf alles, woran sie gebunden sind.</translation>
    </message>
    <message numerus="yes">
        <source>They get access to everything bound to them, including %n device(s); accounts there are created or taken over at each device&apos;s next check-in.</source>
        <translation>
            <numerusform>Damit erhalten sie Zugriff auf alles, woran sie gebunden sind, darunter %n Gerät; die Konten dort werden bei der nächsten Meldung des Geräts angelegt oder übernommen.</numerusform>
            <numerusform>Damit erhalten sie Zugriff auf alles, woran sie gebunden sind, darunter %n Geräte; die Konten dort werden bei der nächsten Meldung jedes Geräts angelegt oder übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate users</source>
        <translation>Benutzer aktivieren</translation>
    </message>
    <message>
        <source>Activate %1?</source>
        <translation>%1 aktivieren?</translation>
    </message>
    <message>
        <source>They can no longer sign in to their devices or to the applications the directory signs them in to.</source>
        <translation>Danach können sie sich weder an ihren Geräten anmelden noch an den Anwendungen, bei denen das Verzeichnis sie anmeldet.</translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in to the %n device(s) bound to them or to the applications the directory signs them in to.</source>
        <translation>
            <numerusform>Danach können sie sich weder an dem %n an sie gebundenen Gerät anmelden noch an den Anwendungen, bei denen das Verzeichnis sie anmeldet.</numerusform>
            <numerusform>Danach können sie sich weder an den %n an sie gebundenen Geräten anmelden noch an den Anwendungen, bei denen das Verzeichnis sie anmeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their accounts, files and bindings are kept; activate them again to give the access back.</source>
        <translation>Konten, Dateien und Bindungen bleiben erhalten; aktivieren Sie die Benutzer wieder, um ihnen den Zugriff zurückzugeben.</translation>
    </message>
    <message>
        <source>Suspend users</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation>%1 sperren?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete the user %1 from the directory?</source>
        <translation>Den Benutzer %1 aus dem Verzeichnis löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) from the directory: %1?</source>
        <translation>
            <numerusform>%n Benutzer aus dem Verzeichnis löschen: %1?</numerusform>
            <numerusform>%n Benutzer aus dem Verzeichnis löschen: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They lose access to %n device(s): %1.</source>
        <translation>
            <numerusform>Damit geht der Zugriff auf %n Gerät verloren: %1.</numerusform>
            <numerusform>Damit geht der Zugriff auf %n Geräte verloren: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user is bound to no device.</source>
        <translation>Der Benutzer ist an kein Gerät gebunden.</translation>
    </message>
    <message>
        <source>They are bound to no device.</source>
        <translation>Keiner der Benutzer ist an ein Gerät gebunden.</translation>
    </message>
    <message>
        <source>Their group memberships and bindings go with them. This cannot be undone once it is sent; until then it waits in the pending changes.</source>
        <translation>Gruppenmitgliedschaften und Bindungen werden mit gelöscht. Nach dem Senden lässt sich das nicht rückgängig machen; bis dahin wartet es in den ausstehenden Änderungen.</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
</context>
<context>
    <name>UserDetailsPage</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Local account</source>
        <translation>Lokales Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Admin on all devices</source>
        <translation>Admin auf allen Geräten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Same as the username (%1)</source>
        <translation>Wie der Benutzername (%1)</translation>
    </message>
    <message>
        <source>Staged — gets no access to bound devices until activated</source>
        <translation>Vorbereitet — erhält bis zur Aktivierung keinen Zugriff auf gebundene Geräte</translation>
    </message>
    <message>
        <source>Suspended — access withdrawn; the account is kept</source>
        <translation>Gesperrt — Zugriff entzogen; das Konto bleibt erhalten</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Enrolled, not required</source>
        <translation>Eingerichtet, nicht verlangt</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht verlangt</translation>
    </message>
    <message>
        <source>Required, enrolled</source>
        <translation>Verlangt, eingerichtet</translation>
    </message>
    <message>
        <source>Required, not enrolled yet</source>
        <translation>Verlangt, noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes, without password</source>
        <translation>Ja, ohne Passwort</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Admin, no password</source>
        <translation>Admin, ohne Passwort</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
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
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Local &amp;account:</source>
        <translation>&amp;Lokales Konto:</translation>
    </message>
    <message>
        <source>Employee &amp;ID:</source>
        <translation>&amp;Personalnummer:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Ab&amp;teilung:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Cost ce&amp;nter:</source>
        <translation>&amp;Kostenstelle:</translation>
    </message>
    <message>
        <source>Employee t&amp;ype:</source>
        <translation>Besc&amp;häftigungsart:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>Stand&amp;ort:</translation>
    </message>
    <message>
        <source>Alte&amp;rnate e-mail:</source>
        <translation>Alternative E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Descrip&amp;tion:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The org&apos;s password policy is not in the cache yet; the directory checks the password when the change is sent.</source>
        <translation>Die Passwortrichtlinie der Organisation ist noch nicht im Cache; das Verzeichnis prüft das Passwort, wenn die Änderung gesendet wird.</translation>
    </message>
    <message>
        <source>a lower-case letter</source>
        <translation>einem Kleinbuchstaben</translation>
    </message>
    <message>
        <source>an upper-case letter</source>
        <translation>einem Großbuchstaben</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>einer Ziffer</translation>
    </message>
    <message>
        <source>a symbol</source>
        <translation>einem Sonderzeichen</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>The org&apos;s policy: %1.</source>
        <translation>Richtlinie der Organisation: %1.</translation>
    </message>
    <message>
        <source>The org&apos;s policy: %1, with %2.</source>
        <translation>Richtlinie der Organisation: %1, mit %2.</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Same as the username</source>
        <translation>Wie der Benutzername</translation>
    </message>
    <message>
        <source>Empty: the user is created staged</source>
        <translation>Leer: Der Benutzer wird vorbereitet angelegt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort wie&amp;derholen:</translation>
    </message>
    <message>
        <source>Activated — gets access to what is bound to them</source>
        <translation>Aktiviert — erhält Zugriff auf alles, woran er gebunden ist</translation>
    </message>
    <message>
        <source>Staged — no access until activated</source>
        <translation>Vorbereitet — kein Zugriff bis zur Aktivierung</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>The user is no longer in the cache; a sync may have removed them.</source>
        <translation>Der Benutzer ist nicht mehr im Cache; womöglich hat eine Synchronisierung ihn entfernt.</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%1 is bound to %n device(s); the directory refuses renaming a bound user. Unbind the devices first to change this.</source>
        <translation>
            <numerusform>%1 ist an %n Gerät gebunden; das Verzeichnis lehnt das Umbenennen eines gebundenen Benutzers ab. Heben Sie zuerst die Bindung an das Gerät auf, um dies zu ändern.</numerusform>
            <numerusform>%1 ist an %n Geräte gebunden; das Verzeichnis lehnt das Umbenennen eines gebundenen Benutzers ab. Heben Sie zuerst die Bindungen an die Geräte auf, um dies zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked for the same reason.</source>
        <translation>Aus demselben Grund nicht änderbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 are waiting to be sent (%2). This form shows the values of the last sync.</source>
        <translation>
            <numerusform>%n Änderung an %1 wartet auf das Senden (%2). Dieses Formular zeigt die Werte der letzten Synchronisierung.</numerusform>
            <numerusform>%n Änderungen an %1 warten auf das Senden (%2). Dieses Formular zeigt die Werte der letzten Synchronisierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>To continue, correct: %1.</source>
        <translation>Korrigieren Sie, um fortzufahren: %1.</translation>
    </message>
    <message>
        <source>Repeat the password to confirm it.</source>
        <translation>Wiederholen Sie das Passwort zur Bestätigung.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>UserGroupDetailsPage</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Admin on devices</source>
        <translation>Admin auf Geräten</translation>
    </message>
    <message>
        <source>Linux group</source>
        <translation>Linux-Gruppe</translation>
    </message>
    <message>
        <source>Samba authentication</source>
        <translation>Samba-Authentifizierung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Device group</source>
        <translation>Gerätegruppe</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Benutzergruppe</translation>
    </message>
    <message>
        <source>No — members get standard accounts through this group</source>
        <translation>Nein — Mitglieder erhalten über diese Gruppe Standardkonten</translation>
    </message>
    <message>
        <source>Yes, without password — on every device reached through its device groups</source>
        <translation>Ja, ohne Passwort — auf jedem Gerät, das über ihre Gerätegruppen erreicht wird</translation>
    </message>
    <message>
        <source>Yes — on every device reached through its device groups</source>
        <translation>Ja — auf jedem Gerät, das über ihre Gerätegruppen erreicht wird</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Bound device groups</source>
        <translation>Gebundene Gerätegruppen</translation>
    </message>
</context>
<context>
    <name>UserGroupOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Members are &amp;administrators (sudo) on devices bound through device groups</source>
        <translation>Mitglieder sind &amp;Administratoren (sudo) auf Geräten, die über Gerätegruppen gebunden sind</translation>
    </message>
    <message>
        <source>… &amp;without being asked for their password</source>
        <translation>… &amp;ohne nach ihrem Passwort gefragt zu werden</translation>
    </message>
    <message>
        <source>Samba &amp;authentication for members</source>
        <translation>Samba-Au&amp;thentifizierung für Mitglieder</translation>
    </message>
    <message>
        <source>Every member gets admin rights on every device reached through a device group this group is bound to. Direct bindings keep their own admin setting.</source>
        <translation>Jedes Mitglied erhält Administratorrechte auf jedem Gerät, das über eine an diese Gruppe gebundene Gerätegruppe erreicht wird. Direkte Bindungen behalten ihre eigene Admin-Einstellung.</translation>
    </message>
    <message>
        <source>Linux devices bound to this group get a group of this name with the members in it.</source>
        <translation>An diese Gruppe gebundene Linux-Geräte erhalten eine Gruppe dieses Namens, die die Mitglieder enthält.</translation>
    </message>
    <message>
        <source>Create a &amp;Linux group (give the group a name first)</source>
        <translation>&amp;Linux-Gruppe anlegen (geben Sie der Gruppe zuerst einen Namen)</translation>
    </message>
    <message>
        <source>Create the &amp;Linux group “%1”</source>
        <translation>&amp;Linux-Gruppe „%1“ anlegen</translation>
    </message>
</context>
<context>
    <name>UserGroupTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Device groups</source>
        <translation>Gerätegruppen</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Members are administrators, without a password, on every device the group reaches</source>
        <translation>Mitglieder sind ohne Passwort Administratoren auf jedem Gerät, das die Gruppe erreicht</translation>
    </message>
    <message>
        <source>Members are administrators on every device the group reaches</source>
        <translation>Mitglieder sind Administratoren auf jedem Gerät, das die Gruppe erreicht</translation>
    </message>
    <message>
        <source>Admin on bound devices</source>
        <translation>Admin auf gebundenen Geräten</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Staged</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Local account</source>
        <translation>Lokales Konto</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Gets no access until activated</source>
        <translation>Erhält bis zur Aktivierung keinen Zugriff</translation>
    </message>
    <message>
        <source>Access withdrawn; the account is kept</source>
        <translation>Zugriff entzogen; das Konto bleibt erhalten</translation>
    </message>
    <message>
        <source>Devices use the username %1 as the local account name</source>
        <translation>Geräte verwenden den Benutzernamen %1 als Namen des lokalen Kontos</translation>
    </message>
    <message>
        <source>Devices use %1 as the local account name</source>
        <translation>Geräte verwenden %1 als Namen des lokalen Kontos</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bindery: browse a cloud directory&apos;s users, devices and groups from a local cache.</source>
        <translation>Bindery: Benutzer, Geräte und Gruppen eines Cloud-Verzeichnisses aus einem lokalen Cache durchsuchen.</translation>
    </message>
    <message>
        <source>Open the cache &lt;file&gt; instead of the one opened last.</source>
        <translation>Den Cache &lt;Datei&gt; statt des zuletzt geöffneten öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Start the demo directory on this computer and open its org.</source>
        <translation>Das Demo-Verzeichnis auf diesem Computer starten und seine Organisation öffnen.</translation>
    </message>
</context>
</TS>
