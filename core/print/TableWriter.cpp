#include "print/TableWriter.h"

#include "print/PageCanvas.h"
#include "print/PageFlow.h"
#include "print/TextBlock.h"

#include <QPainter>

namespace {
constexpr qreal cellPadding = 4; // points
const QColor ruleColor(0xb0, 0xb0, 0xb0);
const QColor headerFill(0xe8, 0xec, 0xf1);
const QColor stripeFill(0xf6, 0xf7, 0xf9);
} // namespace

TableWriter::TableWriter(PageFlow &flow, QList<Column> columns, qreal fontSize)
    : m_flow(flow), m_columns(std::move(columns)), m_fontSize(fontSize)
{
    for (const Column &c : m_columns)
        m_totalWeight += c.weight;
}

qreal TableWriter::columnX(int column) const
{
    qreal weight = 0;
    for (int i = 0; i < column; ++i)
        weight += m_columns.at(i).weight;
    return m_flow.left() + m_flow.width() * weight / m_totalWeight;
}

qreal TableWriter::columnWidth(int column) const
{
    return m_flow.width() * m_columns.at(column).weight / m_totalWeight;
}

void TableWriter::drawVerticalRules(qreal top, qreal bottom)
{
    QPainter &p = m_flow.painter();
    p.setPen(QPen(ruleColor, 0.5));
    for (int i = 0; i <= m_columns.size(); ++i) {
        const qreal x = i == m_columns.size() ? m_flow.left() + m_flow.width() : columnX(i);
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
}

void TableWriter::drawHeader()
{
    PageCanvas &canvas = m_flow.canvas();
    const QFont font = canvas.font(m_fontSize * 0.9, QFont::Bold);
    QList<TextBlock> cells;
    qreal height = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        cells << TextBlock::wrap(canvas, m_columns.at(i).title, font, columnWidth(i) - 2 * cellPadding, 2);
        height = qMax(height, cells.last().height());
    }
    height += 2 * cellPadding;
    QPainter &p = m_flow.painter();
    const qreal top = m_flow.y();
    p.fillRect(QRectF(m_flow.left(), top, m_flow.width(), height), headerFill);
    p.setPen(Qt::black);
    for (int i = 0; i < cells.size(); ++i)
        cells.at(i).draw(p, QPointF(columnX(i) + cellPadding, top + cellPadding), columnWidth(i) - 2 * cellPadding);
    if (m_grid)
        drawVerticalRules(top, top + height);
    m_flow.advance(height);
    m_headerPage = m_flow.page();
}

void TableWriter::addRow(const QStringList &cells)
{
    PageCanvas &canvas = m_flow.canvas();
    QList<TextBlock> blocks;
    qreal height = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QFont font = canvas.font(m_fontSize, m_columns.at(i).bold ? QFont::DemiBold : QFont::Normal);
        blocks << TextBlock::wrap(canvas, cells.value(i), font, columnWidth(i) - 2 * cellPadding, m_maxLines);
        height = qMax(height, blocks.last().height());
    }
    height = qMax(height + 2 * cellPadding, m_minRowHeight);
    const qreal headerRoom = 3 * canvas.metrics(canvas.font(m_fontSize)).height();
    if (m_flow.ensure(height + (m_headerPage == m_flow.page() ? 0 : headerRoom)) || m_headerPage != m_flow.page())
        drawHeader();
    QPainter &p = m_flow.painter();
    const qreal top = m_flow.y();
    if (!m_grid && m_rows % 2 == 1)
        p.fillRect(QRectF(m_flow.left(), top, m_flow.width(), height), stripeFill);
    p.setPen(Qt::black);
    for (int i = 0; i < blocks.size(); ++i)
        blocks.at(i).draw(p, QPointF(columnX(i) + cellPadding, top + cellPadding), columnWidth(i) - 2 * cellPadding);
    if (m_grid)
        drawVerticalRules(top, top + height);
    p.setPen(QPen(ruleColor, 0.5));
    p.drawLine(QPointF(m_flow.left(), top + height), QPointF(m_flow.left() + m_flow.width(), top + height));
    m_flow.advance(height);
    ++m_rows;
}
