#include "BatchRevertFlow.h"

#include "BatchReversal.h"
#include "MessageBox.h"
#include "OutboxEditor.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int ListedChanges = 8;
} // namespace

QString BatchRevertFlow::bulletList(const QStringList &lines)
{
    QStringList shown;
    for (const QString &line : lines) {
        if (shown.size() == ListedChanges) {
            shown << tr("… and %n more", nullptr, int(lines.size() - ListedChanges));
            break;
        }
        shown << u"• "_s + line.toHtmlEscaped();
    }
    return shown.join(u"<br>"_s);
}

bool BatchRevertFlow::run(
    QWidget *parent, CacheDatabase &cache, const QList<OutboxRow> &rows, const QString &batchId, const QDateTime &now)
{
    const BatchReversal::Plan plan = BatchReversal::plan(rows, batchId);
    MessageBox::Message message;
    message.title = tr("Revert changes");
    if (plan.inFlight > 0) {
        message.icon = QMessageBox::Information;
        message.text = tr(
            "%n change(s) of this batch are being sent right now. Revert once they are done.", nullptr, plan.inFlight);
        MessageBox::show(parent, message);
        return false;
    }
    if (plan.alreadyReverted) {
        message.icon = QMessageBox::Information;
        message.text = tr("This batch is reverted already: its reversing changes are in the list.");
        MessageBox::show(parent, message);
        return false;
    }
    if (plan.isEmpty()) {
        message.icon = QMessageBox::Information;
        message.text = tr("Nothing of this batch can be reverted.");
        message.informativeText = bulletList(plan.notReversible);
        MessageBox::show(parent, message);
        return false;
    }

    QStringList reversing;
    for (const OutboxRow &row : plan.reversals)
        reversing << row.summary;
    QStringList parts;
    if (!plan.reversals.isEmpty())
        parts << tr("These %n change(s) will be sent to reverse what the directory did:", nullptr,
                     int(plan.reversals.size()))
                + u"<br>"_s + bulletList(reversing);
    if (!plan.pendingRows.isEmpty())
        parts << tr("%n change(s) not sent yet are simply taken back.", nullptr, int(plan.pendingRows.size()));
    QStringList notes;
    if (plan.deletedUsers > 0) {
        const qint64 left = BatchReversal::BillingGraceSeconds - plan.firstUserCreatedAt.secsTo(now);
        notes << (plan.withinBillingGrace(now)
                ? tr("The users it created are deleted again within the 48 hours in which users created by mistake "
                     "are not billed (about %n hour(s) left).",
                    nullptr, int(std::max<qint64>(1, left / 3600)))
                : tr("More than 48 hours have passed since these users were created: deleting them still works, but "
                     "they may be billed for this period."));
        notes << tr("Deleting a user removes their bindings and group memberships too; accounts already created on "
                    "devices stay there, unmanaged.");
    }
    if (!plan.notReversible.isEmpty())
        notes << tr("These were sent and stay as they are:") + u"<br>"_s + bulletList(plan.notReversible);
    message.icon = QMessageBox::Question;
    message.text = parts.join(u"<br><br>"_s);
    message.informativeText = notes.join(u"<br><br>"_s);
    message.buttons = MessageBox::Ok | MessageBox::Cancel;
    message.defaultButton = MessageBox::Cancel;
    if (MessageBox::show(parent, message) != MessageBox::Ok)
        return false;

    bool changed = false;
    if (!plan.pendingRows.isEmpty()) {
        const OutboxEditor::Plan undo = OutboxEditor::plan(OutboxEditor::Operation::Undo, rows, plan.pendingRows);
        const auto applied = OutboxEditor::apply(cache, undo);
        if (!applied) {
            MessageBox::show(parent,
                { QMessageBox::Critical, message.title, tr("The changes not sent yet could not be taken back."),
                    applied.error().detail, applied.error().code, MessageBox::Ok, MessageBox::Ok });
            return false;
        }
        changed = !applied.value().isEmpty();
    }
    if (!plan.reversals.isEmpty()) {
        const auto appended = OutboxEditor::append(cache, plan.reversals);
        if (!appended) {
            MessageBox::show(parent,
                { QMessageBox::Critical, message.title, tr("The reversing changes could not be queued."),
                    appended.error().detail, appended.error().code, MessageBox::Ok, MessageBox::Ok });
            return changed;
        }
        changed = true;
    }
    return changed;
}
