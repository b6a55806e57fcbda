#pragma once

#include "models/TrackTableModel.h"
#include "pages/ModelTablePage.h"

// The tracks with their colours (the timetable's blocks take them): names
// are edited in place, colours with the colour dialog.
class TracksPage : public ModelTablePage<TrackTableModel>
{
    Q_OBJECT
public:
    explicit TracksPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Tracks"); }

protected:
    void addItem() override;
    void editItem() override;
    void deleteItems() override;
    void updateActions() override;

private:
    void chooseColor();
    QColor unusedColor() const;
    QAction *m_color;
};
