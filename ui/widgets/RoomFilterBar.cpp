#include "widgets/RoomFilterBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace {
// Between the texts a room is matched on, so no phrase matches across two of them.
const QChar fieldSeparator(0x1f);

// Case- and accent-insensitive: "geneve" finds "Genève"; spaces as one.
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    return plain.toCaseFolded().simplified();
}
} // namespace

RoomFilterBar::RoomFilterBar(QWidget *parent) : QWidget(parent)
{
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("roomFilter"));
    m_text->setPlaceholderText(tr("Room or track"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Show only the rooms whose name or location contains this text, or that hold "
                          "sessions of a track of that name; separate several with commas"));
    m_seats = new QSpinBox(this);
    m_seats->setObjectName(QStringLiteral("roomSeats"));
    m_seats->setRange(0, 100000);
    m_seats->setSingleStep(10);
    m_seats->setSpecialValueText(tr("any"));
    m_seats->setToolTip(tr("Show only the rooms with at least this many seats"));
    auto *label = new QLabel(tr("&Rooms:"), this);
    label->setBuddy(m_text);
    auto *seatsLabel = new QLabel(tr("Seats at &least:"), this);
    seatsLabel->setBuddy(m_seats);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(seatsLabel);
    layout->addWidget(m_seats);
    connect(m_text, &QLineEdit::textChanged, this, &RoomFilterBar::changed);
    connect(m_seats, &QSpinBox::valueChanged, this, &RoomFilterBar::changed);
}

QString RoomFilterBar::text() const
{
    return m_text->text();
}

void RoomFilterBar::setText(const QString &text)
{
    m_text->setText(text);
}

int RoomFilterBar::minimumSeats() const
{
    return m_seats->value();
}

void RoomFilterBar::setMinimumSeats(int seats)
{
    m_seats->setValue(seats);
}

bool RoomFilterBar::isActive() const
{
    return !m_text->text().trimmed().isEmpty() || m_seats->value() > 0;
}

std::optional<QSet<RoomId>> RoomFilterBar::shownRooms(const ScheduleSnapshot &snapshot) const
{
    if (!isActive())
        return std::nullopt;
    // Phrases separated by commas, any of which may match: "A1, B2" shows two rooms.
    QStringList phrases;
    for (const QString &phrase : folded(m_text->text()).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!phrase.trimmed().isEmpty())
            phrases << phrase.simplified();
    QHash<RoomId, QString> tracksOfRoom; // the names of the tracks held in each room
    if (!phrases.isEmpty())
        for (const Session &s : snapshot.sessions)
            if (s.roomId && s.trackId)
                if (const Track *track = snapshot.track(*s.trackId))
                    tracksOfRoom[*s.roomId] += fieldSeparator + track->name;
    QSet<RoomId> shown;
    for (const Room &room : snapshot.rooms) {
        if (room.capacity < m_seats->value())
            continue;
        const QString text = folded(room.name + fieldSeparator + room.location + tracksOfRoom.value(room.id));
        const bool matches = phrases.isEmpty() || std::any_of(phrases.cbegin(), phrases.cend(), [&](const QString &phrase) {
            return text.contains(phrase);
        });
        if (matches)
            shown.insert(room.id);
    }
    return shown;
}
