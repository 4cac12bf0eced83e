#include "ImportOutcomeModel.h"

#include "ImportIssueStyle.h"

#include <QBrush>

ImportOutcomeModel::ImportOutcomeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportOutcomeModel::setOutcomes(const QList<ImportRowOutcome> &outcomes, const QStringList &usernames)
{
    beginResetModel();
    m_outcomes = outcomes;
    m_usernames = usernames;
    endResetModel();
}

void ImportOutcomeModel::setOutcome(int row, const ImportRowOutcome &outcome)
{
    if (row < 0 || row >= m_outcomes.size())
        return;
    m_outcomes[row] = outcome;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ImportOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int ImportOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_outcomes.size())
        return {};
    const ImportRowOutcome &outcome = m_outcomes.at(index.row());
    if (role == KindRole)
        return int(outcome.kind);
    switch (index.column()) {
    case LineColumn:
        if (role == Qt::DisplayRole)
            return outcome.line;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UserColumn:
        if (role == Qt::DisplayRole)
            return m_usernames.value(index.row());
        break;
    case OutcomeColumn: {
        const ImportSeverity severity = ImportIssueStyle::severityOf(outcome.kind);
        if (role == Qt::DisplayRole)
            return ImportIssueStyle::outcomeText(outcome.kind);
        if (role == Qt::DecorationRole)
            return ImportIssueStyle::icon(severity);
        if (role == Qt::BackgroundRole && severity != ImportSeverity::Info)
            return QBrush(ImportIssueStyle::background(severity));
        if (role == Qt::ForegroundRole && severity != ImportSeverity::Info)
            return QBrush(ImportIssueStyle::foreground());
        break;
    }
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return outcome.message;
        break;
    case NewIdColumn:
        if (role == Qt::DisplayRole)
            return outcome.newId;
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case UserColumn:
        return tr("User");
    case OutcomeColumn:
        return tr("Outcome");
    case MessageColumn:
        return tr("Message");
    case NewIdColumn:
        return tr("New id");
    default:
        break;
    }
    return {};
}
