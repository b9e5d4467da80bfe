// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "preferences/preference.h"

#include <initializer_list>
#include <utility>

namespace innkeep::demo {

namespace {

using Pair = std::pair<const char16_t *, const char16_t *>;

QList<Name> names(std::initializer_list<Pair> list)
{
    QList<Name> out;
    out.reserve(qsizetype(list.size()));
    for (const Pair &pair : list)
        out.append({QString::fromUtf16(pair.first), QString::fromUtf16(pair.second)});
    return out;
}

QList<Name> latinNames(std::initializer_list<const char16_t *> list)
{
    QList<Name> out;
    out.reserve(qsizetype(list.size()));
    for (const char16_t *text : list) {
        const QString name = QString::fromUtf16(text);
        out.append({name, name});
    }
    return out;
}

QStringList strings(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *text : list)
        out.append(QString::fromUtf16(text));
    return out;
}

Culture armenian()
{
    Culture c;
    c.language = QStringLiteral("hy");
    c.countries = {QStringLiteral("AM"), QStringLiteral("AM"), QStringLiteral("AM"),
                   QStringLiteral("RU"), QStringLiteral("FR"), QStringLiteral("US")};
    c.maleNames = names({{u"Արամ", u"Aram"},         {u"Հովհաննես", u"Hovhannes"}, {u"Տիգրան", u"Tigran"},
                         {u"Արմեն", u"Armen"},       {u"Դավիթ", u"Davit"},         {u"Գևորգ", u"Gevorg"},
                         {u"Նարեկ", u"Narek"},       {u"Արթուր", u"Artur"},        {u"Սարգիս", u"Sargis"},
                         {u"Վահե", u"Vahe"},         {u"Կարեն", u"Karen"},         {u"Հայկ", u"Hayk"},
                         {u"Ռուբեն", u"Ruben"},      {u"Էդգար", u"Edgar"},         {u"Արսեն", u"Arsen"},
                         {u"Մհեր", u"Mher"},         {u"Վարդան", u"Vardan"},       {u"Սամվել", u"Samvel"},
                         {u"Անդրանիկ", u"Andranik"}, {u"Գարեգին", u"Garegin"}});
    c.femaleNames = names({{u"Անի", u"Ani"},           {u"Նարինե", u"Narine"},  {u"Լուսինե", u"Lusine"},
                           {u"Մարիամ", u"Mariam"},     {u"Անահիտ", u"Anahit"},  {u"Գայանե", u"Gayane"},
                           {u"Սոնա", u"Sona"},         {u"Արմինե", u"Armine"},  {u"Լիլիթ", u"Lilit"},
                           {u"Հասմիկ", u"Hasmik"},     {u"Տաթևիկ", u"Tatevik"}, {u"Նունե", u"Nune"},
                           {u"Սիրանուշ", u"Siranush"}, {u"Աստղիկ", u"Astghik"}, {u"Մանե", u"Mane"},
                           {u"Էլեն", u"Elen"},         {u"Զարուհի", u"Zaruhi"}, {u"Քրիստինե", u"Kristine"},
                           {u"Նաիրա", u"Naira"},       {u"Գոհար", u"Gohar"}});
    c.familyNames = names({{u"Պետրոսյան", u"Petrosyan"},      {u"Հովհաննիսյան", u"Hovhannisyan"},
                           {u"Սարգսյան", u"Sargsyan"},        {u"Գրիգորյան", u"Grigoryan"},
                           {u"Խաչատրյան", u"Khachatryan"},    {u"Հարությունյան", u"Harutyunyan"},
                           {u"Մկրտչյան", u"Mkrtchyan"},       {u"Ավետիսյան", u"Avetisyan"},
                           {u"Կարապետյան", u"Karapetyan"},    {u"Գևորգյան", u"Gevorgyan"},
                           {u"Մարտիրոսյան", u"Martirosyan"},  {u"Առաքելյան", u"Arakelyan"},
                           {u"Վարդանյան", u"Vardanyan"},      {u"Ղազարյան", u"Ghazaryan"},
                           {u"Մանուկյան", u"Manukyan"},       {u"Աբրահամյան", u"Abrahamyan"},
                           {u"Բաղդասարյան", u"Baghdasaryan"}, {u"Դավթյան", u"Davtyan"},
                           {u"Եղիազարյան", u"Yeghiazaryan"},  {u"Թադևոսյան", u"Tadevosyan"},
                           {u"Ստեփանյան", u"Stepanyan"},      {u"Մելքոնյան", u"Melkonyan"},
                           {u"Սիմոնյան", u"Simonyan"},        {u"Զաքարյան", u"Zakaryan"},
                           {u"Ալեքսանյան", u"Aleksanyan"}});
    c.cities = strings(
        {u"Yerevan", u"Yerevan", u"Gyumri", u"Vanadzor", u"Dilijan", u"Goris", u"Paris", u"Los Angeles"});
    c.phonePatterns = strings({u"+374 91 ######", u"+374 93 ######", u"+374 94 ######", u"+374 77 ######",
                               u"+374 99 ######", u"+374 98 ######", u"+374 55 ######", u"+374 95 ######",
                               u"091 ## ## ##", u"077 ######"});
    c.weight = 30;
    return c;
}

Culture russian()
{
    Culture c;
    c.language = QStringLiteral("ru");
    c.countries = {QStringLiteral("RU"), QStringLiteral("RU"), QStringLiteral("RU"), QStringLiteral("BY"),
                   QStringLiteral("KZ")};
    c.maleNames = names({{u"Иван", u"Ivan"},
                         {u"Алексей", u"Aleksei"},
                         {u"Дмитрий", u"Dmitry"},
                         {u"Сергей", u"Sergei"},
                         {u"Андрей", u"Andrei"},
                         {u"Михаил", u"Mikhail"},
                         {u"Николай", u"Nikolai"},
                         {u"Павел", u"Pavel"},
                         {u"Владимир", u"Vladimir"},
                         {u"Артём", u"Artyom"},
                         {u"Максим", u"Maksim"},
                         {u"Егор", u"Yegor"},
                         {u"Кирилл", u"Kirill"},
                         {u"Роман", u"Roman"},
                         {u"Олег", u"Oleg"},
                         {u"Юрий", u"Yury"},
                         {u"Константин", u"Konstantin"},
                         {u"Григорий", u"Grigory"},
                         {u"Фёдор", u"Fyodor"},
                         {u"Антон", u"Anton"}});
    c.femaleNames =
        names({{u"Анна", u"Anna"},        {u"Мария", u"Maria"},         {u"Елена", u"Elena"},
               {u"Ольга", u"Olga"},       {u"Наталья", u"Natalia"},     {u"Екатерина", u"Ekaterina"},
               {u"Татьяна", u"Tatiana"},  {u"Светлана", u"Svetlana"},   {u"Ирина", u"Irina"},
               {u"Юлия", u"Yulia"},       {u"Анастасия", u"Anastasia"}, {u"Дарья", u"Daria"},
               {u"Ксения", u"Ksenia"},    {u"Полина", u"Polina"},       {u"Вера", u"Vera"},
               {u"Людмила", u"Lyudmila"}, {u"Галина", u"Galina"},       {u"Алёна", u"Alyona"},
               {u"Марина", u"Marina"},    {u"Софья", u"Sofya"}});
    c.familyNames =
        names({{u"Иванов", u"Ivanov"},     {u"Смирнов", u"Smirnov"},    {u"Кузнецов", u"Kuznetsov"},
               {u"Попов", u"Popov"},       {u"Васильев", u"Vasiliev"},  {u"Петров", u"Petrov"},
               {u"Соколов", u"Sokolov"},   {u"Михайлов", u"Mikhailov"}, {u"Новиков", u"Novikov"},
               {u"Фёдоров", u"Fyodorov"},  {u"Морозов", u"Morozov"},    {u"Волков", u"Volkov"},
               {u"Алексеев", u"Alekseev"}, {u"Лебедев", u"Lebedev"},    {u"Семёнов", u"Semyonov"},
               {u"Егоров", u"Yegorov"},    {u"Павлов", u"Pavlov"},      {u"Козлов", u"Kozlov"},
               {u"Степанов", u"Stepanov"}, {u"Орлов", u"Orlov"}});
    c.cities = strings(
        {u"Moscow", u"Moscow", u"Saint Petersburg", u"Kazan", u"Novosibirsk", u"Krasnodar", u"Sochi"});
    c.phonePatterns = strings({u"+7 916 ###-##-##", u"+7 903 ###-##-##", u"+7 925 ###-##-##",
                               u"+7 985 ###-##-##", u"+7 910 ###-##-##", u"+7 926 ### ## ##"});
    c.weight = 20;
    c.feminineFamilyNames = true;
    return c;
}

Culture english()
{
    Culture c;
    c.language = QStringLiteral("en");
    c.countries = {QStringLiteral("GB"), QStringLiteral("US"), QStringLiteral("US"),
                   QStringLiteral("IE"), QStringLiteral("CA"), QStringLiteral("AU")};
    c.maleNames = latinNames({u"James",  u"John",   u"Robert",  u"Michael", u"William", u"David",  u"Richard",
                              u"Thomas", u"Daniel", u"Matthew", u"Oliver",  u"Harry",   u"George", u"Jack",
                              u"Liam",   u"Noah",   u"Ethan",   u"Samuel",  u"Patrick", u"Seán"});
    c.femaleNames =
        latinNames({u"Mary",   u"Patricia",  u"Jennifer", u"Elizabeth", u"Sarah", u"Emily", u"Olivia",
                    u"Emma",   u"Charlotte", u"Amelia",   u"Sophia",    u"Grace", u"Chloe", u"Jessica",
                    u"Hannah", u"Lucy",      u"Megan",    u"Siobhán",   u"Aoife", u"Rachel"});
    c.familyNames = latinNames({u"Smith",  u"Johnson", u"Williams", u"Brown",  u"Jones", u"Miller",  u"Davis",
                                u"Wilson", u"Taylor",  u"Anderson", u"Thomas", u"Moore", u"Jackson", u"White",
                                u"Harris", u"Clark",   u"Lewis",    u"Walker", u"Hall",  u"Young",   u"King",
                                u"Wright", u"O'Brien", u"Murphy",   u"Kelly"});
    c.cities = strings({u"London", u"Manchester", u"Edinburgh", u"New York", u"Boston", u"Chicago",
                        u"San Francisco", u"Dublin", u"Toronto", u"Sydney"});
    c.phonePatterns = strings({u"+44 7400 900###", u"+44 7911 ######", u"+1 212 555 01##", u"+1 617 555 01##",
                               u"+353 85 ### ####"});
    c.weight = 15;
    return c;
}

Culture georgian()
{
    Culture c;
    c.language = QStringLiteral("ka");
    c.countries = {QStringLiteral("GE")};
    c.maleNames = names({{u"გიორგი", u"Giorgi"},  {u"დავით", u"Davit"},      {u"ლევან", u"Levan"},
                         {u"ნიკა", u"Nika"},      {u"ირაკლი", u"Irakli"},    {u"ლაშა", u"Lasha"},
                         {u"ზურაბ", u"Zurab"},    {u"გიგა", u"Giga"},        {u"ალექსანდრე", u"Aleksandre"},
                         {u"დათო", u"Dato"},      {u"თორნიკე", u"Tornike"},  {u"ლუკა", u"Luka"},
                         {u"გოჩა", u"Gocha"},     {u"ბექა", u"Beka"},        {u"სანდრო", u"Sandro"},
                         {u"მიხეილ", u"Mikheil"}, {u"ვახტანგ", u"Vakhtang"}, {u"ნოდარ", u"Nodar"},
                         {u"ოთარ", u"Otar"},      {u"შოთა", u"Shota"}});
    c.femaleNames = names({{u"ნინო", u"Nino"},     {u"მარიამ", u"Mariam"},       {u"თამარ", u"Tamar"},
                           {u"ანა", u"Ana"},       {u"ეკატერინე", u"Ekaterine"}, {u"ნათია", u"Natia"},
                           {u"სალომე", u"Salome"}, {u"ქეთევან", u"Ketevan"},     {u"მაკა", u"Maka"},
                           {u"ნანა", u"Nana"},     {u"ლიკა", u"Lika"},           {u"თეონა", u"Teona"},
                           {u"ელენე", u"Elene"},   {u"სოფიო", u"Sopio"},         {u"ხატია", u"Khatia"},
                           {u"ია", u"Ia"},         {u"მზია", u"Mzia"},           {u"ლელა", u"Lela"},
                           {u"ნატო", u"Nato"},     {u"ბარბარე", u"Barbare"}});
    c.familyNames = names(
        {{u"ბერიძე", u"Beridze"},         {u"კაპანაძე", u"Kapanadze"},        {u"გელაშვილი", u"Gelashvili"},
         {u"მაისურაძე", u"Maisuradze"},   {u"გიორგაძე", u"Giorgadze"},        {u"ლომიძე", u"Lomidze"},
         {u"წიკლაური", u"Tsiklauri"},     {u"ბოლქვაძე", u"Bolkvadze"},        {u"ნიკოლაძე", u"Nikoladze"},
         {u"ხუციშვილი", u"Khutsishvili"}, {u"კვარაცხელია", u"Kvaratskhelia"}, {u"ჯაფარიძე", u"Japaridze"},
         {u"ქავთარაძე", u"Kavtaradze"},   {u"მამულაშვილი", u"Mamulashvili"},  {u"ჩხეიძე", u"Chkheidze"},
         {u"გოგოლაძე", u"Gogoladze"},     {u"ცერცვაძე", u"Tsertsvadze"},      {u"დოლიძე", u"Dolidze"},
         {u"შენგელია", u"Shengelia"},     {u"ჭავჭავაძე", u"Chavchavadze"}});
    c.cities = strings({u"Tbilisi", u"Tbilisi", u"Batumi", u"Kutaisi", u"Rustavi", u"Telavi"});
    c.phonePatterns = strings({u"+995 555 ## ## ##", u"+995 577 ######", u"+995 599 ######",
                               u"+995 591 ######", u"+995 558 ######"});
    c.weight = 10;
    return c;
}

Culture german()
{
    Culture c;
    c.language = QStringLiteral("de");
    c.countries = {QStringLiteral("DE"), QStringLiteral("DE"), QStringLiteral("DE"), QStringLiteral("AT"),
                   QStringLiteral("CH")};
    c.maleNames =
        latinNames({u"Lukas",  u"Jonas",   u"Maximilian", u"Felix",   u"Leon",   u"Paul",     u"Jürgen",
                    u"Klaus",  u"Stefan",  u"Andreas",    u"Michael", u"Thomas", u"Matthias", u"Sebastian",
                    u"Tobias", u"Florian", u"Uwe",        u"Günter",  u"Jörg",   u"Björn"});
    c.femaleNames =
        latinNames({u"Anna",   u"Lena",   u"Sophie",   u"Marie",    u"Laura",  u"Katrin", u"Sabine",
                    u"Ursula", u"Jana",   u"Julia",    u"Hannah",   u"Lea",    u"Jutta",  u"Birgit",
                    u"Monika", u"Bärbel", u"Brigitte", u"Annegret", u"Frauke", u"Käthe"});
    c.familyNames =
        latinNames({u"Müller",   u"Schmidt", u"Schneider", u"Fischer", u"Weber",   u"Meyer",      u"Wagner",
                    u"Becker",   u"Schulz",  u"Hoffmann",  u"Schäfer", u"Koch",    u"Bauer",      u"Richter",
                    u"Klein",    u"Wolf",    u"Schröder",  u"Neumann", u"Schwarz", u"Zimmermann", u"Krüger",
                    u"Hartmann", u"Lange",   u"Köhler",    u"Weiß"});
    c.cities = strings({u"Berlin", u"München", u"Hamburg", u"Köln", u"Frankfurt am Main", u"Düsseldorf",
                        u"Wien", u"Zürich"});
    c.phonePatterns = strings({u"+49 151 ########", u"+49 160 #######", u"+49 170 #######",
                               u"+49 176 ########", u"+49 172 #######"});
    c.weight = 10;
    return c;
}

Culture french()
{
    Culture c;
    c.language = QStringLiteral("fr");
    c.countries = {QStringLiteral("FR"), QStringLiteral("FR"), QStringLiteral("FR"), QStringLiteral("BE"),
                   QStringLiteral("CH")};
    c.maleNames =
        latinNames({u"Jean",   u"Pierre",   u"Louis",   u"Hugo",    u"Lucas",   u"Théo",    u"Nicolas",
                    u"Julien", u"François", u"Étienne", u"Mathieu", u"Antoine", u"Olivier", u"Sébastien",
                    u"Benoît", u"Jérôme",   u"Gaël",    u"Raphaël", u"Noé",     u"Cédric"});
    c.femaleNames =
        latinNames({u"Camille", u"Léa",    u"Manon",    u"Chloé",   u"Inès",    u"Sophie", u"Julie",
                    u"Émilie",  u"Céline", u"Hélène",   u"Amélie",  u"Margaux", u"Élodie", u"Clémence",
                    u"Zoé",     u"Anaïs",  u"Mathilde", u"Aurélie", u"Noémie",  u"Josée"});
    c.familyNames =
        latinNames({u"Martin",   u"Bernard", u"Dubois",    u"Thomas", u"Robert",  u"Richard",  u"Petit",
                    u"Durand",   u"Leroy",   u"Moreau",    u"Simon",  u"Laurent", u"Lefèvre",  u"Michel",
                    u"Fournier", u"Girard",  u"Bonnet",    u"Dupont", u"Lambert", u"Fontaine", u"Rousseau",
                    u"Mercier",  u"Blanc",   u"Chevalier", u"Faure"});
    c.cities = strings({u"Paris", u"Paris", u"Lyon", u"Marseille", u"Bordeaux", u"Toulouse", u"Nantes",
                        u"Bruxelles", u"Genève"});
    c.phonePatterns = strings({u"+33 6 ## ## ## ##", u"+33 7 ## ## ## ##"});
    c.weight = 8;
    return c;
}

Culture spanish()
{
    Culture c;
    c.language = QStringLiteral("es");
    c.countries = {QStringLiteral("ES"), QStringLiteral("ES"), QStringLiteral("ES"), QStringLiteral("AR"),
                   QStringLiteral("MX")};
    c.maleNames =
        latinNames({u"José",   u"Antonio", u"Manuel",    u"Francisco", u"David",  u"Javier", u"Daniel",
                    u"Carlos", u"Jesús",   u"Alejandro", u"Miguel",    u"Rafael", u"Pablo",  u"Sergio",
                    u"Álvaro", u"Adrián",  u"Iñaki",     u"Jorge",     u"Luis",   u"Andrés"});
    c.femaleNames = latinNames({u"María",    u"Carmen", u"Ana",     u"Laura",  u"Isabel", u"Lucía", u"Marta",
                                u"Cristina", u"Paula",  u"Elena",   u"Sara",   u"Raquel", u"Pilar", u"Nuria",
                                u"Sofía",    u"Rocío",  u"Beatriz", u"Ainhoa", u"Begoña", u"Inés"});
    c.familyNames =
        latinNames({u"García", u"Rodríguez", u"González", u"Fernández", u"López",  u"Martínez",  u"Sánchez",
                    u"Pérez",  u"Gómez",     u"Martín",   u"Jiménez",   u"Ruiz",   u"Hernández", u"Díaz",
                    u"Moreno", u"Muñoz",     u"Álvarez",  u"Romero",    u"Alonso", u"Gutiérrez", u"Navarro",
                    u"Torres", u"Domínguez", u"Vázquez",  u"Ramos"});
    c.cities = strings(
        {u"Madrid", u"Madrid", u"Barcelona", u"Valencia", u"Sevilla", u"Bilbao", u"Málaga", u"Buenos Aires"});
    c.phonePatterns = strings({u"+34 6## ### ###", u"+34 6########"});
    c.weight = 7;
    c.doubleFamilyNames = true;
    return c;
}

} // namespace

