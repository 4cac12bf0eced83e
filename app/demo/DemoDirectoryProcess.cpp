#include "DemoDirectoryProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemo, "bindery.demo")

namespace {

QByteArray freshApiKey()
{
    // 160 bits from the system's CSPRNG, hex-encoded like the directory's own keys.
    QByteArray bytes(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

} // namespace

DemoDirectoryProcess::DemoDirectoryProcess(QObject *parent)
    : QObject(parent)
    , m_executable(findExecutable())
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this,
        [this] { fail(tr("The demo directory did not start within %1 seconds.").arg(m_startTimeoutMs / 1000)); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoDirectoryProcess::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Cannot start the demo directory (%1): %2").arg(m_executable, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_stopping || m_ready) {
            if (!m_stopping)
                qCWarning(lcDemo) << "demo directory ended unexpectedly, exit code" << exitCode;
            Q_EMIT stopped();
            return;
        }
        const QString errors = QString::fromUtf8(m_process.readAllStandardError()).trimmed().section(u'\n', -3);
        fail(status == QProcess::CrashExit
                ? tr("The demo directory crashed while starting.")
                : tr("The demo directory stopped while starting (exit code %1). %2").arg(exitCode).arg(errors));
    });
}

DemoDirectoryProcess::~DemoDirectoryProcess()
{
    stop();
}

QString DemoDirectoryProcess::findExecutable()
{
    const QString name = u"bindery-sandbox"_s;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    for (const QString &candidate : { beside, QString(beside + ".exe"_L1) }) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(name);
}

void DemoDirectoryProcess::start()
{
    if (isRunning())
        return;
    if (m_executable.isEmpty()) {
        fail(tr("bindery-sandbox, which serves the demo org, was not found next to Bindery or on the PATH."));
        return;
    }
    m_ready = false;
    m_stopping = false;
    m_pending.clear();
    m_credentials = ApiCredentials { freshApiKey(), {} };
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BINDERY_SANDBOX_API_KEY"_s, QString::fromLatin1(m_credentials.apiKey));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(m_executable,
        { u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--seed"_s, m_seed, u"--agent-delay-ms"_s,
            QString::number(m_agentDelayMs) });
    m_startTimer.start(m_startTimeoutMs);
}

void DemoDirectoryProcess::readOutput()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(newline)).trimmed();
        m_pending.remove(0, newline + 1);
        static constexpr auto prefix = "listening on "_L1;
        if (!m_ready && line.startsWith(prefix)) {
            const QUrl url(line.mid(prefix.size()));
            if (!url.isValid() || url.port() <= 0) {
                fail(tr("The demo directory announced an address Bindery cannot use: %1").arg(line));
                return;
            }
            m_startTimer.stop();
            m_baseUrl = url;
            m_ready = true;
            qCInfo(lcDemo) << "demo directory ready at" << url.toString();
            Q_EMIT ready(url);
        }
    }
}

void DemoDirectoryProcess::stop()
{
    m_startTimer.stop();
    if (!isRunning())
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

void DemoDirectoryProcess::fail(const QString &reason)
{
    m_startTimer.stop();
    qCWarning(lcDemo) << reason;
    if (isRunning()) {
        m_stopping = true;
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    m_stopping = false;
    Q_EMIT failed(reason);
}
