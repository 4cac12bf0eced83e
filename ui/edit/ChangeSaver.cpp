#include "ChangeSaver.h"

#include "MessageBox.h"
#include "OutboxEditor.h"

bool ChangeSaver::save(QWidget *parent, CacheDatabase &cache, const QList<OutboxRow> &rows, QList<qint64> *ids)
{
    if (rows.isEmpty())
        return false;
    const auto appended = OutboxEditor::append(cache, rows);
    if (!appended) {
        MessageBox::show(parent,
            { QMessageBox::Critical, tr("Change not saved"),
                tr("The change could not be saved in the cache, so nothing will be sent to the directory."),
                appended.error().detail, appended.error().code, MessageBox::Ok, MessageBox::Ok });
        return false;
    }
    if (ids)
        *ids = appended.value();
    return true;
}