const QList<Culture> &cultures()
{
    static const QList<Culture> all{armenian(), russian(), english(), georgian(),
                                    german(),   french(),  spanish()};
    return all;
}

const QList<PreferenceIdea> &preferenceIdeas()
{
    using C = PreferenceCategory;
    static const QList<PreferenceIdea> ideas{
        {int(C::Room), "High floor", false},
        {int(C::Room), "Quiet room away from the lift", false},
        {int(C::Room), "Twin beds", false},
        {int(C::Room), "King-size bed", false},
        {int(C::Room), "Feather-free pillows", false},
        {int(C::Room), "Extra pillows", false},
        {int(C::Room), "Room facing the courtyard", false},
        {int(C::Room), "View of Mount Ararat", false},
        {int(C::Room), "Extra blanket", false},
        {int(C::Food), "Vegetarian", false},
        {int(C::Food), "Vegan", false},
        {int(C::Food), "Oat milk with coffee", false},
        {int(C::Food), "Green tea at breakfast", false},
        {int(C::Food), "No pork", false},
        {int(C::Food), "Loves the apricot jam", false},
        {int(C::Amenities), "Extra towels", false},
        {int(C::Amenities), "Iron and ironing board", false},
        {int(C::Amenities), "Late check-out when possible", false},
        {int(C::Amenities), "Bathrobe and slippers", false},
        {int(C::Amenities), "Airport transfer", false},
        {int(C::Amenities), "Baby cot", false},
        {int(C::Communication), "Prefers WhatsApp", false},
        {int(C::Communication), "E-mail only, no calls", false},
        {int(C::Communication), "Invoice to the company", false},
        {int(C::Other), "Travels with a small dog", false},
        {int(C::Other), "Needs a parking space", false},
    };
    return ideas;
}

