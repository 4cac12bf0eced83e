#pragma once

#include "OrgSnapshot.h"

#include <QByteArray>

// What the import benchmarks (bench_import_validator, bench_import_preview) read and check: the benchmark org and an
// extended CSV with a device column and two group columns in which every 1,000th row has a broken e-mail.
namespace ImportBenchData {

// The benchmark org (OrgGeneratorParams::benchmark()): 50,000 users, 20,000 devices, 100,000 local accounts.
OrgSnapshot org();
// `rows` users new to `org`, each binding one of its devices and joining two of its groups; CRLF, some fields quoted.
QByteArray csv(const OrgSnapshot &org, int rows);

} // namespace ImportBenchData
