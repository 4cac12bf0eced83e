#include "ImportCommand.h"

#include "ApiClient.h"
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "CliExitCode.h"
#include "Console.h"
#include "ImportChangeBuilder.h"
#include "ImportCommitter.h"
#include "ImportFile.h"
#include "ImportOutcomes.h"
#include "ImportPusherDriver.h"
#include "ImportResultsCsv.h"
#include "ImportValidationJson.h"
#include "ImportValidator.h"
#include "OutboxPusher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What both subcommands read: the file, the cache's org and the mapping, validated.
struct Loaded
{
    ImportFile file;
    std::unique_ptr<CacheDatabase> cache;
    OrgSnapshot org;
    std::unique_ptr<ImportValidator> validator;
};

// ExitOk when loaded; otherwise the exit code, the reason already printed.
int load(const QString &path, const QString &cachePath, const QString &mappingPath, bool updateExisting, Loaded &out)
{
    auto file = ImportFile::read(path);
    if (!file) {
        Console::error(u"cannot read %1: %2"_s.arg(native(path), file.error().detail));
        return ExitUsage;
    }
    out.file = std::move(file).value();
    if (!QFileInfo::exists(cachePath)) {
        Console::error(u"there is no cache %1; run bindery-cli sync first"_s.arg(native(cachePath)));
        return ExitUsage;
    }
    auto opened = CacheDatabase::open(cachePath);
    if (!opened) {
        Console::error(
            u"cannot open the cache %1: %2 [%3]"_s.arg(native(cachePath), opened.error().detail, opened.error().code));
        return ExitUsage;
    }
    out.cache = std::move(opened).value();
    auto snapshot = CacheReader(*out.cache).snapshot();
    if (!snapshot) {
        Console::error(u"cannot read the cache %1: %2"_s.arg(native(cachePath), snapshot.error().detail));
        return ExitUsage;
    }
    out.org = std::move(snapshot).value();

    ImportMapping mapping = ImportMapping::fromHeader(out.file.header);
    if (!mappingPath.isEmpty()) {
        QFile mappingFile(mappingPath);
        if (!mappingFile.open(QIODevice::ReadOnly)) {
            Console::error(u"cannot read the mapping %1: %2"_s.arg(native(mappingPath), mappingFile.errorString()));
            return ExitUsage;
        }
        auto loaded = ImportMapping::fromJson(QJsonDocument::fromJson(mappingFile.readAll()).object(), out.file.header);
        if (!loaded) {
            Console::error(u"%1 is not a saved mapping: %2"_s.arg(native(mappingPath), loaded.error().detail));
            return ExitUsage;
        }
        mapping = std::move(loaded).value();
    }
    out.validator = std::make_unique<ImportValidator>(out.org, mapping, ImportValidatorOptions { updateExisting });
    out.validator->setRecords(out.file.records);
    return ExitOk;
}

bool writeReport(const QString &path, const Loaded &loaded, const QList<ImportRowOutcome> &outcomes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Console::error(u"cannot write the report %1: %2"_s.arg(native(path), file.errorString()));
        return false;
    }
    const int password = loaded.validator->mapping().column(ImportField::Password);
    auto written = ImportResultsCsv::write(file, loaded.file.header, loaded.file.records, outcomes, password);
    if (!written || !file.commit()) {
        Console::error(u"cannot write the report %1: %2"_s.arg(
            native(path), written ? file.errorString() : written.error().detail));
        return false;
    }
    return true;
}

QString summaryLine(const ImportSummary &s)
{
    return u"%1 rows: %2 to create, %3 to update, %4 bindings, %5 group adds, %6 staged; %7 rows with errors, %8 "
           "with warnings\n"_s.arg(s.rows)
               .arg(s.creates)
               .arg(s.updates)
               .arg(s.bindings)
               .arg(s.groupAdds)
               .arg(s.staged)
               .arg(s.errorRows)
               .arg(s.warningRows);
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({ u"h"_s, u"help"_s }, u"Show this help."_s);
}

// Parses `arguments` for `name`; ExitOk, or the exit code (help printed, or the error).
int parse(QCommandLineParser &parser, const QString &name, const QStringList &arguments)
{
    parser.addOption(helpOption());
    parser.addPositionalArgument(u"file"_s, u"The CSV file to import."_s);
    if (!parser.parse(QStringList { name } + arguments)) {
        Console::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        Console::out(parser.helpText().replace(QCoreApplication::arguments().constFirst(), name));
        return -1;
    }
    if (parser.positionalArguments().size() != 1) {
        Console::error(u"%1 needs exactly one FILE"_s.arg(name));
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--api-key" || argument.startsWith(u"--api-key="_s)) {
            Console::error(u"there is no --api-key: a command line is visible to other users; put the key in "
                           "an environment variable and name it with --api-key-env VAR"_s);
            return ExitUsage;
        }
    }
    const QString sub = arguments.value(0);
    if (sub == u"validate")
        return validate(arguments.mid(1));
    if (sub == u"commit")
        return commit(arguments.mid(1));
    if (sub == u"-h" || sub == u"--help" || sub.isEmpty()) {
        Console::out(u"Usage: bindery-cli import validate FILE --cache FILE [--mapping FILE] [--json] [--report OUT]\n"
                     "       bindery-cli import commit FILE --url URL --api-key-env VAR --cache FILE [--report OUT]\n"
                     "`bindery-cli import <validate|commit> --help` lists every option.\n"_s);
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    Console::error(u"unknown import command \"%1\"; use validate or commit"_s.arg(sub));
    return ExitUsage;
}

