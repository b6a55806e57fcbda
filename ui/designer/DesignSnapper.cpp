#include "designer/DesignSnapper.h"

#include <cmath>

DesignSnapper::DesignSnapper(const QSizeF &label, qreal grid, qreal tolerance)
    : m_label(label), m_grid(grid), m_tolerance(tolerance)
{
}

QList<DesignSnapper::Line> DesignSnapper::lines(Qt::Orientation orientation) const
{
    const bool vertical = orientation == Qt::Horizontal; // positions along x are vertical lines
    const qreal length = vertical ? m_label.height() : m_label.width();
    const qreal extent = vertical ? m_label.width() : m_label.height();
    QList<Line> result{{0, 0, length}, {extent / 2, 0, length}, {extent, 0, length}};
    for (const QRectF &r : m_others) {
        const qreal from = vertical ? r.top() : r.left();
        const qreal to = vertical ? r.bottom() : r.right();
        for (qreal at : vertical ? QList<qreal>{r.left(), r.center().x(), r.right()}
                                 : QList<qreal>{r.top(), r.center().y(), r.bottom()})
            result.append({at, from, to});
    }
    return result;
}

bool DesignSnapper::nearest(const QList<qreal> &points, Qt::Orientation orientation, qreal *shift, Line *guide) const
{
    bool found = false;
    for (const Line &line : lines(orientation))
        for (qreal point : points) {
            const qreal d = line.at - point;
            if (std::abs(d) <= m_tolerance && (!found || std::abs(d) < std::abs(*shift))) {
                *shift = d;
                *guide = line;
                found = true;
            }
        }
    return found;
}

qreal DesignSnapper::gridShift(qreal point) const
{
    if (m_grid <= 0)
        return 0;
    return std::round(point / m_grid) * m_grid - point;
}

DesignSnapper::Result DesignSnapper::move(const QRectF &rect) const
{
    Result result{rect, {}};
    if (!m_enabled)
        return result;
    Line guide{};
    qreal dx = 0, dy = 0;
    if (nearest({rect.left(), rect.center().x(), rect.right()}, Qt::Horizontal, &dx, &guide))
        result.guides.append(QLineF(guide.at, qMin(guide.from, rect.top()), guide.at, qMax(guide.to, rect.bottom())));
    else
        dx = gridShift(rect.left());
    if (nearest({rect.top(), rect.center().y(), rect.bottom()}, Qt::Vertical, &dy, &guide))
        result.guides.append(QLineF(qMin(guide.from, rect.left()), guide.at, qMax(guide.to, rect.right()), guide.at));
    else
        dy = gridShift(rect.top());
    result.rect.translate(dx, dy);
    // The guides were computed before the shift along the other axis; extend them to the final rect.
    for (QLineF &line : result.guides) {
        if (line.x1() == line.x2())
            line = QLineF(line.x1(), qMin(line.y1(), result.rect.top()), line.x1(), qMax(line.y2(), result.rect.bottom()));
        else
            line = QLineF(qMin(line.x1(), result.rect.left()), line.y1(), qMax(line.x2(), result.rect.right()), line.y1());
    }
    return result;
}

DesignSnapper::Result DesignSnapper::resize(const QRectF &rect, Edges edges) const
{
    Result result{rect.normalized(), {}};
    QRectF &r = result.rect;
    auto snapEdge = [&](qreal value, Qt::Orientation orientation) {
        if (!m_enabled)
            return value;
        qreal shift = 0;
        Line guide{};
        if (nearest({value}, orientation, &shift, &guide)) {
            const qreal at = value + shift;
            result.guides.append(orientation == Qt::Horizontal ? QLineF(at, qMin(guide.from, r.top()), at, qMax(guide.to, r.bottom()))
                                                               : QLineF(qMin(guide.from, r.left()), at, qMax(guide.to, r.right()), at));
            return at;
        }
        return value + gridShift(value);
    };
    if (edges & Left)
        r.setLeft(qMin(snapEdge(r.left(), Qt::Horizontal), r.right() - minimumSize));
    if (edges & Right)
        r.setRight(qMax(snapEdge(r.right(), Qt::Horizontal), r.left() + minimumSize));
    if (edges & Top)
        r.setTop(qMin(snapEdge(r.top(), Qt::Vertical), r.bottom() - minimumSize));
    if (edges & Bottom)
        r.setBottom(qMax(snapEdge(r.bottom(), Qt::Vertical), r.top() + minimumSize));
    return result;
}
