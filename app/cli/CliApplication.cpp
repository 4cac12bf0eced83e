#include "CliApplication.h"

#include "AppInfo.h"
#include "CliExitCode.h"
#include "CliLogging.h"
#include "Console.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "PlanBindCommand.h"
#include "PushCommand.h"
#include "RevertCommand.h"
#include "SyncCommand.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace {
QtMessageHandler qtHandler = nullptr;

// Qt 6.4 prints this when a reply that has already failed is aborted or destroyed: a wrong key makes every request
// of a sync fail with 401, and the tool exits while some of those answers are still on their way. It is Qt's own
// bookkeeping, says nothing about the command, and would break the one-line error that scripts read.
void dropQtReplyBookkeeping(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith("QNetworkReplyImplPrivate::error: Internal problem"_L1))
        return;
    if (qtHandler)
        qtHandler(type, context, message);
}
} // namespace

CliApplication::CliApplication(QStringList arguments)
    : m_arguments(std::move(arguments))
{
}

QString CliApplication::usage()
{
    return u"Usage: bindery-cli <command> [options]\n"
           "\n"
           "Commands:\n"
           "  export <kind>   Write users, devices, user-groups, device-groups or bindings\n"
           "                  from a Bindery cache to CSV.\n"
           "  generate-org    Write a generated (or the sample) org to a cache file, for demos\n"
           "                  and benchmarks.\n"
           "  push            Send a cache's pending changes (the outbox) to the directory.\n"
           "  revert          Queue the changes that take back a batch already sent (an import, a drop).\n"
           "  sync            Pull the whole org from the directory into a cache file.\n"
           "  plan-bind       Show what binding users to devices would do on each device.\n"
           "  import          Validate a CSV file of users against a cache, or commit it.\n"
           "\n"
           "Options:\n"
           "  -h, --help      Show this help; `bindery-cli <command> --help` for a command.\n"
           "  -v, --version   Show the version.\n"
           "  --verbose       Also print the cache's and the exporter's log messages.\n"
           "\n"
           "Exit codes: 0 done, 1 failed, 2 wrong command line.\n"_s;
}

int CliApplication::run()
{
    QStringList arguments = m_arguments.mid(1);
    // The library layers log what they do at info level; a command-line tool keeps stderr for
    // its own one-line outcome unless asked.
    const bool verbose = arguments.removeAll(u"--verbose"_s) > 0;
    if (!verbose) {
        QLoggingCategory::setFilterRules(u"bindery.*.info=false\nbindery.*.debug=false\nbindery.*.warning=false\n"_s);
        qtHandler = qInstallMessageHandler(dropQtReplyBookkeeping);
    }

    if (arguments.isEmpty()) {
        Console::message(usage());
        return ExitUsage;
    }
    const QString command = arguments.takeFirst();
    if (command == u"-h" || command == u"--help" || command == u"help") {
        Console::out(usage());
        return ExitOk;
    }
    if (command == u"-v" || command == u"--version") {
        Console::out(u"bindery-cli %1\n"_s.arg(AppInfo::version()));
        return ExitOk;
    }
    qCDebug(lcCli) << "command" << command << arguments;
    if (command == u"export")
        return ExportCommand().run(arguments);
    if (command == u"generate-org")
        return GenerateCommand().run(arguments);
    if (command == u"push")
        return PushCommand().run(arguments);
    if (command == u"revert")
        return RevertCommand().run(arguments);
    if (command == u"sync")
        return SyncCommand().run(arguments);
    if (command == u"plan-bind")
        return PlanBindCommand().run(arguments);
    if (command == u"import")
        return ImportCommand().run(arguments);
    Console::error(u"unknown command \"%1\"; run bindery-cli --help for the list"_s.arg(command));
    return ExitUsage;
}
