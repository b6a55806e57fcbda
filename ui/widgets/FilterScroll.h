#pragma once

#include <functional>

class QAbstractItemView;

// A list after its filter changed: back at the top (1,438 results do not open in
// the middle), with the rows that were selected still selected when the new
// filter keeps them. Rows are recognised by an id the model gives under idRole,
// (a number), so a model that resets (the participants' pages of rows) keeps them too.
class FilterScroll
{
public:
    FilterScroll(QAbstractItemView *view, int idRole) : m_view(view), m_idRole(idRole) {}
    // Runs applyFilter (which changes the model's rows), then scrolls and reselects.
    void apply(const std::function<void()> &applyFilter) const;

private:
    QAbstractItemView *m_view;
    int m_idRole;
};
