#include "ExportCommand.h"

#include "CacheDatabase.h"
#include "CacheExporter.h"
#include "CliExitCode.h"
#include "CliLogging.h"
#include "Console.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

using namespace Qt::StringLiterals;

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write one kind of object from a Bindery cache to CSV (RFC 4180, UTF-8; "
                                     "cells starting with = + - @ get a leading ')."_s);
    parser.addPositionalArgument(u"kind"_s, exportKindNames().join(u" | "));
    const QCommandLineOption cacheOption(u"cache"_s, u"The cache file to read."_s, u"file"_s);
    const QCommandLineOption outOption(u"out"_s, u"The CSV file to write; - for standard output."_s, u"file"_s);
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, u"Show this help."_s);
    parser.addOptions({ cacheOption, outOption, helpOption });

    if (!parser.parse(QStringList { u"bindery-cli export"_s } + arguments)) {
        Console::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        // The parser names the program by its full path; the command reads better.
        Console::out(parser.helpText().replace(QCoreApplication::arguments().constFirst(), u"bindery-cli export"_s));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        Console::error(u"export needs one kind: %1"_s.arg(exportKindNames().join(u", ")));
        return ExitUsage;
    }
    const auto kind = exportKindFromName(positional.first());
    if (!kind) {
        Console::error(u"unknown kind \"%1\"; use one of %2"_s.arg(positional.first(), exportKindNames().join(u", ")));
        return ExitUsage;
    }
    if (!parser.isSet(cacheOption) || !parser.isSet(outOption)) {
        Console::error(u"export needs --cache FILE and --out FILE (or --out - for standard output)"_s);
        return ExitUsage;
    }

    const QString cachePath = parser.value(cacheOption);
    const QString shownCache = QDir::toNativeSeparators(cachePath);
    // CacheDatabase::open creates a missing file; an export from a cache that is not there is a
    // mistake to report, not an empty org.
    if (!QFileInfo(cachePath).isFile()) {
        Console::error(u"no cache file at %1; check the path (Bindery keeps one per connection profile "
                       "in its data folder) or create one with generate-org"_s.arg(shownCache));
        return ExitFailure;
    }
    auto opened = CacheDatabase::open(cachePath);
    if (!opened) {
        Console::error(
            u"cannot read the cache %1: %2 [%3] Open it in Bindery to rebuild it from the directory, or pass "
            "another file with --cache."_s.arg(shownCache, opened.error().detail, opened.error().code));
        return ExitFailure;
    }
    CacheDatabase &cache = *opened.value();

    QElapsedTimer timer;
    timer.start();
    const QString outPath = parser.value(outOption);
    Result<int> rows = 0;
    if (outPath == u"-") {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            Console::error(u"cannot write to standard output: %1"_s.arg(standardOutput.errorString()));
            return ExitFailure;
        }
        rows = CacheExporter::exportTo(cache, *kind, standardOutput);
        standardOutput.flush();
    } else {
        rows = CacheExporter::exportToFile(cache, *kind, outPath);
    }
    if (!rows) {
        Console::error(
            u"export of %1 failed: %2 [%3]"_s.arg(exportKindName(*kind), rows.error().detail, rows.error().code));
        return ExitFailure;
    }
    qCInfo(lcCli) << "exported" << rows.value() << exportKindName(*kind) << "in" << timer.elapsed() << "ms";
    if (outPath != u"-")
        Console::message(u"Exported %1 rows of %2 to %3 in %4 ms"_s.arg(rows.value())
                             .arg(exportKindName(*kind), QDir::toNativeSeparators(outPath))
                             .arg(timer.elapsed()));
    return ExitOk;
}
