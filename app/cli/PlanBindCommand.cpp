#include "PlanBindCommand.h"

#include "BindingPlanInputBuilder.h"
#include "BindingPlanText.h"
#include "BindingPlanner.h"
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "CliExitCode.h"
#include "Console.h"
#include "OutboxStore.h"
#include "PendingBindingOverlay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

// Output goes out in pieces of this many pairs: a million-pair plan never sits in memory twice.
constexpr qsizetype PairsPerWrite = 10000;

QJsonObject pairJson(const BindingPlan &plan, const BindingPlanPair &pair)
{
    const User &user = plan.user(pair);
    const Device &device = plan.device(pair);
    QJsonObject json { { u"user"_s, user.username }, { u"userId"_s, user.id }, { u"device"_s, device.shownName() },
        { u"deviceId"_s, device.id }, { u"action"_s, bindingActionCode(pair.action) },
        { u"account"_s, plan.accountName(pair) }, { u"matchedField"_s, bindingMatchedFieldCode(pair.matchedField) },
        { u"warnings"_s, QJsonArray::fromStringList(pair.warnings.codes()) } };
    if (pair.action == BindingAction::Blocked)
        json.insert(u"blockReason"_s, bindingBlockReasonCode(pair.blockReason));
    return json;
}

QJsonObject summaryJson(const BindingPlan &plan)
{
    const BindingPlanSummary &summary = plan.summary();
    QJsonObject actions;
    for (int a = 0; a < BindingActionCount; ++a)
        actions.insert(bindingActionCode(BindingAction(a)), summary.count(BindingAction(a)));
    QJsonObject warnings;
    for (int w = 0; w < BindingWarningCount; ++w) {
        if (summary.count(BindingWarning(w)) > 0)
            warnings.insert(bindingWarningCode(BindingWarning(w)), summary.count(BindingWarning(w)));
    }
    return QJsonObject { { u"pairs"_s, summary.pairs }, { u"actions"_s, actions }, { u"warnings"_s, warnings } };
}

void printJson(const BindingPlan &plan)
{
    QString chunk = u"{\"pairs\":["_s;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        if (i > 0)
            chunk += u',';
        chunk
            += u"\n  "_s + QString::fromUtf8(QJsonDocument(pairJson(plan, plan.at(i))).toJson(QJsonDocument::Compact));
        if ((i + 1) % PairsPerWrite == 0) {
            Console::out(chunk);
            chunk.clear();
        }
    }
    const QJsonObject tail { { u"summary"_s, summaryJson(plan) },
        { u"planWarnings"_s, QJsonArray::fromStringList(plan.planWarnings().codes()) } };
    QString tailText = QString::fromUtf8(QJsonDocument(tail).toJson(QJsonDocument::Compact));
    tailText.remove(0, 1); // the opening brace: these keys continue the object opened above
    chunk += u"\n],"_s + tailText + u'\n';
    Console::out(chunk);
}

void printText(const BindingPlan &plan)
{
    QString chunk;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const BindingPlanPair &pair = plan.at(i);
        chunk += u"%1 → %2: %3\n"_s.arg(
            plan.user(pair).username, plan.device(pair).shownName(), BindingPlanText::pairDescription(plan, pair));
        for (const QString &warning : BindingPlanText::warningMessages(plan, pair))
            chunk += u"    warning: "_s + warning + u'\n';
        if ((i + 1) % PairsPerWrite == 0) {
            Console::out(chunk);
            chunk.clear();
        }
    }
    chunk += u"\n"_s + BindingPlanText::summaryLine(plan.summary()) + u'\n';
    const QString warnings = BindingPlanText::warningSummaryLine(plan.summary());
    if (!warnings.isEmpty())
        chunk += u"Warnings: "_s + warnings + u'\n';
    for (const BindingWarning warning : plan.planWarnings().toList())
        chunk += BindingPlanText::planWarningMessage(plan, warning) + u'\n';
    Console::out(chunk);
}

// A group by id, else by name (case-insensitive); empty when there is none.
template<typename Group>
QString findGroup(const QList<Group> &groups, const QString &idOrName)
{
    for (const Group &group : groups) {
        if (group.id == idOrName)
            return group.id;
    }
    for (const Group &group : groups) {
        if (group.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return group.id;
    }
    return {};
}

// `--user a b --device d` as the issue writes it (NAME...): every word after a naming option up to the next option
// is another value of it, so the parser sees `--user a --user b --device d`.
QStringList expandRepeatedValues(const QStringList &arguments)
{
    static const QStringList naming { u"--user"_s, u"--device"_s, u"--user-group"_s, u"--device-group"_s };
    QStringList expanded;
    QString current;
    bool valueTaken = false;
    for (const QString &argument : arguments) {
        if (argument.startsWith(u'-')) {
            current = naming.contains(argument) ? argument : QString();
            valueTaken = false;
            expanded << argument;
        } else if (!current.isEmpty() && valueTaken) {
            expanded << current << argument;
        } else {
            valueTaken = true;
            expanded << argument;
        }
    }
    return expanded;
}

} // namespace

