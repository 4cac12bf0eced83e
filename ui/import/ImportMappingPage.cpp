#include "ImportMappingPage.h"

#include "FileDialog.h"
#include "ImportSession.h"
#include "ImportTemplates.h"
#include "MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { HeaderColumn, SampleColumn, TargetColumn, NoteColumn };

constexpr int MaxGroups = 10;
constexpr int MaxAttributes = 5;

// What a mapped column does, in a few words.
QString fieldNote(const ImportMapping &mapping, int column)
{
    const ImportTarget target = mapping.target(column);
    switch (target.field) {
    case ImportField::None:
        return {};
    case ImportField::Username:
        return ImportMappingPage::tr("Required. Unique in the org; also the name of the account on bound devices.");
    case ImportField::Email:
        return ImportMappingPage::tr("Required for new users. Unique in the org.");
    case ImportField::Password:
        return ImportMappingPage::tr("With a password a user is activated; without one, staged. Never shown or saved.");
    case ImportField::SystemUsername:
        return ImportMappingPage::tr("The local account name on devices, when it differs from the username.");
    case ImportField::Administrator:
        return ImportMappingPage::tr("Admin (sudo) on the bound device: true or false.");
    case ImportField::Group:
        return ImportMappingPage::tr("Joins this user group; it must exist.");
    case ImportField::AttributeName:
    case ImportField::AttributeValue:
        return ImportMappingPage::tr("A custom attribute (name and value columns).");
    default:
        break;
    }
    if (ImportFieldInfo::isDevice(target.field))
        return ImportMappingPage::tr("Binds the user to this device; it must exist.");
    return {};
}

