#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// Command-line options of bindery-sandbox.
struct SandboxOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString apiKey; // empty: taken from BINDERY_SANDBOX_API_KEY or generated
    bool apiKeyGenerated = false;
    QString seed; // "demo", "generate:...", or empty
    QString seedFile;
    QString dataFile;
    int agentDelayMs = 0;
    int rateLimit = 0;
    double faultRate = 0;
    quint64 faultSeed = 1;
    int latencyMs = 0;

    static std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error);
};
