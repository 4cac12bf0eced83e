#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

// What one applied snapshot changed in the cache, so item models refresh exactly those rows
// (and nothing at all after a sync of an unchanged org).
struct ChangeSet
{
    // One kind of object: rows inserted or updated, rows deleted, and rows whose own columns did
    // not change but whose relations (bindings, memberships, local accounts) did — a pane that
    // shows counts must repaint those too.
    struct Objects
    {
        QStringList upserted;
        QStringList removed;
        QStringList relationsChanged;

        bool isEmpty() const { return upserted.isEmpty() && removed.isEmpty() && relationsChanged.isEmpty(); }
        friend bool operator==(const Objects &, const Objects &) = default;
    };
    // One relation table: how many rows went in, out, or changed attributes (sudo flags…).
    struct Relation
    {
        int added = 0;
        int removed = 0;
        int updated = 0;

        bool isEmpty() const { return added == 0 && removed == 0 && updated == 0; }
        friend bool operator==(const Relation &, const Relation &) = default;
    };

    Objects users;
    Objects devices;
    Objects userGroups;
    Objects deviceGroups;
    Relation userDeviceBindings;
    Relation userGroupMembers;
    Relation deviceGroupMembers;
    Relation groupBindings;
    Relation localAccounts;
    bool settingsChanged = false; // org name, password policy, state defaults, self-service
    int rowsWritten = 0; // object and relation rows; the snapshot's synced_at stamp is not counted

    bool isEmpty() const;
    QJsonObject toJson() const; // counts per kind, for the CLI and logs

    friend bool operator==(const ChangeSet &, const ChangeSet &) = default;
};

Q_DECLARE_METATYPE(ChangeSet)
