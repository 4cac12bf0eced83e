<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BatchRevertFlow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this batch are being sent right now. Revert once they are done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This batch is reverted already: its reversing changes are in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this batch can be reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be sent to reverse what the directory did:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet are simply taken back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The users it created are deleted again within the 48 hours in which users created by mistake are not billed (about %n hour(s) left).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>More than 48 hours have passed since these users were created: deleting them still works, but they may be billed for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a user removes their bindings and group memberships too; accounts already created on devices stay there, unmanaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These were sent and stay as they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes not sent yet could not be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reversing changes could not be queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindDialog</name>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make them &amp;administrators (sudo) on these devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… without asking for their &amp;password (passwordless sudo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what each device will do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin rights through groups come from the user group&apos;s own “Admin on all devices” setting, not from this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that %1 will be left with no bound user and may have no usable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that %1 (%2) will be left with no bound user and may have no usable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <source>%Ln pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: every user is a member already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: every device is a member already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %Ln user to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %Ln users to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %Ln device to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %Ln devices to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device access through it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>With or without warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With any warning (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair to see what happens on the device and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind %Ln pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind %Ln pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind %Ln group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind %Ln groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add %Ln user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add %Ln users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add %Ln device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add %Ln devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unbind %Ln pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unbind %Ln pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked pairs are left out: nothing is sent for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs already bound are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One group binding gives every member an account on every device of %1; it cannot leave single pairs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices of blocked pairs will refuse those accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already bound to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is bound to no device group: the new members get no device access yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user group is bound to %1: no accounts are created on the new members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members get accounts on the devices of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of %1 get accounts on the added devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership cannot leave single pairs out: the devices of blocked pairs will refuse those accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already members: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs without a direct binding are left out; access through a group stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user stays bound to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln user stays bound to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln users stay bound to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindPickerDialog</name>
    <message>
        <source>Add to device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to which device group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1 to which device or group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter devices and groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished">%1 von %2</translation>
    </message>
</context>
<context>
    <name>BindPlanTableModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished">Benutzer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Gerät</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local account</source>
        <translation type="unfinished">Lokales Konto</translation>
    </message>
    <message>
        <source>Matched field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs out of apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS re-login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter case differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large fan-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group access remains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindTargetListModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished">Benutzer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Gerät</translation>
    </message>
    <message>
        <source>User group</source>
        <translation type="unfinished">Benutzergruppe</translation>
    </message>
    <message>
        <source>Device group</source>
        <translation type="unfinished">Gerätegruppe</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
</context>
<context>
    <name>BindingController</name>
    <message>
        <source>&amp;Bind to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the selected users or group to a device or group, or add the selected devices to a device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindery could not work out this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cache is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select users, a user group or devices first, then choose Bind to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindery could not save “%1” to the list of pending changes. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %Ln change: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %Ln changes: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindery could not undo “%1”; the changes stay pending. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the changes of “%2” were removed. These were already sent to the directory and cannot be undone here:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected users access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected users&apos; access; their accounts are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;MFA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require the selected users to enrol MFA again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected users from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to user &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected users to user groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user gro&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit user group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or describe the user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete user group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected user groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove users from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name the directory shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to device &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected devices to device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New de&amp;vice group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit device group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or describe the device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete device group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add devices to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove devices from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service account &amp;provisioning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let people create their own device account at the login window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeController</name>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import users from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a CSV file of users row by row, then import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an org first: the import checks every row against the org&apos;s users, devices and groups before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeSaver</name>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved in the cache, so nothing will be sent to the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Directory &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console address of the directory. Use https; plain http is accepted only for a directory on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the admin&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Without Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now and test when the directory can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection is already named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings changed since the last test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for this system&apos;s credential store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this connection before removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its API key is deleted from the credential store and its local copy of the org is deleted from this computer. Changes not yet sent to the directory are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key could not be deleted from the credential store: %1 Delete the entry “%2” there by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its cache file could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestText</name>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. This key reaches %n organisations: choose one below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the organisation “%1” at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory at %1 did not accept this API key. Check that the whole key was copied and that it has not been replaced: a new key stops the old one at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is not valid in the region you chose (%1), but it is valid in %2. Choose %2 as the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory at %1 accepted the key but refused to list its organisations%2. The admin account behind the key may lack the rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory at %1 does not accept the organisation chosen for this connection%2. Test again to choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like a JumpCloud directory%2. Check the URL: it is the console&apos;s address, for example https://console.jumpcloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the spelling of the URL, and that this computer can look up names (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing answers on that port. Check the URL and its port number, and that the directory is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering%2. Check that the URL&apos;s scheme (https or http) matches the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindery could not reach %1%2. Check that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server %1 failed the connection to %2%3. Check the proxy settings of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server failed the connection to %1%2. Check the proxy settings of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the secure (TLS) handshake: it may not speak https on this port. Check the URL&apos;s scheme and port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed%2. Bindery checks the certificate on every connection and does not go on without a valid one. If your network inspects encrypted traffic, its certificate must be trusted by this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds. The network may be slow, or a firewall may be holding the connection.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The directory is limiting requests from this key right now%1. Wait a minute and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory at %1 has a problem (HTTP %2)%3. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL cannot be used%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s credential store cannot be used%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system&apos;s credential store was refused%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s credential store did not answer%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s credential store reported an error%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no credential store; Bindery will ask for the key each session and never write it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in this system&apos;s credential store, never in Bindery&apos;s settings or cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsList</name>
    <message>
        <source>%1 — double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unbind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind… (access is through a group; change the group instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than this system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than the 20 characters Windows allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account belongs to another directory user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by a directory user not bound here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmanaged — would be taken over by %1 if bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches (%1: letter case differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmanaged — %1 matches but cannot be bound here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches (service account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory manages “%1” for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent reports “%1” as managed, but no user bound to this device carries that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding %1 to this device takes over “%2”: the home folder stays, and %1 is signed out of apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s local account name differs from “%2” only in letter case. This device&apos;s agent needs the exact case, so binding %1 would create a second account and profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries the name “%2”, but cannot be bound to this device: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory user&apos;s local account name is “%1”: binding a user here creates a new account.</source>
        <translation type="unfinished"></translation>
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
    <name>DropDescription</name>
    <message numerus="yes">
        <source>%Ln user</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln devices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>user group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the members of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1 to every device in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1 to device group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the members of %1 to user group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to user group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to device group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group cannot be added to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop %1 on a device, a device group or a user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop %1 on a device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device group cannot be dropped; drop a user group or users on it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind %1 from %2</source>
        <translation type="unfinished"></translation>
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
    <name>FieldIssueText</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user needs a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user needs an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid username: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid local account name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid e-mail address; use the form name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change waiting to be sent already gives this username to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this username; usernames are unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change waiting to be sent already gives this e-mail address to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address belongs to %1; each user needs their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change waiting to be sent already gives this employee ID to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee ID belongs to %1; employee IDs are unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change waiting to be sent already gives this local account name to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this local account name; it must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the local account name of %1; a username must not equal another user&apos;s local account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the username of %1; devices would give both users the same account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters: Windows devices take at most %2, so this user cannot be bound to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters: devices take at most %2, so this user cannot be bound to any device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s password policy needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: the user is created staged and gets no access until activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: %1 is created staged and gets no access until activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device group %1 already has this name; names are unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user group %1 already has this name; names are unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change waiting to be sent already creates a group with this name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupChangeFlows</name>
    <message>
        <source>Not in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user group %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the device group %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) stay in the directory but lose what the group gives them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The group is bound to %1: members who reach those devices only through it lose access to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n device(s) stay in the directory.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>User groups bound to it (%1) lose the devices they reach only through it: those users lose access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add devices to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members get everything the group is bound to. Pick the users to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of the user groups bound to this group get accounts on its devices. Pick the devices to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished">Benutzername</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Gerät</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove users from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove devices from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the members to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the devices to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove users from a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove devices from a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They lose what the group gives them, unless another group or a direct binding grants it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who reach these devices only through this group lose access to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to user groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the user groups; members get everything a group is bound to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the device groups; users of the user groups bound to them get accounts on these devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Gruppe</translation>
    </message>
    <message>
        <source>They are members of those groups already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupFormDialog</name>
    <message>
        <source>The device group is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user group is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit device group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device group collects devices, so user groups bound to it reach all of them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user group collects users: what it is bound to, every member gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommitPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is sent to the directory in turn. You can stop at any time: rows not sent yet stay in the pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n row(s); they are sent when Bindery is online.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1 Rows not sent stay in the pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued. The rows wait in the pending changes and are sent when Bindery is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file of users: the directory portal&apos;s template (firstname, lastname, username, email, password) or the extended one with every user attribute, a device to bind and groups to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent to the directory until the last step: every row is checked first, and you can correct cells, leave rows out and review the outcome before importing. You can also drop a CSV file on the Bindery window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows and %2 columns (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFormatPage</name>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding and the delimiter were detected. If names show odd characters or a row is not split into its columns, choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into columns (first rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more notes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIssueStyle</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Required. Unique in the org; also the name of the account on bound devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for new users. Unique in the org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a password a user is activated; without one, staged. Never shown or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local account name on devices, when it differs from the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin (sudo) on the bound device: true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins this user group; it must exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom attribute (name and value columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds the user to this device; it must exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update users that already exist (rows whose username is in the org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns named as in the templates are mapped already. Choose a field for any other column you want imported; unmapped columns are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtended template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the directory portal&apos;s template: firstname, lastname, username, email, password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the extended template: every user attribute, a device to bind, groups to join and custom attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to Username: every row needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to Email: every new user needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows bind the device in column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rows join the user groups in %n column(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOutcomeModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished">Benutzer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Review every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to correct it. Rows with errors are not imported; untick a row to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to import, %2 not imported (errors), %3 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see what is wrong with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultsPage</name>
    <message>
        <source>&amp;Save results CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to each row. Save the results file to keep a record, or to correct the rows that were not imported and import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n user(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not imported (errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending rows are sent with the next push of the pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be sent; see the pending changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Take the import back? Rows not sent yet are removed from the pending changes, the users it created are deleted from the directory, and the updates, group adds and bindings it made for existing users are reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users created by mistake are not billed when deleted within 48 hours. Later, the same undo is in the pending changes: select a change of this import and choose Revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undoing: sending %n change(s) that reverse the import…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>The org could not be read from the cache, so the rows cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the import sends to the directory. Nothing has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device bindings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group memberships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of which %2 take over an existing local account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: they get no access until they are activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows with errors, %2 rows left out or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A takeover rewrites the account&apos;s password: those people are signed out of their apps, and on macOS must log out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large import takes a few minutes; you can follow every row and stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing: every user created counts towards the organisation&apos;s subscription. Users created by mistake can be removed within 48 hours without charge — the last page has “Undo import”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindery is not connected to the directory: the import is queued with the pending changes and sent when Bindery is online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTemplates</name>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import? Rows already sent stay in the directory; the others stay in the pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPromptDialog</name>
    <message>
        <source>API Key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key to connect to “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Without Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open cache offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind to…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectPickerDialog</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished">%1 von %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The directory said: %1</source>
        <translation type="unfinished"></translation>
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
    <name>PendingChangesView</name>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected pending changes (and the rest of their batch) before they are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected failed changes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected failed changes; the directory stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending changes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a change to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The directory said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet; it can still be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes. What you change — users, groups, bindings — waits here until the directory has it, and can be undone until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo %n change(s)? They have not been sent and will not be:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some of these depend on a change you chose, so they go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent or being sent, so they stay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s) again?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This includes the failed changes they depend on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)? The directory keeps what it has; these are removed from the list:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some of these wait for a change you discard and could only fail, so they go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending changes could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were sent meanwhile and were left as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the selected change&apos;s whole batch after it was sent: created users and groups are deleted again, bindings and memberships removed, edits restored</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connected org is also synced when you connect and with Directory ▸ Sync now (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a change is sent, Edit ▸ Undo or the pending changes take it back. An import is sent when you start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;changes after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDeviceDialog</name>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the directory shows for the device. The hostname (%1) stays as the machine reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other device(s) already show this name; people and imports that pick devices by name cannot tell them apart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetMfaDialog</name>
    <message>
        <source>Reset MFA of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reset MFA of %n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrollment period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA becomes required for %1. Their authenticator app is reset and stops working; they must enrol it again within the enrollment period, after which they are locked out of the user portal until they do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfServiceDialog</name>
    <message>
        <source>Create accounts on &amp;Mac devices at sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create accounts on &amp;Windows devices at sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service account provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, a person who signs in at a device&apos;s login window with their directory credentials gets a local account, and the binding is created for them. It works only for users who already exist and have a password; MFA is not asked at that first sign-in. It fails when the username matches an account already on the device (no takeover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on Macs that have no directory user bound yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on devices that already have bound users, unless a policy says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts created as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person who signs in this way becomes an administrator of that device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes; %3 failed — see Pending changes for the directory&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) to the directory.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from %1: the window shows the last snapshot, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of %1 is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to an org…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changes waiting in the outbox to the directory now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed; the window keeps the last snapshot. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindery could not fetch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n rows changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sync finished but the window could not re-read the cache: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a cache file offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and manage an org&apos;s users, devices and groups from a local copy that stays useful offline. Connect with an administrator API key of your org, or try the demo org: a small company served by a directory running on this computer, where nothing leaves the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
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
    <name>UserChangeFlows</name>
    <message>
        <source>Users not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They get access to everything bound to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>They get access to everything bound to them, including %n device(s); accounts there are created or taken over at each device&apos;s next check-in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Activate users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They can no longer sign in to their devices or to the applications the directory signs them in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in to the %n device(s) bound to them or to the applications the directory signs them in to.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their accounts, files and bindings are kept; activate them again to give the access back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Delete the user %1 from the directory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) from the directory: %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They lose access to %n device(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The user is bound to no device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are bound to no device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their group memberships and bindings go with them. This cannot be undone once it is sent; until then it waits in the pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation type="unfinished"></translation>
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
    <name>UserFormDialog</name>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
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
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost ce&amp;nter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alte&amp;rnate e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descrip&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s password policy is not in the cache yet; the directory checks the password when the change is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an upper-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The org&apos;s policy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s policy: %1, with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the user is created staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished">Konto</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated — gets access to what is bound to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged — no access until activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is no longer in the cache; a sync may have removed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is bound to %n device(s); the directory refuses renaming a bound user. Unbind the devices first to change this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Locked for the same reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 are waiting to be sent (%2). This form shows the values of the last sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue, correct: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Start the demo directory on this computer and open its org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
