#pragma once

#include <QWizard>

class CacheDatabase;
class ImportCommitPage;
class ImportFilePage;
class ImportPreviewPage;
class ImportPushDriver;
class ImportSession;
class DirectorySession;
class QMimeData;

// File ▸ Import users…: a CSV file of users, checked row by row against the cached org before anything is sent
// (DOMAIN.md "Importing users from CSV"). Pages: file → encoding and delimiter → column mapping → every row (fix
// cells, leave rows out) → summary (the commit point) → import with per-row progress → results (save the results
// file, undo). Next follows each page's isComplete(); reading, checking and queueing run off the GUI thread.
//
// The wizard borrows the GUI thread's cache connection and pushes through the window's connected DirectorySession
// (null or not connected: offline, the import is queued in the outbox and sent with the next push). It is
// modeless-friendly and deletes nothing it does not own.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePage, FormatPage, MappingPage, PreviewPage, SummaryPage, CommitPage, ResultsPage };

    ImportWizard(CacheDatabase &cache, DirectorySession *session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Starts with this file (a .csv dropped on the window): it is read at once; the first page shows it.
    void openFile(const QString &path);
    // The first local .csv or .txt file in a drop, or empty: for the window's dragEnterEvent/dropEvent.
    static QString csvFileFromMimeData(const QMimeData *data);

    ImportSession &session() const { return *m_session; }
    // Test seam: push through this driver instead of the controller (not owned).
    void setPushDriver(ImportPushDriver *driver);
    ImportPreviewPage *previewPage() const { return m_previewPage; }

Q_SIGNALS:
    // Rows were queued in the outbox or removed from it (commit, undo): refresh the pending changes.
    void outboxChanged();

public Q_SLOTS:
    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    ImportPushDriver *m_controllerDriver = nullptr;
    ImportSession *m_session;
    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    bool m_closeWhenStopped = false;
};
