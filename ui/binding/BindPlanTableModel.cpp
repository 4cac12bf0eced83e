#include "BindPlanTableModel.h"

#include "BindingPlanText.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

BindPlanTableModel::BindPlanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

BindPlanTableModel::~BindPlanTableModel() = default;

void BindPlanTableModel::setPlan(BindingPlan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_actionFilter.reset();
    m_warningFilter.reset();
    m_rows.clear();
    m_rows.shrink_to_fit();
    endResetModel();
}

void BindPlanTableModel::setActionFilter(std::optional<BindingAction> action)
{
    if (action == m_actionFilter)
        return;
    m_actionFilter = action;
    refilter();
}

void BindPlanTableModel::setWarningFilter(std::optional<int> warning)
{
    if (warning == m_warningFilter)
        return;
    m_warningFilter = warning;
    refilter();
}

bool BindPlanTableModel::accepts(const BindingPlanPair &pair) const
{
    if (m_actionFilter && pair.action != *m_actionFilter)
        return false;
    if (m_warningFilter) {
        if (*m_warningFilter == AnyWarning)
            return !pair.warnings.isEmpty();
        return pair.warnings.has(BindingWarning(*m_warningFilter));
    }
    return true;
}

void BindPlanTableModel::refilter()
{
    // One pass over the pairs (a few milliseconds for a million) and a reset: cheaper than any incremental scheme.
    beginResetModel();
    m_rows.clear();
    if (filtered()) {
        const QList<BindingPlanPair> &pairs = m_plan.pairs();
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            if (accepts(pairs.at(i)))
                m_rows.push_back(qint32(i));
        }
    }
    m_rows.shrink_to_fit();
    endResetModel();
}

const BindingPlanPair &BindPlanTableModel::pairAt(int row) const
{
    return m_plan.at(filtered() ? m_rows.at(std::size_t(row)) : row);
}

int BindPlanTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(filtered() ? qsizetype(m_rows.size()) : m_plan.size());
}

int BindPlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BindPlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const BindingPlanPair &pair = pairAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case User:
            return m_plan.user(pair).username;
        case Device:
            return m_plan.device(pair).shownName();
        case Action:
            return BindingPlanText::actionLabel(pair.action);
        case Account:
            return m_plan.accountName(pair);
        case MatchedField:
            return BindingPlanText::matchedFieldLabel(pair.matchedField);
        case Warnings:
            return warningText(pair);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        // An icon beside the text, never colour alone.
        if (index.column() == Action)
            return actionIcon(pair.action);
        if (index.column() == Warnings && !pair.warnings.isEmpty())
            return warningIcon();
        return {};
    case Qt::ToolTipRole:
        return toolTip(pair);
    case PairIndexRole:
        return filtered() ? m_rows.at(std::size_t(index.row())) : index.row();
    case ActionCodeRole:
        return bindingActionCode(pair.action);
    case WarningCodesRole:
        return pair.warnings.codes();
    default:
        return {};
    }
}

QVariant BindPlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case User:
        return tr("User");
    case Device:
        return tr("Device");
    case Action:
        return tr("Action");
    case Account:
        return tr("Local account");
    case MatchedField:
        return tr("Matched field");
    case Warnings:
        return tr("Warnings");
    case ColumnCount:
        break;
    }
    return {};
}

QString BindPlanTableModel::warningText(const BindingPlanPair &pair) const
{
    QStringList labels;
    for (const BindingWarning warning : pair.warnings.toList())
        labels.append(warningLabel(warning));
    return labels.join(u"; "_s);
}

QString BindPlanTableModel::toolTip(const BindingPlanPair &pair) const
{
    QStringList lines { BindingPlanText::pairDescription(m_plan, pair) };
    lines += BindingPlanText::warningMessages(m_plan, pair);
    return lines.join(u'\n');
}

QString BindPlanTableModel::warningLabel(BindingWarning warning)
{
    switch (warning) {
    case BindingWarning::TakeoverSignsOut:
        return tr("Signs out of apps");
    case BindingWarning::MacosRelogin:
        return tr("macOS re-login");
    case BindingWarning::CaseDiffers:
        return tr("Letter case differs");
    case BindingWarning::StagedUser:
        return tr("Staged user");
    case BindingWarning::SuspendedUser:
        return tr("Suspended user");
    case BindingWarning::SimilarAccount:
        return tr("Similar account");
    case BindingWarning::DeviceInactive:
        return tr("Device inactive");
    case BindingWarning::LargeFanout:
        return tr("Large fan-out");
    case BindingWarning::LastUser:
        return tr("Last user");
    case BindingWarning::GroupAccessRemains:
        return tr("Group access remains");
    case BindingWarning::BoundThroughGroup:
        return tr("Through a group");
    }
    return {};
}

QIcon BindPlanTableModel::actionIcon(BindingAction action)
{
    QStyle *style = QApplication::style();
    switch (action) {
    case BindingAction::Create:
        return style->standardIcon(QStyle::SP_FileDialogNewFolder);
    case BindingAction::Takeover:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case BindingAction::AlreadyBound:
    case BindingAction::NotBound:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case BindingAction::Blocked:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case BindingAction::Unbind:
        return style->standardIcon(QStyle::SP_TrashIcon);
    }
    return {};
}

QIcon BindPlanTableModel::warningIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}
