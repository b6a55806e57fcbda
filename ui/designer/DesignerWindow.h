#pragma once

#include "design/Design.h"
#include "design/DesignSubject.h"
#include "print/PrintData.h"
#include "print/PrintOptions.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class DesignCanvas;
class DesignEditor;
class DesignPreview;
class EventDocument;
class ImageCanvas;
class QAction;

// The badge and certificate designer: the label at true size with its
// elements, the element list, the properties of the selected element and of
// the design, a preview with real participants, and its own undo. Designs are
// saved into the event (DesignRepository), exported and imported as JSON,
// printed through the operating system's print dialog or as PDF by the same
// renderer as every badge.
class DesignerWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit DesignerWindow(EventDocument *document, QWidget *parent = nullptr);
    ~DesignerWindow() override;

    DesignEditor *editor() const { return m_editor; }
    DesignCanvas *canvas() const { return m_canvas; }
    DesignPreview *preview() const { return m_preview; }

    // Starts a design of this kind on the label of `preset` (a LabelSheet key; "" the default).
    void newDesign(Design::Kind kind, const QString &preset = QString());
    // Opens the event's design of this name; false (saying why) when there is none.
    bool openDesign(const QString &name);
    // Saves into the event file; asks for a name when the design has none.
    bool save();
    bool saveAs();
    // Reads a design exported from another event (its images with it); not saved until Save.
    bool importJson(const QString &path);
    bool exportJson(const QString &path);
    // What printing the design means: the badges (or certificates) the Print page would print
    // by default, on the design's label; `proof`: only the participant previewed.
    PrintOptions printOptions(bool proof) const;
    // The event is about to close: offers to save a modified design (no cancelling), then closes.
    void closeForEventChange();

public slots:
    void chooseAndOpen();
    void chooseAndImport();
    void chooseAndExport();
    void print();
    void printProof();
    void exportPdf();
    void calibratePrinter();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createDocks();
    void addElement(DesignElement::Type type);
    void duplicateSelected();
    void dropImages(const QStringList &paths, const QPointF &at);
    // Asks whether to save a modified design; false when the user cancels.
    bool maybeSave();
    bool saveNamed(const QString &name);
    void updateTitle();
    void showWholeLabel();
    void updateActions();
    void updateSubject();
    bool paintElement(QPainter &painter, const DesignElement &element);
    QHash<QString, DesignImage> imageHash() const;
    void report(const QString &message);

    QPointer<EventDocument> m_document;
    std::optional<PrintData> m_data;
    DesignEditor *m_editor;
    DesignCanvas *m_canvas;
    DesignPreview *m_preview;
    QString m_savedName; // the name the design has in the event file; "" when not there
    // What the canvas paints: the previewed participant, the images, the fonts' metrics.
    DesignSubject m_subject;
    QHash<QString, DesignImage> m_images;
    std::unique_ptr<ImageCanvas> m_metrics;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_raise = nullptr;
    QAction *m_lower = nullptr;
    QAction *m_front = nullptr;
    QAction *m_back = nullptr;
    QMenu *m_insertMenu = nullptr;
    bool m_shown = false;
    bool m_closing = false; // closing without asking (the event went away)
};
