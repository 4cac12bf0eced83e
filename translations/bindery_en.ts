<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
