#include "SandboxOptions.h"

#include <QCommandLineParser>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local JumpCloud-compatible directory with simulated device agents."_s);
    parser.addHelpOption();
    const QCommandLineOption host(u"host"_s, u"Address to listen on (default 127.0.0.1)."_s, u"host"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Port; 0 picks a free one."_s, u"port"_s, u"0"_s);
    const QCommandLineOption apiKey(
        u"api-key"_s, u"API key (default: $BINDERY_SANDBOX_API_KEY or generated)."_s, u"key"_s);
    const QCommandLineOption seed(
        u"seed"_s, u"demo | generate:users=N,devices=M,user-groups=G,device-groups=H,seed=S"_s, u"seed"_s);
    const QCommandLineOption seedFile(u"seed-file"_s, u"JSON fixture to load (see sandbox/README.md)."_s, u"file"_s);
    const QCommandLineOption data(
        u"data"_s, u"SQLite file to keep the directory in (default: in memory)."_s, u"file"_s);
    const QCommandLineOption agentDelay(
        u"agent-delay-ms"_s, u"Delay before agents apply bindings and commands."_s, u"ms"_s, u"0"_s);
    const QCommandLineOption rateLimit(
        u"rate-limit"_s, u"Requests per second (burst N); 0 = unlimited."_s, u"n"_s, u"0"_s);
    const QCommandLineOption faultRate(
        u"fault-rate"_s, u"Probability 0..1 of an injected fault per request."_s, u"p"_s, u"0"_s);
    const QCommandLineOption faultSeed(u"fault-seed"_s, u"Seed of the fault sequence."_s, u"s"_s, u"1"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Latency added to every answer."_s, u"ms"_s, u"0"_s);
    parser.addOptions(
        { host, port, apiKey, seed, seedFile, data, agentDelay, rateLimit, faultRate, faultSeed, latency });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s)) {
        *error = parser.helpText();
        return std::nullopt;
    }
    SandboxOptions options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < 0) {
            *error = u"--%1 needs a non-negative integer"_s.arg(option.names().first());
            ok = false;
        }
        return value;
    };
    options.host = parser.value(host);
    const int portValue = number(port);
    options.port = quint16(portValue);
    options.apiKey = parser.value(apiKey);
    options.seed = parser.value(seed);
    options.seedFile = parser.value(seedFile);
    options.dataFile = parser.value(data);
    options.agentDelayMs = number(agentDelay);
    options.rateLimit = number(rateLimit);
    options.latencyMs = number(latency);
    options.faultRate = parser.value(faultRate).toDouble(&ok);
    if (!ok || options.faultRate < 0 || options.faultRate > 1) {
        *error = u"--fault-rate needs a probability between 0 and 1"_s;
        return std::nullopt;
    }
    options.faultSeed = parser.value(faultSeed).toULongLong(&ok);
    if (!ok) {
        *error = u"--fault-seed needs an unsigned integer"_s;
        return std::nullopt;
    }
    if (!options.seed.isEmpty() && !options.seedFile.isEmpty()) {
        *error = u"--seed and --seed-file are exclusive"_s;
        return std::nullopt;
    }
    if (portValue > 65535) {
        *error = u"--port must be at most 65535"_s;
        return std::nullopt;
    }
    if (options.apiKey.isEmpty())
        options.apiKey = qEnvironmentVariable("BINDERY_SANDBOX_API_KEY");
    if (options.apiKey.isEmpty()) {
        options.apiKeyGenerated = true;
        for (int i = 0; i < 40; ++i)
            options.apiKey.append(QLatin1Char("0123456789abcdef"[QRandomGenerator::system()->bounded(16)]));
    }
    if (error->isEmpty())
        return options;
    return std::nullopt;
}
