#pragma once

#include "CredentialJob.h"

#include <QByteArray>
#include <QObject>
#include <QString>

// Where API keys are kept, one per connection profile id. Every operation is asynchronous (an OS
// store may show an unlock prompt or talk over D-Bus) and reports through a CredentialJob whose
// result says clearly what went wrong.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };

    using QObject::QObject;

    Availability availability() const { return m_availability; }
    bool isAvailable() const { return m_availability == Availability::Available; }
    // Why the store cannot be used (the system's words), once availability() is Unavailable.
    QString unavailableReason() const { return m_unavailableReason; }
    // True when a written key survives the end of the process.
    virtual bool isPersistent() const = 0;
    // When not persistent: why (the system's words), for a detail line under the key field.
    virtual QString whyNotPersistent() const { return isPersistent() ? QString() : unavailableReason(); }

    // Finds out whether the store works here; the job's status is Ok or Unavailable.
    virtual CredentialJob *checkAvailability() = 0;
    virtual CredentialJob *readKey(const QString &profileId) = 0;
    virtual CredentialJob *writeKey(const QString &profileId, const QByteArray &key) = 0;
    // Removing a key that is not there succeeds: the goal, no key, is met.
    virtual CredentialJob *removeKey(const QString &profileId) = 0;

Q_SIGNALS:
    void availabilityChanged(CredentialStore::Availability availability);

protected:
    void setAvailability(Availability availability, const QString &reason = {});
    // A job that is already decided (an empty profile id, an unavailable store).
    CredentialJob *finishedJob(CredentialJob::Kind kind, const QString &profileId, CredentialResult result);

private:
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
};
