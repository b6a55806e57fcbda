#pragma once

#include "pages/Page.h"
#include "print/PrintData.h"
#include "print/PrintOptions.h"

#include <QTimer>

#include <optional>

class EventDocument;
class LabelSheetEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

// Print: choose a document, its filters, layout and paper; see its first
// pages live; print it or export it as PDF. After badges, offers to mark
// them printed (undoable).
class PrintPage : public Page
{
    Q_OBJECT
public:
    explicit PrintPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Print"); }
    QIcon icon() const override;
    void setDocument(EventDocument *document) override;

    // For tests and the menu: the options as the controls set them.
    PrintOptions options() const;
    // Pages shown in the preview (at most previewPages).
    int previewPageCount() const;
    class PagePreview *preview() const { return m_preview; }
    static constexpr int previewPages = 6;

signals:
    // The user asked for the badge and certificate designer.
    void designerRequested();

public slots:
    void refreshPreview();
    // Badges for these participants only (whatever their status), chosen elsewhere.
    void reprintBadges(const QList<Participant> &participants);
    void print();
    void exportPdf();

private:
    void updateControls();
    void schedulePreview();
    // The event's designs for the chosen document, in the design chooser.
    void updateDesigns();
    // Says why a job failed (not when cancelled); after badges, offers to mark them printed.
    void finishJob(const QString &title, const QString &error);
    void offerToMarkPrinted();
    bool loadData();
    // Who the filters keep, per registration status, and who a reprint would be for.
    void updateCounts(const PrintOptions &options);

    EventDocument *m_document = nullptr;
    std::optional<PrintData> m_data;
    QTimer m_previewTimer;
    QComboBox *m_kind;
    QLabel *m_description;
    QComboBox *m_paper;
    QComboBox *m_layout;
    QComboBox *m_design;
    QList<Design> m_designs; // the event's, as stored
    QHash<QString, DesignImage> m_designImages;
    LabelSheetEditor *m_custom;
    QComboBox *m_category;
    QComboBox *m_status;
    QLabel *m_statusCounts;
    QLineEdit *m_reprint;
    QLabel *m_reprintNote;
    QCheckBox *m_unprinted;
    QCheckBox *m_allRegistered;
    QCheckBox *m_cropMarks;
    QCheckBox *m_photoMark;
    QCheckBox *m_bleed;
    class QSpinBox *m_roomsPerPage;
    class QSpinBox *m_blankLines;
    QPushButton *m_printButton;
    QPushButton *m_exportButton;
    class PagePreview *m_preview;
};
