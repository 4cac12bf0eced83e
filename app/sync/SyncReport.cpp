#include "SyncReport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject SyncReport::toJson() const
{
    QJsonObject countsJson;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countsJson.insert(it.key(), it.value());
    QJsonObject json { { u"counts"_s, countsJson }, { u"requests"_s, requests }, { u"retries"_s, retries },
        { u"seconds"_s, qRound(seconds * 1000) / 1000.0 }, { u"changes"_s, changes.toJson() } };
    if (!warnings.isEmpty())
        json.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    if (!ok())
        json.insert(u"error"_s,
            QJsonObject { { u"code"_s, error.code }, { u"httpStatus"_s, error.httpStatus },
                { u"message"_s, error.message }, { u"url"_s, error.url } });
    return json;
}
