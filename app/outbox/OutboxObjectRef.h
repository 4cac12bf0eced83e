#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// A directory object an outbox row names: what it changes, or one end of an edge it adds or
// removes. `fromRow` is set instead of `id` while the object is still to be created by that row.
struct OutboxObjectRef
{
    // The row's objectType vocabulary.
    static constexpr auto User = "user";
    static constexpr auto Device = "device";
    static constexpr auto UserGroup = "userGroup";
    static constexpr auto DeviceGroup = "deviceGroup";
    static constexpr auto Org = "org";

    QString type;
    QString id;
    qint64 fromRow = 0;
    QString name; // as the admin saw it; empty when the row does not say

    friend bool operator==(const OutboxObjectRef &, const OutboxObjectRef &) = default;
};

Q_DECLARE_METATYPE(OutboxObjectRef)
