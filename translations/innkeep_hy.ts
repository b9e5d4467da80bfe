<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
<context>
    <name>AnalysisChips</name>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (ուղղված)</translation>
    </message>
    <message>
        <source>%1 (added by staff)</source>
        <translation>%1 (ավելացրել է անձնակազմը)</translation>
    </message>
    <message>
        <source>Corrected by staff</source>
        <translation>Ուղղել է անձնակազմը</translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation>Ուղղվել է %1</translation>
    </message>
    <message>
        <source>Corrected by %1 on %2</source>
        <translation>Ուղղել է՝ %1, %2</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Դեռ վերլուծված չէ</translation>
    </message>
    <message>
        <source>The analyser found: %1 (score %2)</source>
        <translation>Վերլուծիչը գտել է՝ %1 (միավոր %2)</translation>
    </message>
    <message>
        <source>Found by the analyser (score %1)</source>
        <translation>Գտել է վերլուծիչը (միավոր %1)</translation>
    </message>
    <message>
        <source>Found in: %1</source>
        <translation>Գտնված է՝ %1</translation>
    </message>
    <message>
        <source>%1: added by staff</source>
        <translation>%1՝ ավելացրել է անձնակազմը</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>Removed by staff: %1</source>
        <translation>Հեռացրել է անձնակազմը՝ %1</translation>
    </message>
</context>
<context>
    <name>AverageDailyRateKpi</name>
    <message>
        <source>Average daily rate</source>
        <translation>Միջին օրական սակագին</translation>
    </message>
    <message>
        <source>Per currency, the revenue of the stays arriving in the period divided by their nights. Stays arriving and departing on the same day are left out; a stay without a revenue counts as 0. Currencies are never converted. Cancelled and no-show stays do not count.</source>
        <translation>Ըստ արժույթի՝ ժամանակահատվածում ժամանող կեցությունների եկամուտը բաժանած դրանց գիշերների թվին։ Նույն օրը ժամանող և մեկնող կեցությունները հաշվի չեն առնվում; առանց եկամտի կեցությունը հաշվվում է որպես 0։ Արժույթները երբեք չեն փոխարկվում։ Չեղարկված և no-show կեցությունները հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>AverageNightsKpi</name>
    <message>
        <source>Average nights</source>
        <translation>Գիշերների միջին թիվ</translation>
    </message>
    <message>
        <source>The nights of the stays arriving in the period divided by the number of those stays; a stay arriving and departing on the same day counts with 0 nights. Cancelled and no-show stays do not count.</source>
        <translation>Ժամանակահատվածում ժամանող կեցությունների գիշերները բաժանած այդ կեցությունների թվին; նույն օրը ժամանող և մեկնող կեցությունը հաշվվում է 0 գիշերով։ Չեղարկված և no-show կեցությունները հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>The job has not finished yet.</source>
        <translation>Աշխատանքը դեռ չի ավարտվել։</translation>
    </message>
    <message>
        <source>The job&apos;s result was asked for as the wrong type.</source>
        <translation>Աշխատանքի արդյունքը պահանջվել է սխալ տեսակով։</translation>
    </message>
</context>
<context>
    <name>BackupCopy</name>
    <message>
        <source>There is no file at this path.</source>
        <translation>Նշված հասցեում ֆայլ չկա։</translation>
    </message>
    <message>
        <source>This is not an Innkeep file.</source>
        <translation>Սա Innkeep-ի ֆայլ չէ։</translation>
    </message>
    <message>
        <source>The file could not be opened for reading.</source>
        <translation>Չհաջողվեց բացել ֆայլը կարդալու համար։</translation>
    </message>
    <message>
        <source>The copy is damaged: %1</source>
        <translation>Պատճենը վնասված է՝ %1</translation>
    </message>
    <message>
        <source>A file with this name is already there.</source>
        <translation>Այս անունով ֆայլ արդեն կա։</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Չհաջողվեց գրել պահուստային պատճենը՝ %1</translation>
    </message>
    <message>
        <source>The backup was written but did not pass its check: %1</source>
        <translation>Պահուստային պատճենը գրվեց, բայց ստուգումը չանցավ՝ %1</translation>
    </message>
    <message>
        <source>The backup could not be flushed to the disk.</source>
        <translation>Չհաջողվեց պահուստային պատճենն ամբողջությամբ գրել սկավառակի վրա։</translation>
    </message>
    <message>
        <source>The finished backup could not be given its name.</source>
        <translation>Չհաջողվեց պատրաստի պահուստային պատճենին տալ իր անունը։</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>There is no segment called %1; innkeep-cli segment list shows them.</source>
        <translation>%1 անունով սեգմենտ չկա։ Սեգմենտների ցանկը ցույց է տալիս innkeep-cli segment list հրամանը։</translation>
    </message>
</context>
<context>
    <name>CompensationPerRecoveredGuestKpi</name>
    <message>
        <source>Compensation per recovered guest</source>
        <translation>Փոխհատուցում մեկ վերականգնված հյուրի հաշվով</translation>
    </message>
    <message>
        <source>The compensation given for complaint tickets created in the period, recovered or not, per currency ÷ the number of different guests whose complaint tickets were closed in the period as recovered.</source>
        <translation>Ժամանակահատվածում ստեղծված բողոքի հայտերի համար տրված փոխհատուցումը՝ վերականգնված թե ոչ, ըստ արժույթի ÷ այն տարբեր հյուրերի թիվը, որոնց բողոքի հայտերը ժամանակահատվածում փակվել են որպես վերականգնված։</translation>
    </message>
</context>
<context>
    <name>CompensationTotalsKpi</name>
    <message>
        <source>Compensation</source>
        <translation>Փոխհատուցում</translation>
    </message>
    <message>
        <source>The compensation given for complaint tickets created in the period (whenever it was given), summed per currency and never converted; the headline is the venue currency&apos;s total.</source>
        <translation>Ժամանակահատվածում ստեղծված բողոքի հայտերի համար տրված փոխհատուցումը (երբ էլ որ այն տրվել է), գումարված ըստ արժույթի և երբեք չփոխարկված; գլխավոր ցուցանիշը հյուրանոցի արժույթով ընդհանուր գումարն է։</translation>
    </message>
</context>
<context>
    <name>ComplaintsPerStaysKpi</name>
    <message>
        <source>Complaints per 100 stays</source>
        <translation>Բողոքներ 100 կեցության հաշվով</translation>
    </message>
    <message>
        <source>Complaint tickets created in the period × 100 ÷ stays arriving in the period. Cancelled and no-show stays do not count.</source>
        <translation>Ժամանակահատվածում ստեղծված բողոքի հայտեր × 100 ÷ ժամանակահատվածում ժամանող կեցություններ։ Չեղարկված և no-show կեցությունները հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>CsatKpi</name>
    <message>
        <source>Guest satisfaction (CSAT)</source>
        <translation>Հյուրերի գոհունակություն (CSAT)</translation>
    </message>
    <message>
        <source>Ratings on the 1–5 scale received in the period: ratings of 4 or higher ÷ all 1–5 ratings. Ratings on other scales do not count.</source>
        <translation>Ժամանակահատվածում ստացված 1–5 սանդղակով գնահատականներ: 4 և ավելի բարձր գնահատականներ ÷ բոլոր 1–5 գնահատականները։ Այլ սանդղակներով գնահատականները հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>--map names the column &quot;%1&quot;, which the file does not have; its columns are: %2.</source>
        <translation>--map-ը նշում է «%1» սյունակը, որը ֆայլում չկա. ֆայլի սյունակներն են՝ %2։</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field of this import; use one of: %2, ignore.</source>
        <translation>--map. «%1» անունով դաշտ այս ներմուծման մեջ չկա։ Օգտագործեք հետևյալներից մեկը՝ %2, ignore։</translation>
    </message>
    <message>
        <source>Two columns are both read as %1.</source>
        <translation>Երկու սյունակ էլ կարդացվում է որպես %1։</translation>
    </message>
    <message>
        <source>Unknown column(s) %1; map them to a field with --map &quot;header=field&quot; or to &quot;ignore&quot; (or ignore every unknown column with --ignore-unknown). Fields: %2.</source>
        <translation>Անհայտ սյունակ(ներ) %1. համապատասխանեցրեք դրանք որևէ դաշտի --map &quot;header=field&quot; տեսքով կամ «ignore»-ի հետ (կամ անտեսեք բոլոր անհայտ սյունակները --ignore-unknown-ով)։ Դաշտեր՝ %2։</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2.</source>
        <translation>Այս տողում կա %1 դաշտ, իսկ վերնագրում՝ %2։</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Separate fields with a comma, a semicolon or a tab.</source>
        <translation>Դաշտերը բաժանեք ստորակետով, կետ-ստորակետով կամ տաբով։</translation>
    </message>
    <message>
        <source>the CSV export</source>
        <translation>CSV արտահանումը</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is never closed (a &quot; is missing).</source>
        <translation>Չակերտներով դաշտը չի փակվում (բացակայում է &quot; նշանը)։</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote; quotes inside a quoted field are written twice (&quot;&quot;).</source>
        <translation>Փակող չակերտից հետո անսպասելի տեքստ կա։ Չակերտներով դաշտի ներսում չակերտները գրվում են կրկնակի (&quot;&quot;)։</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as UTF-8 CSV.</source>
        <translation>Ֆայլը UTF-8 տեքստ չէ։ Պահպանեք այն որպես UTF-8 CSV։</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>սյունակ %1</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <source>UTF-32 (little-endian)</source>
        <translation>UTF-32 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-32 (big-endian)</source>
        <translation>UTF-32 (big-endian)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>This is not valid %1 text (or it holds a NUL character); save the file as UTF-8 CSV.</source>
        <translation>Սա վավեր %1 տեքստ չէ (կամ պարունակում է NUL նիշ)։ Պահպանեք ֆայլը որպես UTF-8 CSV։</translation>
    </message>
    <message>
        <source>A NUL character (U+0000) is in this field; text may not hold control characters.</source>
        <translation>Այս դաշտում կա NUL նիշ (U+0000)։ Տեքստը չի կարող պարունակել կառավարող նիշեր։</translation>
    </message>
    <message>
        <source>A control character (%1) is in this field; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Այս դաշտում կա կառավարող նիշ (%1)։ Տեքստում թույլատրվում են տաբուլյացիաներ և տողադարձեր, բայց ոչ այլ կառավարող նիշեր։</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Չհաջողվեց կարդալ ֆայլը՝ %1</translation>
    </message>
    <message>
        <source>The file is not text this import can read: its first line holds NUL bytes that are not UTF-16 or UTF-32 (encoding found: unknown, perhaps binary). Save it as UTF-8 CSV.</source>
        <translation>Ֆայլն այնպիսի տեքստ չէ, որը հնարավոր է ներմուծել։ Դրա առաջին տողում կան NUL բայթեր, որոնք ո՛չ UTF-16 են, ո՛չ էլ UTF-32 (հայտնաբերված կոդավորումը՝ անհայտ, հնարավոր է՝ երկուական ֆայլ)։ Պահպանեք այն որպես UTF-8 CSV։</translation>
    </message>
    <message>
        <source>The file changed while it was being read (%1 bytes when the import began, %2 bytes were there); nothing was imported. Import it again when it is complete.</source>
        <translation>Ֆայլը փոխվեց կարդալու ընթացքում (ներմուծման սկզբում՝ %1 բայթ, այնուհետև՝ %2 բայթ)։ Ոչինչ չներմուծվեց։ Ներմուծեք այն կրկին, երբ ֆայլն ամբողջական լինի։</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character of its encoding (%1).</source>
        <translation>Ֆայլն ավարտվում է իր կոդավորման (%1) նիշի կեսում։</translation>
    </message>
    <message>
        <source>The record starting on this line is longer than 1 MiB, the most one record may hold.</source>
        <translation>Այս տողից սկսվող գրառումը գերազանցում է 1 MiB-ը՝ մեկ գրառման առավելագույն չափը։</translation>
    </message>
</context>
<context>
    <name>CurrencyCode</name>
    <message>
        <source>&quot;%1&quot; is not the ISO 4217 code of a currency in use, such as EUR, AMD or GEL.</source>
        <translation>«%1» գործող արժույթի ISO 4217 կոդ չէ (օր.՝ EUR, AMD կամ GEL)։</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at this path.</source>
        <translation>Նշված հասցեում տվյալների բազա չկա։</translation>
    </message>
    <message>
        <source>A file already exists at this path.</source>
        <translation>Նշված հասցեում արդեն ֆայլ կա։</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Հնարավոր չէ բացել տվյալների բազան՝ %1</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Տվյալների բազայի ֆայլը վնասված է՝ %1</translation>
    </message>
    <message>
        <source>Only one SQL statement may be prepared at a time.</source>
        <translation>Միաժամանակ կարելի է պատրաստել միայն մեկ SQL հրաման։</translation>
    </message>
    <message>
        <source>No database file was named (the path is empty).</source>
        <translation>Տվյալների բազայի ֆայլը նշված չէ (հասցեն դատարկ է)։</translation>
    </message>
    <message>
        <source>This file is damaged (%1) — opened for viewing only. Restore a backup to work on it again.</source>
        <translation>Այս ֆայլը վնասված է (%1) — բացվել է միայն դիտելու համար։ Վերականգնեք պահուստային պատճենը՝ կրկին աշխատելու համար։</translation>
    </message>
    <message>
        <source>%1 This file was written by an older Innkeep and must be upgraded first, which needs a file that can be written.</source>
        <translation>%1 Այս ֆայլը ստեղծվել է Innkeep-ի ավելի հին տարբերակով և նախ պետք է թարմացվի, իսկ դրա համար ֆայլը պետք է հասանելի լինի գրելու համար։</translation>
    </message>
    <message>
        <source>%1 is writing to this file and did not finish in time; nothing was changed. Try again when it has finished.</source>
        <translation>Այս ֆայլում գրում է %1, որը ժամանակին չավարտեց։ Ոչինչ չփոխվեց։ Փորձեք կրկին, երբ այն ավարտի։</translation>
    </message>
    <message>
        <source>%1 (process %2, since %3)</source>
        <translation>%1 (գործընթաց %2, %3-ից)</translation>
    </message>
    <message>
        <source>Another program is writing to this file; waiting up to %1 s for it…</source>
        <translation>Այլ ծրագիր գրում է այս ֆայլում։ Սպասում ենք մինչև %1 վ…</translation>
    </message>
    <message>
        <source>Waiting for %1 to finish (up to %2 min)…</source>
        <translation>Սպասում ենք, մինչև %1 ավարտի (առավելագույնը %2 ր)…</translation>
    </message>
    <message>
        <source>another Innkeep</source>
        <translation>Innkeep-ի մեկ այլ օրինակ</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <source>There is no file at this path.</source>
        <translation>Նշված հասցեում ֆայլ չկա։</translation>
    </message>
    <message>
        <source>The file is open in Innkeep or another program. Close it there first; nothing was changed.</source>
        <translation>Ֆայլը բաց է Innkeep-ում կամ այլ ծրագրում։ Նախ փակեք այն այնտեղ։ Ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>Choose a copy, not the file itself.</source>
        <translation>Ընտրեք պատճենը, ոչ թե բուն ֆայլը։</translation>
    </message>
    <message>
        <source>The file could not be moved aside; nothing was changed.</source>
        <translation>Չհաջողվեց ֆայլը տեղափոխել մի կողմ։ Ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>The file&apos;s log could not be moved aside; nothing was changed.</source>
        <translation>Չհաջողվեց ֆայլի մատյանը տեղափոխել մի կողմ։ Ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>The copy could not be put in place; the file is at %1.</source>
        <translation>Չհաջողվեց պատճենը դնել ֆայլի տեղը։ Ֆայլն այժմ այստեղ է՝ %1։</translation>
    </message>
</context>
<context>
    <name>DemoFile</name>
    <message>
        <source>The demo&apos;s log could not be folded into the file.</source>
        <translation>Չհաջողվեց ցուցադրական տարբերակի մատյանը միավորել ֆայլի հետ։</translation>
    </message>
    <message>
        <source>Cancelled; no demo file was made.</source>
        <translation>Չեղարկվեց։ Ցուցադրական ֆայլ չստեղծվեց։</translation>
    </message>
    <message>
        <source>A file appeared at this path while the demo was made; it was left as it was.</source>
        <translation>Ցուցադրական տարբերակը ստեղծելու ընթացքում նշված հասցեում ֆայլ հայտնվեց։ Այն մնաց անփոփոխ։</translation>
    </message>
    <message>
        <source>the demo hotel</source>
        <translation>ցուցադրական հյուրանոցը</translation>
    </message>
    <message>
        <source>Creating the demo hotel</source>
        <translation>Ստեղծվում է ցուցադրական հյուրանոցը</translation>
    </message>
    <message>
        <source>Cancelled; no demo guest was added.</source>
        <translation>Չեղարկվեց․ ոչ մի ցուցադրական հյուր չավելացվեց։</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of guests must be from 0 to 10,000,000.</source>
        <translation>Հյուրերի թիվը պետք է լինի 0-ից 10 000 000։</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the %n guest(s) made before were kept.</source>
        <translation>
            <numerusform>Չեղարկվեց։ Մինչ այդ ստեղծված %n հյուրը պահպանվեց։</numerusform>
            <numerusform>Չեղարկվեց։ Մինչ այդ ստեղծված %n հյուրը պահպանվեց։</numerusform>
        </translation>
    </message>
    <message>
        <source>Left without paying the minibar and damages.</source>
        <translation>Մեկնել է՝ չվճարելով մինիբարի և պատճառած վնասի համար։</translation>
    </message>
    <message>
        <source>Abusive towards the night staff.</source>
        <translation>Վիրավորական պահվածք գիշերային անձնակազմի նկատմամբ։</translation>
    </message>
</context>
<context>
    <name>DuplicateRule</name>
    <message>
        <source>same e-mail</source>
        <translation>նույն էլ. փոստ</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>նույն հեռախոս</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>նույն անուն</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>նման անուն</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>նույն ծննդյան օր</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>նույն քաղաք</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the reasons two guests may be one, e.g. &quot;same phone, similar name&quot;.</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ExportDestination</name>
    <message>
        <source>No file name was given to write to.</source>
        <translation>Գրելու համար ֆայլի անուն նշված չէ։</translation>
    </message>
    <message>
        <source>This is the open database; choose another file to write to.</source>
        <translation>Սա բաց տվյալների բազան է։ Գրելու համար ընտրեք այլ ֆայլ։</translation>
    </message>
    <message>
        <source>This is a working file of the open database; choose another file to write to.</source>
        <translation>Սա բաց տվյալների բազայի աշխատանքային ֆայլ է։ Գրելու համար ընտրեք այլ ֆայլ։</translation>
    </message>
    <message>
        <source>The symbolic links at this path lead round in a circle.</source>
        <translation>Այս հասցեի սիմվոլիկ հղումները փակ շրջան են կազմում։</translation>
    </message>
    <message>
        <source>This is a working file of a database; choose another file to write to.</source>
        <translation>Սա տվյալների բազայի աշխատանքային ֆայլ է։ Գրելու համար ընտրեք այլ ֆայլ։</translation>
    </message>
    <message>
        <source>This is a folder; give the name of a file to write.</source>
        <translation>Սա թղթապանակ է։ Նշեք գրվելիք ֆայլի անունը։</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, a pipe or a socket); only a regular file can be written or replaced.</source>
        <translation>Սա սովորական ֆայլ չէ (դա սարք է, խողովակ կամ սոկետ)։ Գրել կամ փոխարինել կարելի է միայն սովորական ֆայլը։</translation>
    </message>
    <message>
        <source>This file cannot be read, so it cannot be checked before it is replaced: %1</source>
        <translation>Այս ֆայլը հնարավոր չէ կարդալ, ուստի այն հնարավոր չէ ստուգել փոխարինելուց առաջ՝ %1</translation>
    </message>
    <message>
        <source>This is a database (an SQLite file), which is never replaced; choose another file to write to.</source>
        <translation>Սա տվյալների բազա է (SQLite ֆայլ), որը երբեք չի փոխարինվում։ Գրելու համար ընտրեք այլ ֆայլ։</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write the file: %1.</source>
        <translation>Հնարավոր չէ գրել ֆայլը՝ %1։</translation>
    </message>
    <message>
        <source>Cannot make the file private to you (the folder&apos;s file system may not keep permissions); nothing was written: %1.</source>
        <translation>Հնարավոր չէ ֆայլը դարձնել միայն Ձեզ հասանելի (թղթապանակի ֆայլային համակարգը կարող է չպահպանել մուտքի թույլտվությունները)։ Ոչինչ չգրվեց՝ %1։</translation>
    </message>
    <message>
        <source>The disk is full; the export was not written and any old file was left as it was.</source>
        <translation>Սկավառակը լցված է։ Արտահանումը չգրվեց, իսկ նախկին ֆայլը, եթե կար, մնաց անփոփոխ։</translation>
    </message>
    <message>
        <source>Writing the file failed (%1); any old file was left as it was.</source>
        <translation>Չհաջողվեց գրել ֆայլը (%1)։ Նախկին ֆայլը, եթե կար, մնաց անփոփոխ։</translation>
    </message>
    <message>
        <source>The file was written but others can read it; make it private to you.</source>
        <translation>Ֆայլը գրվեց, բայց այլոք կարող են այն կարդալ։ Դարձրեք այն միայն Ձեզ հասանելի։</translation>
    </message>
</context>
<context>
    <name>FeedbackChannel</name>
    <message>
        <source>In person</source>
        <translation>Անձամբ</translation>
    </message>
    <message>
        <source>Comment card</source>
        <translation>Կարծիքի քարտ</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Հարցում</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>Կարծիքների կայք</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Սոցիալական ցանցեր</translation>
    </message>
</context>
<context>
    <name>FeedbackCsvImport</name>
    <message>
        <source>&quot;%1&quot; is not a rating scale; use 5 (1 to 5), 10 (1 to 10) or nps (0 to 10).</source>
        <translation>«%1»-ը գնահատման սանդղակ չէ։ Օգտագործեք 5 (1-ից 5), 10 (1-ից 10) կամ nps (0-ից 10)։</translation>
    </message>
    <message>
        <source>No column holds the date the feedback was given.</source>
        <translation>Ոչ մի սյունակ չի պարունակում այն ամսաթիվը, երբ կարծիքը տրվել է։</translation>
    </message>
    <message>
        <source>No column holds a rating or the feedback&apos;s text.</source>
        <translation>Ոչ մի սյունակ չի պարունակում գնահատական կամ կարծիքի տեքստ։</translation>
    </message>
    <message>
        <source>The rating &quot;%1&quot; has no scale: write it as 4/5 or 8/10, add a scale column, or give --scale 5, 10 or nps.</source>
        <translation>«%1» գնահատականի սանդղակը նշված չէ։ Գրեք այն 4/5 կամ 8/10 տեսքով, ավելացրեք սանդղակի սյունակ կամ նշեք --scale 5, 10 կամ nps։</translation>
    </message>
    <message>
        <source>Enter the date the feedback was given.</source>
        <translation>Մուտքագրեք այն ամսաթիվը, երբ կարծիքը տրվել է։</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 ամսաթիվը ապագայում է։</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Կարծիքի ամսաթիվ</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Գնահատական</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Գնահատման սանդղակ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Տեքստ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <source>Review site or source</source>
        <translation>Կարծիքների կայք կամ աղբյուր</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Ալիք</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Guest&apos;s e-mail</source>
        <translation>Հյուրի էլ. փոստ</translation>
    </message>
    <message>
        <source>Guest&apos;s profile id</source>
        <translation>Հյուրի պրոֆիլի նույնացուցիչ</translation>
    </message>
    <message>
        <source>Review id (read, not stored)</source>
        <translation>Կարծիքի նույնացուցիչ (կարդացվում է, չի պահվում)</translation>
    </message>
    <message>
        <source>The venue&apos;s response</source>
        <translation>Հյուրանոցի պատասխանը</translation>
    </message>
    <message>
        <source>the check of the feedback file</source>
        <translation>կարծիքների ֆայլի ստուգումը</translation>
    </message>
    <message>
        <source>the feedback import</source>
        <translation>կարծիքների ներմուծումը</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Ստուգվում է յուրաքանչյուր տող</translation>
    </message>
    <message>
        <source>Importing feedback</source>
        <translation>Կարծիքները ներմուծվում են</translation>
    </message>
</context>
<context>
    <name>FeedbackReanalysis</name>
    <message>
        <source>Analysing feedback</source>
        <translation>Կարծիքների վերլուծություն</translation>
    </message>
    <message>
        <source>Stopped; the entries analysed so far are kept.</source>
        <translation>Կանգնեցվեց. մինչ այժմ վերլուծված գրառումները պահպանված են։</translation>
    </message>
    <message>
        <source>the analysis of the feedback</source>
        <translation>կարծիքների վերլուծությունը</translation>
    </message>
</context>
<context>
    <name>FeedbackResponseRateKpi</name>
    <message>
        <source>Feedback response rate</source>
        <translation>Կարծիքներին պատասխանելու մակարդակ</translation>
    </message>
    <message>
        <source>Feedback received in the period that needed attention (a low rating or low sentiment): the share answered or turned into a complaint ticket by now.</source>
        <translation>Ժամանակահատվածում ստացված ուշադրություն պահանջող կարծիքներ (ցածր գնահատական կամ բացասական տրամադրվածություն): առ այսօր պատասխանված կամ բողոքի հայտի վերածված մասնաբաժինը։</translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <source>There is no feedback entry %1.</source>
        <translation>Կարծիք %1 չի գտնվել։</translation>
    </message>
    <message>
        <source>Feedback needs a rating or some text.</source>
        <translation>Կարծիքը պետք է ունենա գնահատական կամ տեքստ։</translation>
    </message>
    <message>
        <source>Name the review site the feedback was posted on.</source>
        <translation>Նշեք կարծիքների կայքը, որտեղ հրապարակվել է կարծիքը։</translation>
    </message>
    <message>
        <source>The response cannot be empty.</source>
        <translation>Պատասխանը չի կարող դատարկ լինել։</translation>
    </message>
    <message>
        <source>This feedback already has ticket %1.</source>
        <translation>Այս կարծիքի համար արդեն կա բողոք՝ %1։</translation>
    </message>
    <message>
        <source>Rating %1 via %2</source>
        <translation>Գնահատական՝ %1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>անհայտ</translation>
    </message>
    <message>
        <source>The attention threshold is a number from 0 to 1.</source>
        <translation>Ուշադրության շեմը պետք է լինի 0-ից 1 թիվ։</translation>
    </message>
    <message>
        <source>The sentiment threshold is a number from -1 to 1.</source>
        <translation>Տրամադրության շեմը թիվ է -1-ից 1։</translation>
    </message>
    <message>
        <source>%1 is not a topic; topics are: %2.</source>
        <extracomment>%1 is what was typed, %2 the list of topic keys.</extracomment>
        <translation>%1-ը թեմա չէ. թեմաներն են՝ %2։</translation>
    </message>
    <message>
        <source>Topic %1 cannot be both added and removed.</source>
        <translation>%1 թեման չի կարող միաժամանակ ավելացվել և հեռացվել։</translation>
    </message>
    <message>
        <source>Say what to correct: the label or a topic.</source>
        <translation>Նշեք, թե ինչ ուղղել՝ գնահատականը, թե թեման։</translation>
    </message>
    <message>
        <source>Either set the label or give it back to the analyser, not both.</source>
        <translation>Կամ նշեք տրամադրությունը, կամ այն վերադարձրեք վերլուծիչին, ոչ երկուսը միասին։</translation>
    </message>
</context>
<context>
    <name>FeedbackTopicSummary</name>
    <message>
        <source>Give a period whose first day is not after its last day.</source>
        <translation>Նշեք ժամանակահատված, որի առաջին օրը վերջինից հետո չէ։</translation>
    </message>
</context>
<context>
    <name>FeedbackTrends</name>
    <message>
        <source>The minimum count is a whole number of 1 or more.</source>
        <translation>Նվազագույն քանակը 1 կամ ավելի ամբողջ թիվ է։</translation>
    </message>
</context>
<context>
    <name>FollowUpRateKpi</name>
    <message>
        <source>Follow-up rate</source>
        <translation>Հետագա կապի մակարդակ</translation>
    </message>
    <message>
        <source>Complaint tickets resolved in the period with a follow-up with the guest recorded ÷ all complaint tickets resolved in the period.</source>
        <translation>Ժամանակահատվածում լուծված բողոքի հայտեր, որոնցում գրանցված է հյուրի հետ հետագա կապ ÷ ժամանակահատվածում լուծված բոլոր բողոքի հայտերը։</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Խնդրում ենք ուղղել ստորև նշված դաշտերը։</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Stay %1</source>
        <translation>Կեցություն %1</translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <source>Preference added</source>
        <translation>Նախընտրությունն ավելացվեց</translation>
    </message>
    <message>
        <source>Stay added</source>
        <translation>Կեցությունն ավելացվեց</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Նշումն ավելացվեց</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ստեղծվեց</translation>
    </message>
    <message>
        <source>Preference removed</source>
        <translation>Նախընտրությունը հեռացվեց</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Հեռացվեց</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Դիմելաձև</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>Անուն (լատինատառ)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>Ազգանուն (լատինատառ)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ծննդյան օր</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Տարեդարձ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ընկերություն</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Փողոց</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Փոստային ինդեքս</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP մակարդակ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Արգելափակված</translation>
    </message>
    <message>
        <source>Reason blocked</source>
        <translation>Արգելափակման պատճառ</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Մամուլ</translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation>Էլ. փոստի համաձայնություն</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>SMS-ի համաձայնություն</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>Զանգերի համաձայնություն</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Մարքեթինգի համաձայնություն</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Էլ. հասցեներ</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Հեռախոսներ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Արխիվացված</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Նախընտրություն</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Մանրամասներ</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Նկատվել է</translation>
    </message>
    <message>
        <source>Times confirmed</source>
        <translation>Հաստատումներ</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Կրիտիկական</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ժամանում</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Մեկնում</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Սենյակ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Սակագին</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Եկամուտ</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Ուղիղ</translation>
    </message>
    <message>
        <source>Booking.com</source>
        <translation>Booking.com</translation>
    </message>
    <message>
        <source>Expedia</source>
        <translation>Expedia</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Առանց ամրագրման</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Travel agent</source>
        <translation>Տուրգործակալ</translation>
    </message>
    <message>
        <source>Merged with another profile of this guest</source>
        <translation>Միավորվեց այս հյուրի մեկ այլ պրոֆիլի հետ</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Միավորումը հետարկվեց</translation>
    </message>
    <message>
        <source>Merged into another profile</source>
        <translation>Միավորվեց մեկ այլ պրոֆիլի մեջ</translation>
    </message>
    <message>
        <source>Stay moved between profiles</source>
        <translation>Կեցությունը տեղափոխվեց պրոֆիլների միջև</translation>
    </message>
    <message>
        <source>Complaint moved between profiles</source>
        <translation>Բողոքը տեղափոխվեց պրոֆիլների միջև</translation>
    </message>
    <message>
        <source>Feedback moved between profiles</source>
        <translation>Կարծիքը տեղափոխվեց պրոֆիլների միջև</translation>
    </message>
    <message>
        <source>Note moved between profiles</source>
        <translation>Նշումը տեղափոխվեց պրոֆիլների միջև</translation>
    </message>
    <message>
        <source>Moved between profiles</source>
        <translation>Տեղափոխվեց պրոֆիլների միջև</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Ամրագրման համար</translation>
    </message>
    <message>
        <source>Guests in the party</source>
        <translation>Հյուրերի թիվ</translation>
    </message>
    <message>
        <source>Purpose of the stay</source>
        <translation>Կեցության նպատակ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Ալիք</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Արժույթ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Նկարագրություն</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Լրջություն</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Բաժին</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Պատասխանատու</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Լուծում</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Արդյունք</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Գնահատական</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Գնահատման սանդղակ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Տեքստ</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Պատասխան</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Տրամադրություն</translation>
    </message>
    <message>
        <source>Sentiment set by staff</source>
        <translation>Անձնակազմի սահմանած տրամադրություն</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Հրապարակված</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Կայք</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ստացվել է</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Թեմաներ</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Հասցեի երկրորդ տող</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Նահանգ կամ մարզ</translation>
    </message>
    <message>
        <source>Id in the imported system</source>
        <translation>Նույնացուցիչ աղբյուր համակարգում</translation>
    </message>
</context>
<context>
    <name>GuestAlerts</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>%1 նույնացուցիչով հյուր չի գտնվել։</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Արգելափակված է՝ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open complaint (%1, %2): %3</source>
        <translation>Բաց բողոք (%1, %2)՝ %3</translation>
    </message>
    <message>
        <source>Last stay&apos;s complaint was not put right: %1</source>
        <translation>Նախորդ կեցության բողոքը չի կարգավորվել՝ %1</translation>
    </message>
    <message>
        <source>Birthday during the stay: %1</source>
        <translation>Ծննդյան օրը կեցության ընթացքում է՝ %1</translation>
    </message>
    <message>
        <source>Anniversary during the stay: %1</source>
        <translation>Տարեդարձը կեցության ընթացքում է՝ %1</translation>
    </message>
</context>
<context>
    <name>GuestColumn</name>
    <message>
        <source>Ignore this column</source>
        <translation>Անտեսել այս սյունակը</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Դիմելաձև</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Անուն ազգանուն</translation>
    </message>
    <message>
        <source>Given name in the guest&apos;s script</source>
        <translation>Անուն՝ հյուրի գրով</translation>
    </message>
    <message>
        <source>Family name in the guest&apos;s script</source>
        <translation>Ազգանուն՝ հյուրի գրով</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Անուն՝ լատինատառ</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>Ազգանուն՝ լատինատառ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ծննդյան օր</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Տարեդարձ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ընկերություն</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Փողոց</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Փոստային ինդեքս</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP մակարդակ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Մամուլ</translation>
    </message>
    <message>
        <source>Blocked (reason)</source>
        <translation>Արգելափակված (պատճառ)</translation>
    </message>
    <message>
        <source>Consent: e-mail</source>
        <translation>Համաձայնություն՝ էլ. փոստ</translation>
    </message>
    <message>
        <source>Consent: SMS</source>
        <translation>Համաձայնություն՝ SMS</translation>
    </message>
    <message>
        <source>Consent: phone</source>
        <translation>Համաձայնություն՝ զանգեր</translation>
    </message>
    <message>
        <source>Consent: marketing</source>
        <translation>Համաձայնություն՝ մարքեթինգ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Հայրանուն</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Հասցեի երկրորդ տող</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Նահանգ կամ մարզ</translation>
    </message>
    <message>
        <source>Profile id in the system the file comes from</source>
        <translation>Պրոֆիլի նույնացուցիչը այն համակարգում, որից ստացվել է ֆայլը</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Ծննդյան տարի</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Ծննդյան ամիս</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Ծննդյան ամսվա օր</translation>
    </message>