int PlanBindCommand::run(const QStringList &rawArguments)
{
    const QStringList arguments = expandRepeatedValues(rawArguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show what binding users to devices would do on each device (new account, takeover of an existing "
        "account, already bound, or blocked, with warnings), without changing anything. Exit code 0: nothing "
        "blocked; 1: some pair is blocked, or the cache cannot be read; 2: wrong command line or unknown name."_s);
    const QCommandLineOption cacheOption(u"cache"_s, u"The cache file to read."_s, u"file"_s);
    const QCommandLineOption userOption(
        u"user"_s, u"Users, by id or username: --user a b, or --user a --user b."_s, u"name..."_s);
    const QCommandLineOption deviceOption(
        u"device"_s, u"Devices, by id, display name or hostname (one or more)."_s, u"name-or-id..."_s);
    const QCommandLineOption userGroupOption(
        u"user-group"_s, u"Every member of these user groups, by id or name (one or more)."_s, u"name..."_s);
    const QCommandLineOption deviceGroupOption(
        u"device-group"_s, u"Every member of these device groups, by id or name (one or more)."_s, u"name..."_s);
    const QCommandLineOption jsonOption(u"json"_s,
        u"Print one JSON object: {\"pairs\": [{\"user\", \"device\", \"action\", \"account\", \"matchedField\", "
        "\"warnings\": [codes]}, …], \"summary\", \"planWarnings\"}."_s);
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, u"Show this help."_s);
    parser.addOptions(
        { cacheOption, userOption, deviceOption, userGroupOption, deviceGroupOption, jsonOption, helpOption });

    if (!parser.parse(QStringList { u"bindery-cli plan-bind"_s } + arguments)) {
        Console::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        Console::out(parser.helpText().replace(QCoreApplication::arguments().constFirst(), u"bindery-cli plan-bind"_s));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Console::error(u"plan-bind takes no positional arguments (got \"%1\"); name users with --user and devices "
                       "with --device"_s.arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    if (!parser.isSet(cacheOption)) {
        Console::error(u"plan-bind needs --cache FILE"_s);
        return ExitUsage;
    }
    if (!parser.isSet(userOption) && !parser.isSet(userGroupOption)) {
        Console::error(u"plan-bind needs at least one --user NAME (or --user-group NAME)"_s);
        return ExitUsage;
    }
    if (!parser.isSet(deviceOption) && !parser.isSet(deviceGroupOption)) {
        Console::error(u"plan-bind needs at least one --device NAME_OR_ID (or --device-group NAME)"_s);
        return ExitUsage;
    }

    const QString cachePath = parser.value(cacheOption);
    const QString shownCache = QDir::toNativeSeparators(cachePath);
    if (!QFileInfo(cachePath).isFile()) {
        Console::error(
            u"no cache file at %1; check the path, or create one with sync or generate-org"_s.arg(shownCache));
        return ExitFailure;
    }
    auto opened = CacheDatabase::open(cachePath);
    if (!opened) {
        Console::error(
            u"cannot read the cache %1: %2 [%3]"_s.arg(shownCache, opened.error().detail, opened.error().code));
        return ExitFailure;
    }
    CacheDatabase &cache = *opened.value();
    QSqlDatabase db = cache.database();
    db.transaction(); // one consistent snapshot and outbox, even while a sync writes
    auto snapshot = CacheReader(cache).snapshot();
    auto outbox = OutboxStore(cache).rows();
    db.rollback();
    if (!snapshot || !outbox) {
        const Error &error = snapshot ? outbox.error() : snapshot.error();
        Console::error(u"cannot read the cache %1: %2 [%3]"_s.arg(shownCache, error.detail, error.code));
        return ExitFailure;
    }

    const BindingPlanInputBuilder builder(snapshot.value());
    BindingSelection selection;
    for (const QString &name : parser.values(userOption)) {
        const QString id = builder.findUserId(name);
        if (id.isEmpty()) {
            Console::error(u"no user \"%1\" in the cache (name a user by id or username)"_s.arg(name));
            return ExitUsage;
        }
        selection.userIds.append(id);
    }
    for (const QString &name : parser.values(deviceOption)) {
        const QStringList ids = builder.findDeviceIds(name);
        if (ids.isEmpty()) {
            Console::error(
                u"no device \"%1\" in the cache (name a device by id, display name or hostname)"_s.arg(name));
            return ExitUsage;
        }
        if (ids.size() > 1)
            Console::message(u"note: \"%1\" names %2 devices; planning all of them"_s.arg(name).arg(ids.size()));
        selection.deviceIds += ids;
    }
    for (const QString &name : parser.values(userGroupOption)) {
        const QString id = findGroup(snapshot.value().userGroups, name);
        if (id.isEmpty()) {
            Console::error(u"no user group \"%1\" in the cache"_s.arg(name));
            return ExitUsage;
        }
        selection.userGroupIds.append(id);
    }
    for (const QString &name : parser.values(deviceGroupOption)) {
        const QString id = findGroup(snapshot.value().deviceGroups, name);
        if (id.isEmpty()) {
            Console::error(u"no device group \"%1\" in the cache"_s.arg(name));
            return ExitUsage;
        }
        selection.deviceGroupIds.append(id);
    }
    auto input = builder.build(selection);
    if (!input) {
        Console::error(u"cannot plan: %1 %2"_s.arg(input.error().code, input.error().detail));
        return ExitFailure;
    }
    PendingBindingOverlay::apply(input.value(), outbox.value());
    const BindingPlanner planner(std::move(input).value());
    const BindingPlan plan = planner.plan();
    if (parser.isSet(jsonOption))
        printJson(plan);
    else
        printText(plan);
    return plan.summary().count(BindingAction::Blocked) > 0 ? ExitFailure : ExitOk;
}