void showError(QWidget *parent, const QString &title, const QString &text)
{
    MessageBox::Message message;
    message.icon = QMessageBox::Warning;
    message.title = title;
    message.text = text;
    MessageBox::show(parent, message);
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_updateExisting(new QCheckBox(tr("&Update users that already exist (rows whose username is in the org)"), this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Columns named as in the templates are mapped already. Choose a field for any other column you "
                   "want imported; unmapped columns are left out."));
    m_table->setObjectName(u"importMappingTable"_s);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Column"), tr("First values"), tr("Imports as"), tr("Note") });
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(SampleColumn, 200);
    m_table->setWordWrap(false);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_updateExisting->setObjectName(u"importUpdateExisting"_s);
    m_status->setObjectName(u"importMappingStatus"_s);
    m_status->setWordWrap(true);

    const auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    QPushButton *load = button(tr("&Load mapping…"), u"importLoadMapping"_s);
    QPushButton *save = button(tr("&Save mapping…"), u"importSaveMapping"_s);
    QPushButton *portal = button(tr("Portal &template…"), u"importPortalTemplate"_s);
    QPushButton *extended = button(tr("E&xtended template…"), u"importExtendedTemplate"_s);
    portal->setToolTip(tr("Save the directory portal's template: firstname, lastname, username, email, password."));
    extended->setToolTip(tr("Save the extended template: every user attribute, a device to bind, groups to join and "
                            "custom attributes."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addStretch(1);
    buttons->addWidget(portal);
    buttons->addWidget(extended);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_updateExisting);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(load, &QPushButton::clicked, this, &ImportMappingPage::loadMapping);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
    connect(portal, &QPushButton::clicked, this, [this] { ImportTemplates::save(this, false); });
    connect(extended, &QPushButton::clicked, this, [this] { ImportTemplates::save(this, true); });
    connect(m_updateExisting, &QCheckBox::toggled, this, [this](bool on) {
        m_session.setUpdateExisting(on);
        refreshRows();
    });

    m_fieldKeys.append(QString());
    for (const auto &column : ImportFieldInfo::namedColumns())
        m_fieldKeys.append(column.first);
    for (int i = 1; i <= MaxGroups; ++i)
        m_fieldKeys.append(ImportTarget { ImportField::Group, i }.key());
    for (int i = 1; i <= MaxAttributes; ++i) {
        m_fieldKeys.append(ImportTarget { ImportField::AttributeName, i }.key());
        m_fieldKeys.append(ImportTarget { ImportField::AttributeValue, i }.key());
    }
}

void ImportMappingPage::initializePage()
{
    m_updateExisting->setChecked(m_session.updateExisting());
    rebuild();
}

void ImportMappingPage::rebuild()
{
    const ImportFile &file = m_session.file();
    const ImportMapping &mapping = m_session.mapping();
    m_updating = true;
    m_table->clearContents();
    m_table->setRowCount(mapping.columnCount());
    for (int c = 0; c < mapping.columnCount(); ++c) {
        m_table->setItem(c, HeaderColumn, new QTableWidgetItem(mapping.header().at(c)));
        QStringList samples;
        for (qsizetype r = 0; r < file.records.size() && samples.size() < 3; ++r) {
            const QString value = file.records.at(r).fields.value(c).trimmed();
            if (!value.isEmpty())
                samples.append(mapping.target(c).field == ImportField::Password ? u"••••••"_s : value);
        }
        auto *sample = new QTableWidgetItem(samples.join(u", "_s));
        sample->setToolTip(samples.join(u'\n'));
        m_table->setItem(c, SampleColumn, sample);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(u"importTarget_%1"_s.arg(c));
        for (const QString &key : std::as_const(m_fieldKeys))
            combo->addItem(key.isEmpty() ? tr("(not imported)") : key, key);
        connect(combo, &QComboBox::currentIndexChanged, this,
            [this, c, combo] { mapColumn(c, combo->currentData().toString()); });
        m_table->setCellWidget(c, TargetColumn, combo);
    }
    m_updating = false;
    refreshRows();
}

void ImportMappingPage::refreshRows()
{
    const ImportMapping &mapping = m_session.mapping();
    m_updating = true;
    QHash<int, ImportMappingIssue> issueOf;
    for (const ImportMappingIssue &issue : mapping.issues())
        issueOf.insert(issue.column, issue);
    for (int c = 0; c < mapping.columnCount(); ++c) {
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(c, TargetColumn)))
            combo->setCurrentIndex(std::max(0, combo->findData(mapping.target(c).key())));
        m_table->removeCellWidget(c, NoteColumn);
        const auto issue = issueOf.constFind(c);
        if (issue != issueOf.cend() && issue->code == "header-case"_L1) {
            // One click maps the column to what it almost says.
            auto *use = new QPushButton(tr("Use “%1”").arg(issue->suggestion.key()), m_table);
            use->setObjectName(u"importUseSuggestion_%1"_s.arg(c));
            use->setToolTip(issue->message);
            connect(use, &QPushButton::clicked, this, [this, c] {
                m_session.mapping().acceptSuggestion(c);
                refreshRows();
            });
            m_table->setItem(c, NoteColumn, new QTableWidgetItem());
            m_table->setCellWidget(c, NoteColumn, use);
        } else {
            auto *note = new QTableWidgetItem(issue != issueOf.cend() ? issue->message : fieldNote(mapping, c));
            note->setToolTip(note->text());
            m_table->setItem(c, NoteColumn, note);
        }
    }
    m_updating = false;

    QStringList status;
    if (mapping.column(ImportField::Username) < 0)
        status << tr("Map a column to Username: every row needs one.");
    if (mapping.column(ImportField::Email) < 0 && !m_session.updateExisting())
        status << tr("Map a column to Email: every new user needs one.");
    if (mapping.deviceColumn() >= 0)
        status << tr("Rows bind the device in column “%1”.").arg(mapping.columnName(mapping.deviceColumn()));
    if (!mapping.groupColumns().isEmpty())
        status << tr("Rows join the user groups in %n column(s).", nullptr, int(mapping.groupColumns().size()));
    m_status->setText(status.join(u' '));
    Q_EMIT completeChanged();
}

void ImportMappingPage::mapColumn(int column, const QString &fieldKey)
{
    if (m_updating)
        return;
    // A field fed by another column moves here (one column per field), so every row is refreshed.
    m_session.mapping().setMapping(column, fieldKey);
    refreshRows();
}

bool ImportMappingPage::isComplete() const
{
    const ImportMapping &mapping = m_session.mapping();
    return mapping.column(ImportField::Username) >= 0
        && (mapping.column(ImportField::Email) >= 0 || m_session.updateExisting());
}

bool ImportMappingPage::validatePage()
{
    m_session.setUpdateExisting(m_updateExisting->isChecked());
    m_session.validate(); // the preview page waits for it
    return true;
}

void ImportMappingPage::saveMapping()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save mapping"), u"import-mapping.json"_s, tr("Import mappings (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(m_session.mapping().toJson()).toJson()) < 0
        || !file.commit())
        showError(
            this, tr("Save mapping"), tr("The mapping could not be saved to %1: %2").arg(path, file.errorString()));
}

void ImportMappingPage::loadMapping()
{
    const QString path
        = FileDialog::getOpenFileName(this, tr("Load mapping"), QString(), tr("Import mappings (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(this, tr("Load mapping"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    auto loaded = ImportMapping::fromJson(QJsonDocument::fromJson(file.readAll()).object(), m_session.file().header);
    if (!loaded) {
        showError(this, tr("Load mapping"), loaded.error().detail);
        return;
    }
    m_session.setMapping(loaded.value());
    refreshRows();
}
