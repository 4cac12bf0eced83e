#include "RevertCommand.h"

#include "BatchReversal.h"
#include "CacheDatabase.h"
#include "CliExitCode.h"
#include "Console.h"
#include "OutboxEditor.h"
#include "OutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int RevertCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Take back a batch of changes after it was sent: created users and groups are "
                                     "deleted again, bindings and memberships removed, edits restored. Queues the "
                                     "reversing changes; `bindery-cli push` sends them."_s);
    const QCommandLineOption batchOption(
        u"batch"_s, u"The batch id (printed by import commit, shown in the pending changes)."_s, u"id"_s);
    const QCommandLineOption cacheOption(u"cache"_s, u"The cache file that holds the batch."_s, u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object instead of lines."_s);
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, u"Show this help."_s);
    parser.addOptions({ batchOption, cacheOption, jsonOption, helpOption });
    if (!parser.parse(QStringList { u"bindery-cli revert"_s } + arguments)) {
        Console::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        Console::out(parser.helpText().replace(QCoreApplication::arguments().constFirst(), u"bindery-cli revert"_s));
        return ExitOk;
    }
    if (!parser.isSet(batchOption) || !parser.isSet(cacheOption) || !parser.positionalArguments().isEmpty()) {
        Console::error(u"revert needs --batch ID and --cache FILE"_s);
        return ExitUsage;
    }
    const QString cachePath = parser.value(cacheOption);
    if (!QFileInfo::exists(cachePath)) {
        Console::error(u"no cache file at %1"_s.arg(cachePath));
        return ExitFailure;
    }
    auto opened = CacheDatabase::open(cachePath);
    if (!opened) {
        Console::error(u"cannot open the cache %1: %2"_s.arg(cachePath, opened.error().detail));
        return ExitFailure;
    }
    CacheDatabase &cache = *opened.value();
    auto rows = OutboxStore(cache).rows();
    if (!rows) {
        Console::error(u"cannot read the outbox: %1"_s.arg(rows.error().detail));
        return ExitFailure;
    }
    const QString batchId = parser.value(batchOption);
    const BatchReversal::Plan plan = BatchReversal::plan(rows.value(), batchId);
    if (plan.inFlight > 0) {
        Console::error(
            u"%1 changes of batch %2 are being sent right now; revert once they are done"_s.arg(plan.inFlight)
                .arg(batchId));
        return ExitFailure;
    }
    if (plan.alreadyReverted) {
        Console::error(
            u"batch %1 is reverted already (batch %2)"_s.arg(batchId, BatchReversal::reversalBatchId(batchId)));
        return ExitFailure;
    }
    if (plan.isEmpty()) {
        Console::error(plan.notReversible.isEmpty()
                ? u"batch %1 has no change that was sent or waits to be sent"_s.arg(batchId)
                : u"nothing of batch %1 can be reverted (%2 changes stay as they are)"_s.arg(batchId).arg(
                    plan.notReversible.size()));
        return ExitFailure;
    }
    int undone = 0;
    if (!plan.pendingRows.isEmpty()) {
        const auto applied = OutboxEditor::apply(
            cache, OutboxEditor::plan(OutboxEditor::Operation::Undo, rows.value(), plan.pendingRows));
        if (!applied) {
            Console::error(u"cannot remove the unsent changes: %1"_s.arg(applied.error().detail));
            return ExitFailure;
        }
        undone = int(applied.value().size());
    }
    QList<qint64> queued;
    if (!plan.reversals.isEmpty()) {
        const auto appended = OutboxEditor::append(cache, plan.reversals);
        if (!appended) {
            Console::error(u"cannot queue the reversing changes: %1"_s.arg(appended.error().detail));
            return ExitFailure;
        }
        queued = appended.value();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString newBatch = plan.reversals.isEmpty() ? QString() : plan.reversals.constFirst().batchId;
    if (parser.isSet(jsonOption)) {
        QJsonArray queuedJson;
        for (int i = 0; i < int(queued.size()); ++i)
            queuedJson.append(QJsonObject { { u"id"_s, double(queued.at(i)) }, { u"kind"_s, plan.reversals.at(i).kind },
                { u"summary"_s, plan.reversals.at(i).summary } });
        QJsonObject json { { u"batch"_s, batchId }, { u"revertBatch"_s, newBatch }, { u"queued"_s, queuedJson },
            { u"undonePending"_s, undone }, { u"deletedUsers"_s, plan.deletedUsers },
            { u"notReversible"_s, QJsonArray::fromStringList(plan.notReversible) } };
        if (plan.deletedUsers > 0)
            json.insert(u"withinBillingGrace"_s, plan.withinBillingGrace(now));
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) + u'\n');
        return ExitOk;
    }
    QString text;
    for (int i = 0; i < int(queued.size()); ++i)
        text += u"#%1 queued  %2\n"_s.arg(queued.at(i)).arg(plan.reversals.at(i).summary);
    if (undone > 0)
        text += u"%1 unsent changes of the batch removed\n"_s.arg(undone);
    for (const QString &summary : plan.notReversible)
        text += u"stays as it is: %1\n"_s.arg(summary);
    if (plan.deletedUsers > 0)
        text += plan.withinBillingGrace(now)
            ? u"%1 users are deleted within 48 hours of their creation: not billed\n"_s.arg(plan.deletedUsers)
            : u"%1 users were created more than 48 hours ago: they may be billed for this period\n"_s.arg(
                plan.deletedUsers);
    if (!queued.isEmpty())
        text += u"run `bindery-cli push` to send the %1 queued changes (batch %2)\n"_s.arg(queued.size()).arg(newBatch);
    Console::out(text);
    return ExitOk;
}
