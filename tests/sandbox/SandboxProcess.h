#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QString>
#include <QStringList>

// Starts the real bindery-sandbox executable on a free loopback port and talks HTTP to it synchronously.
// For tests only: each call spins a local event loop until the reply finishes.
class SandboxProcess
{
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer (connection dropped, ...)
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QJsonObject object() const { return json().object(); }
        QJsonArray array() const { return json().array(); }
        QString message() const { return object().value(QStringLiteral("message")).toString(); }
    };

    SandboxProcess();
    ~SandboxProcess();
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    // Starts with extra arguments (e.g. {"--seed", "demo"}); the api key is passed via the environment.
    bool start(const QStringList &arguments = {}, const QString &apiKey = QStringLiteral("test-key"));
    void stop();
    QString baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }
    QByteArray standardError() const { return m_stderr; }

    Reply get(const QString &path, const QByteArray &apiKey = {});
    Reply del(const QString &path);
    Reply post(const QString &path, const QJsonValue &body = QJsonObject());
    Reply put(const QString &path, const QJsonValue &body);
    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &apiKey = {});
    // Same, against another origin in front of the sandbox (e.g. a Prism proxy); apiKey "-" sends no key at all.
    Reply sendTo(const QString &baseUrl, const QByteArray &verb, const QString &path, const QByteArray &body,
        const QByteArray &apiKey = {});

    // Convenience: first id of a v1 list filtered by field=value, or of the whole list.
    QString userId(const QString &username);
    QString systemId(const QString &hostname);
    static QString executable();

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_baseUrl;
    QString m_apiKey;
    QByteArray m_stderr;
};
