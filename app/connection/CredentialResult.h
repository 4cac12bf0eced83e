#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// The outcome of one credential-store operation. Like ApiCredentials it has no streaming
// operator and no toString, so a key read from the store cannot reach a log line by accident.
struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound, // nothing stored for this profile
        Unavailable, // there is no usable store on this system (no Secret Service, no D-Bus, …)
        AccessDenied, // the admin or the system refused access
        TimedOut, // the store did not answer in time
        Failed, // anything else; `detail` says what the store said
    };

    Status status = Status::Ok;
    QByteArray key; // readKey only
    QString detail; // the store's own words, for people; never the key

    bool ok() const { return status == Status::Ok; }
};

Q_DECLARE_METATYPE(CredentialResult)
