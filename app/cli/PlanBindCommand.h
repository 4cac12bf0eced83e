#pragma once

#include <QStringList>

// `bindery-cli plan-bind --cache FILE --user NAME... --device NAME_OR_ID... [--json]`: says, before anything is
// sent, what binding these users to these devices would do on each device — the same BindingPlanner the bind dialog
// uses, against the cache with the outbox's waiting changes counted as done. Users are named by id or username,
// devices by id, display name or hostname (a name shared by several devices plans them all); --user-group and
// --device-group add every member of a group (by id or name).
// Exit codes: 0 the plan has no blocked pair; 1 some pair is blocked (the plan is still printed in full), or the
// cache cannot be read (nothing on stdout); 2 a wrong command line or a user, device or group not in the cache.
class PlanBindCommand
{
public:
    int run(const QStringList &rawArguments);
};
