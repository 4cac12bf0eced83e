#pragma once

#include <QTest>

// QVERIFY for Result<T>: on failure the test log shows the error's code and detail.
#define QVERIFY_RESULT(expression)                                                                                     \
    do {                                                                                                               \
        const auto &verifyResult_ = (expression);                                                                      \
        QVERIFY2(verifyResult_.ok(),                                                                                   \
            qPrintable(verifyResult_.ok()                                                                              \
                    ? QString()                                                                                        \
                    : verifyResult_.error().code + QLatin1String(": ") + verifyResult_.error().detail));               \
    } while (false)
