#pragma once

#include <QString>
#include <optional>

class Store;

// "--seed generate:users=N,devices=M,user-groups=G,device-groups=H,seed=S[,bindings=B][,local-accounts=L]":
// a large, deterministic and believable org for benchmarks (see sandbox/README.md, "Seeds").
// bindings = effective user–device pairs (direct edges plus group bindings), default 3 × users.
// local-accounts = total rows the agents report, default: everything applied (built-ins, service and stray accounts,
// one managed account per bound pair). A smaller budget leaves the last devices "not checked in" (inactive, their
// bindings pending), the only state in which a bound user has no managed account.
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
        int bindings = -1; // -1: 3 × users
        int localAccounts = -1; // -1: as many as applying every binding needs
    };

    static std::optional<Parameters> parse(const QString &spec, QString *error);
    static void populate(Store &store, const Parameters &parameters);
};
