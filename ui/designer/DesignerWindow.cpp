#include "designer/DesignerWindow.h"
#include "document/PermissionGate.h"

#include "design/DesignJson.h"
#include "design/DesignPainter.h"
#include "designer/CalibrationDialog.h"
#include "designer/DesignCanvas.h"
#include "designer/DesignEditor.h"
#include "designer/DesignPreview.h"
#include "designer/DesignSettingsPanel.h"
#include "designer/DesignerScene.h"
#include "designer/DesignerView.h"
#include "designer/ElementListPanel.h"
#include "designer/ElementPropertiesPanel.h"
#include "designer/ImageImport.h"
#include "designer/PrintJob.h"
#include "document/EventDocument.h"
#include "widgets/ThemeIcons.h"
#include "print/DocumentRenderer.h"
#include "print/ImageCanvas.h"
#include "print/LabelSheet.h"
#include "print/PdfExport.h"
#include "storage/DesignRepository.h"
#include "storage/EventStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace {
QScrollArea *scrolling(QWidget *panel)
{
    auto *area = new QScrollArea;
    area->setWidget(panel);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // panels scroll down, never across
    return area;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

DesignerWindow::DesignerWindow(EventDocument *document, QWidget *parent)
    : QMainWindow(parent), m_document(document), m_editor(new DesignEditor(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("designerWindow"));
    // The metrics text is fitted with: those of this screen, so that the canvas draws the renderer's layout.
    m_metrics = std::make_unique<ImageCanvas>(QPageLayout(QPageSize(QSizeF(10, 10), QPageSize::Millimeter), QPageLayout::Portrait, QMarginsF()),
                                              logicalDpiY(), 1);
    if (m_document) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto data = PrintData::load(m_document->store());
        QApplication::restoreOverrideCursor();
        if (data)
            m_data = std::move(data).value();
        else
            QMessageBox::warning(this, tr("Badge Designer"), data.error());
    }
    m_canvas = new DesignCanvas(m_editor, this);
    setCentralWidget(m_canvas);
    m_preview = new DesignPreview(m_editor, this);
    createActions();
    createDocks();
    m_preview->setData(m_data ? &*m_data : nullptr);

    connect(m_editor, &DesignEditor::designChanged, this, [this] {
        updateSubject();
        updateTitle();
        updateActions();
    });
    connect(m_editor, &DesignEditor::imagesChanged, this, [this] {
        m_images = imageHash();
        m_canvas->refresh();
    });
    connect(m_editor, &DesignEditor::selectionChanged, this, &DesignerWindow::updateActions);
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, &DesignerWindow::updateTitle);
    connect(m_preview, &DesignPreview::subjectChanged, this, [this] {
        updateSubject();
        m_canvas->refresh();
    });
    connect(m_canvas->view(), &DesignerView::filesDropped, this, &DesignerWindow::dropImages);
    m_canvas->setElementPainter([this](QPainter &painter, const DesignElement &element) { return paintElement(painter, element); });
    newDesign(Design::Kind::Badge);
    resize(1280, 820);
}

DesignerWindow::~DesignerWindow()
{
    // The views go while the editor they talk to is still there (a scene clearing its
    // selection tells the editor).
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    qDeleteAll(docks);
    delete m_canvas;
}

void DesignerWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Design"));
    QMenu *newMenu = file->addMenu(tr("&New"));
    QAction *newBadge = newMenu->addAction(tr("&Badge"), this, [this] {
        if (maybeSave())
            newDesign(Design::Kind::Badge);
    });
    newBadge->setShortcut(QKeySequence::New);
    newMenu->addAction(tr("&Certificate"), this, [this] {
        if (maybeSave())
            newDesign(Design::Kind::Certificate);
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &DesignerWindow::chooseAndOpen);
    file->addAction(tr("&Save into the Event"), QKeySequence::Save, this, &DesignerWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &DesignerWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Import from JSON…"), this, &DesignerWindow::chooseAndImport);
    file->addAction(tr("E&xport to JSON…"), this, &DesignerWindow::chooseAndExport);
    file->addSeparator();
    QAction *print = file->addAction(tr("&Print…"), QKeySequence::Print, this, &DesignerWindow::print);
    print->setIcon(ThemeIcons::icon(QStringLiteral("document-print")));
    file->addAction(tr("Print a Proo&f…"), this, &DesignerWindow::printProof)
        ->setToolTip(tr("Only the participant shown in the preview"));
    file->addAction(tr("Export P&DF…"), this, &DesignerWindow::exportPdf);
    file->addAction(tr("Printer &Calibration…"), this, &DesignerWindow::calibratePrinter);
    file->addSeparator();
    file->addAction(tr("C&lose"), QKeySequence::Close, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(ThemeIcons::icon(QStringLiteral("edit-undo")));
    m_redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(ThemeIcons::icon(QStringLiteral("edit-redo")));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    m_duplicate = edit->addAction(tr("&Duplicate"), this, &DesignerWindow::duplicateSelected);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_remove = edit->addAction(tr("De&lete"), this, [this] { m_editor->removeElement(m_editor->selected()); });
    m_remove->setShortcut(QKeySequence::Delete);
    m_raise = edit->addAction(tr("Bring &Forward"), this, [this] {
        m_editor->moveElement(m_editor->selected(), m_editor->selected() + 1);
    });
    m_raise->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    m_lower = edit->addAction(tr("Send &Backward"), this, [this] {
        m_editor->moveElement(m_editor->selected(), m_editor->selected() - 1);
    });
    m_lower->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));

    m_insertMenu = menuBar()->addMenu(tr("&Insert"));
    const QList<QPair<QString, DesignElement::Type>> types{
        {tr("&Text"), DesignElement::Type::Text},
        {tr("&QR Code"), DesignElement::Type::QrCode},
        {tr("&Image…"), DesignElement::Type::Image},
        {tr("&Rectangle or Band"), DesignElement::Type::Rectangle},
        {tr("The Participant's &Sessions"), DesignElement::Type::SessionList},
        {tr("Standard &Badge"), DesignElement::Type::StandardFace}};
    for (const auto &type : types) {
        QAction *action = m_insertMenu->addAction(type.first, this, [this, t = type.second] { addElement(t); });
        if (type.second == DesignElement::Type::Text)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_front = view->addAction(tr("&Front Side"), this, [this] { m_editor->setSide(DesignEditor::Side::Front); });
    m_back = view->addAction(tr("&Back Side"), this, [this] { m_editor->setSide(DesignEditor::Side::Back); });
    m_front->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_back->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    for (QAction *side : {m_front, m_back})
        side->setCheckable(true);
    connect(m_editor, &DesignEditor::sideChanged, this, [this](DesignEditor::Side side) {
        m_front->setChecked(side == DesignEditor::Side::Front);
        m_back->setChecked(side == DesignEditor::Side::Back);
    });
    m_front->setChecked(true);
    view->addSeparator();
    DesignerView *canvasView = m_canvas->view();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, canvasView, &DesignerView::zoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, canvasView, &DesignerView::zoomOut);
    QAction *trueSize = view->addAction(tr("&True Size"), QKeySequence(Qt::CTRL | Qt::Key_0), canvasView,
                                        [canvasView] { canvasView->setZoom(1); });
    trueSize->setToolTip(tr("The label as large as it prints"));
    QAction *whole = view->addAction(tr("&Whole Label"), QKeySequence(Qt::CTRL | Qt::Key_9), canvasView, &DesignerView::zoomToFit);
    zoomIn->setIcon(ThemeIcons::icon(QStringLiteral("zoom-in")));
    zoomOut->setIcon(ThemeIcons::icon(QStringLiteral("zoom-out")));
    trueSize->setIcon(ThemeIcons::icon(QStringLiteral("zoom-original")));
    whole->setIcon(ThemeIcons::icon(QStringLiteral("zoom-fit-best")));
    view->addSeparator();
    QAction *snap = view->addAction(tr("&Snap to Edges and Grid"));
    snap->setCheckable(true);
    snap->setChecked(true);
    auto *zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(zoomLabel);
    auto showZoom = [zoomLabel](qreal zoom) { zoomLabel->setText(tr("%1 % of the true size").arg(qRound(zoom * 100))); };
    connect(canvasView, &DesignerView::zoomChanged, zoomLabel, showZoom);
    showZoom(canvasView->zoom());
    connect(snap, &QAction::toggled, this, [this](bool on) { m_canvas->scene()->setSnapping(on); });
    QAction *grid = view->addAction(tr("&Grid of 1 mm"));
    grid->setCheckable(true);
    grid->setChecked(true);
    connect(grid, &QAction::toggled, this, [this](bool on) { m_canvas->scene()->setGrid(on ? 1 : 0); });

    QToolBar *tools = addToolBar(tr("Designer"));
    tools->setObjectName(QStringLiteral("designerTools"));
    tools->setToolButtonStyle(Qt::ToolButtonIconOnly);
    tools->addAction(m_undo);
    tools->addAction(m_redo);
    tools->addSeparator();
    tools->addAction(print);
    tools->addSeparator();
    for (QAction *zoom : {zoomOut, zoomIn, trueSize, whole})
        tools->addAction(zoom);
    tools->addSeparator();
    tools->addAction(m_front);
    tools->addAction(m_back);
    // What has no icon (the sides; a theme without zoom-original) shows its words.
    for (QAction *action : tools->actions())
        if (auto *button = qobject_cast<QToolButton *>(tools->widgetForAction(action)); button && action->icon().isNull())
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void DesignerWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        addDockWidget(area, d);
        return d;
    };
    auto *addButton = new QAction(tr("&Add"), this);
    addButton->setMenu(m_insertMenu);
    auto *list = new ElementListPanel(m_editor, {addButton, m_remove, m_raise, m_lower}, this);
    QDockWidget *elements = dock(tr("Elements"), QStringLiteral("elementsDock"), list, Qt::LeftDockWidgetArea);
    QDockWidget *design = dock(tr("Design"), QStringLiteral("designDock"), scrolling(new DesignSettingsPanel(m_editor)),
                               Qt::LeftDockWidgetArea);
    tabifyDockWidget(elements, design);
    elements->raise();
    auto *properties = new ElementPropertiesPanel(m_editor);
    properties->setObjectName(QStringLiteral("properties"));
    QDockWidget *props = dock(tr("Properties"), QStringLiteral("propertiesDock"), scrolling(properties), Qt::RightDockWidgetArea);
    QDockWidget *preview = dock(tr("Preview"), QStringLiteral("previewDock"), scrolling(m_preview), Qt::RightDockWidgetArea);
    tabifyDockWidget(props, preview);
    props->raise();
    resizeDocks({elements, props}, {290, 330}, Qt::Horizontal);
    // Enter on an element of the list goes to the label, where the arrow keys move it.
    connect(list->list(), &QListWidget::itemActivated, this, [this] { m_canvas->view()->setFocus(); });
    // Keyboard: the list, the canvas, the properties in reading order.
    setTabOrder(list->list(), m_canvas->view());
}

