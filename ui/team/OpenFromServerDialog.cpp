#include "team/OpenFromServerDialog.h"

#include "team/ServerPasswords.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const char *const lastServerKey = "team/lastUri";

QString eventOf(const QString &uri)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("[?&]event=([^&]*)")).match(uri);
    return m.hasMatch() ? QUrl::fromPercentEncoding(m.captured(1).toUtf8()) : QString();
}

QString withoutEvent(QString uri)
{
    uri.remove(QRegularExpression(QStringLiteral("([?&])event=[^&]*&?")));
    // "?event=x&sslmode=y" leaves "?sslmode=y"; "...&event=x" leaves a trailing separator.
    uri.replace(QRegularExpression(QStringLiteral("[?&]$")), QString());
    if (!uri.contains(QLatin1Char('?')) && uri.contains(QLatin1Char('&')))
        uri.replace(uri.indexOf(QLatin1Char('&')), 1, QLatin1Char('?'));
    return uri.trimmed();
}
} // namespace

OpenFromServerDialog::OpenFromServerDialog(Lister lister, QWidget *parent)
    : QDialog(parent), m_lister(std::move(lister))
{
    setWindowTitle(tr("Open from Server"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_uri = new QLineEdit(this);
    m_uri->setObjectName(QStringLiteral("serverUri"));
    m_uri->setPlaceholderText(tr("postgresql://you@db.example.org/podium"));
    m_uri->setClearButtonEnabled(true);
    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("connect"));
    auto *uriRow = new QHBoxLayout;
    uriRow->addWidget(m_uri, 1);
    uriRow->addWidget(m_connect);
    auto *uriLabel = new QLabel(tr("&Server:"), this);
    uriLabel->setBuddy(m_uri);
    form->addRow(uriLabel, uriRow);
    auto *hint = new QLabel(tr("The address your team's administrator gave you. A password in ~/.pgpass or a "
                               "service in pg_service.conf is used as it is."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false); // greyed: a hint, not a field
    form->addRow(QString(), hint);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Not needed when the server knows you"));
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_remember = new QCheckBox(tr("&Remember the password in this computer's keyring"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    auto *eventsLabel = new QLabel(tr("&Events on this server:"), this);
    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("serverEvents"));
    eventsLabel->setBuddy(m_events);
    layout->addWidget(eventsLabel);
    layout->addWidget(m_events, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_connect, &QPushButton::clicked, this, &OpenFromServerDialog::listEvents);
    connect(m_uri, &QLineEdit::returnPressed, this, &OpenFromServerDialog::listEvents);
    connect(m_password, &QLineEdit::returnPressed, this, &OpenFromServerDialog::listEvents);
    connect(m_uri, &QLineEdit::textChanged, this, &OpenFromServerDialog::updateButtons);
    connect(m_events, &QListWidget::currentRowChanged, this, &OpenFromServerDialog::updateButtons);
    connect(m_events, &QListWidget::itemActivated, this, &OpenFromServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenFromServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Return in the address or password field connects; it must not also press Open.
    for (QAbstractButton *button : m_buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    m_connect->setAutoDefault(false);

    setUri(QSettings().value(QLatin1String(lastServerKey)).toString());
    resize(560, 440);
    updateButtons();
}

void OpenFromServerDialog::setUri(const QString &uri)
{
    m_requestedEvent = eventOf(uri);
    m_uri->setText(withoutEvent(uri));
}

QString OpenFromServerDialog::uriWithoutEvent() const
{
    return withoutEvent(m_uri->text());
}

QString OpenFromServerDialog::password() const
{
    return m_password->text().isEmpty() ? m_keyringPassword : m_password->text();
}

void OpenFromServerDialog::showProblem(const QString &message)
{
    m_status->setText(message);
}

void OpenFromServerDialog::updateButtons()
{
    const bool listed = !m_connectedUri.isEmpty() && m_connectedUri == uriWithoutEvent();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(listed && m_events->currentItem() != nullptr);
    m_connect->setEnabled(!m_uri->text().trimmed().isEmpty());
}

void OpenFromServerDialog::listEvents()
{
    const QString uri = uriWithoutEvent();
    if (uri.isEmpty())
        return;
    if (!eventOf(m_uri->text()).isEmpty())
        m_requestedEvent = eventOf(m_uri->text());
    m_events->clear();
    m_connectedUri.clear();
    const QString key = ServerPasswords::keyFor(uri);
    m_keyringPassword.clear();
    if (m_password->text().isEmpty()) {
        const auto kept = ServerPasswords::read(key);
        if (kept && kept.value())
            m_keyringPassword = *kept.value();
    }
    showProblem(tr("Connecting to the server…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Listing listing = m_lister(uri, password());
    QApplication::restoreOverrideCursor();

    if (!listing.events) {
        // A kept password the server refuses is forgotten, so it is not offered again.
        if (listing.passwordNeeded && !m_keyringPassword.isEmpty())
            ServerPasswords::forget(key);
        m_keyringPassword.clear();
        showProblem(listing.events.error());
        if (listing.passwordNeeded) {
            m_password->selectAll();
            m_password->setFocus();
        }
        updateButtons();
        return;
    }

    if (!m_password->text().isEmpty() && m_remember->isChecked()) {
        if (Status kept = ServerPasswords::write(key, m_password->text()); !kept)
            showProblem(tr("Connected. The password was not remembered: %1").arg(kept.error()));
    }
    m_connectedUri = uri;
    QSettings().setValue(QLatin1String(lastServerKey), uri);
    const QList<ServerEvent> &events = listing.events.value();
    for (const ServerEvent &event : events) {
        auto *item = new QListWidgetItem(event.title.isEmpty() ? event.name : event.title, m_events);
        item->setData(Qt::UserRole, event.name);
        if (event.name == m_requestedEvent)
            m_events->setCurrentItem(item);
    }
    if (events.isEmpty()) {
        showProblem(tr("This server has no events yet. Publish one with podium-cli publish."));
    } else {
        if (!m_events->currentItem())
            m_events->setCurrentRow(0);
        if (m_status->text() == tr("Connecting to the server…"))
            m_status->setText(tr("Choose an event and press Open."));
        m_events->setFocus();
    }
    updateButtons();
}

void OpenFromServerDialog::accept()
{
    QListWidgetItem *item = m_events->currentItem();
    if (!item || m_connectedUri.isEmpty())
        return;
    // By hand: QUrl rejects libpq's "postgresql://alice@/podium" (a user with no host: a socket).
    m_chosenUri = m_connectedUri + (m_connectedUri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                  + QStringLiteral("event=")
                  + QString::fromLatin1(QUrl::toPercentEncoding(item->data(Qt::UserRole).toString()));
    QDialog::accept();
}
