// Import commit against bindery-sandbox (issue 6): `bindery-cli import commit` of 1,000 new users, each with a device
// binding and two user groups (4,000 changes), into the benchmark org synced into a cache. Target: >= 100 users/s.
// Two variants: groups bound to no device group (the commit itself), and groups bound to device groups (the sandbox's
// agents then also create each new member's accounts on the group's devices inside the request, as the directory
// does later at the devices' check-ins).
// Per round, `import validate` of the same file is timed too: the commit reads and checks the file the same way
// before it pushes, so commit minus validate is the push alone. Three rounds, each with new usernames; medians.
// Prints figures; never fails on time.
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "SandboxRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr char Key[] = "bench-import-key-7c41";
constexpr int Users = 1000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct CliRun
{
    int exitCode = -1;
    double seconds = 0;
    QByteArray out, err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BINDERY_BENCH_KEY"_s, QString::fromLatin1(Key));
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(BINDERY_CLI_PATH), arguments);
    process.waitForFinished(1800000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, clock.elapsed() / 1000.0,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

QString csvField(const QString &value)
{
    return u'"' + QString(value).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // every figure is out even if a later step crashes
    const QString seed = qEnvironmentVariable(
        "BINDERY_BENCH_SEED", u"generate:users=50000,devices=20000,user-groups=500,device-groups=300,seed=1"_s);
    std::printf(
        "bench_import_commit: seed %s, %d users a round (device binding + 2 groups each)\n", qPrintable(seed), Users);
    QElapsedTimer clock;
    clock.start();
    SandboxRunner sandbox;
    if (!sandbox.start({ u"--seed"_s, seed }, Key, 900000)) {
        std::printf("cannot start the sandbox: %s\n", qPrintable(sandbox.errorText()));
        return 0; // a benchmark reports; it does not fail the run
    }
    std::printf("sandbox seeded and listening in %.1f s\n", clock.elapsed() / 1000.0);

    QTemporaryDir dir;
    const QString cachePath = dir.filePath(u"commit.sqlite"_s);
    const QStringList remote { u"--url"_s, sandbox.url(), u"--api-key-env"_s, u"BINDERY_BENCH_KEY"_s };
    const CliRun synced = runCli(QStringList { u"sync"_s } + remote + QStringList { u"--cache"_s, cachePath });
    if (synced.exitCode != 0) {
        std::printf("sync failed (%d): %s\n", synced.exitCode, synced.err.constData());
        return 0;
    }
    std::printf("synced the org into a cache in %.1f s\n", synced.seconds);

    QStringList deviceIds, groups, boundGroups;
    {
        auto cache = CacheDatabase::open(cachePath);
        if (!cache) {
            std::printf("cannot open the synced cache: %s\n", qPrintable(cache.error().detail));
            return 0;
        }
        const CacheReader reader(*cache.value());
        const auto devices = reader.deviceRows();
        const auto userGroups = reader.userGroupRows();
        for (const DeviceRow &row : devices ? devices.value() : QList<DeviceRow>())
            deviceIds.append(row.device.id);
        for (const UserGroupRow &row : userGroups ? userGroups.value() : QList<UserGroupRow>())
            (row.deviceGroupCount == 0 ? groups : boundGroups).append(row.group.name);
    }
    if (deviceIds.isEmpty() || groups.size() < 2 || boundGroups.size() < 2) {
        std::printf("the org has no devices, or fewer than two user groups bound (or not bound) to device groups\n");
        return 0;
    }
    std::printf("%lld devices, %lld user groups bound to no device group, %lld bound\n", qlonglong(deviceIds.size()),
        qlonglong(groups.size()), qlonglong(boundGroups.size()));
    const auto runRounds = [&](const QStringList &names, int roundOffset, const char *variant) {
        QList<double> commitSeconds, validateSeconds, rates, pushRates;
        std::printf("%s:\n", variant);
        for (int round = roundOffset + 1; round <= roundOffset + 3; ++round) {
            const QString csvPath = dir.filePath(u"round-%1.csv"_s.arg(round));
            QByteArray csv
                = "Username,FirstName,LastName,Email,Password,department,SystemID,Administrator,Group1,Group2\r\n";
            for (int i = 0; i < Users; ++i) {
                const QString username = u"bench%1.u%2"_s.arg(round).arg(i, 4, 10, QLatin1Char('0'));
                csv += QStringList { username, u"Bench"_s, u"Row%1"_s.arg(i), username + u"@import.example"_s,
                    u"Correct-Horse-%1-Battery"_s.arg(i), u"Imported"_s,
                    deviceIds.at((round * Users + i) % deviceIds.size()), i % 2 ? u"true"_s : u"false"_s,
                    csvField(names.at(i % names.size())), csvField(names.at((i * 7 + 1) % names.size())) }
                           .join(u',')
                           .toUtf8()
                    + "\r\n";
            }
            QFile file(csvPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
                return 1;
            file.close();

            const CliRun validated = runCli({ u"import"_s, u"validate"_s, csvPath, u"--cache"_s, cachePath });
            const CliRun committed = runCli(QStringList { u"import"_s, u"commit"_s, csvPath } + remote
                + QStringList { u"--cache"_s, cachePath, u"--json"_s });
            const QJsonObject json = QJsonDocument::fromJson(committed.out).object();
            const int created = json.value("counts"_L1).toObject().value("created"_L1).toInt();
            const double push = committed.seconds - validated.seconds;
            std::printf("round %d: validate %.2f s (exit %d); commit %.2f s (exit %d): %d of %d created, %.0f users/s; "
                        "push alone ~%.2f s, %.0f users/s\n",
                round, validated.seconds, validated.exitCode, committed.seconds, committed.exitCode, created, Users,
                created / committed.seconds, push, push > 0 ? created / push : 0.0);
            if (created != Users)
                std::printf("  counts: %s\n  stderr: %s\n",
                    QJsonDocument(json.value("counts"_L1).toObject()).toJson(QJsonDocument::Compact).constData(),
                    committed.err.left(500).constData());
            commitSeconds.append(committed.seconds);
            validateSeconds.append(validated.seconds);
            rates.append(created / committed.seconds);
            pushRates.append(push > 0 ? created / push : 0.0);
        }
        std::printf("median of 3 (%s): commit %.2f s = %.0f users/s end to end (target >= 100); validate %.2f s; push "
                    "alone %.0f users/s\n",
            variant, median(commitSeconds), median(rates), median(validateSeconds), median(pushRates));
        return 0;
    };
    for (const bool bound : { false, true }) {
        if (const int failed = runRounds(bound ? boundGroups : groups, bound ? 3 : 0,
                bound ? "groups bound to device groups" : "groups bound to no device group"))
            return failed;
    }
    return 0;
}
