#pragma once

#include "BindingPlan.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <optional>
#include <vector>

// The bind dialog's table: one row per planned user × device pair. Virtual over the BindingPlan (no per-row objects,
// text built only for the rows a view asks about), so a million pairs scroll like ten. Filtering keeps a list of
// pair indices and resets; with no filter, rows are the pairs themselves.
class BindPlanTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindPlanTableModel)

public:
    enum Column { User, Device, Action, Account, MatchedField, Warnings, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        PairIndexRole = Qt::UserRole + 1, // index into plan().pairs()
        ActionCodeRole, // bindingActionCode(), on every column
        WarningCodesRole, // QStringList of bindingWarningCode()
    };
    // "Any warning" as a warning filter.
    static constexpr int AnyWarning = -2;

    explicit BindPlanTableModel(QObject *parent = nullptr);
    ~BindPlanTableModel() override;

    void setPlan(BindingPlan plan);
    const BindingPlan &plan() const { return m_plan; }

    void setActionFilter(std::optional<BindingAction> action);
    // A BindingWarning's value, AnyWarning, or empty for every pair.
    void setWarningFilter(std::optional<int> warning);
    std::optional<BindingAction> actionFilter() const { return m_actionFilter; }
    std::optional<int> warningFilter() const { return m_warningFilter; }

    const BindingPlanPair &pairAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Short column text for a warning ("Signs out of apps"); the full sentence is BindingPlanText's.
    static QString warningLabel(BindingWarning warning);
    static QIcon actionIcon(BindingAction action);
    static QIcon warningIcon();

private:
    bool filtered() const { return m_actionFilter.has_value() || m_warningFilter.has_value(); }
    bool accepts(const BindingPlanPair &pair) const;
    void refilter();
    QString warningText(const BindingPlanPair &pair) const;
    QString toolTip(const BindingPlanPair &pair) const;

    BindingPlan m_plan;
    std::optional<BindingAction> m_actionFilter;
    std::optional<int> m_warningFilter;
    std::vector<qint32> m_rows; // pair indices shown, when filtered
};
