<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchRevertFlow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this batch are being sent right now. Revert once they are done.</source>
        <translation>
            <numerusform>%n change of this batch is being sent right now. Revert once it is done.</numerusform>
            <numerusform>%n changes of this batch are being sent right now. Revert once they are done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be sent to reverse what the directory did:</source>
        <translation>
            <numerusform>This change will be sent to reverse what the directory did:</numerusform>
            <numerusform>These %n changes will be sent to reverse what the directory did:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet are simply taken back.</source>
        <translation>
            <numerusform>%n change not sent yet is simply taken back.</numerusform>
            <numerusform>%n changes not sent yet are simply taken back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The users it created are deleted again within the 48 hours in which users created by mistake are not billed (about %n hour(s) left).</source>
        <translation>
            <numerusform>The users it created are deleted again within the 48 hours in which users created by mistake are not billed (about %n hour left).</numerusform>
            <numerusform>The users it created are deleted again within the 48 hours in which users created by mistake are not billed (about %n hours left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BindingController</name>
    <message numerus="yes">
        <source>Queued %Ln change: %1</source>
        <translation>
            <numerusform>Queued %Ln change: %1</numerusform>
            <numerusform>Queued %Ln changes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %Ln changes: %1</source>
        <translation>
            <numerusform>Queued %Ln change: %1</numerusform>
            <numerusform>Queued %Ln changes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheErrorMessage</name>
    <message numerus="yes">
        <source>%n pending change(s) were kept. The old file is kept as %1.</source>
        <translation>
            <numerusform>%n pending change was kept. The old file is kept as %1.</numerusform>
            <numerusform>%n pending changes were kept. The old file is kept as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeController</name>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n pending change</numerusform>
            <numerusform>%n pending changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTestText</name>
    <message numerus="yes">
        <source>Connected to %1. This key reaches %n organisations: choose one below.</source>
        <translation>
            <numerusform>Connected to %1. This key reaches %n organisation: choose it below.</numerusform>
            <numerusform>Connected to %1. This key reaches %n organisations: choose one below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds. The network may be slow, or a firewall may be holding the connection.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. The network may be slow, or a firewall may be holding the connection.</numerusform>
            <numerusform>%1 did not answer within %n seconds. The network may be slow, or a firewall may be holding the connection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceDetailsPage</name>
    <message numerus="yes">
        <source>Not available: %n user(s) bound already (a Windows policy may allow it anyway).</source>
        <translation>
            <numerusform>Not available: %n user is bound already (a Windows policy may allow it anyway).</numerusform>
            <numerusform>Not available: %n users are bound already (a Windows policy may allow it anyway).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not available: %n user(s) bound already; macOS offers it only on a device with none.</source>
        <translation>
            <numerusform>Not available: %n user is bound already; macOS offers it only on a device with none.</numerusform>
            <numerusform>Not available: %n users are bound already; macOS offers it only on a device with none.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropDescription</name>
    <message numerus="yes">
        <source>%Ln user</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln devices</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user group</source>
        <translation>
            <numerusform>%Ln user group</numerusform>
            <numerusform>%Ln user groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user groups</source>
        <translation>
            <numerusform>%Ln user group</numerusform>
            <numerusform>%Ln user groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device group</source>
        <translation>
            <numerusform>%Ln device group</numerusform>
            <numerusform>%Ln device groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device groups</source>
        <translation>
            <numerusform>%Ln device group</numerusform>
            <numerusform>%Ln device groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln user to %1</numerusform>
            <numerusform>Exported %Ln users to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln device(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln device to %1</numerusform>
            <numerusform>Exported %Ln devices to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user group(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln user group to %1</numerusform>
            <numerusform>Exported %Ln user groups to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln device group(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln device group to %1</numerusform>
            <numerusform>Exported %Ln device groups to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln binding(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln binding to %1</numerusform>
            <numerusform>Exported %Ln bindings to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupChangeFlows</name>
    <message numerus="yes">
        <source>Its %n member(s) stay in the directory but lose what the group gives them.</source>
        <translation>
            <numerusform>Its %n member stays in the directory but loses what the group gives them.</numerusform>
            <numerusform>Its %n members stay in the directory but lose what the group gives them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n device(s) stay in the directory.</source>
        <translation>
            <numerusform>Its %n device stays in the directory.</numerusform>
            <numerusform>Its %n devices stay in the directory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommitPage</name>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>Sending %n row…</numerusform>
            <numerusform>Sending %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n row(s); they are sent when Bindery is online.</source>
        <translation>
            <numerusform>Queued %n row; it is sent when Bindery is online.</numerusform>
            <numerusform>Queued %n rows; they are sent when Bindery is online.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFormatPage</name>
    <message numerus="yes">
        <source>… and %n more notes.</source>
        <translation>
            <numerusform>… and %n more note.</numerusform>
            <numerusform>… and %n more notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the file with another encoding or delimiter undoes your corrections and the rows you left out in the preview (%n row(s)).</source>
        <translation>
            <numerusform>Reading the file with another encoding or delimiter undoes your corrections and the rows you left out in the preview (%n row).</numerusform>
            <numerusform>Reading the file with another encoding or delimiter undoes your corrections and the rows you left out in the preview (%n rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message numerus="yes">
        <source>Rows join the user groups in %n column(s).</source>
        <translation>
            <numerusform>Rows join the user groups in %n column.</numerusform>
            <numerusform>Rows join the user groups in %n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultsPage</name>
    <message numerus="yes">
        <source>Undone: %n user(s) deleted.</source>
        <translation>
            <numerusform>Undone: %n user deleted.</numerusform>
            <numerusform>Undone: %n users deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be sent; see the pending changes.</source>
        <translation>
            <numerusform>%n change could not be sent; see the pending changes.</numerusform>
            <numerusform>%n changes could not be sent; see the pending changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undoing: sending %n change(s) that reverse the import…</source>
        <translation>
            <numerusform>Undoing: sending %n change that reverses the import…</numerusform>
            <numerusform>Undoing: sending %n changes that reverse the import…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is bound to %n device(s), so the directory refuses to change their local account name (now “%2”). Unbind them first, or keep “%2” in this cell.</source>
        <translation>
            <numerusform>%1 is bound to %n device, so the directory refuses to change their local account name (now “%2”). Unbind it first, or keep “%2” in this cell.</numerusform>
            <numerusform>%1 is bound to %n devices, so the directory refuses to change their local account name (now “%2”). Unbind them first, or keep “%2” in this cell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices are named “%1” (%2). Use the SystemID column to say which one.</source>
        <translation>
            <numerusform>%n device is named “%1” (%2). Use the SystemID column to say which one.</numerusform>
            <numerusform>%n devices are named “%1” (%2). Use the SystemID column to say which one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectPickerDialog</name>
    <message numerus="yes">
        <source>%n picked</source>
        <translation>
            <numerusform>%n picked</numerusform>
            <numerusform>%n picked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message numerus="yes">
        <source>Sent %n time(s)</source>
        <translation>
            <numerusform>Sent %n time</numerusform>
            <numerusform>Sent %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaneKinds</name>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user group(s)</source>
        <translation>
            <numerusform>%Ln user group</numerusform>
            <numerusform>%Ln user groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device group(s)</source>
        <translation>
            <numerusform>%Ln device group</numerusform>
            <numerusform>%Ln device groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingChangesView</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation>
            <numerusform>%n change selected.</numerusform>
            <numerusform>%n changes selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n time(s)</source>
        <translation>
            <numerusform>sent %n time</numerusform>
            <numerusform>sent %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %n change(s)? They have not been sent and will not be:</source>
        <translation>
            <numerusform>Undo %n change? It has not been sent and will not be:</numerusform>
            <numerusform>Undo %n changes? They have not been sent and will not be:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s) again?</source>
        <translation>
            <numerusform>Send %n change again?</numerusform>
            <numerusform>Send %n changes again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)? The directory keeps what it has; these are removed from the list:</source>
        <translation>
            <numerusform>Discard %n change? The directory keeps what it has; this one is removed from the list:</numerusform>
            <numerusform>Discard %n changes? The directory keeps what it has; these are removed from the list:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were sent meanwhile and were left as they are.</source>
        <translation>
            <numerusform>%n change was sent meanwhile and was left as it is.</numerusform>
            <numerusform>%n changes were sent meanwhile and were left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenameDeviceDialog</name>
    <message numerus="yes">
        <source>%n other device(s) already show this name; people and imports that pick devices by name cannot tell them apart.</source>
        <translation>
            <numerusform>%n other device already shows this name; people and imports that pick devices by name cannot tell them apart.</numerusform>
            <numerusform>%n other devices already show this name; people and imports that pick devices by name cannot tell them apart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetMfaDialog</name>
    <message numerus="yes">
        <source>Reset MFA of %n user(s)</source>
        <translation>
            <numerusform>Reset MFA of %n user</numerusform>
            <numerusform>Reset MFA of %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message numerus="yes">
        <source>Sent %n change(s) to the directory.</source>
        <translation>
            <numerusform>Sent %n change to the directory.</numerusform>
            <numerusform>Sent %n changes to the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n rows changed.</source>
        <translation>
            <numerusform>Synced: %n row changed.</numerusform>
            <numerusform>Synced: %n rows changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserChangeFlows</name>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They get access to everything bound to them, including %n device(s); accounts there are created or taken over at each device&apos;s next check-in.</source>
        <translation>
            <numerusform>They get access to everything bound to them, including %n device; accounts there are created or taken over at the device&apos;s next check-in.</numerusform>
            <numerusform>They get access to everything bound to them, including %n devices; accounts there are created or taken over at each device&apos;s next check-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in to the %n device(s) bound to them or to the applications the directory signs them in to.</source>
        <translation>
            <numerusform>They can no longer sign in to the %n device bound to them or to the applications the directory signs them in to.</numerusform>
            <numerusform>They can no longer sign in to the %n devices bound to them or to the applications the directory signs them in to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) from the directory: %1?</source>
        <translation>
            <numerusform>Delete %n user from the directory: %1?</numerusform>
            <numerusform>Delete %n users from the directory: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They lose access to %n device(s): %1.</source>
        <translation>
            <numerusform>They lose access to %n device: %1.</numerusform>
            <numerusform>They lose access to %n devices: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is bound to %n device(s); the directory refuses renaming a bound user. Unbind the devices first to change this.</source>
        <translation>
            <numerusform>%1 is bound to %n device; the directory refuses renaming a bound user. Unbind the device first to change this.</numerusform>
            <numerusform>%1 is bound to %n devices; the directory refuses renaming a bound user. Unbind the devices first to change this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 are waiting to be sent (%2). This form shows the values of the last sync.</source>
        <translation>
            <numerusform>%n change to %1 is waiting to be sent (%2). This form shows the values of the last sync.</numerusform>
            <numerusform>%n changes to %1 are waiting to be sent (%2). This form shows the values of the last sync.</numerusform>
        </translation>
    </message>
</context>
</TS>
