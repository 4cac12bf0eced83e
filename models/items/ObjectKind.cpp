#include "ObjectKind.h"

using namespace Qt::StringLiterals;

QString objectKindKey(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::User:
        return u"user"_s;
    case ObjectKind::Device:
        return u"device"_s;
    case ObjectKind::UserGroup:
        return u"userGroup"_s;
    case ObjectKind::DeviceGroup:
        return u"deviceGroup"_s;
    }
    return {};
}

std::optional<ObjectKind> objectKindFromKey(const QString &key)
{
    for (const ObjectKind kind :
        { ObjectKind::User, ObjectKind::Device, ObjectKind::UserGroup, ObjectKind::DeviceGroup }) {
        if (key == objectKindKey(kind))
            return kind;
    }
    return std::nullopt;
}
