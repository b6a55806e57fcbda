#pragma once

#include <QString>

struct Person;

// A person's name as printed: honorific apart, given and family names in the
// order of the person's script. Chinese, Japanese and Korean names are written
// family name first and without a space ("王小明"); other names given name first.
// The order is derived from the script: the schema has no per-person setting.
struct PrintedName
{
    QString honorific; // "Prof. Dr. Dr. h.c."
    QString first;     // the line printed large: given name, or the whole CJK name
    QString second;    // the line below: family name (empty for CJK names)

    static PrintedName of(const Person &person);
    static PrintedName of(const QString &honorific, const QString &given, const QString &family);
    // True when the text is written in Han, Kana or Hangul.
    static bool isFamilyFirstScript(const QString &text);
    // The name on one line, without the honorific: "Anna Chioti", "王小明".
    QString oneLine() const;
    // With the honorific: "Dr. Anna Chioti".
    QString withHonorific() const;
};
