#pragma once

#include <QtGlobal>

// How big an org OrgGenerator makes. Every count is honoured exactly (bindings are capped at
// users × devices, local accounts need at least one device). The defaults make a mid-sized org;
// the benchmark org is users=50000, devices=20000, userGroups=500, deviceGroups=300,
// bindings=150000, localAccounts=100000.
struct OrgGeneratorParams
{
    int users = 1000;
    int devices = 400;
    int userGroups = 20;
    int deviceGroups = 10;
    int bindings = 3000;
    int localAccounts = 2000;
    quint64 seed = 1;
};
