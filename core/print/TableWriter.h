#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class PageFlow;

// A table flowing down pages: its header row repeats at the top of every
// page, each row stays whole on one page, long cells wrap (up to maxLines).
class TableWriter
{
public:
    struct Column
    {
        QString title;
        qreal weight = 1; // share of the width
        bool bold = false;
    };

    TableWriter(PageFlow &flow, QList<Column> columns, qreal fontSize);
    // Rows at least this tall (a signature needs room); default fits one line.
    void setMinimumRowHeight(qreal points) { m_minRowHeight = points; }
    void setMaxLines(int lines) { m_maxLines = lines; }
    // Draws vertical rules between columns (for forms filled in by hand).
    void setGrid(bool grid) { m_grid = grid; }
    void addRow(const QStringList &cells);
    // Forces the header on the next row (after something else was drawn between rows).
    void restartHeader() { m_headerPage = -1; }
    int rowCount() const { return m_rows; }

private:
    void drawHeader();
    void drawVerticalRules(qreal top, qreal bottom);
    qreal columnX(int column) const;
    qreal columnWidth(int column) const;

    PageFlow &m_flow;
    QList<Column> m_columns;
    qreal m_fontSize;
    qreal m_totalWeight = 0;
    qreal m_minRowHeight = 0;
    int m_maxLines = 3;
    bool m_grid = false;
    int m_headerPage = -1;
    int m_rows = 0;
};
