#pragma once

#include <QString>

// Text from the event made safe for HTML: every title, name and abstract
// goes through here, so `<script>` in a title shows as text.
class HtmlText
{
public:
    // & < > " ' escaped: safe in element content and quoted attributes.
    static QString escape(const QString &text);
    // Plain text as paragraphs: blank lines split them, single newlines become <br>.
    static QString paragraphs(const QString &text);
    // An http(s) or mailto URL as an escaped href, or empty for anything else (javascript:...).
    static QString safeHref(const QString &url);
};
