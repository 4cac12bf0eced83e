#pragma once

#include "ConnectionProfile.h"
#include "DirectoryOrganization.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

// What a connection test found, classified for the admin. The facts are kept apart (host,
// status, the directory's or the system's words) so the UI can phrase and translate them;
// summary() is the untranslated one-liner for the CLI and logs.
struct ConnectionTestResult
{
    enum class Outcome {
        Ok, // organisations lists what the key reaches
        WrongKey, // 401 and no other region knows the key
        WrongRegion, // 401 here, but validInRegion accepts the key
        Forbidden, // 403: the key works but may not list organisations (or x-org-id is refused)
        OrgRejected, // 400/404 with an organisation id: the id is malformed or unknown
        NotADirectory, // the host answered, but not like the directory API (404, not JSON)
        HostNotFound, // DNS has no such host
        ConnectionRefused, // nothing listens on that port
        ConnectionClosed, // the peer hung up before answering
        NoNetwork, // no route, no network interface, network changed mid-request
        ProxyError, // the proxy refused, was not found, timed out or needs credentials
        TlsFailure, // certificate problem or failed handshake; detail names the reason
        Timeout, // no answer within the test's time limit
        RateLimited, // 429
        ServerError, // 5xx; detail is the directory's message
        InvalidEndpoint, // the URL was refused before anything was sent
        Cancelled,
    };

    Outcome outcome = Outcome::Cancelled;
    QString host; // "console.eu.jumpcloud.com" or "127.0.0.1:8080": where the test went
    int httpStatus = 0;
    QString detail; // the directory's message or the system's reason; never the key
    int timeoutSeconds = 0; // for Timeout
    QString proxy; // "host:port" of the proxy the request went through, when one did
    // For TlsFailure: the peer hung up during the handshake without a word of TLS (a plain-http
    // port, or something else entirely), rather than presenting a certificate that failed.
    bool tlsNotSpoken = false;
    QList<DirectoryOrganization> organizations; // for Ok
    std::optional<ConnectionProfile::Region> validInRegion; // for WrongRegion

    bool ok() const { return outcome == Outcome::Ok; }
    // The settings or the key are wrong (or the host is not the directory): testing again
    // unchanged cannot help, and saving them untested makes no sense either.
    bool isDefiniteRejection() const;
    static QString outcomeName(Outcome outcome); // stable, for logs and tests: "wrong-key"
    QString summary() const;
};

Q_DECLARE_METATYPE(ConnectionTestResult)
