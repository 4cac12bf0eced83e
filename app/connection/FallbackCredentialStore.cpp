#include "FallbackCredentialStore.h"

#include "KeychainCredentialStore.h"
#include "SessionCredentialStore.h"

using namespace Qt::StringLiterals;

FallbackCredentialStore::FallbackCredentialStore(std::unique_ptr<CredentialStore> primary, QObject *parent)
    : CredentialStore(parent)
    , m_primary(std::move(primary))
    , m_session(std::make_unique<SessionCredentialStore>())
{
    connect(m_primary.get(), &CredentialStore::availabilityChanged, this,
        &FallbackCredentialStore::primaryAvailabilityChanged);
    primaryAvailabilityChanged();
}

FallbackCredentialStore::~FallbackCredentialStore() = default;

std::unique_ptr<FallbackCredentialStore> FallbackCredentialStore::createDefault(QObject *parent)
{
    return std::make_unique<FallbackCredentialStore>(std::make_unique<KeychainCredentialStore>(), parent);
}

void FallbackCredentialStore::primaryAvailabilityChanged()
{
    // Usable either way once the primary is known; what changes is whether keys persist, so
    // listeners hear about every change of the primary, not only Unknown → Available.
    if (m_primary->availability() == Availability::Unknown)
        return;
    if (availability() == Availability::Available)
        Q_EMIT availabilityChanged(Availability::Available);
    else
        setAvailability(Availability::Available);
}

bool FallbackCredentialStore::isPersistent() const
{
    return m_primary->isAvailable();
}

QString FallbackCredentialStore::whyNotPersistent() const
{
    return isPersistent() ? QString() : m_primary->unavailableReason();
}

void FallbackCredentialStore::afterCheck(CredentialJob *job, std::function<void()> next)
{
    if (m_primary->availability() != Availability::Unknown) {
        next();
        return;
    }
    CredentialJob *check = m_primary->checkAvailability();
    connect(check, &CredentialJob::finished, job, [next = std::move(next)](const CredentialResult &) { next(); });
}

void FallbackCredentialStore::forward(CredentialJob *inner, CredentialJob *outer)
{
    connect(inner, &CredentialJob::finished, outer, [outer](const CredentialResult &result) { outer->finish(result); });
}

CredentialJob *FallbackCredentialStore::checkAvailability()
{
    auto *job = new CredentialJob(CredentialJob::Kind::CheckAvailability, {}, this);
    afterCheck(job, [job] { job->finish({}); });
    return job;
}

CredentialJob *FallbackCredentialStore::readKey(const QString &profileId)
{
    auto *job = new CredentialJob(CredentialJob::Kind::Read, profileId, this);
    if (m_session->contains(profileId)) {
        forward(m_session->readKey(profileId), job);
        return job;
    }
    afterCheck(job, [this, job, profileId] {
        if (m_primary->isAvailable()) {
            forward(m_primary->readKey(profileId), job);
            return;
        }
        job->finish({ CredentialResult::Status::NotFound, {},
            u"this system has no credential store and no key was entered in this session"_s });
    });
    return job;
}

CredentialJob *FallbackCredentialStore::writeKey(const QString &profileId, const QByteArray &key)
{
    auto *job = new CredentialJob(CredentialJob::Kind::Write, profileId, this);
    afterCheck(job, [this, job, profileId, key] {
        if (!m_primary->isAvailable()) {
            forward(m_session->writeKey(profileId, key), job);
            return;
        }
        CredentialJob *written = m_primary->writeKey(profileId, key);
        connect(written, &CredentialJob::finished, job, [this, job, profileId, key](const CredentialResult &result) {
            if (result.status == CredentialResult::Status::Unavailable) {
                // The store went away (or never worked for writes): keep the key for this session.
                forward(m_session->writeKey(profileId, key), job);
                return;
            }
            if (result.ok())
                m_session->removeKey(profileId); // no stale session copy shadowing the stored key
            job->finish(result);
        });
    });
    return job;
}

CredentialJob *FallbackCredentialStore::removeKey(const QString &profileId)
{
    auto *job = new CredentialJob(CredentialJob::Kind::Remove, profileId, this);
    m_session->removeKey(profileId); // effective at once; its own job just reports
    afterCheck(job, [this, job, profileId] {
        if (m_primary->isAvailable())
            forward(m_primary->removeKey(profileId), job);
        else
            job->finish({});
    });
    return job;
}
