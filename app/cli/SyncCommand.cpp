#include "SyncCommand.h"

#include "ApiClient.h"
#include "CacheDatabase.h"
#include "CliExitCode.h"
#include "Console.h"
#include "SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {

// What went wrong, in words an admin can act on.
QString reasonFor(const SyncReport &report, const QString &keyVariable, const ApiEndpoint &endpoint)
{
    const ApiError &e = report.error;
    const QString host = endpoint.baseUrl().toDisplayString();
    if (e.code == QLatin1StringView(ApiError::Unauthorized))
        return u"401 Unauthorized: check the API key in $%1"_s.arg(keyVariable);
    if (e.code == QLatin1StringView(ApiError::Forbidden))
        return u"403 Forbidden: the key may not read this org (check --org-id): %1"_s.arg(e.message);
    if (e.code == QLatin1StringView(ApiError::Tls))
        return u"TLS failure talking to %1: %2"_s.arg(host, e.message);
    if (e.code == QLatin1StringView(ApiError::Network) || e.code == QLatin1StringView(ApiError::Timeout))
        return u"cannot reach %1: %2"_s.arg(host, e.message);
    if (e.code == QLatin1StringView(ApiError::Incomplete))
        return u"incomplete pull, the cache keeps its previous snapshot: %1 (%2)"_s.arg(e.message, e.url);
    if (e.code.startsWith(u"cache-"_s))
        return u"cannot write the cache: %1 [%2]"_s.arg(e.message, e.code);
    return u"sync failed, the cache keeps its previous snapshot: %1"_s.arg(e.oneLine());
}

} // namespace

int SyncCommand::run(const QStringList &arguments)
{
    // Say why, rather than "unknown option": someone will try it.
    for (const QString &argument : arguments) {
        if (argument == u"--api-key" || argument.startsWith(u"--api-key="_s)) {
            Console::error(u"there is no --api-key: a command line is visible to other users; put the key in "
                           "an environment variable and name it with --api-key-env VAR"_s);
            return ExitUsage;
        }
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Pull the whole org from the directory into a cache file."_s);
    const QCommandLineOption urlOption(u"url"_s,
        u"The console URL: https://console.jumpcloud.com (US), https://console.eu.jumpcloud.com (EU), "
        "https://console.in.jumpcloud.com (India), or a sandbox's http://127.0.0.1:PORT."_s,
        u"url"_s);
    const QCommandLineOption keyOption(
        u"api-key-env"_s, u"The environment variable that holds the API key."_s, u"variable"_s);
    const QCommandLineOption orgOption(u"org-id"_s, u"The organisation, for multi-org admins."_s, u"id"_s);
    const QCommandLineOption cacheOption(u"cache"_s, u"The cache file to update (created when missing)."_s, u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object instead of lines."_s);
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, u"Show this help."_s);
    parser.addOptions({ urlOption, keyOption, orgOption, cacheOption, jsonOption, helpOption });
    if (!parser.parse(QStringList { u"bindery-cli sync"_s } + arguments)) {
        Console::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        Console::out(parser.helpText().replace(QCoreApplication::arguments().constFirst(), u"bindery-cli sync"_s));
        return ExitOk;
    }
    if (!parser.isSet(urlOption) || !parser.isSet(keyOption) || !parser.isSet(cacheOption)) {
        Console::error(u"sync needs --url URL, --api-key-env VAR and --cache FILE"_s);
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

    const QString cachePath = parser.value(cacheOption);
    auto opened = CacheDatabase::open(cachePath);
    if (!opened) {
        Console::error(u"cannot open the cache %1: %2 [%3]"_s.arg(
            QDir::toNativeSeparators(cachePath), opened.error().detail, opened.error().code));
        return ExitFailure;
    }

    QNetworkAccessManager network;
    ApiClient client(network, endpoint.value(), credentials);
    SyncEngine::Options options;
    options.orgId = credentials.orgId;
    SyncEngine engine(client, *opened.value(), options);
    credentials = {}; // the client holds its copy; nothing else needs the key from here on
    SyncReport report;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    engine.start();
    loop.exec();

    if (!report.ok()) {
        Console::error(reasonFor(report, keyVariable, endpoint.value()));
        return ExitFailure;
    }
    if (parser.isSet(jsonOption)) {
        Console::out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)) + u'\n');
        return ExitOk;
    }
    QString text;
    for (auto it = report.counts.cbegin(); it != report.counts.cend(); ++it)
        text += u"%1: %2\n"_s.arg(it.key(), -20).arg(it.value());
    const ChangeSet &c = report.changes;
    text += u"%1 requests (%2 retries) in %3 s; %4\n"_s.arg(report.requests)
                .arg(report.retries)
                .arg(report.seconds, 0, 'f', 1)
                .arg(c.isEmpty() ? u"nothing changed"_s : u"%1 rows written"_s.arg(c.rowsWritten));
    for (const QString &warning : std::as_const(report.warnings))
        text += u"warning: "_s + warning + u'\n';
    Console::out(text);
    return ExitOk;
}
