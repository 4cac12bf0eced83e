#pragma once

#include "CsvRecord.h"
#include "ImportMapping.h"
#include "ImportOrgIndex.h"
#include "ImportRowResult.h"
#include "ImportUniquenessIndex.h"

#include <functional>

struct ImportValidatorOptions
{
    // A row whose username exists becomes an update (with a per-field diff) instead of a username-exists error.
    bool updateExisting = false;
};

// Checks one CSV row against the field rules, the org and the rest of the file (through the uniqueness index).
// Stateless between rows, so re-checking an edited row costs what checking it the first time did.
class ImportRowChecker
{
public:
    // Plans the row's device binding and returns issues for the device column (the binding planner's codes), or
    // nothing; set by the validator when the planner is available.
    using BindingCheck = std::function<QList<ImportIssue>(
        const User &rowUser, const Device &device, int deviceColumn, const QString &deviceColumnName)>;

    ImportRowChecker(const ImportOrgIndex &org, const ImportMapping &mapping, ImportValidatorOptions options);
    void setBindingCheck(BindingCheck check) { m_bindingCheck = std::move(check); }

    // The normalised keys the uniqueness index holds for a record.
    ImportUniquenessIndex::Keys keys(const CsvRecord &record) const;
    // `lineOf` turns another row's number into its line, for messages that point at it.
    ImportRowResult check(int row, const CsvRecord &record, const ImportUniquenessIndex &inFile,
        const std::function<qint64(int)> &lineOf) const;

private:
    QString cell(const CsvRecord &record, ImportField field, int index = 0) const;
    int columnOf(ImportField field) const { return m_columns[std::size_t(field)]; }

    const ImportOrgIndex &m_org;
    const ImportMapping &m_mapping;
    ImportValidatorOptions m_options;
    std::vector<int> m_columns; // plain field → column, or -1
    QList<int> m_groupColumns;
    QList<ImportMapping::AttributePair> m_attributePairs;
    int m_deviceColumn = -1;
    ImportField m_deviceField = ImportField::None;
    BindingCheck m_bindingCheck;
};
