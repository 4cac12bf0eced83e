#pragma once

#include <QtGlobal>

// How big an org OrgGenerator makes. Every count is honoured exactly (bindings are capped at
// users × devices, local accounts need at least one device). The defaults make a mid-sized org;
// benchmark() is the benchmark org the README's performance table is measured on.
struct OrgGeneratorParams
{
    static OrgGeneratorParams benchmark()
    {
        OrgGeneratorParams params;
        params.users = 50000;
        params.devices = 20000;
        params.userGroups = 500;
        params.deviceGroups = 300;
        params.bindings = 150000;
        params.localAccounts = 100000;
        return params;
    }

    int users = 1000;
    int devices = 400;
    int userGroups = 20;
    int deviceGroups = 10;
    int bindings = 3000;
    int localAccounts = 2000;
    quint64 seed = 1;
};
