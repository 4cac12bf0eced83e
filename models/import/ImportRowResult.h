#pragma once

#include "ImportIssue.h"

#include <QList>
#include <QString>

enum class ImportRowStatus { Ok, Warning, Error };
enum class ImportRowAction { Create, Update, Skip };

// One field an update would change: the value in the directory now and the value from the file.
struct ImportFieldChange
{
    QString field; // the extended template's column name
    QString oldValue;
    QString newValue;
    // false for fields the cache does not hold (addresses, recovery e-mail …): the old value is unknown.
    bool oldKnown = true;

    friend bool operator==(const ImportFieldChange &, const ImportFieldChange &) = default;
};

// What the validator says about one CSV row.
struct ImportRowResult
{
    qint64 line = 0; // the physical line the record starts on
    ImportRowStatus status = ImportRowStatus::Ok;
    ImportRowAction action = ImportRowAction::Create;
    QList<ImportIssue> issues;
    QList<ImportFieldChange> changes; // updates only
    QString existingUserId; // updates only
    bool staged = false; // the user will be created staged (no access until activated)
    int bindings = 0; // device bindings the row adds
    int groupAdds = 0; // user-group memberships the row adds

    bool hasIssue(const QString &code) const;
    friend bool operator==(const ImportRowResult &, const ImportRowResult &) = default;
};
