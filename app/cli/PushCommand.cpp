#include "PushCommand.h"

#include "ApiClient.h"
#include "CacheDatabase.h"
#include "CliExitCode.h"
#include "Console.h"
#include "OutboxPusher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {

// Why the push stopped before every change was sent, in words an admin can act on.
QString reasonFor(const ApiError &e, const QString &keyVariable, const ApiEndpoint &endpoint)
{
    const QString host = endpoint.baseUrl().toDisplayString();
    if (e.code == QLatin1StringView(ApiError::Unauthorized))
        return u"401 Unauthorized: check the API key in $%1; the changes stay pending"_s.arg(keyVariable);
    if (e.code == QLatin1StringView(ApiError::Tls))
        return u"TLS failure talking to %1: %2"_s.arg(host, e.message);
    if (e.code == QLatin1StringView(ApiError::Network) || e.code == QLatin1StringView(ApiError::Timeout)
        || e.code == QLatin1StringView(ApiError::ServerError) || e.code == QLatin1StringView(ApiError::RateLimited))
        return u"cannot reach %1 (%2); the remaining changes stay pending"_s.arg(host, e.oneLine());
    if (e.code.startsWith(u"cache-"_s))
        return u"cannot write the cache: %1 [%2]"_s.arg(e.message, e.code);
    return u"push stopped: %1"_s.arg(e.oneLine());
}

QString rowLine(const OutboxPushSummary::Row &row)
{
    QString line = u"#%1 %2 %3"_s.arg(row.id).arg(OutboxRow::stateKey(row.state), -7).arg(row.summary);
    if (!row.createdId.isEmpty())
        line += row.adopted ? u" (id %1, found after a lost answer)"_s.arg(row.createdId)
                            : u" (id %1)"_s.arg(row.createdId);
    if (!row.error.isEmpty())
        line += u": "_s + row.error.simplified(); // one line per change, whatever the directory wrote
    return line + u'\n';
}

} // namespace

int PushCommand::run(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--api-key" || argument.startsWith(u"--api-key="_s)) {
            Console::error(u"there is no --api-key: a command line is visible to other users; put the key in "
                           "an environment variable and name it with --api-key-env VAR"_s);
            return ExitUsage;
        }
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Send the cache's pending changes (the outbox) to the directory."_s);
    const QCommandLineOption urlOption(u"url"_s,
        u"The console URL: https://console.jumpcloud.com (US), https://console.eu.jumpcloud.com (EU), "
        "https://console.in.jumpcloud.com (India), or a sandbox's http://127.0.0.1:PORT."_s,
        u"url"_s);
    const QCommandLineOption keyOption(
        u"api-key-env"_s, u"The environment variable that holds the API key."_s, u"variable"_s);
    const QCommandLineOption orgOption(u"org-id"_s, u"The organisation, for multi-org admins."_s, u"id"_s);
    const QCommandLineOption cacheOption(u"cache"_s, u"The cache file whose pending changes to send."_s, u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object (counts and rows) instead of lines."_s);
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, u"Show this help."_s);
    parser.addOptions({ urlOption, keyOption, orgOption, cacheOption, jsonOption, helpOption });
    if (!parser.parse(QStringList { u"bindery-cli push"_s } + arguments)) {
        Console::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        Console::out(parser.helpText().replace(QCoreApplication::arguments().constFirst(), u"bindery-cli push"_s));
        return ExitOk;
    }
    if (!parser.isSet(urlOption) || !parser.isSet(keyOption) || !parser.isSet(cacheOption)) {
        Console::error(u"push needs --url URL, --api-key-env VAR and --cache FILE"_s);
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
    if (!QFileInfo::exists(cachePath)) {
        Console::error(u"there is no cache %1; run bindery-cli sync first"_s.arg(QDir::toNativeSeparators(cachePath)));
        return ExitFailure;
    }
    auto opened = CacheDatabase::open(cachePath);
    if (!opened) {
        Console::error(u"cannot open the cache %1: %2 [%3]"_s.arg(
            QDir::toNativeSeparators(cachePath), opened.error().detail, opened.error().code));
        return ExitFailure;
    }

    QNetworkAccessManager network;
    ApiClient client(network, endpoint.value(), credentials);
    OutboxPusher pusher(client, *opened.value());
    credentials = {}; // the client holds its copy; nothing else needs the key from here on
    OutboxPushSummary summary;
    QEventLoop loop;
    QObject::connect(&pusher, &OutboxPusher::pushFinished, &loop, [&](const OutboxPushSummary &s) {
        summary = s;
        loop.quit();
    });
    pusher.start();
    loop.exec();

    const bool complete = summary.ok() && summary.failed == 0 && summary.pending == 0;
    if (parser.isSet(jsonOption)) {
        Console::out(QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact)) + u'\n');
    } else {
        QString text;
        for (const OutboxPushSummary::Row &row : std::as_const(summary.rows))
            text += rowLine(row);
        text += u"%1 changes: %2 done, %3 failed, %4 pending; %5 requests (%6 retries) in %7 s\n"_s.arg(summary.total)
                    .arg(summary.done)
                    .arg(summary.failed)
                    .arg(summary.pending)
                    .arg(summary.requests)
                    .arg(summary.retries)
                    .arg(summary.seconds, 0, 'f', 1);
        Console::out(text);
    }
    if (!summary.ok())
        Console::error(reasonFor(summary.error, keyVariable, endpoint.value()));
    return complete ? ExitOk : ExitFailure;
}