</context>
<context>
    <name>GuestCsvImport</name>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation>Ֆայլը դատարկ է։ Այն պետք է ունենա վերնագրի տող։</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Ներմուծումը չեղարկվեց, ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Ստուգվում է յուրաքանչյուր տող</translation>
    </message>
    <message>
        <source>Importing guests</source>
        <translation>Հյուրերը ներմուծվում են</translation>
    </message>
    <message>
        <source>the check of the guest list</source>
        <translation>հյուրերի ցանկի ստուգումը</translation>
    </message>
    <message>
        <source>the guest import</source>
        <translation>հյուրերի ներմուծումը</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>տող %1. </translation>
    </message>
    <message>
        <source>Could not write the rejected rows: %1.</source>
        <translation>Չհաջողվեց գրել մերժված տողերը՝ %1։</translation>
    </message>
    <message>
        <source>The guests were imported, but the rejected rows could not be saved: %1</source>
        <translation>Հյուրերը ներմուծվեցին, բայց մերժված տողերը չհաջողվեց պահպանել՝ %1</translation>
    </message>
    <message>
        <source>--region: &quot;%1&quot; is not a region code (two letters, e.g. AM, GE, DE).</source>
        <translation>--region. «%1»-ը տարածաշրջանի կոդ չէ (երկու տառ, օր.՝ AM, GE, DE)։</translation>
    </message>
    <message>
        <source>Phone number in the imported file that cannot be dialled as written: %1</source>
        <translation>Ներմուծված ֆայլի հեռախոսահամար, որին հնարավոր չէ զանգել գրված տեսքով՝ %1</translation>
    </message>
    <message>
        <source>No row starts on line %1 of %2.</source>
        <translation>%2 ֆայլում %1 տողից սկսվող գրառում չկա։</translation>
    </message>
</context>
<context>
    <name>GuestCsvMapping</name>
    <message>
        <source>&quot;%1&quot; is not a guest field; use one of: %2.</source>
        <translation>«%1» անունով հյուրի դաշտ չկա։ Օգտագործեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>Two columns are both read as %1.</source>
        <translation>Երկու սյունակ էլ կարդացվում է որպես %1։</translation>
    </message>
    <message>
        <source>No column holds the guest&apos;s name (e.g. given_name, family_name).</source>
        <translation>Ոչ մի սյունակ չի պարունակում հյուրի անունը (օր.՝ given_name, family_name)։</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2.</source>
        <translation>Այս տողում կա %1 դաշտ, իսկ վերնագրում՝ %2։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VIP level from 0 to 3.</source>
        <translation>«%1» VIP մակարդակ չէ (թույլատրելի է 0-ից 3)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of walk-in, ota, direct, agent, other.</source>
        <translation>«%1» արժեքը թույլատրելի չէ։ Օգտագործեք հետևյալներից մեկը՝ walk-in, ota, direct, agent, other։</translation>
    </message>
    <message>
        <source>Blocked in the imported file.</source>
        <translation>Արգելափակված է ներմուծված ֆայլում։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>«%1» արժեքը պետք է լինի yes կամ no։</translation>
    </message>
    <message>
        <source>Unknown column(s) %1; map them to a guest field or to &quot;ignore&quot; (or ignore every unknown column with --ignore-unknown).</source>
        <translation>Անհայտ սյունակ(ներ) %1. համապատասխանեցրեք դրանք հյուրի դաշտի կամ «ignore»-ի հետ (կամ անտեսեք բոլոր անհայտ սյունակները --ignore-unknown-ով)։</translation>
    </message>
    <message>
        <source>The first line looks like a guest, not column names: the file needs a header line naming its columns (e.g. given_name,family_name,email,phone).</source>
        <translation>Առաջին տողը հյուրի տվյալներ է, ոչ թե սյունակների անուններ. ֆայլին պետք է վերնագրի տող, որը անվանում է սյունակները (օր.՝ given_name,family_name,email,phone)։</translation>
    </message>
    <message>
        <source>Birthday (year not known): %1</source>
        <translation>Ծննդյան օր (տարին հայտնի չէ)՝ %1</translation>
    </message>
    <message>
        <source>Anniversary (year not known): %1</source>
        <translation>Տարեդարձ (տարին հայտնի չէ)՝ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset; use one of: %2, or none.</source>
        <translation>«%1» անունով ձևանմուշ չկա։ Օգտագործեք հետևյալներից մեկը՝ %2, կամ none։</translation>
    </message>
    <message>
        <source>A birthday in separate columns needs the month and the day (birth_month, birth_day, and birth_year when known), and no birthday column beside them.</source>
        <translation>Առանձին սյունակներով տրված ծննդյան օրի համար անհրաժեշտ են ամիսը և օրը (birth_month, birth_day, իսկ եթե հայտնի է՝ նաև birth_year), և դրանց կողքին ծննդյան օրվա ընդհանուր սյունակ չպետք է լինի։</translation>
    </message>
    <message>
        <source>Year &quot;%1&quot;, month &quot;%2&quot;, day &quot;%3&quot; is not a date.</source>
        <translation>Տարի «%1», ամիս «%2», օր «%3»․ այդպիսի ամսաթիվ չկա։</translation>
    </message>
</context>
<context>
    <name>GuestDataExport</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>%1 նույնացուցիչով հյուր չի գտնվել։</translation>
    </message>
</context>
<context>
    <name>GuestDataPdf</name>
    <message>
        <source>Salutation</source>
        <translation>Դիմելաձև</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>Անուն (լատինատառ)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>Ազգանուն (լատինատառ)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ծննդյան օր</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Տարեդարձ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ընկերություն</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Փողոց</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Փոստային ինդեքս</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP մակարդակ</translation>
    </message>
    <message>
        <source>How they came to us</source>
        <translation>Ինչպես են իմացել մեր մասին</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Արգելափակված</translation>
    </message>
    <message>
        <source>Why blocked</source>
        <translation>Արգելափակման պատճառ</translation>
    </message>
    <message>
        <source>Agreed to e-mail</source>
        <translation>Էլ. նամակներ ստանալու համաձայնություն</translation>
    </message>
    <message>
        <source>Agreed to text messages</source>
        <translation>SMS հաղորդագրություններ ստանալու համաձայնություն</translation>
    </message>
    <message>
        <source>Agreed to phone calls</source>
        <translation>Հեռախոսազանգերի համաձայնություն</translation>
    </message>
    <message>
        <source>Agreed to offers</source>
        <translation>Առաջարկներ ստանալու համաձայնություն</translation>
    </message>
    <message>
        <source>Profile made</source>
        <translation>Պրոֆիլը ստեղծվել է</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Վերջին փոփոխություն</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Արխիվացված</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Այո</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ոչ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Պրոֆիլ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Դաշտ</translation>
    </message>
    <message>
        <source>What we hold</source>
        <translation>Ինչ ենք պահում</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Կոնտակտներ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <source>Address or number</source>
        <translation>Հասցե կամ համար</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Գրվել է</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ով</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Նշում</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Նախընտրություններ</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Նախընտրություն</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Մանրամասներ</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Վերջին անգամ նկատվել է</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Կեցություններ</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ժամանում</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Մեկնում</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Սենյակ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Ամրագրում</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Գումար</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Բողոքներ</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Գրանցված</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ինչ է պատահել</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Ինչպես է լուծվել</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Կարծիքներ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ստացվել է</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Ալիք</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Գնահատական</translation>
    </message>
    <message>
        <source>What they wrote</source>
        <translation>Ինչ է գրել հյուրը</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>Մեր պատասխանը</translation>
    </message>
    <message>
        <source>Another profile of yours, merged into this one</source>
        <translation>Ձեր մեկ այլ պրոֆիլը՝ միավորված այս պրոֆիլի հետ</translation>
    </message>
    <message>
        <source>The PDF needs a graphical application to draw its pages (Qt Gui).</source>
        <translation>PDF-ի էջերը գծելու համար անհրաժեշտ է գրաֆիկական հավելված (Qt Gui)։</translation>
    </message>
    <message>
        <source>The data we hold about a guest</source>
        <translation>Հյուրի մասին մեզ մոտ պահվող տվյալներ</translation>
    </message>
    <message>
        <source>The data we hold about %1</source>
        <translation>%1 — մեզ մոտ պահվող տվյալներ</translation>
    </message>
    <message>
        <source>Exported %1 from %2. Everything in this file is also in the JSON export beside it.</source>
        <translation>Արտահանման ժամանակը՝ %1, հյուրանոցը՝ %2։ Այս ֆայլում եղած ամեն ինչ կա նաև դրա կողքին գտնվող JSON արտահանման մեջ։</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Տվյալներ չկան։</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>Գրանցված փոփոխություններ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ինչ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Նախկին</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Նոր</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ավելացվել է</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>հեռացվել է</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Չհաջողվեց գծել PDF-ը։</translation>
    </message>
    <message>
        <source>Guest data</source>
        <translation>Հյուրի տվյալներ</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Հասցեի երկրորդ տող</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Նահանգ կամ մարզ</translation>
    </message>
    <message>
        <source>Id in the system they were imported from</source>
        <translation>Նույնացուցիչը այն համակարգում, որից ներմուծվել են տվյալները</translation>
    </message>
</context>
<context>
    <name>GuestErasure</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>%1 նույնացուցիչով հյուր չի գտնվել։</translation>
    </message>
    <message>
        <source>This profile was merged into the guest %1; erase that guest, and this profile goes with them.</source>
        <translation>Այս պրոֆիլը միավորվել է %1 հյուրի հետ։ Ջնջեք այդ հյուրին, և այս պրոֆիլը նույնպես կջնջվի։</translation>
    </message>
    <message>
        <source>The file could not be set to overwrite what is deleted.</source>
        <translation>Չհաջողվեց ֆայլում միացնել ջնջված տվյալների վերագրանցումը։</translation>
    </message>
</context>
<context>
    <name>GuestFactsReader</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>%1 նույնացուցիչով հյուր չի գտնվել։</translation>
    </message>
</context>
<context>
    <name>GuestImportPreset</name>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Microsoft Outlook</source>
        <translation>Microsoft Outlook</translation>
    </message>
    <message>
        <source>Mozilla Thunderbird</source>
        <translation>Mozilla Thunderbird</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>LinkedIn-ի կապեր</translation>
    </message>
    <message>
        <source>QloApps customers</source>
        <translation>QloApps-ի հաճախորդներ</translation>
    </message>
    <message>
        <source>QloApps addresses</source>
        <translation>QloApps-ի հասցեներ</translation>
    </message>
    <message>
        <source>Hotel PMS guest profiles</source>
        <translation>Հյուրանոցային PMS-ի հյուրերի պրոֆիլներ</translation>
    </message>
    <message>
        <source>OPERA profiles</source>
        <translation>OPERA-ի պրոֆիլներ</translation>
    </message>
</context>
<context>
    <name>GuestMatch</name>
    <message>
        <source>Several guests have the e-mail %1; add an external id column to tell them apart.</source>
        <translation>%1 էլ. փոստով մի քանի հյուր կա։ Ավելացրեք արտաքին նույնացուցիչի սյունակ՝ նրանց տարբերելու համար։</translation>
    </message>
    <message>
        <source>Several guests are called %1; add an e-mail or external id column.</source>
        <translation>%1 անունով մի քանի հյուր կա։ Ավելացրեք էլ. փոստի կամ արտաքին նույնացուցիչի սյունակ։</translation>
    </message>
    <message>
        <source>No guest has the external id %1; import the guests first.</source>
        <translation>%1 արտաքին նույնացուցիչով հյուր չկա։ Նախ ներմուծեք հյուրերին։</translation>
    </message>
    <message>
        <source>No guest with e-mail %1; import the guests first.</source>
        <translation>%1 էլ. փոստով հյուր չկա։ Նախ ներմուծեք հյուրերին։</translation>
    </message>
    <message>
        <source>No guest is called %1; import the guests first.</source>
        <translation>%1 անունով հյուր չկա։ Նախ ներմուծեք հյուրերին։</translation>
    </message>
    <message>
        <source>This row names no guest: give their external id, e-mail or name.</source>
        <translation>Այս տողում հյուր նշված չէ։ Նշեք նրա արտաքին նույնացուցիչը, էլ. փոստը կամ անունը։</translation>
    </message>
</context>
<context>
    <name>GuestRules</name>
    <message>
        <source>Enter the guest&apos;s given or family name.</source>
        <translation>Մուտքագրեք հյուրի անունը կամ ազգանունը։</translation>
    </message>
    <message>
        <source>The Latin form must be written in Latin letters.</source>
        <translation>Լատինատառ տարբերակը պետք է գրել լատինական տառերով։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» էլ. փոստի հասցե չէ։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as AM or GE.</source>
        <translation>«%1» երկտառ երկրի կոդ չէ (օր.՝ AM կամ GE)։</translation>
    </message>
    <message>
        <source>The birthday must be a past date after 1900.</source>
        <translation>Ծննդյան օրը պետք է լինի 1900 թվականից հետո անցյալ ամսաթիվ։</translation>
    </message>
    <message>
        <source>The anniversary must be a past date after 1900.</source>
        <translation>Տարեդարձը պետք է լինի 1900 թվականից հետո անցյալ ամսաթիվ։</translation>
    </message>
    <message>
        <source>The VIP level goes from 0 (none) to 3.</source>
        <translation>VIP մակարդակը կարող է լինել 0-ից (չկա) մինչև 3։</translation>
    </message>
    <message>
        <source>Say why the guest is blocked.</source>
        <translation>Նշեք, թե ինչու է հյուրն արգելափակված։</translation>
    </message>
    <message>
        <source>A guest can have at most %L1 of these; this has %L2.</source>
        <translation>Հյուրը կարող է ունենալ դրանցից առավելագույնը %L1, իսկ այստեղ՝ %L2։</translation>
    </message>
</context>
<context>
    <name>GuestSearch</name>
    <message>
        <source>Room %1</source>
        <translation>Սենյակ %1</translation>
    </message>
</context>
<context>
    <name>GuestService</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>%1 նույնացուցիչով հյուր չի գտնվել։</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Նշումը դատարկ է։</translation>
    </message>
    <message>
        <source>%1 already has the id &quot;%2&quot; from another system; one id belongs to one guest.</source>
        <translation>Այլ համակարգի «%2» նույնացուցիչն արդեն պատկանում է %1 հյուրին։ Մեկ նույնացուցիչը կարող է պատկանել միայն մեկ հյուրի։</translation>
    </message>
</context>
<context>
    <name>GuestSource</name>
    <message>
        <source>Walk-in</source>
        <translation>Առանց ամրագրման</translation>
    </message>
    <message>
        <source>Online travel agency</source>
        <translation>Առցանց տուրգործակալություն</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Ուղիղ</translation>
    </message>
    <message>
        <source>Travel agent</source>
        <translation>Տուրգործակալ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
</context>
<context>
    <name>HandoverPdf</name>
    <message>
        <source>Handed over by</source>
        <translation>Հանձնեց</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>Ընդունեց</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Ստորագրություն</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ամսաթիվ և ժամ</translation>
    </message>
    <message>
        <source>The handover needs a graphical application to draw its pages (Qt Gui).</source>
        <translation>Հերթափոխի հաշվետվության էջերը գծելու համար անհրաժեշտ է գրաֆիկական հավելված (Qt Gui)։</translation>
    </message>
    <message>
        <source>The handover could not be laid out: the printer is not set to 72 dpi.</source>
        <translation>Չհաջողվեց դասավորել հերթափոխի հաշվետվությունը. տպիչը կարգավորված չէ 72 dpi-ի։</translation>
    </message>
    <message>
        <source>The handover could not be drawn.</source>
        <translation>Չհաջողվեց գծել հերթափոխի հաշվետվությունը։</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>document title: what, venue</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>HistoryWording</name>
    <message>
        <source>Yes</source>
        <translation>Այո</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ոչ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Չկա</translation>
    </message>
    <message>
        <source>Complaint status</source>
        <translation>Բողոքի կարգավիճակ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: the note given with the move</comment>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>Note on a complaint</source>
        <translation>Նշում բողոքի վերաբերյալ</translation>
    </message>
    <message>
        <source>Action on a complaint</source>
        <translation>Գործողություն բողոքի վերաբերյալ</translation>
    </message>
    <message>
        <source>Complaint logged</source>
        <translation>Բողոքը գրանցվեց</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>category and severity: description</comment>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>kind of compensation, amount</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>compensation — what was given</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Compensation given</source>
        <translation>Տրվեց փոխհատուցում</translation>
    </message>
    <message>
        <source>%1, satisfaction %2/5</source>
        <translation>%1, գոհունակություն՝ %2/5</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <comment>follow-up: the guest&apos;s words</comment>
        <translation>%1՝ «%2»</translation>
    </message>
    <message>
        <source>Guest followed up after a complaint</source>
        <translation>Հետագա կապ հյուրի հետ բողոքից հետո</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Կարծիք ստացվեց</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation>%1, սենյակ %2</translation>
    </message>
    <message>
        <source>Feedback no longer linked to a complaint</source>
        <translation>Կարծիքն այլևս կապակցված չէ բողոքի հետ</translation>
    </message>
    <message>
        <source>Feedback linked to a complaint</source>
        <translation>Կարծիքը կապակցվեց բողոքի հետ</translation>
    </message>
    <message>
        <source>Feedback topic added by staff</source>
        <translation>Անձնակազմն ավելացրեց կարծիքի թեմա</translation>
    </message>
    <message>
        <source>Feedback topic removed by staff</source>
        <translation>Անձնակազմը հեռացրեց կարծիքի թեմա</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <comment>a complaint&apos;s field that changed</comment>
        <translation>Բողոք՝ %1</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <comment>a feedback entry&apos;s field that changed</comment>
        <translation>Կարծիք՝ %1</translation>
    </message>
</context>
<context>
    <name>HospitalityTopic</name>
    <message>
        <source>Room</source>
        <translation>Սենյակ</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Մաքրություն</translation>
    </message>
    <message>
        <source>Bathroom</source>
        <translation>Լոգասենյակ</translation>
    </message>
    <message>
        <source>Bed &amp; sleep</source>
        <translation>Մահճակալ և քուն</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Աղմուկ</translation>
    </message>
    <message>
        <source>Staff &amp; service</source>
        <translation>Անձնակազմ և սպասարկում</translation>
    </message>
    <message>
        <source>Front desk &amp; check-in/out</source>
        <translation>Ընդունարան, գրանցում և մեկնում</translation>
    </message>
    <message>
        <source>Food &amp; breakfast</source>
        <translation>Սնունդ և նախաճաշ</translation>
    </message>
    <message>
        <source>Restaurant &amp; bar</source>
        <translation>Ռեստորան և բար</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Տեղադրություն</translation>
    </message>
    <message>
        <source>Value &amp; price</source>
        <translation>Գին և արժեք</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Հարմարություններ</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Մատչելիություն</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Անվտանգություն</translation>
    </message>
</context>
<context>
    <name>ImportDate</name>
    <message>
        <source>&quot;%1&quot; is not a date: there is no such day.</source>
        <translation>«%1»-ը ամսաթիվ չէ․ այդպիսի օր չկա։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date format Innkeep reads; give one of %2 (D and M for one-digit days and months are fine too).</source>
        <translation>«%1»-ը Innkeep-ին հասկանալի ամսաթվի ձևաչափ չէ։ Նշեք հետևյալներից մեկը՝ %2 (միանիշ օրերի և ամիսների համար կարելի է գրել նաև D և M)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD or DD.MM.YYYY, or give the file&apos;s date format with --date-format.</source>
        <translation>«%1»-ը ամսաթիվ չէ։ Գրեք այն YYYY-MM-DD կամ DD.MM.YYYY տեսքով, կամ նշեք ֆայլի ամսաթվի ձևաչափը --date-format-ով։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the format %2.</source>
        <translation>«%1»-ը %2 ձևաչափով ամսաթիվ չէ։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>«%1»-ը ամսաթիվ չէ։</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>a day and a month&apos;s name, as QLocale writes them: 3 April</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2 or %3; give the file&apos;s date format with --date-format DD/MM/YYYY or MM/DD/YYYY.</source>
        <translation>«%1»-ը կարող է լինել և՛ %2, և՛ %3։ Նշեք ֆայլի ամսաթվի ձևաչափը՝ --date-format DD/MM/YYYY կամ MM/DD/YYYY։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>«%1»-ը օրվա ժամ չէ։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset from UTC.</source>
        <translation>«%1»-ը UTC-ից շեղում չէ։</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>This is a folder, not a CSV file.</source>
        <translation>Սա թղթապանակ է, ոչ թե CSV ֆայլ։</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, a pipe or a socket); import a CSV file saved on disk.</source>
        <translation>Սա սովորական ֆայլ չէ (դա սարք է, խողովակ կամ սոկետ)։ Ներմուծեք սկավառակի վրա պահպանված CSV ֆայլ։</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Հնարավոր չէ կարդալ ֆայլը՝ %1։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text encoding Innkeep knows; try windows-1251, windows-1252 or iso-8859-1.</source>
        <translation>«%1»-ը Innkeep-ին հայտնի տեքստի կոդավորում չէ․ փորձեք windows-1251, windows-1252 կամ iso-8859-1։</translation>
    </message>
    <message>
        <source>No private scratch folder could be made.</source>
        <translation>Հնարավոր չեղավ ստեղծել անձնական ժամանակավոր թղթապանակ։</translation>
    </message>
    <message>
        <source>The file could not be converted.</source>
        <translation>Ֆայլը հնարավոր չեղավ փոխարկել։</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Ֆայլը հնարավոր չեղավ կարդալ։</translation>
    </message>
</context>
<context>
    <name>ImportFileChoices</name>
    <message>
        <source>As written (a date that could mean two days is a problem)</source>
        <translation>Ինչպես գրված է (երկու տարբեր օր նշանակող ամսաթիվը կհամարվի խնդիր)</translation>
    </message>
    <message>
        <source>Day first, as 31/12/1990</source>
        <translation>Սկզբում օրը, օրինակ՝ 31/12/1990</translation>
    </message>
    <message>
        <source>Month first, as 12/31/1990</source>
        <translation>Սկզբում ամիսը, օրինակ՝ 12/31/1990</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 or UTF-16), recognised by itself</source>
        <translation>Unicode (UTF-8 կամ UTF-16), ճանաչվում է ավտոմատ</translation>
    </message>
    <message>
        <source>Cyrillic from older Windows programs (windows-1251)</source>
        <translation>Կիրիլիցա՝ Windows-ի հին ծրագրերից (windows-1251)</translation>
    </message>
    <message>
        <source>Western European from older Windows programs (windows-1252)</source>
        <translation>Արևմտաեվրոպական՝ Windows-ի հին ծրագրերից (windows-1252)</translation>
    </message>
    <message>
        <source>Central European from older Windows programs (windows-1250)</source>
        <translation>Կենտրոնաեվրոպական՝ Windows-ի հին ծրագրերից (windows-1250)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
</context>
<context>
    <name>InsightsReport</name>
    <message>
        <source>The first day is not a valid date.</source>
        <translation>Առաջին օրը վավեր ամսաթիվ չէ։</translation>
    </message>
    <message>
        <source>The last day must be a valid date on or after the first day.</source>
        <translation>Վերջին օրը պետք է լինի վավեր ամսաթիվ՝ առաջին օրվանից ոչ շուտ։</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Առանց կատեգորիայի</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Չեղարկվեց․ ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>This file is being changed by %1; try again when it has finished.</source>
        <translation>Այս ֆայլում հիմա ընթանում է %1․ կրկին փորձեք, երբ այն ավարտվի։</translation>
    </message>
</context>
<context>
    <name>JsonExport</name>
    <message>
        <source>Reading the database failed: %1</source>
        <translation>Չհաջողվեց կարդալ տվյալների բազան՝ %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Արտահանումը չեղարկվեց, ֆայլ չստեղծվեց։</translation>
    </message>
    <message>
        <source>the JSON export</source>
        <translation>JSON արտահանումը</translation>
    </message>
    <message>
        <source>Writing guests</source>
        <translation>Հյուրերը գրվում են</translation>
    </message>
