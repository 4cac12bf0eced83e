#include "StartPage.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_openButton(new QPushButton(tr("Open a cache file…"), this))
{
    setObjectName(u"startPage"_s);
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/bindery.svg"_s).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Welcome to Bindery"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *explanation = new QLabel(tr("Open a Bindery cache file to browse, search and sort an org's users, devices "
                                      "and groups. Everything works offline."),
        this);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);

    auto *syncNote = new QLabel(tr("Connecting to an org directly arrives with sync."), this);
    syncNote->setObjectName(u"syncNote"_s);
    syncNote->setWordWrap(true);
    syncNote->setAlignment(Qt::AlignCenter);
    syncNote->setEnabled(false); // drawn as a secondary note

    m_openButton->setObjectName(u"openCacheButton"_s);
    m_openButton->setDefault(true);
    connect(m_openButton, &QPushButton::clicked, this, &StartPage::openCacheRequested);

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(logo);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(explanation);
    column->addSpacing(16);
    column->addWidget(m_openButton, 0, Qt::AlignHCenter);
    column->addSpacing(8);
    column->addWidget(syncNote);
    column->addStretch(3);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 2);
    layout->addStretch(1);
    setFocusProxy(m_openButton);
}
