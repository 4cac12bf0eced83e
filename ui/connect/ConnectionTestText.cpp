#include "ConnectionTestText.h"

using namespace Qt::StringLiterals;
using Outcome = ConnectionTestResult::Outcome;
using Region = ConnectionProfile::Region;

QString ConnectionTestText::regionName(Region region)
{
    switch (region) {
    case Region::US:
        return tr("United States");
    case Region::EU:
        return tr("Europe");
    case Region::India:
        return tr("India");
    case Region::Custom:
        break;
    }
    return tr("Other URL");
}

QString ConnectionTestText::regionChoice(Region region)
{
    const auto standard = ConnectionProfile::apiRegion(region);
    if (!standard)
        return tr("Other URL…");
    return tr("%1 (%2)").arg(regionName(region), ApiEndpoint::region(*standard).baseUrl().host());
}

QString ConnectionTestText::profileLocation(const ConnectionProfile &profile)
{
    return profile.region == Region::Custom ? profile.customUrl : regionName(profile.region);
}

QString ConnectionTestText::testMessage(const ConnectionTestResult &result)
{
    const QString host = result.host;
    // The system's or the directory's own words, when they add something.
    const QString because = result.detail.isEmpty() ? QString() : tr(" (%1)").arg(result.detail);
    switch (result.outcome) {
    case Outcome::Ok:
        if (result.organizations.size() > 1)
            return tr("Connected to %1. This key reaches %n organisations: choose one below.", nullptr,
                int(result.organizations.size()))
                .arg(host);
        if (result.organizations.size() == 1 && !result.organizations.constFirst().name.isEmpty())
            return tr("Connected to the organisation “%1” at %2.").arg(result.organizations.constFirst().name, host);
        return tr("Connected to %1.").arg(host);
    case Outcome::WrongKey:
        return tr("The directory at %1 did not accept this API key. Check that the whole key was copied and that it "
                  "has not been replaced: a new key stops the old one at once.")
            .arg(host);
    case Outcome::WrongRegion:
        return tr("This key is not valid in the region you chose (%1), but it is valid in %2. Choose %2 as the "
                  "region.")
            .arg(host, result.validInRegion ? regionName(*result.validInRegion) : QString());
    case Outcome::Forbidden:
        return tr("The directory at %1 accepted the key but refused to list its organisations%2. The admin account "
                  "behind the key may lack the rights.")
            .arg(host, because);
    case Outcome::OrgRejected:
        return tr("The directory at %1 does not accept the organisation chosen for this connection%2. Test again "
                  "to choose it from the list.")
            .arg(host, because);
    case Outcome::NotADirectory:
        return tr("%1 answered, but not like a JumpCloud directory%2. Check the URL: it is the console's address, "
                  "for example https://console.jumpcloud.com.")
            .arg(host, because);
    case Outcome::HostNotFound:
        return tr("The host %1 was not found. Check the spelling of the URL, and that this computer can look up "
                  "names (DNS).")
            .arg(host);
    case Outcome::ConnectionRefused:
        return tr("%1 refused the connection: nothing answers on that port. Check the URL and its port number, and "
                  "that the directory is running.")
            .arg(host);
    case Outcome::ConnectionClosed:
        return tr("%1 closed the connection before answering%2. Check that the URL's scheme (https or http) matches "
                  "the server.")
            .arg(host, because);
    case Outcome::NoNetwork:
        return tr("Bindery could not reach %1%2. Check that this computer is online.").arg(host, because);
    case Outcome::ProxyError:
        if (!result.proxy.isEmpty())
            return tr("The proxy server %1 failed the connection to %2%3. Check the proxy settings of this computer.")
                .arg(result.proxy, host, because);
        return tr("The proxy server failed the connection to %1%2. Check the proxy settings of this computer.")
            .arg(host, because);
    case Outcome::TlsFailure:
        if (result.tlsNotSpoken)
            return tr("%1 closed the connection during the secure (TLS) handshake: it may not speak https on this "
                      "port. Check the URL's scheme and port number.")
                .arg(host);
        return tr("The secure connection to %1 failed%2. Bindery checks the certificate on every connection and "
                  "does not go on without a valid one. If your network inspects encrypted traffic, its "
                  "certificate must be trusted by this computer.")
            .arg(host, because);
    case Outcome::Timeout:
        return tr("%1 did not answer within %n seconds. The network may be slow, or a firewall may be holding the "
                  "connection.",
            nullptr, result.timeoutSeconds)
            .arg(host);
    case Outcome::RateLimited:
        return tr("The directory is limiting requests from this key right now%1. Wait a minute and test again.")
            .arg(because);
    case Outcome::ServerError:
        return tr("The directory at %1 has a problem (HTTP %2)%3. Try again later.")
            .arg(host)
            .arg(result.httpStatus)
            .arg(because);
    case Outcome::InvalidEndpoint:
        return tr("This URL cannot be used%1.").arg(because);
    case Outcome::Cancelled:
        break;
    }
    return tr("The test was cancelled.");
}

QString ConnectionTestText::credentialProblem(const CredentialResult &result)
{
    using Status = CredentialResult::Status;
    const QString because = result.detail.isEmpty() ? QString() : tr(" (%1)").arg(result.detail);
    switch (result.status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No key is stored for this connection.");
    case Status::Unavailable:
        return tr("The system's credential store cannot be used%1.").arg(because);
    case Status::AccessDenied:
        return tr("Access to the system's credential store was refused%1.").arg(because);
    case Status::TimedOut:
        return tr("The system's credential store did not answer%1.").arg(because);
    case Status::Failed:
        break;
    }
    return tr("The system's credential store reported an error%1.").arg(because);
}

QString ConnectionTestText::noStoreNote()
{
    return tr("This system has no credential store; Bindery will ask for the key each session and never write it "
              "anywhere.");
}

QString ConnectionTestText::persistentStoreNote()
{
    return tr("The key is kept in this system's credential store, never in Bindery's settings or cache.");
}
