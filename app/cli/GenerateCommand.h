#pragma once

#include <QStringList>

// `bindery-cli generate-org --out FILE [--users N …] [--seed S] [--sample]`: writes an org made by
// OrgGenerator (or the hand-written SampleOrg) into a cache file, for demos and benchmarks.
class GenerateCommand
{
public:
    int run(const QStringList &arguments);
};
