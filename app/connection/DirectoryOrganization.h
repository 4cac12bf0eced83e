#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One organisation an admin's key reaches, as GET /api/organizations lists it.
struct DirectoryOrganization
{
    QString id; // "_id": what x-org-id carries
    QString name; // "displayName" (older answers: "name")

    friend bool operator==(const DirectoryOrganization &, const DirectoryOrganization &) = default;
};

Q_DECLARE_METATYPE(DirectoryOrganization)
