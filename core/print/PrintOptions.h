#pragma once

#include "design/Design.h"
#include "design/DesignImage.h"
#include "model/Participant.h"
#include "model/Vocabulary.h"
#include "print/DocumentKind.h"
#include "print/LabelSheet.h"
#include "print/PrinterCalibration.h"

#include <QHash>
#include <QPageSize>
#include <QSet>

#include <functional>
#include <optional>

// Called as pages are rendered: done of total steps. Returning false cancels.
using PrintProgress = std::function<bool(int done, int total)>;

// Everything that decides what a printed document contains and how it is laid out.
struct PrintOptions
{
    DocumentKind kind = DocumentKind::Programme;
    // Paper for every document but badges (which use the label sheet's).
    QPageSize::PageSizeId paper = QPageSize::A4;
    LabelSheet labelSheet = LabelSheet::defaultSheet();
    // Participants: only this category / status; only badges not printed yet.
    std::optional<ParticipantCategory> category;
    // No status: the document's default (badges: registered only; lists: all but cancelled).
    std::optional<RegistrationStatus> status;
    bool unprintedOnly = false;
    // A reprint: only these participants, whatever the filters above (none when the set is empty).
    std::optional<QSet<ParticipantId>> onlyParticipants;
    // Certificates: everyone registered rather than those checked in.
    bool allRegistered = false;
    bool cropMarks = false;
    // Programme cover and room signs: colour to the paper's edge (3 mm beyond it, on a larger
    // sheet with crop marks) for a print shop; otherwise everything stays inside the printable area.
    bool bleed = false;
    // Timetable: rooms side by side on one page; 0 chooses so that no title is below 7 pt.
    int roomsPerPage = 0;
    // Sign-in sheets: blank lines for sessions other than plenaries; -1: the session's expected attendance.
    int blankLines = -1;
    // Badges of participants who did not consent to photos carry a small mark.
    bool noPhotoMark = true;
    // Badges and certificates: what they show (DesignRepository loads designs by name);
    // none: Podium's standard badge and certificate.
    std::optional<Design> design;
    // The images the design shows, by DesignImage::id.
    QHash<QString, DesignImage> designImages;
    // Badges and certificates: the printer's measured offset and scale.
    PrinterCalibration calibration;

    // "a4", "a5", "a3", "letter".
    static std::optional<QPageSize::PageSizeId> paperFromKey(const QString &key);
    static QString paperKey(QPageSize::PageSizeId paper);
    static QStringList paperKeys();
    // Nothing but deliberate bleed prints nearer the sheet's edge than this (office printers clip 4-5 mm).
    static constexpr qreal printableMarginMm = 5;
};
