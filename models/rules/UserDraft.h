#pragma once

#include "User.h"
#include "UserField.h"

#include <QJsonObject>
#include <QString>
#include <array>

// What the user form holds: one text per UserField plus the state chosen on create. Turns into the
// "fields" of a user.create, or the changed fields and their "before" of a user.update.
struct UserDraft
{
    std::array<QString, UserFields::count> values;
    UserState state = UserState::Activated;

    const QString &value(UserField field) const { return values.at(std::size_t(field)); }
    void setValue(UserField field, const QString &text) { values.at(std::size_t(field)) = text; }

    static UserDraft fromUser(const User &user);

    // Every non-empty field but the password, plus "state": the payload of a user.create.
    QJsonObject createFields() const;
    // The fields that differ from `original` (the password never counts), and their old values.
    QJsonObject changedFields(const UserDraft &original) const;
    QJsonObject beforeValues(const UserDraft &original) const;

    friend bool operator==(const UserDraft &, const UserDraft &) = default;
};
