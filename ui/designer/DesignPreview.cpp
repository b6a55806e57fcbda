#include "designer/DesignPreview.h"

#include "design/DesignPainter.h"
#include "designer/DesignEditor.h"
#include "print/ImageCanvas.h"
#include "print/PrintData.h"

#include <QPainter>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QResizeEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// The preview's largest resolution: a 90 mm badge about 300 pixels wide.
constexpr qreal largestDpi = 85;
} // namespace

DesignPreview::DesignPreview(DesignEditor *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("previewChooser"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(10);
    form->addRow(tr("Preview &for:"), m_chooser);
    m_other = new QLineEdit(this);
    m_other->setObjectName(QStringLiteral("previewOther"));
    m_other->setPlaceholderText(tr("A name or registration code, then Enter"));
    m_other->setClearButtonEnabled(true);
    form->addRow(tr("&Other participant:"), m_other);
    layout->addLayout(form);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_frontLabel = new QLabel(this);
    m_backLabel = new QLabel(this);
    for (QLabel *label : {m_frontLabel, m_backLabel}) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        // The picture follows the panel's width, never the other way round.
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        layout->addWidget(label);
    }
    layout->addStretch(1);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int index) { choose(index); });
    connect(m_other, &QLineEdit::returnPressed, this, &DesignPreview::findOther);
    connect(m_editor, &DesignEditor::designChanged, this, &DesignPreview::refresh);
    connect(m_editor, &DesignEditor::imagesChanged, this, &DesignPreview::refresh);
    setData(nullptr);
}

void DesignPreview::setData(const PrintData *data)
{
    m_data = data;
    m_choices = data ? PreviewParticipants::choices(*data) : QList<PreviewParticipants::Choice>{};
    if (!data)
        m_choices.append({tr("Field names, as placeholders"), true, {}, {}, {}});
    const QSignalBlocker block(m_chooser);
    m_chooser->clear();
    for (const auto &choice : std::as_const(m_choices))
        m_chooser->addItem(choice.label);
    m_other->setEnabled(data);
    choose(0);
}

void DesignPreview::choose(int index)
{
    if (index < 0 || index >= m_choices.size())
        return;
    if (m_chooser->currentIndex() != index) {
        const QSignalBlocker block(m_chooser);
        m_chooser->setCurrentIndex(index);
    }
    m_choice = m_choices.at(index);
    refresh();
    emit subjectChanged();
}

void DesignPreview::findOther()
{
    if (!m_data)
        return;
    const auto found = PreviewParticipants::find(*m_data, m_other->text());
    if (!found) {
        m_note->setText(tr("No participant matches “%1”.").arg(m_other->text().trimmed()));
        return;
    }
    m_choices.append(*found);
    m_chooser->addItem(found->label);
    choose(int(m_choices.size()) - 1);
}

DesignSubject DesignPreview::subject() const
{
    static const PrintData none;
    return PreviewParticipants::subject(m_data ? *m_data : none, m_editor->design(), m_choice);
}

QImage DesignPreview::paintSide(const DesignSide &side, const DesignSubject &subject, QString *error) const
{
    const Design &design = m_editor->design();
    const QPageLayout layout(QPageSize(design.size, QPageSize::Millimeter), QPageLayout::Portrait, QMarginsF());
    // As wide as the panel allows (the panel scrolls down, not across).
    const qreal fitting = (width() - 2 * layoutMargin()) * 25.4 / qMax(10.0, design.size.width());
    ImageCanvas canvas(layout, qBound(30.0, fitting, largestDpi), 1);
    canvas.beginPage();
    QHash<QString, DesignImage> images;
    for (const DesignImage &image : m_editor->images())
        images.insert(image.id, image);
    const Status painted = DesignPainter(canvas, design, images).paint(canvas.painter(), side, subject);
    canvas.finish();
    if (!painted) {
        *error = painted.error();
        return QImage();
    }
    return canvas.pages().value(0);
}

int DesignPreview::layoutMargin() const
{
    const QMargins m = layout()->contentsMargins();
    return qMax(m.left(), m.right()) + 2;
}

void DesignPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Painted for the width it has once shown, not the one it had in a hidden tab.
    QTimer::singleShot(0, this, &DesignPreview::refresh);
}

void DesignPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        refresh();
}

void DesignPreview::refresh()
{
    const Design &design = m_editor->design();
    QString error;
    const DesignSubject subject = this->subject();
    m_front = design.size.isEmpty() ? QImage() : paintSide(design.front, subject, &error);
    m_back = design.hasBack() && error.isEmpty() ? paintSide(design.back, subject, &error) : QImage();
    // What printing would refuse, said while designing.
    if (const Status valid = design.validate(); error.isEmpty() && !valid)
        error = valid.error();
    m_note->setText(error);
    auto show = [](QLabel *label, const QImage &image, const QString &name) {
        label->setVisible(!image.isNull());
        if (image.isNull())
            return;
        // A thin frame shows where the label ends on a white side.
        QPixmap framed = QPixmap::fromImage(image);
        QPainter painter(&framed);
        painter.setPen(QColor(0, 0, 0, 90));
        painter.drawRect(framed.rect().adjusted(0, 0, -1, -1));
        painter.end();
        label->setPixmap(framed);
        label->setToolTip(name);
        label->setAccessibleName(name);
    };
    show(m_frontLabel, m_front, tr("Front"));
    show(m_backLabel, m_back, tr("Back"));
}
