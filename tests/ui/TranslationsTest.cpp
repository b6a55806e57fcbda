#include "support/TestSupport.h"

#include "MainWindow.h"
#include "model/Vocabulary.h"
#include "models/ParticipantTableModel.h"
#include "pages/ParticipantsPage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>
#include <set>

// The French and German translations shipped with Podium: the .ts files are
// complete and keep every placeholder, mnemonic and tag of the source, the
// .qm files built by CMake hold exactly what the .ts files say, and the main
// window really comes up in French or German.

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList forms;
};

QString tsPath(const QString &language)
{
    return QStringLiteral(PODIUM_SOURCE_DIR "/resources/translations/podium_%1.ts").arg(language);
}

QString qmPath(const QString &language)
{
    return QStringLiteral(PODIUM_QM_DIR "/podium_%1.qm").arg(language);
}

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.forms << xml.readElementText();
                messages << message;
            }
        } else if (name == QLatin1String("numerusform")) {
            message.forms << xml.readElementText();
            if (message.forms.size() == 2) // the languages shipped have two forms
                messages << message;
        }
    }
    INFO(path.toStdString() << ": " << xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

std::set<QString> matches(const QString &text, const QRegularExpression &pattern)
{
    std::set<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

std::set<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9]|n)"));
    return matches(text, pattern);
}

std::multiset<QString> tags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?[A-Za-z][^>]*>"));
    std::multiset<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// The mnemonic letters of a text ("&&" is a literal ampersand).
QString mnemonics(const QString &text)
{
    QString letters;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&'))
            ++i;
        else if (!text[i + 1].isSpace())
            letters += text[i + 1].toLower();
    }
    return letters;
}

std::unique_ptr<QTranslator> loadTranslator(const QString &language)
{
    INFO("Build the podium target first: it compiles the .qm files into " PODIUM_QM_DIR);
    REQUIRE(QFileInfo::exists(qmPath(language)));
    auto translator = std::make_unique<QTranslator>();
    REQUIRE(translator->load(qmPath(language)));
    return translator;
}

// Installs a translator for the lifetime of the guard.
class InstalledTranslator
{
public:
    explicit InstalledTranslator(QTranslator &translator) : m_translator(translator)
    {
        REQUIRE(QCoreApplication::installTranslator(&m_translator));
    }
    ~InstalledTranslator() { QCoreApplication::removeTranslator(&m_translator); }
    InstalledTranslator(const InstalledTranslator &) = delete;
    InstalledTranslator &operator=(const InstalledTranslator &) = delete;

private:
    QTranslator &m_translator;
};

struct WindowTexts
{
    QStringList menuTitles;
    QList<QStringList> menuActions; // per menu, the texts of its direct actions
    QStringList pages;              // sidebar items
    QStringList pageClasses;
};

WindowTexts windowTexts()
{
    MainWindow window;
    WindowTexts texts;
    for (QAction *menuAction : window.menuBar()->actions()) {
        texts.menuTitles << menuAction->text();
        QStringList actions;
        if (QMenu *menu = menuAction->menu()) {
            for (QAction *action : menu->actions())
                if (!action->isSeparator())
                    actions << action->text();
        }
        texts.menuActions << actions;
    }
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    auto *stack = sidebar->parentWidget()->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(stack);
    REQUIRE(stack->count() == sidebar->count());
    for (int i = 0; i < sidebar->count(); ++i) {
        texts.pages << sidebar->item(i)->text();
        texts.pageClasses << QString::fromLatin1(stack->widget(i)->metaObject()->className());
    }
    return texts;
}

void requireDistinctMnemonics(const QStringList &texts, const QString &where)
{
    QString seen;
    for (const QString &text : texts) {
        for (QChar letter : mnemonics(text)) {
            INFO(where.toStdString() << ": mnemonic '" << QString(letter).toStdString() << "' of \""
                                     << text.toStdString() << "\" is used twice");
            CHECK_FALSE(seen.contains(letter));
            seen += letter;
        }
    }
}

} // namespace

