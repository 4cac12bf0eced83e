#include "CredentialJob.h"

CredentialJob::CredentialJob(Kind kind, QString profileId, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_profileId(std::move(profileId))
{
}

void CredentialJob::finish(CredentialResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(m_result);
            m_result.key.clear(); // the receivers have their copies; keep none longer than needed
            deleteLater();
        },
        Qt::QueuedConnection);
}
