#pragma once

#include "ObjectKind.h"

#include <QAbstractListModel>
#include <QList>

struct OrgSnapshot;

// The "Bind to…" picker's list: every device, device group and user group the selection can go to, with a second
// line to tell namesakes apart (hostname and OS, member count). Filtering is BindPickerDialog's proxy's job.
class BindTargetListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindTargetListModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(ObjectKind)
        ObjectIdRole,
        NameRole,
        SearchTextRole, // lower-cased name, detail and kind word
    };

    struct Target
    {
        ObjectKind kind = ObjectKind::Device;
        QString id;
        QString name;
        QString detail;
        QString searchText;
    };

    explicit BindTargetListModel(QObject *parent = nullptr);
    ~BindTargetListModel() override;

    // The targets objects of `sourceKind` can be dropped on (ObjectDropRequest::operationFor), groups first.
    void setTargets(const OrgSnapshot &snapshot, ObjectKind sourceKind, const QStringList &excludedIds);
    const Target &targetAt(int row) const { return m_targets.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString kindLabel(ObjectKind kind);

private:
    QList<Target> m_targets;
};
