#include "widgets/EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>

EmptyState *EmptyState::install(QAbstractItemView *view, std::function<QString()> text)
{
    return new EmptyState(view, std::move(text));
}

EmptyState::EmptyState(QAbstractItemView *view, std::function<QString()> text)
    : QLabel(view->viewport()), m_view(view), m_text(std::move(text))
{
    setObjectName(QStringLiteral("emptyState"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    setFont(bigger);
    view->viewport()->installEventFilter(this);
    hide();
    auto watch = [this](QAbstractItemModel *model) {
        if (!model)
            return;
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::update);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::update);
    };
    watch(view->model());
    update();
}

void EmptyState::update()
{
    const QAbstractItemModel *model = m_view->model();
    const QString text = model && model->rowCount() == 0 ? m_text() : QString();
    setText(text);
    setVisible(!text.isEmpty());
    place();
}

void EmptyState::place()
{
    const QRect area = m_view->viewport()->rect();
    const int width = qMin(area.width() - 40, 560);
    setGeometry(area.center().x() - width / 2, area.top() + 40, width, qMin(area.height() - 40, 160));
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}
