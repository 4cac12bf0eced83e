#pragma once

#include "UserUniqueness.h"

#include <QList>
#include <QString>

class CacheDatabase;

// Answers uniqueness questions from the cache (indexed, case-insensitive lookups) and from the
// changes still in the outbox, so two creates of "jdoe" in a row are caught before either is sent.
// The outbox is read once on construction (forms are short-lived); call reloadOutbox() to re-read.
class CacheUniqueness final : public UserUniqueness
{
public:
    explicit CacheUniqueness(CacheDatabase &cache);

    std::optional<ValueOwner> owner(Key key, const QString &value, const QString &exceptUserId) const override;

    enum class GroupKind { User, Device };
    // Another group of that kind (not `exceptId`) with this name, case-insensitive.
    std::optional<ValueOwner> groupNamed(GroupKind kind, const QString &name, const QString &exceptId) const;
    // How many devices other than `exceptId` show this name (display name or hostname).
    int devicesNamed(const QString &name, const QString &exceptId) const;

    void reloadOutbox();

private:
    // A value claimed by a change not yet pushed (pending, pushing or failed: a failed one may be retried).
    struct Claim
    {
        QString key; // "username", "email", "employeeIdentifier", "systemUsername", "userGroup", "deviceGroup"
        QString value;
        ValueOwner owner;
    };
    std::optional<ValueOwner> claimed(const QString &key, const QString &value, const QString &exceptId,
        Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

    CacheDatabase &m_cache;
    QList<Claim> m_claims;
};
