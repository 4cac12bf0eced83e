#include "ImportValidator.h"

#include "ImportParallel.h"

#include <algorithm>

ImportValidator::ImportValidator(const OrgSnapshot &snapshot, ImportMapping mapping, ImportValidatorOptions options)
    : ImportValidator(std::make_shared<const ImportOrgIndex>(snapshot), std::move(mapping), options)
{
}

ImportValidator::ImportValidator(
    std::shared_ptr<const ImportOrgIndex> org, ImportMapping mapping, ImportValidatorOptions options)
    : m_org(std::move(org))
    , m_bindingCheck(*m_org)
    , m_mapping(std::move(mapping))
    , m_checker(*m_org, m_mapping, options)
{
}

ImportValidator::~ImportValidator() = default;

void ImportValidator::setRecords(QList<CsvRecord> records)
{
    // Per-row work runs in blocks on the thread pool (ImportParallel): every block writes only its own rows. The
    // uniqueness index is filled in between, on this thread, because every row's check reads all of it.
    constexpr qsizetype Block = 2048;
    m_records = std::move(records);
    const qsizetype count = m_records.size();
    QList<ImportUniquenessIndex::Keys> keys(count);
    ImportUniquenessIndex::Keys *keyOf = keys.data();
    ImportParallel::forEachBlock(count, Block, [&](qsizetype begin, qsizetype end) {
        for (qsizetype row = begin; row < end; ++row)
            keyOf[row] = m_checker.keys(m_records.at(row));
    });
    m_inFile.setRows(std::move(keys));

    m_results.clear();
    m_results.resize(count);
    ImportRowResult *results = m_results.data();
    QList<ImportBindingCheck::Request> perRow(m_mapping.deviceColumn() >= 0 ? count : 0);
    ImportBindingCheck::Request *requestOf = perRow.isEmpty() ? nullptr : perRow.data();
    const auto lineOf = [this](int other) { return m_records.at(other).line; };
    ImportParallel::forEachBlock(count, Block, [&](qsizetype begin, qsizetype end) {
        for (qsizetype row = begin; row < end; ++row)
            results[row]
                = m_checker.check(int(row), m_records.at(row), m_inFile, lineOf, requestOf ? requestOf + row : nullptr);
    });

    // Every binding row in one planner run (sliced by device inside), then the planner's issues onto the rows.
    QList<ImportBindingCheck::Request> requests;
    QList<int> requestRows;
    for (qsizetype row = 0; row < perRow.size(); ++row) {
        if (perRow.at(row).isValid()) {
            requests.append(std::move(perRow[row]));
            requestRows.append(int(row));
        }
    }
    perRow.clear();
    const QList<QList<ImportIssue>> planned = m_bindingCheck.checkAll(requests);
    ImportParallel::forEachBlock(requestRows.size(), Block, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            ImportRowChecker::addBindingIssues(results[requestRows.at(i)], planned.at(i));
    });
    m_summary = {};
    for (const ImportRowResult &result : std::as_const(m_results))
        m_summary.add(result);
}

void ImportValidator::revalidate(int row)
{
    const auto lineOf = [this](int other) { return m_records.at(other).line; };
    m_summary.add(m_results.at(row), -1);
    ImportBindingCheck::Request request;
    m_results[row] = m_checker.check(row, m_records.at(row), m_inFile, lineOf, &request);
    if (request.isValid()) {
        ImportRowChecker::addBindingIssues(m_results[row], m_bindingCheck.check(request));
    }
    m_summary.add(m_results.at(row));
}

QList<int> ImportValidator::updateRecord(int row, CsvRecord record)
{
    if (row < 0 || row >= int(m_records.size()))
        return {};
    using U = ImportUniquenessIndex;
    m_records[row] = std::move(record);
    const U::Keys oldKeys = m_inFile.replaceRow(row, m_checker.keys(m_records.at(row)));

    // Rows whose checks read one of the values that changed: duplicates of either the old or the new value, and the
    // cross-checks (a username against others' local account names and manager references, and back).
    QList<int> affected { row };
    for (const U::Keys *keys : { &oldKeys, &m_inFile.keys(row) }) {
        const auto collect = [&](U::Kind kind, const QString &key) {
            for (const int other : m_inFile.rows(kind, key))
                affected.append(other);
        };
        collect(U::Username, (*keys)[U::Username]);
        collect(U::LocalName, (*keys)[U::Username]);
        collect(U::Manager, (*keys)[U::Username]);
        collect(U::Email, (*keys)[U::Email]);
        collect(U::EmployeeId, (*keys)[U::EmployeeId]);
        collect(U::LocalName, (*keys)[U::LocalName]);
        collect(U::Username, (*keys)[U::LocalName]);
    }
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());

    QList<int> changed;
    for (const int other : affected) {
        const ImportRowResult before = m_results.at(other);
        revalidate(other);
        if (!(m_results.at(other) == before))
            changed.append(other);
    }
    return changed;
}
