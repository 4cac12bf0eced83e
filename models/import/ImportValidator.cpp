#include "ImportValidator.h"

#include <algorithm>

ImportValidator::ImportValidator(const OrgSnapshot &snapshot, ImportMapping mapping, ImportValidatorOptions options)
    : m_org(snapshot)
    , m_bindingCheck(snapshot)
    , m_mapping(std::move(mapping))
    , m_checker(m_org, m_mapping, options)
{
}

ImportValidator::~ImportValidator() = default;

void ImportValidator::setRecords(QList<CsvRecord> records)
{
    m_records = std::move(records);
    m_inFile.clear();
    m_inFile.reserve(m_records.size());
    m_keys.clear();
    m_keys.reserve(m_records.size());
    for (int row = 0; row < int(m_records.size()); ++row) {
        m_keys.append(m_checker.keys(m_records.at(row)));
        m_inFile.add(row, m_keys.constLast());
    }
    m_results.clear();
    m_results.resize(m_records.size());
    m_summary = {};
    const auto lineOf = [this](int other) { return m_records.at(other).line; };
    QList<ImportBindingCheck::Request> requests;
    QList<int> requestRows;
    ImportBindingCheck::Request request;
    for (int row = 0; row < int(m_records.size()); ++row) {
        request.deviceId.clear();
        m_results[row] = m_checker.check(row, m_records.at(row), m_inFile, lineOf, &request);
        if (!request.deviceId.isEmpty()) {
            requests.append(std::move(request));
            requestRows.append(row);
            request = {};
        }
    }
    const QList<QList<ImportIssue>> planned = m_bindingCheck.checkAll(requests);
    for (qsizetype i = 0; i < requestRows.size(); ++i)
        ImportRowChecker::addBindingIssues(m_results[requestRows.at(i)], planned.at(i));
    for (const ImportRowResult &result : std::as_const(m_results))
        m_summary.add(result);
}

void ImportValidator::revalidate(int row)
{
    const auto lineOf = [this](int other) { return m_records.at(other).line; };
    m_summary.add(m_results.at(row), -1);
    ImportBindingCheck::Request request;
    m_results[row] = m_checker.check(row, m_records.at(row), m_inFile, lineOf, &request);
    if (!request.deviceId.isEmpty()) {
        ImportRowChecker::addBindingIssues(m_results[row], m_bindingCheck.check(request));
    }
    m_summary.add(m_results.at(row));
}

QList<int> ImportValidator::updateRecord(int row, CsvRecord record)
{
    if (row < 0 || row >= int(m_records.size()))
        return {};
    using U = ImportUniquenessIndex;
    const U::Keys oldKeys = m_keys.at(row);
    m_inFile.remove(row, oldKeys);
    m_records[row] = std::move(record);
    m_keys[row] = m_checker.keys(m_records.at(row));
    m_inFile.add(row, m_keys.at(row));

    // Rows whose checks read one of the values that changed: duplicates of either the old or the new value, and the
    // cross-checks (a username against others' local account names and manager references, and back).
    QList<int> affected { row };
    for (const U::Keys *keys : { &oldKeys, &m_keys.at(row) }) {
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
