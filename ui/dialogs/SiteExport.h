#pragma once

class EventDocument;
class QWidget;

// File ▸ Export Web Site…: the site's language and folder, then the export
// podium-cli export site does too.
class SiteExport
{
public:
    static void exportSite(QWidget *parent, EventDocument *document);
};
