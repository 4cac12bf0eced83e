#pragma once

#include "LoadedOrg.h"
#include "PaneKind.h"
#include "Result.h"

#include <QTimer>
#include <QWidget>

class CacheDatabase;
class DetailsPanel;
class DeviceGroupTableModel;
class DeviceTableModel;
class NavigationList;
class OutboxTouchedObjects;
class ObjectPane;
class QSettings;
class QSplitter;
class QStackedWidget;
class UserGroupTableModel;
class UserTableModel;
struct ChangeSet;

// The browsing area of the main window: the navigation list, the four panes (one shown at a
// time) and the details panel, split side by side. Owns the four table models.
class Workspace final : public QWidget
{
    Q_OBJECT

public:
    explicit Workspace(QWidget *parent = nullptr);

    // Fills the models; `detailsCache` is the GUI thread's connection, borrowed until clear(). In a shown window the
    // current pane fills at once and the others after its first paint (then orgShown()); a pane switched to, or a
    // sync's changes, fill them earlier.
    void setOrg(const LoadedOrg &org, CacheDatabase *detailsCache);
    void clear();
    // Re-reads from the cache exactly the rows `changes` names, so a sync repaints only what
    // changed (nothing for an unchanged org) and the selection and scroll position stay.
    Result<void> applyChanges(const ChangeSet &changes);
    // Marks the rows of objects with changes not in the directory yet (the outbox as it is now).
    void setChangeMarks(const OutboxTouchedObjects &touched);

    bool isOrgShown() const { return m_unfilledKinds.isEmpty(); }
    PaneKind currentKind() const;
    void showPane(PaneKind kind);
    ObjectPane *pane(PaneKind kind) const;
    ObjectPane *currentPane() const { return pane(currentKind()); }
    const QList<ObjectPane *> &panes() const { return m_panes; }
    DetailsPanel *details() const { return m_details; }
    void focusSearch();
    // Shows the pane of `kind` and selects the object, clearing a filter that hides it.
    void openObject(PaneKind kind, const QString &objectId);

    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Every pane has its rows: the org is on screen, and work that can wait for that can start.
    void orgShown();
    void currentKindChanged(PaneKind kind);
    // What the shown pane has selected (directory ids): after a selection change or a pane switch.
    void selectionChanged(PaneKind kind, const QStringList &ids);

private:
    void showDetails(PaneKind kind, const QString &objectId);
    void fillPane(PaneKind kind);
    void fillRemainingPanes();
    void watchPaintOf(ObjectPane *objectPane);
    void stopWatchingPaint();

    UserTableModel *m_users;
    DeviceTableModel *m_devices;
    UserGroupTableModel *m_userGroups;
    DeviceGroupTableModel *m_deviceGroups;
    NavigationList *m_navigation;
    QStackedWidget *m_paneStack;
    QList<ObjectPane *> m_panes; // in PaneKinds::all() order
    DetailsPanel *m_details;
    CacheDatabase *m_cache = nullptr; // borrowed from the window, like the details panel's
    QSplitter *m_splitter;
    LoadedOrg m_unfilled; // rows of the panes not filled yet
    QList<PaneKind> m_unfilledKinds;
    QObject *m_paintWatched = nullptr; // the shown table's viewport until its first paint
    QTimer m_fillTimer;
};