void DesignerWindow::newDesign(Design::Kind kind, const QString &preset)
{
    Design design;
    design.kind = kind;
    if (kind == Design::Kind::Certificate) {
        design.size = QSizeF(297, 210); // A4 landscape
    } else {
        const auto sheet = LabelSheet::byKey(preset.isEmpty() ? LabelSheet::defaultSheet().key : preset);
        design.preset = sheet ? sheet.value().key : QString();
        design.size = sheet ? sheet.value().label : LabelSheet::defaultSheet().label;
    }
    m_savedName.clear();
    const QList<DesignImage> images = m_document ? DesignRepository(m_document->store()).images().value() : QList<DesignImage>{};
    m_editor->load(design, images, false);
    showWholeLabel();
}

bool DesignerWindow::openDesign(const QString &name)
{
    if (!m_document)
        return false;
    const DesignRepository designs(m_document->store());
    auto design = designs.byName(name);
    auto images = designs.images();
    if (!design || !images) {
        QMessageBox::warning(this, tr("Open Design"), design ? images.error() : design.error());
        return false;
    }
    m_editor->load(design.value(), images.value());
    m_savedName = design.value().name;
    showWholeLabel();
    updateTitle();
    return true;
}

void DesignerWindow::chooseAndOpen()
{
    if (!m_document || !maybeSave())
        return;
    const auto names = DesignRepository(m_document->store()).names();
    const QString standard = tr("Podium's standard badge (to start from)");
    QStringList items = names ? names.value() : QStringList();
    items << standard;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Open Design"), tr("&Design:"), items, 0, false, &ok);
    if (!ok)
        return;
    if (chosen != standard) {
        openDesign(chosen);
        return;
    }
    Design design = Design::standardBadge(LabelSheet::defaultSheet().label);
    design.name.clear(); // saved under a name of the user's
    design.preset = LabelSheet::defaultSheet().key;
    m_savedName.clear();
    m_editor->load(design, DesignRepository(m_document->store()).images().value(), false);
}

