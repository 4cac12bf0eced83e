#include "OutboxPushSummary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject OutboxPushSummary::toJson() const
{
    QJsonArray rowArray;
    for (const Row &row : rows) {
        QJsonObject item { { u"id"_s, row.id }, { u"kind"_s, row.kind }, { u"summary"_s, row.summary },
            { u"state"_s, OutboxRow::stateKey(row.state) } };
        if (!row.error.isEmpty())
            item.insert(u"error"_s, row.error);
        if (!row.createdId.isEmpty())
            item.insert(u"createdId"_s, row.createdId);
        if (row.adopted)
            item.insert(u"adopted"_s, true);
        rowArray.append(item);
    }
    QJsonObject json { { u"counts"_s,
                           QJsonObject { { u"total"_s, total }, { u"done"_s, done }, { u"failed"_s, failed },
                               { u"pending"_s, pending } } },
        { u"rows"_s, rowArray }, { u"requests"_s, requests }, { u"retries"_s, retries }, { u"seconds"_s, seconds } };
    if (!error.isNull())
        json.insert(u"error"_s, QJsonObject { { u"code"_s, error.code }, { u"message"_s, error.oneLine() } });
    return json;
}
