#pragma once

#include <QWidget>

class QListWidget;
class QLabel;
class QPushButton;

// What the main window shows while no event is open: the three ways in (a new
// event, a file, the demo) and the events opened lately, so a first start is
// never an empty window with greyed-out pages.
class WelcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

signals:
    void newEventRequested();
    void openRequested();
    void serverRequested();
    void demoRequested();
    void manualRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
    QLabel *m_recentTitle;
    QLabel *m_noRecent;
};
