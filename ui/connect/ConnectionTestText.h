#pragma once

#include "ConnectionProfile.h"
#include "ConnectionTestResult.h"
#include "CredentialResult.h"

#include <QCoreApplication>
#include <QString>

// The admin's words for connection facts: regions, test outcomes and credential-store answers.
// Plain text (a directory's message may contain anything), translated here and only here.
class ConnectionTestText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTestText)

public:
    static QString regionName(ConnectionProfile::Region region); // "Europe"
    static QString regionChoice(ConnectionProfile::Region region); // "Europe (console.eu.jumpcloud.com)"
    static QString profileLocation(const ConnectionProfile &profile); // region name or the custom URL

    static QString testMessage(const ConnectionTestResult &result);
    static QString credentialProblem(const CredentialResult &result);
    static QString noStoreNote();
    static QString persistentStoreNote();
};
