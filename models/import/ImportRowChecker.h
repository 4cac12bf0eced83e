#pragma once

#include "CsvRecord.h"
#include "ImportBindingCheck.h"
#include "ImportMapping.h"
#include "ImportOrgIndex.h"
#include "ImportRowResult.h"
#include "ImportUniquenessIndex.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(ImportValidator)

public:
    ImportRowChecker(const ImportOrgIndex &org, const ImportMapping &mapping, ImportValidatorOptions options);

    // The normalised keys the uniqueness index holds for a record.
    ImportUniquenessIndex::Keys keys(const CsvRecord &record) const;
    // `lineOf` turns another row's number into its line, for messages that point at it. When the row binds a
    // device that exists, `bindingRequest` (if given) is filled for the binding planner, whose issues are added
    // with addBindingIssues(): planning every row of a file at once is much cheaper than row by row.
    // `inFile` holds keys(record) for `row`.
    ImportRowResult check(int row, const CsvRecord &record, const ImportUniquenessIndex &inFile,
        const std::function<qint64(int)> &lineOf, ImportBindingCheck::Request *bindingRequest = nullptr) const;
    static void addBindingIssues(ImportRowResult &result, const QList<ImportIssue> &planned);
    static void updateStatus(ImportRowResult &result);

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
};
