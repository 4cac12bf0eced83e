<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>DetailsList</name>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Zum Öffnen doppelklicken oder Eingabetaste drücken</translation>
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
        <translation>Konnte dies nicht aus dem Cache lesen: %1</translation>
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
        <source>Unmanaged</source>
        <translation>Nicht verwaltet</translation>
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
        <translation>Zugewiesene Benutzergruppen</translation>
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
        <translation>Benutzer&amp;gruppen…</translation>
    </message>
    <message>
        <source>Device g&amp;roups…</source>
        <translation>Geräte&amp;gruppen…</translation>
    </message>
    <message>
        <source>&amp;Bindings…</source>
        <translation>&amp;Zuweisungen…</translation>
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
            <numerusform>%Ln Zuweisung nach %1 exportiert</numerusform>
            <numerusform>%Ln Zuweisungen nach %1 exportiert</numerusform>
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
        <translation>Exportiere nach %1…</translation>
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
        <source>&amp;Open cache…</source>
        <translation>Cache ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
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
        <translation>&amp;Suchfeld fokussieren</translation>
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
        <translation>Wählen Sie eine Benutzergruppe, um ihre Mitglieder und Zuweisungen zu sehen.</translation>
    </message>
    <message>
        <source>Select a device group to see its members and bindings.</source>
        <translation>Wählen Sie eine Gerätegruppe, um ihre Mitglieder und Zuweisungen zu sehen.</translation>
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
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Open a cache file…</source>
        <translation>Cache-Datei öffnen…</translation>
    </message>
    <message>
        <source>Welcome to Bindery</source>
        <translation>Willkommen bei Bindery</translation>
    </message>
    <message>
        <source>Open a Bindery cache file to browse, search and sort an org&apos;s users, devices and groups. Everything works offline.</source>
        <translation>Öffnen Sie eine Bindery-Cache-Datei, um Benutzer, Geräte und Gruppen einer Organisation zu durchsuchen, zu filtern und zu sortieren. Alles funktioniert offline.</translation>
    </message>
    <message>
        <source>Connecting to an org directly arrives with sync.</source>
        <translation>Die direkte Verbindung zu einer Organisation kommt mit der Synchronisierung.</translation>
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
        <translation>Synchronisiert — angezeigt wird %1</translation>
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
        <translation>Vorbereitet — erhält bis zur Aktivierung keinen Zugriff auf zugewiesene Geräte</translation>
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
        <translation>Zugewiesene Gerätegruppen</translation>
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
        <translation>Admin auf zugewiesenen Geräten</translation>
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
</context>
</TS>