bool DesignerWindow::save()
{
    const QString name = m_editor->design().name.trimmed();
    if (name.isEmpty())
        return saveAs();
    return saveNamed(name);
}

bool DesignerWindow::saveAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Design"), tr("&Name of the design:"), QLineEdit::Normal,
                                               m_editor->design().name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return false;
    return saveNamed(name);
}

bool DesignerWindow::saveNamed(const QString &name)
{
    if (!m_document || !PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Programme)) {
        QMessageBox::information(this, tr("Save Design"),
                                 m_document && !m_document->isReadOnly()
                                     ? PermissionGate::of(m_document).refusal(PermissionGate::Area::Programme)
                                     : tr("The event is open read-only: export the design to JSON instead."));
        return false;
    }
    const DesignRepository designs(m_document->store());
    const bool renamed = name.compare(m_savedName, Qt::CaseInsensitive) != 0;
    if (renamed && designs.byName(name).ok()
        && QMessageBox::question(this, tr("Save Design"), tr("The event already has a design “%1”. Replace it?").arg(name))
            != QMessageBox::Yes)
        return false;
    Design design = m_editor->design();
    design.name = name;
    const Status saved = designs.import(design, m_editor->usedImages(), true);
    if (!saved) {
        QMessageBox::warning(this, tr("Save Design"), saved.error());
        return false;
    }
    if (design.name != m_editor->design().name)
        m_editor->edit(design, tr("Rename design"));
    m_editor->markSaved();
    m_savedName = name;
    m_document->notifyChanged(EventDocument::DesignsPart);
    report(tr("Saved the design “%1” into the event").arg(name));
    updateTitle();
    return true;
}

bool DesignerWindow::importJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import Design"), tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const auto parsed = DesignJson::fromJson(file.readAll(), QDir::toNativeSeparators(path));
    if (!parsed) {
        QMessageBox::warning(this, tr("Import Design"), parsed.error());
        return false;
    }
    QList<DesignImage> images = parsed.value().images;
    if (m_document)
        for (const DesignImage &image : DesignRepository(m_document->store()).images().value())
            images.append(image);
    m_savedName.clear();
    m_editor->load(parsed.value().design, images, false);
    showWholeLabel();
    report(tr("Imported the design “%1”: save it to keep it in the event").arg(parsed.value().design.name));
    return true;
}

bool DesignerWindow::exportJson(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(DesignJson::toJson(m_editor->design(), m_editor->usedImages())) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Export Design"), tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    report(tr("Exported the design to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DesignerWindow::chooseAndImport()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Design"), documentsFolder(), tr("Podium designs (*.json)"));
    if (!path.isEmpty())
        importJson(path);
}

void DesignerWindow::chooseAndExport()
{
    const QString name = m_editor->design().name.isEmpty() ? tr("design") : m_editor->design().name;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Design"), documentsFolder() + QLatin1Char('/') + name
                                                          + QStringLiteral(".json"),
                                                      tr("Podium designs (*.json)"));
    if (!path.isEmpty())
        exportJson(path);
}

