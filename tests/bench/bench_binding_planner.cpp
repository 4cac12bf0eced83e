// Benchmark of BindingPlanner (issue 5): a 2,000-member user group dropped onto a 500-device group, 1,000,000 pairs.
// Target: >= 1,000,000 pairs/s single-threaded, summary in <= 1 s. Prints figures; never fails on time.
#include "BindingPlanInputBuilder.h"
#include "BindingPlanText.h"
#include "BindingPlanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int UserCount = 2000;
constexpr int DeviceCount = 500;
constexpr int AccountsPerDevice = 5;
constexpr int Runs = 5;

const QStringList firstNames { u"John"_s, u"Maria"_s, u"Wei"_s, u"Aisha"_s, u"Lars"_s, u"Priya"_s, u"Diego"_s,
    u"Yuki"_s, u"Fatima"_s, u"Noah"_s, u"Olga"_s, u"Kwame"_s, u"Chloe"_s, u"Ivan"_s, u"Sofia"_s, u"Omar"_s };
const QStringList lastNames { u"Doe"_s, u"Garcia"_s, u"Zhang"_s, u"Khan"_s, u"Berg"_s, u"Patel"_s, u"Lopez"_s,
    u"Sato"_s, u"Haddad"_s, u"Smith"_s, u"Ivanova"_s, u"Mensah"_s, u"Martin"_s, u"Petrov"_s, u"Rossi"_s, u"Ali"_s };

// An org with one user group of UserCount members and one device group of DeviceCount devices. Each device reports
// a built-in admin, a service account, and three people's accounts: one that matches a user exactly, one that
// differs only in case, one that is "similar", so every code path of the planner runs.
OrgSnapshot makeOrg()
{
    QRandomGenerator random(20260505);
    OrgSnapshot org;
    org.userGroups = { UserGroup { u"ug-all"_s, u"Everyone"_s, {}, {}, false, false, false, {}, {} } };
    org.deviceGroups = { DeviceGroup { u"dg-all"_s, u"All devices"_s, {}, {} } };
    for (int u = 0; u < UserCount; ++u) {
        User user;
        user.id = u"user%1"_s.arg(u, 5, 10, QLatin1Char('0'));
        user.firstName = firstNames.at(u % firstNames.size());
        user.lastName = lastNames.at((u / firstNames.size()) % lastNames.size());
        user.username = (user.firstName + u'.' + user.lastName).toLower() + QString::number(u);
        if (u % 10 == 0)
            user.systemUsername = user.firstName.left(1).toLower() + user.lastName.toLower() + QString::number(u);
        user.state = u % 25 == 0 ? UserState::Staged : UserState::Activated;
        org.users.append(user);
        org.userGroupMemberships.append({ u"ug-all"_s, user.id });
    }
    for (int d = 0; d < DeviceCount; ++d) {
        Device device;
        device.id = u"device%1"_s.arg(d, 4, 10, QLatin1Char('0'));
        device.hostname = u"host-%1"_s.arg(d);
        const int os = d % 10;
        device.osFamily = os < 5 ? OsFamily::MacOS : os < 8 ? OsFamily::Windows : OsFamily::Linux;
        device.active = d % 20 != 0;
        org.devices.append(device);
        org.deviceGroupMemberships.append({ u"dg-all"_s, device.id });

        const auto add = [&org, &device](const QString &name, bool realUser, bool managed) {
            LocalAccount account;
            account.deviceId = device.id;
            account.username = name;
            account.realUser = realUser;
            account.managed = managed;
            org.localAccounts.append(account);
        };
        add(device.osFamily == OsFamily::Windows ? u"Administrator"_s : u"admin"_s, true, false);
        add(u"_svc_backup"_s, false, false);
        const User &exact = org.users.at(int(random.bounded(UserCount)));
        add(exact.effectiveLocalAccountName(), true, false);
        const User &cased = org.users.at(int(random.bounded(UserCount)));
        add(cased.effectiveLocalAccountName().toUpper(), true, false);
        // Alternately a punctuation variant (john_doe12) and a one-edit typo (john.doe1 for john.doe12).
        const QString similar = org.users.at(int(random.bounded(UserCount))).effectiveLocalAccountName();
        add(d % 2 == 0 ? QString(similar).replace(u'.', u'_') : similar.chopped(1), true, false);
        static_assert(AccountsPerDevice == 5);
    }
    return org;
}

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const OrgSnapshot org = makeOrg();
    BindingSelection selection;
    selection.userGroupIds = { u"ug-all"_s };
    selection.deviceGroupIds = { u"dg-all"_s };

    // What the dialog waits for: build the input from the cache snapshot, index it, plan, summarize.
    QList<double> summaryMs, planMs, indexMs;
    QList<double> pairsPerSecond;
    qint64 planBytes = 0;
    qint64 rssDelta = 0;
    BindingPlanSummary summary;
    BindingWarningSet planWarnings;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer total;
        total.start();
        const BindingPlanInputBuilder builder(org);
        Result<BindingPlanInput> input = builder.build(selection);
        if (!input.ok()) {
            out << "build failed: " << input.error().code << '\n';
            return 1;
        }
        QElapsedTimer step;
        step.start();
        const BindingPlanner planner(std::move(input).value());
        indexMs.append(double(step.nsecsElapsed()) / 1e6);
        const qint64 rssBefore = residentBytes();
        step.restart();
        const BindingPlan plan = planner.plan(); // pairs and summary
        const qint64 planNs = step.nsecsElapsed();
        summaryMs.append(double(total.nsecsElapsed()) / 1e6);
        planMs.append(double(planNs) / 1e6);
        pairsPerSecond.append(double(plan.size()) / (double(planNs) / 1e9));
        planBytes = plan.pairsMemoryBytes();
        if (run == 0) // later runs reuse the heap the first one freed
            rssDelta = residentBytes() - rssBefore;
        summary = plan.summary();
        planWarnings = plan.planWarnings();
    }

    out << "bench_binding_planner: " << UserCount << " users x " << DeviceCount << " devices = " << summary.pairs
        << " pairs, " << AccountsPerDevice << " local accounts per device, " << Runs << " runs, single thread\n";
    out << "  plan():            median " << median(planMs) << " ms, " << qint64(median(pairsPerSecond))
        << " pairs/s (min " << qint64(*std::min_element(pairsPerSecond.cbegin(), pairsPerSecond.cend())) << ", max "
        << qint64(*std::max_element(pairsPerSecond.cbegin(), pairsPerSecond.cend())) << ")\n";
    out << "  index (planner ctor): median " << median(indexMs) << " ms\n";
    out << "  summary end to end (snapshot -> input -> index -> plan -> summary): median " << median(summaryMs)
        << " ms\n";
    out << "  plan memory: " << planBytes / (1024 * 1024) << " MiB in pairs (" << sizeof(BindingPlanPair)
        << " bytes/pair); resident growth during plan(): " << rssDelta / (1024 * 1024) << " MiB\n";
    out << "  summary: " << BindingPlanText::summaryLine(summary) << '\n';
    out << "  warnings: " << BindingPlanText::warningSummaryLine(summary) << '\n';
    for (int w = 0; w < BindingWarningCount; ++w)
        out << "    " << bindingWarningCode(BindingWarning(w)) << ": " << summary.count(BindingWarning(w)) << '\n';
    out << "  large-fanout on plan: " << (planWarnings.has(BindingWarning::LargeFanout) ? "yes" : "no") << '\n';
    return 0;
}
