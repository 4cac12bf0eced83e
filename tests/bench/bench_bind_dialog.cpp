// Benchmark of the bind dialog (issue 5): in the generated benchmark org (50,000 users, 20,000 devices, 150,000
// bindings, 100,000 local accounts) plus a 2,000-member user group and a 500-device group, drop the group on the
// device group (1,000,000 pairs) and time until the dialog's summary is on screen (target <= 1 s), then scroll the
// plan table to the end and back. Also: the first drop's wait for reading the org, and queueing 100,000 binding.add
// rows on confirm. Medians of several runs; prints, never fails on time.
#include "BindDialog.h"
#include "BindPlanTableModel.h"
#include "BindingController.h"
#include "CacheDatabase.h"
#include "OrgGenerator.h"
#include "OutboxStore.h"
#include "SnapshotWriter.h"
#include "TempCache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 5;
constexpr int GroupUsers = 2000;
constexpr int GroupDevices = 500;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

OrgSnapshot benchmarkOrg()
{
    OrgSnapshot org = OrgGenerator::generate(OrgGeneratorParams::benchmark());
    UserGroup users;
    users.id = u"6b0000000000000000bench1"_s;
    users.name = u"Bench 2000 users"_s;
    org.userGroups.append(users);
    for (int i = 0; i < GroupUsers; ++i)
        org.userGroupMemberships.append({ users.id, org.users.at(i * 20).id });
    DeviceGroup devices;
    devices.id = u"6c0000000000000000bench1"_s;
    devices.name = u"Bench 500 devices"_s;
    org.deviceGroups.append(devices);
    for (int i = 0; i < GroupDevices; ++i)
        org.deviceGroupMemberships.append({ devices.id, org.devices.at(i * 40).id });
    return org;
}

// Drops, waits for the summary, returns the milliseconds; leaves the dialog open.
double dropAndWait(BindingController &controller, const ObjectDropRequest &request, BindDialog **dialog)
{
    QElapsedTimer timer;
    timer.start();
    controller.handleDrop(request);
    *dialog = controller.currentDialog();
    QSignalSpy shown(*dialog, &BindDialog::planShown);
    if (!shown.wait(60000))
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TempCache temp;
    const QString path = temp.path(u"bench-bind.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    const OrgSnapshot org = benchmarkOrg();
    {
        auto cache = CacheDatabase::open(path);
        if (!cache || !SnapshotWriter(*cache.value()).replaceSnapshot(org)) {
            out() << "cannot write the benchmark cache\n";
            return 1;
        }
    }
    out() << "benchmark org: " << org.users.size() << " users, " << org.devices.size() << " devices, "
          << org.userDeviceBindings.size() << " bindings, " << org.localAccounts.size()
          << " local accounts (written in " << timer.elapsed() << " ms)\n";

    auto opened = CacheDatabase::open(path);
    std::unique_ptr<CacheDatabase> cache = std::move(opened).value();
    QWidget window;
    window.resize(1200, 800);
    window.show();
    BindingController controller(&window);

    const ObjectDropRequest groups = *ObjectDropRequest::make(
        { ObjectKind::UserGroup, { org.userGroups.constLast().id }, { org.userGroups.constLast().name } },
        ObjectKind::DeviceGroup, org.deviceGroups.constLast().id, org.deviceGroups.constLast().name);

    // Cold: the drop arrives while the org is still being read (the dialog waits for it).
    controller.setCache(cache.get());
    BindDialog *dialog = nullptr;
    const double cold = dropAndWait(controller, groups, &dialog);
    out() << "first drop right after opening the cache (includes reading the org): " << cold << " ms\n";
    out() << "  summary: " << dialog->findChild<QLabel *>(u"bindSummary"_s)->text() << "\n";
    out() << "  warnings: " << dialog->findChild<QLabel *>(u"bindWarningSummary"_s)->text() << "\n";
    dialog->reject();
    QTest::qWait(50);

    QList<double> warm;
    QList<double> scroll;
    for (int run = 0; run < Runs; ++run) {
        const double ms = dropAndWait(controller, groups, &dialog);
        warm.append(ms);
        auto *table = dialog->findChild<QTableView *>(u"bindPlanTable"_s);
        QElapsedTimer scrollTimer;
        scrollTimer.start();
        // Page through the top, jump to the end, page back: what the admin's scrolling costs the GUI thread.
        for (int page = 0; page < 20; ++page) {
            table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
            table->viewport()->repaint();
        }
        table->scrollToBottom();
        table->viewport()->repaint();
        for (int page = 0; page < 20; ++page) {
            table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
            table->viewport()->repaint();
        }
        scroll.append(double(scrollTimer.nsecsElapsed()) / 1e6 / 42);
        dialog->reject();
        QTest::qWait(20);
    }
    out() << "drop of a " << GroupUsers << "-member user group on a " << GroupDevices << "-device group ("
          << dialog->planModel()->rowCount() << " pairs), drop → summary shown: median " << median(warm) << " ms of "
          << Runs << " runs (min " << *std::min_element(warm.cbegin(), warm.cend()) << ", max "
          << *std::max_element(warm.cbegin(), warm.cend()) << ")\n";
    out() << "plan table, one page scroll + repaint: median " << median(scroll) << " ms\n";

    // Confirming a direct bind of 200 users to the 500 devices: 100,000 binding.add rows on the GUI thread.
    DraggedObjects someUsers { ObjectKind::User, {}, {} };
    for (int i = 0; i < 200; ++i) {
        someUsers.ids.append(org.users.at(i * 20 + 1).id);
        someUsers.names.append(org.users.at(i * 20 + 1).username);
    }
    const ObjectDropRequest direct = *ObjectDropRequest::make(
        someUsers, ObjectKind::DeviceGroup, org.deviceGroups.constLast().id, org.deviceGroups.constLast().name);
    const double planned = dropAndWait(controller, direct, &dialog);
    const qint64 toSend = dialog->plan()->sendCount();
    QElapsedTimer confirmTimer;
    confirmTimer.start();
    dialog->findChild<QPushButton *>(u"bindConfirmButton"_s)->click();
    const double confirmMs = double(confirmTimer.nsecsElapsed()) / 1e6;
    const auto rows = OutboxStore(*cache).countInState(OutboxRow::State::Pending);
    out() << "200 users on the 500 devices: planned in " << planned << " ms; confirm queued "
          << (rows ? rows.value() : -1) << " of " << toSend << " rows in " << confirmMs << " ms\n";
    QElapsedTimer undoTimer;
    undoTimer.start();
    controller.undoLastBatch();
    out() << "undo of that batch: " << undoTimer.elapsed() << " ms\n";
    out().flush();
    return 0;
}
