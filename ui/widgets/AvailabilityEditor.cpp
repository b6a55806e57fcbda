#include "widgets/AvailabilityEditor.h"

#include "schedule/ProgrammeDays.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "widgets/AvailabilityStrip.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
QIcon swatch(AvailabilityStrip::Cell cell)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(AvailabilityStrip::colour(cell));
    if (cell == AvailabilityStrip::Cell::Unavailable) {
        QPainter p(&pixmap);
        p.fillRect(pixmap.rect(), QBrush(QColor(0xb0, 0xb0, 0xb0), Qt::BDiagPattern));
    }
    return QIcon(pixmap);
}
} // namespace

AvailabilityEditor::AvailabilityEditor(const EventStore &file, QWidget *parent) : QWidget(parent)
{
    m_strip = new AvailabilityStrip(this);
    auto event = file.event().load();
    auto days = ProgrammeDays::load(file);
    if (event && days)
        m_strip->setEvent(event.value(), days.value());

    using Cell = AvailabilityStrip::Cell;
    m_available = new QRadioButton(tr("A&vailable"), this);
    m_preferred = new QRadioButton(tr("P&referred"), this);
    m_unavailable = new QRadioButton(tr("Not ava&ilable"), this);
    const std::pair<QRadioButton *, Cell> brushes[] = {
        {m_available, Cell::Available}, {m_preferred, Cell::Preferred}, {m_unavailable, Cell::Unavailable}};
    auto *group = new QButtonGroup(this);
    for (const auto &[button, cell] : brushes) {
        button->setIcon(swatch(cell));
        group->addButton(button);
        const Cell brush = cell;
        connect(button, &QRadioButton::toggled, this, [this, brush](bool on) {
            if (on)
                m_strip->setBrush(brush);
        });
    }
    m_available->setChecked(true);
    m_available->setToolTip(tr("Paint the times they can be placed (key 1 in the strip)."));
    m_preferred->setToolTip(tr("Paint the times they would rather be placed (key 2)."));
    m_unavailable->setToolTip(tr("Paint the times they cannot be placed (key 3, or drag with the right button)."));
    auto *always = new QPushButton(tr("Al&ways Available"), this);
    always->setToolTip(tr("Remove every limit: available at any time of the event."));
    connect(always, &QPushButton::clicked, m_strip, &AvailabilityStrip::clearToAlways);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_cursor = new QLabel(this);
    m_cursor->setTextFormat(Qt::PlainText);
    QFont small = m_cursor->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_cursor->setFont(small);

    auto *brushRow = new QHBoxLayout;
    brushRow->addWidget(new QLabel(tr("Paint:"), this));
    brushRow->addWidget(m_available);
    brushRow->addWidget(m_preferred);
    brushRow->addWidget(m_unavailable);
    brushRow->addStretch();
    brushRow->addWidget(always);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(brushRow);
    layout->addWidget(m_strip);
    layout->addWidget(m_cursor);
    layout->addWidget(m_summary);
    connect(m_strip, &AvailabilityStrip::changed, this, &AvailabilityEditor::updateSummary);
    connect(m_strip, &AvailabilityStrip::cursorMoved, m_cursor, &QLabel::setText);
    // The brush the keys chose shows on the buttons too.
    connect(m_strip, &AvailabilityStrip::changed, this, [this, brushes] {
        for (const auto &[button, cell] : brushes)
            if (cell == m_strip->brush() && !button->isChecked())
                button->setChecked(true);
    });
    updateSummary();
}

void AvailabilityEditor::setAvailability(const Availability &availability)
{
    m_strip->setAvailability(availability);
    updateSummary();
}

Availability AvailabilityEditor::availability() const
{
    return m_strip->availability();
}

bool AvailabilityEditor::isModified() const
{
    return m_strip->isModified();
}

void AvailabilityEditor::updateSummary()
{
    m_summary->setText(m_strip->isAlways()
                           ? tr("Available at any time: no limits are set. Paint “Not available” where they cannot be.")
                           : tr("Available in the green times only; dark green where preferred."));
}
