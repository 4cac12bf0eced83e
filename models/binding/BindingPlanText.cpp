#include "BindingPlanText.h"

#include "LocalAccountNameRules.h"

#include <QCoreApplication>
#include <array>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Singular and plural as two source strings, so English reads right without a translator loaded (the CLI, tests);
// both carry %n, so translators still get the numerus forms of their language.
QString trCount(const char *singular, const char *plural, qint64 n)
{
    const int count = int(qMin<qint64>(n, std::numeric_limits<int>::max()));
    return QCoreApplication::translate("BindingPlan", count == 1 ? singular : plural, nullptr, count);
}

QString deviceName(const BindingPlan &plan, const BindingPlanPair &pair)
{
    return plan.device(pair).shownName();
}

QString userName(const BindingPlan &plan, const BindingPlanPair &pair)
{
    return plan.user(pair).username;
}

QString otherAccountName(const BindingPlan &plan, const BindingPlanPair &pair)
{
    const LocalAccount *account = plan.account(pair);
    return account ? account->username : QString();
}

QString osName(OsFamily family)
{
    switch (family) {
    case OsFamily::MacOS:
        return BindingPlanText::tr("macOS");
    case OsFamily::Windows:
        return BindingPlanText::tr("Windows");
    case OsFamily::Linux:
        return BindingPlanText::tr("Linux");
    case OsFamily::Unknown:
        break;
    }
    return BindingPlanText::tr("this operating system");
}

} // namespace

QString BindingPlanText::actionLabel(BindingAction action)
{
    switch (action) {
    case BindingAction::Create:
        return tr("New account");
    case BindingAction::Takeover:
        return tr("Take over");
    case BindingAction::AlreadyBound:
        return tr("Already bound");
    case BindingAction::Blocked:
        return tr("Blocked");
    case BindingAction::Unbind:
        return tr("Unbind");
    case BindingAction::NotBound:
        return tr("Not bound");
    }
    return {};
}

QString BindingPlanText::matchedFieldLabel(BindingMatchedField field)
{
    switch (field) {
    case BindingMatchedField::SystemUsername:
        return tr("local user account");
    case BindingMatchedField::Username:
        return tr("username");
    case BindingMatchedField::None:
        break;
    }
    return {};
}

QString BindingPlanText::pairDescription(const BindingPlan &plan, const BindingPlanPair &pair)
{
    switch (pair.action) {
    case BindingAction::Create:
        return tr("Creates the local account “%1” on %2.").arg(plan.accountName(pair), deviceName(plan, pair));
    case BindingAction::Takeover:
        return tr("Takes over the local account “%1” on %2 (matched the %3).")
            .arg(plan.accountName(pair), deviceName(plan, pair), matchedFieldLabel(pair.matchedField));
    case BindingAction::AlreadyBound:
        return tr("%1 is already bound to %2.").arg(userName(plan, pair), deviceName(plan, pair));
    case BindingAction::Blocked:
        return blockMessage(plan, pair);
    case BindingAction::Unbind:
        return tr("Removes the binding of %1 to %2.").arg(userName(plan, pair), deviceName(plan, pair));
    case BindingAction::NotBound:
        return tr("%1 is not bound to %2 directly.").arg(userName(plan, pair), deviceName(plan, pair));
    }
    return {};
}

QString BindingPlanText::blockMessage(const BindingPlan &plan, const BindingPlanPair &pair)
{
    const QString name = plan.user(pair).effectiveLocalAccountName();
    const QString field = matchedFieldLabel(pair.matchedField);
    switch (pair.blockReason) {
    case BindingBlockReason::InvalidUsername:
        return tr("Blocked: the %1 “%2” breaks the naming rules (it must start with a letter and hold only letters, "
                  "digits, “.”, “-” and “_”).")
            .arg(field, name);
    case BindingBlockReason::NameTooLong:
        return tr("Blocked: the %1 “%2” has %3 characters; %4 devices accept at most %5.")
            .arg(field, name, QString::number(name.size()), osName(plan.device(pair).osFamily),
                QString::number(LocalAccountNameRules::MaxLength));
    case BindingBlockReason::WindowsNameTooLong:
        return tr("Blocked: the %1 “%2” has %3 characters; Windows devices accept at most %4. Set a shorter local "
                  "user account to bind this user to Windows devices.")
            .arg(field, name, QString::number(name.size()), QString::number(LocalAccountNameRules::MaxWindowsLength));
    case BindingBlockReason::AccountOwnedByOtherUser:
        return tr("Blocked: the local account “%1” on %2 is managed by another directory user.")
            .arg(otherAccountName(plan, pair), deviceName(plan, pair));
    case BindingBlockReason::None:
        break;
    }
    return {};
}

