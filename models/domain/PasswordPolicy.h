#pragma once

// The org's password policy (DOMAIN.md "Passwords"): minimum length 8–64, optional complexity.
struct PasswordPolicy
{
    bool known = false; // false when the cache has never seen the org's settings
    int minLength = 12;
    bool needsLowercase = false;
    bool needsUppercase = false;
    bool needsNumeric = false;
    bool needsSymbolic = false;
    int maxHistory = 0;
    int expirationInDays = 0;

    friend bool operator==(const PasswordPolicy &, const PasswordPolicy &) = default;
};
