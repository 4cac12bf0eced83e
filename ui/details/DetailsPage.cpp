#include "DetailsPage.h"

#include "DetailsList.h"
#include "Error.h"

#include <QFormLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DetailsPage::DetailsPage(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_form(new QFormLayout)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(objectName);
    m_title->setObjectName(objectName + "Title"_L1);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_problems->setObjectName(objectName + "Problems"_L1);
    m_problems->setWordWrap(true);
    m_problems->hide();

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setContentsMargins(0, 8, 0, 8);
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_problems);
    // The form takes the height its rows need; the related lists take the rest and scroll.
    layout->addLayout(m_form);
    layout->addWidget(m_tabs, 1);
}

void DetailsPage::setTitle(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QLabel *DetailsPage::addField(const QString &objectName, const QString &label)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    auto *caption = new QLabel(label);
    caption->setBuddy(value);
    value->setAccessibleName(label);
    m_form->addRow(caption, value);
    return value;
}

void DetailsPage::setField(QLabel *field, const QString &value)
{
    field->setText(value);
    m_form->setRowVisible(field, !value.isEmpty());
}

DetailsList *DetailsPage::addList(const QString &objectName, const QStringList &headers)
{
    auto *list = new DetailsList(objectName, headers, m_tabs);
    m_tabs->addTab(list, QString());
    connect(list, &DetailsList::objectActivated, this, &DetailsPage::objectActivated);
    return list;
}

void DetailsPage::setListTitle(DetailsList *list, const QString &title)
{
    const QString text = tr("%1 (%2)").arg(title).arg(list->topLevelItemCount());
    m_tabs->setTabText(m_tabs->indexOf(list), text);
    list->setAccessibleName(text);
}

void DetailsPage::showReadProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

QString DetailsPage::describe(const Error &error)
{
    return tr("Could not read this from the cache: %1").arg(error.detail.isEmpty() ? error.code : error.detail);
}

QString DetailsPage::describePaths(const QList<AccessPath> &paths)
{
    QStringList parts;
    for (const AccessPath &path : paths) {
        if (path.direct)
            parts << tr("Direct");
        else
            //: A user reaches a device because their user group is bound to a device group containing it
            parts << tr("Via %1 → %2").arg(path.userGroupName, path.deviceGroupName);
    }
    return parts.join(u"; "_s);
}

QString DetailsPage::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString DetailsPage::stateName(UserState state)
{
    switch (state) {
    case UserState::Staged:
        return tr("Staged");
    case UserState::Activated:
        return tr("Activated");
    case UserState::Suspended:
        return tr("Suspended");
    }
    return {};
}
