#pragma once

// Self-service account provisioning (SSAO), per OS family: a person who signs in at the login
// window gets a binding created for them, with this permission level.
struct SelfServiceProvisioning
{
    bool macEnabled = false;
    bool macAdmin = false; // defaultPermission ADMIN rather than STANDARD
    bool windowsEnabled = false;
    bool windowsAdmin = false;

    friend bool operator==(const SelfServiceProvisioning &, const SelfServiceProvisioning &) = default;
};