int ImportCommand::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Check every row of a CSV import against the org in a cache. Exit 0 when no "
                                     "row has an error, 1 when some do, 2 when a file cannot be read."_s);
    const QCommandLineOption cacheOption(u"cache"_s, u"The cache file holding the org."_s, u"file"_s);
    const QCommandLineOption mappingOption(u"mapping"_s, u"A mapping saved by the import wizard."_s, u"file"_s);
    const QCommandLineOption updateOption(u"update-existing"_s, u"Rows naming an existing user update it."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object instead of lines."_s);
    const QCommandLineOption reportOption(
        u"report"_s, u"Also write the file with each row's status and messages."_s, u"out.csv"_s);
    parser.addOptions({ cacheOption, mappingOption, updateOption, jsonOption, reportOption });
    if (const int parsed = parse(parser, u"bindery-cli import validate"_s, arguments); parsed != ExitOk)
        return parsed < 0 ? ExitOk : parsed;
    if (!parser.isSet(cacheOption)) {
        Console::error(u"import validate needs --cache FILE"_s);
        return ExitUsage;
    }
    Loaded loaded;
    if (const int code = load(parser.positionalArguments().constFirst(), parser.value(cacheOption),
            parser.value(mappingOption), parser.isSet(updateOption), loaded);
        code != ExitOk)
        return code;
    const ImportValidator &validator = *loaded.validator;

    if (parser.isSet(jsonOption)) {
        Console::out(
            QString::fromUtf8(QJsonDocument(ImportValidationJson::toJson(validator)).toJson(QJsonDocument::Compact))
            + u'\n');
    } else {
        QString text;
        for (const ImportMappingIssue &issue : validator.mapping().issues())
            text += u"header %1 (column %2): %3 %4: %5\n"_s.arg(issue.header)
                        .arg(issue.column + 1)
                        .arg(importSeverityKey(issue.severity), issue.code, issue.message);
        for (const ImportRowResult &result : validator.results()) {
            for (const ImportIssue &issue : result.issues) {
                if (issue.severity == ImportSeverity::Info)
                    continue;
                text += u"line %1: %2 %3 %4: %5\n"_s.arg(result.line)
                            .arg(importSeverityKey(issue.severity),
                                issue.columnName.isEmpty() ? u"(row)"_s : issue.columnName, issue.code, issue.message);
            }
        }
        Console::out(text + summaryLine(validator.summary()));
    }
    if (parser.isSet(reportOption)) {
        QList<ImportRowOutcome> outcomes = ImportOutcomes::compute(validator.results(), {}, {}, {});
        for (ImportRowOutcome &outcome : outcomes) {
            if (outcome.kind != ImportRowOutcome::Kind::Pending)
                continue;
            outcome.kind = ImportRowOutcome::Kind::Valid;
            QStringList warnings;
            for (const ImportIssue &issue : validator.results().at(outcome.row).issues) {
                if (issue.severity == ImportSeverity::Warning)
                    warnings.append(issue.message);
            }
            outcome.message = warnings.join(u" "_s);
        }
        if (!writeReport(parser.value(reportOption), loaded, outcomes))
            return ExitUsage;
    }
    return validator.summary().errorRows > 0 ? ExitFailure : ExitOk;
}

