#pragma once

#include <QToolButton>

// "Insert Field": a menu of the placeholders a text may hold (the
// participant's fields, the event's, a certificate's), each by its name for
// people; choosing one says which placeholder to insert ("{organisation}").
class FieldPicker : public QToolButton
{
    Q_OBJECT
public:
    explicit FieldPicker(QWidget *parent = nullptr);
    // Certificates add the signatory, the date of issue and the verification code.
    void setCertificate(bool certificate);
    // The placeholders offered ("{organisation}"), in menu order.
    QStringList placeholders() const;

signals:
    void placeholderChosen(const QString &placeholder);

private:
    void rebuild();
    bool m_certificate = false;
};
