#pragma once

#include "CsvReader.h"
#include "ImportBatchWriter.h"
#include "ImportFile.h"
#include "ImportMapping.h"
#include "ImportPushDriver.h"
#include "ImportRowChange.h"
#include "ImportRowOutcome.h"
#include "ImportValidator.h"
#include "OrgSnapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>
#include <optional>

class CacheDatabase;
class ImportCommitter;

// What the import wizard's pages share: the file and how it is read, the mapping, the validation (with inline edits
// and rows left out), and the commit. Everything slow runs on the thread pool with its own cache connection: reading
// and parsing the file, loading the org from the cache, validating, writing the outbox batch. Results come back as
// values and replace the session's state on the GUI thread; a newer request makes an older answer stale.
class ImportSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSession)

public:
    // `cache` is the GUI thread's connection (borrowed; the committer writes through it). `push` may be null.
    ImportSession(CacheDatabase &cache, ImportPushDriver *push, QObject *parent = nullptr);
    ~ImportSession() override;

    void setPushDriver(ImportPushDriver *push) { m_push = push; }
    bool canPush() const { return m_push != nullptr; }

    // The file: read and parsed in the background; fileLoaded() follows.
    void loadFile(const QString &path);
    // Parses the same bytes again with other options (encoding, delimiter); fileLoaded() follows.
    void reparse(const CsvReader::Options &options);
    bool isLoadingFile() const { return m_fileBusy; }
    bool hasFile() const { return m_fileOk; }
    QString fileError() const { return m_fileError; }
    const ImportFile &file() const { return m_file; }
    const CsvReader::Options &readOptions() const { return m_options; }

    ImportMapping &mapping() { return m_mapping; }
    const ImportMapping &mapping() const { return m_mapping; }
    void setMapping(const ImportMapping &mapping);
    bool updateExisting() const { return m_updateExisting; }
    void setUpdateExisting(bool update) { m_updateExisting = update; }

    // The org, read from the cache and indexed once (started by the constructor).
    bool hasOrg() const { return m_org.snapshot != nullptr; }

    // Validates every row with the current mapping in the background; validated() follows.
    void validate();
    bool isValidating() const { return m_validating; }
    const ImportValidator *validator() const { return m_validation.validator.get(); }
    // An inline edit: re-checks the row and the rows it affects; rowsChanged() lists them.
    void updateRecord(int row, const CsvRecord &record);
    void setSkipped(int row, bool skipped);
    bool isSkipped(int row) const { return m_skipped.contains(row); }
    // Rows the admin corrected or left out since the file was read: reading it again would undo that work.
    int reworkedRowCount() const { return int((m_editedRows | m_skipped).size()); }
    const QSet<int> &skipped() const { return m_skipped; }

    // What committing the rows without errors (and not left out) would do.
    struct CommitSummary
    {
        int creates = 0;
        int updates = 0;
        int bindings = 0;
        int takeovers = 0;
        int groupAdds = 0;
        int staged = 0;
        int errorRows = 0; // not imported
        int skipped = 0; // left out by the admin, or empty
    };
    // Worked out once per change (every row is counted) and kept until the next edit, skip or check.
    CommitSummary commitSummary() const;

    // Queues the batch (in the background) and pushes it; committing() then rowCommitted()/commitProgress(), and
    // commitFinished() at the end.
    void commit();
    void cancelCommit();
    bool isCommitting() const { return m_committing; }
    bool isCommitted() const { return m_committed; }
    QString batchId() const { return m_batchId; }
    QString commitError() const { return m_commitError; }
    // One outcome per record of the file.
    QList<ImportRowOutcome> outcomes() const;
    // Writes the results file (CsvWriter; passwords never written). Errors carry the reason.
    Result<void> saveResults(const QString &path) const;
    // Takes the batch back: pending rows removed, created users deleted; undoFinished() follows.
    Result<int> undo();

Q_SIGNALS:
    void fileLoaded();
    void orgLoaded();
    void validated();
    void rowsChanged(const QList<int> &rows);
    void skippedChanged(int row);
    void committing(int total);
    void rowCommitted(int row, const ImportRowOutcome &outcome);
    void commitProgress(int finished, int total);
    void commitFinished(const QString &error);
    void undoFinished(int deleted, int failed, const QString &error);
    void outboxChanged();
    void failed(const QString &message);

private:
    struct Org
    {
        std::shared_ptr<const OrgSnapshot> snapshot;
        std::shared_ptr<const ImportOrgIndex> index; // of `snapshot`, shared by every validator of this session
    };
    struct Validation
    {
        std::shared_ptr<const OrgSnapshot> org; // the validator reads it: kept alive with it
        std::shared_ptr<ImportValidator> validator;
    };
    struct Queued
    {
        QString error;
        QString batchId;
        QList<ImportRowChange> changes;
        QList<ImportBatchWriter::RowRefs> refs;
    };

    void startParse();

    CacheDatabase &m_cache;
    QPointer<ImportPushDriver> m_push;
    CsvReader::Options m_options;
    ImportFile m_file;
    bool m_fileOk = false;
    bool m_fileBusy = false;
    QString m_fileError;
    int m_fileGeneration = 0;
    ImportMapping m_mapping;
    bool m_updateExisting = false;
    Org m_org;
    Validation m_validation;
    bool m_validating = false;
    bool m_validateWhenOrgLoaded = false;
    int m_validationGeneration = 0;
    QSet<int> m_skipped;
    QSet<int> m_editedRows;
    mutable std::optional<CommitSummary> m_commitSummary;
    std::unique_ptr<ImportCommitter> m_committer;
    bool m_committing = false;
    bool m_committed = false;
    QString m_batchId;
    QString m_commitError;
    QHash<int, int> m_rowOfRef;
};