TEST_CASE("The French and German translations answer the main menu titles")
{
    const auto fr = loadTranslator(QStringLiteral("fr"));
    CHECK(fr->translate("MainWindow", "&File") == QStringLiteral("&Fichier"));
    CHECK(fr->translate("MainWindow", "&Edit") == QStringLiteral("É&dition"));
    CHECK(fr->translate("MainWindow", "&Undo") == QStringLiteral("&Annuler"));
    CHECK(fr->translate("MainWindow", "&Quit") == QStringLiteral("&Quitter"));
    CHECK(fr->translate("MainWindow", "&Help") == QStringLiteral("&Aide"));

    const auto de = loadTranslator(QStringLiteral("de"));
    CHECK(de->translate("MainWindow", "&File") == QStringLiteral("&Datei"));
    CHECK(de->translate("MainWindow", "&Edit") == QStringLiteral("&Bearbeiten"));
    CHECK(de->translate("MainWindow", "&Redo") == QStringLiteral("&Wiederholen"));
    CHECK(de->translate("MainWindow", "&Preferences…") == QStringLiteral("&Einstellungen…"));
    CHECK(de->translate("MainWindow", "&Help") == QStringLiteral("&Hilfe"));
}

TEST_CASE("Plural forms follow each language's rule")
{
    const auto fr = loadTranslator(QStringLiteral("fr"));
    const auto de = loadTranslator(QStringLiteral("de"));
    const auto en = loadTranslator(QStringLiteral("en"));
    {
        // French uses the singular for 0 and 1, German and English only for 1.
        InstalledTranslator french(*fr);
        CHECK(QCoreApplication::translate("PeoplePage", "%n people", nullptr, 0) == QStringLiteral("0 personne"));
        CHECK(QCoreApplication::translate("PeoplePage", "%n people", nullptr, 1) == QStringLiteral("1 personne"));
        CHECK(QCoreApplication::translate("PeoplePage", "%n people", nullptr, 2) == QStringLiteral("2 personnes"));
    }
    {
        InstalledTranslator german(*de);
        CHECK(QCoreApplication::translate("PeoplePage", "%n people", nullptr, 0) == QStringLiteral("0 Personen"));
        CHECK(QCoreApplication::translate("PeoplePage", "%n people", nullptr, 1) == QStringLiteral("1 Person"));
    }
    {
        InstalledTranslator english(*en);
        CHECK(QCoreApplication::translate("PeoplePage", "%n people", nullptr, 1) == QStringLiteral("1 person"));
        CHECK(QCoreApplication::translate("PeoplePage", "%n people", nullptr, 7) == QStringLiteral("7 people"));
    }
}

TEST_CASE("Every message is translated and keeps its placeholders, mnemonic and tags")
{
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")}) {
        const QList<TsMessage> messages = readTs(tsPath(language));
        REQUIRE_FALSE(messages.isEmpty());
        const auto translator = loadTranslator(language);
        for (const TsMessage &m : messages) {
            INFO(language.toStdString() << " " << m.context.toStdString() << ": \"" << m.source.toStdString() << "\"");
            CHECK(m.type.isEmpty()); // finished, and still in the sources
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            for (int i = 0; i < m.forms.size(); ++i) {
                const QString &t = m.forms[i];
                INFO("translation: \"" << t.toStdString() << "\"");
                CHECK_FALSE(t.trimmed().isEmpty());
                std::set<QString> expected = placeholders(m.source);
                if (m.numerus && i == 0 && !t.contains(QLatin1String("%n")))
                    expected.erase(QStringLiteral("%n")); // "the first page" may spell out the one
                CHECK(placeholders(t) == expected);
                CHECK(tags(t) == tags(m.source));
                CHECK(mnemonics(t).size() == mnemonics(m.source).size());
                CHECK(t.count(QLatin1Char('\n')) == m.source.count(QLatin1Char('\n')));
                CHECK(t.endsWith(QStringLiteral("…")) == m.source.endsWith(QStringLiteral("…")));
                // The .qm built by CMake says the same as the .ts.
                if (!m.numerus) {
                    CHECK(translator->translate(context, source, disambiguation) == t);
                } else {
                    // Form 0 is the singular: n = 1 in all three languages.
                    const int n = i == 0 ? 1 : 5;
                    CHECK(translator->translate(context, source, disambiguation, n) == t);
                }
            }
        }
    }
}

