#pragma once

#include "CsvRecord.h"
#include "ImportBindingCheck.h"
#include "ImportMapping.h"
#include "ImportOrgIndex.h"
#include "ImportRowChecker.h"
#include "ImportRowResult.h"
#include "ImportSummary.h"
#include "ImportUniquenessIndex.h"

#include <QList>
#include <memory>

// Checks every row of an import before anything is sent: per-cell issues with a stable code, a severity and a
// message, the action (create, update, skip), an update's diff, and the summary. Pure: works on a snapshot, no SQL,
// no network. The wizard edits cells inline, so updateRecord() re-checks only the edited row and the rows that share
// a username, e-mail, employee id, local account name or manager reference with its old or new values.
class ImportValidator
{
public:
    // Indexes the org itself (about 140 ms for the benchmark org); the snapshot must outlive the validator.
    ImportValidator(const OrgSnapshot &snapshot, ImportMapping mapping, ImportValidatorOptions options = {});
    // Shares an index built before: the wizard indexes the org once, while the admin picks a file, and every
    // validation after a mapping change reuses it. The index's snapshot must outlive the validator.
    ImportValidator(
        std::shared_ptr<const ImportOrgIndex> org, ImportMapping mapping, ImportValidatorOptions options = {});
    ~ImportValidator();
    ImportValidator(const ImportValidator &) = delete;
    ImportValidator &operator=(const ImportValidator &) = delete;

    // The data rows (the header already taken off). Validates them all.
    void setRecords(QList<CsvRecord> records);
    // Replaces one row and re-validates what it affects; returns the rows whose result changed, sorted.
    QList<int> updateRecord(int row, CsvRecord record);

    const QList<CsvRecord> &records() const { return m_records; }
    const QList<ImportRowResult> &results() const { return m_results; }
    const ImportSummary &summary() const { return m_summary; }
    const ImportMapping &mapping() const { return m_mapping; }
    const ImportOrgIndex &orgIndex() const { return *m_org; }
    // Whether binding rows get the binding planner's codes (takeovers, case-differs …) on the device column.
    bool checksBindings() const { return true; }

private:
    void revalidate(int row);

    std::shared_ptr<const ImportOrgIndex> m_org; // read-only, so validators on several threads may share it
    ImportBindingCheck m_bindingCheck;
    ImportMapping m_mapping;
    ImportRowChecker m_checker;
    ImportUniquenessIndex m_inFile;
    QList<CsvRecord> m_records;
    QList<ImportRowResult> m_results;
    ImportSummary m_summary;
};
