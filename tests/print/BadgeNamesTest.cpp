// Badges read at two metres: for names that break naive layouts, the PDF's own
// text positions (pdftotext -bbox-layout) show the name as the largest text
// and every word inside its badge.
#include "support/PdfText.h"
#include "support/StoreUnderTest.h"

#include "model/Event.h"
#include "print/LabelSheet.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"

#include <QLocale>
#include <QSet>

namespace {

struct HardName
{
    const char *what;
    QString title, first, last;
};

QList<HardName> hardNames()
{
    return {
        {"60 characters", QStringLiteral("Prof. Dr. Dr. h.c."), QStringLiteral("Maximiliane-Konstanze Alexandrina"),
         QStringLiteral("von Hohenzollern-Sigmaring")},
        {"one 65-letter word", QString(), QString(), QStringLiteral("Pneumonoultramicroscopicsilicovolcanoconiosisandhippopotomonstros")},
        {"Chinese", QString(), QStringLiteral("小明"), QStringLiteral("欧阳")},
        {"Korean", QString(), QStringLiteral("민준"), QStringLiteral("김")},
        {"Arabic", QString(), QStringLiteral("محمد"), QStringLiteral("عبد الرحمن الهاشمي")},
        {"Hebrew", QString(), QStringLiteral("אברהם"), QStringLiteral("בן־דוד")},
        {"combining accents", QString(), QStringLiteral("Thi\u0323 Hu\u031Bo\u031B\u0300ng"), QStringLiteral("Nguye\u0302\u0303n")},
        {"a single letter", QString(), QString(), QStringLiteral("Q")},
    };
}

const QString organisation = QStringLiteral("Luxembourg Institute of Health");
const QString position = QStringLiteral("Head of Unit");

Event namesEvent()
{
    Event event;
    event.name = QStringLiteral("Names Conference");
    event.firstDay = QDate(2026, 3, 2);
    event.lastDay = event.firstDay;
    return event;
}

QString datesOf(const Event &event)
{
    return QLocale(QLocale::English).toString(event.firstDay, QStringLiteral("d MMMM yyyy"));
}

QSet<QString> wordsOf(const QStringList &texts)
{
    QSet<QString> words;
    for (const QString &text : texts)
        for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words << w;
    return words;
}

// The event with one registered speaker per hard name, where the test cases run: its location.
// `codes` (when given) receives their registration codes.
QString addHardNames(const test::TempDir &dir, const Event &event, QStringList *codes = nullptr)
{
    QString location;
    const auto store = test::createTestEvent(dir, event, &location, QStringLiteral("names"));
    for (const HardName &n : hardNames()) {
        Person person;
        person.title = n.title;
        person.firstName = n.first;
        person.lastName = n.last;
        person.organisation = organisation;
        person.position = position;
        const auto id = store->people().insert(person);
        REQUIRE(id.ok());
        Participant participant;
        participant.personId = id.value();
        participant.category = ParticipantCategory::Speaker;
        REQUIRE(store->participants().insert(participant).ok());
    }
    if (codes)
        for (const Participant &p : store->participants().all().value())
            *codes << p.code;
    return location;
}

} // namespace

