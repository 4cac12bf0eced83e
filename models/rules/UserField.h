#pragma once

#include <QLatin1StringView>

// The user attributes the user form edits, in form order. Each maps to the directory's v1
// systemuser attribute name, which is what outbox payloads carry (see OutboxChangeFactory.h).
enum class UserField {
    Username,
    Email,
    FirstName,
    LastName,
    DisplayName,
    LocalAccountName, // systemUsername, the "Local User Account"
    EmployeeId,
    JobTitle,
    Department,
    Company,
    CostCenter,
    EmployeeType,
    Location,
    AlternateEmail,
    Description,
    Password, // create only; never part of "before"
    Count
};

namespace UserFields {
inline constexpr int count = int(UserField::Count);

// The v1 attribute name ("username", "systemUsername", "employeeIdentifier" …).
QLatin1StringView apiKey(UserField field);
// The longest value the directory accepts for the field (API.md: 1024, employeeIdentifier 256).
int maxLength(UserField field);
} // namespace UserFields
