#include "ImportSession.h"

#include "CacheDatabase.h"
#include "CacheReader.h"
#include "ImportChangeBuilder.h"
#include "ImportCommitter.h"
#include "ImportOutcomes.h"
#include "ImportPushDriver.h"
#include "ImportResultsCsv.h"
#include "WorkerPool.h"

#include <QFile>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Runs `work` on the thread pool and hands its value to `done` on `context`'s thread.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), std::move(work)));
}

// Lets go of `value` on a worker: the last reference to a checked 100,000-row file frees about a million strings,
// 50 ms or more that the GUI thread does not wait for.
template<typename T>
void releaseInBackground(T value)
{
    WorkerPool::instance()->start([held = std::move(value)]() mutable { T released = std::move(held); });
}

} // namespace

ImportSession::ImportSession(CacheDatabase &cache, ImportPushDriver *push, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_push(push)
{
    // The org is read and indexed once, on a worker with its own connection, while the admin picks a file: every
    // validation (after each mapping change) then only checks rows.
    const QString path = cache.path();
    runInBackground(
        this,
        [path]() -> Org {
            auto opened = CacheDatabase::open(path);
            if (!opened)
                return {};
            auto snapshot = CacheReader(*opened.value()).snapshot();
            if (!snapshot)
                return {};
            auto org = std::make_shared<const OrgSnapshot>(std::move(snapshot).value());
            auto index = std::make_shared<const ImportOrgIndex>(*org);
            return Org { std::move(org), std::move(index) };
        },
        [this](const Org &org) {
            if (!org.snapshot) {
                Q_EMIT failed(tr("The org could not be read from the cache, so the rows cannot be checked."));
                return;
            }
            m_org = org;
            Q_EMIT orgLoaded();
            if (m_validateWhenOrgLoaded)
                validate();
        });
}

ImportSession::~ImportSession()
{
    if (m_committer)
        m_committer->cancel();
}

void ImportSession::loadFile(const QString &path)
{
    m_options = {};
    m_fileOk = false;
    m_file = {};
    m_file.path = path;
    startParse();
}

void ImportSession::reparse(const CsvReader::Options &options)
{
    m_options = options;
    startParse();
}

void ImportSession::startParse()
{
    // Read (again) from the disk with the options chosen: the bytes are not kept, or a large file would be in memory
    // twice. A file changed on disk meanwhile is read as it is now, with its new digest and so a new batch id.
    m_fileBusy = true;
    const int generation = ++m_fileGeneration;
    const CsvReader::Options options = m_options;
    const QString path = m_file.path;
    runInBackground(
        this,
        [path, options] {
            auto parsed = ImportFile::read(path, options);
            if (parsed)
                return std::pair<ImportFile, QString> { parsed.value(), QString() };
            const QString reason = parsed.error().code == u"file-unreadable"_s
                ? tr("%1 cannot be read: %2").arg(path, parsed.error().detail)
                : parsed.error().detail;
            return std::pair<ImportFile, QString> { ImportFile {}, reason };
        },
        [this, generation, path](const std::pair<ImportFile, QString> &parsed) {
            if (generation != m_fileGeneration)
                return;
            m_fileBusy = false;
            releaseInBackground(std::exchange(m_file, parsed.first));
            m_file.path = path;
            m_fileOk = parsed.second.isEmpty();
            m_fileError = parsed.second;
            m_mapping = ImportMapping::fromHeader(m_file.header);
            m_skipped.clear();
            m_editedRows.clear();
            m_commitSummary.reset();
            releaseInBackground(std::exchange(m_validation, {}));
            Q_EMIT fileLoaded();
        });
}

void ImportSession::setMapping(const ImportMapping &mapping)
{
    m_mapping = mapping;
}

void ImportSession::validate()
{
    m_validating = true;
    const int generation = ++m_validationGeneration;
    if (!m_org.snapshot) {
        m_validateWhenOrgLoaded = true; // orgLoaded() starts it
        return;
    }
    m_validateWhenOrgLoaded = false;
    const Org org = m_org;
    const ImportMapping mapping = m_mapping;
    const QList<CsvRecord> records = m_file.records;
    const bool update = m_updateExisting;
    runInBackground(
        this,
        [org, mapping, records, update] {
            auto validator = std::make_shared<ImportValidator>(org.index, mapping, ImportValidatorOptions { update });
            validator->setRecords(records);
            return Validation { org.snapshot, validator };
        },
        [this, generation](const Validation &validation) {
            if (generation != m_validationGeneration)
                return;
            m_validating = false;
            releaseInBackground(std::exchange(m_validation, validation));
            m_commitSummary.reset();
            // Rows left out stay left out: a mapping change re-checks the same rows (a new file clears them).
            Q_EMIT validated();
        });
}

void ImportSession::updateRecord(int row, const CsvRecord &record)
{
    if (!m_validation.validator || m_committing || m_committed)
        return;
    // The session's copy takes the edit too, so a re-check after a mapping change keeps the admin's corrections.
    if (row >= 0 && row < m_file.records.size()) {
        m_file.records[row] = record;
        m_editedRows.insert(row);
    }
    const QList<int> changed = m_validation.validator->updateRecord(row, record);
    m_commitSummary.reset();
    // The row itself always repaints: its text changed even when its result did not.
    QList<int> rows = changed;
    if (!rows.contains(row))
        rows.prepend(row);
    Q_EMIT rowsChanged(rows);
}

void ImportSession::setSkipped(int row, bool skipped)
{
    if (skipped == m_skipped.contains(row))
        return;
    if (skipped)
        m_skipped.insert(row);
    else
        m_skipped.remove(row);
    m_commitSummary.reset();
    Q_EMIT skippedChanged(row);
}

ImportSession::CommitSummary ImportSession::commitSummary() const
{
    CommitSummary summary;
    if (!m_validation.validator)
        return summary;
    if (m_commitSummary)
        return *m_commitSummary;
    const QList<ImportRowResult> &results = m_validation.validator->results();
    for (int row = 0; row < int(results.size()); ++row) {
        const ImportRowResult &result = results.at(row);
        if (result.action == ImportRowAction::Skip || m_skipped.contains(row)) {
            ++summary.skipped;
            continue;
        }
        if (result.status == ImportRowStatus::Error) {
            ++summary.errorRows;
            continue;
        }
        ++(result.action == ImportRowAction::Update ? summary.updates : summary.creates);
        summary.bindings += result.bindings - (result.hasIssue(u"already-bound"_s) ? result.bindings : 0);
        summary.takeovers += result.hasIssue(u"takeover"_s) ? 1 : 0;
        summary.groupAdds += result.groupAdds;
        summary.staged += result.staged ? 1 : 0;
    }
    m_commitSummary = summary;
    return summary;
}

void ImportSession::commit()
{
    if (!m_validation.validator || m_committing || m_committed)
        return;
    m_committing = true;
    m_commitError.clear();
    const Validation validation = m_validation;
    const QSet<int> skipped = m_skipped;
    const QString cachePath = m_cache.path();
    const QByteArray digest = m_file.digest;
    // Built and written on a worker (its own connection): a file of 100,000 rows is 400,000 outbox rows.
    runInBackground(
        this,
        [validation, skipped, cachePath, digest] {
            Queued queued;
            queued.changes = ImportChangeBuilder(*validation.validator).buildAll(skipped);
            queued.batchId = ImportBatchWriter::batchIdFor(digest, validation.validator->mapping());
            auto opened = CacheDatabase::open(cachePath);
            if (!opened) {
                queued.error = opened.error().detail;
                return queued;
            }
            auto refs = ImportBatchWriter(*opened.value()).write(queued.batchId, queued.changes);
            if (!refs)
                queued.error = refs.error().detail;
            else
                queued.refs = refs.value();
            return queued;
        },
        [this](const Queued &queued) {
            if (!queued.error.isEmpty()) {
                m_committing = false;
                m_commitError = tr("The import could not be queued: %1").arg(queued.error);
                Q_EMIT commitFinished(m_commitError);
                return;
            }
            m_batchId = queued.batchId;
            Q_EMIT outboxChanged();
            m_committer = std::make_unique<ImportCommitter>(m_cache, m_push.data());
            m_rowOfRef.clear();
            for (int i = 0; i < int(queued.refs.size()); ++i)
                m_rowOfRef.insert(i, queued.refs.at(i).row);
            connect(m_committer.get(), &ImportCommitter::rowFinished, this,
                [this](
                    int ref, const ImportRowOutcome &outcome) { Q_EMIT rowCommitted(m_rowOfRef.value(ref), outcome); });
            connect(m_committer.get(), &ImportCommitter::progress, this, &ImportSession::commitProgress);
            connect(m_committer.get(), &ImportCommitter::finished, this, [this](const QString &error) {
                m_committing = false;
                m_committed = true;
                m_commitError = error;
                Q_EMIT outboxChanged();
                Q_EMIT commitFinished(error);
            });
            connect(m_committer.get(), &ImportCommitter::undoFinished, this, &ImportSession::undoFinished);
            if (auto set = m_committer->setBatch(queued.batchId, queued.refs, queued.changes); !set) {
                m_committing = false;
                m_commitError = set.error().detail;
                Q_EMIT commitFinished(m_commitError);
                return;
            }
            Q_EMIT committing(m_committer->total());
            m_committer->start();
        });
}

void ImportSession::cancelCommit()
{
    if (m_committer && m_committing)
        m_committer->cancel();
}

QList<ImportRowOutcome> ImportSession::outcomes() const
{
    if (!m_validation.validator)
        return {};
    if (!m_committer)
        return ImportOutcomes::compute(m_validation.validator->results(), m_skipped, {}, {});
    return m_committer->fileOutcomes(m_validation.validator->results(), m_skipped);
}

Result<void> ImportSession::saveResults(const QString &path) const
{
    if (!m_validation.validator)
        return Error { u"no-results"_s, tr("There is nothing to save yet.") };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { u"write-failed"_s, file.errorString() };
    const ImportValidator &validator = *m_validation.validator;
    auto written = ImportResultsCsv::write(
        file, m_file.header, validator.records(), outcomes(), validator.mapping().column(ImportField::Password));
    if (!written)
        return written.error();
    if (!file.commit())
        return Error { u"write-failed"_s, file.errorString() };
    return {};
}

Result<int> ImportSession::undo()
{
    if (!m_committer)
        return Error { u"nothing-to-undo"_s, tr("Nothing was imported.") };
    auto undone = m_committer->undo();
    if (!undone)
        return undone;
    Q_EMIT outboxChanged();
    m_committer->start();
    return undone;
}
