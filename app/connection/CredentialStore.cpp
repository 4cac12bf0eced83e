#include "CredentialStore.h"

void CredentialStore::setAvailability(Availability availability, const QString &reason)
{
    const bool changed = availability != m_availability;
    m_availability = availability;
    m_unavailableReason = availability == Availability::Unavailable ? reason : QString();
    if (changed)
        Q_EMIT availabilityChanged(availability);
}

CredentialJob *CredentialStore::finishedJob(CredentialJob::Kind kind, const QString &profileId, CredentialResult result)
{
    auto *job = new CredentialJob(kind, profileId, this);
    job->finish(std::move(result));
    return job;
}
