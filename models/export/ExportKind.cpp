#include "ExportKind.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array kKinds = { ExportKind::Users, ExportKind::Devices, ExportKind::UserGroups,
    ExportKind::DeviceGroups, ExportKind::Bindings };

} // namespace

QString exportKindName(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Users:
        return u"users"_s;
    case ExportKind::Devices:
        return u"devices"_s;
    case ExportKind::UserGroups:
        return u"user-groups"_s;
    case ExportKind::DeviceGroups:
        return u"device-groups"_s;
    case ExportKind::Bindings:
        return u"bindings"_s;
    }
    return {};
}

std::optional<ExportKind> exportKindFromName(const QString &name)
{
    for (ExportKind kind : kKinds) {
        if (exportKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QStringList exportKindNames()
{
    QStringList names;
    for (ExportKind kind : kKinds)
        names << exportKindName(kind);
    return names;
}