namespace {

const QList<PreferenceIdea> &criticalIdeas()
{
    using C = PreferenceCategory;
    static const QList<PreferenceIdea> ideas{
        {int(C::Food), "Peanut allergy", true},
        {int(C::Food), "Tree nut allergy", true},
        {int(C::Food), "Shellfish allergy", true},
        {int(C::Food), "Coeliac disease: no gluten", true},
        {int(C::Food), "Lactose intolerance", true},
        {int(C::Other), "Penicillin allergy", true},
        {int(C::Accessibility), "Wheelchair-accessible room", true},
        {int(C::Accessibility), "Step-free route to the room", true},
        {int(C::Accessibility), "Hearing-impaired kit", true},
        {int(C::Accessibility), "Walk-in shower", true},
    };
    return ideas;
}

} // namespace

const QList<PreferenceIdea> &criticalPreferenceIdeas()
{
    return criticalIdeas();
}

const QStringList &noteIdeas()
{
    static const QStringList notes{
        QStringLiteral("Celebrated their wedding anniversary with us; we sent up a bottle of Areni wine."),
        QStringLiteral("Asked about the spa opening hours and booked a massage for the next visit."),
        QStringLiteral("Regular business traveller; invoices go to the company."),
        QStringLiteral("Complained about street noise last time: give a courtyard room."),
        QStringLiteral("Loves the breakfast pastries; asked for the gata recipe."),
        QStringLiteral("Cyclist; keep the bikes in the luggage room."),
        QStringLiteral("Usually arrives late on the night flight; keep the room until 3 am."),
        QStringLiteral("Travelling with elderly parents; prefers rooms close to the lift."),
        QStringLiteral("Left a lovely review and asked to be remembered to the breakfast team."),
        QStringLiteral("Forgot a phone charger in room; posted it back."),
        QStringLiteral("Interested in a day trip to Garni and Geghard."),
        QStringLiteral("Prefers to settle the bill in cash at check-in."),
        QStringLiteral("Photographer; asked for early breakfast on sunrise days."),
        QStringLiteral("Brought a group of colleagues last time; potential corporate rate."),
    };
    return notes;
}

