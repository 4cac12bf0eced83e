#pragma once

#include "BindingPlan.h"
#include "BindingPlanInput.h"

#include <QList>
#include <memory>

class BindingPlannerIndex;

// Says, before anything is sent, what each device's agent will do for each user × device pair (DOMAIN.md "Binding a
// user to a device"). Pure: no SQL, no network, no widgets, no translated text; shared by the bind dialog, the CLI's
// plan-bind and the CSV import validator. Construct once per input (it indexes devices' accounts and users' names),
// then plan as often as needed; const methods are safe to call from several threads.
//
// Rules, in the order they are applied to a bind pair:
//  1. A direct binding exists → already-bound (no warnings; nothing to send). The user reaches the device through
//     user group → device group (input.groupAccess) → already-bound with bound-through-group: the agent already
//     manages the user's account there, so a direct edge would change nothing on the device.
//  2. The user's name (systemUsername if set, else username — "effective name") is checked against the naming
//     rules: not starting with a letter, containing anything but letters, digits . - _ → blocked invalid-username;
//     over 20 characters on Windows → blocked windows-name-too-long (the directory refuses the binding, so it is a
//     block, never a warning); over 30 on macOS/Linux/unknown → blocked name-too-long.
//  3. The effective name is matched case-insensitively against the device's local accounts; an exact-case match
//     wins over a case-only one.
//     - The matched account is managed by another directory user (or by a user the input cannot name) → blocked
//       account-owned-by-other-user; taking it over would take someone else's account.
//     - Exact match, or case-only match on Windows → takeover (+ takeover-signs-out; + macos-relogin on macOS).
//       matchedField says whether systemUsername or username matched.
//     - Case-only match on macOS, Linux or an unknown OS → create, with case-differs naming the existing account:
//       their agents need the exact case, so a second account (and profile) is created next to the old one. The
//       sandbox's simulated agent does exactly this.
//     - No match → create with the effective name; similar-account if an unmanaged interactive account is close to
//       it: the same after dropping . _ - and case (john.doe / johndoe / john_doe), first initial + last name vs
//       first.last (jdoe / john.doe), the first name or the name's first part alone (john or
//       zoe for john.doe / zoe.mueller: personal machines often use it), one Damerau-Levenshtein edit (jdoe / jdeo /
//       jdoe1), or the user's username when the systemUsername is set and differs (the agent will not take the
//       username's account).
//  4. Warnings that do not change the action: staged-user, suspended-user (the binding is accepted but gives no
//     access; not a block because activating the user later makes it work), device-inactive (not a block: the
//     directory accepts the binding and the agent applies it at its next check-in; but the device's account list
//     may be stale, so the plan is less certain).
//  Plan level: large-fanout when the number of pairs is greater than the threshold (default 500), however the users
//  and devices were chosen — group × group is the usual way to get there.
//
// Unbind pairs: direct binding → unbind, else not-bound. group-access-remains when the user still reaches the device
// through a group (the account stays). last-user when the device is left with no user bound directly or through a
// group; remainingUsers() gives the count per device.
class BindingPlanner
{
public:
    static constexpr int DefaultLargeFanoutThreshold = 500;

    explicit BindingPlanner(BindingPlanInput input, int largeFanoutThreshold = DefaultLargeFanoutThreshold);
    ~BindingPlanner();
    BindingPlanner(const BindingPlanner &) = delete;
    BindingPlanner &operator=(const BindingPlanner &) = delete;

    const BindingPlanInput &input() const { return *m_input; }
    int largeFanoutThreshold() const { return m_largeFanoutThreshold; }

    // Every user × every device.
    BindingPlan plan() const;
    // Only these pairs (e.g. one CSV row's user onto its devices), in this order. Indices into the input.
    struct PairIndex
    {
        int userIndex = -1;
        int deviceIndex = -1;
    };
    BindingPlan planPairs(const QList<PairIndex> &pairs) const;
    BindingPlanPair planPair(int userIndex, int deviceIndex) const;

    // Unbinding every user from every device / only these pairs.
    BindingPlan planUnbind() const;
    BindingPlan planUnbindPairs(const QList<PairIndex> &pairs) const;

private:
    std::shared_ptr<const BindingPlanInput> m_input;
    std::unique_ptr<const BindingPlannerIndex> m_index;
    int m_largeFanoutThreshold;
};
