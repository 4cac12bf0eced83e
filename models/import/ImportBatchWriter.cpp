#include "ImportBatchWriter.h"

#include "CacheDatabase.h"
#include "ChangeKind.h"
#include "ImportMapping.h"
#include "OutboxChangeFactory.h"
#include "OutboxStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

QString ImportBatchWriter::batchIdFor(const QByteArray &fileDigest, const ImportMapping &mapping)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(fileDigest);
    hash.addData(QByteArrayView("\0mapping\0", 9));
    hash.addData(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    return u"import-"_s + QString::fromLatin1(hash.result().toHex().left(32));
}

ImportBatchWriter::ImportBatchWriter(CacheDatabase &cache)
    : m_cache(cache)
{
}

Result<QHash<QString, ImportBatchWriter::RowRefs>> ImportBatchWriter::existing(const QString &batchId) const
{
    const OutboxStore store(m_cache);
    auto rows = store.rows();
    if (!rows)
        return rows.error();
    QHash<QString, RowRefs> found;
    QList<const OutboxRow *> dependents;
    for (const OutboxRow &row : std::as_const(rows.value())) {
        if (row.batchId != batchId)
            continue;
        if (row.kind == ChangeKind::UserCreate || row.kind == ChangeKind::UserUpdate) {
            const QString username = row.kind == ChangeKind::UserCreate
                ? row.payload.value("fields"_L1).toObject().value("username"_L1).toString()
                : row.payload.value("username"_L1).toString();
            RowRefs &refs = found[username.toLower()];
            refs.username = username;
            refs.userRowId = row.id;
            refs.rowIds.prepend(row.id);
            refs.existed = true;
        } else {
            dependents.append(&row);
        }
    }
    // Bindings and group adds carry the username they were made for (OutboxChangeFactory keeps names beside ids);
    // an update that changed no field has only these.
    for (const OutboxRow *row : std::as_const(dependents)) {
        const QString username = row->payload.value("username"_L1).toString();
        RowRefs &refs = found[username.toLower()];
        if (refs.username.isEmpty())
            refs.username = username;
        refs.rowIds.append(row->id);
        refs.existed = true;
    }
    return found;
}

Result<QList<ImportBatchWriter::RowRefs>> ImportBatchWriter::write(
    const QString &batchId, const QList<ImportRowChange> &changes)
{
    QSqlDatabase db = m_cache.database();
    if (!db.transaction())
        return CacheDatabase::errorFrom(db.lastError(), u"queueing the import"_s);
    const auto rollback = [&db](const Error &error) -> Result<QList<RowRefs>> {
        db.rollback();
        return error;
    };
    // Read inside the transaction: a second run of the same file cannot slip in between.
    auto earlier = existing(batchId);
    if (!earlier)
        return rollback(earlier.error());

    OutboxStore store(m_cache);
    const OutboxChangeFactory factory(batchId);
    QList<RowRefs> refsList;
    refsList.reserve(changes.size());
    for (const ImportRowChange &change : changes) {
        const auto known = earlier.value().constFind(change.username.toLower());
        if (known != earlier.value().cend()) {
            RowRefs refs = *known;
            refs.row = change.row;
            refs.line = change.line;
            refsList.append(refs);
            continue;
        }
        RowRefs refs;
        refs.row = change.row;
        refs.line = change.line;
        refs.username = change.username;
        const bool create = change.action == ImportRowAction::Create;
        const OutboxRow user = create
            ? factory.createUser(change.fields, change.password)
            : factory.updateUser(change.existingUserId, change.username, change.fields, change.before);
        if (create || !change.fields.isEmpty()) { // an update may change no field, only bind or join
            const auto id = store.append(user);
            if (!id)
                return rollback(id.error());
            refs.userRowId = id.value();
            refs.rowIds.append(id.value());
        }
        const auto dependent = [&](OutboxRow row) -> Result<void> {
            if (create)
                OutboxChangeFactory::referToRow(row, "userId"_L1, refs.userRowId);
            const auto id = store.append(row);
            if (!id)
                return id.error();
            refs.rowIds.append(id.value());
            return {};
        };
        const QString userId = create ? QString() : change.existingUserId;
        if (!change.deviceId.isEmpty()) {
            if (auto added = dependent(factory.bindUserToDevice(
                    userId, change.username, change.deviceId, change.deviceName, change.administrator, false));
                !added)
                return rollback(added.error());
        }
        for (const ImportRowChange::Group &group : change.groups) {
            if (auto added = dependent(factory.addUserToGroup(group.id, group.name, userId, change.username)); !added)
                return rollback(added.error());
        }
        refsList.append(refs);
    }
    if (!db.commit()) {
        const Error error = CacheDatabase::errorFrom(db.lastError(), u"queueing the import"_s);
        db.rollback();
        return error;
    }
    return refsList;
}
