#include "CacheSchema.h"

using namespace Qt::StringLiterals;

namespace {

QList<CacheSchema::Migration> buildMigrations()
{
    QList<CacheSchema::Migration> list;

    // 1: the objects of the org and the snapshot they belong to.
    list.append({ 1, u"objects and snapshot"_s,
        {
            uR"(CREATE TABLE snapshot (
              id INTEGER PRIMARY KEY CHECK (id = 1),
              org_id TEXT NOT NULL DEFAULT '',
              org_name TEXT NOT NULL DEFAULT '',
              synced_at TEXT NOT NULL DEFAULT '',
              source_url TEXT NOT NULL DEFAULT '',
              settings_json TEXT NOT NULL DEFAULT '{}'))"_s,
            uR"(CREATE TABLE users (
              id TEXT PRIMARY KEY,
              username TEXT NOT NULL,
              email TEXT NOT NULL,
              system_username TEXT NOT NULL DEFAULT '',
              first_name TEXT NOT NULL DEFAULT '',
              middle_name TEXT NOT NULL DEFAULT '',
              last_name TEXT NOT NULL DEFAULT '',
              display_name TEXT NOT NULL DEFAULT '',
              state TEXT NOT NULL DEFAULT 'ACTIVATED',
              job_title TEXT NOT NULL DEFAULT '',
              department TEXT NOT NULL DEFAULT '',
              company TEXT NOT NULL DEFAULT '',
              cost_center TEXT NOT NULL DEFAULT '',
              employee_type TEXT NOT NULL DEFAULT '',
              employee_identifier TEXT NOT NULL DEFAULT '',
              location TEXT NOT NULL DEFAULT '',
              description TEXT NOT NULL DEFAULT '',
              manager_id TEXT NOT NULL DEFAULT '',
              alternate_email TEXT NOT NULL DEFAULT '',
              phone_numbers TEXT NOT NULL DEFAULT '[]',
              custom_attributes TEXT NOT NULL DEFAULT '[]',
              sudo INTEGER NOT NULL DEFAULT 0,
              passwordless_sudo INTEGER NOT NULL DEFAULT 0,
              mfa_required INTEGER NOT NULL DEFAULT 0,
              mfa_configured INTEGER NOT NULL DEFAULT 0,
              mfa_enrollment_status TEXT NOT NULL DEFAULT '',
              mfa_exclusion_until TEXT NOT NULL DEFAULT '',
              account_locked INTEGER NOT NULL DEFAULT 0,
              password_expired INTEGER NOT NULL DEFAULT 0,
              password_never_expires INTEGER NOT NULL DEFAULT 0,
              password_expiration_date TEXT NOT NULL DEFAULT '',
              externally_managed INTEGER NOT NULL DEFAULT 0,
              unix_uid INTEGER NOT NULL DEFAULT 0,
              unix_gid INTEGER NOT NULL DEFAULT 0,
              created TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE devices (
              id TEXT PRIMARY KEY,
              display_name TEXT NOT NULL DEFAULT '',
              hostname TEXT NOT NULL DEFAULT '',
              os_family TEXT NOT NULL DEFAULT 'unknown',
              os TEXT NOT NULL DEFAULT '',
              os_version TEXT NOT NULL DEFAULT '',
              arch TEXT NOT NULL DEFAULT '',
              agent_version TEXT NOT NULL DEFAULT '',
              active INTEGER NOT NULL DEFAULT 0,
              last_contact TEXT NOT NULL DEFAULT '',
              created TEXT NOT NULL DEFAULT '',
              serial_number TEXT NOT NULL DEFAULT '',
              hardware_vendor TEXT NOT NULL DEFAULT '',
              remote_ip TEXT NOT NULL DEFAULT '',
              fde_active INTEGER NOT NULL DEFAULT 0,
              system_insights_enabled INTEGER NOT NULL DEFAULT 0,
              mdm_enrolled INTEGER NOT NULL DEFAULT 0,
              allow_ssh_root_login INTEGER NOT NULL DEFAULT 0,
              allow_ssh_password_authentication INTEGER NOT NULL DEFAULT 0,
              allow_multi_factor_authentication INTEGER NOT NULL DEFAULT 0,
              description TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE user_groups (
              id TEXT PRIMARY KEY,
              name TEXT NOT NULL,
              description TEXT NOT NULL DEFAULT '',
              email TEXT NOT NULL DEFAULT '',
              sudo_enabled INTEGER NOT NULL DEFAULT 0,
              sudo_without_password INTEGER NOT NULL DEFAULT 0,
              samba_enabled INTEGER NOT NULL DEFAULT 0,
              posix_group_name TEXT NOT NULL DEFAULT '',
              membership_method TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE device_groups (
              id TEXT PRIMARY KEY,
              name TEXT NOT NULL,
              description TEXT NOT NULL DEFAULT '',
              membership_method TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE user_device_bindings (
              user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
              device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              sudo_enabled INTEGER NOT NULL DEFAULT 0,
              sudo_without_password INTEGER NOT NULL DEFAULT 0,
              PRIMARY KEY (user_id, device_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE user_group_members (
              group_id TEXT NOT NULL REFERENCES user_groups(id) ON DELETE CASCADE,
              user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
              PRIMARY KEY (group_id, user_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE device_group_members (
              group_id TEXT NOT NULL REFERENCES device_groups(id) ON DELETE CASCADE,
              device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              PRIMARY KEY (group_id, device_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE group_bindings (
              user_group_id TEXT NOT NULL REFERENCES user_groups(id) ON DELETE CASCADE,
              device_group_id TEXT NOT NULL REFERENCES device_groups(id) ON DELETE CASCADE,
              PRIMARY KEY (user_group_id, device_group_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE local_accounts (
              device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              username TEXT NOT NULL,
              uid TEXT NOT NULL DEFAULT '',
              gid TEXT NOT NULL DEFAULT '',
              home_directory TEXT NOT NULL DEFAULT '',
              shell TEXT NOT NULL DEFAULT '',
              description TEXT NOT NULL DEFAULT '',
              real_user INTEGER NOT NULL DEFAULT 1,
              admin INTEGER NOT NULL DEFAULT 0,
              suspended INTEGER NOT NULL DEFAULT 0,
              managed INTEGER NOT NULL DEFAULT 0,
              ad_managed INTEGER NOT NULL DEFAULT 0,
              last_login TEXT NOT NULL DEFAULT '',
              collected_at TEXT NOT NULL DEFAULT '',
              PRIMARY KEY (device_id, username)) WITHOUT ROWID)"_s,
            u"INSERT INTO snapshot (id) VALUES (1)"_s,
        } });

    // 2: pending changes. Rows here are the admin's work: nothing may drop them silently.
    list.append({ 2, u"outbox of pending changes"_s,
        {
            uR"(CREATE TABLE outbox (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              created_at TEXT NOT NULL,
              batch_id TEXT NOT NULL DEFAULT '',
              kind TEXT NOT NULL,
              object_type TEXT NOT NULL DEFAULT '',
              object_id TEXT NOT NULL DEFAULT '',
              summary TEXT NOT NULL DEFAULT '',
              payload TEXT NOT NULL DEFAULT '{}',
              state TEXT NOT NULL DEFAULT 'pending',
              attempts INTEGER NOT NULL DEFAULT 0,
              error TEXT NOT NULL DEFAULT '',
              updated_at TEXT NOT NULL DEFAULT ''))"_s,
            u"CREATE INDEX outbox_state ON outbox(state, id)"_s,
        } });

    // 3: case-insensitive lookups (DOMAIN.md: names and e-mails are unique regardless of case)
    // and the reverse edges the details panel walks.
    list.append({ 3, u"lookup indexes"_s,
        {
            u"CREATE INDEX users_username_nocase ON users(username COLLATE NOCASE)"_s,
            u"CREATE INDEX users_email_nocase ON users(email COLLATE NOCASE)"_s,
            u"CREATE INDEX users_system_username_nocase ON users(system_username COLLATE NOCASE)"_s,
            u"CREATE INDEX users_display_name_nocase ON users(display_name COLLATE NOCASE)"_s,
            u"CREATE INDEX devices_hostname_nocase ON devices(hostname COLLATE NOCASE)"_s,
            u"CREATE INDEX devices_display_name_nocase ON devices(display_name COLLATE NOCASE)"_s,
            u"CREATE INDEX devices_serial_nocase ON devices(serial_number COLLATE NOCASE)"_s,
            u"CREATE INDEX user_groups_name_nocase ON user_groups(name COLLATE NOCASE)"_s,
            u"CREATE INDEX device_groups_name_nocase ON device_groups(name COLLATE NOCASE)"_s,
            u"CREATE INDEX local_accounts_username_nocase ON local_accounts(username COLLATE NOCASE)"_s,
            u"CREATE INDEX user_device_bindings_device ON user_device_bindings(device_id)"_s,
            u"CREATE INDEX user_group_members_user ON user_group_members(user_id)"_s,
            u"CREATE INDEX device_group_members_device ON device_group_members(device_id)"_s,
            u"CREATE INDEX group_bindings_device_group ON group_bindings(device_group_id)"_s,
        } });

    return list;
}

} // namespace

const QList<CacheSchema::Migration> &CacheSchema::migrations()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

int CacheSchema::latestVersion()
{
    return migrations().constLast().version;
}
