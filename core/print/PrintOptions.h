#pragma once

#include "model/Vocabulary.h"
#include "print/DocumentKind.h"
#include "print/LabelSheet.h"

#include <QPageSize>

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
    std::optional<RegistrationStatus> status;
    bool unprintedOnly = false;
    // Certificates: everyone registered rather than those checked in.
    bool allRegistered = false;
    bool cropMarks = false;
    // Badges of participants who did not consent to photos carry a small mark.
    bool noPhotoMark = true;

    // "a4", "a5", "a3", "letter".
    static std::optional<QPageSize::PageSizeId> paperFromKey(const QString &key);
    static QString paperKey(QPageSize::PageSizeId paper);
    static QStringList paperKeys();
};
