#include "designer/ColourButton.h"

#include <QColorDialog>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

ColourButton::ColourButton(QWidget *parent) : QPushButton(parent)
{
    connect(this, &QPushButton::clicked, this, &ColourButton::choose);
    setColour(QColor());
}

void ColourButton::setColour(const QColor &colour)
{
    m_colour = colour;
    QPixmap swatch(16, 16);
    swatch.fill(colour.isValid() ? colour : QColor(Qt::transparent));
    QPainter painter(&swatch);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(0, 0, 15, 15);
    if (!colour.isValid())
        painter.drawLine(0, 15, 15, 0);
    painter.end();
    setIcon(QIcon(swatch));
    setText(colour.isValid() ? colour.name().toUpper() : tr("None"));
}

void ColourButton::choose()
{
    if (m_allowNone) {
        QMenu menu(this);
        QAction *none = menu.addAction(tr("&None"));
        QAction *pick = menu.addAction(tr("&Choose…"));
        QAction *chosen = menu.exec(mapToGlobal(rect().bottomLeft()));
        if (chosen == none) {
            setColour(QColor());
            emit colourChosen(m_colour);
            return;
        }
        if (chosen != pick)
            return;
    }
    const QColor picked = QColorDialog::getColor(m_colour.isValid() ? m_colour : QColor(Qt::white), this);
    if (!picked.isValid())
        return;
    setColour(picked);
    emit colourChosen(m_colour);
}
