#pragma once

#include <QString>

#include <optional>

class Store;

// "--seed generate:users=N,devices=M,user-groups=G,device-groups=H,seed=S[,bindings=B][,local-accounts=L]":
// a large deterministic org for benchmarks. Defaults: bindings = 3 × users, local accounts = 2 × users, so the
// benchmark org (50,000 users, 20,000 devices) has 150,000 direct user–device bindings and 100,000 local accounts.
// Local accounts are one built-in admin per device plus the managed accounts of the bindings the agents have
// applied so far (the rest are "pending check-in" and converge when touched).
class GeneratedSeed
{
public:
    struct Parameters
    {
        int users = 100;
        int devices = 40;
        int userGroups = 10;
        int deviceGroups = 5;
        quint64 seed = 1;
        int bindings = -1;      // -1: 3 × users
        int localAccounts = -1; // -1: 2 × users
    };

    static std::optional<Parameters> parse(const QString &spec, QString *error);
    static void populate(Store &store, const Parameters &parameters);
};
