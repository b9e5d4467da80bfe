// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vCard import: 2.1 with quoted-printable soft line breaks, 3.0 folded, 4.0; the guest import's
// rules and line numbers of the vCard file; a round trip through the export; fuzzed.
#include "exchange/vcardexport.h"
#include "exchange/vcardimport.h"
#include "exchange/vcardreader.h"
#include "house/openvenue.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QRandomGenerator>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray PhoneBook =
    // 2.1 from an old phone: bare types, QUOTED-PRINTABLE in Latin-1 with a soft line break.
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;Herr;\r\n"
    "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:J=FCrgen M=FCller\r\n"
    "TEL;CELL;PREF:+49 151 23456789\r\n"
    "TEL;HOME:+49 30 1234567\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Prefers a room away from the lift=0D=0Aand early =\r\n"
    "breakfast\r\n"
    "END:VCARD\r\n"
    // 3.0: folded lines, a group, escaped text, several e-mails, categories, an address.
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Petrosyan;Aram;;;\r\n"
    "FN:Aram Petrosyan\r\n"
    "item1.EMAIL;TYPE=INTERNET:aram@example.am\r\n"
    "EMAIL;TYPE=INTERNET,WORK:aram.p@work.example.com\r\n"
    "BDAY:1979-03-21\r\n"
    "ORG:Ararat Tours\\, LLC\r\n"
    "ADR;TYPE=HOME:;;Abovyan 12;Yerevan;;0001;Armenia\r\n"
    "CATEGORIES:wine,quiet room\r\n"
    "NOTE:Allergic to nuts\\; carries an epipen. Asks for the sea view roo\r\n"
    " m every time.\r\n"
    "END:VCARD\r\n"
    // 4.0 with only FN, a tel: URI and a year-less birthday (kept out).
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Nino Beridze\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+995-599-12-34-56\r\n"
    "BDAY:--0714\r\n"
    "LANG:ka\r\n"
    "END:VCARD\r\n";

} // namespace

TEST_CASE("vCard reader: 2.1 quoted-printable, 3.0 folding and escapes, 4.0 URIs", "[vcard][import]")
{
    auto contacts = VCardReader::read(PhoneBook, u"book.vcf"_s);
    REQUIRE_OK(contacts);
    REQUIRE(contacts->size() == 3);
    const VCardContact &juergen = contacts->at(0);
    CHECK(juergen.line == 1);
    CHECK(juergen.family == u"Müller"_s);
    CHECK(juergen.given == u"Jürgen"_s);
    CHECK(juergen.prefix == u"Herr"_s);
    CHECK(juergen.phones == QStringList{u"+49 151 23456789"_s, u"+49 30 1234567"_s});
    CHECK(juergen.note == u"Prefers a room away from the lift\r\nand early breakfast"_s);
    const VCardContact &aram = contacts->at(1);
    CHECK(aram.line == 10);
    CHECK(aram.emails.size() == 2);
    CHECK(aram.birthday == u"1979-03-21"_s);
    CHECK(aram.organisation == u"Ararat Tours, LLC"_s);
    CHECK(aram.street == u"Abovyan 12"_s);
    CHECK(aram.city == u"Yerevan"_s);
    CHECK(aram.country == u"Armenia"_s);
    CHECK(aram.categories == QStringList{u"wine"_s, u"quiet room"_s});
    CHECK(aram.note == u"Allergic to nuts; carries an epipen. Asks for the sea view room every time."_s);
    const VCardContact &nino = contacts->at(2);
    CHECK(nino.fullName == u"Nino Beridze"_s);
    CHECK(nino.phones == QStringList{u"+995-599-12-34-56"_s});
    CHECK(nino.birthday.isEmpty());
    CHECK(nino.language == u"ka"_s);

    auto unended = VCardReader::read("BEGIN:VCARD\nVERSION:3.0\nFN:A B\n", u"cut.vcf"_s);
    REQUIRE_FALSE(unended);
    CHECK(unended.error().toString() == u"cut.vcf:1: This card has no END:VCARD."_s);
    auto notVCard = VCardReader::read("given_name,family_name\nA,B\n", u"list.csv"_s);
    REQUIRE_FALSE(notVCard);
    CHECK(notVCard.error().line == 1);
    auto latin1 = VCardReader::read("BEGIN:VCARD\nFN:J\xfcrgen\nEND:VCARD\n", u"x.vcf"_s);
    REQUIRE_FALSE(latin1);
    CHECK(latin1.error().line == 2);
}

