#include "SandboxRunner.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString SandboxRunner::executable()
{
    const QByteArray fromEnvironment = qgetenv("BINDERY_SANDBOX_EXECUTABLE");
    return fromEnvironment.isEmpty() ? QStringLiteral(BINDERY_SANDBOX_PATH) : QString::fromLocal8Bit(fromEnvironment);
}

bool SandboxRunner::start(const QStringList &arguments, const QByteArray &apiKey, int timeoutMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BINDERY_SANDBOX_API_KEY"_s, QString::fromUtf8(apiKey));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable(), QStringList { u"--port"_s, u"0"_s } + arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(executable(), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (m_process.state() != QProcess::Running) {
            m_error = u"bindery-sandbox exited: %1"_s.arg(QString::fromLocal8Bit(m_process.readAllStandardError()));
            return false;
        }
        m_process.waitForReadyRead(200);
        output += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_url = match.captured(1);
            return true;
        }
    }
    m_error = u"bindery-sandbox printed no URL within %1 ms"_s.arg(timeoutMs);
    return false;
}

void SandboxRunner::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SandboxRunner::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            kill();
    }
}