</context>
<context>
    <name>JsonFieldValue</name>
    <message>
        <source>this key is missing; every record needs it</source>
        <translation>այս բանալին բացակայում է․ այն պարտադիր է յուրաքանչյուր գրառման համար</translation>
    </message>
    <message>
        <source>may not be null</source>
        <translation>չի կարող լինել null</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>սպասվում էր true կամ false</translation>
    </message>
    <message>
        <source>expected a time as whole milliseconds since 1970</source>
        <translation>սպասվում էր ժամանակ՝ 1970 թվականից ի վեր անցած միլիվայրկյանների ամբողջ թվով</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>սպասվում էր ամբողջ թիվ</translation>
    </message>
    <message>
        <source>expected a whole number, not %1</source>
        <translation>սպասվում էր ամբողջ թիվ, ոչ թե %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1-ը թույլատրելի միջակայքից դուրս է (%2-ից %3)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>սպասվում էր թիվ</translation>
    </message>
    <message>
        <source>expected a string (text in double quotes)</source>
        <translation>սպասվում էր տեքստային արժեք (տեքստ կրկնակի չակերտներում)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>«%1»-ը YYYY-MM-DD տեսքով գրված ամսաթիվ չէ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«%1» արժեքը թույլատրելի չէ․ թույլատրելի են՝ %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uuid</source>
        <translation>«%1»-ը uuid չէ</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>the database refused this record: %1</source>
        <translation>տվյալների բազան մերժեց այս գրառումը՝ %1</translation>
    </message>
    <message>
        <source>this database already holds %1 (%2 rows); import json restores a venue into an empty database only: make a new one with innkeep-cli init and import into that</source>
        <translation>այս տվյալների բազան արդեն տվյալներ է պարունակում՝ %1 (%2 տող)․ import json-ը հյուրանոցը վերականգնում է միայն դատարկ տվյալների բազայում․ ստեղծեք նորը innkeep-cli init հրամանով և ներմուծեք դրա մեջ</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>%1 ֆայլը գոյություն չունի։</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1-ը ֆայլ չէ։</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Չհաջողվեց բացել %1 ֆայլը՝ %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Ներմուծումը չեղարկվեց, ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>this is not an Innkeep JSON export (innkeep-cli export json writes one): it does not start with {</source>
        <translation>սա Innkeep-ի JSON արտահանում չէ (այն ստեղծում է innkeep-cli export json հրամանը)․ ֆայլը չի սկսվում { նշանով</translation>
    </message>
    <message>
        <source>the file must begin with &quot;format&quot;:&quot;innkeep-export&quot; and its &quot;version&quot;, before any list</source>
        <translation>ֆայլը պետք է սկսվի &quot;format&quot;:&quot;innkeep-export&quot;-ով և դրա &quot;version&quot;-ով՝ ցանկացած ցուցակից առաջ</translation>
    </message>
    <message>
        <source>this list is in the file twice</source>
        <translation>այս ցուցակը ֆայլում երկու անգամ կա</translation>
    </message>
    <message>
        <source>this is not an Innkeep JSON export: it has no &quot;format&quot;:&quot;innkeep-export&quot;</source>
        <translation>սա Innkeep-ի JSON արտահանում չէ․ դրանում չկա &quot;format&quot;:&quot;innkeep-export&quot;</translation>
    </message>
    <message>
        <source>this is not an Innkeep JSON export (format &quot;%1&quot;, not &quot;innkeep-export&quot;)</source>
        <translation>սա Innkeep-ի JSON արտահանում չէ (ձևաչափը &quot;%1&quot; է, ոչ թե &quot;innkeep-export&quot;)</translation>
    </message>
    <message>
        <source>expected the format version, a whole number</source>
        <translation>սպասվում էր ձևաչափի տարբերակը՝ ամբողջ թիվ</translation>
    </message>
    <message>
        <source>written by a newer Innkeep (format version %1); this one reads versions 1 to %2: update Innkeep to import it</source>
        <translation>ստեղծվել է Innkeep-ի ավելի նոր տարբերակով (ձևաչափի տարբերակ %1)․ այս տարբերակը կարդում է 1-ից %2 տարբերակները․ թարմացրեք Innkeep-ը՝ այն ներմուծելու համար</translation>
    </message>
    <message>
        <source>expected the schema version, a whole number</source>
        <translation>սպասվում էր սխեմայի տարբերակը՝ ամբողջ թիվ</translation>
    </message>
    <message>
        <source>written from a newer database (schema %1; this Innkeep has schema %2): update Innkeep to import it</source>
        <translation>ստեղծվել է ավելի նոր տվյալների բազայից (սխեմա %1, այս Innkeep-ի սխեման՝ %2)․ թարմացրեք Innkeep-ը՝ այն ներմուծելու համար</translation>
    </message>
    <message>
        <source>expected the time of the export (ISO 8601)</source>
        <translation>սպասվում էր արտահանման ժամանակը (ISO 8601)</translation>
    </message>
    <message>
        <source>expected the uuid of the device that wrote the file</source>
        <translation>սպասվում էր ֆայլը ստեղծած սարքի uuid-ը</translation>
    </message>
    <message>
        <source>the device&apos;s id must come before the lists</source>
        <translation>սարքի նույնացուցիչը պետք է լինի ցուցակներից առաջ</translation>
    </message>
    <message>
        <source>expected an object of setting names and their values</source>
        <translation>սպասվում էր կարգավորումների անուններով և դրանց արժեքներով օբյեկտ</translation>
    </message>
    <message>
        <source>a setting needs a name</source>
        <translation>կարգավորումը պետք է անուն ունենա</translation>
    </message>
    <message>
        <source>expected the setting&apos;s value as a string</source>
        <translation>սպասվում էր կարգավորման արժեքը տեքստի տեսքով</translation>
    </message>
    <message>
        <source>expected a list ([) of records</source>
        <translation>սպասվում էր գրառումների ցուցակ ([)</translation>
    </message>
    <message>
        <source>expected a record, an object in { }</source>
        <translation>սպասվում էր գրառում՝ { }-ի մեջ գրված օբյեկտ</translation>
    </message>
    <message>
        <source>no record in %1 of the file has the uuid %2</source>
        <translation>ֆայլի %1 ցուցակում %2 uuid-ով գրառում չկա</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the key of one of the file&apos;s ticket categories</source>
        <translation>«%1»-ը ֆայլի հայտերի կատեգորիաներից որևէ մեկի բանալի չէ</translation>
    </message>
    <message>
        <source>expected the SLA policy the ticket runs under, as JSON text</source>
        <translation>սպասվում էին հայտի SLA կանոնները՝ որպես JSON տեքստ</translation>
    </message>
    <message>
        <source>expected the words found, as a JSON list in text</source>
        <translation>սպասվում էին գտնված բառերը՝ որպես JSON ցուցակ տեքստի տեսքով</translation>
    </message>
    <message>
        <source>expected a list ([) of strings</source>
        <translation>սպասվում էր տեքստային արժեքների ցուցակ ([)</translation>
    </message>
    <message>
        <source>expected a string that is not empty</source>
        <translation>սպասվում էր ոչ դատարկ տեքստային արժեք</translation>
    </message>
    <message>
        <source>expected a number of points other than 0</source>
        <translation>սպասվում էր 0-ից տարբեր միավորների քանակ</translation>
    </message>
</context>
<context>
    <name>JsonStreamReader</name>
    <message>
        <source>the file ends here, before its JSON is complete (it was cut off)</source>
        <translation>ֆայլն այստեղ ավարտվում է, մինչդեռ JSON-ը դեռ ամբողջական չէ (ֆայլը կտրված է)</translation>
    </message>
    <message>
        <source>expected %1 here</source>
        <translation>այստեղ սպասվում էր %1</translation>
    </message>
    <message>
        <source>an object ({)</source>
        <translation>օբյեկտ ({)</translation>
    </message>
    <message>
        <source>a list ([)</source>
        <translation>ցուցակ ([)</translation>
    </message>
    <message>
        <source>expected , or } here</source>
        <translation>այստեղ սպասվում էր , կամ }</translation>
    </message>
    <message>
        <source>expected a key (a string in double quotes) here</source>
        <translation>այստեղ սպասվում էր բանալի (տեքստ կրկնակի չակերտներում)</translation>
    </message>
    <message>
        <source>a colon (:)</source>
        <translation>երկու կետ (:)</translation>
    </message>
    <message>
        <source>expected , or ] here</source>
        <translation>այստեղ սպասվում էր , կամ ]</translation>
    </message>
    <message>
        <source>a string that does not end on its line</source>
        <translation>տեքստային արժեք, որը չի ավարտվում իր տողում</translation>
    </message>
    <message>
        <source>a value longer than %1 MB</source>
        <translation>%1 ՄԲ-ից երկար արժեք</translation>
    </message>
    <message>
        <source>this is not a JSON value</source>
        <translation>սա JSON արժեք չէ</translation>
    </message>
    <message>
        <source>expected one value here</source>
        <translation>այստեղ սպասվում էր մեկ արժեք</translation>
    </message>
    <message>
        <source>there is more after the end of the JSON document</source>
        <translation>JSON փաստաթղթի ավարտից հետո դեռ տվյալներ կան</translation>
    </message>
</context>
<context>
    <name>KpiPeriod</name>
    <message>
        <source>The start date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Սկզբի ամսաթիվը՝ «%1», ամսաթիվ չէ (YYYY-MM-DD)։</translation>
    </message>
    <message>
        <source>The end date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Ավարտի ամսաթիվը՝ «%1», ամսաթիվ չէ (YYYY-MM-DD)։</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>Ժամանակահատվածը սկսվում է (%1) ավարտվելուց հետո (%2)։</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 ր</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ժ %2 ր</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 օր %2 ժ</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>հյուրեր</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>կեցություններ</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>հայտեր</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>պատասխաններ</translation>
    </message>
    <message>
        <source>Guests counted: %1</source>
        <translation>Հաշվված հյուրեր: %1</translation>
    </message>
    <message>
        <source>Stays counted: %1</source>
        <translation>Հաշվված կեցություններ: %1</translation>
    </message>
    <message>
        <source>Tickets counted: %1</source>
        <translation>Հաշվված հայտեր: %1</translation>
    </message>
    <message>
        <source>Answers counted: %1</source>
        <translation>Հաշվված պատասխաններ: %1</translation>
    </message>
    <message>
        <source>no figure to compare with</source>
        <translation>համեմատելու տվյալ չկա</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 միավոր</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>անփոփոխ</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>աճ %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>նվազում %1</translation>
    </message>
</context>
<context>
    <name>LanguageCode</name>
    <message>
        <source>&quot;%1&quot; is not a language code such as en, hy or ka.</source>
        <translation>«%1» լեզվի կոդ չէ (օր.՝ en, hy կամ ka)։</translation>
    </message>
</context>
<context>
    <name>LapsedRateKpi</name>
    <message>
        <source>Lapsed guests</source>
        <translation>Պասիվ հյուրեր</translation>
    </message>
    <message>
        <source>Among guests with a stay arriving on or before the period&apos;s last day, the share whose last departure (of those stays) is more than N calendar months before that day, N being the venue setting kpi.lapsed_months (18 unless set); a departure exactly N months before it is not lapsed. Cancelled and no-show stays do not count.</source>
        <translation>Ժամանակահատվածի վերջին օրը կամ դրանից առաջ ժամանող կեցություն ունեցող հյուրերից այն մասնաբաժինը, որոնց վերջին մեկնումը (այդ կեցություններից) այդ օրվանից ավելի քան N օրացուցային ամիս առաջ է, որտեղ N-ը հյուրանոցի kpi.lapsed_months կարգավորումն է (18, եթե սահմանված չէ); ուղիղ N ամիս առաջ մեկնումը պասիվ չի համարվում։ Չեղարկված և no-show կեցությունները հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>LoyaltyTiers</name>
    <message>
        <source>Enter the tier&apos;s name, e.g. Silver.</source>
        <translation>Մուտքագրեք մակարդակի անունը, օր.՝ Արծաթե։</translation>
    </message>
    <message>
        <source>There is already a tier called %1.</source>
        <translation>%1 անունով մակարդակ արդեն կա։</translation>
    </message>
    <message>
        <source>The threshold is a number of 0 or more.</source>
        <translation>Շեմը 0 կամ ավելի մեծ թիվ է։</translation>
    </message>
    <message>
        <source>The window is 0 (every stay) to 120 months.</source>
        <translation>Ժամանակահատվածը 0-ից (բոլոր կեցությունները) մինչև 120 ամիս է։</translation>
    </message>
    <message>
        <source>There is no tier with the id %1.</source>
        <translation>%1 նույնացուցիչով մակարդակ չի գտնվել։</translation>
    </message>
    <message>
        <source>There is no tier called %1.</source>
        <translation>%1 անունով մակարդակ չկա։</translation>
    </message>
    <message>
        <source>%1 nights</source>
        <translation>%1 գիշեր</translation>
    </message>
    <message>
        <source>%1 stays</source>
        <translation>%1 կեցություն</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 ծախս</translation>
    </message>
    <message>
        <source>%1 in the last %2 months</source>
        <translation>%1 վերջին %2 ամսում</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 ընդհանուր առմամբ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2 needs %3)</source>
        <translation>%1 (%2 մակարդակի համար պետք է %3)</translation>
    </message>
    <message>
        <source>%1, under every tier</source>
        <translation>%1, բոլոր մակարդակների շեմից ցածր</translation>
    </message>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>%1 նույնացուցիչով հյուր չի գտնվել։</translation>
    </message>
</context>
<context>
    <name>LtvAverageKpi</name>
    <message>
        <source>Lifetime value (average)</source>
        <translation>Հյուրի կյանքի արժեք (միջին)</translation>
    </message>
    <message>
        <source>For the guests with a stay arriving in the period: each guest&apos;s revenue from all their stays arriving on or before the period&apos;s last day, summed per currency. Per currency, the sum over these guests divided by the number of these guests (a guest without revenue in that currency counts as 0). Currencies are never converted. Cancelled and no-show stays do not count.</source>
        <translation>Ժամանակահատվածում ժամանող կեցություն ունեցող հյուրերի համար: յուրաքանչյուր հյուրի եկամուտը ժամանակահատվածի վերջին օրը կամ դրանից առաջ ժամանող նրա բոլոր կեցություններից՝ գումարված ըստ արժույթի։ Ըստ արժույթի՝ այդ հյուրերի գումարը բաժանած այդ հյուրերի թվին (տվյալ արժույթով եկամուտ չունեցող հյուրը հաշվվում է որպես 0)։ Արժույթները երբեք չեն փոխարկվում։ Չեղարկված և no-show կեցությունները հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>LtvMedianKpi</name>
    <message>
        <source>Lifetime value (median)</source>
        <translation>Հյուրի կյանքի արժեք (մեդիան)</translation>
    </message>
    <message>
        <source>For the guests with a stay arriving in the period: each guest&apos;s revenue from all their stays arriving on or before the period&apos;s last day, summed per currency. Per currency, the median over these guests (a guest without revenue in that currency counts as 0; for an even number of guests, the mean of the two middle values). Currencies are never converted. Cancelled and no-show stays do not count.</source>
        <translation>Ժամանակահատվածում ժամանող կեցություն ունեցող հյուրերի համար: յուրաքանչյուր հյուրի եկամուտը ժամանակահատվածի վերջին օրը կամ դրանից առաջ ժամանող նրա բոլոր կեցություններից՝ գումարված ըստ արժույթի։ Ըստ արժույթի՝ այդ հյուրերի մեդիանը (տվյալ արժույթով եկամուտ չունեցող հյուրը հաշվվում է որպես 0; հյուրերի զույգ թվի դեպքում՝ երկու միջին արժեքների միջինը)։ Արժույթները երբեք չեն փոխարկվում։ Չեղարկված և no-show կեցությունները հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>LtvTopDecileShareKpi</name>
    <message>
        <source>Top 10 % share of lifetime value</source>
        <translation>Լավագույն 10 %-ի մասնաբաժինը կյանքի արժեքում</translation>
    </message>
    <message>
        <source>For the guests with a stay arriving in the period: each guest&apos;s revenue in the venue currency from all their stays arriving on or before the period&apos;s last day. The share of these guests&apos; total held by the tenth of them with the most (the number of guests divided by 10, rounded up). Other currencies are left out. None when the total is 0. Cancelled and no-show stays do not count.</source>
        <translation>Ժամանակահատվածում ժամանող կեցություն ունեցող հյուրերի համար: յուրաքանչյուր հյուրի եկամուտը հյուրանոցի արժույթով՝ ժամանակահատվածի վերջին օրը կամ դրանից առաջ ժամանող նրա բոլոր կեցություններից։ Այդ հյուրերի ընդհանուր գումարի այն մասնաբաժինը, որը բաժին է ընկնում ամենաշատ եկամուտ ունեցող տասներորդին (հյուրերի թիվը բաժանած 10-ի, կլորացված դեպի վեր)։ Այլ արժույթները հաշվի չեն առնվում։ Չի հաշվարկվում, եթե ընդհանուր գումարը 0 է։ Չեղարկված և no-show կեցությունները հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>MedianResponseTimeKpi</name>
    <message>
        <source>Median response time</source>
        <translation>Պատասխանի մեդիան ժամանակ</translation>
    </message>
    <message>
        <source>Feedback received in the period that needed attention and was answered or turned into a complaint ticket by now: the median of the minutes from receipt to the first of the two.</source>
        <translation>Ժամանակահատվածում ստացված ուշադրություն պահանջող կարծիքներ, որոնց առ այսօր պատասխանվել է կամ որոնք վերածվել են բողոքի հայտի: ստացումից մինչև այդ երկուսից առաջինն անցած րոպեների մեդիանը։</translation>
    </message>
</context>
<context>
    <name>MedianSlaTimeKpi</name>
    <message>
        <source>Median time to acknowledge</source>
        <translation>Ընդունման մեդիան ժամանակ</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>Լուծման մեդիան ժամանակ</translation>
    </message>
    <message>
        <source>Complaint tickets created in the period and acknowledged by now: the median of the minutes the SLA clock charged until acknowledgement. Quiet hours are not charged.</source>
        <translation>Ժամանակահատվածում ստեղծված և առ այսօր ընդունված բողոքի հայտեր: SLA ժամացույցով մինչև ընդունումը հաշվարկված րոպեների մեդիանը։ Հանգստի ժամերը չեն հաշվարկվում։</translation>
    </message>
    <message>
        <source>Complaint tickets created in the period and resolved by now: the median of the minutes the SLA clock charged until resolution. Quiet hours and time spent waiting on the guest or a department are not charged.</source>
        <translation>Ժամանակահատվածում ստեղծված և առ այսօր լուծված բողոքի հայտեր: SLA ժամացույցով մինչև լուծումը հաշվարկված րոպեների մեդիանը։ Հանգստի ժամերը և հյուրին կամ բաժնին սպասելու ժամանակը չեն հաշվարկվում։</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>Give the template a name, e.g. &quot;thank-you&quot;.</source>
        <translation>Նշեք ձևանմուշի անունը, օր.՝ «thank-you»։</translation>
    </message>
    <message>
        <source>Give the template&apos;s language, e.g. en, hy or ka.</source>
        <translation>Նշեք ձևանմուշի լեզուն, օր.՝ en, hy կամ ka։</translation>
    </message>
    <message>
        <source>Give the message a subject.</source>
        <translation>Նշեք նամակի թեման։</translation>
    </message>
    <message>
        <source>Write the message&apos;s text.</source>
        <translation>Գրեք նամակի տեքստը։</translation>
    </message>
    <message>
        <source>There is no template called %1; innkeep-cli template list shows them.</source>
        <translation>%1 անունով ձևանմուշ չկա։ Ձևանմուշների ցանկը ցույց է տալիս innkeep-cli template list հրամանը։</translation>
    </message>
</context>
<context>
    <name>MigrationBackup</name>
    <message>
        <source>A backup could not be made before upgrading the database: %1</source>
        <translation>Տվյալների բազան թարմացնելուց առաջ չհաջողվեց պահուստային պատճեն ստեղծել՝ %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database failed at step %1: %2</source>
        <translation>Տվյալների բազայի թարմացումը ձախողվեց (քայլ %1)՝ %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount such as 25 or 12.50.</source>
        <translation>«%1»-ը գումար չէ․ գրեք, օրինակ, 25 կամ 12.50։</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has no minor unit; give a whole amount.</source>
        <translation>«%1»: %2 արժույթը մանր միավոր չունի․ նշեք ամբողջ գումար։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals, the most %3 has.</source>
        <translation>«%1»-ն ունի %2-ից ավելի տասնորդական նիշ, իսկ %3-ի համար առավելագույնը %2 է։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>«%1»-ը չափազանց մեծ գումար է։</translation>
    </message>
</context>
<context>
    <name>NpsKpi</name>
    <message>
        <source>Net Promoter Score</source>
        <translation>Հավատարմության ինդեքս (NPS)</translation>
    </message>
    <message>
        <source>Feedback on the NPS scale (0–10) received in the period: 100 × (promoters, 9–10, minus detractors, 0–6) ÷ all NPS answers.</source>
        <translation>Ժամանակահատվածում ստացված NPS սանդղակով (0–10) կարծիքներ: 100 × (խթանողներ՝ 9–10, հանած քննադատներ՝ 0–6) ÷ բոլոր NPS պատասխանները։</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>There is no message with the id %1 in the outbox.</source>
        <translation>Ելքային արկղում %1 նույնացուցիչով նամակ չկա։</translation>
    </message>
    <message>
        <source>Set the sender first: innkeep-cli settings set smtp.from &quot;Hotel &lt;desk@example.com&gt;&quot;</source>
        <translation>Նախ նշեք ուղարկողին՝ innkeep-cli settings set smtp.from &quot;Hotel &lt;desk@example.com&gt;&quot;</translation>
    </message>
    <message>
        <source>Innkeep stopped after the server had the whole message and before it answered: it may have arrived. Check, then resend it or mark it sent.</source>
        <translation>Innkeep-ն ընդհատվեց այն բանից հետո, երբ սերվերն արդեն ստացել էր ամբողջ նամակը, բայց դեռ չէր պատասխանել․ հնարավոր է՝ նամակը հասել է։ Ստուգեք, ապա կրկին ուղարկեք այն կամ նշեք որպես ուղարկված։</translation>
    </message>
    <message>
        <source>Innkeep stopped before the server had the whole message; it is sent again.</source>
        <translation>Innkeep-ն ընդհատվեց, նախքան սերվերը կստանար ամբողջ նամակը․ նամակը կրկին կուղարկվի։</translation>
    </message>
    <message>
        <source>Set the mail server first: innkeep-cli settings set smtp.url smtp://HOST:PORT</source>
        <translation>Նախ նշեք փոստային սերվերը՝ innkeep-cli settings set smtp.url smtp://HOST:PORT</translation>
    </message>
    <message>
        <source>Another Innkeep program is sending this venue&apos;s outbox now.</source>
        <translation>Innkeep-ի մեկ այլ ծրագիր այս պահին ուղարկում է այս հյուրանոցի ելքային արկղի նամակները։</translation>
    </message>
    <message>
        <source>Not sent: the guest no longer agrees to marketing e-mail, or is blocked or archived.</source>
        <translation>Չուղարկվեց․ հյուրն այլևս համաձայն չէ ստանալ մարքեթինգային էլ. նամակներ, կամ արգելափակված կամ արխիվացված է։</translation>
    </message>
    <message>
        <source>The server had the whole message and did not answer (%1): it may have arrived. Check, then resend it or mark it sent.</source>
        <translation>Սերվերը ստացել էր ամբողջ նամակը, բայց չպատասխանեց (%1)․ հնարավոր է՝ նամակը հասել է։ Ստուգեք, ապա կրկին ուղարկեք այն կամ նշեք որպես ուղարկված։</translation>
    </message>
    <message>
        <source>Only a failed message or one that may have been sent can be sent again; this one is %1.</source>
        <translation>Կրկին կարելի է ուղարկել միայն ձախողված կամ հնարավոր է՝ ուղարկված նամակը, իսկ այս նամակը «%1» կարգավիճակում է։</translation>
    </message>
    <message>
        <source>The guest no longer agrees to marketing e-mail, or is blocked or archived.</source>
        <translation>Հյուրն այլևս համաձայն չէ ստանալ մարքեթինգային էլ. նամակներ, կամ արգելափակված կամ արխիվացված է։</translation>
    </message>
    <message>
        <source>Only a message that may have been sent can be marked sent; this one is %1.</source>
        <translation>Որպես ուղարկված կարելի է նշել միայն այն նամակը, որը հնարավոր է՝ ուղարկվել է, իսկ այս նամակը «%1» կարգավիճակում է։</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>waiting</source>
        <translation>սպասում է</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>ուղարկվում է</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>ուղարկված</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ձախողված</translation>
    </message>
    <message>
        <source>may have been sent: check and resend or mark sent</source>
        <translation>հնարավոր է՝ ուղարկվել է․ ստուգեք և կրկին ուղարկեք կամ նշեք որպես ուղարկված</translation>
    </message>
    <message>
        <source>exported for the mail client</source>
        <translation>արտահանված է փոստային ծրագրի համար</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Մուտքագրեք հեռախոսահամար։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code and no default region is set; start it with + and the country code.</source>
        <translation>«%1» համարը երկրի կոդ չունի, իսկ հիմնական տարածաշրջան նշված չէ։ Սկսեք համարը + նշանով և երկրի կոդով։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number.</source>
        <translation>«%1» չափազանց կարճ է հեռախոսահամարի համար։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number.</source>
        <translation>«%1» չափազանց երկար է հեռախոսահամարի համար։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» հեռախոսահամար չէ։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the right number of digits for its country.</source>
        <translation>«%1» համարում թվանշանների քանակը սխալ է իր երկրի համար։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension (%2); Innkeep stores numbers without one. Enter the number alone and put the extension in a note.</source>
        <translation>«%1» համարն ունի ներքին համար (%2), իսկ Innkeep-ը պահում է համարներն առանց դրա։ Մուտքագրեք միայն համարը, իսկ ներքին համարը գրեք նշման մեջ։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in use: its country gives out no number that starts like this.</source>
        <translation>«%1» գործող համար չէ։ Դրա երկրում այսպես սկսվող համարներ չեն տրամադրվում։</translation>
    </message>
</context>
<context>
    <name>PointsKind</name>
    <message>
        <source>Stay</source>
        <translation>Կեցություն</translation>
    </message>
    <message>
        <source>Birthday stay</source>
        <translation>Կեցություն ծննդյան օրը</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Ուղղորդում</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ճշգրտում</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Օգտագործված</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Ժամկետանց</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Չեղարկում</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>%1 նույնացուցիչով հյուր չի գտնվել։</translation>
    </message>
    <message>
        <source>The guest %1 is archived (merged into another profile or retired); their points are kept on the profile they were merged into.</source>
        <translation>%1 հյուրն արխիվացված է (միավորվել է մեկ այլ պրոֆիլի հետ կամ այլևս չի օգտագործվում)։ Նրա միավորները պահվում են այն պրոֆիլում, որի հետ այն միավորվել է։</translation>
    </message>
    <message>
        <source>There is no points entry with the id %1.</source>
        <translation>%1 նույնացուցիչով միավորների գրառում չի գտնվել։</translation>
    </message>
    <message>
        <source>Give a reason, e.g. &quot;Welcome drink&quot; or &quot;Goodwill&quot;.</source>
        <translation>Նշեք պատճառը, օր.՝ «Ողջույնի ըմպելիք» կամ «Բարի կամքի ժեստ»։</translation>
    </message>
    <message>
        <source>Give the points to add (e.g. 500) or to take off (e.g. -200); not 0, at most %1.</source>
        <translation>Նշեք ավելացվող (օր.՝ 500) կամ հանվող (օր.՝ -200) միավորները՝ ոչ 0, առավելագույնը %1։</translation>
    </message>
    <message>
        <source>The guest has %1 points; taking off %2 would leave less than none.</source>
        <translation>Հյուրն ունի %1 միավոր․ %2 միավոր հանելու դեպքում մնացորդը բացասական կդառնա։</translation>
    </message>
    <message>
        <source>Give the points to redeem as a whole number above 0.</source>
        <translation>Նշեք օգտագործվող միավորները որպես 0-ից մեծ ամբողջ թիվ։</translation>
    </message>
    <message>
        <source>The guest has %1 points; %2 cannot be redeemed.</source>
        <translation>Հյուրն ունի %1 միավոր․ %2 միավոր օգտագործել հնարավոր չէ։</translation>
    </message>
    <message>
        <source>This entry has been undone already.</source>
        <translation>Այս գրառումն արդեն չեղարկվել է։</translation>
    </message>
    <message>
        <source>An expiry or an undo cannot be undone; adjust the points instead.</source>
        <translation>Ժամկետի լրացումը կամ չեղարկումը հնարավոր չէ չեղարկել․ փոխարենը ճշգրտեք միավորները։</translation>
    </message>
    <message>
        <source>The guest has %1 points left; taking back the %2 of this entry would leave less than none.</source>
        <translation>Հյուրին մնացել է %1 միավոր․ այս գրառման %2 միավորը հետ վերցնելու դեպքում մնացորդը բացասական կդառնա։</translation>
    </message>
    <message>
        <source>The venue gives no referral bonus; set %1 first.</source>
        <translation>Հյուրանոցը ուղղորդման բոնուս չի տրամադրում․ նախ սահմանեք %1 կարգավորումը։</translation>
    </message>
    <message>
        <source>A guest cannot refer themselves.</source>
        <translation>Հյուրը չի կարող ուղղորդել ինքն իրեն։</translation>
    </message>
    <message>
        <source>The referral of this guest has been credited already (to %1).</source>
        <translation>Այս հյուրի ուղղորդման բոնուսն արդեն հաշվեգրվել է (%1 նույնացուցիչով հյուրին)։</translation>
    </message>
    <message>
        <source>The referred guest has not stayed yet; the bonus is credited after their first stay.</source>
        <translation>Ուղղորդված հյուրը դեռ կեցություն չի ունեցել․ բոնուսը հաշվեգրվում է նրա առաջին կեցությունից հետո։</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Ուղղորդում</translation>
    </message>
    <message>
        <source>Stay over the guest&apos;s birthday</source>
        <translation>Կեցություն հյուրի ծննդյան օրը</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Կեցություն</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Ժամկետանց</translation>
    </message>
</context>
<context>
    <name>PreferenceCategory</name>
    <message>
        <source>Room</source>
        <translation>Սենյակ</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>Սնունդ և ըմպելիքներ</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Հարմարություններ</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Մատչելիություն</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Հաղորդակցություն</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
</context>
<context>
    <name>PreferenceService</name>
    <message>
        <source>There is no preference with the id %1.</source>
        <translation>%1 նույնացուցիչով նախընտրություն չի գտնվել։</translation>
    </message>
    <message>
        <source>Say what the preference is.</source>
        <translation>Նշեք նախընտրությունը։</translation>
    </message>
    <message>
        <source>The date observed cannot be in the future.</source>
        <translation>Նկատման ամսաթիվը չի կարող լինել ապագայում։</translation>
    </message>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>%1 նույնացուցիչով հյուր չի գտնվել։</translation>
    </message>
    <message>
        <source>The guest already has this preference.</source>
        <translation>Հյուրն արդեն ունի այս նախընտրությունը։</translation>
    </message>
    <message>
        <source>The date observed cannot be before 1900.</source>
        <translation>Նկատման ամսաթիվը չի կարող լինել 1900 թվականից առաջ։</translation>
    </message>
</context>
<context>
    <name>PreferenceSource</name>
    <message>
        <source>Told by the guest</source>
        <translation>Հայտնել է հյուրը</translation>
    </message>
    <message>
        <source>Observed by staff</source>
        <translation>Նկատել է անձնակազմը</translation>
    </message>
    <message>
        <source>From feedback</source>
        <translation>Կարծիքից</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Կ&amp;տրել</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Պատճենել</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Տեղադրել</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ընտրել բոլորը</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Լավ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Կիրառել</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Այո</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ոչ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Չպահպանել</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Օգնություն</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Վերակայել</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>The rating %1 is off its scale of 1 to 5.</source>
        <translation>%1 գնահատականը դուրս է 1-ից 5 սանդղակից։</translation>
    </message>
    <message>
        <source>The rating %1 is off its scale of 1 to 10.</source>
        <translation>%1 գնահատականը դուրս է 1-ից 10 սանդղակից։</translation>
    </message>
    <message>
        <source>The rating %1 is off its scale: NPS is a whole number from 0 to 10.</source>
        <translation>%1 գնահատականը դուրս է սանդղակից։ NPS-ը 0-ից 10 ամբողջ թիվ է։</translation>
    </message>
    <message>
        <source>Unknown rating scale &quot;/%1&quot;: use 1-5 (4/5), 1-10 (8/10) or NPS (nps:9).</source>
        <translation>Անհայտ գնահատման սանդղակ՝ «/%1»։ Օգտագործեք 1-5 (4/5), 1-10 (8/10) կամ NPS (nps:9)։</translation>
    </message>
    <message>
        <source>Cannot read the rating &quot;%1&quot;: write it as 4/5, 8/10 or nps:9.</source>
        <translation>Հնարավոր չէ կարդալ «%1» գնահատականը։ Գրեք այն 4/5, 8/10 կամ nps:9 տեսքով։</translation>
    </message>
</context>
<context>
    <name>RatingAverageKpi</name>
    <message>
        <source>Average rating (0–10)</source>
        <translation>Միջին գնահատական (0–10)</translation>
    </message>
    <message>
        <source>Every rating received in the period, on any scale, normalised to 0–1 (1–5: (rating − 1) ÷ 4; 1–10: (rating − 1) ÷ 9; NPS: rating ÷ 10) and multiplied by 10: the average of those.</source>
        <translation>Ժամանակահատվածում ստացված յուրաքանչյուր գնահատական, ցանկացած սանդղակով, նորմալացված 0–1 միջակայքի (1–5: (գնահատական − 1) ÷ 4; 1–10: (գնահատական − 1) ÷ 9; NPS: գնահատական ÷ 10) և բազմապատկված 10-ով: դրանց միջինը։</translation>
    </message>
</context>
<context>
    <name>RecordCsvImport</name>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation>Ֆայլը դատարկ է։ Այն պետք է ունենա վերնագրի տող։</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Ներմուծումը չեղարկվեց, ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>տող %1: </translation>
    </message>
    <message>
        <source>The rows were imported, but the rejected rows could not be saved: %1</source>
        <translation>Տողերը ներմուծվեցին, բայց մերժված տողերը չհաջողվեց պահպանել՝ %1</translation>
    </message>
</context>
<context>
    <name>RecoveryRateKpi</name>
    <message>
        <source>Recovery rate</source>
        <translation>Վերականգնման մակարդակ</translation>
    </message>
    <message>
        <source>Complaint tickets closed in the period with an outcome: recovered ÷ (recovered + lost). Tickets closed without an outcome are not counted.</source>
        <translation>Ժամանակահատվածում արդյունքով փակված բողոքի հայտեր: վերականգնված ÷ (վերականգնված + կորցրած)։ Առանց արդյունքի փակված հայտերը հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Birthday</source>
        <translation>Ծննդյան օր</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Տարեդարձ</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Շնորհավորանք</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Հետագա կապ</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>Հյուրի վերադարձ</translation>
    </message>
    <message>
        <source>Arrival to prepare</source>
        <translation>Ժամանման նախապատրաստում</translation>
    </message>
    <message>
        <source>Feedback to answer</source>
        <translation>Պատասխանելիք կարծիք</translation>
    </message>
    <message>
        <source>Open the guest</source>
        <translation>Բացել հյուրի պրոֆիլը</translation>
    </message>
    <message>
        <source>Log the follow-up</source>
        <translation>Գրանցել հետագա կապը</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Պատասխանել</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Նախապատրաստել</translation>
    </message>
    <message>
        <source>Send a greeting</source>
        <translation>Ուղարկել շնորհավորանք</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Հիմա</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Շուտով</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Ավելի ուշ</translation>
    </message>
</context>
<context>
    <name>ReminderKey</name>
    <message>
        <source>%1 is not a reminder key; innkeep-cli reminders --json lists the keys.</source>
        <translation>%1-ը հիշեցման բանալի չէ։ Բանալիների ցանկը ցույց է տալիս innkeep-cli reminders --json հրամանը։</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <source>today</source>
        <translation>այսօր</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>վաղը</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1-ին</translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation>Նշեք օրը YYYY-MM-DD ձևաչափով։</translation>
    </message>
    <message>
        <source>in house</source>
        <translation>հյուրանոցում է</translation>
    </message>
    <message>
        <source>in house, room %1</source>
        <translation>հյուրանոցում է, սենյակ %1</translation>
    </message>
    <message>
        <source>arriving %1</source>
        <translation>ժամանում է %1</translation>
    </message>
    <message>
        <source>%1 has a birthday %2 during the stay (%3): prepare a card or a small surprise.</source>
        <translation>%1 — ծննդյան օրը՝ %2, կեցության ընթացքում (%3)։ Պատրաստեք բացիկ կամ փոքրիկ անակնկալ։</translation>
    </message>
    <message>
        <source>%1 has an anniversary %2 during the stay (%3): prepare a card or a small surprise.</source>
        <translation>%1 — տարեդարձը՝ %2, կեցության ընթացքում (%3)։ Պատրաստեք բացիկ կամ փոքրիկ անակնկալ։</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>%1 մակարդակ</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message numerus="yes">
        <source>%n stays</source>
        <translation>
            <numerusform>%n կեցություն</numerusform>
            <numerusform>%n կեցություն</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 a birthday greeting %2 (a loyal guest: %3).</source>
        <translation>%1 — ծննդյան օրը՝ %2։ Ուղարկեք շնորհավորանք (հավատարիմ հյուր՝ %3)։</translation>
    </message>
    <message>
        <source>Send %1 an anniversary greeting %2 (a loyal guest: %3).</source>
        <translation>%1 — տարեդարձը՝ %2։ Ուղարկեք շնորհավորանք (հավատարիմ հյուր՝ %3)։</translation>
    </message>
    <message>
        <source>Follow up on the complaint &quot;%1&quot;, resolved %2: ask whether all is well now.</source>
        <translation>Կապ հաստատեք հյուրի հետ «%1» բողոքի վերաբերյալ (լուծվել է %2)․ հարցրեք՝ արդյոք հիմա ամեն ինչ կարգին է։</translation>
    </message>
    <message>
        <source>Call or see %1 about the complaint &quot;%2&quot;, resolved %3: ask whether all is well now.</source>
        <translation>Զանգահարեք կամ հանդիպեք հյուրին՝ %1, «%2» բողոքի վերաբերյալ (լուծվել է %3)․ հարցրեք՝ արդյոք հիմա ամեն ինչ կարգին է։</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) has not stayed with us for %n months, since %3: get in touch to win them back.</source>
        <translation>
            <numerusform>%1 (%2) մեզ մոտ չի իջևանել արդեն %n ամիս՝ %3-ից ի վեր։ Կապ հաստատեք՝ նրան վերադարձնելու համար։</numerusform>
            <numerusform>%1 (%2) մեզ մոտ չի իջևանել արդեն %n ամիս՝ %3-ից ի վեր։ Կապ հաստատեք՝ նրան վերադարձնելու համար։</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare for %1 arriving %2: %3.</source>
        <translation>%1 — ժամանում է %2։ Նախապատրաստեք՝ %3։</translation>
    </message>
    <message>
        <source>Prepare room %1 for %2 arriving %3: %4.</source>
        <translation>%2 — ժամանում է %3։ Նախապատրաստեք %1 սենյակը՝ %4։</translation>
    </message>
    <message>
        <source>a low rating</source>
        <translation>ցածր գնահատական</translation>
    </message>
    <message>
        <source>Answer the feedback of %1 (%2): %3.</source>
        <translation>Պատասխանեք %1-ի կարծիքին (%2)․ %3։</translation>
    </message>
    <message>
        <source>Answer %1&apos;s feedback of %2 (%3): %4.</source>
        <translation>Պատասխանեք %2-ի կարծիքին, որը թողել է %1 (%3)․ %4։</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>The reminder %1 is about a record that is not in this venue.</source>
        <translation>%1 հիշեցումը վերաբերում է գրառման, որն այս հյուրանոցում չկա։</translation>
    </message>
    <message>
        <source>Snooze a reminder until a day after today.</source>
        <translation>Հիշեցումը կարելի է հետաձգել միայն մինչև այսօրվանից հետո եկող որևէ օր։</translation>
    </message>
    <message>
        <source>The reminder %1 is neither done nor snoozed.</source>
        <translation>%1 հիշեցումը ո՛չ կատարված է, ո՛չ էլ հետաձգված։</translation>
    </message>
</context>
<context>
    <name>RepeatGuestRateKpi</name>
    <message>
        <source>Repeat guests</source>
        <translation>Կրկնվող հյուրեր</translation>
    </message>
    <message>
        <source>Among guests with a stay arriving in the period, the share with at least two stays arriving on or before the period&apos;s last day. Cancelled and no-show stays do not count.</source>
        <translation>Ժամանակահատվածում ժամանող կեցություն ունեցող հյուրերից այն մասնաբաժինը, որոնք ունեն ժամանակահատվածի վերջին օրը կամ դրանից առաջ ժամանող առնվազն երկու կեցություն։ Չեղարկված և no-show կեցությունները հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>No data in these months</source>
        <translation>Այս ամիսներին տվյալներ չկան</translation>
    </message>
    <message>
        <source>No complaints in these months</source>
        <translation>Այս ամիսներին բողոքներ չկան</translation>
    </message>
    <message>
        <source>First stay</source>
        <translation>Առաջին կեցություն</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Հյուրեր</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <comment>months since the first stay</comment>
        <translation>%1 ամ</translation>
    </message>
    <message>
        <source>No guest had a first stay in these months</source>
        <translation>Այս ամիսներին ոչ մի հյուր առաջին կեցություն չի ունեցել</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Այլ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>guests, share</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Սա ֆայլ է, ոչ թե թղթապանակ։</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 ր</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 ժ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <comment>sign, change in percentage points</comment>
        <translation>%1%2 տ.կ.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of a period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short month name, two-digit year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Գրանցված չէ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name, code</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>guests</source>
        <translation>հյուրեր</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>կեցություններ</translation>
    </message>
    <message>
        <source>complaint tickets</source>
        <translation>բողոքի հայտեր</translation>
    </message>
    <message>
        <source>feedback entries</source>
        <translation>կարծիքներ</translation>
    </message>
    <message>
        <source>Unnamed venue</source>
        <translation>Անանուն հյուրանոց</translation>
    </message>
    <message>
        <source>Compared with %1 (previous period) and %2 (a year before).</source>
        <translation>Համեմատված է %1-ի (նախորդ ժամանակահատված) և %2-ի (մեկ տարի առաջ) հետ։</translation>
    </message>
    <message>
        <source>Generated on %1.</source>
        <translation>Ստեղծվել է %1։</translation>
    </message>
    <message>
        <source>Insights report</source>
        <translation>Վերլուծական հաշվետվություն</translation>
    </message>
    <message>
        <source>No data: this venue has no stays, complaints or feedback in this period or the twelve months before it. Figures read &quot;—&quot; and the charts stay empty until there is something to count.</source>
        <translation>Տվյալներ չկան: այս հյուրանոցը այս ժամանակահատվածում կամ դրան նախորդող տասներկու ամիսներին չունի կեցություններ, բողոքներ կամ կարծիքներ։ Ցուցանիշներում նշված է «—», և գծապատկերները դատարկ են մնում, մինչև հաշվելու բան լինի։</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Հիմնական ցուցանիշներ</translation>
    </message>
    <message>
        <source>&quot;—&quot; means there was nothing to count. Change: against the previous period and the same period a year before; green is better, red is worse.</source>
        <translation>«—» նշանակում է, որ հաշվելու բան չկար։ Փոփոխություն: նախորդ ժամանակահատվածի և մեկ տարի առաջվա նույն ժամանակահատվածի համեմատ; կանաչը ավելի լավ է, կարմիրը՝ ավելի վատ։</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Ցուցանիշ</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Այս ժամանակահատված</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Հաշվված</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Նախորդ ժամանակահատված</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Փոփոխություն</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>Մեկ տարի առաջ</translation>
    </message>
    <message>
        <source>* Provisional: the cohort is too young for the answer to be final.</source>
        <translation>* Նախնական: կոհորտը դեռ չափազանց նոր է, որպեսզի պատասխանը վերջնական լինի։</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>Վերջին տասներկու ամիսները</translation>
    </message>
    <message>
        <source>%1 to %2, month by month.</source>
        <translation>%1-ից մինչև %2, ամիս առ ամիս։</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-ի պահպանում</translation>
    </message>
    <message>
        <source>Complaints by category per month</source>
        <translation>Բողոքներն ըստ կատեգորիաների՝ ամսական</translation>
    </message>
    <message>
        <source>Guests who came back within 1 to 12 months, by month of first stay</source>
        <translation>1-ից 12 ամսվա ընթացքում վերադարձած հյուրեր՝ ըստ առաջին կեցության ամսի</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>Այլ կատեգորիաներ</translation>
    </message>
    <message>
        <source>Complaints in the period</source>
        <translation>Բողոքները ժամանակահատվածում</translation>
    </message>
    <message>
        <source>Tickets created in the period, by category, most first, with the outcomes recorded on them.</source>
        <translation>Ժամանակահատվածում ստեղծված հայտերն ըստ կատեգորիաների՝ ամենաշատից սկսած, դրանցում գրանցված արդյունքներով։</translation>
    </message>
    <message>
        <source>No data: no complaint was recorded in this period.</source>
        <translation>Տվյալներ չկան: այս ժամանակահատվածում ոչ մի բողոք չի գրանցվել։</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Հայտեր</translation>
    </message>
    <message>
        <source>High or critical</source>
        <translation>Բարձր կամ կրիտիկական</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Վերականգնված</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Կորցրած</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Դեռ բաց</translation>
    </message>
    <message>
        <source>Feedback topics</source>
        <translation>Կարծիքների թեմաներ</translation>
    </message>
    <message>
        <source>Topics guests wrote about in the period (%1 entries), and those whose share of negative mentions rose against the previous period of the same length.</source>
        <translation>Թեմաներ, որոնց մասին հյուրերը գրել են ժամանակահատվածում (%1 կարծիք), և նրանք, որոնց բացասական հիշատակումների մասնաբաժինն աճել է նույն տևողության նախորդ ժամանակահատվածի համեմատ։</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Վատթարացող</translation>
    </message>
    <message>
        <source>No topic got worse (topics need %1 or more mentions in both periods to be compared).</source>
        <translation>Ոչ մի թեմա չի վատթարացել (համեմատվելու համար թեմաները պետք է երկու ժամանակահատվածներում էլ ունենան %1 կամ ավելի հիշատակում)։</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Թեմա</translation>
    </message>
    <message>
        <source>Negative now</source>
        <translation>Բացասական հիմա</translation>
    </message>
    <message>
        <source>Negative before</source>
        <translation>Բացասական նախկինում</translation>
    </message>
    <message>
        <source>Mentions now</source>
        <translation>Հիշատակումներ հիմա</translation>
    </message>
    <message>
        <source>Mentions before</source>
        <translation>Հիշատակումներ նախկինում</translation>
    </message>
    <message>
        <source>Most mentioned</source>
        <translation>Ամենաշատ հիշատակվածները</translation>
    </message>
    <message>
        <source>No data: no feedback in this period talked about a topic.</source>
        <translation>Տվյալներ չկան: այս ժամանակահատվածում ոչ մի կարծիք որևէ թեմայի մասին չէր։</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Հիշատակումներ</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Բացասական</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Միջին միավոր</translation>
    </message>
    <message>
        <source>Guest mix</source>
        <translation>Հյուրերի կազմ</translation>
    </message>
    <message>
        <source>Guests with a stay arriving in the period, by country, language and how they came.</source>
        <translation>Ժամանակահատվածում ժամանող կեցություն ունեցող հյուրերն ըստ երկրի, լեզվի և թե ինչպես են եկել։</translation>
    </message>
    <message>
        <source>No data: no guest stayed in this period.</source>
        <translation>Տվյալներ չկան: այս ժամանակահատվածում ոչ մի հյուր չի մնացել։</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>Appendix: how each figure is computed</source>
        <translation>Հավելված: ինչպես է հաշվարկվում յուրաքանչյուր ցուցանիշ</translation>
    </message>
    <message>
        <source>Periods are local calendar dates, both ends included. A stay counts unless it was cancelled or a no-show. &quot;—&quot; means there was nothing to count.</source>
        <translation>Ժամանակահատվածները տեղական օրացուցային ամսաթվեր են՝ երկու ծայրերը ներառյալ։ Կեցությունը հաշվվում է, եթե այն չեղարկված կամ no-show չէ։ «—» նշանակում է, որ հաշվելու բան չկար։</translation>
    </message>
    <message>
        <source>Counted over: %1. Key: %2.</source>
        <translation>Հաշվարկվում է ըստ՝ %1։ Բանալի: %2։</translation>
    </message>
    <message>
        <source>Charts and tables</source>
        <translation>Գծապատկերներ և աղյուսակներ</translation>
    </message>
    <message>
        <source>Monthly lines: each KPI above computed over each whole calendar month.</source>
        <translation>Ամսական գծեր: վերևում նշված յուրաքանչյուր KPI՝ հաշվարկված յուրաքանչյուր ամբողջական օրացուցային ամսվա համար։</translation>
    </message>
    <message>
        <source>Complaints by category: tickets created in each month, by their category.</source>
        <translation>Բողոքներն ըստ կատեգորիաների: յուրաքանչյուր ամսում ստեղծված հայտերն ըստ իրենց կատեգորիայի։</translation>
    </message>
    <message>
        <source>Returning guests: the guests whose first counted stay arrived in a month, and the share of them with another stay arriving within k whole months after that first stay&apos;s departure. A grey cell is not known yet: the k-month window has not closed.</source>
        <translation>Վերադարձող հյուրեր: հյուրերը, որոնց առաջին հաշվված կեցությունը ժամանել է տվյալ ամսում, և նրանց այն մասնաբաժինը, որոնք ունեն մեկ այլ կեցություն՝ ժամանող այդ առաջին կեցության մեկնումից հետո k ամբողջական ամսվա ընթացքում։ Մոխրագույն վանդակը դեռ հայտնի չէ: k-ամսյա պատուհանը դեռ չի փակվել։</translation>
    </message>
    <message>
        <source>Complaints in the period: tickets created in the period; high or critical by severity; recovered and lost are the outcomes recorded on the tickets; still open means neither resolved nor closed.</source>
        <translation>Բողոքները ժամանակահատվածում: ժամանակահատվածում ստեղծված հայտեր; բարձր կամ կրիտիկական՝ ըստ խստության; վերականգնված և կորցրած՝ հայտերում գրանցված արդյունքներն են; դեռ բաց՝ նշանակում է ոչ լուծված, ոչ էլ փակված։</translation>
    </message>
    <message>
        <source>Feedback topics: a mention is an entry that talks about the topic (staff corrections win); it is negative at a score of %1 or lower.</source>
        <translation>Կարծիքների թեմաներ: հիշատակումը կարծիք է, որը խոսում է թեմայի մասին (աշխատակազմի ուղղումները գերակայում են); այն բացասական է %1 կամ ավելի ցածր գնահատականի դեպքում։</translation>
    </message>
    <message>
        <source>Insights report, %1</source>
        <translation>Վերլուծական հաշվետվություն, %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Էջ %1՝ %2-ից</translation>
    </message>
    <message>
        <source>The report needs a graphical application to draw its pages (Qt Gui).</source>
        <translation>Հաշվետվության էջերը գծելու համար անհրաժեշտ է գրաֆիկական հավելված (Qt Gui)։</translation>
    </message>
    <message>
        <source>Insights report, %1, %2</source>
        <comment>venue, period</comment>
        <translation>Վերլուծական հաշվետվություն, %1, %2</translation>
    </message>
    <message>
        <source>Generated by Innkeep on %1</source>
        <translation>Ստեղծվել է Innkeep-ի կողմից %1</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Չհաջողվեց գծել PDF-ը։</translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <source>Keep guests between 1 and %1 years after their last stay, or 0 for no rule.</source>
        <translation>Հյուրերին պահեք վերջին կեցությունից հետո 1-ից %1 տարի, կամ նշեք 0՝ առանց կանոնի։</translation>
    </message>
</context>
<context>
    <name>Return12mRateKpi</name>
    <message>
        <source>Return within 12 months</source>
        <translation>Վերադարձ 12 ամսվա ընթացքում</translation>
    </message>
    <message>
        <source>Among guests whose first stay arrived in the period, the share with another stay arriving between that first stay&apos;s departure day and 365 days after it, both days included. Stays arriving before the first stay departed are not returns. Provisional while some of these guests&apos; 365 days have not passed yet. Cancelled and no-show stays do not count.</source>
        <translation>Այն հյուրերից, որոնց առաջին կեցությունը ժամանել է ժամանակահատվածում, այն մասնաբաժինը, որոնք ունեն մեկ այլ կեցություն՝ ժամանող այդ առաջին կեցության մեկնման օրվանից մինչև դրանից 365 օր հետո, երկու օրերն էլ ներառյալ։ Առաջին կեցության մեկնումից առաջ ժամանող կեցությունները վերադարձ չեն համարվում։ Նախնական է, քանի դեռ այդ հյուրերից ոմանց 365 օրը չի անցել։ Չեղարկված և no-show կեցությունները հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>SchemaDrift</name>
    <message>
        <source>The reference schema could not be built.</source>
        <translation>Չհաջողվեց կառուցել էտալոնային սխեման։</translation>
    </message>
    <message>
        <source>%1 %2 is missing</source>
        <extracomment>%1 is a kind of schema object (table, index, trigger, view), %2 its name.</extracomment>
        <translation>%1 %2 — բացակայում է</translation>
    </message>
    <message>
        <source>%1 %2 differs from what the migrations make</source>
        <extracomment>%1 is a kind of schema object (table, index, trigger, view), %2 its name.</extracomment>
        <translation>%1 %2 — տարբերվում է միգրացիաների ստեղծածից</translation>
    </message>
    <message>
        <source>%1 %2 is not made by the migrations</source>
        <extracomment>%1 is a kind of schema object (table, index, trigger, view), %2 its name.</extracomment>
        <translation>%1 %2 — չի ստեղծվում միգրացիաներով</translation>
    </message>
    <message>
        <source>table</source>
        <translation>աղյուսակ</translation>
    </message>
    <message>
        <source>index</source>
        <translation>ինդեքս</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>տրիգեր</translation>
    </message>
    <message>
        <source>view</source>
        <translation>տեսք</translation>
    </message>
</context>
<context>
    <name>SeededTicketLabel</name>
    <message>
        <source>Housekeeping</source>
        <translation>Տնտեսական ծառայություն</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Տեխնիկական սպասարկում</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Աղմուկ</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>Սնունդ և ըմպելիքներ</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>Ընդունարան</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Հաշիվներ</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Հարմարություններ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Ղեկավարություն</translation>
    </message>
</context>
<context>
    <name>SegmentRule</name>
    <message>
        <source>the rule is empty; write a condition such as stays &gt;= 2</source>
        <translation>կանոնը դատարկ է․ գրեք պայման, օրինակ՝ stays &gt;= 2</translation>
    </message>
    <message>
        <source>&quot;)&quot; closes no &quot;(&quot;</source>
        <translation>«)»-ը ոչ մի «(» չի փակում</translation>
    </message>
    <message>
        <source>expected AND, OR or &quot;)&quot; before %1</source>
        <translation>%1-ից առաջ սպասվում էր AND, OR կամ «)»</translation>
    </message>
    <message>
        <source> (quote a value that has spaces: &quot;New York&quot;)</source>
        <translation> (բացատ պարունակող արժեքը վերցրեք չակերտների մեջ՝ &quot;New York&quot;)</translation>
    </message>
    <message>
        <source>the rule nests deeper than %1 levels</source>
        <translation>կանոնի ներդրվածությունը %1 մակարդակից ավելի խորն է</translation>
    </message>
    <message>
        <source>this &quot;(&quot; is never closed</source>
        <translation>այս «(»-ը երբեք չի փակվում</translation>
    </message>
    <message>
        <source>expected a field before %1; fields: %2</source>
        <translation>%1-ից առաջ սպասվում էր դաշտ․ դաշտեր՝ %2</translation>
    </message>
    <message>
        <source>%1 is not a field; fields: %2</source>
        <translation>%1-ը դաշտ չէ․ դաշտեր՝ %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes/no field; compare it with %2</source>
        <translation>«%1»-ը այո/ոչ դաշտ չէ․ համեմատեք այն %2 օպերատորներով</translation>
    </message>
    <message>
        <source>expected an operator after &quot;%1&quot; (%2), not %3</source>
        <translation>«%1»-ից հետո սպասվում էր օպերատոր (%2), ոչ թե %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be compared with %2; use %3</source>
        <translation>«%1»-ը հնարավոր չէ համեմատել %2-ով․ օգտագործեք %3</translation>
    </message>
    <message>
        <source>expected a value for &quot;%1&quot;, not %2</source>
        <translation>«%1»-ի համար սպասվում էր արժեք, ոչ թե %2</translation>
    </message>
    <message>
        <source>expected &quot;(&quot; after in, not %1</source>
        <translation>in-ից հետո սպասվում էր «(», ոչ թե %1</translation>
    </message>
    <message>
        <source>a rule holds at most %1 values</source>
        <translation>կանոնը կարող է պարունակել առավելագույնը %1 արժեք</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;)&quot; in the list, not %1</source>
        <translation>ցուցակում սպասվում էր «,» կամ «)», ոչ թե %1</translation>
    </message>
</context>
<context>
    <name>SegmentService</name>
    <message>
        <source>Give the segment a name.</source>
        <translation>Նշեք սեգմենտի անունը։</translation>
    </message>
    <message>
        <source>There is already a segment called %1.</source>
        <translation>%1 անունով սեգմենտ արդեն կա։</translation>
    </message>
    <message>
        <source>There is no segment with the id %1.</source>
        <translation>%1 նույնացուցիչով սեգմենտ չի գտնվել։</translation>
    </message>
    <message>
        <source>The rule of segment %1 cannot be read: %2</source>
        <translation>Հնարավոր չէ կարդալ %1 սեգմենտի կանոնը՝ %2</translation>
    </message>
</context>
<context>
    <name>SegmentSql</name>
    <message>
        <source>%1 has more decimals than %2 has</source>
        <translation>%1-ն ունի ավելի շատ տասնորդական նիշ, քան թույլատրում է %2-ը</translation>
    </message>
</context>
<context>
    <name>SegmentTokens</name>
    <message>
        <source>the end of the rule</source>
        <translation>կանոնի ավարտը</translation>
    </message>
    <message>
        <source>column %1: </source>
        <translation>սյունակ %1: </translation>
    </message>
    <message>
        <source>the text that starts with %1 has no closing %1</source>
        <translation>%1-ով սկսվող տեքստը չունի փակող %1</translation>
    </message>
    <message>
        <source>&quot;!&quot; is only part of &quot;!=&quot;; write NOT before a condition to turn it round</source>
        <translation>«!»-ը միայն «!=»-ի մասն է․ պայմանը հակադարձելու համար դրանից առաջ գրեք NOT</translation>
    </message>
</context>
<context>
    <name>SegmentValues</name>
    <message>
        <source>%1 is not a whole number; write %2 %3 2</source>
        <translation>%1-ը ամբողջ թիվ չէ․ գրեք, օրինակ, %2 %3 2</translation>
    </message>
    <message>
        <source>%1 is not a month; %2 takes 1 to 12</source>
        <translation>%1-ը ամիս չէ․ %2-ն ընդունում է 1-ից 12</translation>
    </message>
    <message>
        <source>%1 is not a VIP level; %2 takes 0 to 3</source>
        <translation>%1-ը VIP մակարդակ չէ․ %2-ն ընդունում է 0-ից 3</translation>
    </message>
    <message>
        <source>%1 is not an amount; %2 takes one in the venue&apos;s currency such as 1000 or 249.50</source>
        <translation>%1-ը գումար չէ․ %2-ն ընդունում է գումար հյուրանոցի արժույթով, օրինակ՝ 1000 կամ 249.50</translation>
    </message>
    <message>
        <source>%1 is not a rating; %2 takes 1 to 5</source>
        <translation>%1-ը գնահատական չէ․ %2-ն ընդունում է 1-ից 5</translation>
    </message>
    <message>
        <source>%1 is not a period such as 30d, 12w, 6m or 2y</source>
        <translation>%1-ը ժամանակահատված չէ (օրինակ՝ 30d, 12w, 6m կամ 2y)</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1-ը YYYY-MM-DD ձևաչափով ամսաթիվ չէ</translation>
    </message>
    <message>
        <source>%1 needs a value, not empty text</source>
        <translation>%1-ին անհրաժեշտ է արժեք, ոչ թե դատարկ տեքստ</translation>
    </message>
    <message>
        <source>%1 needs a tag, not empty text</source>
        <translation>%1-ին անհրաժեշտ է պիտակ, ոչ թե դատարկ տեքստ</translation>
    </message>
    <message>
        <source>%1 is not a two-letter country code such as AM or GE</source>
        <translation>%1-ը երկտառ երկրի կոդ չէ (օրինակ՝ AM կամ GE)</translation>
    </message>
    <message>
        <source>%1 is not a language code such as en, hy or ka</source>
        <translation>%1-ը լեզվի կոդ չէ (օրինակ՝ en, hy կամ ka)</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1-ը հետևյալներից մեկը չէ՝ %2</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1-ը ո՛չ true է, ո՛չ false</translation>
    </message>
</context>
<context>
    <name>SentimentAverageKpi</name>
    <message>
        <source>Average sentiment</source>
        <translation>Միջին տրամադրվածություն</translation>
    </message>
    <message>
        <source>Feedback received in the period whose text has been analysed: the average sentiment, from −1 (negative) to 1 (positive). A label set by staff counts as +0.6, 0 or −0.6 in place of the analyser&apos;s score.</source>
        <translation>Ժամանակահատվածում ստացված կարծիքներ, որոնց տեքստը վերլուծվել է: միջին տրամադրվածությունը՝ −1-ից (բացասական) մինչև 1 (դրական)։ Աշխատակազմի սահմանած պիտակը հաշվվում է որպես +0.6, 0 կամ −0.6՝ վերլուծիչի գնահատականի փոխարեն։</translation>
    </message>
</context>
<context>
    <name>SentimentLabel</name>
    <message>
        <source>Positive</source>
        <translation>Դրական</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Բացասական</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Չեզոք</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Խառը</translation>
    </message>
</context>
<context>
    <name>SkipReason</name>
    <message>
        <source>no consent to marketing on this channel</source>
        <translation>այս ալիքով մարքեթինգի համաձայնություն չկա</translation>
    </message>
    <message>
        <source>no address for this channel</source>
        <translation>այս ալիքի համար հասցե չկա</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>արգելափակված</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>արխիվացված</translation>
    </message>
    <message>
        <source>contacted recently</source>
        <translation>վերջերս կապ է հաստատվել</translation>
    </message>
</context>
<context>
    <name>SlaComplianceKpi</name>
    <message>
        <source>Acknowledged in time</source>
        <translation>Ժամանակին ընդունված</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>Ժամանակին լուծված</translation>
    </message>
    <message>
        <source>Among complaint tickets created in the period whose acknowledge target is met, breached or overdue now, the share met. Tickets still within their time, or paused, are not counted yet.</source>
        <translation>Ժամանակահատվածում ստեղծված այն բողոքի հայտերից, որոնց ընդունման թիրախային ժամկետն այժմ պահպանված է, խախտված կամ ժամկետանց, պահպանվածների մասնաբաժինը։ Դեռ իրենց ժամկետում գտնվող կամ կասեցված հայտերը դեռ հաշվի չեն առնվում։</translation>
    </message>
    <message>
        <source>Among complaint tickets created in the period whose resolve target is met, breached or overdue now, the share met. Tickets still within their time, or paused while waiting, are not counted yet.</source>
        <translation>Ժամանակահատվածում ստեղծված այն բողոքի հայտերից, որոնց լուծման թիրախային ժամկետն այժմ պահպանված է, խախտված կամ ժամկետանց, պահպանվածների մասնաբաժինը։ Դեռ իրենց ժամկետում գտնվող կամ սպասման ընթացքում կասեցված հայտերը դեռ հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The time to acknowledge must be at least one minute.</source>
        <translation>Ընդունման ժամկետը պետք է լինի առնվազն մեկ րոպե։</translation>
    </message>
    <message>
        <source>The time to resolve must be at least one minute.</source>
        <translation>Լուծման ժամկետը պետք է լինի առնվազն մեկ րոպե։</translation>
    </message>
    <message>
        <source>The time to resolve cannot be shorter than the time to acknowledge.</source>
        <translation>Լուծման ժամկետը չի կարող ավելի կարճ լինել, քան ընդունման ժամկետը։</translation>
    </message>
    <message>
        <source>The due-soon warning cannot be negative.</source>
        <translation>«Ժամկետը մոտ է» զգուշացումը չի կարող բացասական լինել։</translation>
    </message>
    <message>
        <source>Quiet hours need a start and an end between 00:00 and 23:59.</source>
        <translation>Հանգստի ժամերը պետք է ունենան սկիզբ և ավարտ՝ 00:00-ից 23:59 միջակայքում։</translation>
    </message>
    <message>
        <source>Quiet hours cannot start and end at the same time.</source>
        <translation>Հանգստի ժամերը չեն կարող սկսվել և ավարտվել նույն ժամին։</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>Անհայտ ժամային գոտի՝ %1</translation>
    </message>
    <message>
        <source>The ticket&apos;s SLA policy cannot be read.</source>
        <translation>Հնարավոր չէ կարդալ բողոքի SLA կանոնները։</translation>
    </message>
</context>
<context>
    <name>SmtpConnection</name>
    <message>
        <source>libcurl could not be started.</source>
        <translation>Չհաջողվեց գործարկել libcurl-ը։</translation>
    </message>
    <message>
        <source>No mail server is set: innkeep-cli settings set smtp.url smtp://HOST:PORT</source>
        <translation>Փոստային սերվերը սահմանված չէ՝ innkeep-cli settings set smtp.url smtp://HOST:PORT</translation>
    </message>
    <message>
        <source>%1 (server replied %2)</source>
        <translation>%1 (սերվերի պատասխանը՝ %2)</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>Մուտքագրեք աշխատակցի անունը։</translation>
    </message>
    <message>
        <source>There is already a staff member called %1.</source>
        <translation>%1 անունով աշխատակից արդեն կա։</translation>
    </message>
    <message>
        <source>There is no staff member with the id %1.</source>
        <translation>%1 նույնացուցիչով աշխատակից չի գտնվել։</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The database refused a change: %1</source>
        <translation>Տվյալների բազան մերժեց փոփոխությունը՝ %1</translation>
    </message>
</context>
<context>
    <name>StayCsvImport</name>
    <message>
        <source>Enter the arrival date.</source>
        <translation>Մուտքագրեք ժամանման ամսաթիվը։</translation>
    </message>
    <message>
        <source>Enter the departure date.</source>
        <translation>Մուտքագրեք մեկնման ամսաթիվը։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of people.</source>
        <translation>«%1»-ը մարդկանց թիվ չէ։</translation>
    </message>
    <message>
        <source>No column holds the %1 date.</source>
        <translation>Ոչ մի սյունակ չի պարունակում %1 ամսաթիվը։</translation>
    </message>
    <message>
        <source>No column says whose stay it is: add the guest&apos;s external id, e-mail or name (name, or given_name and family_name).</source>
        <translation>Ոչ մի սյունակից պարզ չէ, թե ում կեցությունն է։ Ավելացրեք հյուրի արտաքին նույնացուցիչը, էլ. փոստը կամ անունը (name կամ given_name և family_name)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stay status; use booked, in-house, checked-out, cancelled or no-show.</source>
        <translation>«%1»-ը կեցության կարգավիճակ չէ։ Օգտագործեք booked, in-house, checked-out, cancelled կամ no-show։</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ժամանման ամսաթիվ</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Մեկնման ամսաթիվ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Սենյակ</translation>
    </message>
    <message>
        <source>Nightly rate</source>
        <translation>Գիշերվա սակագին</translation>
    </message>
    <message>
        <source>Revenue (the stay&apos;s total)</source>
        <translation>Եկամուտ (կեցության ընդհանուր գումարը)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Արժույթ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Ամրագրման համար</translation>
    </message>
    <message>
        <source>Booking channel</source>
        <translation>Ամրագրման ալիք</translation>
    </message>
    <message>
        <source>Purpose of the stay</source>
        <translation>Կեցության նպատակ</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>Հյուրերի թիվ</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Մեծահասակներ</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Երեխաներ</translation>
    </message>
    <message>
        <source>Guest&apos;s profile id</source>
        <translation>Հյուրի պրոֆիլի նույնացուցիչ</translation>
    </message>
    <message>
        <source>Guest&apos;s e-mail</source>
        <translation>Հյուրի էլ. փոստ</translation>
    </message>
    <message>
        <source>Guest&apos;s full name</source>
        <translation>Հյուրի անուն ազգանուն</translation>
    </message>
    <message>
        <source>Guest&apos;s given name</source>
        <translation>Հյուրի անուն</translation>
    </message>
    <message>
        <source>Guest&apos;s family name</source>
        <translation>Հյուրի ազգանուն</translation>
    </message>
    <message>
        <source>the check of the stays file</source>
        <translation>կեցությունների ֆայլի ստուգումը</translation>
    </message>
    <message>
        <source>the stay import</source>
        <translation>կեցությունների ներմուծումը</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Ստուգվում է յուրաքանչյուր տող</translation>
    </message>
    <message>
        <source>Importing stays</source>
        <translation>Կեցությունները ներմուծվում են</translation>
    </message>
</context>
<context>
    <name>StayService</name>
    <message>
        <source>Enter the arrival date.</source>
        <translation>Մուտքագրեք ժամանման ամսաթիվը։</translation>
    </message>
    <message>
        <source>Enter the departure date.</source>
        <translation>Մուտքագրեք մեկնման ամսաթիվը։</translation>
    </message>
    <message>
        <source>The departure (%1) is before the arrival (%2).</source>
        <translation>Մեկնումը (%1) ժամանումից (%2) առաջ է։</translation>
    </message>
    <message>
        <source>A stay cannot be longer than a year.</source>
        <translation>Կեցությունը չի կարող մեկ տարուց երկար լինել։</translation>
    </message>
    <message>
        <source>The rate cannot be negative.</source>
        <translation>Սակագինը չի կարող բացասական լինել։</translation>
    </message>
    <message>
        <source>The revenue cannot be negative.</source>
        <translation>Եկամուտը չի կարող բացասական լինել։</translation>
    </message>
    <message>
        <source>The party size goes from 1 to 50.</source>
        <translation>Հյուրերի թիվը պետք է լինի 1-ից 50։</translation>
    </message>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>%1 նույնացուցիչով հյուր չի գտնվել։</translation>
    </message>
    <message>
        <source>There is no stay with the id %1.</source>
        <translation>%1 նույնացուցիչով կեցություն չի գտնվել։</translation>
    </message>
</context>
<context>
    <name>StayStatus</name>
    <message>
        <source>Booked</source>
        <translation>Ամրագրված</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>Հյուրանոցում</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Մեկնած</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Չեղարկված</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Չներկայացած</translation>
    </message>
</context>
<context>
    <name>StaysPerGuestKpi</name>
    <message>
        <source>Stays per guest</source>
        <translation>Կեցություններ մեկ հյուրի հաշվով</translation>
    </message>
    <message>
        <source>Stays arriving in the period divided by the number of different guests with a stay arriving in the period. Cancelled and no-show stays do not count.</source>
        <translation>Ժամանակահատվածում ժամանող կեցությունները բաժանած ժամանակահատվածում ժամանող կեցություն ունեցող տարբեր հյուրերի թվին։ Չեղարկված և no-show կեցությունները հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>A } closes no placeholder; write }} for a brace.</source>
        <translation>}-ը ոչ մի տեղապահ չի փակում․ ձևավոր փակագծի համար գրեք }}։</translation>
    </message>
    <message>
        <source>A { opens no placeholder; write {{ for a brace.</source>
        <translation>{-ը ոչ մի տեղապահ չի բացում․ ձևավոր փակագծի համար գրեք {{։</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; use one of %2.</source>
        <translation>{%1}-ը տեղապահ չէ․ օգտագործեք հետևյալներից մեկը՝ %2։</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>This text is %L1 characters long; the most is %L2.</source>
        <translation>Այս տեքստը %L1 նիշ է, իսկ առավելագույնը %L2 է։</translation>
    </message>
    <message>
        <source>This text holds a control character (%1) at position %2; it cannot be stored.</source>
        <translation>Այս տեքստի %2-րդ դիրքում կա կառավարող նիշ (%1)։ Այն հնարավոր չէ պահպանել։</translation>
    </message>
</context>
<context>
    <name>TicketDemo</name>
    <message>
        <source>The demo needs guests.</source>
        <translation>Ցուցադրական տարբերակի համար հյուրեր են պետք։</translation>
    </message>
</context>
<context>
    <name>TicketFormat</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 ր</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ժ %2 ր</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 օր %2 ժ</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>Լուծվել է ուշ</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Ժամանակին</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>ընդունում</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>լուծում</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Ժամկետանց</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 ուշացում</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Ժամկետը մոտ է</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>մնաց %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Դադարեցված</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Ընդունել</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Լուծել</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 հետո</translation>
    </message>
    <message>
        <source>%1 (quiet hours)</source>
        <translation>%1 (հանգստի ժամեր)</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Սկսել աշխատանքը</translation>
    </message>
    <message>
        <source>Wait on guest</source>
        <translation>Սպասել հյուրին</translation>
    </message>
    <message>
        <source>Wait on department</source>
        <translation>Սպասել բաժնին</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Վերսկսել</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Վերաբացել</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Տեղափոխել՝ %1</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Վերականգնված</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Կորցված</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Չորոշված</translation>
    </message>
    <message>
        <source>With guest</source>
        <translation>Հյուրի մոտ</translation>
    </message>
    <message>
        <source>With dept.</source>
        <translation>Բաժնում</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>There is no ticket %1.</source>
        <translation>Բողոք %1 չի գտնվել։</translation>
    </message>
    <message>
        <source>Unknown complaint category: %1</source>
        <translation>Բողոքի անհայտ կատեգորիա՝ %1</translation>
    </message>
    <message>
        <source>Unknown department: %1</source>
        <translation>Անհայտ բաժին՝ %1</translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation>Նկարագրեք բողոքը։</translation>
    </message>
    <message>
        <source>Give the guest or the room the complaint comes from.</source>
        <translation>Նշեք հյուրին կամ սենյակը, որտեղից ստացվել է բողոքը։</translation>
    </message>
    <message>
        <source>A ticket cannot be closed without a resolution summary.</source>
        <translation>Բողոքը հնարավոր չէ փակել առանց լուծման ամփոփման։</translation>
    </message>
    <message>
        <source>The text cannot be empty.</source>
        <translation>Տեքստը չի կարող դատարկ լինել։</translation>
    </message>
    <message>
        <source>A closed ticket must keep its resolution summary.</source>
        <translation>Փակված բողոքը պետք է պահպանի լուծման ամփոփումը։</translation>
    </message>
    <message>
        <source>The outcome is recorded once the ticket is resolved; it is %1.</source>
        <translation>Արդյունքը գրանցվում է բողոքը լուծելուց հետո, իսկ այն դեռ «%1» կարգավիճակում է։</translation>
    </message>
    <message>
        <source>The cost of a compensation cannot be negative.</source>
        <translation>Փոխհատուցման արժեքը չի կարող բացասական լինել։</translation>
    </message>
    <message>
        <source>Satisfaction is a number from 1 to 5.</source>
        <translation>Գոհունակությունը պետք է լինի 1-ից 5 թիվ։</translation>
    </message>
    <message>
        <source>A follow-up is recorded once the ticket is resolved; it is %1.</source>
        <translation>Հետագա կապը գրանցվում է բողոքը լուծելուց հետո, իսկ այն դեռ «%1» կարգավիճակում է։</translation>
    </message>
    <message>
        <source>Severity %1 → %2</source>
        <translation>Լրջություն՝ %1 → %2</translation>
    </message>
    <message>
        <source>Category %1 → %2</source>
        <translation>Կատեգորիա՝ %1 → %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the venue&apos;s staff list; add them under Settings ▸ Staff first.</source>
        <translation>«%1» հյուրանոցի անձնակազմի ցանկում չկա։ Նախ ավելացրեք նրան՝ Կարգավորումներ ▸ Անձնակազմ։</translation>
    </message>
    <message>
        <source>%1 has left the staff list and cannot take new tickets.</source>
        <translation>%1 այլևս անձնակազմի ցանկում չէ և չի կարող նոր բողոքներ ստանալ։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>«%1» արժեքը թույլատրելի չէ։ Օգտագործեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Առանց պատասխանատուի</translation>
    </message>
</context>
<context>
    <name>TicketSettingsService</name>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Անունը չի կարող դատարկ լինել։</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 արդեն կա ցանկում։</translation>
    </message>
    <message>
        <source>%1 is not on the list.</source>
        <translation>%1 ցանկում չկա։</translation>
    </message>
    <message>
        <source>A key uses lower-case letters, digits and dashes only, at most %L1 of them.</source>
        <translation>Բանալին կարող է պարունակել միայն փոքրատառեր, թվանշաններ և գծիկներ՝ առավելագույնը %L1 նիշ։</translation>
    </message>
</context>
<context>
    <name>TicketSeverity</name>
    <message>
        <source>Low</source>
        <translation>Ցածր</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Միջին</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Բարձր</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Կրիտիկական</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>Նոր</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Ընդունված</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ընթացքում</translation>
    </message>
    <message>
        <source>Waiting on guest</source>
        <translation>Սպասում է հյուրին</translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation>Սպասում է բաժնին</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Լուծված</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Փակված</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>The ticket is already %1.</source>
        <translation>Բողոքն արդեն «%1» կարգավիճակում է։</translation>
    </message>
    <message>
        <source>A ticket cannot move from %1 to %2.</source>
        <translation>Բողոքը չի կարող «%1» կարգավիճակից անցնել «%2» կարգավիճակի։</translation>
    </message>
</context>
<context>
    <name>TierBasis</name>
    <message>
        <source>Nights</source>
        <translation>Գիշերներ</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Կեցություններ</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ծախս</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>A step of this action failed, so nothing was saved.</source>
        <translation>Գործողության քայլերից մեկը ձախողվեց, ուստի ոչինչ չպահպանվեց։</translation>
    </message>
</context>
<context>
    <name>VCardExport</name>
    <message>
        <source>the vCard export</source>
        <translation>vCard արտահանումը</translation>
    </message>
</context>
<context>
    <name>VCardImport</name>
    <message>
        <source>There is no file at this path.</source>
        <translation>Այս ճանապարհով ֆայլ չկա։</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a folder, a device, a pipe or a socket); import a .vcf file.</source>
        <translation>Սա սովորական ֆայլ չէ (թղթապանակ է, սարք, խողովակ կամ սոկետ)․ ներմուծեք .vcf ֆայլ։</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it and import the parts.</source>
        <translation>Ֆայլը %1 ՄԲ-ից մեծ է․ բաժանեք այն և ներմուծեք մասերով։</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Ֆայլը հնարավոր չեղավ կարդալ։</translation>
    </message>
    <message>
        <source>No private scratch folder could be made.</source>
        <translation>Հնարավոր չեղավ ստեղծել անձնական ժամանակավոր թղթապանակ։</translation>
    </message>
    <message>
        <source>The contacts could not be prepared for the import.</source>
        <translation>Կոնտակտները հնարավոր չեղավ պատրաստել ներմուծման համար։</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>This line has no &quot;NAME:value&quot;.</source>
        <translation>Այս տողում չկա «NAME:value»։</translation>
    </message>
    <message>
        <source>This card has no END:VCARD before the next one begins.</source>
        <translation>Այս քարտը չունի END:VCARD մինչև հաջորդի սկիզբը։</translation>
    </message>
    <message>
        <source>The text is not UTF-8; name its character set (CHARSET=) or save the file as UTF-8.</source>
        <translation>Տեքստը UTF-8 չէ․ նշեք նիշերի հավաքածուն (CHARSET=) կամ պահպանեք ֆայլը UTF-8-ով։</translation>
    </message>
    <message>
        <source>The character set %1 is not known.</source>
        <translation>%1 նիշերի հավաքածուն անհայտ է։</translation>
    </message>
    <message>
        <source>This card has no END:VCARD.</source>
        <translation>Այս քարտը չունի END:VCARD։</translation>
    </message>
    <message>
        <source>This is not a vCard file: no BEGIN:VCARD was found.</source>
        <translation>Սա vCard ֆայլ չէ․ BEGIN:VCARD չգտնվեց։</translation>
    </message>
</context>
<context>
    <name>VenueBackups</name>
    <message>
        <source>Give the backup folder as a full path.</source>
        <translation>Նշեք պահուստային պատճենների թղթապանակի ամբողջական հասցեն։</translation>
    </message>
</context>
<context>
    <name>VenueSettingKeys</name>
    <message>
        <source>The venue&apos;s name, as messages sign it ({venue}).</source>
        <translation>Հյուրանոցի անունը, ինչպես այն ստորագրվում է նամակներում ({venue})։</translation>
    </message>
    <message>
        <source>ISO 4217 code of the venue&apos;s money, e.g. EUR, AMD, GEL.</source>
        <translation>Հյուրանոցի արժույթի ISO 4217 կոդը, օր.՝ EUR, AMD, GEL։</translation>
    </message>
    <message>
        <source>Country code (ISO 3166) for phone numbers written without +, e.g. AM.</source>
        <translation>Երկրի կոդը (ISO 3166)՝ առանց +-ի գրված հեռախոսահամարների համար, օր.՝ AM։</translation>
    </message>
    <message>
        <source>Months without a stay after which a guest counts as lapsed (1–120).</source>
        <translation>Առանց կեցության ամիսների քանակը, որից հետո հյուրը համարվում է պասիվ (1–120)։</translation>
    </message>
    <message>
        <source>Feedback rated at or under this (0–1 of the scale) needs attention.</source>
        <translation>Կարծիքը պահանջում է ուշադրություն, եթե դրա գնահատականը հավասար է այս արժեքին կամ ցածր է դրանից (0–1՝ որպես սանդղակի մաս)։</translation>
    </message>
    <message>
        <source>Feedback whose sentiment is at or under this (-1–1) needs attention.</source>
        <translation>Կարծիքը պահանջում է ուշադրություն, եթե դրա տրամադրվածությունը հավասար է այս արժեքին կամ ցածր է դրանից (-1–1)։</translation>
    </message>
    <message>
        <source>Years without a stay after which a guest is proposed for erasure (0: no rule).</source>
        <translation>Առանց կեցության տարիների քանակը, որից հետո հյուրն առաջարկվում է ջնջման (0՝ առանց կանոնի)։</translation>
    </message>
    <message>
        <source>Where backups go (an absolute path; empty: beside the file).</source>
        <translation>Որտեղ են պահվում պահուստային պատճենները (բացարձակ ուղի․ դատարկ՝ ֆայլի կողքին)։</translation>
    </message>
    <message>
        <source>Daily and closing backups: on or off.</source>
        <translation>Ամենօրյա և ծրագիրը փակելիս ստեղծվող պահուստային պատճեններ՝ on կամ off։</translation>
    </message>
    <message>
        <source>Loyalty points per night of a checked-out stay.</source>
        <translation>Հավատարմության միավորներ ավարտված կեցության յուրաքանչյուր գիշերվա համար։</translation>
    </message>
    <message>
        <source>Loyalty points per whole unit of revenue in the venue&apos;s currency.</source>
        <translation>Հավատարմության միավորներ եկամտի յուրաքանչյուր ամբողջ արժութային միավորի համար (հյուրանոցի արժույթով)։</translation>
    </message>
    <message>
        <source>Loyalty points per checked-out stay.</source>
        <translation>Հավատարմության միավորներ յուրաքանչյուր ավարտված կեցության համար։</translation>
    </message>
    <message>
        <source>Bonus points for a stay over the guest&apos;s birthday.</source>
        <translation>Բոնուսային միավորներ հյուրի ծննդյան օրն ընդգրկող կեցության համար։</translation>
    </message>
    <message>
        <source>Bonus points for bringing a new guest who stays.</source>
        <translation>Բոնուսային միավորներ նոր հյուր ուղղորդելու համար, եթե նա իջևանում է հյուրանոցում։</translation>
    </message>
    <message>
        <source>Months after which earned points expire (0: never, up to 120).</source>
        <translation>Ամիսների քանակը, որից հետո վաստակած միավորների ժամկետը լրանում է (0՝ երբեք, առավելագույնը 120)։</translation>
    </message>
    <message>
        <source>The day the programme starts: stays that left before it earn nothing (YYYY-MM-DD).</source>
        <translation>Ծրագրի մեկնարկի օրը․ մինչ այդ ավարտված կեցությունները միավորներ չեն բերում (YYYY-MM-DD)։</translation>
    </message>
    <message>
        <source>Days after a message to a guest before a campaign writes to them again (0–365, default 30).</source>
        <translation>Հյուրին նամակ ուղարկելուց հետո քանի օր պետք է անցնի, որպեսզի արշավը կրկին գրի նրան (0–365, լռելյայն՝ 30)։</translation>
    </message>
    <message>
        <source>Hours after a ticket is resolved without a follow-up before To do asks for one (1–720, default 24).</source>
        <translation>Հայտը լուծելուց հետո քանի ժամ անց, եթե հետագա կապ չի գրանցվել, «Անելիքներ» ցանկը կհիշեցնի այդ մասին (1–720, լռելյայն՝ 24)։</translation>
    </message>
    <message>
        <source>Months without a stay after which a loyal guest appears in To do to win back (1–120, default 12).</source>
        <translation>Առանց կեցության ամիսների քանակը, որից հետո հավատարիմ հյուրը հայտնվում է «Անելիքներ» ցանկում՝ նրան վերադարձնելու համար (1–120, լռելյայն՝ 12)։</translation>
    </message>
    <message>
        <source>Days before a loyal guest&apos;s birthday that To do proposes a greeting (0–7, default 0: on the day).</source>
        <translation>Հավատարիմ հյուրի ծննդյան օրվանից քանի օր առաջ «Անելիքներ» ցանկն առաջարկում է շնորհավորանք ուղարկել (0–7, լռելյայն 0՝ հենց այդ օրը)։</translation>
    </message>
    <message>
        <source>How far back To do looks for follow-ups still owed (1–365 days, default 30).</source>
        <translation>Որքան հետ է «Անելիքներ» ցանկը փնտրում դեռ չգրանցված հետագա կապերը (1–365 օր, լռելյայն՝ 30)։</translation>
    </message>
    <message>
        <source>The mail server, e.g. smtp://127.0.0.1:2525 or smtps://mail.example.com.</source>
        <translation>Փոստային սերվերը, օր.՝ smtp://127.0.0.1:2525 կամ smtps://mail.example.com։</translation>
    </message>
    <message>
        <source>The user name to log in to the mail server (empty: no login).</source>
        <translation>Փոստային սերվեր մուտք գործելու օգտանունը (դատարկ՝ առանց մուտքի)։</translation>
    </message>
    <message>
        <source>The mail server&apos;s password (kept on this device only).</source>
        <translation>Փոստային սերվերի գաղտնաբառը (պահվում է միայն այս սարքում)։</translation>
    </message>
    <message>
        <source>The sender address of messages, e.g. &quot;Hotel Ararat &lt;desk@ararat.am&gt;&quot;.</source>
        <translation>Նամակների ուղարկողի հասցեն, օր.՝ &quot;Hotel Ararat &lt;desk@ararat.am&gt;&quot;։</translation>
    </message>
    <message>
        <source>There is no setting %1; innkeep-cli settings get lists them.</source>
        <translation>%1 կարգավորում չկա։ Կարգավորումների ցանկը ցույց է տալիս innkeep-cli settings get հրամանը։</translation>
    </message>
    <message>
        <source>%1 is a whole number from %2 to %3; &quot;%4&quot; is not.</source>
        <translation>%1-ը %2-ից %3 ամբողջ թիվ է, իսկ «%4»-ը՝ ոչ։</translation>
    </message>
    <message>
        <source>%1 is a number from %2 to %3; &quot;%4&quot; is not.</source>
        <translation>%1-ը %2-ից %3 թիվ է, իսկ «%4»-ը՝ ոչ։</translation>
    </message>
    <message>
        <source>backup.automatic is on or off.</source>
        <translation>backup.automatic-ը կարող է լինել on կամ off։</translation>
    </message>
    <message>
        <source>%1 is a date, YYYY-MM-DD; &quot;%2&quot; is not.</source>
        <translation>%1-ը ամսաթիվ է՝ YYYY-MM-DD, իսկ «%2»-ը՝ ոչ։</translation>
    </message>
    <message>
        <source>smtp.url is smtp://HOST[:PORT] or smtps://HOST[:PORT]; &quot;%1&quot; is not.</source>
        <translation>smtp.url-ը smtp://HOST[:PORT] կամ smtps://HOST[:PORT] է, իսկ «%1»-ը՝ ոչ։</translation>
    </message>
    <message>
        <source>smtp.from is an e-mail address; &quot;%1&quot; is not.</source>
        <translation>smtp.from-ը էլ. փոստի հասցե է, իսկ «%1»-ը՝ ոչ։</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1-ը չափազանց երկար է։</translation>
    </message>
</context>
<context>
    <name>VenueSettings</name>
    <message>
        <source>Enter the venue&apos;s name.</source>
        <translation>Մուտքագրեք հյուրանոցի անվանումը։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code such as AM, GE or DE.</source>
        <translation>«%1» երկրի կոդ չէ (օր.՝ AM, GE կամ DE)։</translation>
    </message>
    <message>
        <source>A guest is lapsed after 1 to %1 months without a stay, not %2.</source>
        <translation>Հյուրը պասիվ է համարվում առանց կեցության 1-ից %1 ամիս անց, ոչ թե %2։</translation>
    </message>
</context>
<context>
    <name>innkeep</name>
    <message>
        <source>This is a folder, not an Innkeep database.</source>
        <translation>Սա թղթապանակ է, ոչ թե Innkeep-ի տվյալների բազա։</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Հնարավոր չէ կարդալ ֆայլը՝ %1</translation>
    </message>
    <message>
        <source>The file is empty; it is not an Innkeep database.</source>
        <translation>Ֆայլը դատարկ է, այն Innkeep-ի տվյալների բազա չէ։</translation>
    </message>
    <message>
        <source>This is not an Innkeep database (not an SQLite file).</source>
        <translation>Սա Innkeep-ի տվյալների բազա չէ (SQLite ֆայլ չէ)։</translation>
    </message>
    <message>
        <source>The database file is truncated.</source>
        <translation>Տվյալների բազայի ֆայլն ամբողջական չէ։</translation>
    </message>
    <message>
        <source>The database file is damaged (bad page size).</source>
        <translation>Տվյալների բազայի ֆայլը վնասված է (սխալ էջի չափ)։</translation>
    </message>
    <message>
        <source>The database file is truncated: %1 of %2 bytes are there.</source>
        <translation>Տվյալների բազայի ֆայլն ամբողջական չէ՝ առկա է %2 բայթից %1-ը։</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another application, not Innkeep.</source>
        <translation>Այս SQLite ֆայլը պատկանում է այլ ծրագրի, ոչ թե Innkeep-ին։</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Innkeep (schema %1; this version knows up to %2). Update Innkeep to open it.</source>
        <translation>Այս տվյալների բազան ստեղծվել է Innkeep-ի ավելի նոր տարբերակով (սխեմա %1, այս տարբերակն աջակցում է մինչև %2)։ Թարմացրեք Innkeep-ը՝ այն բացելու համար։</translation>
    </message>
    <message>
        <source>There is no guest %1.</source>
        <translation>Հյուր %1 չի գտնվել։</translation>
    </message>
    <message>
        <source>There is no stay %1.</source>
        <translation>Կեցություն %1 չի գտնվել։</translation>
    </message>
    <message>
        <source>The stay belongs to another guest.</source>
        <translation>Կեցությունը պատկանում է այլ հյուրի։</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a named pipe, a device or a socket); it is not an Innkeep database and was not opened.</source>
        <translation>Սա սովորական ֆայլ չէ (դա անվանված խողովակ է, սարք կամ սոկետ)։ Այն Innkeep-ի տվյալների բազա չէ և չբացվեց։</translation>
    </message>
    <message>
        <source>its list of free pages is wrong</source>
        <translation>դրա ազատ էջերի ցանկը սխալ է</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>Հնարավոր չէ ստեղծել թղթապանակը։</translation>
    </message>
    <message>
        <source>A file already exists at this path.</source>
        <translation>Նշված հասցեում արդեն ֆայլ կա։</translation>
    </message>
    <message>
        <source>The folder is read-only; no file can be created in it.</source>
        <translation>Թղթապանակը միայն կարդալու համար է։ Դրանում հնարավոր չէ ֆայլ ստեղծել։</translation>
    </message>
    <message>
        <source>The file cannot be created: %1</source>
        <translation>Հնարավոր չէ ստեղծել ֆայլը՝ %1</translation>
    </message>
    <message>
        <source>The disk is full — nothing was changed.</source>
        <translation>Սկավառակը լցված է — ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>This file is read-only — opened for viewing.</source>
        <translation>Այս ֆայլը միայն կարդալու համար է — բացվել է դիտելու համար։</translation>
    </message>
    <message>
        <source>Another program is writing to this file and did not finish in time; nothing was changed. Try again in a moment.</source>
        <translation>Այլ ծրագիր գրում է այս ֆայլում և ժամանակին չավարտեց։ Ոչինչ չփոխվեց։ Փորձեք կրկին մի փոքր ուշ։</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Տվյալների բազայի ֆայլը վնասված է՝ %1</translation>
    </message>
    <message>
        <source>The file could not be read or written (%1): %2</source>
        <translation>Չհաջողվեց կարդալ կամ գրել ֆայլը (%1)՝ %2</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Չհաջողվեց կարդալ կամ գրել ֆայլը՝ %1</translation>
    </message>
    <message>
        <source>The database cannot be opened (%1): %2</source>
        <translation>Հնարավոր չէ բացել տվյալների բազան (%1)՝ %2</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Հնարավոր չէ բացել տվյալների բազան՝ %1</translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation>Տվյալների բազան մերժեց փոփոխությունը՝ %1</translation>
    </message>
</context>
<context>
    <name>innkeep::GuestMerge</name>
    <message>
        <source>Salutation</source>
        <translation>Դիմելաձև</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>Անուն (լատինատառ)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>Ազգանուն (լատինատառ)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ծննդյան օր</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Տարեդարձ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ընկերություն</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Փողոց</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Փոստային ինդեքս</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP մակարդակ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Արգելափակված</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Մամուլ</translation>
    </message>
    <message>
        <source>Consent to e-mail</source>
        <translation>Էլ. փոստի համաձայնություն</translation>
    </message>
    <message>
        <source>Consent to SMS</source>
        <translation>SMS-ի համաձայնություն</translation>
    </message>
    <message>
        <source>Consent to calls</source>
        <translation>Զանգերի համաձայնություն</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>այո</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ոչ</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>Մարքեթինգի համաձայնություն</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>այո՝ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field a merge chooses; it is one of %2.</source>
        <translation>«%1» դաշտը միավորման ժամանակ չի ընտրվում։ Ընտրվող դաշտերն են՝ %2։</translation>
    </message>
    <message>
        <source>A guest cannot be merged into themselves.</source>
        <translation>Հյուրին հնարավոր չէ միավորել ինքն իր հետ։</translation>
    </message>
    <message>
        <source>%1 is archived; restore the profile before merging it.</source>
        <translation>%1 արխիվացված է։ Միավորելուց առաջ վերականգնեք պրոֆիլը։</translation>
    </message>
    <message>
        <source>There is no merge with the id %1.</source>
        <translation>%1 նույնացուցիչով միավորում չի գտնվել։</translation>
    </message>
    <message>
        <source>That merge was already undone.</source>
        <translation>Այդ միավորումն արդեն հետարկվել է։</translation>
    </message>
    <message>
        <source>A later merge (%1) involves these guests; undo it first.</source>
        <translation>Այս հյուրերը մասնակցում են ավելի ուշ կատարված միավորման (%1)։ Նախ հետարկեք այն։</translation>
    </message>
    <message numerus="yes">
        <source>These guests were changed after the merge (%n change(s)); undoing it would lose that.</source>
        <translation>
            <numerusform>Միավորումից հետո այս հյուրերի տվյալները փոխվել են (%n փոփոխություն)։ Հետարկելու դեպքում դրանք կկորչեն։</numerusform>
            <numerusform>Միավորումից հետո այս հյուրերի տվյալները փոխվել են (%n փոփոխություն)։ Հետարկելու դեպքում դրանք կկորչեն։</numerusform>
        </translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Հասցեի երկրորդ տող</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Նահանգ կամ մարզ</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::AlertBanner</name>
    <message>
        <source>Alerts</source>
        <translation>Զգուշացումներ</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::AutomaticBackups</name>
    <message>
        <source>the closing backup</source>
        <translation>փակվելիս պահուստային պատճենը</translation>
    </message>
    <message>
        <source>the daily backup</source>
        <translation>օրական պահուստային պատճենը</translation>
    </message>
    <message>
        <source>Backing up the venue before closing…</source>
        <translation>Փակվելուց առաջ ստեղծվում է հյուրանոցի պահուստային պատճենը…</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::BackupSection</name>
    <message>
        <source>Back Up No&amp;w</source>
        <translation>Պահուստավորել հ&amp;իմա</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Պահուստային պատճեններ</translation>
    </message>
    <message>
        <source>Choose the folder the backups go to: a USB stick or a synced folder works.</source>
        <translation>Ընտրեք թղթապանակը, որտեղ կպահվեն պահուստային պատճենները։ Հարմար է USB կրիչը կամ համաժամեցվող թղթապանակը։</translation>
    </message>
    <message>
        <source>Keep the backups in the “backups” folder beside the venue&apos;s file.</source>
        <translation>Պահել պահուստային պատճենները հյուրանոցի ֆայլի կողքին գտնվող «backups» թղթապանակում։</translation>
    </message>
    <message>
        <source>Backups beside the file are lost with the disk. Choose a folder on a USB stick or a synced folder so a broken or stolen computer does not take them too.</source>
        <translation>Ֆայլի կողքին պահվող պահուստային պատճենները կկորչեն սկավառակի հետ միասին։ Ընտրեք թղթապանակ USB կրիչի վրա կամ համաժամեցվող թղթապանակ, որպեսզի համակարգչի փչանալու կամ գողացվելու դեպքում դրանք նույնպես չկորչեն։</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Վերջին պահուստային պատճենը:</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Դեռ չկա։</translation>
    </message>
    <message>
        <source>%1 — guests in it: %2</source>
        <translation>%1 — հյուրեր՝ %2</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Պահուստային պատճենը ստեղծվեց՝ %1։</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Պահուստային պատճենների թղթապանակ</translation>
    </message>
    <message>
        <source>Backups now go to %1.</source>
        <translation>Պահուստային պատճեններն այժմ պահվում են այստեղ՝ %1։</translation>
    </message>
    <message>
        <source>Backups are made by themselves again.</source>
        <translation>Պահուստային պատճենները կրկին ստեղծվում են ավտոմատ։</translation>
    </message>
    <message>
        <source>Automatic backups are off. Remember to back up by hand.</source>
        <translation>Ավտոմատ պահուստավորումն անջատված է։ Մի մոռացեք պահուստավորել ձեռքով։</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Ընտրել…</translation>
    </message>
    <message>
        <source>Use Default</source>
        <translation>Օգտագործել հիմնականը</translation>
    </message>
    <message>
        <source>Back up automatically: every day while Innkeep is open, and when it closes</source>
        <translation>Ավտոմատ պահուստավորում՝ ամեն օր, քանի դեռ Innkeep-ը բաց է, և այն փակելիս</translation>
    </message>
    <message>
        <source>Restore a Backup…</source>
        <translation>Վերականգնել պահուստային պատճենը…</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Պահուստային պատճենների թղթապանակ:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ChartPanel</name>
    <message>
        <source>No data for this period</source>
        <translation>Այս ժամանակահատվածի համար տվյալներ չկան</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::Chip</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::CodePicker</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a country or language name and its code</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::CohortModel</name>
    <message>
        <source>First stay in %1 — guests: %2</source>
        <translation>Առաջին կեցությունը՝ %1 — հյուրեր՝ %2</translation>
    </message>
    <message>
        <source>First stay in %1 — no guests</source>
        <translation>Առաջին կեցությունը՝ %1 — հյուրեր չկան</translation>
    </message>
    <message>
        <source>back within 1 month</source>
        <translation>վերադարձել են 1 ամսվա ընթացքում</translation>
    </message>
    <message>
        <source>back within %1 months</source>
        <translation>վերադարձել են %1 ամսվա ընթացքում</translation>
    </message>
    <message>
        <source>First stay in %1, %2: not known yet</source>
        <translation>Առաջին կեցությունը՝ %1, %2՝ դեռ հայտնի չէ</translation>
    </message>
    <message>
        <source>First stay in %1, %2: %3 (%4 of %5 guests)</source>
        <translation>Առաջին կեցությունը՝ %1, %2՝ %3 (%4՝ %5 հյուրից)</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Հյուրեր</translation>
    </message>
    <message>
        <source>Guests whose first stay arrived in that month</source>
        <translation>Հյուրեր, որոնց առաջին կեցությունը սկսվել է այդ ամսին</translation>
    </message>
    <message>
        <source>Share of the guests back within %1 months of their first stay&apos;s departure</source>
        <translation>Առաջին կեցությունից մեկնելուց հետո %1 ամսվա ընթացքում վերադարձած հյուրերի մասնաբաժինը</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::CohortTable</name>
    <message>
        <source>Retention cohorts</source>
        <translation>Վերադարձի կոհորտներ</translation>
    </message>
    <message>
        <source>First stay</source>
        <translation>Առաջին կեցություն</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Հյուրեր</translation>
    </message>
    <message>
        <source>Back within 1 month</source>
        <translation>Վերադարձ 1 ամսում</translation>
    </message>
    <message>
        <source>Back within %1 months</source>
        <translation>Վերադարձ %1 ամսում</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::CompensationDialog</name>
    <message>
        <source>Add Compensation</source>
        <translation>Ավելացնել փոխհատուցում</translation>
    </message>
    <message>
        <source>e.g. dinner for two, 20% off the room</source>
        <translation>օր.՝ ընթրիք երկուսի համար, 20% զեղչ սենյակի համար</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Տեսակ:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Գումար:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Արժույթ:</translation>
    </message>
    <message>
        <source>&amp;What was given:</source>
        <translation>&amp;Ինչ է տրվել:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ComplaintsChart</name>
    <message>
        <source>No category</source>
        <translation>Առանց կատեգորիայի</translation>
    </message>
    <message>
        <source>%1, %2 — complaints: %3</source>
        <translation>%1, %2 — բողոքներ՝ %3</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Բողոքներ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ամիս</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>Բոլոր բողոքները</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::CorrectAnalysisDialog</name>
    <message>
        <source>Correct Analysis</source>
        <translation>Ուղղել վերլուծությունը</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(առանց տեքստի)</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>լեզուն չի ճանաչվել</translation>
    </message>
    <message>
        <source>The analyser found: %1 (score %2), %3.</source>
        <translation>Վերլուծիչը գտել է՝ %1 (միավոր %2), %3։</translation>
    </message>
    <message>
        <source>Not analysed yet: your choice is what the lists will show.</source>
        <translation>Դեռ վերլուծված չէ. ցուցակներում կերևա ձեր ընտրությունը։</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1։</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Տրամադրություն</translation>
    </message>
    <message>
        <source>&amp;Positive</source>
        <translation>&amp;Դրական</translation>
    </message>
    <message>
        <source>&amp;Negative</source>
        <translation>&amp;Բացասական</translation>
    </message>
    <message>
        <source>&amp;Mixed</source>
        <translation>&amp;Խառը</translation>
    </message>
    <message>
        <source>N&amp;eutral</source>
        <translation>&amp;Չեզոք</translation>
    </message>
    <message>
        <source>Added by staff</source>
        <translation>Ավելացրել է անձնակազմը</translation>
    </message>
    <message>
        <source>Removed by staff; the analyser had found it.</source>
        <translation>Հեռացրել է անձնակազմը. վերլուծիչը այն գտել էր։</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Թեմաներ</translation>
    </message>
    <message>
        <source>&amp;Topics the guest writes about:</source>
        <translation>&amp;Թեմաներ, որոնց մասին գրում է հյուրը՝</translation>
    </message>
    <message>
        <source>Not found by the analyser.</source>
        <translation>Վերլուծիչը չի գտել։</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::DrillDownDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Բացել</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Արտահանել CSV…</translation>
    </message>
    <message>
        <source>Records behind the number</source>
        <translation>Թվի հիմքում ընկած գրառումները</translation>
    </message>
    <message>
        <source>Every record the number was computed over</source>
        <translation>Բոլոր գրառումները, որոնց հիման վրա հաշվարկվել է թիվը</translation>
    </message>
    <message>
        <source>The records that made the number (its numerator)</source>
        <translation>Գրառումները, որոնք կազմել են թիվը (դրա համարիչը)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Counted (%1)</source>
        <translation>&amp;Հաշվառված (%1)</translation>
    </message>
    <message>
        <source>&amp;Hits (%1)</source>
        <translation>Հա&amp;մընկնումներ (%1)</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Գրառումները կարդացվում են…</translation>
    </message>
    <message>
        <source>the list behind the number</source>
        <translation>թվի հիմքում ընկած ցանկը</translation>
    </message>
    <message>
        <source>None of these records made the number.</source>
        <translation>Այս գրառումներից ոչ մեկը չի մտել թվի մեջ։</translation>
    </message>
    <message>
        <source>Nothing was counted in this period.</source>
        <translation>Այս ժամանակահատվածում ոչինչ չի հաշվառվել։</translation>
    </message>
    <message>
        <source>Export List as CSV</source>
        <translation>Արտահանել ցանկը CSV-ով</translation>
    </message>
    <message>
        <source>insights-list.csv</source>
        <translation>insights-list.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ֆայլեր (*.csv);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Պահպանվեց՝ %1։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::DuplicatePanel</name>
    <message>
        <source>no stays</source>
        <translation>կեցություններ չկան</translation>
    </message>
    <message>
        <source>This guest may already be here. Open the existing profile, or save a new one anyway:</source>
        <translation>Հնարավոր է՝ այս հյուրն արդեն գրանցված է։ Բացեք առկա պրոֆիլը կամ, այնուամենայնիվ, պահպանեք նորը:</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Հյուր</translation>
    </message>
    <message>
        <source>Last stay</source>
        <translation>Վերջին կեցություն</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Կոնտակտներ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Պատճառ</translation>
    </message>
    <message>
        <source>Guests who may be the same person</source>
        <translation>Հյուրեր, որոնք կարող են նույն անձը լինել</translation>
    </message>
    <message>
        <source>Open &amp;Existing</source>
        <translation>Բացել առ&amp;կա պրոֆիլը</translation>
    </message>
    <message>
        <source>Save Any&amp;way</source>
        <translation>Պահպանել որպես &amp;նոր</translation>
    </message>
    <message>
        <source>%1 (%2 of 100)</source>
        <extracomment>Why two guests may be one, and how sure: &quot;same phone, same name (85 of 100)&quot;.</extracomment>
        <translation>%1 (%2՝ 100-ից)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ExportDialog</name>
    <message>
        <source>The &amp;whole venue, to restore or move it (JSON)</source>
        <translation>Ամբողջ &amp;հյուրանոցը՝ վերականգնելու կամ տեղափոխելու համար (JSON)</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets: guests, stays, complaints, feedback (CSV)</source>
        <translation>Ա&amp;ղյուսակներ՝ հյուրեր, կեցություններ, բողոքներ, կարծիքներ (CSV)</translation>
    </message>
    <message>
        <source>Guests as &amp;contacts for a phone or address book (vCard)</source>
        <translation>Հյուրերը որպես &amp;կոնտակտներ՝ հեռախոսի կամ հասցեագրքի համար (vCard)</translation>
    </message>
    <message>
        <source>Separate fields with se&amp;micolons (spreadsheets set to a decimal comma)</source>
        <translation>Դաշտերը բաժանել կետ-&amp;ստորակետով (աղյուսակային ծրագրերի համար, որտեղ տասնորդական բաժանիչը ստորակետն է)</translation>
    </message>
    <message>
        <source>Mark the files as &amp;UTF-8 (for older spreadsheet programs)</source>
        <translation>Նշել ֆայլերը որպես &amp;UTF-8 (աղյուսակային հին ծրագրերի համար)</translation>
    </message>
    <message>
        <source>vCard &amp;version:</source>
        <translation>vCard-ի &amp;տարբերակ:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Արտահանում</translation>
    </message>
    <message>
        <source>Everything Innkeep keeps about the venue, in the documented JSON format that innkeep-cli import json reads back into a new file.</source>
        <translation>Այն ամենը, ինչ Innkeep-ը պահում է հյուրանոցի մասին, նկարագրված JSON ձևաչափով, որը innkeep-cli import json հրամանը կրկին ներմուծում է նոր ֆայլի մեջ։</translation>
    </message>
    <message>
        <source>3.0 (most phones and address books)</source>
        <translation>3.0 (հեռախոսների և հասցեագրքերի մեծ մասի համար)</translation>
    </message>
    <message>
        <source>4.0</source>
        <translation>4.0</translation>
    </message>
    <message>
        <source>&amp;Only the guest chosen on the Guests page</source>
        <translation>&amp;Միայն «Հյուրեր» էջում ընտրված հյուրը</translation>
    </message>
    <message>
        <source>&amp;Only the %1 guests chosen on the Guests page</source>
        <translation>&amp;Միայն «Հյուրեր» էջում ընտրված %1 հյուրը</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>Ի՞նչ արտահանել:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Արտահանել…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Դադարեցնել</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <source>Export the Whole Venue</source>
        <translation>Ամբողջ հյուրանոցի արտահանում</translation>
    </message>
    <message>
        <source>innkeep-%1.json</source>
        <translation>innkeep-%1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ֆայլեր (*.json)</translation>
    </message>
    <message>
        <source>Folder for the Spreadsheets</source>
        <translation>Աղյուսակների թղթապանակ</translation>
    </message>
    <message>
        <source>Export Guests as Contacts</source>
        <translation>Հյուրերի արտահանում որպես կոնտակտներ</translation>
    </message>
    <message>
        <source>guests-%1.vcf</source>
        <translation>guests-%1.vcf</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard ֆայլեր (*.vcf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Գրվում է %1…</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Արտահանումը դադարեցվեց, ֆայլ չստեղծվեց։</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Ոչինչ չարտահանվեց՝ %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 guests, %3 stays, %4 complaints, %5 feedback entries.</source>
        <translation>Գրվեց %1 ֆայլը՝ %2 հյուր, %3 կեցություն, %4 բողոք, %5 կարծիք։</translation>
    </message>
    <message>
        <source>Wrote guests.csv, stays.csv, tickets.csv and feedback.csv in %1: %2 guests, %3 stays, %4 complaints, %5 feedback entries.</source>
        <translation>%1 թղթապանակում գրվեցին guests.csv, stays.csv, tickets.csv և feedback.csv ֆայլերը՝ %2 հյուր, %3 կեցություն, %4 բողոք, %5 կարծիք։</translation>
    </message>
    <message>
        <source>Wrote %1: %2 contacts.</source>
        <translation>Գրվեց %1 ֆայլը՝ %2 կոնտակտ։</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Փակել</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FeedbackDialog</name>
    <message>
        <source>Published (e.g. an online review)</source>
        <translation>Հրապարակված (օր.՝ առցանց կարծիք)</translation>
    </message>
    <message>
        <source>New Feedback</source>
        <translation>Նոր կարծիք</translation>
    </message>
    <message>
        <source>TripAdvisor, Google, Booking.com…</source>
        <translation>TripAdvisor, Google, Booking.com…</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1-ից 5</translation>
    </message>
    <message>
        <source>1 to 10</source>
        <translation>1-ից 10</translation>
    </message>
    <message>
        <source>NPS, 0 to 10</source>
        <translation>NPS, 0-ից 10</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Առանց գնահատականի</translation>
    </message>
    <message>
        <source>The guest&apos;s words</source>
        <translation>Հյուրի խոսքերը</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Անհայտ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;Հյուր:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Ալիք:</translation>
    </message>
    <message>
        <source>Review &amp;site:</source>
        <translation>Կարծիքների &amp;կայք:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Գնահատական:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Տեքստ:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Լեզու:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <source>For the stay %1 – %2 (in house)</source>
        <translation>Կեցության համար՝ %1 – %2 (հյուրանոցում է)</translation>
    </message>
    <message>
        <source>For the stay in room %1, %2 – %3 (in house)</source>
        <translation>Կեցության համար՝ սենյակ %1, %2 – %3 (հյուրանոցում է)</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>&amp;Սանդղակ:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FeedbackListModel</name>
    <message>
        <source>No rating</source>
        <translation>Առանց գնահատականի</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>Complaint logged</source>
        <translation>Բողոքը գրանցված է</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Պահանջում է ուշադրություն</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Պատասխանված</translation>
    </message>
    <message>
        <source>Low rating</source>
        <translation>Ցածր գնահատական</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Անանուն</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ստացվել է</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Հետագա կապ</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Գնահատական</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Հյուր</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Ալիք</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Կարծիքներ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Դեռ վերլուծված չէ</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Տրամադրություն</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Թեմաներ</translation>
    </message>
    <message>
        <source>%1 / 5 (%2 of 10)</source>
        <extracomment>A rating on 1-5 with the common 0-10 score every channel shares: &quot;4 / 5 (8 of 10)&quot;.</extracomment>
        <translation>%1 / 5 (%2՝ 10-ից)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FeedbackPage</name>
    <message>
        <source>Needs &amp;attention only</source>
        <translation>Միայն &amp;ուշադրություն պահանջող</translation>
    </message>
    <message>
        <source>&amp;New feedback…</source>
        <translation>&amp;Նոր կարծիք…</translation>
    </message>
    <message>
        <source>&amp;Record response</source>
        <translation>&amp;Գրանցել պատասխանը</translation>
    </message>
    <message>
        <source>Create &amp;complaint</source>
        <translation>&amp;Ստեղծել բողոք</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>Բացել &amp;պրոֆիլը</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Կարծիքներ</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Բոլոր ալիքները</translation>
    </message>
    <message>
        <source>Feedback list</source>
        <translation>Կարծիքների ցանկ</translation>
    </message>
    <message>
        <source>What we answered the guest</source>
        <translation>Ինչ պատասխանեցինք հյուրին</translation>
    </message>
    <message>
        <source>Select feedback to answer it or turn it into a complaint.</source>
        <translation>Ընտրեք կարծիքը՝ պատասխանելու կամ բողոքի վերածելու համար։</translation>
    </message>
    <message>
        <source>No feedback matches these filters. Nothing needs your attention here.</source>
        <translation>Այս զտիչներին համապատասխանող կարծիք չկա։ Այստեղ ուշադրություն պահանջող ոչինչ չկա։</translation>
    </message>
    <message>
        <source>No feedback yet. Use “New feedback…” to record what a guest told you.</source>
        <translation>Կարծիքներ դեռ չկան։ Սեղմեք «Նոր կարծիք…»՝ հյուրի ասածը գրանցելու համար։</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Անանուն</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(առանց տեքստի)</translation>
    </message>
    <message>
        <source>Update &amp;response</source>
        <translation>&amp;Թարմացնել պատասխանը</translation>
    </message>
    <message>
        <source>Feedback recorded.</source>
        <translation>Կարծիքը գրանցվեց։</translation>
    </message>
    <message>
        <source>Complaint logged (%1, %2). Use “Open complaint” to work on it.</source>
        <translation>Բողոքը գրանցվեց (%1, %2)։ Սեղմեք «Բացել բողոքը»՝ դրա վրա աշխատելու համար։</translation>
    </message>
    <message>
        <source>Response recorded.</source>
        <translation>Պատասխանը գրանցվեց։</translation>
    </message>
    <message>
        <source>Correct Analysis…</source>
        <translation>Ուղղել վերլուծությունը…</translation>
    </message>
    <message>
        <source>Correct anal&amp;ysis…</source>
        <translation>Ուղղել &amp;վերլուծությունը…</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>Ցանկացած տրամադրություն</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Ցանկացած թեմա</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Ցանկացած լեզու</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Ամբողջ ժամանակը</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Վերջին 7 օրը</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Վերջին 30 օրը</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Վերջին 90 օրը</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Վերջին 365 օրը</translation>
    </message>
    <message>
        <source>&amp;Sentiment:</source>
        <translation>&amp;Տրամադրություն՝</translation>
    </message>
    <message>
        <source>Top&amp;ic:</source>
        <translation>Թ&amp;եմա՝</translation>
    </message>
    <message>
        <source>Feedback analysis progress</source>
        <translation>Կարծիքների վերլուծության ընթացքը</translation>
    </message>
    <message>
        <source>Change the sentiment or topics the analyser found (%1)</source>
        <translation>Փոխել վերլուծիչի գտած տրամադրությունը կամ թեմաները (%1)</translation>
    </message>
    <message>
        <source>No feedback matches these filters.</source>
        <translation>Այս զտիչներին համապատասխան կարծիքներ չկան։</translation>
    </message>
    <message>
        <source>No feedback in this period.</source>
        <translation>Այս ժամանակահատվածում կարծիքներ չկան։</translation>
    </message>
    <message>
        <source>No topics found in this period yet: sentiment and topics show once the analyser has read the feedback.</source>
        <translation>Այս ժամանակահատվածում թեմաներ դեռ չկան. տրամադրությունն ու թեմաները կերևան, երբ վերլուծիչը կարդա կարծիքները։</translation>
    </message>
    <message>
        <source>Analysing feedback in the background…</source>
        <translation>Կարծիքները վերլուծվում են ֆոնում…</translation>
    </message>
    <message>
        <source>Analysing feedback in the background: %1 of %2</source>
        <translation>Կարծիքները վերլուծվում են ֆոնում՝ %1՝ %2-ից</translation>
    </message>
    <message>
        <source>Analysis corrected. The analyser learns from it for this hotel.</source>
        <translation>Վերլուծությունն ուղղված է։ Վերլուծիչը դրանից սովորում է այս հյուրանոցի համար։</translation>
    </message>
    <message>
        <source>Open co&amp;mplaint</source>
        <translation>Բացել բողո&amp;քը</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>Ալ&amp;իք:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>&amp;Ժամանակահատված:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Լեզու:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Պատասխան:</translation>
    </message>
    <message>
        <source>Complaint category:</source>
        <translation>Բողոքի կատեգորիա:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FindDuplicatesDialog</name>
    <message>
        <source>last stay %1</source>
        <translation>վերջին կեցություն՝ %1</translation>
    </message>
    <message>
        <source>no stays</source>
        <translation>կեցություններ չկան</translation>
    </message>
    <message>
        <source>Open &amp;First</source>
        <translation>Բացել &amp;առաջինը</translation>
    </message>
    <message>
        <source>Open &amp;Second</source>
        <translation>Բացել &amp;երկրորդը</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Միավորել…</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Կրկնօրինակների որոնում</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Միավոր</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Պատճառ</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Հյուր</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Հնարավոր կրկնօրինակ</translation>
    </message>
    <message>
        <source>Guests who may be one person</source>
        <translation>Հյուրեր, որոնք կարող են մեկ անձ լինել</translation>
    </message>
    <message>
        <source>No guests look like duplicates: no two profiles share a phone or an e-mail, or a close name with the birthday or the city.</source>
        <translation>Կրկնօրինակ հյուրեր չկան: ոչ մի երկու պրոֆիլ չունի ընդհանուր հեռախոս կամ էլ. փոստ, կամ նման անուն՝ նույն ծննդյան օրով կամ քաղաքով։</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of guests may be one person. Merge a pair to keep one profile with everything of both.</source>
        <translation>
            <numerusform>%n զույգ հյուր կարող է նույն անձը լինել։ Միավորեք զույգը՝ պահելով մեկ պրոֆիլ երկուսի բոլոր տվյալներով։</numerusform>
            <numerusform>%n զույգ հյուր կարող է նույն անձը լինել։ Միավորեք զույգը՝ պահելով մեկ պրոֆիլ երկուսի բոլոր տվյալներով։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Innkeep</source>
        <translation>Բարի գալուստ Innkeep</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Innkeep&lt;/h2&gt;&lt;p&gt;Innkeep keeps your guests&apos; profiles, preferences, stays, complaints and feedback on this computer. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Բարի գալուստ Innkeep&lt;/h2&gt;&lt;p&gt;Innkeep-ը պահում է Ձեր հյուրերի պրոֆիլները, նախընտրությունները, կեցությունները, բողոքներն ու կարծիքներն այս համակարգչում։ Ինչպե՞ս կցանկանաք սկսել։&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up my venue</source>
        <translation>Կարգավորել իմ հյուրանոցը</translation>
    </message>
    <message>
        <source>Enter your venue&apos;s name, currency and phone region, then add guests.</source>
        <translation>Մուտքագրեք Ձեր հյուրանոցի անվանումը, արժույթը և հեռախոսային տարածաշրջանը, ապա ավելացրեք հյուրեր։</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Դիտել ցուցադրական տարբերակը</translation>
    </message>
    <message>
        <source>Open a demo hotel full of guests, stays and complaints. Your own data stays separate.</source>
        <translation>Բացեք ցուցադրական հյուրանոց՝ լի հյուրերով, կեցություններով և բողոքներով։ Ձեր սեփական տվյալները մնում են առանձին։</translation>
    </message>
    <message>
        <source>e.g. Hotel Ararat</source>
        <translation>օր.՝ «Արարատ» հյուրանոց</translation>
    </message>
    <message>
        <source>Your name, as it appears in the history</source>
        <translation>Ձեր անունը, ինչպես այն երևում է պատմության մեջ</translation>
    </message>
    <message>
        <source>Venue &amp;name:</source>
        <translation>Հյուրանոցի ան&amp;վանում:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Արժույթ:</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>Հեռախոսի հիմնական &amp;տարածաշրջան:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Լեզու:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ձեր անունը:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Սկսել</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your venue&lt;/h3&gt;&lt;p&gt;You can change all of this later in Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ձեր հյուրանոցը&lt;/h3&gt;&lt;p&gt;Այս ամենը կարող եք փոխել ավելի ուշ՝ Կարգավորումներում։&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter the venue&apos;s name and your name.</source>
        <translation>Մուտքագրեք հյուրանոցի անվանումը և Ձեր անունը։</translation>
    </message>
    <message>
        <source>Choose the country of most local phone numbers</source>
        <translation>Ընտրեք այն երկիրը, որին են պատկանում տեղական հեռախոսահամարների մեծ մասը</translation>
    </message>
    <message>
        <source>Choose the default phone region: it is how local numbers like 091 234567 are read.</source>
        <translation>Ընտրեք հեռախոսի հիմնական տարածաշրջանը․ ըստ դրա են ճանաչվում 091 234567-ի նման տեղական համարները։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FollowUpDialog</name>
    <message>
        <source>Record Follow-up</source>
        <translation>Գրանցել հետագա կապը</translation>
    </message>
    <message>
        <source>What the guest said</source>
        <translation>Ինչ ասաց հյուրը</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Չի հարցվել</translation>
    </message>
    <message>
        <source>1 – very unhappy</source>
        <translation>1 – շատ դժգոհ</translation>
    </message>
    <message>
        <source>2 – unhappy</source>
        <translation>2 – դժգոհ</translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation>3 – չեզոք</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – գոհ</translation>
    </message>
    <message>
        <source>5 – delighted</source>
        <translation>5 – հիացած</translation>
    </message>
    <message>
        <source>&amp;Contacted by:</source>
        <translation>&amp;Կապի միջոց:</translation>
    </message>
    <message>
        <source>Guest&apos;s &amp;reaction:</source>
        <translation>Հյուրի &amp;արձագանքը:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Գոհունակություն:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Ա&amp;րդյունք:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GlobalSearch</name>
    <message>
        <source>Search guests, phones, e-mails, rooms, complaints… (Ctrl+K)</source>
        <translation>Որոնել հյուրեր, հեռախոսներ, էլ. փոստ, սենյակներ, բողոքներ… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Որոնում</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Որոնման արդյունքներ</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Try part of a name in any script, a phone number, an e-mail, a room or a booking reference.</source>
        <translation>«%1» հարցմանը ոչինչ չի համապատասխանում։ Փորձեք անվան մի մասը ցանկացած գրով, հեռախոսահամար, էլ. հասցե, սենյակ կամ ամրագրման համար։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestCommands</name>
    <message>
        <source>Edit guest</source>
        <translation>Խմբագրել հյուրին</translation>
    </message>
    <message>
        <source>Confirm preference</source>
        <translation>Հաստատել նախընտրությունը</translation>
    </message>
    <message>
        <source>Add preference</source>
        <translation>Ավելացնել նախընտրություն</translation>
    </message>
    <message>
        <source>Edit preference</source>
        <translation>Խմբագրել նախընտրությունը</translation>
    </message>
    <message>
        <source>Remove preference</source>
        <translation>Հեռացնել նախընտրությունը</translation>
    </message>
    <message>
        <source>Edit stay</source>
        <translation>Խմբագրել կեցությունը</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestEditDialog</name>
    <message>
        <source>P&amp;ress</source>
        <translation>&amp;Մամուլ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Մարքեթինգ</translation>
    </message>
    <message>
        <source>New Guest</source>
        <translation>Նոր հյուր</translation>
    </message>
    <message>
        <source>Edit Guest — %1</source>
        <translation>Խմբագրել հյուրին — %1</translation>
    </message>
    <message>
        <source>Filled in from the native name</source>
        <translation>Լրացվում է բնօրինակ անունից</translation>
    </message>
    <message>
        <source>name@example.com, separate several with commas</source>
        <translation>name@example.com, մի քանիսը բաժանեք ստորակետով</translation>
    </message>
    <message>
        <source>+374 91 234567 or a local number</source>
        <translation>+374 91 234567 կամ տեղական համար</translation>
    </message>
    <message>
        <source>e.g. wedding, cyclist</source>
        <translation>օր.՝ հարսանիք, հեծանվորդ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Անհայտ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Չկա</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Անուն:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Ա&amp;զգանուն:</translation>
    </message>
    <message>
        <source>Given name (&amp;Latin):</source>
        <translation>Անուն (&amp;լատինատառ):</translation>
    </message>
    <message>
        <source>Family name (L&amp;atin):</source>
        <translation>Ազգանուն (լա&amp;տինատառ):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Էլ. &amp;փոստ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Հեռախոս:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Պիտակներ:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Լեզ&amp;ու:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Քաղաքացիություն:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Ծննդյան օր:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Քա&amp;ղաք:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>&amp;Երկիր:</translation>
    </message>
    <message>
        <source>&amp;VIP level:</source>
        <translation>&amp;VIP մակարդակ:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Աղ&amp;բյուր:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Նշաններ:</translation>
    </message>
    <message>
        <source>The guest agrees to be contacted by</source>
        <translation>Հյուրը համաձայն է կապի՝</translation>
    </message>
    <message>
        <source>Bloc&amp;ked</source>
        <translation>Ար&amp;գելափակված</translation>
    </message>
    <message>
        <source>Type to search, e.g. Armenian</source>
        <translation>Որոնելու համար մուտքագրեք, օր.՝ հայերեն</translation>
    </message>
    <message>
        <source>Type to search, e.g. Armenia</source>
        <translation>Որոնելու համար մուտքագրեք, օր.՝ Հայաստան</translation>
    </message>
    <message>
        <source>Type to search, e.g. Georgia</source>
        <translation>Որոնելու համար մուտքագրեք, օր.՝ Վրաստան</translation>
    </message>
    <message>
        <source>Salutati&amp;on:</source>
        <translation>&amp;Դիմելաձև:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Ընկերություն:</translation>
    </message>
    <message>
        <source>Reason blocke&amp;d:</source>
        <translation>Արգելափակման պատ&amp;ճառ:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestFeedbackTab</name>
    <message>
        <source>No feedback from this guest yet. Record it on the Feedback page.</source>
        <translation>Այս հյուրից կարծիքներ դեռ չկան։ Գրանցեք այն «Կարծիքներ» էջում։</translation>
    </message>
    <message>
        <source>Guest&apos;s feedback</source>
        <translation>Հյուրի կարծիքները</translation>
    </message>
    <message>
        <source>Correct Analysis…</source>
        <translation>Ուղղել վերլուծությունը…</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestMixChart</name>
    <message>
        <source>Not recorded</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Հյուրեր</translation>
    </message>
    <message>
        <source>%1 — guests: %2 (%3)</source>
        <translation>%1 — հյուրեր՝ %2 (%3)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>Share of guests</source>
        <translation>Հյուրերի մասնաբաժին</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestPicker</name>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>Անուն, հեռախոս կամ էլ. փոստ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestProfilePage</name>
    <message>
        <source>Back</source>
        <translation>Հետ</translation>
    </message>
    <message>
        <source>Add &amp;Preference…</source>
        <translation>Ավելացնել նախըն&amp;տրություն…</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Վերադառնալ նախորդ էջ (%1)</translation>
    </message>
    <message>
        <source>Edit this guest (Ctrl+E)</source>
        <translation>Խմբագրել այս հյուրին (Ctrl+E)</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>Հյուրի անուն</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Լատինատառ անուն</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Կոնտակտներ</translation>
    </message>
    <message>
        <source>P&amp;references</source>
        <translation>&amp;Նախընտրություններ</translation>
    </message>
    <message>
        <source>&amp;Stays</source>
        <translation>&amp;Կեցություններ</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Արգելափակված</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Մամուլ</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Արխիվացված</translation>
    </message>
    <message>
        <source>No contact details yet — Edit to add an e-mail or phone.</source>
        <translation>Կոնտակտային տվյալներ դեռ չկան — խմբագրեք՝ էլ. փոստ կամ հեռախոս ավելացնելու համար։</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Խ&amp;մբագրել…</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Ամ&amp;փոփում</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Պատմություն</translation>
    </message>
    <message>
        <source>&amp;Loyalty</source>
        <translation>Հավատարմու&amp;թյուն</translation>
    </message>
    <message>
        <source>%1 · %2 points</source>
        <translation>%1 · %2 միավոր</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestTableModel</name>
    <message>
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Բնօրինակ անուն</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Կեցություններ</translation>
    </message>
    <message>
        <source>Last stay</source>
        <translation>Վերջին կեցություն</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ավելացվել է</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestTicketsTab</name>
    <message>
        <source>Guest&apos;s complaints</source>
        <translation>Հյուրի բողոքները</translation>
    </message>
    <message>
        <source>No complaints from this guest. Press %1 to log one.</source>
        <translation>Այս հյուրից բողոքներ չկան։ Սեղմեք %1՝ բողոք գրանցելու համար։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestsPage</name>
    <message>
        <source>&amp;VIP</source>
        <translation>&amp;VIP</translation>
    </message>
    <message>
        <source>&amp;Returning</source>
        <translation>&amp;Վերադարձող</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>Ա&amp;րգելափակված</translation>
    </message>
    <message>
        <source>&amp;New Guest…</source>
        <translation>&amp;Նոր հյուր…</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Հյուրեր</translation>
    </message>
    <message>
        <source>Filter by name in any script</source>
        <translation>Զտել ըստ անվան՝ ցանկացած գրով</translation>
    </message>
    <message>
        <source>Add a guest (%1)</source>
        <translation>Ավելացնել հյուր (%1)</translation>
    </message>
    <message>
        <source>Guest list</source>
        <translation>Հյուրերի ցանկ</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Ցանկացած պիտակ</translation>
    </message>
    <message>
        <source>No guest matches these filters. Clear a filter or try another name.</source>
        <translation>Այս զտիչներին համապատասխանող հյուր չկա։ Հանեք որևէ զտիչ կամ փորձեք այլ անուն։</translation>
    </message>
    <message>
        <source>Guests: %1</source>
        <translation>Հյուրեր՝ %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Ներ&amp;մուծել…</translation>
    </message>
    <message>
        <source>Import guests from a CSV file (%1)</source>
        <translation>Ներմուծել հյուրերին CSV ֆայլից (%1)</translation>
    </message>
    <message>
        <source>No guests yet. Press “New Guest…” (%1) to add the first one, or “Import…” (%2) to bring in a guest list saved as CSV.</source>
        <translation>Հյուրեր դեռ չկան։ Սեղմեք «Նոր հյուր…» (%1)՝ առաջինն ավելացնելու համար, կամ «Ներմուծել…» (%2)՝ CSV ձևաչափով պահված հյուրերի ցանկը բեռնելու համար։</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Ան&amp;ուն:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Պիտակ:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::HandoverDialog</name>
    <message>
        <source>Shift Handover</source>
        <translation>Հերթափոխի հանձնում</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ժ</translation>
    </message>
    <message>
        <source>Shift &amp;started:</source>
        <translation>Հերթափոխը &amp;սկսվել է:</translation>
    </message>
    <message>
        <source>&amp;Due within:</source>
        <translation>&amp;Ժամկետը առաջիկա:</translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation>Հերթափոխի հաշվետվություն</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Տպել…</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Հերթափոխի հանձնում</translation>
    </message>
    <message>
        <source>Generated %1 · shift started %2 · due soon means within %3</source>
        <translation>Ստեղծվել է %1 · հերթափոխը սկսվել է %2 · «ժամկետը մոտ է»՝ առաջիկա %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Չկա։</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Լրջություն</translation>
    </message>
    <message>
        <source>Guest / room</source>
        <translation>Հյուր / սենյակ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Լուծված</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Բողոք</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Պատասխանատու</translation>
    </message>
    <message>
        <source>Guest not known</source>
        <translation>Հյուրն անհայտ է</translation>
    </message>
    <message>
        <source>, room %1</source>
        <translation>, սենյակ %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Ժամկետն անցել է՝ %1</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (%2 հետո)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Դադարեցված</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Ժամկետանց</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Ժամկետը մոտ է</translation>
    </message>
    <message>
        <source>Other open tickets</source>
        <translation>Այլ բաց բողոքներ</translation>
    </message>
    <message>
        <source>Resolved this shift</source>
        <translation>Լուծված այս հերթափոխում</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Պահպանվեց՝ %1։</translation>
    </message>
    <message>
        <source>handover-%1.pdf</source>
        <translation>handover-%1.pdf</translation>
    </message>
    <message>
        <source>Save Handover as PDF</source>
        <translation>Պահպանել հանձնումը որպես PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ֆայլեր (*.pdf)</translation>
    </message>
    <message>
        <source>…and %1 more not listed here.</source>
        <translation>…և ևս %1՝ այստեղ չնշված։</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Չհաջողվեց գրել %1 ֆայլը՝ %2</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Պահպանել որպես PD&amp;F…</translation>
    </message>
    <message>
        <source>Innkeep</source>
        <translation>Innkeep</translation>
    </message>
    <message>
        <source>Handed over by %1</source>
        <translation>Հանձնեց՝ %1</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::HistoryModel</name>
    <message>
        <source>(no staff member)</source>
        <translation>(առանց աշխատակցի)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ով</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ինչ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Նախկին</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Նոր</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::HistoryTab</name>
    <message>
        <source>Change history</source>
        <translation>Փոփոխությունների պատմություն</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ImportGuestsDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Ներմուծել</translation>
    </message>
    <message>
        <source>Import Guests</source>
        <translation>Հյուրերի ներմուծում</translation>
    </message>
    <message>
        <source>&amp;Columns in the file and what they become:</source>
        <translation>Ֆայլի &amp;սյունակները և ինչի են դրանք վերածվում:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Սյունակ ֆայլում</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Առաջին տող</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Ներմուծվում է որպես</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>Ֆայլի սյունակները</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Ֆայլում հայտնաբերված խնդիրներ</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Ներմուծել %1 սյունակը որպես</translation>
    </message>
    <message>
        <source>Not a column Innkeep knows: ignored unless you choose a field.</source>
        <translation>Innkeep-ին անծանոթ սյունակ՝ կանտեսվի, եթե դաշտ չընտրեք։</translation>
    </message>
    <message>
        <source>%1 (not recognised)</source>
        <translation>%1 (չճանաչված)</translation>
    </message>
    <message>
        <source>Importing… %1 rows so far.</source>
        <translation>Ներմուծում… առայժմ %1 տող։</translation>
    </message>
    <message>
        <source>Checking every row… %1 so far.</source>
        <translation>Բոլոր տողերի ստուգում… առայժմ %1։</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Տող %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Ստուգումը դադարեցվեց։</translation>
    </message>
    <message>
        <source>The import was stopped; no guest was added. Press Import to start again.</source>
        <translation>Ներմուծումը դադարեցվեց, ոչ մի հյուր չավելացվեց։ Սեղմեք «Ներմուծել»՝ նորից սկսելու համար։</translation>
    </message>
    <message>
        <source>The file cannot be read:</source>
        <translation>Ֆայլը հնարավոր չէ կարդալ:</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Ոչինչ չներմուծվեց:</translation>
    </message>
    <message>
        <source>More than %1 problems must be fixed in the file before it can be imported; the first %1 are listed:</source>
        <translation>Ներմուծելուց առաջ ֆայլում պետք է ուղղել ավելի քան %1 խնդիր։ Ներկայացված են առաջին %1-ը:</translation>
    </message>
    <message>
        <source>The file has no guests in it.</source>
        <translation>Ֆայլում հյուրեր չկան։</translation>
    </message>
    <message>
        <source>1 guest is ready to import.</source>
        <translation>1 հյուր պատրաստ է ներմուծման։</translation>
    </message>
    <message>
        <source>%1 guests are ready to import.</source>
        <translation>%1 հյուր պատրաստ է ներմուծման։</translation>
    </message>
    <message>
        <source>1 guest was imported.</source>
        <translation>1 հյուր ներմուծվեց։</translation>
    </message>
    <message>
        <source>%1 guests were imported.</source>
        <translation>Ներմուծվեց %1 հյուր։</translation>
    </message>
    <message>
        <source>&amp;Import 1 Guest</source>
        <translation>&amp;Ներմուծել 1 հյուր</translation>
    </message>
    <message>
        <source>&amp;Import %1 Guests</source>
        <translation>&amp;Ներմուծել %1 հյուր</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Դադարեցնել</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Փակել</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Բոլոր տողերի ստուգում…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Ներմուծում…</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Բաց թողնել տողը</translation>
    </message>
    <message>
        <source>Merge it into the stored guest (fill empty fields, add contacts and notes)</source>
        <translation>Միավորել գրանցված հյուրի հետ (լրացնել դատարկ դաշտերը, ավելացնել կոնտակտներն ու նշումները)</translation>
    </message>
    <message>
        <source>Add it as a new guest anyway</source>
        <translation>Այնուամենայնիվ ավելացնել որպես նոր հյուր</translation>
    </message>
    <message>
        <source>%1 merged into guests already stored.</source>
        <translation>Արդեն գրանցված հյուրերի հետ միավորվեց %1 տող։</translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Չկարդացված սյունակներ՝ %1։</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and save them to a file to fix</source>
        <translation>Բաց &amp;թողնել խնդրահարույց տողերը և պահել դրանք ֆայլում՝ ուղղելու համար</translation>
    </message>
    <message>
        <source>%1-rows-left-out.csv</source>
        <comment>the file name of an import&apos;s rejected rows</comment>
        <translation>%1-rows-left-out.csv</translation>
    </message>
    <message>
        <source>Save the Rows Left Out</source>
        <translation>Պահել բաց թողնված տողերը</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ֆայլեր (*.csv)</translation>
    </message>
    <message>
        <source>%1 guest(s) are ready to import; %2 row(s) with the problems below will be left out and saved to a file you choose, to fix and import again.</source>
        <translation>%1 հյուր պատրաստ է ներմուծման. ստորև նշված խնդիրներով %2 տող բաց կթողնվի և կպահվի ձեր ընտրած ֆայլում, որպեսզի ուղղեք և կրկին ներմուծեք։</translation>
    </message>
    <message>
        <source>%1 row(s) left out, saved to %2.</source>
        <translation>%1 տող բաց թողնվեց և պահվեց %2 ֆայլում։</translation>
    </message>
    <message>
        <source>&amp;Keep phone numbers that cannot be dialled in a note instead of refusing the row</source>
        <translation>&amp;Պահել այն հեռախոսահամարները, որոնց հնարավոր չէ զանգել, նշման մեջ՝ տողը մերժելու փոխարեն</translation>
    </message>
    <message>
        <source>A number no country gives out, such as +1 123 456 7890, is not stored as a phone number; with this it is kept, as written, in a note.</source>
        <translation>Համարը, որը ոչ մի երկիր չի տրամադրում, օրինակ՝ +1 123 456 7890, չի պահվում որպես հեռախոսահամար։ Այս ընտրանքով այն պահվում է նշման մեջ՝ ինչպես գրված է։</translation>
    </message>
    <message>
        <source>&amp;Reload File</source>
        <translation>&amp;Վերաբեռնել ֆայլը</translation>
    </message>
    <message>
        <source>&amp;When a row is a guest already stored:</source>
        <translation>&amp;Եթե տողն արդեն գրանցված հյուր է:</translation>
    </message>
    <message>
        <source>A row is a stored guest when it has the same profile id from the program the file comes from, the same e-mail or phone, or the same name and birthday. Importing the same file again adds no one twice.</source>
        <translation>Տողը համարվում է գրանցված հյուր, եթե ունի պրոֆիլի նույն նույնացուցիչն այն ծրագրից, որից ստացվել է ֆայլը, նույն էլ. փոստը կամ հեռախոսը, կամ նույն անունն ու ծննդյան օրը։ Նույն ֆայլը կրկին ներմուծելիս ոչ ոք երկու անգամ չի ավելացվի։</translation>
    </message>
    <message>
        <source>&amp;Dates in the file:</source>
        <translation>&amp;Ամսաթվերը ֆայլում:</translation>
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation>Տեքստի &amp;կոդավորում:</translation>
    </message>
    <message>
        <source>Double-click a problem to correct its cell here; the file itself is not changed.</source>
        <translation>Կրկնակի սեղմեք խնդրի վրա՝ դրա բջիջն այստեղ ուղղելու համար։ Ֆայլն ինքը չի փոխվում։</translation>
    </message>
    <message>
        <source>Corr&amp;ect the Cell…</source>
        <translation>Ուղղել &amp;բջիջը…</translation>
    </message>
    <message>
        <source>Type the right value for the cell of the chosen problem; the file itself is not changed, and every row is checked again.</source>
        <translation>Մուտքագրեք ընտրված խնդրի բջջի ճիշտ արժեքը։ Ֆայլն ինքը չի փոխվում, և բոլոր տողերը կրկին ստուգվում են։</translation>
    </message>
    <message>
        <source>Read the file again after changing it elsewhere, keeping the choices made here.</source>
        <translation>Կրկին կարդալ ֆայլը՝ այլ տեղում այն փոխելուց հետո։ Այստեղ կատարված ընտրությունները կպահպանվեն։</translation>
    </message>
    <message>
        <source>An export of %1: its columns are read as that program means them.</source>
        <translation>Արտահանում՝ %1։ Սյունակները կարդացվում են այն իմաստով, որով դրանք օգտագործում է այդ ծրագիրը։</translation>
    </message>
    <message>
        <source>Each row becomes a guest. Rows with problems are left out and saved to a file to fix; the others are added.</source>
        <translation>Յուրաքանչյուր տող դառնում է հյուր։ Խնդրահարույց տողերը բաց են թողնվում և պահվում ֆայլում՝ ուղղելու համար, մնացածն ավելացվում են։</translation>
    </message>
    <message>
        <source>Each row becomes a guest. Nothing is added unless every row can be.</source>
        <translation>Յուրաքանչյուր տող դառնում է հյուր։ Եթե գոնե մեկ տող հնարավոր չէ ավելացնել, ոչինչ չի ավելացվի։</translation>
    </message>
    <message>
        <source>This problem is not in one cell; correct it in the file and press Reload File.</source>
        <translation>Այս խնդիրը մեկ բջջում չէ։ Ուղղեք այն ֆայլում և սեղմեք «Վերաբեռնել ֆայլը»։</translation>
    </message>
    <message>
        <source>Correct a Cell</source>
        <translation>Բջջի ուղղում</translation>
    </message>
    <message>
        <source>%1

Line %2, column “%3”:</source>
        <translation>%1

Տող %2, սյունակ «%3»:</translation>
    </message>
    <message>
        <source>1 problem must be fixed before the file can be imported; double-click it to correct its cell here, or fix the file and press Reload File:</source>
        <translation>Ներմուծելուց առաջ պետք է ուղղել 1 խնդիր։ Կրկնակի սեղմեք դրա վրա՝ բջիջն այստեղ ուղղելու համար, կամ ուղղեք ֆայլը և սեղմեք «Վերաբեռնել ֆայլը»:</translation>
    </message>
    <message>
        <source>%1 problems must be fixed before the file can be imported; double-click one to correct its cell here, or fix the file and press Reload File:</source>
        <translation>Ներմուծելուց առաջ պետք է ուղղել %1 խնդիր։ Կրկնակի սեղմեք դրանցից մեկի վրա՝ դրա բջիջն այստեղ ուղղելու համար, կամ ուղղեք ֆայլը և սեղմեք «Վերաբեռնել ֆայլը»:</translation>
    </message>
    <message>
        <source>Every guest in the file is stored already: %1 row(s) would be skipped, %2 merged.</source>
        <translation>Ֆայլի բոլոր հյուրերն արդեն գրանցված են․ %1 տող բաց կթողնվի, %2 տող՝ կմիավորվի։</translation>
    </message>
    <message>
        <source>%1 row(s) are guests already stored and will be skipped.</source>
        <translation>Արդեն գրանցված հյուրերին համապատասխանող %1 տող բաց կթողնվի։</translation>
    </message>
    <message>
        <source>%1 row(s) are guests already stored and will be merged into them.</source>
        <translation>Արդեն գրանցված հյուրերին համապատասխանող %1 տող կմիավորվի նրանց հետ։</translation>
    </message>
    <message>
        <source>Cells corrected here: %1 (the file itself is not changed).</source>
        <translation>Այստեղ ուղղված բջիջներ՝ %1 (ֆայլն ինքը չի փոխվել)։</translation>
    </message>
    <message>
        <source>%1 row(s) of guests already stored skipped.</source>
        <translation>Արդեն գրանցված հյուրերին համապատասխանող %1 տող բաց թողնվեց։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ImportRecordsDialog</name>
    <message>
        <source>C&amp;olumns in the file and what they become:</source>
        <translation>Ֆայլի &amp;սյունակները և ինչի են դրանք վերածվում:</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and save them to a file to fix</source>
        <translation>Բաց &amp;թողնել խնդրահարույց տողերը և պահել դրանք ֆայլում՝ ուղղելու համար</translation>
    </message>
    <message>
        <source>Reload &amp;File</source>
        <translation>&amp;Վերաբեռնել ֆայլը</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Ներմուծել</translation>
    </message>
    <message>
        <source>Import Stays</source>
        <translation>Կեցությունների ներմուծում</translation>
    </message>
    <message>
        <source>Import Feedback</source>
        <translation>Կարծիքների ներմուծում</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Սյունակ ֆայլում</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Առաջին տող</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Ներմուծվում է որպես</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>Ֆայլի սյունակները</translation>
    </message>
    <message>
        <source>&amp;Dates in the file:</source>
        <translation>&amp;Ամսաթվերը ֆայլում:</translation>
    </message>
    <message>
        <source>&amp;Ratings written as plain numbers are:</source>
        <translation>Միայն թվով գրված &amp;գնահատականները:</translation>
    </message>
    <message>
        <source>As written in the file (4/5, 8/10, nps:9, or a scale column)</source>
        <translation>Ինչպես գրված է ֆայլում (4/5, 8/10, nps:9 կամ սանդղակի սյունակ)</translation>
    </message>
    <message>
        <source>On a scale of 1 to 5</source>
        <translation>1-ից 5 սանդղակով</translation>
    </message>
    <message>
        <source>On a scale of 1 to 10</source>
        <translation>1-ից 10 սանդղակով</translation>
    </message>
    <message>
        <source>Net Promoter Score, 0 to 10</source>
        <translation>Հավատարմության ինդեքս (NPS), 0-ից 10</translation>
    </message>
    <message>
        <source>A rating written as a bare number, such as 4 or 8.5, needs its scale unless the file has a column saying it.</source>
        <translation>Միայն թվով գրված գնահատականի համար, օրինակ՝ 4 կամ 8.5, պետք է նշել սանդղակը, եթե ֆայլում սանդղակի սյունակ չկա։</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Ֆայլում հայտնաբերված խնդիրներ</translation>
    </message>
    <message>
        <source>Read the file again after changing it elsewhere, keeping the choices made here.</source>
        <translation>Կրկին կարդալ ֆայլը՝ այլ տեղում այն փոխելուց հետո։ Այստեղ կատարված ընտրությունները կպահպանվեն։</translation>
    </message>
    <message>
        <source>1 stay</source>
        <translation>1 կեցություն</translation>
    </message>
    <message>
        <source>%1 stays</source>
        <translation>%1 կեցություն</translation>
    </message>
    <message>
        <source>1 feedback entry</source>
        <translation>1 կարծիք</translation>
    </message>
    <message>
        <source>%1 feedback entries</source>
        <translation>%1 կարծիք</translation>
    </message>
    <message>
        <source>Each row becomes a stay of a guest already stored, found by profile id, e-mail or name: import the guests first. A stay stored already is skipped.</source>
        <translation>Յուրաքանչյուր տող դառնում է արդեն գրանցված հյուրի կեցություն (հյուրը գտնվում է ըստ պրոֆիլի նույնացուցիչի, էլ. փոստի կամ անվան), ուստի նախ ներմուծեք հյուրերին։ Արդեն գրանցված կեցությունը բաց է թողնվում։</translation>
    </message>
    <message>
        <source>Each row becomes a feedback entry, read as feedback typed at the desk, and belongs to the stored guest with its e-mail or profile id, if there is one. An entry stored already is skipped.</source>
        <translation>Յուրաքանչյուր տող դառնում է կարծիք, որը մշակվում է ընդունարանում մուտքագրված կարծիքի պես և կցվում է նույն էլ. փոստով կամ պրոֆիլի նույնացուցիչով գրանցված հյուրին, եթե այդպիսին կա։ Արդեն գրանցված կարծիքը բաց է թողնվում։</translation>
    </message>
    <message>
        <source>Rows with problems are left out and saved to a file to fix; the others are added.</source>
        <translation>Խնդրահարույց տողերը բաց են թողնվում և պահվում ֆայլում՝ ուղղելու համար, մնացածն ավելացվում են։</translation>
    </message>
    <message>
        <source>Nothing is added unless every row can be.</source>
        <translation>Եթե գոնե մեկ տող հնարավոր չէ ավելացնել, ոչինչ չի ավելացվի։</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Ներմուծել %1 սյունակը որպես</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Անտեսել այս սյունակը</translation>
    </message>
    <message>
        <source>%1 (not recognised)</source>
        <translation>%1 (չճանաչված)</translation>
    </message>
    <message>
        <source>%1-rows-left-out.csv</source>
        <comment>the file name of an import&apos;s rejected rows</comment>
        <translation>%1-rows-left-out.csv</translation>
    </message>
    <message>
        <source>Save the Rows Left Out</source>
        <translation>Պահել բաց թողնված տողերը</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ֆայլեր (*.csv)</translation>
    </message>
    <message>
        <source>Importing… %1 rows so far.</source>
        <translation>Ներմուծում… առայժմ %1 տող։</translation>
    </message>
    <message>
        <source>Checking every row… %1 so far.</source>
        <translation>Բոլոր տողերի ստուգում… առայժմ %1։</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Տող %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Ստուգումը դադարեցվեց։</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was added. Press Import to start again.</source>
        <translation>Ներմուծումը դադարեցվեց, ոչինչ չավելացվեց։ Սեղմեք «Ներմուծել»՝ նորից սկսելու համար։</translation>
    </message>
    <message>
        <source>The file cannot be imported:</source>
        <translation>Ֆայլը հնարավոր չէ ներմուծել:</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Ոչինչ չներմուծվեց:</translation>
    </message>
    <message>
        <source>%1 imported.</source>
        <translation>Ներմուծվեց %1։</translation>
    </message>
    <message>
        <source>%1 row(s) skipped as already stored.</source>
        <translation>Բաց թողնվեց արդեն գրանցված %1 տող։</translation>
    </message>
    <message>
        <source>%1 row(s) with problems left out, saved to %2.</source>
        <translation>Խնդրահարույց %1 տող բաց թողնվեց և պահվեց %2 ֆայլում։</translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Չկարդացված սյունակներ՝ %1։</translation>
    </message>
    <message>
        <source>%1 ready to import; %2 row(s) with the problems below will be left out and saved to a file you choose, to fix and import again.</source>
        <translation>Ներմուծման պատրաստ է %1․ ստորև նշված խնդիրներով %2 տող բաց կթողնվի և կպահվի Ձեր ընտրած ֆայլում, որպեսզի ուղղեք և կրկին ներմուծեք։</translation>
    </message>
    <message>
        <source>More than %1 problems must be fixed in the file before it can be imported; the first %1 are listed:</source>
        <translation>Ներմուծելուց առաջ ֆայլում պետք է ուղղել ավելի քան %1 խնդիր։ Ներկայացված են առաջին %1-ը:</translation>
    </message>
    <message>
        <source>1 problem must be fixed before the file can be imported; fix the file and press Reload File, or leave the row out:</source>
        <translation>Ներմուծելուց առաջ պետք է ուղղել 1 խնդիր։ Ուղղեք ֆայլը և սեղմեք «Վերաբեռնել ֆայլը» կամ բաց թողեք այդ տողը:</translation>
    </message>
    <message>
        <source>%1 problems must be fixed before the file can be imported; fix the file and press Reload File, or leave those rows out:</source>
        <translation>Ներմուծելուց առաջ պետք է ուղղել %1 խնդիր։ Ուղղեք ֆայլը և սեղմեք «Վերաբեռնել ֆայլը» կամ բաց թողեք այդ տողերը:</translation>
    </message>
    <message>
        <source>Every row is stored already: %1 row(s) would be skipped, nothing added.</source>
        <translation>Բոլոր տողերն արդեն գրանցված են․ %1 տող բաց կթողնվի, ոչինչ չի ավելացվի։</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Ֆայլում ներմուծելու տողեր չկան։</translation>
    </message>
    <message>
        <source>%1 ready to import.</source>
        <translation>Ներմուծման պատրաստ է %1։</translation>
    </message>
    <message>
        <source>%1 row(s) are stored already and will be skipped.</source>
        <translation>%1 տող արդեն գրանցված է և բաց կթողնվի։</translation>
    </message>
    <message>
        <source>&amp;Import 1 Stay</source>
        <translation>&amp;Ներմուծել 1 կեցություն</translation>
    </message>
    <message>
        <source>&amp;Import %1 Stays</source>
        <translation>&amp;Ներմուծել %1 կեցություն</translation>
    </message>
    <message>
        <source>&amp;Import 1 Feedback Entry</source>
        <translation>&amp;Ներմուծել 1 կարծիք</translation>
    </message>
    <message>
        <source>&amp;Import %1 Feedback Entries</source>
        <translation>&amp;Ներմուծել %1 կարծիք</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Դադարեցնել</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Փակել</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Բոլոր տողերի ստուգում…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Ներմուծում…</translation>
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation>Տեքստի &amp;կոդավորում:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::InsightListModel</name>
    <message>
        <source>Guest</source>
        <translation>Հյուր</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Կեցություններ</translation>
    </message>
    <message>
        <source>Last arrival</source>
        <translation>Վերջին ժամանում</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ժամանում</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Մեկնում</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Համար</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Եկամուտ</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Գրանցված</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Լրջություն</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Արդյունք</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Բողոք</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ստացված</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Ալիք</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Գնահատական</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Կարծիք</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Առանց գնահատականի</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Վերականգնված</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Կորսված</translation>
    </message>
    <message>
        <source>No guest</source>
        <translation>Առանց հյուրի</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Անանուն</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::InsightsCharts</name>
    <message>
        <source>ratings: %1</source>
        <translation>գնահատականներ՝ %1</translation>
    </message>
    <message>
        <source>entries analysed: %1</source>
        <translation>վերլուծված գրառումներ՝ %1</translation>
    </message>
    <message>
        <source>answers: %1</source>
        <translation>պատասխաններ՝ %1</translation>
    </message>
    <message>
        <source>tickets: %1</source>
        <translation>բողոքներ՝ %1</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Միջին գնահատական</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Գնահատականներ</translation>
    </message>
    <message>
        <source>Average sentiment</source>
        <translation>Միջին տրամադրվածություն</translation>
    </message>
    <message>
        <source>Entries analysed</source>
        <translation>Վերլուծված գրառումներ</translation>
    </message>
    <message>
        <source>Rating (0–10)</source>
        <translation>Գնահատական (0–10)</translation>
    </message>
    <message>
        <source>Sentiment (−1 to 1)</source>
        <translation>Տրամադրվածություն (−1-ից 1)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS պատասխաններ</translation>
    </message>
    <message>
        <source>NPS (−100 to 100)</source>
        <translation>NPS (−100-ից 100)</translation>
    </message>
    <message>
        <source>Acknowledged in time</source>
        <translation>Ժամանակին ընդունված</translation>
    </message>
    <message>
        <source>Tickets due to be acknowledged</source>
        <translation>Ընդունման ենթակա բողոքներ</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>Ժամանակին լուծված</translation>
    </message>
    <message>
        <source>Tickets due to be resolved</source>
        <translation>Լուծման ենթակա բողոքներ</translation>
    </message>
    <message>
        <source>In time (%)</source>
        <translation>Ժամանակին (%)</translation>
    </message>
    <message>
        <source>Rating and sentiment by month</source>
        <translation>Գնահատական և տրամադրվածություն ըստ ամիսների</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>NPS ըստ ամիսների</translation>
    </message>
    <message>
        <source>Complaints by category and month</source>
        <translation>Բողոքներ ըստ կատեգորիաների և ամիսների</translation>
    </message>
    <message>
        <source>SLA compliance by month</source>
        <translation>SLA-ի պահպանում ըստ ամիսների</translation>
    </message>
    <message>
        <source>Guests coming back, by month of first stay (months since that stay)</source>
        <translation>Վերադարձող հյուրեր՝ ըստ առաջին կեցության ամսի (ամիսներ այդ կեցությունից հետո)</translation>
    </message>
    <message>
        <source>Topics guests wrote about</source>
        <translation>Թեմաներ, որոնց մասին գրել են հյուրերը</translation>
    </message>
    <message>
        <source>Guests by country</source>
        <translation>Հյուրեր ըստ երկրների</translation>
    </message>
    <message>
        <source>Guests by language</source>
        <translation>Հյուրեր ըստ լեզուների</translation>
    </message>
    <message>
        <source>Guests by booking source</source>
        <translation>Հյուրեր ըստ ամրագրման աղբյուրի</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::InsightsComputation</name>
    <message>
        <source>the insights figures</source>
        <translation>վերլուծության ցուցանիշները</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::InsightsPage</name>
    <message>
        <source>&amp;VIP guests only</source>
        <translation>Միայն &amp;VIP հյուրեր</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Հաշվարկվում է…</translation>
    </message>
    <message>
        <source>E&amp;xport tables as CSV…</source>
        <translation>Ար&amp;տահանել աղյուսակները CSV-ով…</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Վերլուծություն</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Այս ամիս</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Անցյալ ամիս</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Վերջին 30 օր</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Այս եռամսյակ</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Այս տարի</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Ամսաթվերի ընտրություն</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Սկսած</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Մինչև</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Բոլոր ալիքները</translation>
    </message>
    <message>
        <source>Feedback from this channel only (stays and tickets are not filtered by it)</source>
        <translation>Միայն այս ալիքից ստացված կարծիքները (կեցություններն ու բողոքները ըստ դրա չեն զտվում)</translation>
    </message>
    <message>
        <source>All nationalities</source>
        <translation>Բոլոր քաղաքացիությունները</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Բոլոր լեզուները</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Բոլոր աղբյուրները</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Ժամանակահատված:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Քաղաքացիություն:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Լեզու:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ա&amp;ղբյուր:</translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last day: choose the dates again.</source>
        <translation>Ժամանակահատվածի առաջին օրը վերջին օրից հետո է․ ընտրեք ամսաթվերը կրկին։</translation>
    </message>
    <message>
        <source>%1, compared with %2 and with %3</source>
        <translation>%1՝ %2-ի և %3-ի համեմատ</translation>
    </message>
    <message>
        <source>Last computed in %1 ms</source>
        <translation>Վերջին հաշվարկը՝ %1 մվ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Բողոքներ</translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation>Բողոքներ՝ %1</translation>
    </message>
    <message>
        <source>Guests whose first stay began in %1</source>
        <translation>Հյուրեր, որոնց առաջին կեցության սկիզբը՝ %1</translation>
    </message>
    <message>
        <source>%1; came back within months: %2</source>
        <translation>%1․ վերադարձել են ամիսների ընթացքում՝ %2</translation>
    </message>
    <message>
        <source>Guests with nothing recorded here</source>
        <translation>Հյուրեր, որոնց համար այստեղ ոչինչ գրանցված չէ</translation>
    </message>
    <message>
        <source>Guests: %1</source>
        <translation>Հյուրեր՝ %1</translation>
    </message>
    <message>
        <source>Feedback about %1</source>
        <translation>Կարծիքներ թեմայով՝ %1</translation>
    </message>
    <message>
        <source>Export Tables as CSV</source>
        <translation>Արտահանել աղյուսակները CSV-ով</translation>
    </message>
    <message>
        <source>Tables saved as CSV in %1 (files: %2).</source>
        <translation>Աղյուսակները պահպանվել են CSV-ով՝ %1 (ֆայլեր՝ %2)։</translation>
    </message>
    <message>
        <source>Save &amp;report as PDF…</source>
        <translation>&amp;Պահպանել հաշվետվությունը PDF-ով…</translation>
    </message>
    <message>
        <source>The monthly report as a PDF for the period shown, for the whole venue: key figures with changes, twelve-month charts, complaints, topics, guest mix and every formula.</source>
        <translation>Ամսական հաշվետվությունը PDF-ով՝ ցուցադրված ժամանակահատվածի համար, ամբողջ հյուրանոցով՝ հիմնական ցուցանիշները փոփոխություններով, տասներկու ամսվա գծապատկերներ, բողոքներ, թեմաներ, հյուրերի կազմը և բոլոր բանաձևերը։</translation>
    </message>
    <message>
        <source>insights-%1-%2.pdf</source>
        <translation>insights-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Պահպանել հաշվետվությունը PDF-ով</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ֆայլեր (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Հաշվետվությունը պահպանվեց՝ %1։</translation>
    </message>
    <message>
        <source>Insights: key figures and charts</source>
        <translation>Վերլուծություն: հիմնական ցուցանիշներ և գծապատկերներ</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>Ալ&amp;իք:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::KpiSparkline</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last %1 months</source>
        <translation>Վերջին %1 ամիսը</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::KpiTile</name>
    <message>
        <source>vs previous</source>
        <translation>նախորդի համեմատ</translation>
    </message>
    <message>
        <source>vs year before</source>
        <translation>նախորդ տարվա համեմատ</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 · provisional</source>
        <translation>%1 · նախնական</translation>
    </message>
    <message>
        <source>Counted over: %1.</source>
        <translation>Հաշվարկի հիմքը՝ %1։</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Նախորդ ժամանակահատված</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>Նախորդ տարի</translation>
    </message>
    <message>
        <source>Per currency: %1</source>
        <translation>Ըստ արժույթի՝ %1</translation>
    </message>
    <message>
        <source>Press Enter to see the records behind the number.</source>
        <translation>Սեղմեք Enter՝ թվի հիմքում ընկած գրառումները տեսնելու համար։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::KpiTileGrid</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Բանալի</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Արժեք</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Հաշվառված</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Նախորդ ժամանակահատված</translation>
    </message>
    <message>
        <source>Change vs previous</source>
        <translation>Փոփոխություն նախորդի համեմատ</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>Նախորդ տարի</translation>
    </message>
    <message>
        <source>Change vs year before</source>
        <translation>Փոփոխություն նախորդ տարվա համեմատ</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Բանաձև</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (նախնական)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::LogComplaintDialog</name>
    <message>
        <source>Log a Complaint</source>
        <translation>Գրանցել բողոք</translation>
    </message>
    <message>
        <source>e.g. 204</source>
        <translation>օր.՝ 204</translation>
    </message>
    <message>
        <source>What happened, in the guest&apos;s words</source>
        <translation>Ինչ է պատահել՝ հյուրի խոսքերով</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;Հյուր:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Սենյակ:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Կատեգորիա:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Լրջություն:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Նկարագրություն:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Պահպանել</translation>
    </message>
    <message>
        <source>No guest: give the room instead.</source>
        <translation>Առանց հյուրի՝ նշեք սենյակը։</translation>
    </message>
    <message>
        <source>No guest matches; give the room.</source>
        <translation>Համապատասխան հյուր չկա, նշեք սենյակը։</translation>
    </message>
    <message>
        <source>Logs against %1</source>
        <translation>Կգրանցվի՝ %1</translation>
    </message>
    <message>
        <source>Type a few letters of the name, or leave empty and give the room.</source>
        <translation>Մուտքագրեք անվան մի քանի տառ կամ թողեք դատարկ և նշեք սենյակը։</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Լրջություն</translation>
    </message>
    <message>
        <source>In room %1 today: logs against %2</source>
        <translation>Այսօր %1 սենյակում է %2՝ բողոքը կգրանցվի նրա անունով</translation>
    </message>
    <message>
        <source>Room %1 has %2 today: choose the guest.</source>
        <translation>Այսօր %1 սենյակում են %2: ընտրեք հյուրին։</translation>
    </message>
    <message>
        <source>Nobody is in room %1 today; the complaint is logged against the room.</source>
        <translation>Այսօր %1 սենյակում ոչ ոք չկա։ Բողոքը կգրանցվի սենյակի վրա։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::LoyaltyTab</name>
    <message>
        <source>Ad&amp;just Points…</source>
        <translation>&amp;Ճշգրտել միավորները…</translation>
    </message>
    <message>
        <source>Re&amp;deem Points…</source>
        <translation>Օգտագոր&amp;ծել միավորները…</translation>
    </message>
    <message>
        <source>&amp;Undo Entry…</source>
        <translation>&amp;Չեղարկել գրառումը…</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Հավատարմության մակարդակ</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Միավորների մնացորդ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Գրառում</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Միավորներ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Պատճառ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ով</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Վավեր է մինչև</translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation>Միավորների մատյան</translation>
    </message>
    <message>
        <source>No points yet. A checked-out stay earns points once the venue sets its earning rules (Settings, or innkeep-cli settings set loyalty.points_per_night); Adjust Points… gives points by hand.</source>
        <translation>Միավորներ դեռ չկան։ Ավարտված կեցությունը միավորներ է բերում, երբ հյուրանոցը սահմանում է դրանց կուտակման կանոնները (Կարգավորումներ կամ innkeep-cli settings set loyalty.points_per_night)։ «Ճշգրտել միավորները…» հրամանով միավորներ կարելի է ավելացնել ձեռքով։</translation>
    </message>
    <message>
        <source>Cancel the selected entry with its opposite; the ledger keeps both</source>
        <translation>Չեղարկել ընտրված գրառումը հակադարձ գրառմամբ․ մատյանում պահպանվում են երկուսն էլ</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>Մակարդակ դեռ չկա</translation>
    </message>
    <message>
        <source>No loyalty tiers set up</source>
        <translation>Հավատարմության մակարդակներ սահմանված չեն</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>%1 մակարդակ</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Հաջորդը՝ %1, %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 միավոր</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (չեղարկված)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Որոնում</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Հյուրեր</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Կարգավորումներ</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Տվյալների բազա՝ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Innkeep</source>
        <translation>Innkeep</translation>
    </message>
    <message>
        <source>%1 — Innkeep</source>
        <translation>%1 — Innkeep</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ելք</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Խմբագրել</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Որոնում…</translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation>&amp;Հյուր</translation>
    </message>
    <message>
        <source>&amp;New Guest…</source>
        <translation>Նոր &amp;հյուր…</translation>
    </message>
    <message>
        <source>&amp;Edit Guest…</source>
        <translation>Հյուրի &amp;խմբագրում…</translation>
    </message>
    <message>
        <source>Add &amp;Preference…</source>
        <translation>Ավելացնել նախ&amp;ընտրություն…</translation>
    </message>
    <message>
        <source>G&amp;o</source>
        <translation>&amp;Անցում</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Հետ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Օգնություն</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <source>&amp;About Innkeep</source>
        <translation>&amp;Innkeep-ի մասին</translation>
    </message>
    <message>
        <source>About Innkeep</source>
        <translation>Innkeep-ի մասին</translation>
    </message>
    <message>
        <source>&lt;b&gt;Innkeep&lt;/b&gt; %1&lt;br&gt;Know your guests and keep them — offline.</source>
        <translation>&lt;b&gt;Innkeep&lt;/b&gt; %1&lt;br&gt;Ճանաչեք Ձեր հյուրերին և պահեք նրանց — առանց ինտերնետի։</translation>
    </message>
    <message>
        <source>Add &amp;Stay…</source>
        <translation>Ավելացնել &amp;կեցություն…</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Ավելացնել &amp;նշում</translation>
    </message>
    <message>
        <source>Import Guests</source>
        <translation>Հյուրերի ներմուծում</translation>
    </message>
    <message>
        <source>&amp;Import Guests…</source>
        <translation>&amp;Ներմուծել հյուրերին…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Վերականգնել պահուստային պատճենը…</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Վերլուծություն</translation>
    </message>
    <message>
        <source>%1 was merged into this profile.</source>
        <translation>Այս պրոֆիլի հետ միավորվեց՝ %1։</translation>
    </message>
    <message>
        <source>Merge Guests</source>
        <translation>Հյուրերի միավորում</translation>
    </message>
    <message>
        <source>Merged. Edit ▸ Undo (%1) takes it back.</source>
        <translation>Միավորվեց։ Չեղարկելու համար՝ Խմբագրել ▸ Հետարկել (%1)։</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Գտնել կրկնօրինակները…</translation>
    </message>
    <message>
        <source>Open Guest Profile</source>
        <translation>Բացել հյուրի պրոֆիլը</translation>
    </message>
    <message>
        <source>Erase Guest</source>
        <translation>Հյուրի ջնջում</translation>
    </message>
    <message>
        <source>Erase %1 for good? Their name, contacts, notes, preferences and every text about them are removed from this file and its history. Stays, ratings and complaint outcomes stay in the statistics without a name. This cannot be undone; backups made before now still hold the guest until they are rotated away.</source>
        <translation>Ընդմիշտ ջնջե՞լ հյուրին՝ %1։ Նրա անունը, կոնտակտները, նշումները, նախընտրությունները և նրա մասին բոլոր տեքստերը կհեռացվեն այս ֆայլից և դրա պատմությունից։ Կեցությունները, գնահատականները և բողոքների արդյունքները կմնան վիճակագրության մեջ՝ առանց անվան։ Այս գործողությունը հնարավոր չէ հետարկել։ Մինչ այժմ ստեղծված պահուստային պատճենները դեռ կպարունակեն հյուրի տվյալները, մինչև դրանք հերթով փոխարինվեն նորերով։</translation>
    </message>
    <message>
        <source>The guest was erased.</source>
        <translation>Հյուրը ջնջվեց։</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Պահուստային պատճենը չստեղծվեց</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Պահուստավորել հիմա</translation>
    </message>
    <message>
        <source>E&amp;rase Guest…</source>
        <translation>&amp;Ջնջել հյուրին…</translation>
    </message>
    <message>
        <source>Guest lists and contacts (*.csv *.txt *.vcf);;Guest lists (*.csv *.txt);;Contacts (*.vcf);;All files (*)</source>
        <translation>Հյուրերի ցուցակներ և կոնտակտներ (*.csv *.txt *.vcf);;Հյուրերի ցուցակներ (*.csv *.txt);;Կոնտակտներ (*.vcf);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Կոնտակտների ներմուծում</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these contacts first (%1 in all):

%2</source>
        <translation>Ոչինչ չներմուծվեց։ Նախ ուղղեք այս կոնտակտները (ընդամենը՝ %1).

%2</translation>
    </message>
    <message>
        <source>Add %1 guests from %2?</source>
        <translation>Ավելացնե՞լ %1 հյուր %2-ից։</translation>
    </message>
    <message>
        <source>Imported %1 guests from %2.</source>
        <translation>%2-ից ներմուծվեց %1 հյուր։</translation>
    </message>
    <message>
        <source>Import Stays</source>
        <translation>Կեցությունների ներմուծում</translation>
    </message>
    <message>
        <source>Stays (*.csv *.txt);;All files (*)</source>
        <translation>Կեցություններ (*.csv *.txt);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>Import Feedback</source>
        <translation>Կարծիքների ներմուծում</translation>
    </message>
    <message>
        <source>Reviews and surveys (*.csv *.txt);;All files (*)</source>
        <translation>Կարծիքներ և հարցումներ (*.csv *.txt);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>Import &amp;Stays…</source>
        <translation>Ներմուծել &amp;կեցությունները…</translation>
    </message>
    <message>
        <source>Import &amp;Feedback…</source>
        <translation>Ներմուծել կա&amp;րծիքները…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Արտահանել…</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MergeGuestsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(դատարկ)</translation>
    </message>
    <message>
        <source>Merge Guests</source>
        <translation>Հյուրերի միավորում</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Միավորել</translation>
    </message>
    <message>
        <source>&amp;Keep the Other</source>
        <translation>&amp;Պահել մյուսը</translation>
    </message>
    <message>
        <source>Keep the other profile and merge this one into it</source>
        <translation>Պահել մյուս պրոֆիլը և միավորել այս մեկը դրա մեջ</translation>
    </message>
    <message>
        <source>Contacts, tags, stays, preferences, notes, complaints and feedback of both are kept. The other profile is archived and points to this one. Edit ▸ Undo takes the merge back.</source>
        <translation>Երկուսի կոնտակտները, պիտակները, կեցությունները, նախընտրությունները, նշումները, բողոքներն ու կարծիքները պահպանվում են։ Մյուս պրոֆիլն արխիվացվում է և հղում է այս մեկին։ Խմբագրել ▸ Հետարկել հրամանը չեղարկում է միավորումը։</translation>
    </message>
    <message>
        <source>Keep &lt;b&gt;%1&lt;/b&gt; and merge &lt;b&gt;%2&lt;/b&gt; into this profile. Where they differ, choose the value to keep:</source>
        <translation>Կմնա &lt;b&gt;%1&lt;/b&gt; պրոֆիլը, և դրան կմիավորվի &lt;b&gt;%2&lt;/b&gt; պրոֆիլը։ Որտեղ արժեքները տարբերվում են, ընտրեք, թե որը պահել:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Դաշտ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>The two profiles agree on every field.</source>
        <translation>Երկու պրոֆիլների բոլոր դաշտերը համընկնում են։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MergeGuestsUndoCommand</name>
    <message>
        <source>Merge %1</source>
        <translation>Միավորում՝ %1</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Փակել հաղորդագրությունը</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Հաղորդագրություն</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MonthLineChart</name>
    <message>
        <source>Month</source>
        <translation>Ամիս</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Էջեր</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::OverviewTab</name>
    <message>
        <source>Lifetime</source>
        <translation>Ընդհանուր</translation>
    </message>
    <message>
        <source>Stays:</source>
        <translation>Կեցություններ:</translation>
    </message>
    <message>
        <source>Nights:</source>
        <translation>Գիշերներ:</translation>
    </message>
    <message>
        <source>Spend:</source>
        <translation>Ծախս:</translation>
    </message>
    <message>
        <source>Average nightly rate:</source>
        <translation>Գիշերվա միջին սակագին:</translation>
    </message>
    <message>
        <source>First arrival:</source>
        <translation>Առաջին ժամանում:</translation>
    </message>
    <message>
        <source>Last stay:</source>
        <translation>Վերջին կեցություն:</translation>
    </message>
    <message>
        <source>Latest stays</source>
        <translation>Վերջին կեցությունները</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <source>%1 (%2 upcoming)</source>
        <translation>%1 (%2 առաջիկա)</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Դեռ ոչինչ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never stayed</source>
        <translation>Կեցություն չի եղել</translation>
    </message>
    <message>
        <source>In house now</source>
        <translation>Այժմ հյուրանոցում է</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>սենյակ %1</translation>
    </message>
    <message>
        <source>No stays recorded yet.</source>
        <translation>Կեցություններ դեռ գրանցված չեն։</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Նշումներ դեռ չկան։</translation>
    </message>
    <message>
        <source>%1 (days since: %2)</source>
        <translation>%1 (անցել է %2 օր)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ավելացնել նշում</translation>
    </message>
    <message>
        <source>Add a &amp;note:</source>
        <translation>Ավելացնել ն&amp;շում:</translation>
    </message>
    <message>
        <source>What the next shift should know</source>
        <translation>Ինչ պետք է իմանա հաջորդ հերթափոխը</translation>
    </message>
    <message>
        <source>Add the note to the guest&apos;s history (Enter)</source>
        <translation>Ավելացնել նշումը հյուրի պատմությանը (Enter)</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>Նախ մուտքագրեք նշումը։</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (այսօր)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::PointsDialog</name>
    <message>
        <source>Adjust Points</source>
        <translation>Միավորների ճշգրտում</translation>
    </message>
    <message>
        <source>Redeem Points</source>
        <translation>Միավորների օգտագործում</translation>
    </message>
    <message>
        <source>Undo Points Entry</source>
        <translation>Միավորների գրառման չեղարկում</translation>
    </message>
    <message>
        <source>The guest has %1 points.</source>
        <translation>Հյուրն ունի %1 միավոր։</translation>
    </message>
    <message>
        <source>Give points (500) or take them off (-200).</source>
        <translation>Ավելացրեք միավորներ (500) կամ հանեք (-200)։</translation>
    </message>
    <message>
        <source>Undo “%1”: the ledger keeps the entry and adds its opposite.</source>
        <translation>Չեղարկել «%1» գրառումը․ մատյանը պահպանում է այն և ավելացնում հակադարձ գրառում։</translation>
    </message>
    <message>
        <source>e.g. Spa voucher</source>
        <translation>օր.՝ սպա կենտրոնի վաուչեր</translation>
    </message>
    <message>
        <source>e.g. Entered twice</source>
        <translation>օր.՝ գրանցվել է երկու անգամ</translation>
    </message>
    <message>
        <source>e.g. Goodwill after the noise complaint</source>
        <translation>օր.՝ բարի կամքի ժեստ աղմուկի վերաբերյալ բողոքից հետո</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Միավորներ:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Պատ&amp;ճառ:</translation>
    </message>
    <message>
        <source>Re&amp;deem</source>
        <translation>&amp;Օգտագործել</translation>
    </message>
    <message>
        <source>&amp;Undo Entry</source>
        <translation>&amp;Չեղարկել գրառումը</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Պահպանել</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::PreferenceDialog</name>
    <message>
        <source>&amp;Critical — warn the desk wherever this guest appears</source>
        <translation>&amp;Կրիտիկական — զգուշացնել ընդունարանին, որտեղ էլ որ հայտնվի այս հյուրը</translation>
    </message>
    <message>
        <source>Add Preference</source>
        <translation>Ավելացնել նախընտրություն</translation>
    </message>
    <message>
        <source>Edit Preference</source>
        <translation>Խմբագրել նախընտրությունը</translation>
    </message>
    <message>
        <source>e.g. Peanut allergy, high floor, feather-free pillow</source>
        <translation>օր.՝ ալերգիա գետնանուշի նկատմամբ, բարձր հարկ, առանց փետուրի բարձ</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Կա&amp;տեգորիա:</translation>
    </message>
    <message>
        <source>&amp;Preference:</source>
        <translation>&amp;Նախընտրություն:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Մանրամասներ:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Աղբյուր:</translation>
    </message>
    <message>
        <source>&amp;Observed on:</source>
        <translation>Նկատ&amp;վել է:</translation>
    </message>
    <message>
        <source>Say what the guest prefers.</source>
        <translation>Նշեք, թե ինչ է նախընտրում հյուրը։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::PreferenceModel</name>
    <message>
        <source>Critical</source>
        <translation>Կրիտիկական</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Նախընտրություն</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Մանրամասներ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Նկատվել է</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Հաստատվել է</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::PreferencesTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Ա&amp;վելացնել…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Խմբա&amp;գրել…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Հե&amp;ռացնել</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Նախընտրություններ</translation>
    </message>
    <message>
        <source>No preferences yet. Press “Add…” to record what the guest likes, needs or must avoid — mark allergies and accessibility needs as critical.</source>
        <translation>Նախընտրություններ դեռ չկան։ Սեղմեք «Ավելացնել…»՝ գրանցելու, թե ինչ է հյուրը սիրում, ինչի կարիք ունի կամ ինչից պետք է խուսափել — ալերգիաները և մատչելիության կարիքները նշեք որպես կրիտիկական։</translation>
    </message>
    <message>
        <source>The guest told us again: count it and move its date to today</source>
        <translation>Հյուրը կրկին հայտնեց՝ հաշվել և ամսաթիվը տեղափոխել այսօր</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Հա&amp;ստատել</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ReclassifyDialog</name>
    <message>
        <source>Reclassify Complaint</source>
        <translation>Բողոքի վերադասակարգում</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Լրջություն</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Կատեգորիա:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Լրջություն:</translation>
    </message>
    <message>
        <source>A new severity brings its own response times; they are counted from when the complaint was logged.</source>
        <translation>Նոր լրջությունն ունի իր արձագանքման ժամկետները․ դրանք հաշվվում են բողոքի գրանցման պահից։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Other File…</source>
        <translation>&amp;Այլ ֆայլ…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Վերականգնել</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Պահուստային պատճենի վերականգնում</translation>
    </message>
    <message>
        <source>The copy you choose takes the place of the file you have open. The file as it is now is kept beside it, renamed, and Innkeep opens the copy.</source>
        <translation>Ձեր ընտրած պատճենը կփոխարինի բաց ֆայլը։ Ֆայլի ներկայիս տարբերակը կպահվի դրա կողքին՝ վերանվանված, և Innkeep-ը կբացի պատճենը։</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Ստեղծվել է</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Վերջին փոփոխություն</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Հյուրեր</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Կեցություններ</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Բողոքներ</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Կարծիքներ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Պահուստային պատճեններ</translation>
    </message>
    <message>
        <source>Restore from an Innkeep file that is not listed: a copy on a USB stick, say.</source>
        <translation>Վերականգնել ցանկում չնշված Innkeep ֆայլից, օրինակ՝ USB կրիչի վրա պահված պատճենից։</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Ավտոմատ</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Ձեռքով</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Թարմացումից առաջ</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Այլ պատճեն</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Չկա</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Հնարավոր չէ կարդալ</translation>
    </message>
    <message>
        <source>No backups in %1 yet. Choose “Other File…” to restore from a copy kept elsewhere.</source>
        <translation>%1 թղթապանակում պահուստային պատճեններ դեռ չկան։ Ընտրեք «Այլ ֆայլ…»՝ այլ տեղում պահված պատճենից վերականգնելու համար։</translation>
    </message>
    <message>
        <source>%1
This copy cannot be read: %2</source>
        <translation>%1
Այս պատճենը հնարավոր չէ կարդալ՝ %2</translation>
    </message>
    <message>
        <source>A venue with no name yet</source>
        <translation>Դեռ անանուն հյուրանոց</translation>
    </message>
    <message>
        <source>%1, %2
%3</source>
        <translation>%1, %2
%3</translation>
    </message>
    <message>
        <source>Innkeep files (*.innkeep *.sqlite *.bak);;All files (*)</source>
        <translation>Innkeep ֆայլեր (*.innkeep *.sqlite *.bak);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Ընտրված ֆայլ</translation>
    </message>
    <message>
        <source>Put the copy made %1 in place of the open file? Changes made since then are not in it. The file as it is now is kept beside it, renamed.</source>
        <translation>Բաց ֆայլը փոխարինե՞լ %1 ստեղծված պատճենով։ Դրանից հետո կատարված փոփոխությունները պատճենում չկան։ Ֆայլի ներկայիս տարբերակը կպահվի դրա կողքին՝ վերանվանված։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::RetentionDialog</name>
    <message>
        <source>Guests Past the Retention Period</source>
        <translation>Պահպանման ժամկետն անցած հյուրեր</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Հյուր</translation>
    </message>
    <message>
        <source>Last stay</source>
        <translation>Վերջին կեցություն</translation>
    </message>
    <message>
        <source>Profile made</source>
        <translation>Պրոֆիլը ստեղծվել է</translation>
    </message>
    <message>
        <source>Guests past the retention period</source>
        <translation>Պահպանման ժամկետն անցած հյուրեր</translation>
    </message>
    <message>
        <source>&amp;Erase All…</source>
        <translation>&amp;Ջնջել բոլորին…</translation>
    </message>
    <message>
        <source>Never stayed</source>
        <translation>Կեցություն չի եղել</translation>
    </message>
    <message>
        <source>No guest is past the retention period: everyone stayed or was added since %1.</source>
        <translation>Պահպանման ժամկետն անցած հյուրեր չկան․ %1-ից ի վեր բոլորը կամ կեցություն են ունեցել, կամ ավելացվել են։</translation>
    </message>
    <message>
        <source>These guests have not stayed since %1 (%2 years). Erasing removes their names, contacts and every text about them; their stays and ratings stay in the statistics without a name.</source>
        <translation>Այս հյուրերը %1-ից ի վեր կեցություն չեն ունեցել (%2 տարի)։ Ջնջելիս կհեռացվեն նրանց անունները, կոնտակտները և նրանց մասին բոլոր տեքստերը, իսկ կեցություններն ու գնահատականները կմնան վիճակագրության մեջ՝ առանց անվան։</translation>
    </message>
    <message>
        <source>&amp;Erase All %1 Guests…</source>
        <translation>&amp;Ջնջել բոլոր %1 հյուրերին…</translation>
    </message>
    <message>
        <source>Erase Guests</source>
        <translation>Հյուրերի ջնջում</translation>
    </message>
    <message>
        <source>Erase %1 guests for good? This cannot be undone; backups made before now still hold them until they are rotated away.</source>
        <translation>Ընդմիշտ ջնջե՞լ %1 հյուրի։ Այս գործողությունը հնարավոր չէ հետարկել։ Մինչ այժմ ստեղծված պահուստային պատճենները դեռ կպարունակեն նրանց տվյալները, մինչև դրանք հերթով փոխարինվեն նորերով։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::RetentionSection</name>
    <message>
        <source>Privacy</source>
        <translation>Գաղտնիություն</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Առանց սահմանափակման</translation>
    </message>
    <message>
        <source> years after the last stay</source>
        <translation> տարի վերջին կեցությունից հետո</translation>
    </message>
    <message>
        <source>Guests with no stay for this long are listed for review and can be erased together. Many countries&apos; data protection laws ask for such a limit.</source>
        <translation>Այս ժամկետի ընթացքում կեցություն չունեցած հյուրերը ցուցակվում են ստուգման համար, և նրանց կարելի է ջնջել միասին։ Շատ երկրների անձնական տվյալների պաշտպանության օրենքները պահանջում են նման սահմանափակում։</translation>
    </message>
    <message>
        <source>No limit is set: guests are kept until someone erases them.</source>
        <translation>Սահմանափակում սահմանված չէ․ հյուրերը պահվում են, մինչև որևէ մեկը նրանց ջնջի։</translation>
    </message>
    <message>
        <source>Guests with no stay since %1: %2.</source>
        <translation>%1-ից ի վեր կեցություն չունեցած հյուրեր՝ %2։</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Դիտարկել…</translation>
    </message>
    <message>
        <source>&amp;Years to keep a guest&apos;s data:</source>
        <translation>&amp;Քանի տարի պահել հյուրի տվյալները:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::SearchResultsModel</name>
    <message>
        <source>Complaint</source>
        <translation>Բողոք</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Կարծիքներ</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>համընկնում՝ %1</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>էլ. փոստ</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>հեռախոս</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>պիտակ</translation>
    </message>
    <message>
        <source>stay</source>
        <translation>կեցություն</translation>
    </message>
    <message>
        <source>note</source>
        <translation>նշում</translation>
    </message>
    <message>
        <source>room</source>
        <translation>սենյակ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>տեքստ</translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>սենյակ %1</translation>
    </message>
    <message>
        <source>in house, %1</source>
        <translation>հյուրանոցում է, %1</translation>
    </message>
    <message>
        <source>in house, %1, %2</source>
        <translation>հյուրանոցում է, %1, %2</translation>
    </message>
    <message>
        <source>booked %1</source>
        <translation>ամրագրված՝ %1</translation>
    </message>
    <message>
        <source>booked %1, %2</source>
        <translation>ամրագրված՝ %1, %2</translation>
    </message>
    <message>
        <source>last stay %1</source>
        <translation>վերջին կեցություն՝ %1</translation>
    </message>
    <message>
        <source>last stay %1, %2</source>
        <translation>վերջին կեցություն՝ %1, %2</translation>
    </message>
    <message>
        <source>Opened recently</source>
        <translation>Վերջերս բացված</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::SettingsPage</name>
    <message>
        <source>&amp;Save Venue Settings</source>
        <translation>&amp;Պահպանել հյուրանոցի կարգավորումները</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Կարգավորումներ</translation>
    </message>
    <message>
        <source>e.g. Hotel Ararat</source>
        <translation>օր.՝ «Արարատ» հյուրանոց</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Հյուրանոց</translation>
    </message>
    <message>
        <source>Venue &amp;name:</source>
        <translation>Հյուրանոցի ան&amp;վանում:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Արժու&amp;յթ:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Ինչպես համակարգում</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Բաց</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Մուգ</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Այս համակարգիչը</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Տե&amp;սք:</translation>
    </message>
    <message>
        <source>A new language applies the next time Innkeep starts.</source>
        <translation>Նոր լեզուն կկիրառվի Innkeep-ի հաջորդ գործարկման ժամանակ։</translation>
    </message>
    <message>
        <source>The language changes the next time Innkeep starts.</source>
        <translation>Լեզուն կփոխվի Innkeep-ի հաջորդ գործարկման ժամանակ։</translation>
    </message>
    <message>
        <source>Venue settings saved.</source>
        <translation>Հյուրանոցի կարգավորումները պահպանվեցին։</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Եվրո</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>ԱՄՆ դոլար</translation>
    </message>
    <message>
        <source>British pound</source>
        <translation>Բրիտանական ֆունտ</translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation>Հայկական դրամ</translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation>Վրացական լարի</translation>
    </message>
    <message>
        <source>Russian rouble</source>
        <translation>Ռուսական ռուբլի</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Շվեյցարական ֆրանկ</translation>
    </message>
    <message>
        <source> months without a stay</source>
        <translation> ամիս առանց կեցության</translation>
    </message>
    <message>
        <source>Insights count a guest as lapsed when their last stay ended longer ago than this.</source>
        <translation>Վերլուծությունում հյուրը համարվում է ոչ ակտիվ, եթե նրա վերջին կեցությունն ավարտվել է դրանից ավելի վաղ։</translation>
    </message>
    <message>
        <source>Guest &amp;lapsed after:</source>
        <translation>Հյուրը &amp;ոչ ակտիվ է:</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>Հեռախոսի հիմնական &amp;տարածաշրջան:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Լեզու:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Գործողություն</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ստեղներ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Հետարկել</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Կրկնել</translation>
    </message>
    <message>
        <source>Move through search results</source>
        <translation>Տեղաշարժ որոնման արդյունքներում</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Up, Down</translation>
    </message>
    <message>
        <source>Open the selected result or guest</source>
        <translation>Բացել ընտրված արդյունքը կամ հյուրին</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Close search results</source>
        <translation>Փակել որոնման արդյունքները</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Delete the selected preference</source>
        <translation>Ջնջել ընտրված նախընտրությունը</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StaffSection</name>
    <message>
        <source>&amp;Retire</source>
        <translation>Ա&amp;զատել</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Անձնակազմ</translation>
    </message>
    <message>
        <source>Changes, notes and ticket events are recorded under this name.</source>
        <translation>Փոփոխությունները, նշումները և բողոքների իրադարձությունները գրանցվում են այս անունով։</translation>
    </message>
    <message>
        <source>Name as colleagues know it</source>
        <translation>Անունը, ինչպես գործընկերներն են ճանաչում</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Աշխատակիցներ</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (չի աշխատում)</translation>
    </message>
    <message>
        <source>No staff yet. Type a name below and press Enter to add the first one.</source>
        <translation>Աշխատակիցներ դեռ չկան։ Մուտքագրեք անուն ստորև և սեղմեք Enter՝ առաջինին ավելացնելու համար։</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Ավ&amp;ելացնել</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Վե&amp;րանվանել</translation>
    </message>
    <message>
        <source>At the des&amp;k on this computer:</source>
        <translation>Հեր&amp;թապահ այս համակարգչում:</translation>
    </message>
    <message>
        <source>Staff mem&amp;ber:</source>
        <translation>Ա&amp;շխատակից:</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>Վերա&amp;կանգնել</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StayDialog</name>
    <message>
        <source>Add Stay</source>
        <translation>Ավելացնել կեցություն</translation>
    </message>
    <message>
        <source>Edit Stay</source>
        <translation>Խմբագրել կեցությունը</translation>
    </message>
    <message>
        <source>e.g. 312</source>
        <translation>օր.՝ 312</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Հանգիստ</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Գործնական</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Միջոցառում</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Ժամանում:</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Մեկնում:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Սենյակ:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Կարգավիճակ:</translation>
    </message>
    <message>
        <source>Part&amp;y size:</source>
        <translation>&amp;Հյուրերի թիվ:</translation>
    </message>
    <message>
        <source>Nightly &amp;rate:</source>
        <translation>&amp;Գիշերվա սակագին:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Արժույթ:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>Ա&amp;լիք:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Նպատակ:</translation>
    </message>
    <message>
        <source>&amp;Booking reference:</source>
        <translation>Ամ&amp;րագրման համար:</translation>
    </message>
    <message>
        <source>Nights: %1</source>
        <translation>Գիշերներ՝ %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>օր.՝ %1</translation>
    </message>
    <message>
        <source>Per night, in %1</source>
        <translation>Մեկ գիշերվա համար (%1)</translation>
    </message>
    <message>
        <source>Enter the nightly rate as a number with at most %1 decimals, e.g. %2.</source>
        <translation>Մուտքագրեք գիշերվա սակագինը որպես թիվ՝ առավելագույնը %1 տասնորդական նիշով, օր.՝ %2։</translation>
    </message>
    <message>
        <source>Enter the nightly rate as a whole number, e.g. %1.</source>
        <translation>Մուտքագրեք գիշերվա սակագինը որպես ամբողջ թիվ, օր.՝ %1։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StayTableModel</name>
    <message>
        <source>Arrival</source>
        <translation>Ժամանում</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Մեկնում</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Գիշերներ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Սենյակ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Ալիք</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Սակագին</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Եկամուտ</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Ամրագրում</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StaysTab</name>
    <message>
        <source>Stays</source>
        <translation>Կեցություններ</translation>
    </message>
    <message>
        <source>&amp;Add stay…</source>
        <translation>Ավ&amp;ելացնել կեցություն…</translation>
    </message>
    <message>
        <source>E&amp;dit stay…</source>
        <translation>Խմբագ&amp;րել կեցությունը…</translation>
    </message>
    <message>
        <source>No stays recorded yet. Press “Add stay…” (Ctrl+Shift+S) to record a booking or a past visit.</source>
        <translation>Կեցություններ դեռ գրանցված չեն։ Սեղմեք «Ավելացնել կեցություն…» (Ctrl+Shift+S)՝ ամրագրում կամ նախկին այց գրանցելու համար։</translation>
    </message>
    <message>
        <source>Add a stay (Ctrl+Shift+S)</source>
        <translation>Ավելացնել կեցություն (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Edit the selected stay (Enter)</source>
        <translation>Խմբագրել ընտրված կեցությունը (Enter)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketAssignmentBar</name>
    <message>
        <source>Assign</source>
        <translation>Նշանակել</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Բաժին</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Պատասխանատու</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Աշխատակից</translation>
    </message>
    <message>
        <source>Save the department and assignee (Enter in the name field)</source>
        <translation>Պահպանել բաժինը և պատասխանատուին (Enter՝ անվան դաշտում)</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Առանց բաժնի</translation>
    </message>
    <message>
        <source>Ticket unassigned.</source>
        <translation>Պատասխանատուն հանվեց։</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Նշանակվեց՝ %1։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketDetailPanel</name>
    <message>
        <source>Select a ticket to see its timeline and act on it.</source>
        <translation>Ընտրեք բողոքը՝ դրա ժամանակագրությունը տեսնելու և գործողություններ կատարելու համար։</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>Բացել &amp;պրոֆիլը</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ավելացնել &amp;նշում</translation>
    </message>
    <message>
        <source>Compensation…</source>
        <translation>Փոխհատուցում…</translation>
    </message>
    <message>
        <source>What was done — needed to close</source>
        <translation>Ինչ է արվել — պարտադիր է փակելու համար</translation>
    </message>
    <message>
        <source>Internal note, action taken…</source>
        <translation>Ներքին նշում, ձեռնարկված քայլ…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ով</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ինչ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ժամանակագրություն</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Նշում</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Guest not known</source>
        <translation>Հյուրն անհայտ է</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Սենյակ %1</translation>
    </message>
    <message>
        <source>logged %1</source>
        <translation>գրանցվել է %1</translation>
    </message>
    <message>
        <source>logged %1 by %2</source>
        <translation>գրանցել է %2՝ %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Կարգավիճակ՝ %1</translation>
    </message>
    <message>
        <source>Follow up once the ticket is resolved.</source>
        <translation>Բողոքը լուծելուց հետո կապ հաստատեք հյուրի հետ։</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA՝ %1</translation>
    </message>
    <message>
        <source> (target: %1)</source>
        <translation> (նպատակ՝ %1)</translation>
    </message>
    <message>
        <source>Ticket is now %1.</source>
        <translation>Բողոքի կարգավիճակն այժմ՝ %1։</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Զեղչ</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Գումարի վերադարձ</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Բարելավում</translation>
    </message>
    <message>
        <source>Amenity</source>
        <translation>Նվեր</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Անձամբ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Նամակ</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Գրանցվել է՝ %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Նշում՝ %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Գործողություն՝ %1</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>Նշանակվել է՝ %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Արդյունք՝ %1</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Կապակցված՝ %1</translation>
    </message>
    <message>
        <source>Compensation: %1</source>
        <translation>Փոխհատուցում՝ %1</translation>
    </message>
    <message>
        <source>Compensation: %1, %2</source>
        <translation>Փոխհատուցում՝ %1, %2</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Հետագա կապ՝ %1</translation>
    </message>
    <message>
        <source>Follow-up by %1</source>
        <translation>Հետագա կապ (%1)</translation>
    </message>
    <message>
        <source>, satisfaction %1/5</source>
        <translation>, գոհունակություն՝ %1/5</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>՝ «%1»</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>Նշանա&amp;կել:</translation>
    </message>
    <message>
        <source>Open Guest Profile</source>
        <translation>Բացել հյուրի պրոֆիլը</translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation>Ավելացնել նշում</translation>
    </message>
    <message>
        <source>Reclassify…</source>
        <translation>Վերադասակարգել…</translation>
    </message>
    <message>
        <source>Add Compensation…</source>
        <translation>Ավելացնել փոխհատուցում…</translation>
    </message>
    <message>
        <source>Record Follow-up…</source>
        <translation>Գրանցել հետագա կապը…</translation>
    </message>
    <message>
        <source>a guest not known by name</source>
        <translation>անհայտ հյուր</translation>
    </message>
    <message>
        <source>Resolve Complaint</source>
        <translation>Լուծել բողոքը</translation>
    </message>
    <message>
        <source>Close Complaint</source>
        <translation>Փակել բողոքը</translation>
    </message>
    <message>
        <source>Mark the complaint of %1 as resolved?</source>
        <translation>Նշե՞լ որպես լուծված այն բողոքը, որը ներկայացրել է %1։</translation>
    </message>
    <message>
        <source>Close the complaint of %1? A closed complaint leaves the queue; it can be reopened from its guest&apos;s profile.</source>
        <translation>Փակե՞լ այն բողոքը, որը ներկայացրել է %1։ Փակված բողոքը դուրս է գալիս հերթից, բայց այն կարելի է վերաբացել հյուրի պրոֆիլից։</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Լուծել</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Փակել</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Լուծում՝ %1</translation>
    </message>
    <message>
        <source>Re&amp;classify…</source>
        <translation>Վերա&amp;դասակարգել…</translation>
    </message>
    <message>
        <source>Follo&amp;w-up…</source>
        <translation>Հ&amp;ետագա կապ…</translation>
    </message>
    <message>
        <source>&amp;Resolution summary:</source>
        <translation>Լու&amp;ծման ամփոփում:</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>Ա&amp;րդյունք:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketQueueModel</name>
    <message>
        <source>%1 (target: %2)</source>
        <translation>%1 (նպատակ՝ %2)</translation>
    </message>
    <message>
        <source>Guest not known</source>
        <translation>Հյուրն անհայտ է</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Լրջություն</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Հյուր</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Սենյակ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Բողոք</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Պատասխանատու</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Գրանցված</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketSettingsSection</name>
    <message>
        <source>Service levels for complaints</source>
        <translation>Բողոքների սպասարկման ժամկետներ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Լրջություն</translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation>Ընդունման ժամկետ</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>Լուծման ժամկետ</translation>
    </message>
    <message>
        <source>Due soon when left</source>
        <translation>«Ժամկետը մոտ է», երբ մնում է</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Հանգստի ժամեր</translation>
    </message>
    <message>
        <source>from</source>
        <translation>սկիզբ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ավարտ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> ր</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: quiet hours</source>
        <translation>%1: հանգստի ժամեր</translation>
    </message>
    <message>
        <source>%1: quiet hours from</source>
        <translation>%1: հանգստի ժամերի սկիզբ</translation>
    </message>
    <message>
        <source>%1: quiet hours to</source>
        <translation>%1: հանգստի ժամերի ավարտ</translation>
    </message>
    <message>
        <source>Changes apply to complaints logged from now on; open ones keep their promise.</source>
        <translation>Փոփոխությունները կիրառվում են այսուհետ գրանցվող բողոքների նկատմամբ, իսկ բաց բողոքները պահպանում են իրենց ժամկետները։</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>Բողոքների կատեգորիաներ</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Բաժիններ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: անուն</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ավելացնել</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Վերանվանել</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <source>No longer offered for new complaints; kept on old ones.</source>
        <translation>Այլևս չի առաջարկվում նոր բողոքների համար, բայց պահպանվում է հներում։</translation>
    </message>
    <message>
        <source>Service levels saved.</source>
        <translation>Ժամկետները պահպանվեցին։</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Պահպանելու բան չկա։</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Ավելացվեց «%1»։</translation>
    </message>
    <message>
        <source>Removed “%1”; complaints that use it keep it.</source>
        <translation>«%1»-ը հեռացվեց, այն օգտագործող բողոքները պահպանում են այն։</translation>
    </message>
    <message>
        <source>Save ser&amp;vice levels</source>
        <translation>Պահպանել &amp;ժամկետները</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketStatusWidget</name>
    <message>
        <source>Show overdue complaints</source>
        <translation>Ցույց տալ ժամկետանց բողոքները</translation>
    </message>
    <message>
        <source>Show complaints due soon</source>
        <translation>Ցույց տալ բողոքները, որոնց ժամկետը մոտ է</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n ժամկետանց</numerusform>
            <numerusform>%n ժամկետանց</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n՝ ժամկետը մոտ է</numerusform>
            <numerusform>%n՝ ժամկետը մոտ է</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketsModule</name>
    <message>
        <source>&amp;Log Complaint…</source>
        <translation>&amp;Գրանցել բողոք…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Բողոքներ</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Կարծիքներ</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Բողոքներ</translation>
    </message>
    <message>
        <source>Shift &amp;Handover…</source>
        <translation>&amp;Հերթափոխի հանձնում…</translation>
    </message>
    <message>
        <source>Complaint logged: %1</source>
        <translation>Բողոքը գրանցվեց՝ %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>սենյակ %1</translation>
    </message>
    <message>
        <source>New &amp;Feedback…</source>
        <translation>Նոր &amp;կարծիք…</translation>
    </message>
    <message>
        <source>Feedback recorded.</source>
        <translation>Կարծիքը գրանցվեց։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketsPage</name>
    <message>
        <source>Due &amp;soon</source>
        <translation>Ժամկետը &amp;մոտ է</translation>
    </message>
    <message>
        <source>&amp;Log complaint…</source>
        <translation>&amp;Գրանցել բողոք…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Բողոքներ</translation>
    </message>
    <message>
        <source>Log a complaint (%1)</source>
        <translation>Գրանցել բողոք (%1)</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Բոլոր բացերը</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Ցանկացած</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Ցանկացած</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Բաժ&amp;ին:</translation>
    </message>
    <message>
        <source>Complaint queue</source>
        <translation>Բողոքների հերթ</translation>
    </message>
    <message>
        <source>Overdue · 23 h 59 min over</source>
        <translation>Ժամկետանց · 23 ժ 59 ր ուշացում</translation>
    </message>
    <message>
        <source>No complaints match these filters. Clear a filter to see more.</source>
        <translation>Այս զտիչներին համապատասխանող բողոքներ չկան։ Հանեք որևէ զտիչ՝ ավելին տեսնելու համար։</translation>
    </message>
    <message>
        <source>No open complaints. Press %1 to log one.</source>
        <translation>Բաց բողոքներ չկան։ Սեղմեք %1՝ բողոք գրանցելու համար։</translation>
    </message>
    <message>
        <source>Print or save the shift handover (%1)</source>
        <translation>Տպել կամ պահպանել հերթափոխի հանձնումը (%1)</translation>
    </message>
    <message>
        <source>Choose who is on duty in Settings to see the tickets assigned to you.</source>
        <translation>Ձեզ նշանակված բողոքները տեսնելու համար Կարգավորումներում ընտրեք հերթապահ աշխատակցին։</translation>
    </message>
    <message>
        <source>Only the tickets assigned to %1, who is on duty.</source>
        <translation>Միայն այն բողոքները, որոնց պատասխանատուն հերթապահ աշխատակիցն է՝ %1։</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>&amp;Ժամկետանց</translation>
    </message>
    <message>
        <source>My tic&amp;kets</source>
        <translation>Իմ բողո&amp;քները</translation>
    </message>
    <message>
        <source>Shift handover…</source>
        <translation>Հերթափոխի հանձնում…</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Կարգա&amp;վիճակ:</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>Լր&amp;ջություն:</translation>
    </message>
    <message>
        <source>Ass&amp;igned to:</source>
        <translation>Պա&amp;տասխանատու:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ToDoPanel</name>
    <message>
        <source>O&amp;pen Guest</source>
        <translation>Բաց&amp;ել հյուրին</translation>
    </message>
    <message>
        <source>Mar&amp;k Done</source>
        <translation>Նշել որպես &amp;կատարված</translation>
    </message>
    <message>
        <source>Snoo&amp;ze to Tomorrow</source>
        <translation>Հետաձգել &amp;վաղվան</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Անելիքներ</translation>
    </message>
    <message>
        <source>Done: it leaves the list (recorded with your name)</source>
        <translation>Կատարված է․ այն դուրս է գալիս ցանկից (գրանցվում է ձեր անունով)</translation>
    </message>
    <message>
        <source>Hide it until tomorrow</source>
        <translation>Թաքցնել մինչև վաղը</translation>
    </message>
    <message>
        <source>To do (%1)</source>
        <translation>Անելիքներ (%1)</translation>
    </message>
    <message>
        <source>Nothing to do today: no birthdays, follow-ups, arrivals to prepare or feedback to answer.</source>
        <translation>Այսօր անելիք չկա․ ո՛չ ծննդյան օրեր, ո՛չ հետագա կապեր, ո՛չ նախապատրաստվելիք ժամանումներ, ո՛չ էլ պատասխանելիք կարծիքներ։</translation>
    </message>
    <message>
        <source>Nothing to do on %1.</source>
        <translation>%1-ին անելիք չկա։</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Նախորդ օր</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Հաջորդ օր</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ա&amp;մսաթիվ:</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Ժամանումներ</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>Հյուրանոցում</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Մեկնումներ</translation>
    </message>
    <message>
        <source>No arrivals today. Stays booked for today appear here with what to know about each guest.</source>
        <translation>Այսօր ժամանումներ չկան։ Այսօրվա համար ամրագրված կեցություններն այստեղ են հայտնվում՝ յուրաքանչյուր հյուրի մասին կարևոր տեղեկություններով։</translation>
    </message>
    <message>
        <source>No arrivals on %1.</source>
        <translation>%1 ամսաթվին ժամանումներ չկան։</translation>
    </message>
    <message>
        <source>Nobody in house on this date.</source>
        <translation>Այս ամսաթվին հյուրանոցում ոչ ոք չկա։</translation>
    </message>
    <message>
        <source>No departures today.</source>
        <translation>Այսօր մեկնումներ չկան։</translation>
    </message>
    <message>
        <source>No departures on %1.</source>
        <translation>%1 ամսաթվին մեկնումներ չկան։</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Սենյակ %1</translation>
    </message>
    <message>
        <source>party of %1</source>
        <translation>%1 հոգի</translation>
    </message>
    <message>
        <source>More alerts: %1</source>
        <translation>Այլ զգուշացումներ՝ %1</translation>
    </message>
    <message>
        <source>Tod&amp;ay</source>
        <translation>Այ&amp;սօր</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TopicSummaryStrip</name>
    <message>
        <source>Topics:</source>
        <translation>Թեմաներ՝</translation>
    </message>
    <message>
        <source>Topic summary</source>
        <translation>Թեմաների ամփոփում</translation>
    </message>
    <message>
        <source>For the period shown, all channels and languages: mentions, share negative and, with an arrow, whether that share rose (▲) or fell (▼) against the period before</source>
        <translation>Ցուցադրված ժամանակահատվածի համար, բոլոր ալիքներով և լեզուներով՝ հիշատակումներ, բացասականի բաժինը և սլաքով՝ արդյոք այդ բաժինն աճել է (▲), թե նվազել (▼) նախորդ ժամանակահատվածի համեմատ</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ավելին</translation>
    </message>
    <message>
        <source>More topics</source>
        <translation>Այլ թեմաներ</translation>
    </message>
    <message>
        <source>%1: mentions %2, negative %3%, more negative than the period before</source>
        <translation>%1՝ հիշատակումներ %2, բացասական %3%, ավելի բացասական, քան նախորդ ժամանակահատվածում</translation>
    </message>
    <message>
        <source>%1: mentions %2, negative %3%, less negative than the period before</source>
        <translation>%1՝ հիշատակումներ %2, բացասական %3%, ավելի քիչ բացասական, քան նախորդ ժամանակահատվածում</translation>
    </message>
    <message>
        <source>%1: mentions %2, negative %3%, as in the period before</source>
        <translation>%1՝ հիշատակումներ %2, բացասական %3%, ինչպես նախորդ ժամանակահատվածում</translation>
    </message>
    <message>
        <source>%1: mentions %2, negative %3%</source>
        <translation>%1՝ հիշատակումներ %2, բացասական %3%</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>More (%1)</source>
        <translation>Ավելին (%1)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TopicsChart</name>
    <message>
        <source>Negative mentions</source>
        <translation>Բացասական հիշատակումներ</translation>
    </message>
    <message>
        <source>Other mentions</source>
        <translation>Այլ հիշատակումներ</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Հիշատակումներ</translation>
    </message>
    <message>
        <source>%1 — mentions: %2, negative: %3</source>
        <translation>%1 — հիշատակումներ՝ %2, բացասական՝ %3</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Թեմա</translation>
    </message>
    <message>
        <source>Share negative</source>
        <translation>Բացասականի մասնաբաժին</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::chartlook</name>
    <message>
        <source>%1 – %2</source>
        <comment>first month – last month</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
</context>
</TS>
