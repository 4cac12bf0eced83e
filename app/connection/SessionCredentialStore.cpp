#include "SessionCredentialStore.h"

using namespace Qt::StringLiterals;

SessionCredentialStore::SessionCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
    setAvailability(Availability::Available);
}

SessionCredentialStore::~SessionCredentialStore()
{
    clear();
}

void SessionCredentialStore::clear()
{
    m_keys.clear();
}

CredentialJob *SessionCredentialStore::checkAvailability()
{
    return finishedJob(CredentialJob::Kind::CheckAvailability, {}, {});
}

CredentialJob *SessionCredentialStore::readKey(const QString &profileId)
{
    const auto found = m_keys.constFind(profileId);
    if (found == m_keys.cend())
        return finishedJob(CredentialJob::Kind::Read, profileId,
            { CredentialResult::Status::NotFound, {}, u"no key was entered for this connection in this session"_s });
    return finishedJob(CredentialJob::Kind::Read, profileId, { CredentialResult::Status::Ok, *found, {} });
}

CredentialJob *SessionCredentialStore::writeKey(const QString &profileId, const QByteArray &key)
{
    if (profileId.isEmpty() || key.isEmpty())
        return finishedJob(CredentialJob::Kind::Write, profileId,
            { CredentialResult::Status::Failed, {}, u"a key needs a profile id and a value"_s });
    m_keys.insert(profileId, key);
    return finishedJob(CredentialJob::Kind::Write, profileId, {});
}

CredentialJob *SessionCredentialStore::removeKey(const QString &profileId)
{
    m_keys.remove(profileId);
    return finishedJob(CredentialJob::Kind::Remove, profileId, {});
}
