#pragma once

#include <QString>
#include <cstdint>

// Produces 24-hex ObjectIds. Seeded objects get ids from a fixed timestamp and a counter so a seed always yields the
// same ids; objects created at run time get the current time, so they sort after the seed like real ObjectIds.
class ObjectIdGenerator
{
public:
    enum class Kind : std::uint16_t {
        Organization = 1,
        User,
        System,
        UserGroup,
        SystemGroup,
        Command,
        CommandResult,
        Workflow,
        LocalAccount
    };

    static QString seeded(Kind kind, std::uint64_t counter);
    static QString fresh(Kind kind);
    static bool isValid(const QString &id);
};
