#pragma once

#include "AccessPath.h"
#include "PaneKind.h"
#include "UserState.h"

#include <QWidget>

class DetailsList;
class QFormLayout;
class QLabel;
class QTabWidget;
struct Error;

// The frame every details page shares: a title, a form of fields and tabs of related objects.
// Subclasses add their fields and lists and fill them from a row and DetailsReader.
class DetailsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPage(const QString &objectName, QWidget *parent = nullptr);

Q_SIGNALS:
    void objectActivated(PaneKind kind, const QString &objectId);
    // Unbind every user × device given (the page's object on one side, the selected rows on the other).
    void unbindRequested(const QStringList &userIds, const QStringList &deviceIds);

protected:
    void setTitle(const QString &title, const QString &subtitle);
    QLabel *addField(const QString &objectName, const QString &label);
    // Hides the row when the value is empty, so a sparse record does not show a column of dashes.
    void setField(QLabel *field, const QString &value);
    DetailsList *addList(const QString &objectName, const QStringList &headers);
    // Titles the list's tab with its count: "Devices (3)".
    void setListTitle(DetailsList *list, const QString &title);
    // A relation could not be read: say so on the page instead of showing an empty list as fact.
    void showReadProblems(const QStringList &problems);
    static QString describe(const Error &error);
    // "Direct", or "Via Engineering → Engineering Macs"; several paths are joined.
    static QString describePaths(const QList<AccessPath> &paths);
    static QString yesNo(bool value);
    static QString stateName(UserState state);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_problems;
    QFormLayout *m_form;
    QTabWidget *m_tabs;
};
