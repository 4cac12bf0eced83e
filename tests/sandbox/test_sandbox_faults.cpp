// Rate limit (429 + Retry-After), deterministic injected faults, added latency.
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimit()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({ u"--seed"_s, u"demo"_s, u"--rate-limit"_s, u"5"_s }));
        int limited = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 12; ++i) {
            const auto reply = sandbox.get(u"/api/systemusers"_s);
            if (reply.status == 429) {
                ++limited;
                retryAfter = reply.headers.value("retry-after");
                QCOMPARE(reply.message(), u"Too Many Requests"_s);
            }
        }
        QVERIFY(limited > 0);
        QVERIFY(retryAfter.toInt() >= 1);
    }

    void faultKindsAreDeterministic()
    {
        const auto run = [] {
            SandboxProcess sandbox;
            if (!sandbox.start({ u"--seed"_s, u"demo"_s, u"--fault-rate"_s, u"0.5"_s, u"--fault-seed"_s, u"7"_s }))
                return QStringList { u"start failed"_s };
            QStringList outcomes;
            for (int i = 0; i < 60; ++i) {
                const auto reply = sandbox.get(u"/api/systemusers?limit=50"_s);
                QString outcome = QString::number(reply.status);
                if (reply.status == 200 && reply.object().isEmpty())
                    outcome = u"truncated"_s;
                if (reply.status == 0)
                    outcome = u"dropped"_s;
                outcomes.append(outcome);
            }
            return outcomes;
        };
        const QStringList first = run();
        QCOMPARE(run(), first);
        for (const QString &kind : { u"200"_s, u"500"_s, u"502"_s, u"503"_s, u"dropped"_s })
            QVERIFY2(first.contains(kind), qPrintable(kind + u" missing: "_s + first.join(u',')));
        QVERIFY2(first.contains(u"truncated"_s) || first.count(u"dropped"_s) > 1, qPrintable(first.join(u',')));
    }

    void faultAfterWriteStillApplies()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({ u"--seed"_s, u"demo"_s, u"--fault-rate"_s, u"1"_s, u"--fault-seed"_s, u"3"_s }));
        // With every request faulty, each create either happened (after-faults) or not (before-faults);
        // the health endpoint is exempt, and counts users.
        int attempts = 0;
        for (int i = 0; i < 20; ++i, ++attempts)
            sandbox.post(u"/api/systemusers"_s,
                QJsonObject { { u"username"_s, u"f%1"_s.arg(i) }, { u"email"_s, u"f%1@x.example"_s.arg(i) } });
        const int users = sandbox.get(u"/sandbox/health"_s).object().value(u"users"_s).toInt();
        QVERIFY2(users > 150 && users < 150 + attempts, qPrintable(QString::number(users)));
    }

    void latencyDoesNotBlockOthers()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({ u"--seed"_s, u"demo"_s, u"--latency-ms"_s, u"300"_s }));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sandbox.get(u"/api/systemusers"_s).status, 200);
        QVERIFY(timer.elapsed() >= 290);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "test_sandbox_faults.moc"
