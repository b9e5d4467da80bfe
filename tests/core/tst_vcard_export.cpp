// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vCard export, read back by a real parser (Debian's python3-vobject), in versions 3.0 and 4.0.
#include "exchange/vcardexport.h"
#include "filemode.h"
#include "house/openvenue.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

// Every card of `path` as vobject reads it: fn, n, emails, tels, bday, categories, note, uid.
QJsonArray parsed(const QString &path)
{
    const char *script = R"(
import json, sys, vobject
out = []
with open(sys.argv[1], encoding='utf-8', newline='') as f:
    for card in vobject.readComponents(f.read()):
        c = card.contents
        def values(key):
            return [str(x.value) if not isinstance(x.value, list) else [str(v) for v in x.value] for x in c.get(key, [])]
        n = card.n.value if 'n' in c else None
        out.append({'fn': card.fn.value, 'family': n.family if n else '', 'given': n.given if n else '',
                    'email': values('email'), 'tel': values('tel'), 'bday': values('bday'),
                    'categories': values('categories'), 'note': values('note'), 'uid': values('uid'),
                    'org': values('org'), 'version': card.version.value})
print(json.dumps(out, ensure_ascii=False))
)";
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromUtf8(script), path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace

TEST_CASE("vCard export: 3.0 and 4.0 files that python3-vobject reads, with every field", "[vcard][export]")
{
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(u"AM"_s));
    OpenVenue venue(t.db());
    Guest nino;
    nino.givenName = u"ნინო"_s;
    nino.familyName = u"ბერიძე"_s;
    nino.latinGivenName = u"Nino"_s;
    nino.latinFamilyName = u"Beridze"_s;
    nino.emails = {u"nino@example.ge"_s, u"n.beridze@work.example.com"_s};
    nino.phones = {u"+995 599 12 34 56"_s};
    nino.birthday = QDate(1990, 7, 14);
    nino.company = u"Tbilisi Wine; Co, Ltd"_s;
    nino.city = u"Tbilisi"_s;
    nino.country = u"GE"_s;
    nino.tags = {u"wine"_s, u"quiet room"_s};
    auto stored = venue.guests().add(nino);
    REQUIRE_OK(stored);
    // A long note in Georgian: folded across lines, never inside a character.
    const QString note = u"სტუმარს ურჩევნია მაღალი სართული, მშვიდი ოთახი და ქართული ღვინო; "
                         "allergic to nuts, line two\nand a third"_s;
    REQUIRE_OK(venue.guests().addNote(stored->uuid, note));
    Guest plain;
    plain.givenName = u"John"_s;
    plain.familyName = u"Smith"_s;
    REQUIRE_OK(venue.guests().add(plain));

    for (const auto &[version, token] :
         {std::pair{VCardExport::Version::V3, u"3.0"_s}, std::pair{VCardExport::Version::V4, u"4.0"_s}}) {
        INFO(token.toStdString());
        const QString path = t.filePath(u"guests-"_s + token + u".vcf"_s);
        auto written = VCardExport(t.db()).write(path, version);
        REQUIRE_OK(written);
        CHECK(*written == 2);
        CHECK(modeOf(path) == 0600);
        const QByteArray bytes = readBytes(path);
        for (const QByteArray &line : bytes.split('\n'))
            CHECK(line.size() <= 76); // 75 octets and the CR
        const QJsonArray cards = parsed(path);
        REQUIRE(cards.size() == 2);
        const QJsonObject card = cards.at(0).toObject();
        CHECK(card.value(u"version"_s).toString() == token);
        CHECK(card.value(u"fn"_s).toString() == u"ნინო ბერიძე"_s);
        CHECK(card.value(u"family"_s).toString() == u"ბერიძე"_s);
        CHECK(card.value(u"email"_s).toArray().size() == 2);
        CHECK(card.value(u"tel"_s).toArray().first().toString().endsWith(u"+995599123456"_s));
        CHECK(card.value(u"bday"_s).toArray().first().toString().remove(u'-') == u"19900714"_s);
        CHECK(card.value(u"note"_s).toArray().first().toString() == note);
        CHECK(card.value(u"uid"_s).toArray().first().toString().endsWith(stored->uuid));
        const QJsonArray categories = card.value(u"categories"_s).toArray().first().toArray();
        CHECK(categories.size() == 2);
        CHECK(QJsonDocument(card.value(u"org"_s).toArray()).toJson().contains("Tbilisi Wine; Co, Ltd"));
        CHECK(cards.at(1).toObject().value(u"fn"_s).toString() == u"John Smith"_s);
    }
}

TEST_CASE("vCard export: escaping and folding rules", "[vcard]")
{
    CHECK(VCardExport::escape(u"a,b;c\\d\ne"_s) == u"a\\,b\\;c\\\\d\\ne"_s);
    const QByteArray folded = VCardExport::fold(u"NOTE:"_s + QString(200, u'ა'));
    for (const QByteArray &line : folded.split('\n')) {
        CHECK(line.size() <= 76);
        CHECK(QString::fromUtf8(line).toUtf8() == line); // no character cut in two
    }
}
