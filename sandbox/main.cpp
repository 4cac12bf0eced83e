// bindery-sandbox: a local JumpCloud-compatible directory with simulated device agents (see README.md).
#include "AgentSimulator.h"
#include "CommandsRoutes.h"
#include "DemoSeed.h"
#include "GeneratedSeed.h"
#include "GraphRoutes.h"
#include "GroupsRoutes.h"
#include "InsightsRoutes.h"
#include "OrganizationRoutes.h"
#include "Router.h"
#include "SandboxOptions.h"
#include "SandboxRoutes.h"
#include "SandboxServer.h"
#include "SeedBuilder.h"
#include "SeedFileLoader.h"
#include "Store.h"
#include "SystemsRoutes.h"
#include "UsersRoutes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <cstdio>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bindery-sandbox"_s);
    QString error;
    const auto options = SandboxOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    Store store;
    if (!store.open(options->dataFile, &error)) {
        std::fprintf(stderr, "bindery-sandbox: cannot open the store: %s\n", qPrintable(error));
        return 1;
    }
    AgentSimulator agents(store, options->agentDelayMs);
    if (!store.hasOrganization()) {
        QElapsedTimer timer;
        timer.start();
        if (options->seed == u"demo") {
            DemoSeed::populate(store, agents);
        } else if (options->seed.startsWith(u"generate:")) {
            const auto parameters = GeneratedSeed::parse(options->seed, &error);
            if (!parameters) {
                std::fprintf(stderr, "bindery-sandbox: %s\n", qPrintable(error));
                return 2;
            }
            GeneratedSeed::populate(store, *parameters);
        } else if (!options->seedFile.isEmpty()) {
            if (!SeedFileLoader::load(options->seedFile, store, agents, &error)) {
                std::fprintf(stderr, "bindery-sandbox: %s\n", qPrintable(error));
                return 2;
            }
        } else if (!options->seed.isEmpty()) {
            std::fprintf(stderr, "bindery-sandbox: unknown --seed \"%s\"\n", qPrintable(options->seed));
            return 2;
        } else {
            SeedBuilder(store).createOrganization(u"Empty Org"_s, {}, QJsonObject { { u"settings"_s, QJsonArray() } });
        }
        qCInfo(lcSandbox) << "seeded in" << timer.elapsed() << "ms:" << store.users().size() << "users,"
                          << store.systems().size() << "systems," << store.graph().edgeCount() << "edges";
    }

    Router router;
    const RouteContext context(store, agents);
    UsersRoutes users(context);
    SystemsRoutes systems(context);
    OrganizationRoutes organization(context);
    CommandsRoutes commands(context);
    GroupsRoutes groups(context);
    GraphRoutes graph(context);
    InsightsRoutes insights(context);
    SandboxRoutes control(context);
    users.registerRoutes(router);
    systems.registerRoutes(router);
    organization.registerRoutes(router);
    commands.registerRoutes(router);
    groups.registerRoutes(router);
    graph.registerRoutes(router);
    insights.registerRoutes(router);
    control.registerRoutes(router);

    SandboxServer server(
        router, { options->apiKey, options->rateLimit, options->faultRate, options->faultSeed, options->latencyMs });
    const QHostAddress address(options->host);
    if (address.isNull()) {
        std::fprintf(stderr, "bindery-sandbox: --host must be an IP address\n");
        return 2;
    }
    const quint16 port = server.start(address, options->port);
    if (port == 0) {
        std::fprintf(stderr, "bindery-sandbox: cannot listen on %s:%u\n", qPrintable(options->host), options->port);
        return 1;
    }
    // A parent process reads these lines; the key is printed only when it was generated here.
    if (options->apiKeyGenerated)
        std::printf("api-key: %s\n", qPrintable(options->apiKey));
    const QString host
        = address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(options->host) : options->host;
    std::printf("listening on http://%s:%u\n", qPrintable(host), port);
    std::fflush(stdout);
    return app.exec();
}
