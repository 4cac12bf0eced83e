#pragma once

#include "CredentialResult.h"

#include <QObject>
#include <QString>

// One credential-store operation in flight (an ApiJob for the key store). A store creates it,
// the caller connects to `finished`, and the job deletes itself afterwards. `finished` is always
// emitted from the event loop, never inside the call that created the job, so connecting right
// after the call is always in time.
class CredentialJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialJob)

public:
    enum class Kind { CheckAvailability, Read, Write, Remove };

    CredentialJob(Kind kind, QString profileId, QObject *parent);

    Kind kind() const { return m_kind; }
    const QString &profileId() const { return m_profileId; }
    bool isFinished() const { return m_finished; }
    const CredentialResult &result() const { return m_result; }

    // For stores: the first call sets the result and schedules `finished`; later calls (an answer
    // that arrives after a timeout) are ignored.
    void finish(CredentialResult result);

Q_SIGNALS:
    void finished(const CredentialResult &result);

private:
    Kind m_kind;
    QString m_profileId;
    CredentialResult m_result;
    bool m_finished = false;
};
