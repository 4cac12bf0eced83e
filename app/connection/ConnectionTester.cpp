#include "ConnectionTester.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "ApiPager.h"
#include "ConnectionLogging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

using namespace Qt::StringLiterals;
using Outcome = ConnectionTestResult::Outcome;

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_ownNetwork(std::make_unique<QNetworkAccessManager>())
{
    m_network = m_ownNetwork.get();
    attachTo(*m_network);
}

ConnectionTester::ConnectionTester(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(&network)
{
    attachTo(network);
}

ConnectionTester::~ConnectionTester()
{
    m_running = false;
    // Clients (and the jobs they own) before the network manager they use.
    qDeleteAll(findChildren<ApiClient *>(Qt::FindDirectChildrenOnly));
}

void ConnectionTester::setNetworkAccessManager(QNetworkAccessManager &network)
{
    cancel();
    disconnect(m_network, nullptr, this, nullptr);
    m_network = &network;
    attachTo(network);
}

void ConnectionTester::attachTo(QNetworkAccessManager &network)
{
    // Both arrive before the ApiJob reports (its report is queued), so the facts are in place
    // when the answer is classified.
    connect(&network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (!m_running || reply->error() == QNetworkReply::NoError)
            return;
        ReplyFacts &facts = m_facts[hostKey(reply->url())];
        facts.error = reply->error();
        facts.errorString = reply->errorString();
    });
#if QT_CONFIG(ssl)
    connect(&network, &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply *reply, const QList<QSslError> &errors) {
            if (!m_running)
                return;
            QStringList &texts = m_facts[hostKey(reply->url())].sslErrors;
            for (const QSslError &error : errors) {
                if (!texts.contains(error.errorString()))
                    texts.append(error.errorString());
            }
        });
#endif
}

QString ConnectionTester::hostKey(const QUrl &url)
{
    return url.host().toLower() + u':' + QString::number(url.port(url.scheme() == u"http" ? 80 : 443));
}

QString ConnectionTester::proxyFor(const QUrl &url) const
{
    QNetworkProxy proxy = m_network->proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QNetworkProxyQuery query(url);
        const QList<QNetworkProxy> proxies = m_network->proxyFactory() ? m_network->proxyFactory()->queryProxy(query)
                                                                       : QNetworkProxyFactory::proxyForQuery(query);
        proxy = proxies.value(0);
    }
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy
        || proxy.hostName().isEmpty())
        return {};
    return proxy.hostName() + u':' + QString::number(proxy.port());
}

QString ConnectionTester::hostText(const ApiEndpoint &endpoint)
{
    const QUrl base = endpoint.baseUrl();
    return base.port() > 0 ? base.host() + u':' + QString::number(base.port()) : base.host();
}

QList<ConnectionTester::RegionProbe> ConnectionTester::otherRegions(ConnectionProfile::Region region)
{
    QList<RegionProbe> probes;
    if (region == ConnectionProfile::Region::Custom)
        return probes;
    for (const ConnectionProfile::Region other : ConnectionProfile::standardRegions()) {
        if (other != region)
            probes.append({ other, ApiEndpoint::region(*ConnectionProfile::apiRegion(other)) });
    }
    return probes;
}

ApiClient *ConnectionTester::newClient(const ApiEndpoint &endpoint, const ApiCredentials &credentials)
{
    ApiClientSettings settings;
    settings.maxParallel = 2;
    settings.retry.maxAttempts = 1; // the admin is waiting; say what happened instead of retrying
    settings.transferTimeout = m_timeout;
    auto *client = new ApiClient(*m_network, endpoint, credentials, settings, this);
    m_clients.append(client);
    return client;
}

void ConnectionTester::start(const ConnectionProfile &profile, const QByteArray &key)
{
    const auto endpoint = profile.endpoint();
    if (!endpoint) {
        cancel();
        ++m_run;
        m_running = true;
        ConnectionTestResult result;
        result.outcome = Outcome::InvalidEndpoint;
        result.host = profile.customUrl.trimmed();
        result.detail = endpoint.error().detail;
        finishSoon(result);
        return;
    }
    start(endpoint.value(), ApiCredentials { key, profile.orgId }, otherRegions(profile.region));
}

