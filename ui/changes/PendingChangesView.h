#pragma once

#include "OutboxEditor.h"

#include <QWidget>

class CacheDatabase;
class OutboxModel;
class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The outbox for people: every change with its state, a filter, and what can be done to it —
// undo pending changes (a whole batch at once), retry or discard failed ones — each confirmed with
// the changes named. Below the table, the selected change in full, with the directory's own
// message when it failed. A pane or dock: the main window places it and feeds refresh().
class PendingChangesView final : public QWidget
{
    Q_OBJECT

public:
    enum class Filter { All, Pending, Failed, Done };
    Q_ENUM(Filter)

    explicit PendingChangesView(QWidget *parent = nullptr);
    ~PendingChangesView() override;

    // The GUI thread's connection, borrowed until setCache(nullptr); reads it at once.
    void setCache(CacheDatabase *cache);

    void setFilter(Filter filter);
    Filter filter() const;

    OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *undoAction() const { return m_undo; }
    QAction *retryAction() const { return m_retry; }
    QAction *discardAction() const { return m_discard; }
    QAction *revertAction() const { return m_revert; }

    QSize sizeHint() const override;

    // "3 pending, 1 failed"; empty when nothing waits and nothing failed.
    QString summaryText() const;

    // Outbox ids of the selected rows, in table order.
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids);

public Q_SLOTS:
    // Re-reads the outbox; cheap (a difference), so call it whenever the pusher or a form wrote.
    void refresh();
    void undoSelected();
    void retrySelected();
    void discardSelected();
    // Takes back the selected change's batch after it was sent (BatchRevertFlow).
    void revertSelected();

Q_SIGNALS:
    // Pending counts pushing rows too: both are not in the directory yet.
    void countsChanged(int pending, int failed);
    void summaryChanged(const QString &text);
    // After this view undid, retried or discarded something.
    void outboxChanged();

private:
    void buildActions();
    void updateActions();
    void updateDetails();
    void updatePlaceholder();
    void emitCounts();
    // Asks, applies and reports; false when the admin declined or nothing changed.
    bool run(OutboxEditor::Operation operation);
    QString listText(const QList<qint64> &ids) const;
    QString selectedBatch() const; // the batch every selected row belongs to, or empty

    CacheDatabase *m_cache = nullptr;
    OutboxModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTableView *m_table;
    QLabel *m_details;
    QAction *m_undo = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_discard = nullptr;
    QAction *m_revert = nullptr;
};
