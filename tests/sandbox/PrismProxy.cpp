#include "PrismProxy.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

PrismProxy::PrismProxy(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PrismProxy::drain);
}

PrismProxy::~PrismProxy()
{
    stop();
}

bool PrismProxy::start(const QString &prism, const QString &spec, const QString &upstream, QString *error)
{
    if (!QFileInfo(prism).isExecutable()) {
        *error = u"Prism not found at \"%1\": run ./dev test (it installs it) or `npm install --prefix "
                 "tests/sandbox/prism @stoplight/prism-cli@5`, or set BINDERY_PRISM"_s.arg(prism);
        return false;
    }
    if (!QFileInfo::exists(spec)) {
        *error = u"OpenAPI spec not found at \"%1\" (set BINDERY_API_SPECS)"_s.arg(spec);
        return false;
    }
    // A free port: bind to 0, note it, release it. Prism binds it a moment later.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    m_spec = QFileInfo(spec).fileName();
    m_baseUrl = u"http://127.0.0.1:%1"_s.arg(port);
    m_process.setProgram(prism);
    m_process.setArguments(
        { u"proxy"_s, u"--errors"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), spec, upstream });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = u"cannot start %1: %2"_s.arg(prism, m_process.errorString());
        return false;
    }
    return true;
}

bool PrismProxy::waitUntilReady(int timeoutMs, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        drain();
        if (m_log.contains("Prism is listening"))
            return true;
        if (m_process.state() == QProcess::NotRunning) {
            *error = u"Prism (%1) exited: %2"_s.arg(m_spec, QString::fromUtf8(m_log.right(2000)));
            return false;
        }
        m_process.waitForReadyRead(200);
    }
    *error = u"Prism (%1) not ready after %2 ms: %3"_s.arg(m_spec).arg(timeoutMs).arg(
        QString::fromUtf8(m_log.right(2000)));
    return false;
}

void PrismProxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    drain();
}

void PrismProxy::drain()
{
    m_log += m_process.readAll();
}

QByteArray PrismProxy::log()
{
    // Prism logs asynchronously: give it a moment to flush what belongs to the last request.
    QEventLoop loop;
    QTimer::singleShot(50, &loop, &QEventLoop::quit);
    loop.exec();
    drain();
    return m_log;
}

QStringList PrismProxy::violationLines()
{
    QStringList lines;
    for (const QByteArray &line : log().split('\n')) {
        // "[time] › [VALIDATOR] ✖ error Violation: response.body... message": keep what follows "Violation: ".
        const qsizetype at = line.indexOf("Violation: ");
        if (at >= 0)
            lines.append(QString::fromUtf8(line.mid(at + 11)).trimmed());
        else if (line.contains("iolation"))
            lines.append(QString::fromUtf8(line).trimmed());
    }
    return lines;
}
