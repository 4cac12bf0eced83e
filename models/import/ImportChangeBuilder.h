#pragma once

#include "ImportRowChange.h"

#include <QCoreApplication>
#include <QSet>
#include <optional>

class ImportValidator;
struct User;

// Turns validated rows into ImportRowChanges: the module's column names become the directory's systemuser fields
// (addresses, phone numbers, custom attributes and the MFA enrollment period as the API nests them), the device
// and group names become ids, and an update keeps only the fields that change (arrays merged with what the user
// has, since a PUT replaces them). Rows with an error, skipped rows and blank rows give nothing. The validator
// must outlive the builder.
class ImportChangeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ImportChangeBuilder)

public:
    explicit ImportChangeBuilder(const ImportValidator &validator);

    std::optional<ImportRowChange> build(int row) const;
    // Every row without an error, in file order, except those in `skipped`.
    QList<ImportRowChange> buildAll(const QSet<int> &skipped = {}) const;

private:
    bool isMember(const QString &userId, const QString &groupId) const;

    const ImportValidator &m_validator;
    mutable QSet<QString> m_memberships; // "userId groupId", built on the first update row with groups
    mutable bool m_membershipsBuilt = false;
};