PrintOptions DesignerWindow::printOptions(bool proof) const
{
    const Design &design = m_editor->design();
    PrintOptions o;
    o.kind = design.kind == Design::Kind::Certificate ? DocumentKind::Certificates : DocumentKind::Badges;
    o.design = design;
    o.designImages = m_images;
    const auto sheet = LabelSheet::byKey(design.preset);
    o.labelSheet = !design.preset.isEmpty() && sheet ? sheet.value()
                                                     : LabelSheet::labelPrinter(QStringLiteral("design"), design.name, design.size);
    if (proof && !m_preview->choice().placeholders) {
        o.onlyParticipants = QSet<ParticipantId>{m_preview->choice().participant.id};
        o.allRegistered = true; // a proof certificate for someone not checked in yet
    }
    return o;
}

void DesignerWindow::print()
{
    if (!m_data)
        return;
    const PrintJob::Outcome outcome = PrintJob::print(this, *m_data, printOptions(false), m_editor->design().name);
    if (outcome.printed)
        report(tr("Sent the design “%1” to the printer %2").arg(m_editor->design().name, outcome.printerName));
    else if (!outcome.error.isEmpty() && outcome.error != DocumentRenderer::cancelledMessage())
        QMessageBox::warning(this, tr("Print"), outcome.error);
}

void DesignerWindow::printProof()
{
    if (!m_data)
        return;
    const PrintJob::Outcome outcome = PrintJob::print(this, *m_data, printOptions(true), m_editor->design().name);
    if (!outcome.error.isEmpty() && outcome.error != DocumentRenderer::cancelledMessage())
        QMessageBox::warning(this, tr("Print a Proof"), outcome.error);
}

void DesignerWindow::exportPdf()
{
    if (!m_data)
        return;
    const QString name = m_editor->design().name.isEmpty() ? tr("badges") : m_editor->design().name;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), documentsFolder() + QLatin1Char('/') + name
                                                          + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    int pages = 0;
    const QString error = PrintJob::withProgress(this, [&](const PrintProgress &progress) {
        const auto written = PdfExport::write(*m_data, printOptions(false), path, true, progress);
        pages = written ? written.value() : 0;
        return written ? Status() : Status::failure(written.error());
    });
    if (error.isEmpty())
        report(tr("Exported %n page(s) to %1", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    else if (error != DocumentRenderer::cancelledMessage())
        QMessageBox::warning(this, tr("Export PDF"), error);
}

void DesignerWindow::calibratePrinter()
{
    CalibrationDialog(QString(), this).exec();
}

void DesignerWindow::addElement(DesignElement::Type type)
{
    const QSizeF size = m_editor->design().size;
    const qreal margin = qMin(5.0, size.width() / 10);
    DesignElement e;
    e.type = type;
    switch (type) {
    case DesignElement::Type::Text:
        e = DesignElement::textElement(QRectF(margin, size.height() / 3, size.width() - 2 * margin, 12), QStringLiteral("{full_name}"), 24, 12, 700,
                                       DesignElement::HAlign::Centre);
        break;
    case DesignElement::Type::QrCode:
        e = DesignElement::qrElement(QRectF((size.width() - 22) / 2, size.height() - 27, 22, 22));
        break;
    case DesignElement::Type::Image: {
        const QString id = ImageImport::fromFile(this, m_editor);
        if (id.isEmpty())
            return;
        e = DesignElement::imageElement(QRectF(margin, margin, size.width() / 3, size.height() / 6), id);
        break;
    }
    case DesignElement::Type::Rectangle:
        e = DesignElement::rectangleElement(QRectF(0, size.height() - 12, size.width(), 12), QColor(0x2e, 0x6d, 0xb4));
        break;
    case DesignElement::Type::SessionList:
        e.box = QRectF(margin, margin, size.width() - 2 * margin, size.height() / 2);
        e.maxPoints = 9;
        e.minPoints = 6;
        break;
    case DesignElement::Type::StandardFace:
        e.box = QRectF(QPointF(0, 0), size);
        e.collapseWhenEmpty = false;
        break;
    }
    m_editor->addElement(e);
    m_canvas->view()->setFocus(); // the arrow keys now move it
}

void DesignerWindow::dropImages(const QStringList &paths, const QPointF &at)
{
    // Each image where it was dropped, a third of the label wide; refused files say why.
    QStringList problems;
    QPointF corner = at;
    for (const QString &path : paths) {
        QString error;
        const QString id = ImageImport::fromPath(path, m_editor, &error);
        if (id.isEmpty()) {
            problems << error;
            continue;
        }
        const QSizeF size = m_editor->design().size;
        m_editor->addElement(DesignElement::imageElement(QRectF(corner, QSizeF(size.width() / 3, size.height() / 6)), id));
        corner += QPointF(3, 3);
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Add Image"), problems.join(QLatin1Char('\n')));
    m_canvas->view()->setFocus();
}

void DesignerWindow::duplicateSelected()
{
    const DesignElement *selected = m_editor->selectedElement();
    if (!selected)
        return;
    DesignElement copy = *selected;
    copy.box.translate(2, 2);
    m_editor->addElement(copy);
}

bool DesignerWindow::maybeSave()
{
    if (!m_editor->isModified() || (m_editor->design().front.elements.isEmpty() && m_editor->design().back.elements.isEmpty()))
        return true;
    const auto answer = QMessageBox::question(this, tr("Badge Designer"),
                                              tr("Save the changes to the design “%1” into the event?")
                                                  .arg(m_editor->design().name.isEmpty() ? tr("Untitled") : m_editor->design().name),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void DesignerWindow::showWholeLabel()
{
    // True size when the label fits the window, else as large as fits.
    DesignerView *view = m_canvas->view();
    view->setZoom(1);
    if (isVisible() && view->zoomFitting() < 1)
        view->zoomToFit();
}

void DesignerWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        QCoreApplication::processEvents(); // the docks take their room first
        showWholeLabel();
    }
}

void DesignerWindow::closeForEventChange()
{
    if (m_editor->isModified() && !m_editor->design().front.elements.isEmpty()
        && QMessageBox::question(this, tr("Badge Designer"),
                                 tr("The event closes. Save the changes to the design “%1” into it first?")
                                     .arg(m_editor->design().name.isEmpty() ? tr("Untitled") : m_editor->design().name),
                                 QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save)
            == QMessageBox::Save)
        save();
    m_closing = true;
    close();
}

void DesignerWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing || maybeSave())
        event->accept();
    else
        event->ignore();
}

