#include "KeychainCredentialStore.h"

#include "ConnectionLogging.h"

#include <QRandomGenerator>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
constexpr auto ProbeEntry = "availability-probe"_L1;
}

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(QString::fromLatin1(DefaultService), parent)
{
}

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{
}

QString KeychainCredentialStore::entryName(const QString &profileId)
{
    return u"api-key/"_s + profileId;
}

void KeychainCredentialStore::run(QKeychain::Job *keychainJob, CredentialJob *job, CredentialJob::Kind kind)
{
    keychainJob->setAutoDelete(true); // it deletes itself when it answers, even after our timeout
    keychainJob->setInsecureFallback(false); // stated: never a plain-text copy
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, job, [this, job] {
        qCWarning(lcConnection) << "the credential store did not answer within" << m_timeout.count() << "ms";
        job->finish({ CredentialResult::Status::TimedOut, {},
            u"the credential store did not answer within %1 s"_s.arg(m_timeout.count() / 1000) });
    });
    // `job` as the context: if the job is gone (timed out and delivered), a late answer is dropped.
    connect(keychainJob, &QKeychain::Job::finished, job, [this, job, timer, kind](QKeychain::Job *answered) {
        timer->stop();
        job->finish(resultFor(*answered, kind));
    });
    timer->start(m_timeout);
    keychainJob->start();
}

CredentialResult KeychainCredentialStore::resultFor(const QKeychain::Job &keychainJob, CredentialJob::Kind kind)
{
    using Status = CredentialResult::Status;
    const QString detail = keychainJob.errorString();
    switch (keychainJob.error()) {
    case QKeychain::NoError: {
        CredentialResult result;
        if (kind == CredentialJob::Kind::Read)
            result.key = static_cast<const QKeychain::ReadPasswordJob &>(keychainJob).binaryData();
        return result;
    }
    case QKeychain::EntryNotFound:
        if (kind == CredentialJob::Kind::Remove)
            return {};
        return { Status::NotFound, {}, detail };
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return { Status::AccessDenied, {}, detail };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        setAvailability(Availability::Unavailable, detail);
        return { Status::Unavailable, {}, detail };
    case QKeychain::OtherError:
        // On Linux a missing session bus or Secret Service arrives as OtherError with D-Bus's
        // words ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Object does not exist at
        // path …/collection/login"). Unless the store has worked in this process, that means
        // there is no store.
        if (availability() != Availability::Available) {
            setAvailability(Availability::Unavailable, detail);
            return { Status::Unavailable, {}, detail };
        }
        return { Status::Failed, {}, detail };
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return { Status::Failed, {}, detail };
}

CredentialJob *KeychainCredentialStore::checkAvailability()
{
    auto *job = new CredentialJob(CredentialJob::Kind::CheckAvailability, {}, this);
    // The probe holds random bytes, never a real key, and is deleted right after.
    QByteArray probe(16, Qt::Uninitialized);
    for (char &byte : probe)
        byte = char(QRandomGenerator::global()->bounded(33, 127));
    auto *write = new QKeychain::WritePasswordJob(m_service);
    write->setKey(ProbeEntry);
    write->setBinaryData(probe);
    // The write's answer goes to an inner job so the outer one can go on to the delete.
    auto *written = new CredentialJob(CredentialJob::Kind::Write, ProbeEntry, job);
    connect(written, &CredentialJob::finished, job,
        [this, job](const CredentialResult &result) { probeWritten(job, result); });
    run(write, written, CredentialJob::Kind::Write);
    return job;
}

void KeychainCredentialStore::probeWritten(CredentialJob *job, const CredentialResult &written)
{
    using Status = CredentialResult::Status;
    if (!written.ok()) {
        // Whatever stopped a throw-away write (no backend, D-Bus, a denied prompt, no answer)
        // will stop a real key as well: the store is not usable in this session.
        const QString reason
            = written.detail.isEmpty() ? u"the credential store refused a test entry"_s : written.detail;
        qCInfo(lcConnection).noquote() << "no usable credential store:" << reason;
        setAvailability(Availability::Unavailable, reason);
        job->finish({ Status::Unavailable, {}, reason });
        return;
    }
    setAvailability(Availability::Available);
    auto *remove = new QKeychain::DeletePasswordJob(m_service);
    remove->setKey(ProbeEntry);
    auto *removed = new CredentialJob(CredentialJob::Kind::Remove, ProbeEntry, job);
    connect(removed, &CredentialJob::finished, job, [job](const CredentialResult &) { job->finish({}); });
    run(remove, removed, CredentialJob::Kind::Remove);
}

CredentialJob *KeychainCredentialStore::unavailableJob(CredentialJob::Kind kind, const QString &profileId)
{
    return finishedJob(kind, profileId, { CredentialResult::Status::Unavailable, {}, unavailableReason() });
}

CredentialJob *KeychainCredentialStore::readKey(const QString &profileId)
{
    if (availability() == Availability::Unavailable)
        return unavailableJob(CredentialJob::Kind::Read, profileId);
    if (profileId.isEmpty())
        return finishedJob(
            CredentialJob::Kind::Read, profileId, { CredentialResult::Status::Failed, {}, u"no profile id"_s });
    auto *job = new CredentialJob(CredentialJob::Kind::Read, profileId, this);
    auto *read = new QKeychain::ReadPasswordJob(m_service);
    read->setKey(entryName(profileId));
    run(read, job, CredentialJob::Kind::Read);
    return job;
}

CredentialJob *KeychainCredentialStore::writeKey(const QString &profileId, const QByteArray &key)
{
    if (profileId.isEmpty() || key.isEmpty())
        return finishedJob(CredentialJob::Kind::Write, profileId,
            { CredentialResult::Status::Failed, {}, u"a key needs a profile id and a value"_s });
    if (availability() == Availability::Unavailable)
        return unavailableJob(CredentialJob::Kind::Write, profileId);
    auto *job = new CredentialJob(CredentialJob::Kind::Write, profileId, this);
    auto *write = new QKeychain::WritePasswordJob(m_service);
    write->setKey(entryName(profileId));
    write->setBinaryData(key);
    run(write, job, CredentialJob::Kind::Write);
    return job;
}

CredentialJob *KeychainCredentialStore::removeKey(const QString &profileId)
{
    if (profileId.isEmpty())
        return finishedJob(CredentialJob::Kind::Remove, profileId, {});
    if (availability() == Availability::Unavailable)
        return unavailableJob(CredentialJob::Kind::Remove, profileId);
    auto *job = new CredentialJob(CredentialJob::Kind::Remove, profileId, this);
    auto *remove = new QKeychain::DeletePasswordJob(m_service);
    remove->setKey(entryName(profileId));
    run(remove, job, CredentialJob::Kind::Remove);
    return job;
}
