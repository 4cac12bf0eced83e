#include "ConnectionTestResult.h"

using namespace Qt::StringLiterals;

bool ConnectionTestResult::isDefiniteRejection() const
{
    switch (outcome) {
    case Outcome::WrongKey:
    case Outcome::WrongRegion:
    case Outcome::Forbidden:
    case Outcome::OrgRejected:
    case Outcome::NotADirectory:
    case Outcome::TlsFailure:
    case Outcome::InvalidEndpoint:
        return true;
    default:
        break;
    }
    return false;
}

QString ConnectionTestResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return u"ok"_s;
    case Outcome::WrongKey:
        return u"wrong-key"_s;
    case Outcome::WrongRegion:
        return u"wrong-region"_s;
    case Outcome::Forbidden:
        return u"forbidden"_s;
    case Outcome::OrgRejected:
        return u"org-rejected"_s;
    case Outcome::NotADirectory:
        return u"not-a-directory"_s;
    case Outcome::HostNotFound:
        return u"host-not-found"_s;
    case Outcome::ConnectionRefused:
        return u"connection-refused"_s;
    case Outcome::ConnectionClosed:
        return u"connection-closed"_s;
    case Outcome::NoNetwork:
        return u"no-network"_s;
    case Outcome::ProxyError:
        return u"proxy-error"_s;
    case Outcome::TlsFailure:
        return u"tls-failure"_s;
    case Outcome::Timeout:
        return u"timeout"_s;
    case Outcome::RateLimited:
        return u"rate-limited"_s;
    case Outcome::ServerError:
        return u"server-error"_s;
    case Outcome::InvalidEndpoint:
        return u"invalid-endpoint"_s;
    case Outcome::Cancelled:
        break;
    }
    return u"cancelled"_s;
}

QString ConnectionTestResult::summary() const
{
    QString line = outcomeName(outcome);
    if (!host.isEmpty())
        line += u" ("_s + host + u')';
    if (httpStatus > 0)
        line += u" HTTP "_s + QString::number(httpStatus);
    if (outcome == Outcome::Ok)
        line += u": %1 organisation(s)"_s.arg(organizations.size());
    if (validInRegion)
        line += u": the key is valid in region "_s + ConnectionProfile::regionKey(*validInRegion);
    if (!detail.isEmpty())
        line += u": "_s + detail;
    return line.simplified();
}