TEST_CASE("Hard names print as the largest text on the badge, inside the badge, on every layout", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext"))); // poppler-utils (build.sh installs it)
    test::TempDir dir;
    const Event event = namesEvent();
    QStringList codes;
    const QString location = addHardNames(dir, event, &codes);
    // Every word that is not the name: the others' texts, the honorifics, the codes.
    QSet<QString> others = wordsOf({organisation, position, QStringLiteral("SPEAKER"), event.name, datesOf(event),
                                    QStringLiteral("No photos, please")});
    for (const HardName &n : hardNames())
        others += wordsOf({n.title});
    for (const QString &code : codes)
        others << code;

    for (const LabelSheet &sheet : LabelSheet::builtIn()) {
        INFO(sheet.key.toStdString());
        const QString pdf = dir.path(sheet.key + QStringLiteral(".pdf"));
        const auto run = test::runCli({QStringLiteral("export"), QStringLiteral("badges"), location, QStringLiteral("-o"), pdf,
                                       QStringLiteral("--layout"), sheet.key});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        int badges = 0;
        for (const QList<test::PdfWord> &words : test::pdfWords(pdf)) {
            // Per label: the smallest name word and the largest other word (a word's box is as high as its type is large).
            QHash<int, qreal> smallestName, largestOther;
            for (const test::PdfWord &w : words) {
                int label = -1;
                for (int i = 0; i < sheet.perPage(); ++i)
                    if (sheet.labelRect(i).contains(w.box.center()))
                        label = i;
                INFO(w.text.toStdString());
                REQUIRE(label >= 0);
                CHECK(sheet.labelRect(label).adjusted(-0.2, -0.2, 0.2, 0.2).contains(w.box));
                const bool isName = !others.contains(w.text);
                if (isName)
                    smallestName[label] = qMin(smallestName.value(label, 1e9), w.box.height());
                else
                    largestOther[label] = qMax(largestOther.value(label, 0), w.box.height());
            }
            for (auto it = smallestName.cbegin(); it != smallestName.cend(); ++it) {
                INFO("label " << it.key() << ": name " << it.value() << " pt high, other text up to " << largestOther.value(it.key()));
                CHECK(it.value() > largestOther.value(it.key()));
                ++badges;
            }
        }
        CHECK(badges == hardNames().size());
    }
}

TEST_CASE("Hard names print as the largest text on certificates, inside the page", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext"))); // poppler-utils (build.sh installs it)
    test::TempDir dir;
    const Event event = namesEvent();
    const QString location = addHardNames(dir, event);
    const QString pdf = dir.path(QStringLiteral("certificates.pdf"));
    const auto run = test::runCli({QStringLiteral("export"), QStringLiteral("certificates"), location, QStringLiteral("-o"), pdf,
                                   QStringLiteral("--all")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QSet<QString> others = wordsOf({organisation, event.name, datesOf(event), QStringLiteral("Certificate of Attendance"),
                                    QStringLiteral("This is to certify that"), QStringLiteral("attended held on"),
                                    QStringLiteral("For the organisers")});
    const QRectF a4(0, 0, 595.3, 841.9);
    const QList<QList<test::PdfWord>> pages = test::pdfWords(pdf);
    CHECK(pages.size() == hardNames().size());
    for (const QList<test::PdfWord> &words : pages) {
        qreal smallestName = 1e9, largestOther = 0;
        for (const test::PdfWord &w : words) {
            INFO(w.text.toStdString());
            CHECK(a4.contains(w.box));
            if (others.contains(w.text))
                largestOther = qMax(largestOther, w.box.height());
            else
                smallestName = qMin(smallestName, w.box.height());
        }
        CHECK(smallestName > largestOther);
    }
}

TEST_CASE("CJK names print family name first, in a bold CJK face", "[stores]")
{
    REQUIRE((test::haveProgram(QStringLiteral("pdftotext")) && test::haveProgram(QStringLiteral("pdffonts"))));
    test::TempDir dir;
    const QString location = addHardNames(dir, namesEvent());
    const QString pdf = dir.path(QStringLiteral("badges.pdf"));
    REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("badges"), location, QStringLiteral("-o"), pdf}).exitCode == 0);
    // NFKC: the font maps some glyphs back to look-alike Kangxi radicals (⼩ for 小).
    const QString text = test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out.normalized(QString::NormalizationForm_KC);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("欧阳小明")));
    CHECK(text.contains(QStringLiteral("김민준")));
    CHECK_FALSE(text.contains(QStringLiteral("小明欧阳")));
    // fonts-noto-cjk (build.sh installs it) has a real bold face: no faked or missing letters.
    const auto fonts = test::runProgram(QStringLiteral("pdffonts"), {pdf});
    INFO(fonts.out.toStdString());
    CHECK(fonts.out.contains(QRegularExpression(QStringLiteral("NotoSansCJK\\S*-Bold"))));
}
