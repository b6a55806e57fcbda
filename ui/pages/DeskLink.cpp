#include "pages/DeskLink.h"

#include "storage/EventStore.h"
#include "storage/StoreOpener.h"
#include "util/ChangeAuthor.h"

#include <QSysInfo>

namespace {
// Offline or with check-ins waiting: the server is tried this often.
const int retryMs = 3000;
// Online: double check-ins asked for this often; the copy refreshed every 20th time.
const int pollMs = 15000;
const int refreshEvery = 20;
} // namespace

DeskLink::DeskLink(std::unique_ptr<DeskSession> session, QObject *parent) : QObject(parent), m_session(std::move(session))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeskLink::syncNow);
}

DeskLink::~DeskLink() = default;

std::unique_ptr<DeskSession> DeskLink::sessionFor(const EventStore &store, const QString &password)
{
    QString desk = ChangeAuthor::current().desk;
    if (desk.isEmpty())
        desk = QSysInfo::machineHostName();
    const QString location = store.location();
    return std::make_unique<DeskSession>(
        [location, password] {
            EventStore::OpenOptions options;
            options.password = password;
            return StoreOpener::open(DeskSession::reachableWithin(location), options);
        },
        DeskSession::stateDirFor(location), desk);
}

Status DeskLink::start()
{
    const Status started = m_session->start();
    tell();
    schedule();
    emit stateChanged();
    return started;
}

QString DeskLink::bannerText() const
{
    const int waiting = m_session->waiting();
    if (!m_session->isOnline())
        return tr("Offline: %n check-in(s) waiting. Checking in against this desk's copy; they are sent when the "
                  "server answers again.", nullptr, waiting);
    if (waiting > 0)
        return tr("Sending %n check-in(s) made offline…", nullptr, waiting);
    return {};
}

void DeskLink::syncNow()
{
    const bool wasOnline = m_session->isOnline();
    const int wasWaiting = m_session->waiting();
    // Back from an outage: what other desks did meanwhile comes into the copy.
    const bool refresh = !wasOnline || ++m_quietRounds % refreshEvery == 0;
    const auto synced = m_session->sync(refresh);
    Q_UNUSED(synced); // a refusal shows at the next check-in; the banner says offline
    tell();
    if (wasOnline != m_session->isOnline() || wasWaiting != m_session->waiting())
        emit stateChanged();
    schedule();
}

void DeskLink::schedule()
{
    m_timer.start(!m_session->isOnline() || m_session->waiting() > 0 ? retryMs : pollMs);
}

void DeskLink::tell()
{
    const DeskSession::SyncReport news = m_session->takeNews();
    QStringList sentences;
    for (const DoubleCheckIn &twice : news.doubles)
        sentences << m_session->describe(twice);
    sentences << news.problems;
    if (!sentences.isEmpty())
        emit checkedInTwice(sentences);
}