int ImportCommand::commit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import the rows of a CSV file that have no error: queue them as one batch "
                                     "in the cache's outbox and push it to the directory. Running the same file "
                                     "again resumes the batch; no user is queued twice."_s);
    const QCommandLineOption urlOption(u"url"_s,
        u"The console URL: https://console.jumpcloud.com (US), https://console.eu.jumpcloud.com (EU), "
        "https://console.in.jumpcloud.com (India), or a sandbox's http://127.0.0.1:PORT."_s,
        u"url"_s);
    const QCommandLineOption keyOption(
        u"api-key-env"_s, u"The environment variable that holds the API key."_s, u"variable"_s);
    const QCommandLineOption orgOption(u"org-id"_s, u"The organisation, for multi-org admins."_s, u"id"_s);
    const QCommandLineOption cacheOption(
        u"cache"_s, u"The cache file holding the org (sync it first) and the outbox."_s, u"file"_s);
    const QCommandLineOption mappingOption(u"mapping"_s, u"A mapping saved by the import wizard."_s, u"file"_s);
    const QCommandLineOption updateOption(u"update-existing"_s, u"Rows naming an existing user update it."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object instead of lines."_s);
    const QCommandLineOption reportOption(
        u"report"_s, u"Also write the file with each row's outcome, message and new id."_s, u"out.csv"_s);
    parser.addOptions(
        { urlOption, keyOption, orgOption, cacheOption, mappingOption, updateOption, jsonOption, reportOption });
    if (const int parsed = parse(parser, u"bindery-cli import commit"_s, arguments); parsed != ExitOk)
        return parsed < 0 ? ExitOk : parsed;
    if (!parser.isSet(urlOption) || !parser.isSet(keyOption) || !parser.isSet(cacheOption)) {
        Console::error(u"import commit needs --url URL, --api-key-env VAR and --cache FILE"_s);
        return ExitUsage;
    }
    const auto endpoint = ApiEndpoint::fromString(parser.value(urlOption));
    if (!endpoint) {
        Console::error(u"cannot use --url: %1"_s.arg(endpoint.error().detail));
        return ExitUsage;
    }
    const QString keyVariable = parser.value(keyOption);
    ApiCredentials credentials { qgetenv(keyVariable.toLocal8Bit().constData()).trimmed(), parser.value(orgOption) };
    if (credentials.apiKey.isEmpty()) {
        Console::error(
            u"the environment variable $%1 is not set or empty; it must hold the API key"_s.arg(keyVariable));
        return ExitUsage;
    }
    Loaded loaded;
    if (const int code = load(parser.positionalArguments().constFirst(), parser.value(cacheOption),
            parser.value(mappingOption), parser.isSet(updateOption), loaded);
        code != ExitOk)
        return code;
    const ImportValidator &validator = *loaded.validator;
    const QList<ImportRowChange> changes = ImportChangeBuilder(validator).buildAll();
    const QString batchId = ImportBatchWriter::batchIdFor(loaded.file.digest, validator.mapping());

    QNetworkAccessManager network;
    ApiClient client(network, endpoint.value(), credentials);
    credentials = {}; // the client holds its copy
    OutboxPusher pusher(client, *loaded.cache);
    ImportPusherDriver driver(pusher);
    ImportCommitter committer(*loaded.cache, &driver);
    if (auto queued = committer.queue(batchId, changes); !queued) {
        Console::error(
            u"cannot queue the import in the cache: %1 [%2]"_s.arg(queued.error().detail, queued.error().code));
        return ExitFailure;
    }
    QString stopped;
    QEventLoop loop;
    QObject::connect(&committer, &ImportCommitter::finished, &loop, [&](const QString &error) {
        stopped = error;
        loop.quit();
    });
    committer.start();
    loop.exec();

    const QList<ImportRowOutcome> outcomes = committer.fileOutcomes(validator.results(), {});
    QHash<QString, int> counts;
    for (const ImportRowOutcome &outcome : outcomes)
        ++counts[ImportRowOutcome::key(outcome.kind)];
    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const ImportRowOutcome &outcome : outcomes) {
            QJsonObject row { { u"line"_s, outcome.line }, { u"outcome"_s, ImportRowOutcome::key(outcome.kind) },
                { u"message"_s, outcome.message } };
            if (!outcome.newId.isEmpty())
                row.insert(u"newId"_s, outcome.newId);
            rows.append(row);
        }
        QJsonObject countsJson;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            countsJson.insert(it.key(), it.value());
        QJsonObject json { { u"batch"_s, batchId }, { u"rows"_s, rows }, { u"counts"_s, countsJson } };
        if (!stopped.isEmpty())
            json.insert(u"error"_s, stopped);
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) + u'\n');
    } else {
        QString text;
        for (const ImportRowOutcome &outcome : outcomes) {
            text += u"line %1: %2"_s.arg(outcome.line).arg(ImportRowOutcome::key(outcome.kind));
            if (!outcome.newId.isEmpty())
                text += u" (id %1)"_s.arg(outcome.newId);
            if (!outcome.message.isEmpty() && outcome.kind != ImportRowOutcome::Kind::Created
                && outcome.kind != ImportRowOutcome::Kind::Updated)
                text += u": "_s + outcome.message;
            text += u'\n';
        }
        QStringList parts;
        for (const QString &key : { u"created"_s, u"updated"_s, u"unchanged"_s, u"partial"_s, u"failed"_s, u"pending"_s,
                 u"invalid"_s, u"skipped"_s }) {
            if (counts.value(key) > 0)
                parts.append(u"%1 %2"_s.arg(counts.value(key)).arg(key));
        }
        text += u"%1 rows: %2 (batch %3)\n"_s.arg(outcomes.size()).arg(parts.join(u", "_s), batchId);
        Console::out(text);
    }
    if (!stopped.isEmpty())
        Console::error(u"the push stopped: %1; run the same command again to resume"_s.arg(stopped));
    if (parser.isSet(reportOption) && !writeReport(parser.value(reportOption), loaded, outcomes))
        return ExitFailure;
    const bool complete = std::all_of(outcomes.cbegin(), outcomes.cend(), [](const ImportRowOutcome &o) {
        using Kind = ImportRowOutcome::Kind;
        return o.kind == Kind::Created || o.kind == Kind::Updated || o.kind == Kind::Unchanged
            || o.kind == Kind::Skipped;
    });
    return complete && stopped.isEmpty() ? ExitOk : ExitFailure;
}
