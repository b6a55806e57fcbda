#pragma once

#include <QStyledItemDelegate>

// Edits a cell holding a value of a closed list (category, status...) with a
// combo box. The model gives the choices as [label, key] pairs under its
// choices role and takes the key back through setData.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(int choicesRole, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_choicesRole;
};
