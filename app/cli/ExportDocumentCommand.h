#pragma once

#include "cli/CliCommand.h"

#include "print/DocumentKind.h"
#include "print/PrintOptions.h"

class EventStore;

// `podium-cli export programme|timetable|badges|signs|attendees|signin|speakers|certificates`:
// one command for every printed document, registered once per document. The
// options a document does not take are refused with a sentence, not ignored.
class ExportDocumentCommand : public CliCommand
{
public:
    explicit ExportDocumentCommand(DocumentKind kind) : m_kind(kind) {}
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;

private:
    // Fills the options from the command line; prints why not and returns false.
    bool readOptions(const QCommandLineParser &parser, PrintOptions &options);
    // Loads the --design named (with its images) into the options; prints why not and returns false.
    bool useDesign(const EventStore &file, const QCommandLineParser &parser, PrintOptions &options);
    bool refuseUnused(const QCommandLineParser &parser, const QString &option, bool used);
    DocumentKind m_kind;
};
