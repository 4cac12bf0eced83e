#include "ImportPreviewModel.h"

#include "ImportIssueStyle.h"
#include "ImportSession.h"

#include <QBrush>

using namespace Qt::StringLiterals;

ImportPreviewModel::ImportPreviewModel(ImportSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(&session)
{
    connect(&session, &ImportSession::validated, this, &ImportPreviewModel::reset);
    connect(&session, &ImportSession::rowsChanged, this, &ImportPreviewModel::rowsChanged);
    connect(&session, &ImportSession::skippedChanged, this, [this](int row) {
        if (row >= 0 && row < m_rows)
            Q_EMIT dataChanged(index(row, ImportColumn), index(row, ImportColumn), { Qt::CheckStateRole });
    });
    reset();
}

void ImportPreviewModel::reset()
{
    beginResetModel();
    const ImportValidator *validator = m_session ? m_session->validator() : nullptr;
    m_rows = validator ? int(validator->records().size()) : 0;
    m_columns = validator ? FirstFileColumn + validator->mapping().columnCount() : FirstFileColumn;
    m_passwordColumn = validator ? validator->mapping().column(ImportField::Password) : -1;
    endResetModel();
}

void ImportPreviewModel::rowsChanged(const QList<int> &rows)
{
    // One dataChanged per run of consecutive rows.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        // Every column but the line, which an edit never changes: the preview is sorted by line unless the admin
        // chose otherwise, and a change in the sort column makes the filter re-sort all 100,000 rows.
        if (rows.at(i) >= 0 && rows.at(j) < m_rows) {
            Q_EMIT dataChanged(index(rows.at(i), ImportColumn), index(rows.at(j), ImportColumn));
            Q_EMIT dataChanged(index(rows.at(i), StatusColumn), index(rows.at(j), m_columns - 1));
        }
        i = j + 1;
    }
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QList<const ImportIssue *> ImportPreviewModel::issuesAt(int row, int fileColumn) const
{
    QList<const ImportIssue *> found;
    for (const ImportIssue &issue : m_session->validator()->results().at(row).issues) {
        if (fileColumn < 0 || issue.column == fileColumn)
            found.append(&issue);
    }
    return found;
}

std::optional<qint64> ImportPreviewModel::numericSortKey(int row, int column) const
{
    if (row < 0 || row >= m_rows || !m_session || !m_session->validator())
        return std::nullopt;
    switch (column) {
    case ImportColumn:
        return m_session->isSkipped(row) ? 0 : 1;
    case LineColumn:
        return m_session->validator()->results().at(row).line;
    case StatusColumn:
        return qint64(m_session->validator()->results().at(row).status);
    default:
        return std::nullopt;
    }
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_session || !m_session->validator() || index.row() >= m_rows)
        return {};
    const ImportValidator &validator = *m_session->validator();
    const int row = index.row();
    const ImportRowResult &result = validator.results().at(row);
    const int column = index.column();
    const int fileCol = fileColumn(column);

    if (role == StatusRole)
        return int(result.status);
    if (role == IssuesRole || role == Qt::ToolTipRole) {
        // The status column lists the whole row; a file column lists its own cell.
        if (column == ImportColumn || column == LineColumn)
            return {};
        QStringList lines;
        for (const ImportIssue *issue : issuesAt(row, column == StatusColumn ? -1 : fileCol)) {
            lines << (role == IssuesRole ? issue->code + u": "_s + issue->message
                                         : ImportIssueStyle::severityText(issue->severity) + u": "_s + issue->message);
        }
        if (lines.isEmpty())
            return {};
        return role == IssuesRole ? QVariant(lines) : QVariant(lines.join(u"\n"_s));
    }

    // The worst severity among the cell's issues (the row's for the status column).
    const auto worst = [&]() -> std::optional<ImportSeverity> {
        std::optional<ImportSeverity> severity;
        for (const ImportIssue *issue : issuesAt(row, column == StatusColumn ? -1 : fileCol)) {
            if (!severity || int(issue->severity) > int(*severity))
                severity = issue->severity;
        }
        return severity;
    };

    switch (column) {
    case ImportColumn:
        if (role == Qt::CheckStateRole)
            return result.status == ImportRowStatus::Error || result.action == ImportRowAction::Skip
                    || m_session->isSkipped(row)
                ? Qt::Unchecked
                : Qt::Checked;
        if (role == SortRole)
            return m_session->isSkipped(row) ? 0 : 1;
        return {};
    case LineColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return result.line;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return ImportIssueStyle::statusText(result.status);
        if (role == SortRole)
            return int(result.status);
        if (role == Qt::DecorationRole)
            return ImportIssueStyle::icon(ImportIssueStyle::severityOf(result.status));
        break;
    default: {
        const QStringList &fields = validator.records().at(row).fields;
        const QString value = fileCol < fields.size() ? fields.at(fileCol) : QString();
        if (role == Qt::EditRole || role == SortRole)
            return value;
        if (role == Qt::DisplayRole)
            return fileCol == m_passwordColumn && !value.isEmpty() ? u"••••••••"_s : value;
        if (role == Qt::DecorationRole) {
            const auto severity = worst();
            return severity ? QVariant(ImportIssueStyle::icon(*severity)) : QVariant();
        }
        break;
    }
    }
    if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
        const auto severity = worst();
        if (!severity || *severity == ImportSeverity::Info)
            return {};
        return role == Qt::BackgroundRole ? QBrush(ImportIssueStyle::background(*severity))
                                          : QBrush(ImportIssueStyle::foreground());
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImportColumn:
        return tr("Import");
    case LineColumn:
        return tr("Line");
    case StatusColumn:
        return tr("Status");
    default:
        break;
    }
    const ImportValidator *validator = m_session ? m_session->validator() : nullptr;
    return validator ? validator->mapping().header().value(fileColumn(section)) : QVariant();
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const ImportValidator *validator = m_session ? m_session->validator() : nullptr;
    if (!validator || m_session->isCommitting() || m_session->isCommitted())
        return flags;
    if (index.column() == ImportColumn) {
        const ImportRowResult &result = validator->results().at(index.row());
        // A row with an error is never imported; fixing it makes the box available.
        if (result.status != ImportRowStatus::Error && result.action != ImportRowAction::Skip)
            flags |= Qt::ItemIsUserCheckable;
        else
            flags &= ~Qt::ItemIsEnabled;
    } else if (index.column() >= FirstFileColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_session || !m_session->validator() || !(flags(index) & Qt::ItemIsEnabled))
        return false;
    const int row = index.row();
    if (index.column() == ImportColumn && role == Qt::CheckStateRole) {
        if (!(flags(index) & Qt::ItemIsUserCheckable))
            return false;
        m_session->setSkipped(row, Qt::CheckState(value.toInt()) != Qt::Checked);
        return true;
    }
    const int fileCol = fileColumn(index.column());
    if (role != Qt::EditRole || fileCol < 0 || !(flags(index) & Qt::ItemIsEditable))
        return false;
    CsvRecord record = m_session->validator()->records().at(row);
    if (fileCol >= record.fields.size()) {
        if (value.toString().isEmpty())
            return false;
        record.fields.resize(fileCol + 1);
    }
    if (record.fields.at(fileCol) == value.toString())
        return false;
    record.fields[fileCol] = value.toString();
    m_session->updateRecord(row, record); // rowsChanged → dataChanged for every row whose result moved
    return true;
}
