#pragma once

#include <QDialog>

class QTextBrowser;

// Help ▸ Manual: the organisers' manual (docs/manual, built in as a resource),
// read offline in a browser with back/forward and links between chapters.
class ManualDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ManualDialog(QWidget *parent = nullptr);
    // The manual's first page in the interface language when there is one, else English.
    static QUrl homePage();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