QString BindingPlanText::warningMessage(const BindingPlan &plan, const BindingPlanPair &pair, BindingWarning warning)
{
    switch (warning) {
    case BindingWarning::TakeoverSignsOut:
        return tr("The takeover rewrites the password of “%1”: %2 will be signed out of apps (browsers, chat, office "
                  "suites).")
            .arg(plan.accountName(pair), userName(plan, pair));
    case BindingWarning::MacosRelogin:
        return tr("On macOS, %1 must log out and in again after the takeover (the old and the new password are asked).")
            .arg(userName(plan, pair));
    case BindingWarning::CaseDiffers:
        return tr("“%1” on %2 differs from “%3” only in letter case. The %4 agent needs the exact case, so it will "
                  "create a second account “%3” and a new profile next to it.")
            .arg(otherAccountName(plan, pair), deviceName(plan, pair), plan.accountName(pair),
                osName(plan.device(pair).osFamily));
    case BindingWarning::StagedUser:
        return tr("%1 is staged: no access until the user is activated.").arg(userName(plan, pair));
    case BindingWarning::SuspendedUser:
        return tr("%1 is suspended: the account cannot be used until the user is reactivated.")
            .arg(userName(plan, pair));
    case BindingWarning::SimilarAccount:
        return tr("No account “%1” on %2, but “%3” is similar: a new account and a second profile will be created. "
                  "If “%3” belongs to this person, set their local user account to “%3” to take it over instead.")
            .arg(plan.accountName(pair), deviceName(plan, pair), otherAccountName(plan, pair));
    case BindingWarning::DeviceInactive:
        return tr("%1 has not checked in recently: the change applies at its next check-in, and its list of local "
                  "accounts may be out of date.")
            .arg(deviceName(plan, pair));
    case BindingWarning::LargeFanout:
        return planWarningMessage(plan, warning);
    case BindingWarning::LastUser:
        return tr("No user will remain bound to %1: it may be left with no usable account.")
            .arg(deviceName(plan, pair));
    case BindingWarning::GroupAccessRemains:
        return tr("%1 still reaches %2 through a user group bound to a device group; the account stays.")
            .arg(userName(plan, pair), deviceName(plan, pair));
    case BindingWarning::BoundThroughGroup:
        return tr("%1 already reaches %2 through a user group bound to a device group.")
            .arg(userName(plan, pair), deviceName(plan, pair));
    }
    return {};
}

QStringList BindingPlanText::warningMessages(const BindingPlan &plan, const BindingPlanPair &pair)
{
    QStringList messages;
    for (const BindingWarning warning : pair.warnings.toList())
        messages.append(warningMessage(plan, pair, warning));
    return messages;
}

QString BindingPlanText::planWarningMessage(const BindingPlan &plan, BindingWarning warning)
{
    if (warning == BindingWarning::LargeFanout) {
        return trCount(QT_TRANSLATE_NOOP("BindingPlan",
                           "This plan has %n pair, more than %1: every user gets an account on every device."),
            QT_TRANSLATE_NOOP(
                "BindingPlan", "This plan has %n pairs, more than %1: every user gets an account on every device."),
            plan.size())
            .arg(plan.largeFanoutThreshold());
    }
    return {};
}

