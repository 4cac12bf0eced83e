#pragma once

#include <QString>
#include <optional>

// Who already holds a value that must be unique in the org.
struct ValueOwner
{
    QString id; // the object's directory id; empty for a create still in the outbox
    QString name; // its username or group name, to name it in the message
    bool pending = false; // claimed by a change in the outbox, not yet in the directory

    friend bool operator==(const ValueOwner &, const ValueOwner &) = default;
};

// The uniqueness questions the user rules ask (DOMAIN.md: username, e-mail, employee id and local
// account name are unique; a username must not equal another user's local account name).
// An interface so the rules can be tested against a table as well as against a cache.
class UserUniqueness
{
public:
    enum class Key { Username, Email, EmployeeId, LocalAccountName };

    virtual ~UserUniqueness() = default;
    // A user other than `exceptUserId` whose `key` equals `value` (case-insensitive but for the
    // employee id), in the cache or in a change waiting in the outbox.
    virtual std::optional<ValueOwner> owner(Key key, const QString &value, const QString &exceptUserId) const = 0;
};
