#pragma once

#include <QString>

class AgentSimulator;
class Store;

// "--seed-file org.json": loads a hand-written fixture (format and example in sandbox/README.md and
// seeds/example-org.json). Objects refer to each other by "key" (or by username / hostname / group name).
class SeedFileLoader
{
public:
    static bool load(const QString &path, Store &store, AgentSimulator &agents, QString *error);
};
