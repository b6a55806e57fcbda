#include "dialogs/ManualDialog.h"

#include "widgets/ThemeIcons.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

static void loadManualResource()
{
    Q_INIT_RESOURCE(manual); // it lives in the static podium_ui library
}

QUrl ManualDialog::homePage()
{
    loadManualResource();
    const QString localised = QStringLiteral(":/manual/index.%1.md").arg(QLocale().name().section(QLatin1Char('_'), 0, 0));
    return QUrl(QStringLiteral("qrc") + (QFile::exists(localised) ? localised : QStringLiteral(":/manual/index.md")));
}

ManualDialog::ManualDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Podium Manual"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    // Links to the web leave the manual for the system's browser; chapters stay here.
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
            QDesktopServices::openUrl(url);
            m_browser->setSource(m_browser->source());
        }
    });
    m_browser->setSource(homePage(), QTextDocument::MarkdownResource);

    auto *back = new QPushButton(ThemeIcons::icon(QStringLiteral("go-previous")), tr("&Back"), this);
    auto *forward = new QPushButton(ThemeIcons::icon(QStringLiteral("go-next")), tr("&Forward"), this);
    auto *home = new QPushButton(ThemeIcons::icon(QStringLiteral("go-home")), tr("&Contents"), this);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QPushButton::clicked, this, [this] { m_browser->setSource(homePage(), QTextDocument::MarkdownResource); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QPushButton::setEnabled);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(back);
    navigation->addWidget(forward);
    navigation->addWidget(home);
    navigation->addStretch();
    navigation->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addLayout(navigation);
    resize(900, 760);
}