void ConnectionTester::start(
    const ApiEndpoint &endpoint, const ApiCredentials &credentials, QList<RegionProbe> alternatives)
{
    cancel();
    const quint64 run = ++m_run;
    m_running = true;
    m_facts.clear();
    if (!endpoint.isValid()) {
        ConnectionTestResult result;
        result.outcome = Outcome::InvalidEndpoint;
        result.detail = u"no directory URL"_s;
        finishSoon(result);
        return;
    }
    m_alternatives = std::move(alternatives);
    m_key = credentials.apiKey;
    qCInfo(lcConnection).noquote() << "testing the connection to" << hostText(endpoint);
    ApiClient *client = newClient(endpoint, credentials);
    ApiPager::Options options;
    options.path = u"/organizations"_s;
    options.pageSize = 100;
    options.speculativePages = 1; // an org list is short; no pages sent blind
    auto *pager = new ApiPager(*client, options, client);
    const QString orgId = credentials.orgId;
    connect(pager, &ApiPager::finished, this,
        [this, run, pager, endpoint, orgId] { primaryFinished(run, pager, endpoint, orgId); });
    pager->start();
}

void ConnectionTester::primaryFinished(quint64 run, ApiPager *pager, const ApiEndpoint &endpoint, const QString &orgId)
{
    if (run != m_run || !m_running)
        return;
    if (!pager->error().isNull()) {
        ConnectionTestResult result = classify(pager->error(), endpoint, orgId);
        if (result.outcome == Outcome::WrongKey && !m_alternatives.isEmpty())
            return probeOtherRegions(run, result);
        return complete(run, result);
    }
    ConnectionTestResult result;
    result.outcome = Outcome::Ok;
    result.host = hostText(endpoint);
    for (const QJsonObject &item : pager->result().items) {
        DirectoryOrganization organization;
        organization.id = item.value(u"_id"_s).toString(item.value(u"id"_s).toString());
        organization.name = item.value(u"displayName"_s).toString(item.value(u"name"_s).toString());
        if (!organization.id.isEmpty())
            result.organizations.append(organization);
    }
    complete(run, result);
}

void ConnectionTester::probeOtherRegions(quint64 run, ConnectionTestResult wrongKey)
{
    auto pending = std::make_shared<int>(int(m_alternatives.size()));
    for (const RegionProbe &probe : std::as_const(m_alternatives)) {
        // The key alone: an organisation id belongs to the region the admin chose.
        ApiClient *client = newClient(probe.endpoint, ApiCredentials { m_key, {} });
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"1"_s);
        ApiJob *job = client->send(ApiRequest::get(ApiEndpoint::Version::V1, u"/organizations"_s, query));
        const ConnectionProfile::Region region = probe.region;
        connect(job, &ApiJob::finished, this, [this, run, job, region, pending, wrongKey] {
            if (run != m_run || !m_running)
                return;
            --*pending;
            if (job->succeeded()) {
                ConnectionTestResult result = wrongKey;
                result.outcome = Outcome::WrongRegion;
                result.validInRegion = region;
                return complete(run, result);
            }
            if (*pending == 0)
                complete(run, wrongKey);
        });
    }
}

