#include "OutboxReferences.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// "change #42 (Create user jdoe)": the row as the admin saw it in the pending list.
QString describe(const OutboxRow &row)
{
    return QCoreApplication::translate("OutboxReferences", "change #%1 (%2)").arg(row.id).arg(row.summary);
}

} // namespace

QList<qint64> OutboxReferences::referencedRows(const QJsonObject &payload)
{
    QList<qint64> rows;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (it.key().endsWith(Suffix) && it.key().size() > Suffix.size())
            rows.append(it.value().toInteger());
    }
    return rows;
}

Result<QJsonObject> OutboxReferences::resolve(
    const QJsonObject &payload, const std::function<const OutboxRow *(qint64)> &rowById)
{
    QJsonObject resolved = payload;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (!it.key().endsWith(Suffix) || it.key().size() == Suffix.size())
            continue;
        const qint64 rowId = it.value().toInteger();
        const QString key = it.key().chopped(Suffix.size());
        const OutboxRow *row = rowById(rowId);
        if (!row) {
            return Error { QString::fromLatin1(MissingDependency),
                QCoreApplication::translate("OutboxReferences",
                    "This change depends on change #%1, which is no longer in the list of pending changes.")
                    .arg(rowId) };
        }
        if (row->state == OutboxRow::State::Failed) {
            return Error { QString::fromLatin1(FailedDependency),
                QCoreApplication::translate("OutboxReferences", "This change depends on %1, which failed: %2")
                    .arg(describe(*row), row->error) };
        }
        const QString createdId = row->payload.value("createdId"_L1).toString();
        if (row->state != OutboxRow::State::Done) {
            return Error { QString::fromLatin1(UnfinishedDependency),
                QCoreApplication::translate("OutboxReferences", "This change depends on %1, which is not pushed yet.")
                    .arg(describe(*row)) };
        }
        if (createdId.isEmpty()) {
            return Error { QString::fromLatin1(MissingDependency),
                QCoreApplication::translate(
                    "OutboxReferences", "This change depends on %1, which did not create anything.")
                    .arg(describe(*row)) };
        }
        resolved.insert(key, createdId);
    }
    return resolved;
}
