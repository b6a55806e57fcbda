#pragma once

#include <QColor>
#include <QPushButton>

// A button showing a colour; clicking it opens the colour dialog. An invalid
// colour reads "None" when the button allows none.
class ColourButton : public QPushButton
{
    Q_OBJECT
public:
    explicit ColourButton(QWidget *parent = nullptr);
    QColor colour() const { return m_colour; }
    void setColour(const QColor &colour);
    // Whether the dialog offers "None" (a side without a background).
    void setAllowNone(bool allow) { m_allowNone = allow; }

signals:
    // The user chose a colour (not emitted by setColour()).
    void colourChosen(const QColor &colour);

private:
    void choose();
    QColor m_colour;
    bool m_allowNone = false;
};
