#include "widgets/WrappedText.h"

#include <QFontMetricsF>
#include <QTextLayout>

QStringList WrappedText::lines(const QString &text, const QFont &font, double width, int maxLines)
{
    QStringList result;
    if (maxLines <= 0 || width <= 0)
        return result;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (int(result.size()) == maxLines - 1) {
            const QString rest = text.mid(line.textStart()).trimmed();
            result << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        result << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return result;
}
