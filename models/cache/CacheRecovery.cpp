#include "CacheRecovery.h"

#include "CacheCodec.h"
#include "CacheDatabase.h"
#include "OutboxStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Result<QList<OutboxRow>> CacheRecovery::salvageOutbox(const QString &path)
{
    if (!QFile::exists(path))
        return QList<OutboxRow> {};
    const QString connection = u"bindery-salvage-%1"_s.arg(quintptr(&path));
    QList<OutboxRow> rows;
    Error error;
    bool failed = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(db);
        if (!db.open()) {
            error = CacheDatabase::errorFrom(db.lastError(), u"reading the pending changes of %1"_s.arg(path));
            failed = true;
        } else if (!query.exec(u"SELECT created_at, batch_id, kind, object_type, object_id, summary, payload, state, "
                               "attempts, error, updated_at FROM outbox ORDER BY id"_s)) {
            // A cache from before the outbox existed has nothing to lose.
            if (!query.lastError().text().contains("no such table"_L1)) {
                error = CacheDatabase::errorFrom(query.lastError(), u"reading the pending changes of %1"_s.arg(path));
                failed = true;
            }
        } else {
            while (query.next()) {
                OutboxRow row;
                row.createdAt = CacheCodec::toDateTime(query.value(0).toString());
                row.batchId = query.value(1).toString();
                row.kind = query.value(2).toString();
                row.objectType = query.value(3).toString();
                row.objectId = query.value(4).toString();
                row.summary = query.value(5).toString();
                row.payload = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
                row.state = OutboxRow::stateFromKey(query.value(7).toString());
                row.attempts = query.value(8).toInt();
                row.error = query.value(9).toString();
                row.updatedAt = CacheCodec::toDateTime(query.value(10).toString());
                rows.append(row);
            }
            if (query.lastError().isValid()) {
                error = CacheDatabase::errorFrom(query.lastError(), u"reading the pending changes of %1"_s.arg(path));
                failed = true;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (failed)
        return error;
    return rows;
}

Result<CacheRecovery::Report> CacheRecovery::rebuild(const QString &path)
{
    Report report;
    QList<OutboxRow> saved;
    if (auto salvaged = salvageOutbox(path); salvaged.ok())
        saved = salvaged.value();
    else
        report.salvageProblem = salvaged.error().detail;

    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    report.keptAs = u"%1.broken-%2"_s.arg(path, stamp);
    if (QFile::exists(path) && !QFile::rename(path, report.keptAs)) {
        return Error { QString::fromLatin1(CacheDatabase::Unavailable),
            u"Cannot move the damaged cache %1 aside to %2; nothing was changed."_s.arg(path, report.keptAs) };
    }
    for (const auto *suffix : { "-wal", "-shm" }) {
        const QString side = path + QLatin1StringView(suffix);
        if (QFile::exists(side))
            QFile::rename(side, report.keptAs + QLatin1StringView(suffix));
    }

    auto fresh = CacheDatabase::open(path);
    if (!fresh)
        return fresh.error();
    OutboxStore outbox(*fresh.value());
    if (auto restored = outbox.restore(saved); !restored)
        return restored.error();
    report.pendingChangesSaved = int(saved.size());
    return report;
}