TEST_CASE("vCard import: guests with the import's rules, problems at the card's line", "[vcard][import]")
{
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(u"AM"_s));
    const QString path = t.filePath(u"book.vcf"_s);
    writeBytes(path, PhoneBook);
    auto dry = VCardImport(t.db()).run(path, {}, true);
    REQUIRE_OK(dry);
    CHECK(dry->problems.isEmpty());
    CHECK(dry->guests == 3);
    CHECK(t.count(u"guests"_s) == 0);
    auto done = VCardImport(t.db()).run(path, {});
    REQUIRE_OK(done);
    CHECK(done->guests == 3);
    CHECK(done->phones == 3);
    CHECK(done->emails == 2);
    CHECK(done->notes == 2);
    CHECK(t.count(u"guest_tags"_s) == 2);
    OpenVenue venue(t.db());
    auto found = venue.search().search(u"Petrosyan"_s, 5);
    REQUIRE_OK(found);
    REQUIRE(found->size() == 1);
    auto aram = venue.guests().find(found->first().uuid);
    REQUIRE_OK(aram);
    CHECK(aram->country == u"AM"_s);
    CHECK(aram->company == u"Ararat Tours, LLC"_s);
    CHECK(aram->birthday == QDate(1979, 3, 21));

    // A bad e-mail in the second card: the problem names the vCard file and that card's line.
    QByteArray bad = PhoneBook;
    bad.replace("aram@example.am", "aram@");
    writeBytes(path, bad);
    TempDatabase other;
    auto refused = VCardImport(other.db()).run(path, {});
    REQUIRE_FALSE(refused);
    INFO(refused.error().toString().toStdString());
    CHECK(refused.error().toString().startsWith(u"book.vcf:10: email: "_s));
    CHECK(other.count(u"guests"_s) == 0);
}

TEST_CASE("vCard import: Innkeep's own export comes back as the same cards", "[vcard][import]")
{
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(u"AM"_s));
    const QString path = t.filePath(u"book.vcf"_s);
    writeBytes(path, PhoneBook);
    REQUIRE_OK(VCardImport(t.db()).run(path, {}));
    const QString first = t.filePath(u"first.vcf"_s);
    REQUIRE_OK(VCardExport(t.db()).write(first, VCardExport::Version::V4));

    TempDatabase other;
    REQUIRE_OK(VenueSettings(other.db()).setPhoneRegion(u"AM"_s));
    auto back = VCardImport(other.db()).run(first, {});
    REQUIRE_OK(back);
    CHECK(back->guests == 3);
    const QString second = other.filePath(u"second.vcf"_s);
    REQUIRE_OK(VCardExport(other.db()).write(second, VCardExport::Version::V4));
    // The same but for the guests' ids.
    const auto withoutIds = [](QByteArray bytes) {
        QList<QByteArray> lines = bytes.split('\n');
        lines.removeIf([](const QByteArray &line) { return line.startsWith("UID:"); });
        return lines;
    };
    CHECK(withoutIds(readBytes(first)) == withoutIds(readBytes(second)));
}

TEST_CASE("vCard import fuzz: any bytes are read whole or refused with a line, never a crash", "[vcard][fuzz]")
{
    QRandomGenerator random(20261202);
    for (int round = 0; round < 3000; ++round) {
        QByteArray text = PhoneBook;
        for (int e = 1 + int(random.bounded(5)); e > 0 && !text.isEmpty(); --e) {
            const qsizetype at = qsizetype(random.bounded(quint32(text.size())));
            switch (random.bounded(5)) {
            case 0: text[at] = char(random.bounded(256)); break;
            case 1: text.remove(at, 1 + qsizetype(random.bounded(30))); break;
            case 2: text.truncate(at); break;
            case 3:
                text.insert(at, QByteArray("\r\n =;:\\,.=0").mid(random.bounded(10), 1 + random.bounded(3)));
                break;
            default: text.insert(at, QByteArray(int(random.bounded(3000)), '=')); break;
            }
        }
        auto read = VCardReader::read(text, u"f.vcf"_s);
        if (!read)
            CHECK(read.error().line >= 1);
    }
}
