#pragma once

#include "designer/PreviewParticipants.h"

#include <QImage>
#include <QWidget>

class DesignEditor;
class PrintData;
class QComboBox;
class QLabel;
class QLineEdit;
struct DesignSide;

// The design as it prints for one participant, front and back, painted by the
// same DesignPainter as the PDF: choose the longest name, a CJK name, one of
// each category, or anyone by name or code. The canvas shows the same person.
class DesignPreview : public QWidget
{
    Q_OBJECT
public:
    explicit DesignPreview(DesignEditor *editor, QWidget *parent = nullptr);

    // The event's participants and programme (null: only placeholders).
    void setData(const PrintData *data);
    const PrintData *data() const { return m_data; }
    QList<PreviewParticipants::Choice> choices() const { return m_choices; }
    void choose(int index);
    const PreviewParticipants::Choice &choice() const { return m_choice; }
    // What the design prints for the chosen participant.
    DesignSubject subject() const;
    // The sides as last painted (tests, screenshots).
    QImage front() const { return m_front; }
    QImage back() const { return m_back; }

public slots:
    void refresh();

signals:
    // Another participant is shown: the canvas paints them too.
    void subjectChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    int layoutMargin() const;
    QImage paintSide(const DesignSide &side, const DesignSubject &subject, QString *error) const;
    void findOther();

    DesignEditor *m_editor;
    const PrintData *m_data = nullptr;
    QList<PreviewParticipants::Choice> m_choices;
    PreviewParticipants::Choice m_choice;
    QComboBox *m_chooser;
    QLineEdit *m_other;
    QLabel *m_frontLabel;
    QLabel *m_backLabel;
    QLabel *m_note;
    QImage m_front;
    QImage m_back;
};