QString BindingPlanText::summaryLine(const BindingPlanSummary &summary)
{
    QStringList parts;
    const auto add = [&parts, &summary](BindingAction action, const char *singular, const char *plural) {
        if (summary.count(action) > 0)
            parts.append(trCount(singular, plural, summary.count(action)));
    };
    add(BindingAction::Create, QT_TRANSLATE_NOOP("BindingPlan", "%n new account"),
        QT_TRANSLATE_NOOP("BindingPlan", "%n new accounts"));
    add(BindingAction::Takeover, QT_TRANSLATE_NOOP("BindingPlan", "%n takeover"),
        QT_TRANSLATE_NOOP("BindingPlan", "%n takeovers"));
    add(BindingAction::Blocked, QT_TRANSLATE_NOOP("BindingPlan", "%n blocked"),
        QT_TRANSLATE_NOOP("BindingPlan", "%n blocked"));
    add(BindingAction::AlreadyBound, QT_TRANSLATE_NOOP("BindingPlan", "%n already bound"),
        QT_TRANSLATE_NOOP("BindingPlan", "%n already bound"));
    add(BindingAction::Unbind, QT_TRANSLATE_NOOP("BindingPlan", "%n to unbind"),
        QT_TRANSLATE_NOOP("BindingPlan", "%n to unbind"));
    add(BindingAction::NotBound, QT_TRANSLATE_NOOP("BindingPlan", "%n not bound"),
        QT_TRANSLATE_NOOP("BindingPlan", "%n not bound"));
    return parts.isEmpty() ? tr("Nothing to do") : parts.join(u", "_s);
}

QString BindingPlanText::warningSummaryLine(const BindingPlanSummary &summary)
{
    // Singular and plural source text per warning, in BindingWarning order.
    static constexpr std::array<std::pair<const char *, const char *>, BindingWarningCount> texts { {
        { QT_TRANSLATE_NOOP("BindingPlan", "%n sign-out from apps"),
            QT_TRANSLATE_NOOP("BindingPlan", "%n sign-outs from apps") },
        { QT_TRANSLATE_NOOP("BindingPlan", "%n macOS re-login"),
            QT_TRANSLATE_NOOP("BindingPlan", "%n macOS re-logins") },
        { QT_TRANSLATE_NOOP("BindingPlan", "%n letter-case mismatch"),
            QT_TRANSLATE_NOOP("BindingPlan", "%n letter-case mismatches") },
        { QT_TRANSLATE_NOOP("BindingPlan", "%n pair of a staged user"),
            QT_TRANSLATE_NOOP("BindingPlan", "%n pairs of staged users") },
        { QT_TRANSLATE_NOOP("BindingPlan", "%n pair of a suspended user"),
            QT_TRANSLATE_NOOP("BindingPlan", "%n pairs of suspended users") },
        { QT_TRANSLATE_NOOP("BindingPlan", "%n similar account"),
            QT_TRANSLATE_NOOP("BindingPlan", "%n similar accounts") },
        { QT_TRANSLATE_NOOP("BindingPlan", "%n pair on an inactive device"),
            QT_TRANSLATE_NOOP("BindingPlan", "%n pairs on inactive devices") },
        { QT_TRANSLATE_NOOP("BindingPlan", "large fan-out"), QT_TRANSLATE_NOOP("BindingPlan", "large fan-out") },
        { QT_TRANSLATE_NOOP("BindingPlan", "%n unbind leaving a device without users"),
            QT_TRANSLATE_NOOP("BindingPlan", "%n unbinds leaving a device without users") },
        { QT_TRANSLATE_NOOP("BindingPlan", "%n with group access remaining"),
            QT_TRANSLATE_NOOP("BindingPlan", "%n with group access remaining") },
        { QT_TRANSLATE_NOOP("BindingPlan", "%n bound through groups"),
            QT_TRANSLATE_NOOP("BindingPlan", "%n bound through groups") },
    } };
    QStringList parts;
    for (int w = 0; w < BindingWarningCount; ++w) {
        const qint64 n = summary.count(BindingWarning(w));
        if (n > 0)
            parts.append(trCount(texts[std::size_t(w)].first, texts[std::size_t(w)].second, n));
    }
    return parts.join(u", "_s);
}
