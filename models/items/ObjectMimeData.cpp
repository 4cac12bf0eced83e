#include "ObjectMimeData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

std::optional<QStringList> toStringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

} // namespace

QString ObjectMimeData::mimeType()
{
    return u"application/x-bindery-objects"_s;
}

std::unique_ptr<QMimeData> ObjectMimeData::encode(const DraggedObjects &objects)
{
    const QJsonObject json { { u"kind"_s, objectKindKey(objects.kind) }, { u"ids"_s, toArray(objects.ids) },
        { u"names"_s, toArray(objects.names) } };
    auto data = std::make_unique<QMimeData>();
    data->setData(mimeType(), QJsonDocument(json).toJson(QJsonDocument::Compact));
    data->setText(objects.names.join(u'\n'));
    return data;
}

std::optional<DraggedObjects> ObjectMimeData::decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data->data(mimeType()), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject json = document.object();
    const auto kind = objectKindFromKey(json.value("kind"_L1).toString());
    const auto ids = toStringList(json.value("ids"_L1));
    const auto names = toStringList(json.value("names"_L1));
    if (!kind || !ids || !names || ids->isEmpty() || ids->size() != names->size() || ids->contains(QString()))
        return std::nullopt;
    return DraggedObjects { *kind, *ids, *names };
}
