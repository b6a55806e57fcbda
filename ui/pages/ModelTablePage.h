#pragma once

#include "pages/TablePage.h"

// A TablePage over one item model that knows its rows' ids (idAt, rowOf) and
// takes the document (setDocument): the People, Rooms and Tracks pages.
template <typename Model>
class ModelTablePage : public TablePage
{
public:
    explicit ModelTablePage(QWidget *parent = nullptr) : TablePage(parent), m_model(new Model(this)) { setModel(m_model); }
    Model *model() const { return m_model; }

protected:
    void documentChanged() override { m_model->setDocument(document()); }
    qint64 idAt(int row) const override { return m_model->idAt(row); }
    int rowOf(qint64 id) const override { return m_model->rowOf(id); }

private:
    Model *m_model;
};