TEST_CASE("The main window comes up in English, French and German with distinct mnemonics")
{
    const WindowTexts english = windowTexts();
    REQUIRE(english.menuTitles.size() >= 3);
    requireDistinctMnemonics(english.menuTitles, QStringLiteral("menu bar"));
    for (int i = 0; i < english.menuTitles.size(); ++i)
        requireDistinctMnemonics(english.menuActions[i], english.menuTitles[i]);
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("de")}) {
        const auto translator = loadTranslator(language);
        InstalledTranslator installed(*translator);
        const WindowTexts translated = windowTexts();
        INFO("language " << language.toStdString());
        REQUIRE(translated.menuTitles.size() == english.menuTitles.size());
        requireDistinctMnemonics(translated.menuTitles, QStringLiteral("menu bar"));
        for (int i = 0; i < english.menuTitles.size(); ++i) {
            INFO("menu " << english.menuTitles[i].toStdString());
            CHECK(translated.menuTitles[i] != english.menuTitles[i]);
            REQUIRE(translated.menuActions[i].size() == english.menuActions[i].size());
            for (int j = 0; j < english.menuActions[i].size(); ++j) {
                INFO("action " << english.menuActions[i][j].toStdString());
                CHECK(translated.menuActions[i][j] != english.menuActions[i][j]);
            }
            requireDistinctMnemonics(translated.menuActions[i], translated.menuTitles[i]);
        }
        REQUIRE(translated.pages.size() == english.pages.size());
        for (int i = 0; i < english.pages.size(); ++i) {
            const QString expected = translator->translate(english.pageClasses[i].toUtf8().constData(),
                                                           english.pages[i].toUtf8().constData());
            INFO("page " << english.pages[i].toStdString());
            CHECK_FALSE(expected.isEmpty());
            CHECK(translated.pages[i] == expected);
        }
    }
    const auto fr = loadTranslator(QStringLiteral("fr"));
    InstalledTranslator installed(*fr);
    const WindowTexts french = windowTexts();
    CHECK(french.menuTitles.contains(QStringLiteral("&Fichier")));
    CHECK(french.menuTitles.contains(QStringLiteral("É&dition")));
    CHECK(french.menuTitles.contains(QStringLiteral("&Aide")));
    CHECK(french.pages.first() == QStringLiteral("Vue d’ensemble"));
}

namespace {
template <typename E>
QStringList labelsOf()
{
    QStringList labels;
    for (E value : Vocabulary<E>::values())
        labels << toLabel(value);
    return labels;
}
} // namespace

TEST_CASE("The participants table's columns fit their titles and list labels in every language, at large text sizes")
{
    // Users with poor sight set large system fonts: fixed pixel widths would cut the titles.
    const QFont normal = QApplication::font();
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 2);
    QApplication::setFont(large);
    struct RestoreFont
    {
        QFont font;
        ~RestoreFont() { QApplication::setFont(font); }
    } restore{normal};
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")}) {
        const auto translator = loadTranslator(language);
        InstalledTranslator installed(*translator);
        ParticipantsPage page;
        auto *view = page.findChild<QTableView *>();
        REQUIRE(view);
        QHeaderView *header = view->horizontalHeader();
        const QFontMetrics metrics(header->font());
        for (int c = 0; c < header->count() - 1; ++c) { // the last one stretches
            const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
            INFO(language.toStdString() << ": " << title.toStdString());
            CHECK(header->sectionSize(c) >= metrics.horizontalAdvance(title));
        }
        // The closed lists show whole labels ("Patientenorganisation", "Teilnehmer(in)").
        const QFontMetrics cells(view->font());
        auto fits = [&](int column, const QStringList &labels) {
            for (const QString &label : labels) {
                INFO(language.toStdString() << ": " << label.toStdString());
                CHECK(header->sectionSize(column) > cells.horizontalAdvance(label));
            }
        };
        fits(ParticipantTableModel::TypeColumn, labelsOf<OrganisationType>());
        fits(ParticipantTableModel::CategoryColumn, labelsOf<ParticipantCategory>());
        fits(ParticipantTableModel::StatusColumn, labelsOf<RegistrationStatus>());
    }
}
