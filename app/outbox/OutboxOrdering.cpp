#include "OutboxOrdering.h"

#include "OutboxKindInfo.h"

using namespace Qt::StringLiterals;

namespace {

QString keyOf(const OutboxObjectRef &object)
{
    if (object.fromRow > 0)
        return u"row:"_s + QString::number(object.fromRow);
    return object.type + u':' + object.id;
}

} // namespace

QList<OutboxOrdering::Claim> OutboxOrdering::claims(const OutboxRow &row)
{
    const QString ownRow = u"row:"_s + QString::number(row.id);
    const QList<OutboxObjectRef> objects = OutboxKindInfo::objects(row);
    switch (OutboxKindInfo::shape(row.kind)) {
    case OutboxKindInfo::Shape::Create: {
        // Two creates of the same name must not race each other (the second gets a 409 either way,
        // but the reconciling lookup must find the first one's object, not race it).
        const QString name = objects.isEmpty() ? QString() : objects.constFirst().name.toLower();
        QList<Claim> out { { ownRow, true } };
        if (!name.isEmpty())
            out.append({ objects.constFirst().type + u"-name:"_s + name, true });
        return out;
    }
    case OutboxKindInfo::Shape::Change:
    case OutboxKindInfo::Shape::Delete:
        return { { objects.isEmpty() ? ownRow : keyOf(objects.constFirst()), true } };
    case OutboxKindInfo::Shape::EdgeAdd:
    case OutboxKindInfo::Shape::EdgeRemove: {
        if (objects.size() < 2)
            return { { ownRow, true } };
        const QString a = keyOf(objects.at(0));
        const QString b = keyOf(objects.at(1));
        return { { a, false }, { b, false }, { u"edge:"_s + a + u'|' + b, true } };
    }
    case OutboxKindInfo::Shape::Setting:
        return { { u"setting:"_s + row.kind, true } };
    case OutboxKindInfo::Shape::Unknown:
        break;
    }
    return { { ownRow, true } };
}

bool OutboxOrdering::Held::conflicts(const QList<Claim> &claims) const
{
    for (const Claim &claim : claims) {
        const auto it = m_keys.constFind(claim.key);
        if (it != m_keys.cend() && (it.value() || claim.exclusive))
            return true;
    }
    return false;
}

void OutboxOrdering::Held::add(const QList<Claim> &claims)
{
    for (const Claim &claim : claims) {
        bool &exclusive = m_keys[claim.key];
        exclusive = exclusive || claim.exclusive;
    }
}