const QStringList &tagIdeas()
{
    static const QStringList tags{
        QStringLiteral("business"),     QStringLiteral("family"),       QStringLiteral("honeymoon"),
        QStringLiteral("conference"),   QStringLiteral("cyclist"),      QStringLiteral("wine lover"),
        QStringLiteral("late arrival"), QStringLiteral("early riser"),  QStringLiteral("pet owner"),
        QStringLiteral("corporate"),    QStringLiteral("long stay"),    QStringLiteral("hiker"),
        QStringLiteral("diaspora"),     QStringLiteral("photographer"),
    };
    return tags;
}

const QStringList &companyNames()
{
    static const QStringList companies{
        QStringLiteral("Ararat Logistics"),     QStringLiteral("Kaukasus Handel GmbH"),
        QStringLiteral("Sevan Software"),       QStringLiteral("Lumière Conseil SARL"),
        QStringLiteral("Iberia Textiles S.L."), QStringLiteral("Northwind Travel Ltd"),
        QStringLiteral("Silk Road Trading"),    QStringLiteral("Tbilisi Wine Cellars"),
        QStringLiteral("Volga Engineering"),    QStringLiteral("Blue Mosque Tours"),
        QStringLiteral("Alpen Consulting AG"),  QStringLiteral("Harbour & Co."),
    };
    return companies;
}