ConnectionTestResult ConnectionTester::classify(
    const ApiError &error, const ApiEndpoint &endpoint, const QString &orgId) const
{
    ConnectionTestResult result;
    result.host = hostText(endpoint);
    result.httpStatus = error.httpStatus;
    result.detail = error.message;
    const ReplyFacts facts = m_facts.value(hostKey(endpoint.baseUrl()));
    result.proxy = proxyFor(endpoint.url(ApiEndpoint::Version::V1, u"/organizations"_s));
    const bool https = endpoint.baseUrl().scheme() == u"https";
    const QString code = error.code;
    const auto is = [&code](const char *wanted) { return code == QLatin1StringView(wanted); };

    if (is(ApiError::Cancelled)) {
        result.outcome = Outcome::Cancelled;
    } else if (is(ApiError::Timeout)) {
        result.outcome = Outcome::Timeout;
        result.timeoutSeconds = int((m_timeout.count() + 999) / 1000);
        result.detail.clear();
    } else if (is(ApiError::Tls)) {
        result.outcome = Outcome::TlsFailure;
        // The certificate's own problems say more than "handshake failed".
        result.detail = !facts.sslErrors.isEmpty() ? facts.sslErrors.join(u"; "_s)
                                                   : (facts.errorString.isEmpty() ? error.message : facts.errorString);
    } else if (is(ApiError::Network)) {
        result.detail = facts.errorString.isEmpty() ? error.message : facts.errorString;
        switch (facts.error) {
        case QNetworkReply::HostNotFoundError:
            result.outcome = Outcome::HostNotFound;
            break;
        case QNetworkReply::ConnectionRefusedError:
            result.outcome = Outcome::ConnectionRefused;
            break;
        case QNetworkReply::RemoteHostClosedError:
            result.outcome = Outcome::ConnectionClosed;
            break;
        case QNetworkReply::TimeoutError:
            result.outcome = Outcome::Timeout;
            result.timeoutSeconds = int((m_timeout.count() + 999) / 1000);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.outcome = Outcome::TlsFailure;
            break;
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownProxyError:
            result.outcome = Outcome::ProxyError;
            break;
        default:
            result.outcome = Outcome::NoNetwork;
            break;
        }
        if (!result.proxy.isEmpty()
            && (result.outcome == Outcome::ConnectionRefused || result.outcome == Outcome::HostNotFound
                || result.outcome == Outcome::ConnectionClosed)) {
            // Through a plain-http proxy Qt reports the proxy's own socket errors as if they
            // were the directory's; the proxy reports trouble beyond it with an HTTP status.
            result.outcome = Outcome::ProxyError;
        } else if (https && result.outcome == Outcome::ConnectionClosed && !facts.encrypted) {
            // Hung up during the handshake without a word of TLS: most often a plain-http port.
            result.outcome = Outcome::TlsFailure;
            result.tlsNotSpoken = true;
        }
    } else if (error.httpStatus == 401) {
        result.outcome = Outcome::WrongKey;
    } else if (error.httpStatus == 403) {
        result.outcome = Outcome::Forbidden;
    } else if (error.httpStatus == 407) {
        result.outcome = Outcome::ProxyError;
    } else if ((error.httpStatus == 400 || error.httpStatus == 404) && !orgId.isEmpty()) {
        result.outcome = Outcome::OrgRejected;
    } else if (error.httpStatus == 429) {
        result.outcome = Outcome::RateLimited;
    } else if (error.httpStatus >= 500) {
        result.outcome = Outcome::ServerError;
    } else {
        // 404 and other 4xx, an answer that is not JSON, or a list that is not an org list:
        // something answers at this address, but it is not the directory API.
        result.outcome = Outcome::NotADirectory;
    }
    return result;
}

void ConnectionTester::complete(quint64 run, ConnectionTestResult result)
{
    if (run != m_run || !m_running)
        return;
    m_running = false;
    m_key.clear();
    cleanUp();
    qCInfo(lcConnection).noquote() << "connection test:" << result.summary();
    Q_EMIT finished(result);
}

void ConnectionTester::finishSoon(ConnectionTestResult result)
{
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        this, [this, run, result] { complete(run, result); }, Qt::QueuedConnection);
}

void ConnectionTester::cancel()
{
    m_running = false;
    m_key.clear();
    for (const QPointer<ApiClient> &client : std::as_const(m_clients)) {
        if (client)
            client->cancelAll();
    }
    cleanUp();
}

void ConnectionTester::cleanUp()
{
    // Called from inside a job's or pager's signal: the client (their parent) goes later.
    for (const QPointer<ApiClient> &client : std::as_const(m_clients)) {
        if (client)
            client->deleteLater();
    }
    m_clients.clear();
    m_alternatives.clear();
}
