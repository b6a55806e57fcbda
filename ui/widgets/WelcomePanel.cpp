#include "widgets/WelcomePanel.h"

#include "storage/StoreLocation.h"
#include "team/ServerEventOpener.h"
#include "widgets/ThemeIcons.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QPushButton *bigButton(const QString &icon, const QString &text, const QString &detail, QWidget *parent)
{
    auto *button = new QPushButton(ThemeIcons::icon(icon), text, parent);
    button->setIconSize(QSize(32, 32));
    button->setMinimumHeight(52);
    button->setToolTip(detail);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    button->setFont(font);
    button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 12px;"));
    return button;
}
} // namespace

WelcomePanel::WelcomePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcome"));
    auto *title = new QLabel(tr("Welcome to Podium"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Plan the programme, register participants, print badges and run the door of your "
                                "event, offline. Everything is kept in one event file that you can copy and back up."),
                             this);
    intro->setWordWrap(true);

    auto *newEvent = bigButton(QStringLiteral("document-new"), tr("&New Event…"),
                               tr("Create an event file: its name, days and time zone"), this);
    auto *open = bigButton(QStringLiteral("document-open"), tr("&Open an Event File…"),
                           tr("Open a .podium file from your computer or a shared folder"), this);
    auto *server = bigButton(QStringLiteral("network-server"), tr("Open from &Server…"),
                             tr("Open an event your team keeps on a PostgreSQL server"), this);
    auto *demo = bigButton(QStringLiteral("x-office-calendar"), tr("Open the &Demo Event"),
                           tr("A real one-day networking event with its programme and participants, to try everything safely"), this);
    auto *manual = bigButton(QStringLiteral("help-contents"), tr("Read the &Manual"),
                             tr("How to plan, register, print and check in, step by step (F1)"), this);
    connect(newEvent, &QPushButton::clicked, this, &WelcomePanel::newEventRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePanel::openRequested);
    connect(server, &QPushButton::clicked, this, &WelcomePanel::serverRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    connect(manual, &QPushButton::clicked, this, &WelcomePanel::manualRequested);

    m_recentTitle = new QLabel(tr("&Recent events"), this);
    QFont sectionFont = m_recentTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.2);
    m_recentTitle->setFont(sectionFont);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentEvents"));
    m_recentTitle->setBuddy(m_recent);
    m_noRecent = new QLabel(tr("Events you open appear here. Start with the demo to see how Podium works."), this);
    m_noRecent->setWordWrap(true);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });

    auto *actions = new QVBoxLayout;
    actions->addWidget(newEvent);
    actions->addWidget(open);
    actions->addWidget(server);
    actions->addWidget(demo);
    actions->addSpacing(12);
    actions->addWidget(manual);
    actions->addStretch();
    auto *recent = new QVBoxLayout;
    recent->addWidget(m_recentTitle);
    recent->addWidget(m_recent, 1);
    recent->addWidget(m_noRecent);
    recent->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(actions, 2);
    columns->addSpacing(32);
    columns->addLayout(recent, 3);

    auto *content = new QWidget(this);
    content->setMaximumWidth(1000);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(title);
    contentLayout->addWidget(intro);
    contentLayout->addSpacing(24);
    contentLayout->addLayout(columns, 1);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 48);
    outer->addStretch();
    outer->addWidget(content, 10);
    outer->addStretch();
    setRecentFiles({});
}

void WelcomePanel::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        if (StoreLocation::parse(path).isServer()) {
            auto *item = new QListWidgetItem(ThemeIcons::icon(QStringLiteral("network-server")),
                                             tr("%1\n%2").arg(StoreLocation::parse(path).event(),
                                                              ServerEventOpener::serverName(path)),
                                             m_recent);
            item->setData(Qt::UserRole, path);
            item->setToolTip(path);
            continue;
        }
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(ThemeIcons::icon(QStringLiteral("x-office-calendar")),
                                         tr("%1\n%2").arg(info.completeBaseName(),
                                                          QDir::toNativeSeparators(info.absolutePath())),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
    if (!paths.isEmpty())
        m_recent->setCurrentRow(0);
}