const QStringList &venueNames()
{
    static const QStringList venues{
        QStringLiteral("Hotel Ararat View"),      QStringLiteral("Dilijan Forest Lodge"),
        QStringLiteral("Cascade Boutique Hotel"), QStringLiteral("Apricot Tree Inn"),
        QStringLiteral("Sevan Shore Guesthouse"), QStringLiteral("Old Kond House"),
    };
    return venues;
}

const QStringList &emailDomains()
{
    // Reserved example domains (RFC 2606), so a demo message can never reach a real person.
    static const QStringList domains{
        QStringLiteral("example.com"),      QStringLiteral("example.net"),      QStringLiteral("example.org"),
        QStringLiteral("mail.example.com"), QStringLiteral("post.example.net"),
    };
    return domains;
}

QString emailFold(const QString &latin)
{
    QString out;
    out.reserve(latin.size() + 4);
    for (const QChar c : latin) {
        switch (c.unicode()) {
        case u'ä': out += QLatin1String("ae"); continue;
        case u'ö': out += QLatin1String("oe"); continue;
        case u'ü': out += QLatin1String("ue"); continue;
        case u'ß': out += QLatin1String("ss"); continue;
        case u'ñ': out += QLatin1Char('n'); continue;
        case u'ç': out += QLatin1Char('c'); continue;
        default: break;
        }
        const QChar lower = c.toLower();
        if (lower.unicode() < 0x80) {
            if (lower.isLetterOrNumber())
                out += lower;
            continue;
        }
        // Accented Latin letters: keep the base letter (é → e).
        const QString decomposed = lower.decomposition();
        if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 0x80 && decomposed.at(0).isLetter())
            out += decomposed.at(0);
    }
    return out;
}

} // namespace innkeep::demo
