#pragma once

#include <QString>

#include <optional>
#include <vector>

// The documents Podium prints.
enum class DocumentKind { Programme, Timetable, Badges, RoomSigns, AttendeeList, SignInSheets, SpeakerList, Certificates };

// What each document is called on the command line and in the GUI, and which options it takes.
class DocumentKinds
{
public:
    static const std::vector<DocumentKind> &all();
    // "programme", "badges"... (the word after `podium-cli export`).
    static QString key(DocumentKind kind);
    static std::optional<DocumentKind> fromKey(const QString &key);
    static QString label(DocumentKind kind);
    static QString description(DocumentKind kind);

    // Badges take their paper from the label sheet; the others from --paper.
    static bool usesPaper(DocumentKind kind) { return kind != DocumentKind::Badges; }
    static bool usesLabelSheet(DocumentKind kind) { return kind == DocumentKind::Badges; }
    // Badges, lists and certificates are about the participants; the others only about the programme.
    static bool usesParticipants(DocumentKind kind)
    {
        return kind == DocumentKind::Badges || kind == DocumentKind::AttendeeList || kind == DocumentKind::SignInSheets
            || kind == DocumentKind::Certificates;
    }
    // Documents listing participants can be narrowed to one category.
    static bool usesCategory(DocumentKind kind);
    static bool usesUnprinted(DocumentKind kind) { return kind == DocumentKind::Badges; }
    static bool usesAllRegistered(DocumentKind kind) { return kind == DocumentKind::Certificates; }
    // Documents printed for people can be reprinted for a few of them.
    static bool usesOnly(DocumentKind kind) { return kind == DocumentKind::Badges || kind == DocumentKind::Certificates; }
    // Badges and certificates print from a design (issue 21), with the printer's calibration.
    static bool usesDesign(DocumentKind kind) { return kind == DocumentKind::Badges || kind == DocumentKind::Certificates; }
    static bool usesRoomsPerPage(DocumentKind kind) { return kind == DocumentKind::Timetable; }
    static bool usesBlankLines(DocumentKind kind) { return kind == DocumentKind::SignInSheets; }
    // Documents with colour printed to the paper's edge when asked (for a print shop).
    static bool usesBleed(DocumentKind kind) { return kind == DocumentKind::Programme || kind == DocumentKind::RoomSigns; }
};
