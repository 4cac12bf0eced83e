#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    return QStringLiteral(BINDERY_SANDBOX_EXECUTABLE);
}

bool SandboxProcess::start(const QStringList &arguments, const QString &apiKey)
{
    m_apiKey = apiKey;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BINDERY_SANDBOX_API_KEY"_s, apiKey);
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(executable());
    m_process.setArguments(QStringList { u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s } + arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    while (timer.elapsed() < 120000) {
        if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
            break;
        output += m_process.readAllStandardOutput();
        const qsizetype at = output.indexOf("listening on ");
        if (at >= 0 && output.indexOf('\n', at) > at) {
            m_baseUrl = QString::fromUtf8(output.mid(at + 13, output.indexOf('\n', at) - at - 13)).trimmed();
            return true;
        }
    }
    m_stderr = m_process.readAllStandardError();
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

SandboxProcess::Reply SandboxProcess::send(
    const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &apiKey)
{
    return sendTo(m_baseUrl, verb, path, body, apiKey);
}

SandboxProcess::Reply SandboxProcess::sendTo(const QString &baseUrl, const QByteArray &verb, const QString &path,
    const QByteArray &body, const QByteArray &apiKey)
{
    QNetworkRequest request(QUrl(baseUrl + path));
    if (apiKey != "-")
        request.setRawHeader("x-api-key", apiKey.isEmpty() ? m_apiKey.toUtf8() : apiKey);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    for (const auto &header : reply->rawHeaderPairs())
        result.headers.insert(header.first.toLower(), header.second);
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

SandboxProcess::Reply SandboxProcess::get(const QString &path, const QByteArray &apiKey)
{
    return send("GET", path, {}, apiKey);
}

SandboxProcess::Reply SandboxProcess::del(const QString &path)
{
    return send("DELETE", path, {});
}

SandboxProcess::Reply SandboxProcess::post(const QString &path, const QJsonValue &body)
{
    const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return send("POST", path, bytes);
}

SandboxProcess::Reply SandboxProcess::put(const QString &path, const QJsonValue &body)
{
    return send("PUT", path, QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
}

QString SandboxProcess::userId(const QString &username)
{
    const Reply reply = get(u"/api/systemusers?filter=username:$eq:"_s + username);
    return reply.object().value(u"results"_s).toArray().first().toObject().value(u"_id"_s).toString();
}

QString SandboxProcess::systemId(const QString &hostname)
{
    const Reply reply = get(u"/api/systems?filter=hostname:$eq:"_s + hostname);
    return reply.object().value(u"results"_s).toArray().first().toObject().value(u"_id"_s).toString();
}
