#include "ImportBenchData.h"

#include "OrgGenerator.h"

namespace ImportBenchData {

OrgSnapshot org()
{
    return OrgGenerator::generate(OrgGeneratorParams::benchmark());
}

QByteArray csv(const OrgSnapshot &org, int rows)
{
    QByteArray csv = "Username,FirstName,LastName,Email,Password,employeeIdentifier,department,jobTitle,SystemID,"
                     "Administrator,Group1,Group2\r\n";
    csv.reserve(qsizetype(rows) * 140);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const Device &device = org.devices.at(i % org.devices.size());
        const QByteArray group1 = org.userGroups.at(i % org.userGroups.size()).name.toUtf8();
        const QByteArray group2 = org.userGroups.at((i * 7 + 3) % org.userGroups.size()).name.toUtf8();
        // Every 1,000th row carries a mistake, as real files do.
        const QByteArray email = i % 1000 == 7 ? QByteArray("broken-" + n) : QByteArray("import." + n + "@example.net");
        csv += "imp.user" + n + ",First" + n + ",Last" + n + "," + email + ",Correct-Horse-" + n + "-Battery,EMP-I" + n
            + ",Dept " + QByteArray::number(i % 40) + ",\"Engineer, level " + QByteArray::number(i % 5) + "\","
            + device.id.toUtf8() + "," + (i % 3 == 0 ? "true" : "false") + ",\"" + group1 + "\",\"" + group2 + "\"\r\n";
    }
    return csv;
}

} // namespace ImportBenchData
