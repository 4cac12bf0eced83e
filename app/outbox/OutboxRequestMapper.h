#pragma once

#include "ApiRequest.h"
#include "OutboxObjectRef.h"
#include "OutboxRow.h"
#include "Result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

// Outbox row → the directory's API (API.md §2–§8), with no state and no network: what to send,
// what to read first, how to find an object a lost answer created, and where its id is in the
// answer. Every kind is one call in the API, apart from reset MFA, which first makes MFA required
// (requestFirst()). The row's payload must be resolved
// (OutboxReferences::resolve): a "<key>FromRow" left in it is an error here.
class OutboxRequestMapper
{
public:
    // Stable Error codes.
    static constexpr auto UnknownKind = "outbox-unknown-kind";
    static constexpr auto MissingValue = "outbox-missing-value";
    static constexpr auto NeedsCurrent = "outbox-needs-current";

    // The read that must come before the change: the object as the directory has it now, to
    // check nothing changed since the admin saw it and, for a group, to send a full PUT (the API
    // replaces the whole group). nullopt for kinds that need none.
    static std::optional<ApiRequest> readBefore(const OutboxRow &row);

    // A call the change needs before its own, after readBefore(): user.resetMfa first PUTs
    // enable_user_portal_multifactor=true with the enrollment period. nullopt for other kinds.
    static std::optional<ApiRequest> requestFirst(const OutboxRow &row);

    // The change itself. `current` is the answer to readBefore() for the kinds that have one.
    static Result<ApiRequest> request(const OutboxRow &row, const QJsonObject &current = {});

    // For a create whose answer was lost: the query that finds what it may have created
    // (user by username, group by name); nullopt for other kinds. OutboxCreatedMatch tells
    // whether what it finds is ours.
    static std::optional<ApiRequest> lookupCreated(const OutboxRow &row);
    // The new object's id in a create's answer (v1 "_id", v2 "id").
    static QString createdId(const QJsonDocument &answer);

    // binding.add for an edge that already exists (409): set its sudo attributes instead.
    static Result<ApiRequest> bindingUpdate(const OutboxRow &row);

    // GET of one object, to tell which end of a change no longer exists.
    static std::optional<ApiRequest> readObject(const OutboxObjectRef &object);
};