void DesignerWindow::updateTitle()
{
    const Design &d = m_editor->design();
    const QString kind = d.kind == Design::Kind::Certificate ? tr("Certificate Designer") : tr("Badge Designer");
    setWindowTitle(tr("%1 — %2[*]").arg(kind, d.name.isEmpty() ? tr("Untitled") : d.name));
    setWindowModified(m_editor->isModified());
}

void DesignerWindow::updateActions()
{
    const int selected = m_editor->selected();
    const int count = int(m_editor->elements().size());
    m_remove->setEnabled(selected >= 0);
    m_duplicate->setEnabled(selected >= 0);
    m_raise->setEnabled(selected >= 0 && selected < count - 1);
    m_lower->setEnabled(selected > 0);
    m_back->setEnabled(m_editor->design().hasBack() || m_editor->side() == DesignEditor::Side::Back);
}

void DesignerWindow::updateSubject()
{
    m_subject = m_preview->subject();
}

QHash<QString, DesignImage> DesignerWindow::imageHash() const
{
    QHash<QString, DesignImage> images;
    for (const DesignImage &image : m_editor->images())
        images.insert(image.id, image);
    return images;
}

bool DesignerWindow::paintElement(QPainter &painter, const DesignElement &element)
{
    // The element alone on a side, drawn by the renderer in points for the previewed participant.
    const Design &design = m_editor->design();
    DesignSide alone;
    alone.elements = {element};
    const DesignPainter renderer(*m_metrics, design, m_images);
    const QList<DesignPainter::Placed> placed = renderer.place(alone, m_subject);
    if (placed.isEmpty() || !placed.first().shown)
        return false;
    painter.scale(1 / PageCanvas::pointsPerMm, 1 / PageCanvas::pointsPerMm);
    return renderer.paint(painter, alone, m_subject).ok();
}

void DesignerWindow::report(const QString &message)
{
    statusBar()->showMessage(message, 8000);
    if (m_document)
        m_document->reportDone(message);
}
