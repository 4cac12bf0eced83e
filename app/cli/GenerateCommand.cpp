#include "GenerateCommand.h"

#include "CacheDatabase.h"
#include "CliExitCode.h"
#include "Console.h"
#include "OrgGenerator.h"
#include "SampleOrg.h"
#include "SnapshotWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace {

struct CountOption
{
    QCommandLineOption option;
    int OrgGeneratorParams::*field;
};

} // namespace

int GenerateCommand::run(const QStringList &arguments)
{
    const OrgGeneratorParams defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write a generated org (deterministic for a seed) or the small sample org "
                                     "into a Bindery cache file. The benchmark org is --users 50000 --devices 20000 "
                                     "--user-groups 500 --device-groups 300 --bindings 150000 "
                                     "--local-accounts 100000."_s);
    const QCommandLineOption outOption(
        u"out"_s, u"The cache file to write (created, or its snapshot replaced)."_s, u"file"_s);
    const auto count = [&](const QString &name, const QString &what, int value) {
        return QCommandLineOption(
            name, u"Number of %1 (default %2)."_s.arg(what).arg(value), u"n"_s, QString::number(value));
    };
    const QList<CountOption> counts = {
        { count(u"users"_s, u"users"_s, defaults.users), &OrgGeneratorParams::users },
        { count(u"devices"_s, u"devices"_s, defaults.devices), &OrgGeneratorParams::devices },
        { count(u"user-groups"_s, u"user groups"_s, defaults.userGroups), &OrgGeneratorParams::userGroups },
        { count(u"device-groups"_s, u"device groups"_s, defaults.deviceGroups), &OrgGeneratorParams::deviceGroups },
        { count(u"bindings"_s, u"user–device bindings"_s, defaults.bindings), &OrgGeneratorParams::bindings },
        { count(u"local-accounts"_s, u"local accounts reported by devices"_s, defaults.localAccounts),
            &OrgGeneratorParams::localAccounts },
    };
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the generator (default 1)."_s, u"s"_s, u"1"_s);
    const QCommandLineOption sampleOption(u"sample"_s, u"Write the hand-written sample org instead."_s);
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, u"Show this help."_s);
    parser.addOption(outOption);
    for (const CountOption &c : counts)
        parser.addOption(c.option);
    parser.addOptions({ seedOption, sampleOption, helpOption });

    if (!parser.parse(QStringList { u"bindery-cli generate-org"_s } + arguments)) {
        Console::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        Console::out(
            parser.helpText().replace(QCoreApplication::arguments().constFirst(), u"bindery-cli generate-org"_s));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Console::error(
            u"generate-org takes no arguments besides options: \"%1\""_s.arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    if (!parser.isSet(outOption)) {
        Console::error(u"generate-org needs --out FILE"_s);
        return ExitUsage;
    }
    OrgGeneratorParams params;
    for (const CountOption &c : counts) {
        bool ok = false;
        const int value = parser.value(c.option).toInt(&ok);
        if (!ok || value < 0) {
            Console::error(u"--%1 needs a whole number of 0 or more, not \"%2\""_s.arg(
                c.option.names().first(), parser.value(c.option)));
            return ExitUsage;
        }
        params.*c.field = value;
    }
    bool seedOk = false;
    params.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk) {
        Console::error(u"--seed needs a whole number, not \"%1\""_s.arg(parser.value(seedOption)));
        return ExitUsage;
    }

    QElapsedTimer timer;
    timer.start();
    const OrgSnapshot org = parser.isSet(sampleOption) ? SampleOrg::make() : OrgGenerator::generate(params);
    const qint64 generateMs = timer.restart();

    const QString path = parser.value(outOption);
    const QString shown = QDir::toNativeSeparators(path);
    auto opened = CacheDatabase::open(path);
    if (!opened) {
        Console::error(u"cannot open %1 as a cache: %2 [%3]"_s.arg(shown, opened.error().detail, opened.error().code));
        return ExitFailure;
    }
    const Result<void> written = SnapshotWriter(*opened.value()).replaceSnapshot(org);
    if (!written) {
        Console::error(
            u"cannot write the org to %1: %2 [%3]"_s.arg(shown, written.error().detail, written.error().code));
        return ExitFailure;
    }
    const qint64 writeMs = timer.elapsed();
    Console::message(u"Wrote %1 users, %2 devices, %3 user groups, %4 device groups, %5 bindings, "
                     "%6 local accounts to %7 (generated in %8 ms, written in %9 ms)"_s.arg(org.users.size())
                         .arg(org.devices.size())
                         .arg(org.userGroups.size())
                         .arg(org.deviceGroups.size())
                         .arg(org.userDeviceBindings.size())
                         .arg(org.localAccounts.size())
                         .arg(shown)
                         .arg(generateMs)
                         .arg(writeMs));
    return ExitOk;
}
