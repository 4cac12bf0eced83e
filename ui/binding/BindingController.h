#pragma once

#include "BindingDropPlan.h"
#include "DraggedObjects.h"
#include "ObjectDropRequest.h"
#include "OutboxRow.h"
#include "Result.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class BindDialog;
class BindPickerDialog;
class BindingDropPlanner;
class CacheDatabase;
class QAction;
class QWidget;

// Owns the binding flow: a drop request (or "Bind to…", or an unbind from the details panel) → a plan worked out on
// a worker → the bind dialog → outbox rows, one batch id per confirmation, appended on the GUI thread's cache
// connection. Offers undo of the last batch while its rows are still pending. It reads the org once per cache
// (on a worker, with its own connection) and keeps it until reloadOrg(); the outbox is re-read for every plan, so
// changes waiting to be pushed count as done.
class BindingController final : public QObject
{
    Q_OBJECT

public:
    explicit BindingController(QWidget *dialogParent, QObject *parent = nullptr);
    ~BindingController() override;

    enum class OrgLoad { Now, OnDemand };
    // The GUI thread's connection, borrowed until setCache(nullptr). Starts reading the org in the background, now
    // or (OnDemand) at loadOrg() or the first drop, whichever comes first: the window waits with it until the org's
    // rows are on screen, since both want the same two cores.
    void setCache(CacheDatabase *cache, OrgLoad load = OrgLoad::Now);
    void loadOrg();
    // The cache's org changed (a sync, a rebuild): plan against the new one from the next drop on.
    void reloadOrg();
    bool isOrgReady() const { return m_planner != nullptr; }

    // Where "Bind to…" takes its objects from (usually the current pane's selection).
    void setSelectionProvider(std::function<DraggedObjects()> provider);
    // "Bind to…" (Ctrl+B) for the menu and the panes' context menus; "Undo …" (Ctrl+Z) for the Edit menu.
    QAction *bindToAction() const { return m_bindToAction; }
    QAction *undoAction() const { return m_undoAction; }

    bool canUndo() const { return !m_lastBatch.batchId.isEmpty(); }
    QString lastBatchId() const { return m_lastBatch.batchId; }

    // Test and benchmark seams: the dialog (or picker) currently open, if any.
    BindDialog *currentDialog() const;
    BindPickerDialog *currentPicker() const;

public Q_SLOTS:
    void handleDrop(const ObjectDropRequest &request);
    void chooseTargetAndBind(const DraggedObjects &selection);
    // Unbinds every user × device given; the details panel sends one user and its selected devices or one device
    // and its selected users.
    void requestUnbind(const QStringList &userIds, const QStringList &deviceIds);
    void undoLastBatch();

Q_SIGNALS:
    void orgReady();
    void outboxChanged(); // rows were appended or removed: refresh the pending view
    void statusMessage(const QString &message);
    void undoAvailableChanged(bool available);
    void dialogOpened(BindDialog *dialog);

private:
    using PlannerPtr = std::shared_ptr<const BindingDropPlanner>;
    struct Batch
    {
        QString batchId;
        QString description;
        qint64 firstRowId = 0; // any row of the batch names it to OutboxEditor
    };

    void startLoading();
    void dropOrg(); // forgets the org read and any read under way
    void loadFinished();
    void whenOrgReady(std::function<void()> next);
    BindDialog *openDialog(const QString &heading);
    using PlanFunction = std::function<Result<BindingDropPlan>(const BindingDropPlanner &, const QList<OutboxRow> &)>;
    void planInDialog(BindDialog *dialog, PlanFunction plan);
    void commit(BindDialog *dialog, const QString &description);
    void setLastBatch(Batch batch);
    void bindSelection();
    QString describeError(const Error &error) const;

    QPointer<QWidget> m_dialogParent;
    CacheDatabase *m_cache = nullptr;
    QString m_cachePath;
    PlannerPtr m_planner;
    std::optional<Error> m_loadError;
    QFutureWatcher<Result<PlannerPtr>> *m_loadWatcher = nullptr;
    int m_loadGeneration = 0;
    bool m_loadPending = false; // OnDemand: the org is still to be read
    QList<std::function<void()>> m_waiting;
    QPointer<BindDialog> m_dialog;
    QPointer<BindPickerDialog> m_picker;
    std::function<DraggedObjects()> m_selectionProvider;
    QAction *m_bindToAction;
    QAction *m_undoAction;
    Batch m_lastBatch;
};
