#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <optional>

class ImportSession;
struct ImportIssue;

// Every parsed row of the import as a table, straight from the session's validator (no copy: 100,000 rows cost
// nothing until they are painted). Columns: Import (a check box: leave the row out), Line, Status, then the file's
// own columns. A cell with an issue is coloured by its worst severity and carries an icon and the messages as its
// tooltip; editing a cell re-validates that row and the rows that share a value with it.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum Column { ImportColumn, LineColumn, StatusColumn, FirstFileColumn };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(ImportRowStatus)
        IssuesRole, // QStringList: "code: message" of the row (status column) or the cell
        SortRole,
    };

    explicit ImportPreviewModel(ImportSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What SortRole holds for the import, line and status columns, as a number (for ImportPreviewFilter's sort and
    // filter); nothing for the file's columns or a row out of range.
    std::optional<qint64> numericSortKey(int row, int column) const;
    // The file column a model column shows, or -1.
    static int fileColumn(int column) { return column >= FirstFileColumn ? column - FirstFileColumn : -1; }

private:
    void reset();
    void rowsChanged(const QList<int> &rows);
    QList<const ImportIssue *> issuesAt(int row, int fileColumn) const;

    QPointer<ImportSession> m_session;
    int m_rows = 0;
    int m_columns = 0;
    int m_passwordColumn = -1;
};
