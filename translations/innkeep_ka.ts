<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka">
<context>
    <name>AnalysisChips</name>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (შესწორებული)</translation>
    </message>
    <message>
        <source>%1 (added by staff)</source>
        <translation>%1 (დაამატა პერსონალმა)</translation>
    </message>
    <message>
        <source>Corrected by staff</source>
        <translation>შეასწორა პერსონალმა</translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation>შესწორდა %1</translation>
    </message>
    <message>
        <source>Corrected by %1 on %2</source>
        <translation>შეასწორა: %1, %2</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>ჯერ არ არის გაანალიზებული</translation>
    </message>
    <message>
        <source>The analyser found: %1 (score %2)</source>
        <translation>ანალიზატორმა იპოვა: %1 (ქულა %2)</translation>
    </message>
    <message>
        <source>Found by the analyser (score %1)</source>
        <translation>იპოვა ანალიზატორმა (ქულა %1)</translation>
    </message>
    <message>
        <source>Found in: %1</source>
        <translation>ნაპოვნია: %1</translation>
    </message>
    <message>
        <source>%1: added by staff</source>
        <translation>%1: დაამატა პერსონალმა</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Removed by staff: %1</source>
        <translation>წაშალა პერსონალმა: %1</translation>
    </message>
</context>
<context>
    <name>AverageDailyRateKpi</name>
    <message>
        <source>Average daily rate</source>
        <translation>საშუალო დღიური ტარიფი</translation>
    </message>
    <message>
        <source>Per currency, the revenue of the stays arriving in the period divided by their nights. Stays arriving and departing on the same day are left out; a stay without a revenue counts as 0. Currencies are never converted. Cancelled and no-show stays do not count.</source>
        <translation>თითოეული ვალუტისთვის: პერიოდში ჩამოსული ვიზიტების შემოსავალი გაყოფილი მათი ღამეების რაოდენობაზე. იმავე დღეს ჩამოსული და წასული ვიზიტები არ ითვლება; შემოსავლის გარეშე ვიზიტი ითვლება 0-ად. ვალუტები არასოდეს კონვერტირდება. გაუქმებული და no-show ვიზიტები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>AverageNightsKpi</name>
    <message>
        <source>Average nights</source>
        <translation>ღამეების საშუალო რაოდენობა</translation>
    </message>
    <message>
        <source>The nights of the stays arriving in the period divided by the number of those stays; a stay arriving and departing on the same day counts with 0 nights. Cancelled and no-show stays do not count.</source>
        <translation>პერიოდში ჩამოსული ვიზიტების ღამეები გაყოფილი ამ ვიზიტების რაოდენობაზე; იმავე დღეს ჩამოსული და წასული ვიზიტი ითვლება 0 ღამით. გაუქმებული და no-show ვიზიტები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>The job has not finished yet.</source>
        <translation>სამუშაო ჯერ არ დასრულებულა.</translation>
    </message>
    <message>
        <source>The job&apos;s result was asked for as the wrong type.</source>
        <translation>სამუშაოს შედეგი არასწორი ტიპით იქნა მოთხოვნილი.</translation>
    </message>
</context>
<context>
    <name>BackupCopy</name>
    <message>
        <source>There is no file at this path.</source>
        <translation>ამ მისამართზე ფაილი არ არის.</translation>
    </message>
    <message>
        <source>This is not an Innkeep file.</source>
        <translation>ეს არ არის Innkeep-ის ფაილი.</translation>
    </message>
    <message>
        <source>The file could not be opened for reading.</source>
        <translation>ფაილის წასაკითხად გახსნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The copy is damaged: %1</source>
        <translation>ასლი დაზიანებულია: %1</translation>
    </message>
    <message>
        <source>A file with this name is already there.</source>
        <translation>ამ სახელით ფაილი უკვე არსებობს.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>სარეზერვო ასლის ჩაწერა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The backup was written but did not pass its check: %1</source>
        <translation>სარეზერვო ასლი ჩაიწერა, მაგრამ შემოწმება ვერ გაიარა: %1</translation>
    </message>
    <message>
        <source>The backup could not be flushed to the disk.</source>
        <translation>სარეზერვო ასლის დისკზე ბოლომდე ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The finished backup could not be given its name.</source>
        <translation>დასრულებული სარეზერვო ასლისთვის სახელის მინიჭება ვერ მოხერხდა.</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>There is no segment called %1; innkeep-cli segment list shows them.</source>
        <translation>სეგმენტი სახელით %1 არ არსებობს; სეგმენტების სიას აჩვენებს innkeep-cli segment list.</translation>
    </message>
</context>
<context>
    <name>CompensationPerRecoveredGuestKpi</name>
    <message>
        <source>Compensation per recovered guest</source>
        <translation>კომპენსაცია ერთ აღდგენილ სტუმარზე</translation>
    </message>
    <message>
        <source>The compensation given for complaint tickets created in the period, recovered or not, per currency ÷ the number of different guests whose complaint tickets were closed in the period as recovered.</source>
        <translation>პერიოდში შექმნილი საჩივრის ტიკეტებისთვის გაცემული კომპენსაცია, აღდგენილი თუ არა, თითოეული ვალუტით ÷ იმ სხვადასხვა სტუმრის რაოდენობა, რომელთა საჩივრის ტიკეტები პერიოდში დაიხურა როგორც აღდგენილი.</translation>
    </message>
</context>
<context>
    <name>CompensationTotalsKpi</name>
    <message>
        <source>Compensation</source>
        <translation>კომპენსაცია</translation>
    </message>
    <message>
        <source>The compensation given for complaint tickets created in the period (whenever it was given), summed per currency and never converted; the headline is the venue currency&apos;s total.</source>
        <translation>პერიოდში შექმნილი საჩივრის ტიკეტებისთვის გაცემული კომპენსაცია (როდესაც არ უნდა გაცემულიყო), შეჯამებული თითოეული ვალუტით და არასოდეს კონვერტირებული; მთავარი მაჩვენებელი სასტუმროს ვალუტით გამოსახული ჯამია.</translation>
    </message>
</context>
<context>
    <name>ComplaintsPerStaysKpi</name>
    <message>
        <source>Complaints per 100 stays</source>
        <translation>საჩივრები 100 ვიზიტზე</translation>
    </message>
    <message>
        <source>Complaint tickets created in the period × 100 ÷ stays arriving in the period. Cancelled and no-show stays do not count.</source>
        <translation>პერიოდში შექმნილი საჩივრის ტიკეტები × 100 ÷ პერიოდში ჩამოსული ვიზიტები. გაუქმებული და no-show ვიზიტები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>CsatKpi</name>
    <message>
        <source>Guest satisfaction (CSAT)</source>
        <translation>სტუმრების კმაყოფილება (CSAT)</translation>
    </message>
    <message>
        <source>Ratings on the 1–5 scale received in the period: ratings of 4 or higher ÷ all 1–5 ratings. Ratings on other scales do not count.</source>
        <translation>პერიოდში მიღებული შეფასებები 1–5 შკალაზე: 4 ან მეტი შეფასებები ÷ ყველა 1–5 შეფასება. სხვა შკალის შეფასებები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>--map names the column &quot;%1&quot;, which the file does not have; its columns are: %2.</source>
        <translation>--map ასახელებს სვეტს „%1“, რომელიც ფაილში არ არის; ფაილის სვეტებია: %2.</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field of this import; use one of: %2, ignore.</source>
        <translation>--map: „%1“ ამ იმპორტის ველი არ არის; გამოიყენეთ ერთ-ერთი: %2, ignore.</translation>
    </message>
    <message>
        <source>Two columns are both read as %1.</source>
        <translation>ორი სვეტი ერთსა და იმავე ველად იკითხება: %1.</translation>
    </message>
    <message>
        <source>Unknown column(s) %1; map them to a field with --map &quot;header=field&quot; or to &quot;ignore&quot; (or ignore every unknown column with --ignore-unknown). Fields: %2.</source>
        <translation>უცნობი სვეტ(ებ)ი %1; მიუთითეთ მათთვის ველი --map &quot;header=field&quot; სახით ან „ignore“ (ან გამოტოვეთ ყველა უცნობი სვეტი --ignore-unknown-ით). ველები: %2.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2.</source>
        <translation>ამ სტრიქონში %1 ველია, სათაურში კი — %2.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Separate fields with a comma, a semicolon or a tab.</source>
        <translation>ველები გამოყავით მძიმით, წერტილ-მძიმით ან ტაბულაციით.</translation>
    </message>
    <message>
        <source>the CSV export</source>
        <translation>CSV ექსპორტი</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is never closed (a &quot; is missing).</source>
        <translation>ბრჭყალებში ჩასმული ველი არ არის დახურული (აკლია &quot;).</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote; quotes inside a quoted field are written twice (&quot;&quot;).</source>
        <translation>დამხურავი ბრჭყალის შემდეგ მოულოდნელი ტექსტია; ბრჭყალებში ჩასმულ ველში ბრჭყალი ორჯერ იწერება (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as UTF-8 CSV.</source>
        <translation>ფაილი არ არის UTF-8 ტექსტი; შეინახეთ ის UTF-8 CSV ფორმატში.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>სვეტი %1</translation>
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
        <translation>ეს არ არის სწორი %1 ტექსტი (ან შეიცავს NUL სიმბოლოს); შეინახეთ ფაილი UTF-8 CSV ფორმატში.</translation>
    </message>
    <message>
        <source>A NUL character (U+0000) is in this field; text may not hold control characters.</source>
        <translation>ამ ველში არის NUL სიმბოლო (U+0000); ტექსტი არ შეიძლება შეიცავდეს მმართველ სიმბოლოებს.</translation>
    </message>
    <message>
        <source>A control character (%1) is in this field; text may hold tabs and line breaks but no other control characters.</source>
        <translation>ამ ველში არის მმართველი სიმბოლო (%1); ტექსტში დასაშვებია ტაბულაცია და ახალი სტრიქონი, სხვა მმართველი სიმბოლოები კი — არა.</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>ფაილის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The file is not text this import can read: its first line holds NUL bytes that are not UTF-16 or UTF-32 (encoding found: unknown, perhaps binary). Save it as UTF-8 CSV.</source>
        <translation>ფაილი არ არის ტექსტი, რომლის წაკითხვაც ამ იმპორტს შეუძლია: მის პირველ სტრიქონში არის NUL ბაიტები, რომლებიც არც UTF-16-ია და არც UTF-32 (აღმოჩენილი კოდირება: უცნობი, შესაძლოა ბინარული). შეინახეთ ის UTF-8 CSV ფორმატში.</translation>
    </message>
    <message>
        <source>The file changed while it was being read (%1 bytes when the import began, %2 bytes were there); nothing was imported. Import it again when it is complete.</source>
        <translation>ფაილი წაკითხვისას შეიცვალა (იმპორტის დაწყებისას — %1 ბაიტი, შემდეგ — %2 ბაიტი); არაფერი დაიმპორტებულა. გაიმეორეთ იმპორტი, როცა ფაილი სრული იქნება.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character of its encoding (%1).</source>
        <translation>ფაილი მთავრდება თავისი კოდირების (%1) სიმბოლოს შუაში.</translation>
    </message>
    <message>
        <source>The record starting on this line is longer than 1 MiB, the most one record may hold.</source>
        <translation>ამ სტრიქონზე დაწყებული ჩანაწერი აღემატება 1 MiB-ს — ერთი ჩანაწერის მაქსიმალურ ზომას.</translation>
    </message>
</context>
<context>
    <name>CurrencyCode</name>
    <message>
        <source>&quot;%1&quot; is not the ISO 4217 code of a currency in use, such as EUR, AMD or GEL.</source>
        <translation>„%1“ არ არის მოქმედი ვალუტის ISO 4217 კოდი, მაგ. EUR, AMD ან GEL.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at this path.</source>
        <translation>ამ მისამართზე მონაცემთა ბაზა არ არის.</translation>
    </message>
    <message>
        <source>A file already exists at this path.</source>
        <translation>ამ მისამართზე ფაილი უკვე არსებობს.</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>მონაცემთა ბაზის გახსნა შეუძლებელია: %1</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>მონაცემთა ბაზის ფაილი დაზიანებულია: %1</translation>
    </message>
    <message>
        <source>Only one SQL statement may be prepared at a time.</source>
        <translation>ერთდროულად მხოლოდ ერთი SQL ბრძანების მომზადებაა შესაძლებელი.</translation>
    </message>
    <message>
        <source>No database file was named (the path is empty).</source>
        <translation>მონაცემთა ბაზის ფაილი მითითებული არ არის (მისამართი ცარიელია).</translation>
    </message>
    <message>
        <source>This file is damaged (%1) — opened for viewing only. Restore a backup to work on it again.</source>
        <translation>ეს ფაილი დაზიანებულია (%1) — გაიხსნა მხოლოდ დასათვალიერებლად. მასში სამუშაოდ აღადგინეთ სარეზერვო ასლი.</translation>
    </message>
    <message>
        <source>%1 This file was written by an older Innkeep and must be upgraded first, which needs a file that can be written.</source>
        <translation>%1 ეს ფაილი Innkeep-ის უფრო ძველმა ვერსიამ ჩაწერა და ჯერ უნდა განახლდეს, რისთვისაც ფაილში ჩაწერა უნდა იყოს შესაძლებელი.</translation>
    </message>
    <message>
        <source>%1 is writing to this file and did not finish in time; nothing was changed. Try again when it has finished.</source>
        <translation>ამ ფაილში წერს %1 და ჩაწერა დროულად არ დასრულებულა; არაფერი შეცვლილა. სცადეთ ხელახლა, როცა ის დაასრულებს.</translation>
    </message>
    <message>
        <source>%1 (process %2, since %3)</source>
        <translation>%1 (პროცესი %2, %3-დან)</translation>
    </message>
    <message>
        <source>Another program is writing to this file; waiting up to %1 s for it…</source>
        <translation>სხვა პროგრამა ამ ფაილში წერს; ველოდებით მაქსიმუმ %1 წმ…</translation>
    </message>
    <message>
        <source>Waiting for %1 to finish (up to %2 min)…</source>
        <translation>ველოდებით, სანამ %1 დაასრულებს (მაქსიმუმ %2 წთ)…</translation>
    </message>
    <message>
        <source>another Innkeep</source>
        <translation>Innkeep-ის სხვა ეგზემპლარი</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <source>There is no file at this path.</source>
        <translation>ამ მისამართზე ფაილი არ არის.</translation>
    </message>
    <message>
        <source>The file is open in Innkeep or another program. Close it there first; nothing was changed.</source>
        <translation>ფაილი გახსნილია Innkeep-ში ან სხვა პროგრამაში. ჯერ იქ დახურეთ; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>Choose a copy, not the file itself.</source>
        <translation>აირჩიეთ ასლი და არა თავად ფაილი.</translation>
    </message>
    <message>
        <source>The file could not be moved aside; nothing was changed.</source>
        <translation>ფაილის გვერდზე გადადება ვერ მოხერხდა; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>The file&apos;s log could not be moved aside; nothing was changed.</source>
        <translation>ფაილის ჟურნალის გვერდზე გადადება ვერ მოხერხდა; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>The copy could not be put in place; the file is at %1.</source>
        <translation>ასლის ფაილის ადგილზე ჩასმა ვერ მოხერხდა; ფაილი ახლა აქ არის: %1.</translation>
    </message>
</context>
<context>
    <name>DemoFile</name>
    <message>
        <source>The demo&apos;s log could not be folded into the file.</source>
        <translation>დემოს ჟურნალის ფაილში გაერთიანება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Cancelled; no demo file was made.</source>
        <translation>გაუქმდა; სადემონსტრაციო ფაილი არ შექმნილა.</translation>
    </message>
    <message>
        <source>A file appeared at this path while the demo was made; it was left as it was.</source>
        <translation>დემოს შექმნისას ამ მისამართზე ფაილი გაჩნდა; ის ხელუხლებლად დარჩა.</translation>
    </message>
    <message>
        <source>the demo hotel</source>
        <translation>სადემონსტრაციო სასტუმრო</translation>
    </message>
    <message>
        <source>Creating the demo hotel</source>
        <translation>იქმნება სადემონსტრაციო სასტუმრო</translation>
    </message>
    <message>
        <source>Cancelled; no demo guest was added.</source>
        <translation>გაუქმდა; არცერთი სადემონსტრაციო სტუმარი არ დამატებულა.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of guests must be from 0 to 10,000,000.</source>
        <translation>სტუმრების რაოდენობა უნდა იყოს 0-დან 10 000 000-მდე.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the %n guest(s) made before were kept.</source>
        <translation>
            <numerusform>გაუქმდა; უკვე შექმნილი %n სტუმარი შენარჩუნდა.</numerusform>
            <numerusform>გაუქმდა; უკვე შექმნილი %n სტუმარი შენარჩუნდა.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left without paying the minibar and damages.</source>
        <translation>წავიდა მინიბარისა და მიყენებული ზიანის საფასურის გადაუხდელად.</translation>
    </message>
    <message>
        <source>Abusive towards the night staff.</source>
        <translation>უხეშად ექცეოდა ღამის ცვლის პერსონალს.</translation>
    </message>
</context>
<context>
    <name>DuplicateRule</name>
    <message>
        <source>same e-mail</source>
        <translation>იგივე ელფოსტა</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>იგივე ტელეფონი</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>იგივე სახელი</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>მსგავსი სახელი</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>იგივე დაბადების დღე</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>იგივე ქალაქი</translation>
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
        <translation>ჩასაწერი ფაილის სახელი მითითებული არ არის.</translation>
    </message>
    <message>
        <source>This is the open database; choose another file to write to.</source>
        <translation>ეს გახსნილი მონაცემთა ბაზაა; ჩასაწერად აირჩიეთ სხვა ფაილი.</translation>
    </message>
    <message>
        <source>This is a working file of the open database; choose another file to write to.</source>
        <translation>ეს გახსნილი მონაცემთა ბაზის სამუშაო ფაილია; ჩასაწერად აირჩიეთ სხვა ფაილი.</translation>
    </message>
    <message>
        <source>The symbolic links at this path lead round in a circle.</source>
        <translation>ამ მისამართის სიმბოლური ბმულები ჩაკეტილ წრეს ქმნის.</translation>
    </message>
    <message>
        <source>This is a working file of a database; choose another file to write to.</source>
        <translation>ეს მონაცემთა ბაზის სამუშაო ფაილია; ჩასაწერად აირჩიეთ სხვა ფაილი.</translation>
    </message>
    <message>
        <source>This is a folder; give the name of a file to write.</source>
        <translation>ეს საქაღალდეა; მიუთითეთ ჩასაწერი ფაილის სახელი.</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, a pipe or a socket); only a regular file can be written or replaced.</source>
        <translation>ეს არ არის ჩვეულებრივი ფაილი (ეს არის მოწყობილობა, მილი ან სოკეტი); ჩაწერა ან ჩანაცვლება მხოლოდ ჩვეულებრივი ფაილისაა შესაძლებელი.</translation>
    </message>
    <message>
        <source>This file cannot be read, so it cannot be checked before it is replaced: %1</source>
        <translation>ამ ფაილის წაკითხვა შეუძლებელია, ამიტომ ჩანაცვლებამდე მისი შემოწმება ვერ ხერხდება: %1</translation>
    </message>
    <message>
        <source>This is a database (an SQLite file), which is never replaced; choose another file to write to.</source>
        <translation>ეს მონაცემთა ბაზაა (SQLite ფაილი), რომელიც არასოდეს ჩანაცვლდება; ჩასაწერად აირჩიეთ სხვა ფაილი.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write the file: %1.</source>
        <translation>ფაილის ჩაწერა შეუძლებელია: %1.</translation>
    </message>
    <message>
        <source>Cannot make the file private to you (the folder&apos;s file system may not keep permissions); nothing was written: %1.</source>
        <translation>ფაილის მხოლოდ თქვენთვის ხელმისაწვდომად გადაქცევა შეუძლებელია (საქაღალდის ფაილურმა სისტემამ შესაძლოა წვდომის უფლებები არ შეინახოს); არაფერი ჩაწერილა: %1.</translation>
    </message>
    <message>
        <source>The disk is full; the export was not written and any old file was left as it was.</source>
        <translation>დისკი სავსეა; ექსპორტი არ ჩაწერილა, ძველი ფაილი კი (თუ არსებობდა) ხელუხლებლად დარჩა.</translation>
    </message>
    <message>
        <source>Writing the file failed (%1); any old file was left as it was.</source>
        <translation>ფაილის ჩაწერა ვერ მოხერხდა (%1); ძველი ფაილი (თუ არსებობდა) ხელუხლებლად დარჩა.</translation>
    </message>
    <message>
        <source>The file was written but others can read it; make it private to you.</source>
        <translation>ფაილი ჩაიწერა, მაგრამ მისი წაკითხვა სხვებსაც შეუძლიათ; გახადეთ ის მხოლოდ თქვენთვის ხელმისაწვდომი.</translation>
    </message>
</context>
<context>
    <name>FeedbackChannel</name>
    <message>
        <source>In person</source>
        <translation>პირადად</translation>
    </message>
    <message>
        <source>Comment card</source>
        <translation>შეფასების ბარათი</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>გამოკითხვა</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>მიმოხილვის საიტი</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>სოციალური ქსელები</translation>
    </message>
</context>
<context>
    <name>FeedbackCsvImport</name>
    <message>
        <source>&quot;%1&quot; is not a rating scale; use 5 (1 to 5), 10 (1 to 10) or nps (0 to 10).</source>
        <translation>„%1“ არ არის შეფასების შკალა; გამოიყენეთ 5 (1-დან 5-მდე), 10 (1-დან 10-მდე) ან nps (0-დან 10-მდე).</translation>
    </message>
    <message>
        <source>No column holds the date the feedback was given.</source>
        <translation>არცერთ სვეტში არ არის გამოხმაურების დატოვების თარიღი.</translation>
    </message>
    <message>
        <source>No column holds a rating or the feedback&apos;s text.</source>
        <translation>არცერთ სვეტში არ არის შეფასება ან გამოხმაურების ტექსტი.</translation>
    </message>
    <message>
        <source>The rating &quot;%1&quot; has no scale: write it as 4/5 or 8/10, add a scale column, or give --scale 5, 10 or nps.</source>
        <translation>შეფასებას „%1“ შკალა არ აქვს: ჩაწერეთ ის 4/5 ან 8/10 სახით, დაამატეთ შკალის სვეტი ან მიუთითეთ --scale 5, 10 ან nps.</translation>
    </message>
    <message>
        <source>Enter the date the feedback was given.</source>
        <translation>შეიყვანეთ გამოხმაურების დატოვების თარიღი.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 მომავალი თარიღია.</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>გამოხმაურების თარიღი</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>შეფასება</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>შეფასების შკალა</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ტექსტი</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>სათაური</translation>
    </message>
    <message>
        <source>Review site or source</source>
        <translation>მიმოხილვის საიტი ან წყარო</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Guest&apos;s e-mail</source>
        <translation>სტუმრის ელფოსტა</translation>
    </message>
    <message>
        <source>Guest&apos;s profile id</source>
        <translation>სტუმრის პროფილის ID</translation>
    </message>
    <message>
        <source>Review id (read, not stored)</source>
        <translation>მიმოხილვის ID (იკითხება, არ ინახება)</translation>
    </message>
    <message>
        <source>The venue&apos;s response</source>
        <translation>სასტუმროს პასუხი</translation>
    </message>
    <message>
        <source>the check of the feedback file</source>
        <translation>გამოხმაურებების ფაილის შემოწმება</translation>
    </message>
    <message>
        <source>the feedback import</source>
        <translation>გამოხმაურებების იმპორტი</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>მოწმდება ყველა სტრიქონი</translation>
    </message>
    <message>
        <source>Importing feedback</source>
        <translation>მიმდინარეობს გამოხმაურებების იმპორტი</translation>
    </message>
</context>
<context>
    <name>FeedbackReanalysis</name>
    <message>
        <source>Analysing feedback</source>
        <translation>გამოხმაურებების ანალიზი</translation>
    </message>
    <message>
        <source>Stopped; the entries analysed so far are kept.</source>
        <translation>შეჩერდა; აქამდე გაანალიზებული ჩანაწერები შენახულია.</translation>
    </message>
    <message>
        <source>the analysis of the feedback</source>
        <translation>გამოხმაურებების ანალიზი</translation>
    </message>
</context>
<context>
    <name>FeedbackResponseRateKpi</name>
    <message>
        <source>Feedback response rate</source>
        <translation>გამოხმაურებებზე პასუხის მაჩვენებელი</translation>
    </message>
    <message>
        <source>Feedback received in the period that needed attention (a low rating or low sentiment): the share answered or turned into a complaint ticket by now.</source>
        <translation>პერიოდში მიღებული გამოხმაურება, რომელიც ყურადღებას საჭიროებდა (დაბალი შეფასება ან უარყოფითი განწყობა): ამ დროისთვის პასუხგაცემული ან საჩივრის ტიკეტად გადაქცეული წილი.</translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <source>There is no feedback entry %1.</source>
        <translation>გამოხმაურება %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>Feedback needs a rating or some text.</source>
        <translation>გამოხმაურებას სჭირდება შეფასება ან ტექსტი.</translation>
    </message>
    <message>
        <source>Name the review site the feedback was posted on.</source>
        <translation>მიუთითეთ მიმოხილვის საიტი, სადაც გამოხმაურება გამოქვეყნდა.</translation>
    </message>
    <message>
        <source>The response cannot be empty.</source>
        <translation>პასუხი ცარიელი ვერ იქნება.</translation>
    </message>
    <message>
        <source>This feedback already has ticket %1.</source>
        <translation>ამ გამოხმაურებაზე უკვე შექმნილია საჩივარი %1.</translation>
    </message>
    <message>
        <source>Rating %1 via %2</source>
        <translation>შეფასება %1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>უცნობი</translation>
    </message>
    <message>
        <source>The attention threshold is a number from 0 to 1.</source>
        <translation>ყურადღების ზღვარი უნდა იყოს რიცხვი 0-დან 1-მდე.</translation>
    </message>
    <message>
        <source>The sentiment threshold is a number from -1 to 1.</source>
        <translation>განწყობის ზღვარი არის რიცხვი -1-დან 1-მდე.</translation>
    </message>
    <message>
        <source>%1 is not a topic; topics are: %2.</source>
        <extracomment>%1 is what was typed, %2 the list of topic keys.</extracomment>
        <translation>%1 არ არის თემა; თემებია: %2.</translation>
    </message>
    <message>
        <source>Topic %1 cannot be both added and removed.</source>
        <translation>თემა %1 ერთდროულად ვერ დაემატება და წაიშლება.</translation>
    </message>
    <message>
        <source>Say what to correct: the label or a topic.</source>
        <translation>მიუთითეთ, რა უნდა შესწორდეს: შეფასება თუ თემა.</translation>
    </message>
    <message>
        <source>Either set the label or give it back to the analyser, not both.</source>
        <translation>ან მიუთითეთ განწყობა, ან დაუბრუნეთ ანალიზატორს, ორივე ერთად არა.</translation>
    </message>
</context>
<context>
    <name>FeedbackTopicSummary</name>
    <message>
        <source>Give a period whose first day is not after its last day.</source>
        <translation>მიუთითეთ პერიოდი, რომლის პირველი დღე ბოლო დღის შემდეგ არ არის.</translation>
    </message>
</context>
<context>
    <name>FeedbackTrends</name>
    <message>
        <source>The minimum count is a whole number of 1 or more.</source>
        <translation>მინიმალური რაოდენობა არის მთელი რიცხვი, 1 ან მეტი.</translation>
    </message>
</context>
<context>
    <name>FollowUpRateKpi</name>
    <message>
        <source>Follow-up rate</source>
        <translation>შემდგომი კონტაქტის მაჩვენებელი</translation>
    </message>
    <message>
        <source>Complaint tickets resolved in the period with a follow-up with the guest recorded ÷ all complaint tickets resolved in the period.</source>
        <translation>პერიოდში გადაწყვეტილი საჩივრის ტიკეტები სტუმართან დაფიქსირებული შემდგომი კონტაქტით ÷ პერიოდში გადაწყვეტილი ყველა საჩივრის ტიკეტი.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>გთხოვთ, შეასწოროთ ქვემოთ მონიშნული ველები.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Stay %1</source>
        <translation>ვიზიტი №%1</translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <source>Preference added</source>
        <translation>სურვილი დაემატა</translation>
    </message>
    <message>
        <source>Stay added</source>
        <translation>ვიზიტი დაემატა</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>შენიშვნა დაემატა</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>შეიქმნა</translation>
    </message>
    <message>
        <source>Preference removed</source>
        <translation>სურვილი წაიშალა</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>წაიშალა</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>მიმართვა</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>გვარი</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>სახელი (ლათინურად)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>გვარი (ლათინურად)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>მოქალაქეობა</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>დაბადების დღე</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>წლისთავი</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>კომპანია</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>ქუჩა</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>საფოსტო ინდექსი</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP დონე</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>წყარო</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>დაბლოკილი</translation>
    </message>
    <message>
        <source>Reason blocked</source>
        <translation>დაბლოკვის მიზეზი</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>პრესა</translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation>თანხმობა ელფოსტაზე</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>თანხმობა SMS-ზე</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>თანხმობა ზარებზე</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>თანხმობა მარკეტინგზე</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>ელფოსტის მისამართები</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>ტელეფონები</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>იარლიყები</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>დაარქივებული</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>სურვილი</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>დეტალები</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>შემჩნევის თარიღი</translation>
    </message>
    <message>
        <source>Times confirmed</source>
        <translation>დადასტურების რაოდენობა</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>კრიტიკული</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>ჩამოსვლა</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>გამგზავრება</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ოთახი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>ტარიფი</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>შემოსავალი</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>პირდაპირი</translation>
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
        <translation>ჯავშნის გარეშე</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>Travel agent</source>
        <translation>ტურაგენტი</translation>
    </message>
    <message>
        <source>Merged with another profile of this guest</source>
        <translation>გაერთიანდა ამ სტუმრის სხვა პროფილთან</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>გაერთიანება გაუქმდა</translation>
    </message>
    <message>
        <source>Merged into another profile</source>
        <translation>გაერთიანდა სხვა პროფილში</translation>
    </message>
    <message>
        <source>Stay moved between profiles</source>
        <translation>ვიზიტი გადატანილია პროფილებს შორის</translation>
    </message>
    <message>
        <source>Complaint moved between profiles</source>
        <translation>საჩივარი გადატანილია პროფილებს შორის</translation>
    </message>
    <message>
        <source>Feedback moved between profiles</source>
        <translation>გამოხმაურება გადატანილია პროფილებს შორის</translation>
    </message>
    <message>
        <source>Note moved between profiles</source>
        <translation>შენიშვნა გადატანილია პროფილებს შორის</translation>
    </message>
    <message>
        <source>Moved between profiles</source>
        <translation>გადატანილია პროფილებს შორის</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>ჯავშნის ნომერი</translation>
    </message>
    <message>
        <source>Guests in the party</source>
        <translation>სტუმრების რაოდენობა</translation>
    </message>
    <message>
        <source>Purpose of the stay</source>
        <translation>ვიზიტის მიზანი</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ვალუტა</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>აღწერა</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>სიმძიმე</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>განყოფილება</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>პასუხისმგებელი</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>გადაწყვეტა</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>შედეგი</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>შეფასება</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>შეფასების შკალა</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ტექსტი</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>პასუხი</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>განწყობა</translation>
    </message>
    <message>
        <source>Sentiment set by staff</source>
        <translation>პერსონალის მიერ მითითებული განწყობა</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>გამოქვეყნებული</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>საიტი</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>მიღებულია</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>თემები</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>მისამართის მეორე ხაზი</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>შტატი ან რეგიონი</translation>
    </message>
    <message>
        <source>Id in the imported system</source>
        <translation>ID წყარო სისტემაში</translation>
    </message>
</context>
<context>
    <name>GuestAlerts</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>სტუმარი (ID: %1) არ არსებობს.</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>დაბლოკილია: %1</translation>
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
        <translation>ღია საჩივარი (%1, %2): %3</translation>
    </message>
    <message>
        <source>Last stay&apos;s complaint was not put right: %1</source>
        <translation>ბოლო ვიზიტის საჩივარი არ მოგვარებულა: %1</translation>
    </message>
    <message>
        <source>Birthday during the stay: %1</source>
        <translation>დაბადების დღე ვიზიტის დროს: %1</translation>
    </message>
    <message>
        <source>Anniversary during the stay: %1</source>
        <translation>წლისთავი ვიზიტის დროს: %1</translation>
    </message>
</context>
<context>
    <name>GuestColumn</name>
    <message>
        <source>Ignore this column</source>
        <translation>ამ სვეტის იგნორირება</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>მიმართვა</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>გვარი</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>სრული სახელი</translation>
    </message>
    <message>
        <source>Given name in the guest&apos;s script</source>
        <translation>სახელი სტუმრის დამწერლობით</translation>
    </message>
    <message>
        <source>Family name in the guest&apos;s script</source>
        <translation>გვარი სტუმრის დამწერლობით</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>სახელი ლათინური ასოებით</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>გვარი ლათინური ასოებით</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>მოქალაქეობა</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>დაბადების დღე</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>წლისთავი</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>კომპანია</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>ქუჩა</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>საფოსტო ინდექსი</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>იარლიყები</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP დონე</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>წყარო</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>შენიშვნები</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>პრესა</translation>
    </message>
    <message>
        <source>Blocked (reason)</source>
        <translation>დაბლოკილი (მიზეზი)</translation>
    </message>
    <message>
        <source>Consent: e-mail</source>
        <translation>თანხმობა: ელფოსტა</translation>
    </message>
    <message>
        <source>Consent: SMS</source>
        <translation>თანხმობა: SMS</translation>
    </message>
    <message>
        <source>Consent: phone</source>
        <translation>თანხმობა: ტელეფონი</translation>
    </message>
    <message>
        <source>Consent: marketing</source>
        <translation>თანხმობა: მარკეტინგი</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>მეორე სახელი</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>მისამართის მეორე ხაზი</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>შტატი ან რეგიონი</translation>
    </message>
    <message>
        <source>Profile id in the system the file comes from</source>
        <translation>პროფილის ID იმ სისტემაში, საიდანაც ფაილია მიღებული</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>დაბადების წელი</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>დაბადების თვე</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>დაბადების რიცხვი</translation>
    </message>
</context>
<context>
    <name>GuestCsvImport</name>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation>ფაილი ცარიელია; მას სათაურის სტრიქონი სჭირდება.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>იმპორტი გაუქმდა; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>მოწმდება ყველა სტრიქონი</translation>
    </message>
    <message>
        <source>Importing guests</source>
        <translation>მიმდინარეობს სტუმრების იმპორტი</translation>
    </message>
    <message>
        <source>the check of the guest list</source>
        <translation>სტუმრების სიის შემოწმება</translation>
    </message>
    <message>
        <source>the guest import</source>
        <translation>სტუმრების იმპორტი</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>სტრიქონი %1: </translation>
    </message>
    <message>
        <source>Could not write the rejected rows: %1.</source>
        <translation>უარყოფილი სტრიქონების ჩაწერა ვერ მოხერხდა: %1.</translation>
    </message>
    <message>
        <source>The guests were imported, but the rejected rows could not be saved: %1</source>
        <translation>სტუმრები შემოტანილია, მაგრამ უარყოფილი სტრიქონების შენახვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>--region: &quot;%1&quot; is not a region code (two letters, e.g. AM, GE, DE).</source>
        <translation>--region: „%1“ არ არის რეგიონის კოდი (ორი ასო, მაგ. AM, GE, DE).</translation>
    </message>
    <message>
        <source>Phone number in the imported file that cannot be dialled as written: %1</source>
        <translation>იმპორტირებულ ფაილში მითითებული ტელეფონის ნომერი, რომელზეც ჩაწერილი სახით დარეკვა შეუძლებელია: %1</translation>
    </message>
    <message>
        <source>No row starts on line %1 of %2.</source>
        <translation>ფაილში %2 სტრიქონზე %1 არცერთი ჩანაწერი არ იწყება.</translation>
    </message>
</context>
<context>
    <name>GuestCsvMapping</name>
    <message>
        <source>&quot;%1&quot; is not a guest field; use one of: %2.</source>
        <translation>„%1“ არ არის სტუმრის ველი; გამოიყენეთ ერთ-ერთი: %2.</translation>
    </message>
    <message>
        <source>Two columns are both read as %1.</source>
        <translation>ორი სვეტი ერთსა და იმავე ველად იკითხება: %1.</translation>
    </message>
    <message>
        <source>No column holds the guest&apos;s name (e.g. given_name, family_name).</source>
        <translation>არცერთ სვეტში არ არის სტუმრის სახელი (მაგ. given_name, family_name).</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2.</source>
        <translation>ამ სტრიქონში %1 ველია, სათაურში კი — %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VIP level from 0 to 3.</source>
        <translation>„%1“ არ არის VIP დონე 0-დან 3-მდე.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of walk-in, ota, direct, agent, other.</source>
        <translation>„%1“ არ არის ერთ-ერთი შემდეგთაგან: walk-in, ota, direct, agent, other.</translation>
    </message>
    <message>
        <source>Blocked in the imported file.</source>
        <translation>იმპორტირებულ ფაილში დაბლოკილად იყო მონიშნული.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>„%1“ უნდა იყოს yes ან no.</translation>
    </message>
    <message>
        <source>Unknown column(s) %1; map them to a guest field or to &quot;ignore&quot; (or ignore every unknown column with --ignore-unknown).</source>
        <translation>უცნობი სვეტ(ებ)ი %1; მიუთითეთ მათთვის სტუმრის ველი ან „ignore“ (ან გამოტოვეთ ყველა უცნობი სვეტი --ignore-unknown-ით).</translation>
    </message>
    <message>
        <source>The first line looks like a guest, not column names: the file needs a header line naming its columns (e.g. given_name,family_name,email,phone).</source>
        <translation>პირველი სტრიქონი სტუმრის მონაცემებს ჰგავს და არა სვეტების სახელებს: ფაილს სჭირდება სათაურის სტრიქონი სვეტების სახელებით (მაგ. given_name,family_name,email,phone).</translation>
    </message>
    <message>
        <source>Birthday (year not known): %1</source>
        <translation>დაბადების დღე (წელი უცნობია): %1</translation>
    </message>
    <message>
        <source>Anniversary (year not known): %1</source>
        <translation>წლისთავი (წელი უცნობია): %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset; use one of: %2, or none.</source>
        <translation>„%1“ შაბლონი არ არის; გამოიყენეთ ერთ-ერთი: %2 ან none.</translation>
    </message>
    <message>
        <source>A birthday in separate columns needs the month and the day (birth_month, birth_day, and birth_year when known), and no birthday column beside them.</source>
        <translation>ცალკე სვეტებში მოცემულ დაბადების დღეს სჭირდება თვე და რიცხვი (birth_month, birth_day და, თუ ცნობილია, birth_year), მათ გვერდით კი დაბადების დღის სვეტი არ უნდა იყოს.</translation>
    </message>
    <message>
        <source>Year &quot;%1&quot;, month &quot;%2&quot;, day &quot;%3&quot; is not a date.</source>
        <translation>წელი „%1“, თვე „%2“, რიცხვი „%3“ — ასეთი თარიღი არ არსებობს.</translation>
    </message>
</context>
<context>
    <name>GuestDataExport</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>სტუმარი (ID: %1) არ არსებობს.</translation>
    </message>
</context>
<context>
    <name>GuestDataPdf</name>
    <message>
        <source>Salutation</source>
        <translation>მიმართვა</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>გვარი</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>სახელი (ლათინურად)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>გვარი (ლათინურად)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>მოქალაქეობა</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>დაბადების დღე</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>წლისთავი</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>კომპანია</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>ქუჩა</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>საფოსტო ინდექსი</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP დონე</translation>
    </message>
    <message>
        <source>How they came to us</source>
        <translation>როგორ გაიგეს ჩვენ შესახებ</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>დაბლოკილი</translation>
    </message>
    <message>
        <source>Why blocked</source>
        <translation>დაბლოკვის მიზეზი</translation>
    </message>
    <message>
        <source>Agreed to e-mail</source>
        <translation>თანხმობა ელფოსტაზე</translation>
    </message>
    <message>
        <source>Agreed to text messages</source>
        <translation>თანხმობა SMS შეტყობინებებზე</translation>
    </message>
    <message>
        <source>Agreed to phone calls</source>
        <translation>თანხმობა სატელეფონო ზარებზე</translation>
    </message>
    <message>
        <source>Agreed to offers</source>
        <translation>თანხმობა შეთავაზებებზე</translation>
    </message>
    <message>
        <source>Profile made</source>
        <translation>პროფილი შეიქმნა</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>ბოლო ცვლილება</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>დაარქივებული</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>დიახ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>არა</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>პროფილი</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ველი</translation>
    </message>
    <message>
        <source>What we hold</source>
        <translation>რა გვაქვს შენახული</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>იარლიყები</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>კონტაქტები</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>სახეობა</translation>
    </message>
    <message>
        <source>Address or number</source>
        <translation>მისამართი ან ნომერი</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>შენიშვნები</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>დაიწერა</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ვინ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>შენიშვნა</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>სურვილები</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>სურვილი</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>დეტალები</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>ბოლოს შემჩნეულია</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>ვიზიტები</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>ჩამოსვლა</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>გამგზავრება</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ოთახი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>ჯავშანი</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>თანხა</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>საჩივრები</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>დაფიქსირდა</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>რა მოხდა</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>როგორ მოგვარდა</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>გამოხმაურება</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>მიღებულია</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>შეფასება</translation>
    </message>
    <message>
        <source>What they wrote</source>
        <translation>რა დაწერა სტუმარმა</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>ჩვენი პასუხი</translation>
    </message>
    <message>
        <source>Another profile of yours, merged into this one</source>
        <translation>თქვენი სხვა პროფილი, გაერთიანებული ამ პროფილთან</translation>
    </message>
    <message>
        <source>The PDF needs a graphical application to draw its pages (Qt Gui).</source>
        <translation>PDF-ის გვერდების დასახატად საჭიროა გრაფიკული აპლიკაცია (Qt Gui).</translation>
    </message>
    <message>
        <source>The data we hold about a guest</source>
        <translation>სტუმრის შესახებ ჩვენთან შენახული მონაცემები</translation>
    </message>
    <message>
        <source>The data we hold about %1</source>
        <translation>%1 — ჩვენთან შენახული მონაცემები</translation>
    </message>
    <message>
        <source>Exported %1 from %2. Everything in this file is also in the JSON export beside it.</source>
        <translation>ექსპორტის დრო: %1, სასტუმრო: %2. ამ ფაილში არსებული ყველაფერი ასევე მოცემულია მის გვერდით მდებარე JSON ექსპორტში.</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>მონაცემები არ არის.</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>დაფიქსირებული ცვლილებები</translation>
    </message>
    <message>
        <source>When</source>
        <translation>როდის</translation>
    </message>
    <message>
        <source>What</source>
        <translation>რა</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>იყო</translation>
    </message>
    <message>
        <source>After</source>
        <translation>გახდა</translation>
    </message>
    <message>
        <source>added</source>
        <translation>დაემატა</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>წაიშალა</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>PDF-ის დახატვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Guest data</source>
        <translation>სტუმრის მონაცემები</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>მისამართის მეორე ხაზი</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>შტატი ან რეგიონი</translation>
    </message>
    <message>
        <source>Id in the system they were imported from</source>
        <translation>ID იმ სისტემაში, საიდანაც მონაცემები დაიმპორტდა</translation>
    </message>
</context>
<context>
    <name>GuestErasure</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>სტუმარი (ID: %1) არ არსებობს.</translation>
    </message>
    <message>
        <source>This profile was merged into the guest %1; erase that guest, and this profile goes with them.</source>
        <translation>ეს პროფილი გაერთიანდა სტუმართან %1; წაშალეთ ეს სტუმარი და ეს პროფილიც მასთან ერთად წაიშლება.</translation>
    </message>
    <message>
        <source>The file could not be set to overwrite what is deleted.</source>
        <translation>ვერ მოხერხდა ფაილის ისე მომართვა, რომ წაშლილი მონაცემები გადაიწეროს.</translation>
    </message>
</context>
<context>
    <name>GuestFactsReader</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>სტუმარი (ID: %1) არ არსებობს.</translation>
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
        <translation>LinkedIn-ის კონტაქტები</translation>
    </message>
    <message>
        <source>QloApps customers</source>
        <translation>QloApps-ის კლიენტები</translation>
    </message>
    <message>
        <source>QloApps addresses</source>
        <translation>QloApps-ის მისამართები</translation>
    </message>
    <message>
        <source>Hotel PMS guest profiles</source>
        <translation>სასტუმროს PMS-ის სტუმრების პროფილები</translation>
    </message>
    <message>
        <source>OPERA profiles</source>
        <translation>OPERA-ს პროფილები</translation>
    </message>
</context>
<context>
    <name>GuestMatch</name>
    <message>
        <source>Several guests have the e-mail %1; add an external id column to tell them apart.</source>
        <translation>ელფოსტა %1 რამდენიმე სტუმარს აქვს; მათ გასარჩევად დაამატეთ გარე ID-ის სვეტი.</translation>
    </message>
    <message>
        <source>Several guests are called %1; add an e-mail or external id column.</source>
        <translation>სახელი %1 რამდენიმე სტუმარს აქვს; დაამატეთ ელფოსტის ან გარე ID-ის სვეტი.</translation>
    </message>
    <message>
        <source>No guest has the external id %1; import the guests first.</source>
        <translation>გარე ID %1 არცერთ სტუმარს არ აქვს; ჯერ დააიმპორტეთ სტუმრები.</translation>
    </message>
    <message>
        <source>No guest with e-mail %1; import the guests first.</source>
        <translation>ელფოსტით %1 სტუმარი არ მოიძებნა; ჯერ დააიმპორტეთ სტუმრები.</translation>
    </message>
    <message>
        <source>No guest is called %1; import the guests first.</source>
        <translation>სახელით %1 სტუმარი არ მოიძებნა; ჯერ დააიმპორტეთ სტუმრები.</translation>
    </message>
    <message>
        <source>This row names no guest: give their external id, e-mail or name.</source>
        <translation>ამ სტრიქონში სტუმარი მითითებული არ არის: მიუთითეთ მისი გარე ID, ელფოსტა ან სახელი.</translation>
    </message>
</context>
<context>
    <name>GuestRules</name>
    <message>
        <source>Enter the guest&apos;s given or family name.</source>
        <translation>შეიყვანეთ სტუმრის სახელი ან გვარი.</translation>
    </message>
    <message>
        <source>The Latin form must be written in Latin letters.</source>
        <translation>ლათინური ფორმა ლათინური ასოებით უნდა დაიწეროს.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ არ არის ელფოსტის მისამართი.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as AM or GE.</source>
        <translation>„%1“ არ არის ორასოიანი ქვეყნის კოდი, მაგ. AM ან GE.</translation>
    </message>
    <message>
        <source>The birthday must be a past date after 1900.</source>
        <translation>დაბადების დღე უნდა იყოს წარსული თარიღი, 1900 წლის შემდეგ.</translation>
    </message>
    <message>
        <source>The anniversary must be a past date after 1900.</source>
        <translation>წლისთავი უნდა იყოს წარსული თარიღი, 1900 წლის შემდეგ.</translation>
    </message>
    <message>
        <source>The VIP level goes from 0 (none) to 3.</source>
        <translation>VIP დონე შეიძლება იყოს 0-დან (არ აქვს) 3-მდე.</translation>
    </message>
    <message>
        <source>Say why the guest is blocked.</source>
        <translation>მიუთითეთ, რატომ არის სტუმარი დაბლოკილი.</translation>
    </message>
    <message>
        <source>A guest can have at most %L1 of these; this has %L2.</source>
        <translation>სტუმარს შეიძლება ჰქონდეს მაქსიმუმ %L1 ასეთი; აქ არის %L2.</translation>
    </message>
</context>
<context>
    <name>GuestSearch</name>
    <message>
        <source>Room %1</source>
        <translation>ოთახი %1</translation>
    </message>
</context>
<context>
    <name>GuestService</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>სტუმარი (ID: %1) არ არსებობს.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>შენიშვნა ცარიელია.</translation>
    </message>
    <message>
        <source>%1 already has the id &quot;%2&quot; from another system; one id belongs to one guest.</source>
        <translation>სხვა სისტემის ID „%2“ უკვე აქვს სტუმარს %1; ერთი ID მხოლოდ ერთ სტუმარს ეკუთვნის.</translation>
    </message>
</context>
<context>
    <name>GuestSource</name>
    <message>
        <source>Walk-in</source>
        <translation>ჯავშნის გარეშე</translation>
    </message>
    <message>
        <source>Online travel agency</source>
        <translation>ონლაინ ტურისტული სააგენტო</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>პირდაპირი</translation>
    </message>
    <message>
        <source>Travel agent</source>
        <translation>ტურაგენტი</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>სხვა</translation>
    </message>
</context>
<context>
    <name>HandoverPdf</name>
    <message>
        <source>Handed over by</source>
        <translation>ცვლა გადააბარა</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>ცვლა ჩაიბარა</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ხელმოწერა</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>თარიღი და დრო</translation>
    </message>
    <message>
        <source>The handover needs a graphical application to draw its pages (Qt Gui).</source>
        <translation>გადაბარების ანგარიშის გვერდების დასახატად საჭიროა გრაფიკული აპლიკაცია (Qt Gui).</translation>
    </message>
    <message>
        <source>The handover could not be laid out: the printer is not set to 72 dpi.</source>
        <translation>გადაბარების ანგარიშის განლაგება ვერ მოხერხდა: პრინტერი არ არის დაყენებული 72 dpi-ზე.</translation>
    </message>
    <message>
        <source>The handover could not be drawn.</source>
        <translation>გადაბარების ანგარიშის დახატვა ვერ მოხერხდა.</translation>
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
        <translation>დიახ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>არა</translation>
    </message>
    <message>
        <source>None</source>
        <translation>არ არის</translation>
    </message>
    <message>
        <source>Complaint status</source>
        <translation>საჩივრის სტატუსი</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: the note given with the move</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note on a complaint</source>
        <translation>შენიშვნა საჩივარზე</translation>
    </message>
    <message>
        <source>Action on a complaint</source>
        <translation>მოქმედება საჩივარზე</translation>
    </message>
    <message>
        <source>Complaint logged</source>
        <translation>საჩივარი დაფიქსირდა</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>category and severity: description</comment>
        <translation>%1: %2</translation>
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
        <translation>კომპენსაცია გაიცა</translation>
    </message>
    <message>
        <source>%1, satisfaction %2/5</source>
        <translation>%1, კმაყოფილება %2/5</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <comment>follow-up: the guest&apos;s words</comment>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Guest followed up after a complaint</source>
        <translation>საჩივრის შემდეგ სტუმართან შემდგომი კონტაქტი</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>გამოხმაურება მიღებულია</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation>%1, ოთახი %2</translation>
    </message>
    <message>
        <source>Feedback no longer linked to a complaint</source>
        <translation>გამოხმაურება აღარ არის დაკავშირებული საჩივართან</translation>
    </message>
    <message>
        <source>Feedback linked to a complaint</source>
        <translation>გამოხმაურება დაკავშირდა საჩივართან</translation>
    </message>
    <message>
        <source>Feedback topic added by staff</source>
        <translation>გამოხმაურების თემა დაამატა პერსონალმა</translation>
    </message>
    <message>
        <source>Feedback topic removed by staff</source>
        <translation>გამოხმაურების თემა წაშალა პერსონალმა</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <comment>a complaint&apos;s field that changed</comment>
        <translation>საჩივარი: %1</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <comment>a feedback entry&apos;s field that changed</comment>
        <translation>გამოხმაურება: %1</translation>
    </message>
</context>
<context>
    <name>HospitalityTopic</name>
    <message>
        <source>Room</source>
        <translation>ოთახი</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>სისუფთავე</translation>
    </message>
    <message>
        <source>Bathroom</source>
        <translation>სააბაზანო</translation>
    </message>
    <message>
        <source>Bed &amp; sleep</source>
        <translation>საწოლი და ძილი</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>ხმაური</translation>
    </message>
    <message>
        <source>Staff &amp; service</source>
        <translation>პერსონალი და მომსახურება</translation>
    </message>
    <message>
        <source>Front desk &amp; check-in/out</source>
        <translation>მიღება, შესახლება და გასვლა</translation>
    </message>
    <message>
        <source>Food &amp; breakfast</source>
        <translation>კვება და საუზმე</translation>
    </message>
    <message>
        <source>Restaurant &amp; bar</source>
        <translation>რესტორანი და ბარი</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>მდებარეობა</translation>
    </message>
    <message>
        <source>Value &amp; price</source>
        <translation>ფასი და ღირებულება</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>კეთილმოწყობა</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>ხელმისაწვდომობა</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>უსაფრთხოება</translation>
    </message>
</context>
<context>
    <name>ImportDate</name>
    <message>
        <source>&quot;%1&quot; is not a date: there is no such day.</source>
        <translation>„%1“ თარიღი არ არის: ასეთი დღე არ არსებობს.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date format Innkeep reads; give one of %2 (D and M for one-digit days and months are fine too).</source>
        <translation>„%1“ არ არის თარიღის ფორმატი, რომელსაც Innkeep კითხულობს; მიუთითეთ ერთ-ერთი: %2 (ერთნიშნა დღეებისა და თვეებისთვის D და M-იც გამოდგება).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD or DD.MM.YYYY, or give the file&apos;s date format with --date-format.</source>
        <translation>„%1“ თარიღი არ არის; ჩაწერეთ ის YYYY-MM-DD ან DD.MM.YYYY სახით, ან მიუთითეთ ფაილის თარიღის ფორმატი --date-format-ით.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the format %2.</source>
        <translation>„%1“ არ არის თარიღი %2 ფორმატში.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ თარიღი არ არის.</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>a day and a month&apos;s name, as QLocale writes them: 3 April</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2 or %3; give the file&apos;s date format with --date-format DD/MM/YYYY or MM/DD/YYYY.</source>
        <translation>„%1“ შეიძლება იყოს როგორც %2, ისე %3; მიუთითეთ ფაილის თარიღის ფორმატი: --date-format DD/MM/YYYY ან MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>„%1“ არ არის დღის დრო.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset from UTC.</source>
        <translation>„%1“ არ არის UTC-დან წანაცვლება.</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>This is a folder, not a CSV file.</source>
        <translation>ეს საქაღალდეა და არა CSV ფაილი.</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, a pipe or a socket); import a CSV file saved on disk.</source>
        <translation>ეს არ არის ჩვეულებრივი ფაილი (ეს არის მოწყობილობა, მილი ან სოკეტი); დააიმპორტეთ დისკზე შენახული CSV ფაილი.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>ფაილის წაკითხვა შეუძლებელია: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text encoding Innkeep knows; try windows-1251, windows-1252 or iso-8859-1.</source>
        <translation>„%1“ Innkeep-ისთვის ცნობილი ტექსტის კოდირება არ არის; სცადეთ windows-1251, windows-1252 ან iso-8859-1.</translation>
    </message>
    <message>
        <source>No private scratch folder could be made.</source>
        <translation>პირადი დროებითი საქაღალდის შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The file could not be converted.</source>
        <translation>ფაილის გარდაქმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ფაილის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
</context>
<context>
    <name>ImportFileChoices</name>
    <message>
        <source>As written (a date that could mean two days is a problem)</source>
        <translation>როგორც ჩაწერილია (თარიღი, რომელიც ორ სხვადასხვა დღეს შეიძლება ნიშნავდეს, პრობლემად ჩაითვლება)</translation>
    </message>
    <message>
        <source>Day first, as 31/12/1990</source>
        <translation>ჯერ დღე, მაგ. 31/12/1990</translation>
    </message>
    <message>
        <source>Month first, as 12/31/1990</source>
        <translation>ჯერ თვე, მაგ. 12/31/1990</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 or UTF-16), recognised by itself</source>
        <translation>Unicode (UTF-8 ან UTF-16), ამოიცნობა ავტომატურად</translation>
    </message>
    <message>
        <source>Cyrillic from older Windows programs (windows-1251)</source>
        <translation>კირილიცა Windows-ის ძველი პროგრამებიდან (windows-1251)</translation>
    </message>
    <message>
        <source>Western European from older Windows programs (windows-1252)</source>
        <translation>დასავლეთევროპული Windows-ის ძველი პროგრამებიდან (windows-1252)</translation>
    </message>
    <message>
        <source>Central European from older Windows programs (windows-1250)</source>
        <translation>ცენტრალურევროპული Windows-ის ძველი პროგრამებიდან (windows-1250)</translation>
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
        <translation>პირველი დღე არ არის სწორი თარიღი.</translation>
    </message>
    <message>
        <source>The last day must be a valid date on or after the first day.</source>
        <translation>ბოლო დღე უნდა იყოს სწორი თარიღი, პირველ დღეზე არა უადრეს.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>კატეგორიის გარეშე</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>გაუქმდა; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>This file is being changed by %1; try again when it has finished.</source>
        <translation>ამ ფაილში ახლა მიმდინარეობს %1; სცადეთ ხელახლა, როცა დასრულდება.</translation>
    </message>
</context>
<context>
    <name>JsonExport</name>
    <message>
        <source>Reading the database failed: %1</source>
        <translation>მონაცემთა ბაზის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>ექსპორტი გაუქმდა; ფაილი არ ჩაწერილა.</translation>
    </message>
    <message>
        <source>the JSON export</source>
        <translation>JSON ექსპორტი</translation>
    </message>
    <message>
        <source>Writing guests</source>
        <translation>იწერება სტუმრები</translation>
    </message>
</context>
<context>
    <name>JsonFieldValue</name>
    <message>
        <source>this key is missing; every record needs it</source>
        <translation>ეს გასაღები აკლია; ის ყველა ჩანაწერს სჭირდება</translation>
    </message>
    <message>
        <source>may not be null</source>
        <translation>არ შეიძლება იყოს null</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>მოსალოდნელი იყო true ან false</translation>
    </message>
    <message>
        <source>expected a time as whole milliseconds since 1970</source>
        <translation>მოსალოდნელი იყო დრო 1970 წლიდან გასული მილიწამების მთელი რიცხვით</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>მოსალოდნელი იყო მთელი რიცხვი</translation>
    </message>
    <message>
        <source>expected a whole number, not %1</source>
        <translation>მოსალოდნელი იყო მთელი რიცხვი და არა %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 დასაშვებ დიაპაზონს სცდება (%2-დან %3-მდე)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>მოსალოდნელი იყო რიცხვი</translation>
    </message>
    <message>
        <source>expected a string (text in double quotes)</source>
        <translation>მოსალოდნელი იყო ტექსტური მნიშვნელობა (ტექსტი ორმაგ ბრჭყალებში)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>„%1“ არ არის YYYY-MM-DD სახით ჩაწერილი თარიღი</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ არ არის ერთ-ერთი შემდეგთაგან: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uuid</source>
        <translation>„%1“ არ არის uuid</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>the database refused this record: %1</source>
        <translation>მონაცემთა ბაზამ ეს ჩანაწერი უარყო: %1</translation>
    </message>
    <message>
        <source>this database already holds %1 (%2 rows); import json restores a venue into an empty database only: make a new one with innkeep-cli init and import into that</source>
        <translation>ამ მონაცემთა ბაზაში უკვე არის მონაცემები: %1 (%2 სტრიქონი); import json სასტუმროს მხოლოდ ცარიელ მონაცემთა ბაზაში აღადგენს: შექმენით ახალი ბაზა innkeep-cli init-ით და მასში დააიმპორტეთ</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>ფაილი %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ფაილი არ არის.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>ვერ გაიხსნა %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>იმპორტი გაუქმდა; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>this is not an Innkeep JSON export (innkeep-cli export json writes one): it does not start with {</source>
        <translation>ეს არ არის Innkeep-ის JSON ექსპორტი (მას ქმნის innkeep-cli export json): ფაილი { სიმბოლოთი არ იწყება</translation>
    </message>
    <message>
        <source>the file must begin with &quot;format&quot;:&quot;innkeep-export&quot; and its &quot;version&quot;, before any list</source>
        <translation>ფაილი უნდა იწყებოდეს &quot;format&quot;:&quot;innkeep-export&quot;-ით და მისი &quot;version&quot;-ით, ნებისმიერ სიამდე</translation>
    </message>
    <message>
        <source>this list is in the file twice</source>
        <translation>ეს სია ფაილში ორჯერ გვხვდება</translation>
    </message>
    <message>
        <source>this is not an Innkeep JSON export: it has no &quot;format&quot;:&quot;innkeep-export&quot;</source>
        <translation>ეს არ არის Innkeep-ის JSON ექსპორტი: მასში არ არის &quot;format&quot;:&quot;innkeep-export&quot;</translation>
    </message>
    <message>
        <source>this is not an Innkeep JSON export (format &quot;%1&quot;, not &quot;innkeep-export&quot;)</source>
        <translation>ეს არ არის Innkeep-ის JSON ექსპორტი (ფორმატია &quot;%1&quot; და არა &quot;innkeep-export&quot;)</translation>
    </message>
    <message>
        <source>expected the format version, a whole number</source>
        <translation>მოსალოდნელი იყო ფორმატის ვერსია, მთელი რიცხვი</translation>
    </message>
    <message>
        <source>written by a newer Innkeep (format version %1); this one reads versions 1 to %2: update Innkeep to import it</source>
        <translation>ჩაწერილია Innkeep-ის უფრო ახალი ვერსიით (ფორმატის ვერსია %1); ეს ვერსია კითხულობს 1-დან %2-მდე ვერსიებს: იმპორტისთვის განაახლეთ Innkeep</translation>
    </message>
    <message>
        <source>expected the schema version, a whole number</source>
        <translation>მოსალოდნელი იყო სქემის ვერსია, მთელი რიცხვი</translation>
    </message>
    <message>
        <source>written from a newer database (schema %1; this Innkeep has schema %2): update Innkeep to import it</source>
        <translation>ჩაწერილია უფრო ახალი მონაცემთა ბაზიდან (სქემა %1; ამ Innkeep-ის სქემაა %2): იმპორტისთვის განაახლეთ Innkeep</translation>
    </message>
    <message>
        <source>expected the time of the export (ISO 8601)</source>
        <translation>მოსალოდნელი იყო ექსპორტის დრო (ISO 8601)</translation>
    </message>
    <message>
        <source>expected the uuid of the device that wrote the file</source>
        <translation>მოსალოდნელი იყო იმ მოწყობილობის uuid, რომელმაც ფაილი ჩაწერა</translation>
    </message>
    <message>
        <source>the device&apos;s id must come before the lists</source>
        <translation>მოწყობილობის ID სიებამდე უნდა იყოს</translation>
    </message>
    <message>
        <source>expected an object of setting names and their values</source>
        <translation>მოსალოდნელი იყო ობიექტი პარამეტრების სახელებითა და მათი მნიშვნელობებით</translation>
    </message>
    <message>
        <source>a setting needs a name</source>
        <translation>პარამეტრს სახელი სჭირდება</translation>
    </message>
    <message>
        <source>expected the setting&apos;s value as a string</source>
        <translation>მოსალოდნელი იყო პარამეტრის მნიშვნელობა ტექსტის სახით</translation>
    </message>
    <message>
        <source>expected a list ([) of records</source>
        <translation>მოსალოდნელი იყო ჩანაწერების სია ([)</translation>
    </message>
    <message>
        <source>expected a record, an object in { }</source>
        <translation>მოსალოდნელი იყო ჩანაწერი — ობიექტი { }-ში</translation>
    </message>
    <message>
        <source>no record in %1 of the file has the uuid %2</source>
        <translation>ფაილის %1 სიაში არცერთ ჩანაწერს არ აქვს uuid %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the key of one of the file&apos;s ticket categories</source>
        <translation>„%1“ არ არის ფაილის ტიკეტების რომელიმე კატეგორიის გასაღები</translation>
    </message>
    <message>
        <source>expected the SLA policy the ticket runs under, as JSON text</source>
        <translation>მოსალოდნელი იყო ტიკეტის SLA წესები JSON ტექსტის სახით</translation>
    </message>
    <message>
        <source>expected the words found, as a JSON list in text</source>
        <translation>მოსალოდნელი იყო ნაპოვნი სიტყვები JSON სიის სახით, ტექსტად</translation>
    </message>
    <message>
        <source>expected a list ([) of strings</source>
        <translation>მოსალოდნელი იყო ტექსტური მნიშვნელობების სია ([)</translation>
    </message>
    <message>
        <source>expected a string that is not empty</source>
        <translation>მოსალოდნელი იყო არაცარიელი ტექსტური მნიშვნელობა</translation>
    </message>
    <message>
        <source>expected a number of points other than 0</source>
        <translation>მოსალოდნელი იყო ქულების რაოდენობა, რომელიც 0-ისგან განსხვავდება</translation>
    </message>
</context>
<context>
    <name>JsonStreamReader</name>
    <message>
        <source>the file ends here, before its JSON is complete (it was cut off)</source>
        <translation>ფაილი აქ მთავრდება, სანამ მისი JSON დასრულდებოდა (ის მოჭრილია)</translation>
    </message>
    <message>
        <source>expected %1 here</source>
        <translation>აქ მოსალოდნელი იყო %1</translation>
    </message>
    <message>
        <source>an object ({)</source>
        <translation>ობიექტი ({)</translation>
    </message>
    <message>
        <source>a list ([)</source>
        <translation>სია ([)</translation>
    </message>
    <message>
        <source>expected , or } here</source>
        <translation>აქ მოსალოდნელი იყო , ან }</translation>
    </message>
    <message>
        <source>expected a key (a string in double quotes) here</source>
        <translation>აქ მოსალოდნელი იყო გასაღები (ტექსტი ორმაგ ბრჭყალებში)</translation>
    </message>
    <message>
        <source>a colon (:)</source>
        <translation>ორწერტილი (:)</translation>
    </message>
    <message>
        <source>expected , or ] here</source>
        <translation>აქ მოსალოდნელი იყო , ან ]</translation>
    </message>
    <message>
        <source>a string that does not end on its line</source>
        <translation>ტექსტური მნიშვნელობა, რომელიც თავის სტრიქონზე არ მთავრდება</translation>
    </message>
    <message>
        <source>a value longer than %1 MB</source>
        <translation>%1 მბ-ზე გრძელი მნიშვნელობა</translation>
    </message>
    <message>
        <source>this is not a JSON value</source>
        <translation>ეს არ არის JSON მნიშვნელობა</translation>
    </message>
    <message>
        <source>expected one value here</source>
        <translation>აქ მოსალოდნელი იყო ერთი მნიშვნელობა</translation>
    </message>
    <message>
        <source>there is more after the end of the JSON document</source>
        <translation>JSON დოკუმენტის დასასრულის შემდეგ ფაილში კიდევ არის მონაცემები</translation>
    </message>
</context>
<context>
    <name>KpiPeriod</name>
    <message>
        <source>The start date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>საწყისი თარიღი „%1“ არ არის თარიღი (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The end date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>დასრულების თარიღი „%1“ არ არის თარიღი (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>პერიოდი იწყება (%1) მისი დასრულების (%2) შემდეგ.</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 წთ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 სთ %2 წთ</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 დღ %2 სთ</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>სტუმრები</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>ვიზიტები</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>ტიკეტები</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>პასუხები</translation>
    </message>
    <message>
        <source>Guests counted: %1</source>
        <translation>დათვლილი სტუმრები: %1</translation>
    </message>
    <message>
        <source>Stays counted: %1</source>
        <translation>დათვლილი ვიზიტები: %1</translation>
    </message>
    <message>
        <source>Tickets counted: %1</source>
        <translation>დათვლილი ტიკეტები: %1</translation>
    </message>
    <message>
        <source>Answers counted: %1</source>
        <translation>დათვლილი პასუხები: %1</translation>
    </message>
    <message>
        <source>no figure to compare with</source>
        <translation>შესადარებელი მონაცემი არ არის</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 პუნქტი</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>უცვლელი</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>ზრდა %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>კლება %1</translation>
    </message>
</context>
<context>
    <name>LanguageCode</name>
    <message>
        <source>&quot;%1&quot; is not a language code such as en, hy or ka.</source>
        <translation>„%1“ არ არის ენის კოდი, მაგ. en, hy ან ka.</translation>
    </message>
</context>
<context>
    <name>LapsedRateKpi</name>
    <message>
        <source>Lapsed guests</source>
        <translation>პასიური სტუმრები</translation>
    </message>
    <message>
        <source>Among guests with a stay arriving on or before the period&apos;s last day, the share whose last departure (of those stays) is more than N calendar months before that day, N being the venue setting kpi.lapsed_months (18 unless set); a departure exactly N months before it is not lapsed. Cancelled and no-show stays do not count.</source>
        <translation>სტუმრებს შორის, რომელთაც აქვთ პერიოდის ბოლო დღეს ან მანამდე ჩამოსული ვიზიტი, იმათი წილი, ვისი ბოლო წასვლაც (ამ ვიზიტებიდან) ამ დღემდე N კალენდარულ თვეზე მეტი ხნით ადრეა, სადაც N არის სასტუმროს პარამეტრი kpi.lapsed_months (18, თუ არ არის მითითებული); ზუსტად N თვით ადრე წასვლა პასიურად არ ითვლება. გაუქმებული და no-show ვიზიტები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>LoyaltyTiers</name>
    <message>
        <source>Enter the tier&apos;s name, e.g. Silver.</source>
        <translation>შეიყვანეთ დონის სახელი, მაგ. ვერცხლი.</translation>
    </message>
    <message>
        <source>There is already a tier called %1.</source>
        <translation>დონე სახელით %1 უკვე არსებობს.</translation>
    </message>
    <message>
        <source>The threshold is a number of 0 or more.</source>
        <translation>ზღვარი არის რიცხვი, 0 ან მეტი.</translation>
    </message>
    <message>
        <source>The window is 0 (every stay) to 120 months.</source>
        <translation>პერიოდი შეიძლება იყოს 0-დან (ყველა ვიზიტი) 120 თვემდე.</translation>
    </message>
    <message>
        <source>There is no tier with the id %1.</source>
        <translation>დონე (ID: %1) არ არსებობს.</translation>
    </message>
    <message>
        <source>There is no tier called %1.</source>
        <translation>დონე სახელით %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>%1 nights</source>
        <translation>%1 ღამე</translation>
    </message>
    <message>
        <source>%1 stays</source>
        <translation>%1 ვიზიტი</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>დახარჯული %1</translation>
    </message>
    <message>
        <source>%1 in the last %2 months</source>
        <translation>%1 ბოლო %2 თვეში</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>სულ %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2-დან %1</translation>
    </message>
    <message>
        <source>%1 (%2 needs %3)</source>
        <translation>%1 (%2: საჭიროა %3)</translation>
    </message>
    <message>
        <source>%1, under every tier</source>
        <translation>%1, ყველა დონის ზღვარს ქვემოთ</translation>
    </message>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>სტუმარი (ID: %1) არ არსებობს.</translation>
    </message>
</context>
<context>
    <name>LtvAverageKpi</name>
    <message>
        <source>Lifetime value (average)</source>
        <translation>სტუმრის სასიცოცხლო ღირებულება (საშუალო)</translation>
    </message>
    <message>
        <source>For the guests with a stay arriving in the period: each guest&apos;s revenue from all their stays arriving on or before the period&apos;s last day, summed per currency. Per currency, the sum over these guests divided by the number of these guests (a guest without revenue in that currency counts as 0). Currencies are never converted. Cancelled and no-show stays do not count.</source>
        <translation>პერიოდში ჩამოსული ვიზიტის მქონე სტუმრებისთვის: თითოეული სტუმრის შემოსავალი მისი ყველა ვიზიტიდან, რომელიც პერიოდის ბოლო დღეს ან მანამდე ჩამოვიდა, შეჯამებული თითოეული ვალუტით. თითოეული ვალუტისთვის ამ სტუმრების ჯამი გაყოფილი ამ სტუმრების რაოდენობაზე (სტუმარი, რომელსაც ამ ვალუტაში შემოსავალი არ აქვს, ითვლება 0-ად). ვალუტები არასოდეს კონვერტირდება. გაუქმებული და no-show ვიზიტები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>LtvMedianKpi</name>
    <message>
        <source>Lifetime value (median)</source>
        <translation>სტუმრის სასიცოცხლო ღირებულება (მედიანა)</translation>
    </message>
    <message>
        <source>For the guests with a stay arriving in the period: each guest&apos;s revenue from all their stays arriving on or before the period&apos;s last day, summed per currency. Per currency, the median over these guests (a guest without revenue in that currency counts as 0; for an even number of guests, the mean of the two middle values). Currencies are never converted. Cancelled and no-show stays do not count.</source>
        <translation>პერიოდში ჩამოსული ვიზიტის მქონე სტუმრებისთვის: თითოეული სტუმრის შემოსავალი მისი ყველა ვიზიტიდან, რომელიც პერიოდის ბოლო დღეს ან მანამდე ჩამოვიდა, შეჯამებული თითოეული ვალუტით. თითოეული ვალუტისთვის ამ სტუმრების მედიანა (სტუმარი, რომელსაც ამ ვალუტაში შემოსავალი არ აქვს, ითვლება 0-ად; სტუმრების ლუწი რაოდენობისას — ორი შუა მნიშვნელობის საშუალო). ვალუტები არასოდეს კონვერტირდება. გაუქმებული და no-show ვიზიტები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>LtvTopDecileShareKpi</name>
    <message>
        <source>Top 10 % share of lifetime value</source>
        <translation>საუკეთესო 10 %-ის წილი სასიცოცხლო ღირებულებაში</translation>
    </message>
    <message>
        <source>For the guests with a stay arriving in the period: each guest&apos;s revenue in the venue currency from all their stays arriving on or before the period&apos;s last day. The share of these guests&apos; total held by the tenth of them with the most (the number of guests divided by 10, rounded up). Other currencies are left out. None when the total is 0. Cancelled and no-show stays do not count.</source>
        <translation>პერიოდში ჩამოსული ვიზიტის მქონე სტუმრებისთვის: თითოეული სტუმრის შემოსავალი სასტუმროს ვალუტით მისი ყველა ვიზიტიდან, რომელიც პერიოდის ბოლო დღეს ან მანამდე ჩამოვიდა. ამ სტუმრების ჯამის წილი, რომელიც მოდის მათ მეათედზე ყველაზე მაღალი შემოსავლით (სტუმრების რაოდენობა გაყოფილი 10-ზე, დამრგვალებული ზემოთ). სხვა ვალუტები არ ითვლება. არ გამოითვლება, როცა ჯამი 0-ია. გაუქმებული და no-show ვიზიტები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>MedianResponseTimeKpi</name>
    <message>
        <source>Median response time</source>
        <translation>პასუხის მედიანური დრო</translation>
    </message>
    <message>
        <source>Feedback received in the period that needed attention and was answered or turned into a complaint ticket by now: the median of the minutes from receipt to the first of the two.</source>
        <translation>პერიოდში მიღებული გამოხმაურება, რომელიც ყურადღებას საჭიროებდა და ამ დროისთვის პასუხი გაეცა ან საჩივრის ტიკეტად გადაიქცა: წუთების მედიანა მიღებიდან ამ ორიდან პირველამდე.</translation>
    </message>
</context>
<context>
    <name>MedianSlaTimeKpi</name>
    <message>
        <source>Median time to acknowledge</source>
        <translation>დადასტურების მედიანური დრო</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>გადაწყვეტის მედიანური დრო</translation>
    </message>
    <message>
        <source>Complaint tickets created in the period and acknowledged by now: the median of the minutes the SLA clock charged until acknowledgement. Quiet hours are not charged.</source>
        <translation>პერიოდში შექმნილი და ამ დროისთვის დადასტურებული საჩივრის ტიკეტები: SLA საათის მიერ დადასტურებამდე დარიცხული წუთების მედიანა. მშვიდი საათები არ ირიცხება.</translation>
    </message>
    <message>
        <source>Complaint tickets created in the period and resolved by now: the median of the minutes the SLA clock charged until resolution. Quiet hours and time spent waiting on the guest or a department are not charged.</source>
        <translation>პერიოდში შექმნილი და ამ დროისთვის გადაწყვეტილი საჩივრის ტიკეტები: SLA საათის მიერ გადაწყვეტამდე დარიცხული წუთების მედიანა. მშვიდი საათები და სტუმრის ან დეპარტამენტის მოლოდინში გატარებული დრო არ ირიცხება.</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>Give the template a name, e.g. &quot;thank-you&quot;.</source>
        <translation>მიუთითეთ შაბლონის სახელი, მაგ. „thank-you“.</translation>
    </message>
    <message>
        <source>Give the template&apos;s language, e.g. en, hy or ka.</source>
        <translation>მიუთითეთ შაბლონის ენა, მაგ. en, hy ან ka.</translation>
    </message>
    <message>
        <source>Give the message a subject.</source>
        <translation>მიუთითეთ შეტყობინების თემა.</translation>
    </message>
    <message>
        <source>Write the message&apos;s text.</source>
        <translation>დაწერეთ შეტყობინების ტექსტი.</translation>
    </message>
    <message>
        <source>There is no template called %1; innkeep-cli template list shows them.</source>
        <translation>შაბლონი სახელით %1 არ არსებობს; შაბლონების სიას აჩვენებს innkeep-cli template list.</translation>
    </message>
</context>
<context>
    <name>MigrationBackup</name>
    <message>
        <source>A backup could not be made before upgrading the database: %1</source>
        <translation>მონაცემთა ბაზის განახლებამდე სარეზერვო ასლის შექმნა ვერ მოხერხდა: %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database failed at step %1: %2</source>
        <translation>მონაცემთა ბაზის განახლება ვერ მოხერხდა (ნაბიჯი %1): %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount such as 25 or 12.50.</source>
        <translation>„%1“ არ არის თანხა; დაწერეთ, მაგალითად, 25 ან 12.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has no minor unit; give a whole amount.</source>
        <translation>„%1“: %2 ვალუტას წვრილი ერთეული არ აქვს; მიუთითეთ მთელი თანხა.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals, the most %3 has.</source>
        <translation>„%1“-ში %2-ზე მეტი ათწილადი ნიშანია, %3-ს კი მაქსიმუმ %2 აქვს.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>„%1“ ზედმეტად დიდი თანხაა.</translation>
    </message>
</context>
<context>
    <name>NpsKpi</name>
    <message>
        <source>Net Promoter Score</source>
        <translation>ლოიალობის ინდექსი (NPS)</translation>
    </message>
    <message>
        <source>Feedback on the NPS scale (0–10) received in the period: 100 × (promoters, 9–10, minus detractors, 0–6) ÷ all NPS answers.</source>
        <translation>პერიოდში მიღებული გამოხმაურება NPS შკალაზე (0–10): 100 × (პრომოუტერები, 9–10, მინუს კრიტიკოსები, 0–6) ÷ ყველა NPS პასუხი.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>There is no message with the id %1 in the outbox.</source>
        <translation>გამავალ შეტყობინებებში შეტყობინება (ID: %1) არ არის.</translation>
    </message>
    <message>
        <source>Set the sender first: innkeep-cli settings set smtp.from &quot;Hotel &lt;desk@example.com&gt;&quot;</source>
        <translation>ჯერ მიუთითეთ გამგზავნი: innkeep-cli settings set smtp.from &quot;Hotel &lt;desk@example.com&gt;&quot;</translation>
    </message>
    <message>
        <source>Innkeep stopped after the server had the whole message and before it answered: it may have arrived. Check, then resend it or mark it sent.</source>
        <translation>Innkeep შეჩერდა მას შემდეგ, რაც სერვერმა მთლიანი შეტყობინება მიიღო, მაგრამ სანამ უპასუხებდა: შესაძლოა, შეტყობინება მივიდა. შეამოწმეთ, შემდეგ ხელახლა გაგზავნეთ ან მონიშნეთ გაგზავნილად.</translation>
    </message>
    <message>
        <source>Innkeep stopped before the server had the whole message; it is sent again.</source>
        <translation>Innkeep შეჩერდა, სანამ სერვერი მთლიან შეტყობინებას მიიღებდა; შეტყობინება ხელახლა გაიგზავნება.</translation>
    </message>
    <message>
        <source>Set the mail server first: innkeep-cli settings set smtp.url smtp://HOST:PORT</source>
        <translation>ჯერ მიუთითეთ საფოსტო სერვერი: innkeep-cli settings set smtp.url smtp://HOST:PORT</translation>
    </message>
    <message>
        <source>Another Innkeep program is sending this venue&apos;s outbox now.</source>
        <translation>ამ სასტუმროს გამავალ შეტყობინებებს ახლა Innkeep-ის სხვა პროგრამა აგზავნის.</translation>
    </message>
    <message>
        <source>Not sent: the guest no longer agrees to marketing e-mail, or is blocked or archived.</source>
        <translation>არ გაიგზავნა: სტუმარს აღარ აქვს მარკეტინგულ ელფოსტაზე თანხმობა, ან ის დაბლოკილი ან დაარქივებულია.</translation>
    </message>
    <message>
        <source>The server had the whole message and did not answer (%1): it may have arrived. Check, then resend it or mark it sent.</source>
        <translation>სერვერმა მთლიანი შეტყობინება მიიღო, მაგრამ არ უპასუხა (%1): შესაძლოა, შეტყობინება მივიდა. შეამოწმეთ, შემდეგ ხელახლა გაგზავნეთ ან მონიშნეთ გაგზავნილად.</translation>
    </message>
    <message>
        <source>Only a failed message or one that may have been sent can be sent again; this one is %1.</source>
        <translation>ხელახლა გაგზავნა შესაძლებელია მხოლოდ ვერგაგზავნილი ან შესაძლოა გაგზავნილი შეტყობინებისთვის; ამ შეტყობინების სტატუსია: %1.</translation>
    </message>
    <message>
        <source>The guest no longer agrees to marketing e-mail, or is blocked or archived.</source>
        <translation>სტუმარს აღარ აქვს მარკეტინგულ ელფოსტაზე თანხმობა, ან ის დაბლოკილი ან დაარქივებულია.</translation>
    </message>
    <message>
        <source>Only a message that may have been sent can be marked sent; this one is %1.</source>
        <translation>გაგზავნილად მონიშვნა შესაძლებელია მხოლოდ შესაძლოა გაგზავნილი შეტყობინებისთვის; ამ შეტყობინების სტატუსია: %1.</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>waiting</source>
        <translation>რიგშია</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>იგზავნება</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>გაგზავნილია</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ვერ გაიგზავნა</translation>
    </message>
    <message>
        <source>may have been sent: check and resend or mark sent</source>
        <translation>შესაძლოა გაიგზავნა: შეამოწმეთ და ხელახლა გაგზავნეთ ან მონიშნეთ გაგზავნილად</translation>
    </message>
    <message>
        <source>exported for the mail client</source>
        <translation>ექსპორტირებულია საფოსტო კლიენტისთვის</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>შეიყვანეთ ტელეფონის ნომერი.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code and no default region is set; start it with + and the country code.</source>
        <translation>„%1“ არ შეიცავს ქვეყნის კოდს და ნაგულისხმევი რეგიონი მითითებული არ არის; დაიწყეთ + ნიშნით და ქვეყნის კოდით.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number.</source>
        <translation>„%1“ ტელეფონის ნომრისთვის ძალიან მოკლეა.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number.</source>
        <translation>„%1“ ტელეფონის ნომრისთვის ძალიან გრძელია.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ არ არის ტელეფონის ნომერი.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the right number of digits for its country.</source>
        <translation>„%1“-ში ციფრების რაოდენობა მისი ქვეყნისთვის არასწორია.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension (%2); Innkeep stores numbers without one. Enter the number alone and put the extension in a note.</source>
        <translation>„%1“ შეიცავს შიდა ნომერს (%2); Innkeep ნომრებს შიდა ნომრის გარეშე ინახავს. შეიყვანეთ მხოლოდ ნომერი, შიდა ნომერი კი შენიშვნაში ჩაწერეთ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in use: its country gives out no number that starts like this.</source>
        <translation>„%1“ მოქმედი ნომერი არ არის: მის ქვეყანაში ასე დაწყებული ნომრები არ გაიცემა.</translation>
    </message>
</context>
<context>
    <name>PointsKind</name>
    <message>
        <source>Stay</source>
        <translation>ვიზიტი</translation>
    </message>
    <message>
        <source>Birthday stay</source>
        <translation>ვიზიტი დაბადების დღეზე</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>რეკომენდაცია</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>კორექტირება</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>გამოყენებული</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>ვადაგასული</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>გაუქმებული</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>სტუმარი (ID: %1) არ არსებობს.</translation>
    </message>
    <message>
        <source>The guest %1 is archived (merged into another profile or retired); their points are kept on the profile they were merged into.</source>
        <translation>სტუმარი %1 დაარქივებულია (გაერთიანდა სხვა პროფილთან ან აღარ არის აქტიური); მისი ქულები ინახება იმ პროფილზე, რომელთანაც ის გაერთიანდა.</translation>
    </message>
    <message>
        <source>There is no points entry with the id %1.</source>
        <translation>ქულების ჩანაწერი (ID: %1) არ არსებობს.</translation>
    </message>
    <message>
        <source>Give a reason, e.g. &quot;Welcome drink&quot; or &quot;Goodwill&quot;.</source>
        <translation>მიუთითეთ მიზეზი, მაგ. „მისასალმებელი სასმელი“ ან „კეთილი ნების ჟესტი“.</translation>
    </message>
    <message>
        <source>Give the points to add (e.g. 500) or to take off (e.g. -200); not 0, at most %1.</source>
        <translation>მიუთითეთ დასამატებელი (მაგ. 500) ან ჩამოსაჭრელი (მაგ. -200) ქულები; არა 0, მაქსიმუმ %1.</translation>
    </message>
    <message>
        <source>The guest has %1 points; taking off %2 would leave less than none.</source>
        <translation>სტუმარს აქვს %1 ქულა; %2 ქულის ჩამოჭრით ბალანსი ნულზე ნაკლები გახდება.</translation>
    </message>
    <message>
        <source>Give the points to redeem as a whole number above 0.</source>
        <translation>გამოსაყენებელი ქულები მიუთითეთ 0-ზე მეტი მთელი რიცხვით.</translation>
    </message>
    <message>
        <source>The guest has %1 points; %2 cannot be redeemed.</source>
        <translation>სტუმარს აქვს %1 ქულა; %2 ქულის გამოყენება შეუძლებელია.</translation>
    </message>
    <message>
        <source>This entry has been undone already.</source>
        <translation>ეს ჩანაწერი უკვე გაუქმებულია.</translation>
    </message>
    <message>
        <source>An expiry or an undo cannot be undone; adjust the points instead.</source>
        <translation>ვადის გასვლის ან გაუქმების ჩანაწერის გაუქმება შეუძლებელია; სანაცვლოდ დააკორექტირეთ ქულები.</translation>
    </message>
    <message>
        <source>The guest has %1 points left; taking back the %2 of this entry would leave less than none.</source>
        <translation>სტუმარს დარჩა %1 ქულა; ამ ჩანაწერის %2 ქულის უკან დაბრუნებით ბალანსი ნულზე ნაკლები გახდება.</translation>
    </message>
    <message>
        <source>The venue gives no referral bonus; set %1 first.</source>
        <translation>სასტუმრო რეკომენდაციის ბონუსს არ გასცემს; ჯერ მიუთითეთ %1.</translation>
    </message>
    <message>
        <source>A guest cannot refer themselves.</source>
        <translation>სტუმარს საკუთარი თავის რეკომენდაცია არ შეუძლია.</translation>
    </message>
    <message>
        <source>The referral of this guest has been credited already (to %1).</source>
        <translation>ამ სტუმრის რეკომენდაციის ბონუსი უკვე დარიცხულია (მიმღები: %1).</translation>
    </message>
    <message>
        <source>The referred guest has not stayed yet; the bonus is credited after their first stay.</source>
        <translation>რეკომენდებულ სტუმარს ჯერ ვიზიტი არ ჰქონია; ბონუსი დაირიცხება მისი პირველი ვიზიტის შემდეგ.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>რეკომენდაცია</translation>
    </message>
    <message>
        <source>Stay over the guest&apos;s birthday</source>
        <translation>ვიზიტი სტუმრის დაბადების დღეზე</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>ვიზიტი</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>ვადაგასული</translation>
    </message>
</context>
<context>
    <name>PreferenceCategory</name>
    <message>
        <source>Room</source>
        <translation>ოთახი</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>საკვები და სასმელი</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>კეთილმოწყობა</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>ხელმისაწვდომობა</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>კომუნიკაცია</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>სხვა</translation>
    </message>
</context>
<context>
    <name>PreferenceService</name>
    <message>
        <source>There is no preference with the id %1.</source>
        <translation>სურვილი (ID: %1) არ არსებობს.</translation>
    </message>
    <message>
        <source>Say what the preference is.</source>
        <translation>მიუთითეთ სურვილი.</translation>
    </message>
    <message>
        <source>The date observed cannot be in the future.</source>
        <translation>შემჩნევის თარიღი მომავალში ვერ იქნება.</translation>
    </message>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>სტუმარი (ID: %1) არ არსებობს.</translation>
    </message>
    <message>
        <source>The guest already has this preference.</source>
        <translation>სტუმარს ეს სურვილი უკვე აქვს.</translation>
    </message>
    <message>
        <source>The date observed cannot be before 1900.</source>
        <translation>შემჩნევის თარიღი 1900 წლამდე ვერ იქნება.</translation>
    </message>
</context>
<context>
    <name>PreferenceSource</name>
    <message>
        <source>Told by the guest</source>
        <translation>სტუმარმა გვითხრა</translation>
    </message>
    <message>
        <source>Observed by staff</source>
        <translation>პერსონალმა შენიშნა</translation>
    </message>
    <message>
        <source>From feedback</source>
        <translation>გამოხმაურებიდან</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;დაბრუნება</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;გამეორება</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;ამოჭრა</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;კოპირება</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ჩასმა</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ყველას მონიშვნა</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>კარგი</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>შენახვა</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>გამოყენება</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;დიახ</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;არა</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>უარყოფა</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>დახმარება</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ჩამოყრა</translation>
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
        <translation>შეფასება %1 სცდება შკალას 1-დან 5-მდე.</translation>
    </message>
    <message>
        <source>The rating %1 is off its scale of 1 to 10.</source>
        <translation>შეფასება %1 სცდება შკალას 1-დან 10-მდე.</translation>
    </message>
    <message>
        <source>The rating %1 is off its scale: NPS is a whole number from 0 to 10.</source>
        <translation>შეფასება %1 სცდება შკალას: NPS არის მთელი რიცხვი 0-დან 10-მდე.</translation>
    </message>
    <message>
        <source>Unknown rating scale &quot;/%1&quot;: use 1-5 (4/5), 1-10 (8/10) or NPS (nps:9).</source>
        <translation>უცნობი შკალა „/%1“: გამოიყენეთ 1-5 (4/5), 1-10 (8/10) ან NPS (nps:9).</translation>
    </message>
    <message>
        <source>Cannot read the rating &quot;%1&quot;: write it as 4/5, 8/10 or nps:9.</source>
        <translation>შეფასების „%1“ წაკითხვა შეუძლებელია: ჩაწერეთ ასე: 4/5, 8/10 ან nps:9.</translation>
    </message>
</context>
<context>
    <name>RatingAverageKpi</name>
    <message>
        <source>Average rating (0–10)</source>
        <translation>საშუალო შეფასება (0–10)</translation>
    </message>
    <message>
        <source>Every rating received in the period, on any scale, normalised to 0–1 (1–5: (rating − 1) ÷ 4; 1–10: (rating − 1) ÷ 9; NPS: rating ÷ 10) and multiplied by 10: the average of those.</source>
        <translation>პერიოდში მიღებული ყოველი შეფასება, ნებისმიერ შკალაზე, ნორმალიზებული 0–1 დიაპაზონში (1–5: (შეფასება − 1) ÷ 4; 1–10: (შეფასება − 1) ÷ 9; NPS: შეფასება ÷ 10) და გამრავლებული 10-ზე: მათი საშუალო.</translation>
    </message>
</context>
<context>
    <name>RecordCsvImport</name>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation>ფაილი ცარიელია; მას სათაურის სტრიქონი სჭირდება.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>იმპორტი გაუქმდა; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>სტრიქონი %1: </translation>
    </message>
    <message>
        <source>The rows were imported, but the rejected rows could not be saved: %1</source>
        <translation>სტრიქონები შემოტანილია, მაგრამ უარყოფილი სტრიქონების შენახვა ვერ მოხერხდა: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryRateKpi</name>
    <message>
        <source>Recovery rate</source>
        <translation>აღდგენის მაჩვენებელი</translation>
    </message>
    <message>
        <source>Complaint tickets closed in the period with an outcome: recovered ÷ (recovered + lost). Tickets closed without an outcome are not counted.</source>
        <translation>პერიოდში შედეგით დახურული საჩივრის ტიკეტები: აღდგენილი ÷ (აღდგენილი + დაკარგული). შედეგის გარეშე დახურული ტიკეტები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Birthday</source>
        <translation>დაბადების დღე</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>წლისთავი</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>მილოცვა</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>შემდგომი კონტაქტი</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>სტუმრის დაბრუნება</translation>
    </message>
    <message>
        <source>Arrival to prepare</source>
        <translation>ჩამოსვლისთვის მომზადება</translation>
    </message>
    <message>
        <source>Feedback to answer</source>
        <translation>გამოხმაურებაზე პასუხი</translation>
    </message>
    <message>
        <source>Open the guest</source>
        <translation>სტუმრის გახსნა</translation>
    </message>
    <message>
        <source>Log the follow-up</source>
        <translation>შემდგომი კონტაქტის დაფიქსირება</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>პასუხის გაცემა</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>მომზადება</translation>
    </message>
    <message>
        <source>Send a greeting</source>
        <translation>მილოცვის გაგზავნა</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ახლა</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>დღეს</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>მალე</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>მოგვიანებით</translation>
    </message>
</context>
<context>
    <name>ReminderKey</name>
    <message>
        <source>%1 is not a reminder key; innkeep-cli reminders --json lists the keys.</source>
        <translation>%1 არ არის შეხსენების გასაღები; გასაღებების სიას აჩვენებს innkeep-cli reminders --json.</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <source>today</source>
        <translation>დღეს</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>ხვალ</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation>მიუთითეთ დღე YYYY-MM-DD ფორმატით.</translation>
    </message>
    <message>
        <source>in house</source>
        <translation>სასტუმროშია</translation>
    </message>
    <message>
        <source>in house, room %1</source>
        <translation>სასტუმროშია, ოთახი %1</translation>
    </message>
    <message>
        <source>arriving %1</source>
        <translation>ჩამოდის %1</translation>
    </message>
    <message>
        <source>%1 has a birthday %2 during the stay (%3): prepare a card or a small surprise.</source>
        <translation>%1 — დაბადების დღე %2, ვიზიტის დროს (%3): მოამზადეთ ბარათი ან პატარა სიურპრიზი.</translation>
    </message>
    <message>
        <source>%1 has an anniversary %2 during the stay (%3): prepare a card or a small surprise.</source>
        <translation>%1 — წლისთავი %2, ვიზიტის დროს (%3): მოამზადეთ ბარათი ან პატარა სიურპრიზი.</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>%1 დონე</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message numerus="yes">
        <source>%n stays</source>
        <translation>
            <numerusform>%n ვიზიტი</numerusform>
            <numerusform>%n ვიზიტი</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 a birthday greeting %2 (a loyal guest: %3).</source>
        <translation>%2 გაუგზავნეთ დაბადების დღის მილოცვა: %1 (ერთგული სტუმარი: %3).</translation>
    </message>
    <message>
        <source>Send %1 an anniversary greeting %2 (a loyal guest: %3).</source>
        <translation>%2 გაუგზავნეთ წლისთავის მილოცვა: %1 (ერთგული სტუმარი: %3).</translation>
    </message>
    <message>
        <source>Follow up on the complaint &quot;%1&quot;, resolved %2: ask whether all is well now.</source>
        <translation>საჩივარი „%1“ მოგვარდა %2: დაუკავშირდით სტუმარს და ჰკითხეთ, ახლა ყველაფერი რიგზეა თუ არა.</translation>
    </message>
    <message>
        <source>Call or see %1 about the complaint &quot;%2&quot;, resolved %3: ask whether all is well now.</source>
        <translation>საჩივარი „%2“ მოგვარდა %3: დაურეკეთ ან შეხვდით სტუმარს (%1) და ჰკითხეთ, ახლა ყველაფერი რიგზეა თუ არა.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) has not stayed with us for %n months, since %3: get in touch to win them back.</source>
        <translation>
            <numerusform>%1 (%2) ჩვენთან %n თვეა არ ყოფილა, %3-დან: დაუკავშირდით, რომ ისევ დაგვიბრუნდეს.</numerusform>
            <numerusform>%1 (%2) ჩვენთან %n თვეა არ ყოფილა, %3-დან: დაუკავშირდით, რომ ისევ დაგვიბრუნდეს.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare for %1 arriving %2: %3.</source>
        <translation>%1 ჩამოდის %2 — მოემზადეთ: %3.</translation>
    </message>
    <message>
        <source>Prepare room %1 for %2 arriving %3: %4.</source>
        <translation>%2 ჩამოდის %3 — მოამზადეთ ოთახი %1: %4.</translation>
    </message>
    <message>
        <source>a low rating</source>
        <translation>დაბალი შეფასება</translation>
    </message>
    <message>
        <source>Answer the feedback of %1 (%2): %3.</source>
        <translation>უპასუხეთ გამოხმაურებას (%1, %2): %3.</translation>
    </message>
    <message>
        <source>Answer %1&apos;s feedback of %2 (%3): %4.</source>
        <translation>უპასუხეთ სტუმრის გამოხმაურებას: %1 (%2, %3): %4.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>The reminder %1 is about a record that is not in this venue.</source>
        <translation>შეხსენება %1 ეხება ჩანაწერს, რომელიც ამ სასტუმროში არ არის.</translation>
    </message>
    <message>
        <source>Snooze a reminder until a day after today.</source>
        <translation>შეხსენების გადადება შესაძლებელია მხოლოდ ხვალამდე ან უფრო გვიან დღემდე.</translation>
    </message>
    <message>
        <source>The reminder %1 is neither done nor snoozed.</source>
        <translation>შეხსენება %1 არც შესრულებულია და არც გადადებული.</translation>
    </message>
</context>
<context>
    <name>RepeatGuestRateKpi</name>
    <message>
        <source>Repeat guests</source>
        <translation>განმეორებითი სტუმრები</translation>
    </message>
    <message>
        <source>Among guests with a stay arriving in the period, the share with at least two stays arriving on or before the period&apos;s last day. Cancelled and no-show stays do not count.</source>
        <translation>პერიოდში ჩამოსული ვიზიტის მქონე სტუმრებს შორის იმათი წილი, ვისაც აქვს პერიოდის ბოლო დღეს ან მანამდე ჩამოსული სულ მცირე ორი ვიზიტი. გაუქმებული და no-show ვიზიტები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>No data in these months</source>
        <translation>ამ თვეებში მონაცემები არ არის</translation>
    </message>
    <message>
        <source>No complaints in these months</source>
        <translation>ამ თვეებში საჩივრები არ არის</translation>
    </message>
    <message>
        <source>First stay</source>
        <translation>პირველი ვიზიტი</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>სტუმრები</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <comment>months since the first stay</comment>
        <translation>%1 თვე</translation>
    </message>
    <message>
        <source>No guest had a first stay in these months</source>
        <translation>ამ თვეებში არცერთ სტუმარს არ ჰქონია პირველი ვიზიტი</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>სხვა</translation>
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
        <translation>ეს ფაილია და არა საქაღალდე.</translation>
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
        <translation>%1 წთ</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 სთ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <comment>sign, change in percentage points</comment>
        <translation>%1%2 პ.პ.</translation>
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
        <translation>არ არის დაფიქსირებული</translation>
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
        <translation>სტუმრები</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>ვიზიტები</translation>
    </message>
    <message>
        <source>complaint tickets</source>
        <translation>საჩივრის ტიკეტები</translation>
    </message>
    <message>
        <source>feedback entries</source>
        <translation>გამოხმაურებები</translation>
    </message>
    <message>
        <source>Unnamed venue</source>
        <translation>უსახელო სასტუმრო</translation>
    </message>
    <message>
        <source>Compared with %1 (previous period) and %2 (a year before).</source>
        <translation>შედარებულია %1-თან (წინა პერიოდი) და %2-თან (ერთი წლით ადრე).</translation>
    </message>
    <message>
        <source>Generated on %1.</source>
        <translation>შექმნილია %1.</translation>
    </message>
    <message>
        <source>Insights report</source>
        <translation>ანალიტიკური ანგარიში</translation>
    </message>
    <message>
        <source>No data: this venue has no stays, complaints or feedback in this period or the twelve months before it. Figures read &quot;—&quot; and the charts stay empty until there is something to count.</source>
        <translation>მონაცემები არ არის: ამ სასტუმროს არ აქვს ვიზიტები, საჩივრები ან გამოხმაურებები ამ პერიოდში ან მის წინა თორმეტ თვეში. მაჩვენებლებში ჩანს „—“ და დიაგრამები ცარიელი რჩება, სანამ დასათვლელი რამ არ გაჩნდება.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>ძირითადი მაჩვენებლები</translation>
    </message>
    <message>
        <source>&quot;—&quot; means there was nothing to count. Change: against the previous period and the same period a year before; green is better, red is worse.</source>
        <translation>„—“ ნიშნავს, რომ დასათვლელი არაფერი იყო. ცვლილება: წინა პერიოდთან და ერთი წლით ადრინდელ იმავე პერიოდთან შედარებით; მწვანე უკეთესია, წითელი — უარესი.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>მაჩვენებელი</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>ეს პერიოდი</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>დათვლილი</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>წინა პერიოდი</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ცვლილება</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>ერთი წლით ადრე</translation>
    </message>
    <message>
        <source>* Provisional: the cohort is too young for the answer to be final.</source>
        <translation>* წინასწარი: კოჰორტა ჯერ ძალიან ახალია, რომ პასუხი საბოლოო იყოს.</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>ბოლო თორმეტი თვე</translation>
    </message>
    <message>
        <source>%1 to %2, month by month.</source>
        <translation>%1-დან %2-მდე, თვეების მიხედვით.</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-ს დაცვა</translation>
    </message>
    <message>
        <source>Complaints by category per month</source>
        <translation>საჩივრები კატეგორიების მიხედვით, თვეების ჭრილში</translation>
    </message>
    <message>
        <source>Guests who came back within 1 to 12 months, by month of first stay</source>
        <translation>სტუმრები, რომლებიც 1-დან 12 თვემდე დაბრუნდნენ, პირველი ვიზიტის თვის მიხედვით</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>სხვა კატეგორიები</translation>
    </message>
    <message>
        <source>Complaints in the period</source>
        <translation>საჩივრები პერიოდში</translation>
    </message>
    <message>
        <source>Tickets created in the period, by category, most first, with the outcomes recorded on them.</source>
        <translation>პერიოდში შექმნილი ტიკეტები კატეგორიების მიხედვით, ყველაზე მრავალრიცხოვნიდან დაწყებული, მათზე დაფიქსირებული შედეგებით.</translation>
    </message>
    <message>
        <source>No data: no complaint was recorded in this period.</source>
        <translation>მონაცემები არ არის: ამ პერიოდში საჩივარი არ დაფიქსირებულა.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>ტიკეტები</translation>
    </message>
    <message>
        <source>High or critical</source>
        <translation>მაღალი ან კრიტიკული</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>აღდგენილი</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>დაკარგული</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>ჯერ კიდევ ღია</translation>
    </message>
    <message>
        <source>Feedback topics</source>
        <translation>გამოხმაურების თემები</translation>
    </message>
    <message>
        <source>Topics guests wrote about in the period (%1 entries), and those whose share of negative mentions rose against the previous period of the same length.</source>
        <translation>თემები, რომლებზეც სტუმრებმა პერიოდში დაწერეს (%1 ჩანაწერი), და ისინი, რომელთა უარყოფითი ხსენებების წილი გაიზარდა იმავე ხანგრძლივობის წინა პერიოდთან შედარებით.</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>უარესდება</translation>
    </message>
    <message>
        <source>No topic got worse (topics need %1 or more mentions in both periods to be compared).</source>
        <translation>არცერთი თემა არ გაუარესებულა (შესადარებლად თემებს ორივე პერიოდში %1 ან მეტი ხსენება სჭირდება).</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>თემა</translation>
    </message>
    <message>
        <source>Negative now</source>
        <translation>უარყოფითი ახლა</translation>
    </message>
    <message>
        <source>Negative before</source>
        <translation>უარყოფითი ადრე</translation>
    </message>
    <message>
        <source>Mentions now</source>
        <translation>ხსენებები ახლა</translation>
    </message>
    <message>
        <source>Mentions before</source>
        <translation>ხსენებები ადრე</translation>
    </message>
    <message>
        <source>Most mentioned</source>
        <translation>ყველაზე ხშირად ნახსენები</translation>
    </message>
    <message>
        <source>No data: no feedback in this period talked about a topic.</source>
        <translation>მონაცემები არ არის: ამ პერიოდში არცერთი გამოხმაურება არ ეხებოდა რომელიმე თემას.</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>ხსენებები</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>უარყოფითი</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>საშუალო ქულა</translation>
    </message>
    <message>
        <source>Guest mix</source>
        <translation>სტუმრების შემადგენლობა</translation>
    </message>
    <message>
        <source>Guests with a stay arriving in the period, by country, language and how they came.</source>
        <translation>პერიოდში ჩამოსული ვიზიტის მქონე სტუმრები ქვეყნის, ენისა და მოსვლის არხის მიხედვით.</translation>
    </message>
    <message>
        <source>No data: no guest stayed in this period.</source>
        <translation>მონაცემები არ არის: ამ პერიოდში არცერთი სტუმარი არ განთავსებულა.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>წყარო</translation>
    </message>
    <message>
        <source>Appendix: how each figure is computed</source>
        <translation>დანართი: როგორ გამოითვლება თითოეული მაჩვენებელი</translation>
    </message>
    <message>
        <source>Periods are local calendar dates, both ends included. A stay counts unless it was cancelled or a no-show. &quot;—&quot; means there was nothing to count.</source>
        <translation>პერიოდები ადგილობრივი კალენდარული თარიღებია, ორივე ბოლოს ჩათვლით. ვიზიტი ითვლება, თუ ის არ არის გაუქმებული ან no-show. „—“ ნიშნავს, რომ დასათვლელი არაფერი იყო.</translation>
    </message>
    <message>
        <source>Counted over: %1. Key: %2.</source>
        <translation>დათვლის ერთეული: %1. გასაღები: %2.</translation>
    </message>
    <message>
        <source>Charts and tables</source>
        <translation>დიაგრამები და ცხრილები</translation>
    </message>
    <message>
        <source>Monthly lines: each KPI above computed over each whole calendar month.</source>
        <translation>თვიური ხაზები: ზემოთ მოცემული თითოეული KPI, გამოთვლილი თითოეული სრული კალენდარული თვისთვის.</translation>
    </message>
    <message>
        <source>Complaints by category: tickets created in each month, by their category.</source>
        <translation>საჩივრები კატეგორიების მიხედვით: თითოეულ თვეში შექმნილი ტიკეტები მათი კატეგორიის მიხედვით.</translation>
    </message>
    <message>
        <source>Returning guests: the guests whose first counted stay arrived in a month, and the share of them with another stay arriving within k whole months after that first stay&apos;s departure. A grey cell is not known yet: the k-month window has not closed.</source>
        <translation>დაბრუნებული სტუმრები: სტუმრები, რომელთა პირველი დათვლილი ვიზიტი რომელიმე თვეში ჩამოვიდა, და მათი წილი, ვისაც აქვს სხვა ვიზიტი, რომელიც ჩამოვიდა ამ პირველი ვიზიტის წასვლიდან k სრული თვის განმავლობაში. ნაცრისფერი უჯრა ჯერ უცნობია: k-თვიანი ფანჯარა ჯერ არ დახურულა.</translation>
    </message>
    <message>
        <source>Complaints in the period: tickets created in the period; high or critical by severity; recovered and lost are the outcomes recorded on the tickets; still open means neither resolved nor closed.</source>
        <translation>საჩივრები პერიოდში: პერიოდში შექმნილი ტიკეტები; მაღალი ან კრიტიკული — სიმძიმის მიხედვით; აღდგენილი და დაკარგული — ტიკეტებზე დაფიქსირებული შედეგებია; ჯერ კიდევ ღია ნიშნავს, რომ არც გადაწყვეტილია და არც დახურული.</translation>
    </message>
    <message>
        <source>Feedback topics: a mention is an entry that talks about the topic (staff corrections win); it is negative at a score of %1 or lower.</source>
        <translation>გამოხმაურების თემები: ხსენება არის ჩანაწერი, რომელიც თემას ეხება (პერსონალის შესწორებებს უპირატესობა აქვს); ის უარყოფითია %1 ან ნაკლები ქულისას.</translation>
    </message>
    <message>
        <source>Insights report, %1</source>
        <translation>ანალიტიკური ანგარიში, %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>გვერდი %1 %2-დან</translation>
    </message>
    <message>
        <source>The report needs a graphical application to draw its pages (Qt Gui).</source>
        <translation>ანგარიშის გვერდების დასახატად საჭიროა გრაფიკული აპლიკაცია (Qt Gui).</translation>
    </message>
    <message>
        <source>Insights report, %1, %2</source>
        <comment>venue, period</comment>
        <translation>ანალიტიკური ანგარიში, %1, %2</translation>
    </message>
    <message>
        <source>Generated by Innkeep on %1</source>
        <translation>შექმნილია Innkeep-ის მიერ %1</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>PDF-ის დახატვა ვერ მოხერხდა.</translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <source>Keep guests between 1 and %1 years after their last stay, or 0 for no rule.</source>
        <translation>სტუმრები შეინახეთ ბოლო ვიზიტიდან 1-დან %1 წლამდე, ან მიუთითეთ 0, თუ წესი არ გჭირდებათ.</translation>
    </message>
</context>
<context>
    <name>Return12mRateKpi</name>
    <message>
        <source>Return within 12 months</source>
        <translation>დაბრუნება 12 თვის განმავლობაში</translation>
    </message>
    <message>
        <source>Among guests whose first stay arrived in the period, the share with another stay arriving between that first stay&apos;s departure day and 365 days after it, both days included. Stays arriving before the first stay departed are not returns. Provisional while some of these guests&apos; 365 days have not passed yet. Cancelled and no-show stays do not count.</source>
        <translation>სტუმრებს შორის, რომელთა პირველი ვიზიტი პერიოდში ჩამოვიდა, იმათი წილი, ვისაც აქვს სხვა ვიზიტი, რომელიც ჩამოვიდა ამ პირველი ვიზიტის წასვლის დღიდან მის შემდეგ 365 დღემდე, ორივე დღის ჩათვლით. პირველი ვიზიტის წასვლამდე ჩამოსული ვიზიტები დაბრუნებად არ ითვლება. წინასწარია, სანამ ამ სტუმრებიდან ზოგიერთის 365 დღე ჯერ არ გასულა. გაუქმებული და no-show ვიზიტები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>SchemaDrift</name>
    <message>
        <source>The reference schema could not be built.</source>
        <translation>ეტალონური სქემის აგება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>%1 %2 is missing</source>
        <extracomment>%1 is a kind of schema object (table, index, trigger, view), %2 its name.</extracomment>
        <translation>%1 %2 არ არსებობს</translation>
    </message>
    <message>
        <source>%1 %2 differs from what the migrations make</source>
        <extracomment>%1 is a kind of schema object (table, index, trigger, view), %2 its name.</extracomment>
        <translation>%1 %2 განსხვავდება მიგრაციებით შექმნილისგან</translation>
    </message>
    <message>
        <source>%1 %2 is not made by the migrations</source>
        <extracomment>%1 is a kind of schema object (table, index, trigger, view), %2 its name.</extracomment>
        <translation>%1 %2 მიგრაციებით არ იქმნება</translation>
    </message>
    <message>
        <source>table</source>
        <translation>ცხრილი</translation>
    </message>
    <message>
        <source>index</source>
        <translation>ინდექსი</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>ტრიგერი</translation>
    </message>
    <message>
        <source>view</source>
        <translation>ხედი</translation>
    </message>
</context>
<context>
    <name>SeededTicketLabel</name>
    <message>
        <source>Housekeeping</source>
        <translation>დალაგების სამსახური</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>ტექნიკური მომსახურება</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>ხმაური</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>საკვები და სასმელი</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>მიღების სამსახური</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>ანგარიშსწორება</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>კეთილმოწყობა</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>სხვა</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>ხელმძღვანელობა</translation>
    </message>
</context>
<context>
    <name>SegmentRule</name>
    <message>
        <source>the rule is empty; write a condition such as stays &gt;= 2</source>
        <translation>წესი ცარიელია; ჩაწერეთ პირობა, მაგ. stays &gt;= 2</translation>
    </message>
    <message>
        <source>&quot;)&quot; closes no &quot;(&quot;</source>
        <translation>&quot;)&quot; არცერთ &quot;(&quot;-ს არ ხურავს</translation>
    </message>
    <message>
        <source>expected AND, OR or &quot;)&quot; before %1</source>
        <translation>მოსალოდნელი იყო AND, OR ან &quot;)&quot; შემდეგის წინ: %1</translation>
    </message>
    <message>
        <source> (quote a value that has spaces: &quot;New York&quot;)</source>
        <translation> (ჰარეების შემცველი მნიშვნელობა ჩასვით ბრჭყალებში: &quot;New York&quot;)</translation>
    </message>
    <message>
        <source>the rule nests deeper than %1 levels</source>
        <translation>წესი %1 დონეზე ღრმად არის ჩადგმული</translation>
    </message>
    <message>
        <source>this &quot;(&quot; is never closed</source>
        <translation>ეს &quot;(&quot; არ არის დახურული</translation>
    </message>
    <message>
        <source>expected a field before %1; fields: %2</source>
        <translation>მოსალოდნელი იყო ველი შემდეგის წინ: %1; ველები: %2</translation>
    </message>
    <message>
        <source>%1 is not a field; fields: %2</source>
        <translation>%1 არ არის ველი; ველები: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes/no field; compare it with %2</source>
        <translation>„%1“ არ არის კი/არა ველი; შესადარებლად გამოიყენეთ %2</translation>
    </message>
    <message>
        <source>expected an operator after &quot;%1&quot; (%2), not %3</source>
        <translation>ველის „%1“ შემდეგ მოსალოდნელი იყო ოპერატორი (%2) და არა %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be compared with %2; use %3</source>
        <translation>ველი „%1“ ვერ შედარდება ოპერატორით %2; გამოიყენეთ %3</translation>
    </message>
    <message>
        <source>expected a value for &quot;%1&quot;, not %2</source>
        <translation>ველისთვის „%1“ მოსალოდნელი იყო მნიშვნელობა და არა %2</translation>
    </message>
    <message>
        <source>expected &quot;(&quot; after in, not %1</source>
        <translation>in-ის შემდეგ მოსალოდნელი იყო &quot;(&quot; და არა %1</translation>
    </message>
    <message>
        <source>a rule holds at most %1 values</source>
        <translation>წესი მაქსიმუმ %1 მნიშვნელობას შეიცავს</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;)&quot; in the list, not %1</source>
        <translation>სიაში მოსალოდნელი იყო &quot;,&quot; ან &quot;)&quot; და არა %1</translation>
    </message>
</context>
<context>
    <name>SegmentService</name>
    <message>
        <source>Give the segment a name.</source>
        <translation>მიუთითეთ სეგმენტის სახელი.</translation>
    </message>
    <message>
        <source>There is already a segment called %1.</source>
        <translation>სეგმენტი სახელით %1 უკვე არსებობს.</translation>
    </message>
    <message>
        <source>There is no segment with the id %1.</source>
        <translation>სეგმენტი (ID: %1) არ არსებობს.</translation>
    </message>
    <message>
        <source>The rule of segment %1 cannot be read: %2</source>
        <translation>სეგმენტის %1 წესის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>SegmentSql</name>
    <message>
        <source>%1 has more decimals than %2 has</source>
        <translation>%1 შეიცავს მეტ ათწილად ნიშანს, ვიდრე %2 ვალუტას აქვს</translation>
    </message>
</context>
<context>
    <name>SegmentTokens</name>
    <message>
        <source>the end of the rule</source>
        <translation>წესის დასასრული</translation>
    </message>
    <message>
        <source>column %1: </source>
        <translation>სვეტი %1: </translation>
    </message>
    <message>
        <source>the text that starts with %1 has no closing %1</source>
        <translation>ტექსტი, რომელიც %1 ნიშნით იწყება, არ იხურება %1 ნიშნით</translation>
    </message>
    <message>
        <source>&quot;!&quot; is only part of &quot;!=&quot;; write NOT before a condition to turn it round</source>
        <translation>&quot;!&quot; მხოლოდ &quot;!=&quot;-ის ნაწილია; პირობის შესაბრუნებლად მის წინ დაწერეთ NOT</translation>
    </message>
</context>
<context>
    <name>SegmentValues</name>
    <message>
        <source>%1 is not a whole number; write %2 %3 2</source>
        <translation>%1 არ არის მთელი რიცხვი; დაწერეთ, მაგ., %2 %3 2</translation>
    </message>
    <message>
        <source>%1 is not a month; %2 takes 1 to 12</source>
        <translation>%1 არ არის თვე; %2 იღებს მნიშვნელობას 1-დან 12-მდე</translation>
    </message>
    <message>
        <source>%1 is not a VIP level; %2 takes 0 to 3</source>
        <translation>%1 არ არის VIP დონე; %2 იღებს მნიშვნელობას 0-დან 3-მდე</translation>
    </message>
    <message>
        <source>%1 is not an amount; %2 takes one in the venue&apos;s currency such as 1000 or 249.50</source>
        <translation>%1 არ არის თანხა; %2 იღებს თანხას სასტუმროს ვალუტით, მაგ. 1000 ან 249.50</translation>
    </message>
    <message>
        <source>%1 is not a rating; %2 takes 1 to 5</source>
        <translation>%1 არ არის შეფასება; %2 იღებს მნიშვნელობას 1-დან 5-მდე</translation>
    </message>
    <message>
        <source>%1 is not a period such as 30d, 12w, 6m or 2y</source>
        <translation>%1 არ არის პერიოდი, მაგ. 30d, 12w, 6m ან 2y</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 არ არის თარიღი YYYY-MM-DD ფორმატით</translation>
    </message>
    <message>
        <source>%1 needs a value, not empty text</source>
        <translation>%1: საჭიროა მნიშვნელობა, ცარიელი ტექსტი დაუშვებელია</translation>
    </message>
    <message>
        <source>%1 needs a tag, not empty text</source>
        <translation>%1: საჭიროა იარლიყი, ცარიელი ტექსტი დაუშვებელია</translation>
    </message>
    <message>
        <source>%1 is not a two-letter country code such as AM or GE</source>
        <translation>%1 არ არის ორასოიანი ქვეყნის კოდი, მაგ. AM ან GE</translation>
    </message>
    <message>
        <source>%1 is not a language code such as en, hy or ka</source>
        <translation>%1 არ არის ენის კოდი, მაგ. en, hy ან ka</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 არ არის შემდეგთაგან ერთ-ერთი: %2</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 არ არის true ან false</translation>
    </message>
</context>
<context>
    <name>SentimentAverageKpi</name>
    <message>
        <source>Average sentiment</source>
        <translation>საშუალო განწყობა</translation>
    </message>
    <message>
        <source>Feedback received in the period whose text has been analysed: the average sentiment, from −1 (negative) to 1 (positive). A label set by staff counts as +0.6, 0 or −0.6 in place of the analyser&apos;s score.</source>
        <translation>პერიოდში მიღებული გამოხმაურება, რომლის ტექსტიც გაანალიზდა: საშუალო განწყობა −1-დან (უარყოფითი) 1-მდე (დადებითი). პერსონალის მიერ მინიჭებული იარლიყი ითვლება როგორც +0.6, 0 ან −0.6 ანალიზატორის ქულის ნაცვლად.</translation>
    </message>
</context>
<context>
    <name>SentimentLabel</name>
    <message>
        <source>Positive</source>
        <translation>დადებითი</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>უარყოფითი</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>ნეიტრალური</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>შერეული</translation>
    </message>
</context>
<context>
    <name>SkipReason</name>
    <message>
        <source>no consent to marketing on this channel</source>
        <translation>ამ არხით მარკეტინგზე თანხმობა არ არის</translation>
    </message>
    <message>
        <source>no address for this channel</source>
        <translation>ამ არხისთვის მისამართი არ არის</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>დაბლოკილია</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>დაარქივებულია</translation>
    </message>
    <message>
        <source>contacted recently</source>
        <translation>ახლახან დავუკავშირდით</translation>
    </message>
</context>
<context>
    <name>SlaComplianceKpi</name>
    <message>
        <source>Acknowledged in time</source>
        <translation>დროულად დადასტურებული</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>დროულად გადაწყვეტილი</translation>
    </message>
    <message>
        <source>Among complaint tickets created in the period whose acknowledge target is met, breached or overdue now, the share met. Tickets still within their time, or paused, are not counted yet.</source>
        <translation>პერიოდში შექმნილ საჩივრის ტიკეტებს შორის, რომელთა დადასტურების სამიზნე ვადა ახლა დაცულია, დარღვეულია ან ვადაგადაცილებულია, დაცულების წილი. ტიკეტები, რომლებიც ჯერ კიდევ ვადაშია ან შეჩერებულია, ჯერ არ ითვლება.</translation>
    </message>
    <message>
        <source>Among complaint tickets created in the period whose resolve target is met, breached or overdue now, the share met. Tickets still within their time, or paused while waiting, are not counted yet.</source>
        <translation>პერიოდში შექმნილ საჩივრის ტიკეტებს შორის, რომელთა გადაწყვეტის სამიზნე ვადა ახლა დაცულია, დარღვეულია ან ვადაგადაცილებულია, დაცულების წილი. ტიკეტები, რომლებიც ჯერ კიდევ ვადაშია ან მოლოდინის გამო შეჩერებულია, ჯერ არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The time to acknowledge must be at least one minute.</source>
        <translation>მიღების ვადა მინიმუმ ერთი წუთი უნდა იყოს.</translation>
    </message>
    <message>
        <source>The time to resolve must be at least one minute.</source>
        <translation>გადაწყვეტის ვადა მინიმუმ ერთი წუთი უნდა იყოს.</translation>
    </message>
    <message>
        <source>The time to resolve cannot be shorter than the time to acknowledge.</source>
        <translation>გადაწყვეტის ვადა მიღების ვადაზე მოკლე ვერ იქნება.</translation>
    </message>
    <message>
        <source>The due-soon warning cannot be negative.</source>
        <translation>გაფრთხილება „ვადა ახლოვდება“ უარყოფითი ვერ იქნება.</translation>
    </message>
    <message>
        <source>Quiet hours need a start and an end between 00:00 and 23:59.</source>
        <translation>სიჩუმის საათებს სჭირდება დასაწყისი და დასასრული 00:00-დან 23:59-მდე.</translation>
    </message>
    <message>
        <source>Quiet hours cannot start and end at the same time.</source>
        <translation>სიჩუმის საათების დასაწყისი და დასასრული ერთმანეთს არ უნდა ემთხვეოდეს.</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>უცნობი დროის სარტყელი: %1</translation>
    </message>
    <message>
        <source>The ticket&apos;s SLA policy cannot be read.</source>
        <translation>საჩივრის SLA წესების წაკითხვა შეუძლებელია.</translation>
    </message>
</context>
<context>
    <name>SmtpConnection</name>
    <message>
        <source>libcurl could not be started.</source>
        <translation>libcurl-ის გაშვება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>No mail server is set: innkeep-cli settings set smtp.url smtp://HOST:PORT</source>
        <translation>საფოსტო სერვერი მითითებული არ არის: innkeep-cli settings set smtp.url smtp://HOST:PORT</translation>
    </message>
    <message>
        <source>%1 (server replied %2)</source>
        <translation>%1 (სერვერის პასუხი: %2)</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>შეიყვანეთ თანამშრომლის სახელი.</translation>
    </message>
    <message>
        <source>There is already a staff member called %1.</source>
        <translation>თანამშრომელი სახელით %1 უკვე არსებობს.</translation>
    </message>
    <message>
        <source>There is no staff member with the id %1.</source>
        <translation>თანამშრომელი (ID: %1) არ არსებობს.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The database refused a change: %1</source>
        <translation>მონაცემთა ბაზამ ცვლილება არ მიიღო: %1</translation>
    </message>
</context>
<context>
    <name>StayCsvImport</name>
    <message>
        <source>Enter the arrival date.</source>
        <translation>შეიყვანეთ ჩამოსვლის თარიღი.</translation>
    </message>
    <message>
        <source>Enter the departure date.</source>
        <translation>შეიყვანეთ გამგზავრების თარიღი.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of people.</source>
        <translation>„%1“ არ არის ადამიანების რაოდენობა.</translation>
    </message>
    <message>
        <source>No column holds the %1 date.</source>
        <translation>არცერთ სვეტში არ არის %1 თარიღი.</translation>
    </message>
    <message>
        <source>No column says whose stay it is: add the guest&apos;s external id, e-mail or name (name, or given_name and family_name).</source>
        <translation>არცერთი სვეტი არ მიუთითებს, ვისი ვიზიტია: დაამატეთ სტუმრის გარე ID, ელფოსტა ან სახელი (name, ან given_name და family_name).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stay status; use booked, in-house, checked-out, cancelled or no-show.</source>
        <translation>„%1“ არ არის ვიზიტის სტატუსი; გამოიყენეთ booked, in-house, checked-out, cancelled ან no-show.</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>ჩამოსვლის თარიღი</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>გამგზავრების თარიღი</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ოთახი</translation>
    </message>
    <message>
        <source>Nightly rate</source>
        <translation>ღამის ტარიფი</translation>
    </message>
    <message>
        <source>Revenue (the stay&apos;s total)</source>
        <translation>შემოსავალი (ვიზიტის ჯამური თანხა)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ვალუტა</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>ჯავშნის ნომერი</translation>
    </message>
    <message>
        <source>Booking channel</source>
        <translation>ჯავშნის არხი</translation>
    </message>
    <message>
        <source>Purpose of the stay</source>
        <translation>ვიზიტის მიზანი</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>სტუმრების რაოდენობა</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>მოზრდილები</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>ბავშვები</translation>
    </message>
    <message>
        <source>Guest&apos;s profile id</source>
        <translation>სტუმრის პროფილის ID</translation>
    </message>
    <message>
        <source>Guest&apos;s e-mail</source>
        <translation>სტუმრის ელფოსტა</translation>
    </message>
    <message>
        <source>Guest&apos;s full name</source>
        <translation>სტუმრის სრული სახელი</translation>
    </message>
    <message>
        <source>Guest&apos;s given name</source>
        <translation>სტუმრის სახელი</translation>
    </message>
    <message>
        <source>Guest&apos;s family name</source>
        <translation>სტუმრის გვარი</translation>
    </message>
    <message>
        <source>the check of the stays file</source>
        <translation>ვიზიტების ფაილის შემოწმება</translation>
    </message>
    <message>
        <source>the stay import</source>
        <translation>ვიზიტების იმპორტი</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>მოწმდება ყველა სტრიქონი</translation>
    </message>
    <message>
        <source>Importing stays</source>
        <translation>მიმდინარეობს ვიზიტების იმპორტი</translation>
    </message>
</context>
<context>
    <name>StayService</name>
    <message>
        <source>Enter the arrival date.</source>
        <translation>შეიყვანეთ ჩამოსვლის თარიღი.</translation>
    </message>
    <message>
        <source>Enter the departure date.</source>
        <translation>შეიყვანეთ გამგზავრების თარიღი.</translation>
    </message>
    <message>
        <source>The departure (%1) is before the arrival (%2).</source>
        <translation>გამგზავრების თარიღი (%1) ჩამოსვლის თარიღზე (%2) ადრეა.</translation>
    </message>
    <message>
        <source>A stay cannot be longer than a year.</source>
        <translation>ვიზიტი ერთ წელზე გრძელი ვერ იქნება.</translation>
    </message>
    <message>
        <source>The rate cannot be negative.</source>
        <translation>ტარიფი უარყოფითი ვერ იქნება.</translation>
    </message>
    <message>
        <source>The revenue cannot be negative.</source>
        <translation>შემოსავალი უარყოფითი ვერ იქნება.</translation>
    </message>
    <message>
        <source>The party size goes from 1 to 50.</source>
        <translation>სტუმრების რაოდენობა უნდა იყოს 1-დან 50-მდე.</translation>
    </message>
    <message>
        <source>There is no guest with the id %1.</source>
        <translation>სტუმარი (ID: %1) არ არსებობს.</translation>
    </message>
    <message>
        <source>There is no stay with the id %1.</source>
        <translation>ვიზიტი (ID: %1) არ არსებობს.</translation>
    </message>
</context>
<context>
    <name>StayStatus</name>
    <message>
        <source>Booked</source>
        <translation>დაჯავშნილი</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>სასტუმროშია</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>გაწერილი</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>გაუქმებული</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>არ გამოცხადდა</translation>
    </message>
</context>
<context>
    <name>StaysPerGuestKpi</name>
    <message>
        <source>Stays per guest</source>
        <translation>ვიზიტები ერთ სტუმარზე</translation>
    </message>
    <message>
        <source>Stays arriving in the period divided by the number of different guests with a stay arriving in the period. Cancelled and no-show stays do not count.</source>
        <translation>პერიოდში ჩამოსული ვიზიტები გაყოფილი პერიოდში ჩამოსული ვიზიტის მქონე სხვადასხვა სტუმრის რაოდენობაზე. გაუქმებული და no-show ვიზიტები არ ითვლება.</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>A } closes no placeholder; write }} for a brace.</source>
        <translation>} არცერთ ჩანაცვლების ველს არ ხურავს; ფიგურული ფრჩხილისთვის დაწერეთ }}.</translation>
    </message>
    <message>
        <source>A { opens no placeholder; write {{ for a brace.</source>
        <translation>{ არცერთ ჩანაცვლების ველს არ ხსნის; ფიგურული ფრჩხილისთვის დაწერეთ {{.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; use one of %2.</source>
        <translation>{%1} არ არის ჩანაცვლების ველი; გამოიყენეთ ერთ-ერთი: %2.</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>This text is %L1 characters long; the most is %L2.</source>
        <translation>ეს ტექსტი %L1 სიმბოლოსგან შედგება; მაქსიმუმია %L2.</translation>
    </message>
    <message>
        <source>This text holds a control character (%1) at position %2; it cannot be stored.</source>
        <translation>ამ ტექსტში %2 პოზიციაზე არის მმართველი სიმბოლო (%1); მისი შენახვა შეუძლებელია.</translation>
    </message>
</context>
<context>
    <name>TicketDemo</name>
    <message>
        <source>The demo needs guests.</source>
        <translation>დემოს სჭირდება სტუმრები.</translation>
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
        <translation>%1 წთ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 სთ %2 წთ</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 დღ %2 სთ</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>დაგვიანებით გადაწყდა</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>ვადაში</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>მიღება</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>გადაწყვეტა</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ვადაგადაცილებული</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>გადაცილება %1</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>ვადა ახლოვდება</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>დარჩა %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>შეჩერებულია</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>მიღება</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>გადაწყვეტა</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1-ში</translation>
    </message>
    <message>
        <source>%1 (quiet hours)</source>
        <translation>%1 (სიჩუმის საათები)</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>მუშაობის დაწყება</translation>
    </message>
    <message>
        <source>Wait on guest</source>
        <translation>სტუმრის მოლოდინი</translation>
    </message>
    <message>
        <source>Wait on department</source>
        <translation>განყოფილების მოლოდინი</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>განახლება</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>ხელახლა გახსნა</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>გადატანა: %1</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>შენარჩუნებული</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>დაკარგული</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>გადაუწყვეტელი</translation>
    </message>
    <message>
        <source>With guest</source>
        <translation>სტუმართან</translation>
    </message>
    <message>
        <source>With dept.</source>
        <translation>განყოფილებაში</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>There is no ticket %1.</source>
        <translation>საჩივარი %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>Unknown complaint category: %1</source>
        <translation>საჩივრის უცნობი კატეგორია: %1</translation>
    </message>
    <message>
        <source>Unknown department: %1</source>
        <translation>უცნობი განყოფილება: %1</translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation>აღწერეთ საჩივარი.</translation>
    </message>
    <message>
        <source>Give the guest or the room the complaint comes from.</source>
        <translation>მიუთითეთ სტუმარი ან ოთახი, საიდანაც საჩივარი მოვიდა.</translation>
    </message>
    <message>
        <source>A ticket cannot be closed without a resolution summary.</source>
        <translation>საჩივარს ვერ დახურავთ გადაწყვეტის შეჯამების გარეშე.</translation>
    </message>
    <message>
        <source>The text cannot be empty.</source>
        <translation>ტექსტი ცარიელი ვერ იქნება.</translation>
    </message>
    <message>
        <source>A closed ticket must keep its resolution summary.</source>
        <translation>დახურულ საჩივარს გადაწყვეტის შეჯამება უნდა შეუნარჩუნდეს.</translation>
    </message>
    <message>
        <source>The outcome is recorded once the ticket is resolved; it is %1.</source>
        <translation>შედეგი ჩაიწერება საჩივრის გადაწყვეტის შემდეგ; ახლა მისი სტატუსია: %1.</translation>
    </message>
    <message>
        <source>The cost of a compensation cannot be negative.</source>
        <translation>კომპენსაციის ღირებულება უარყოფითი ვერ იქნება.</translation>
    </message>
    <message>
        <source>Satisfaction is a number from 1 to 5.</source>
        <translation>კმაყოფილება არის რიცხვი 1-დან 5-მდე.</translation>
    </message>
    <message>
        <source>A follow-up is recorded once the ticket is resolved; it is %1.</source>
        <translation>შემდგომი კონტაქტი ჩაიწერება საჩივრის გადაწყვეტის შემდეგ; ახლა მისი სტატუსია: %1.</translation>
    </message>
    <message>
        <source>Severity %1 → %2</source>
        <translation>სიმძიმე: %1 → %2</translation>
    </message>
    <message>
        <source>Category %1 → %2</source>
        <translation>კატეგორია: %1 → %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the venue&apos;s staff list; add them under Settings ▸ Staff first.</source>
        <translation>„%1“ სასტუმროს პერსონალის სიაში არ არის; ჯერ დაამატეთ აქ: პარამეტრები ▸ პერსონალი.</translation>
    </message>
    <message>
        <source>%1 has left the staff list and cannot take new tickets.</source>
        <translation>%1 აღარ არის პერსონალის სიაში და ახალ საჩივრებს ვეღარ მიიღებს.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>„%1“ არ არის ერთ-ერთი შემდეგთაგან: %2.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>პასუხისმგებლის გარეშე</translation>
    </message>
</context>
<context>
    <name>TicketSettingsService</name>
    <message>
        <source>The name cannot be empty.</source>
        <translation>სახელი ცარიელი ვერ იქნება.</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 უკვე სიაშია.</translation>
    </message>
    <message>
        <source>%1 is not on the list.</source>
        <translation>%1 სიაში არ არის.</translation>
    </message>
    <message>
        <source>A key uses lower-case letters, digits and dashes only, at most %L1 of them.</source>
        <translation>გასაღები შეიძლება შეიცავდეს მხოლოდ ქვედა რეგისტრის ასოებს, ციფრებსა და დეფისებს, მაქსიმუმ %L1 სიმბოლოს.</translation>
    </message>
</context>
<context>
    <name>TicketSeverity</name>
    <message>
        <source>Low</source>
        <translation>დაბალი</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>საშუალო</translation>
    </message>
    <message>
        <source>High</source>
        <translation>მაღალი</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>კრიტიკული</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>ახალი</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>მიღებული</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>მუშავდება</translation>
    </message>
    <message>
        <source>Waiting on guest</source>
        <translation>სტუმრის მოლოდინში</translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation>განყოფილების მოლოდინში</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>გადაწყვეტილი</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>დახურული</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>The ticket is already %1.</source>
        <translation>საჩივარი უკვე ამ სტატუსშია: %1.</translation>
    </message>
    <message>
        <source>A ticket cannot move from %1 to %2.</source>
        <translation>საჩივრის სტატუსის შეცვლა შეუძლებელია: %1 → %2.</translation>
    </message>
</context>
<context>
    <name>TierBasis</name>
    <message>
        <source>Nights</source>
        <translation>ღამეები</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>ვიზიტები</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>დანახარჯი</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>A step of this action failed, so nothing was saved.</source>
        <translation>მოქმედების ერთ-ერთი ნაბიჯი ვერ შესრულდა, ამიტომ არაფერი შენახულა.</translation>
    </message>
</context>
<context>
    <name>VCardExport</name>
    <message>
        <source>the vCard export</source>
        <translation>vCard ექსპორტი</translation>
    </message>
</context>
<context>
    <name>VCardImport</name>
    <message>
        <source>There is no file at this path.</source>
        <translation>ამ მისამართზე ფაილი არ არის.</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a folder, a device, a pipe or a socket); import a .vcf file.</source>
        <translation>ეს ჩვეულებრივი ფაილი არ არის (საქაღალდეა, მოწყობილობა, არხი ან სოკეტი); შემოიტანეთ .vcf ფაილი.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it and import the parts.</source>
        <translation>ფაილი %1 მბ-ზე დიდია; დაყავით და შემოიტანეთ ნაწილებად.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ფაილის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>No private scratch folder could be made.</source>
        <translation>პირადი დროებითი საქაღალდის შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The contacts could not be prepared for the import.</source>
        <translation>კონტაქტების შემოტანისთვის მომზადება ვერ მოხერხდა.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>This line has no &quot;NAME:value&quot;.</source>
        <translation>ამ სტრიქონში არ არის „NAME:value“.</translation>
    </message>
    <message>
        <source>This card has no END:VCARD before the next one begins.</source>
        <translation>ამ ბარათს არ აქვს END:VCARD შემდეგის დაწყებამდე.</translation>
    </message>
    <message>
        <source>The text is not UTF-8; name its character set (CHARSET=) or save the file as UTF-8.</source>
        <translation>ტექსტი UTF-8 არ არის; მიუთითეთ სიმბოლოების ნაკრები (CHARSET=) ან შეინახეთ ფაილი UTF-8-ში.</translation>
    </message>
    <message>
        <source>The character set %1 is not known.</source>
        <translation>სიმბოლოების ნაკრები %1 უცნობია.</translation>
    </message>
    <message>
        <source>This card has no END:VCARD.</source>
        <translation>ამ ბარათს არ აქვს END:VCARD.</translation>
    </message>
    <message>
        <source>This is not a vCard file: no BEGIN:VCARD was found.</source>
        <translation>ეს vCard ფაილი არ არის: BEGIN:VCARD ვერ მოიძებნა.</translation>
    </message>
</context>
<context>
    <name>VenueBackups</name>
    <message>
        <source>Give the backup folder as a full path.</source>
        <translation>მიუთითეთ სარეზერვო ასლების საქაღალდის სრული მისამართი.</translation>
    </message>
</context>
<context>
    <name>VenueSettingKeys</name>
    <message>
        <source>The venue&apos;s name, as messages sign it ({venue}).</source>
        <translation>სასტუმროს სახელი, რომლითაც შეტყობინებები ხელმოწერილია ({venue}).</translation>
    </message>
    <message>
        <source>ISO 4217 code of the venue&apos;s money, e.g. EUR, AMD, GEL.</source>
        <translation>სასტუმროს ვალუტის ISO 4217 კოდი, მაგ. EUR, AMD, GEL.</translation>
    </message>
    <message>
        <source>Country code (ISO 3166) for phone numbers written without +, e.g. AM.</source>
        <translation>ქვეყნის კოდი (ISO 3166) + ნიშნის გარეშე ჩაწერილი ტელეფონის ნომრებისთვის, მაგ. AM.</translation>
    </message>
    <message>
        <source>Months without a stay after which a guest counts as lapsed (1–120).</source>
        <translation>თვეების რაოდენობა ვიზიტის გარეშე, რის შემდეგაც სტუმარი პასიურად ითვლება (1–120).</translation>
    </message>
    <message>
        <source>Feedback rated at or under this (0–1 of the scale) needs attention.</source>
        <translation>გამოხმაურება, რომლის შეფასებაც ამ მნიშვნელობის ტოლი ან ნაკლებია (შკალის 0–1), ყურადღებას საჭიროებს.</translation>
    </message>
    <message>
        <source>Feedback whose sentiment is at or under this (-1–1) needs attention.</source>
        <translation>გამოხმაურება, რომლის განწყობაც ამ მნიშვნელობის ტოლი ან ნაკლებია (-1–1), ყურადღებას საჭიროებს.</translation>
    </message>
    <message>
        <source>Years without a stay after which a guest is proposed for erasure (0: no rule).</source>
        <translation>წლების რაოდენობა ვიზიტის გარეშე, რის შემდეგაც სტუმარი წაშლისთვის შემოთავაზდება (0: წესის გარეშე).</translation>
    </message>
    <message>
        <source>Where backups go (an absolute path; empty: beside the file).</source>
        <translation>სად ინახება სარეზერვო ასლები (აბსოლუტური გზა; ცარიელი: ფაილის გვერდით).</translation>
    </message>
    <message>
        <source>Daily and closing backups: on or off.</source>
        <translation>ყოველდღიური და დახურვისას შექმნილი სარეზერვო ასლები: on ან off.</translation>
    </message>
    <message>
        <source>Loyalty points per night of a checked-out stay.</source>
        <translation>ლოიალობის ქულები დასრულებული (check-out) ვიზიტის ყოველ ღამეზე.</translation>
    </message>
    <message>
        <source>Loyalty points per whole unit of revenue in the venue&apos;s currency.</source>
        <translation>ლოიალობის ქულები შემოსავლის ყოველ მთელ ერთეულზე სასტუმროს ვალუტით.</translation>
    </message>
    <message>
        <source>Loyalty points per checked-out stay.</source>
        <translation>ლოიალობის ქულები ყოველ დასრულებულ (check-out) ვიზიტზე.</translation>
    </message>
    <message>
        <source>Bonus points for a stay over the guest&apos;s birthday.</source>
        <translation>საბონუსო ქულები სტუმრის დაბადების დღეზე ვიზიტისთვის.</translation>
    </message>
    <message>
        <source>Bonus points for bringing a new guest who stays.</source>
        <translation>საბონუსო ქულები ახალი სტუმრის მოყვანისთვის, რომელიც სასტუმროში დარჩება.</translation>
    </message>
    <message>
        <source>Months after which earned points expire (0: never, up to 120).</source>
        <translation>თვეების რაოდენობა, რის შემდეგაც დაგროვილ ქულებს ვადა გასდის (0: არასოდეს, მაქსიმუმ 120).</translation>
    </message>
    <message>
        <source>The day the programme starts: stays that left before it earn nothing (YYYY-MM-DD).</source>
        <translation>პროგრამის დაწყების დღე: ამ დღემდე დასრულებული ვიზიტები ქულებს არ იძლევა (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Days after a message to a guest before a campaign writes to them again (0–365, default 30).</source>
        <translation>დღეების რაოდენობა სტუმრისთვის შეტყობინების გაგზავნის შემდეგ, სანამ კამპანია მას ხელახლა მისწერს (0–365, ნაგულისხმევად 30).</translation>
    </message>
    <message>
        <source>Hours after a ticket is resolved without a follow-up before To do asks for one (1–720, default 24).</source>
        <translation>საათების რაოდენობა შემდგომი კონტაქტის გარეშე მოგვარებული ტიკეტის შემდეგ, სანამ „გასაკეთებელი“ მას მოითხოვს (1–720, ნაგულისხმევად 24).</translation>
    </message>
    <message>
        <source>Months without a stay after which a loyal guest appears in To do to win back (1–120, default 12).</source>
        <translation>თვეების რაოდენობა ვიზიტის გარეშე, რის შემდეგაც ერთგული სტუმარი დასაბრუნებლად ჩნდება სიაში „გასაკეთებელი“ (1–120, ნაგულისხმევად 12).</translation>
    </message>
    <message>
        <source>Days before a loyal guest&apos;s birthday that To do proposes a greeting (0–7, default 0: on the day).</source>
        <translation>რამდენი დღით ადრე სთავაზობს „გასაკეთებელი“ ერთგული სტუმრის დაბადების დღის მილოცვას (0–7, ნაგულისხმევად 0: იმავე დღეს).</translation>
    </message>
    <message>
        <source>How far back To do looks for follow-ups still owed (1–365 days, default 30).</source>
        <translation>რა პერიოდში ეძებს „გასაკეთებელი“ ჯერ შეუსრულებელ შემდგომ კონტაქტებს (1–365 დღე, ნაგულისხმევად 30).</translation>
    </message>
    <message>
        <source>The mail server, e.g. smtp://127.0.0.1:2525 or smtps://mail.example.com.</source>
        <translation>საფოსტო სერვერი, მაგ. smtp://127.0.0.1:2525 ან smtps://mail.example.com.</translation>
    </message>
    <message>
        <source>The user name to log in to the mail server (empty: no login).</source>
        <translation>საფოსტო სერვერზე შესასვლელი მომხმარებლის სახელი (ცარიელი: ავტორიზაციის გარეშე).</translation>
    </message>
    <message>
        <source>The mail server&apos;s password (kept on this device only).</source>
        <translation>საფოსტო სერვერის პაროლი (ინახება მხოლოდ ამ მოწყობილობაზე).</translation>
    </message>
    <message>
        <source>The sender address of messages, e.g. &quot;Hotel Ararat &lt;desk@ararat.am&gt;&quot;.</source>
        <translation>შეტყობინებების გამგზავნის მისამართი, მაგ. &quot;Hotel Ararat &lt;desk@ararat.am&gt;&quot;.</translation>
    </message>
    <message>
        <source>There is no setting %1; innkeep-cli settings get lists them.</source>
        <translation>პარამეტრი %1 არ არსებობს; პარამეტრების სიას აჩვენებს innkeep-cli settings get.</translation>
    </message>
    <message>
        <source>%1 is a whole number from %2 to %3; &quot;%4&quot; is not.</source>
        <translation>%1 უნდა იყოს მთელი რიცხვი %2-დან %3-მდე; „%4“ ასეთი არ არის.</translation>
    </message>
    <message>
        <source>%1 is a number from %2 to %3; &quot;%4&quot; is not.</source>
        <translation>%1 უნდა იყოს რიცხვი %2-დან %3-მდე; „%4“ ასეთი არ არის.</translation>
    </message>
    <message>
        <source>backup.automatic is on or off.</source>
        <translation>backup.automatic შეიძლება იყოს on ან off.</translation>
    </message>
    <message>
        <source>%1 is a date, YYYY-MM-DD; &quot;%2&quot; is not.</source>
        <translation>%1 უნდა იყოს თარიღი YYYY-MM-DD ფორმატით; „%2“ ასეთი არ არის.</translation>
    </message>
    <message>
        <source>smtp.url is smtp://HOST[:PORT] or smtps://HOST[:PORT]; &quot;%1&quot; is not.</source>
        <translation>smtp.url უნდა იყოს smtp://HOST[:PORT] ან smtps://HOST[:PORT]; „%1“ ასეთი არ არის.</translation>
    </message>
    <message>
        <source>smtp.from is an e-mail address; &quot;%1&quot; is not.</source>
        <translation>smtp.from უნდა იყოს ელფოსტის მისამართი; „%1“ ასეთი არ არის.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 ძალიან გრძელია.</translation>
    </message>
</context>
<context>
    <name>VenueSettings</name>
    <message>
        <source>Enter the venue&apos;s name.</source>
        <translation>შეიყვანეთ სასტუმროს სახელი.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code such as AM, GE or DE.</source>
        <translation>„%1“ არ არის ქვეყნის კოდი, მაგ. AM, GE ან DE.</translation>
    </message>
    <message>
        <source>A guest is lapsed after 1 to %1 months without a stay, not %2.</source>
        <translation>სტუმარი პასიურად ითვლება ვიზიტის გარეშე 1-დან %1 თვის შემდეგ და არა %2.</translation>
    </message>
</context>
<context>
    <name>innkeep</name>
    <message>
        <source>This is a folder, not an Innkeep database.</source>
        <translation>ეს საქაღალდეა და არა Innkeep-ის მონაცემთა ბაზა.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ფაილის წაკითხვა შეუძლებელია: %1</translation>
    </message>
    <message>
        <source>The file is empty; it is not an Innkeep database.</source>
        <translation>ფაილი ცარიელია; ის არ არის Innkeep-ის მონაცემთა ბაზა.</translation>
    </message>
    <message>
        <source>This is not an Innkeep database (not an SQLite file).</source>
        <translation>ეს არ არის Innkeep-ის მონაცემთა ბაზა (არ არის SQLite ფაილი).</translation>
    </message>
    <message>
        <source>The database file is truncated.</source>
        <translation>მონაცემთა ბაზის ფაილი არასრულია.</translation>
    </message>
    <message>
        <source>The database file is damaged (bad page size).</source>
        <translation>მონაცემთა ბაზის ფაილი დაზიანებულია (გვერდის არასწორი ზომა).</translation>
    </message>
    <message>
        <source>The database file is truncated: %1 of %2 bytes are there.</source>
        <translation>მონაცემთა ბაზის ფაილი არასრულია: %2 ბაიტიდან მხოლოდ %1 არსებობს.</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another application, not Innkeep.</source>
        <translation>ეს SQLite ფაილი სხვა აპლიკაციას ეკუთვნის და არა Innkeep-ს.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Innkeep (schema %1; this version knows up to %2). Update Innkeep to open it.</source>
        <translation>ეს მონაცემთა ბაზა Innkeep-ის უფრო ახალმა ვერსიამ ჩაწერა (სქემა %1; ეს ვერსია იცნობს %2-მდე). მის გასახსნელად განაახლეთ Innkeep.</translation>
    </message>
    <message>
        <source>There is no guest %1.</source>
        <translation>სტუმარი %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>There is no stay %1.</source>
        <translation>ვიზიტი %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>The stay belongs to another guest.</source>
        <translation>ვიზიტი სხვა სტუმარს ეკუთვნის.</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a named pipe, a device or a socket); it is not an Innkeep database and was not opened.</source>
        <translation>ეს არ არის ჩვეულებრივი ფაილი (ეს არის სახელდებული მილი, მოწყობილობა ან სოკეტი); ის არ არის Innkeep-ის მონაცემთა ბაზა და არ გაიხსნა.</translation>
    </message>
    <message>
        <source>its list of free pages is wrong</source>
        <translation>მისი თავისუფალი გვერდების სია არასწორია</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>საქაღალდის შექმნა შეუძლებელია.</translation>
    </message>
    <message>
        <source>A file already exists at this path.</source>
        <translation>ამ მისამართზე ფაილი უკვე არსებობს.</translation>
    </message>
    <message>
        <source>The folder is read-only; no file can be created in it.</source>
        <translation>საქაღალდე მხოლოდ წასაკითხია; მასში ფაილის შექმნა შეუძლებელია.</translation>
    </message>
    <message>
        <source>The file cannot be created: %1</source>
        <translation>ფაილის შექმნა შეუძლებელია: %1</translation>
    </message>
    <message>
        <source>The disk is full — nothing was changed.</source>
        <translation>დისკი სავსეა — არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>This file is read-only — opened for viewing.</source>
        <translation>ეს ფაილი მხოლოდ წასაკითხია — გაიხსნა დასათვალიერებლად.</translation>
    </message>
    <message>
        <source>Another program is writing to this file and did not finish in time; nothing was changed. Try again in a moment.</source>
        <translation>სხვა პროგრამა ამ ფაილში წერს და ჩაწერა დროულად არ დასრულებულა; არაფერი შეცვლილა. სცადეთ ხელახლა ცოტა ხანში.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>მონაცემთა ბაზის ფაილი დაზიანებულია: %1</translation>
    </message>
    <message>
        <source>The file could not be read or written (%1): %2</source>
        <translation>ფაილის წაკითხვა ან ჩაწერა ვერ მოხერხდა (%1): %2</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>ფაილის წაკითხვა ან ჩაწერა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The database cannot be opened (%1): %2</source>
        <translation>მონაცემთა ბაზის გახსნა შეუძლებელია (%1): %2</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>მონაცემთა ბაზის გახსნა შეუძლებელია: %1</translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation>მონაცემთა ბაზამ ცვლილება არ მიიღო: %1</translation>
    </message>
</context>
<context>
    <name>innkeep::GuestMerge</name>
    <message>
        <source>Salutation</source>
        <translation>მიმართვა</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>გვარი</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>სახელი (ლათინურად)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>გვარი (ლათინურად)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>მოქალაქეობა</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>დაბადების დღე</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>წლისთავი</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>კომპანია</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>ქუჩა</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>საფოსტო ინდექსი</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP დონე</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>წყარო</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>დაბლოკილი</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>პრესა</translation>
    </message>
    <message>
        <source>Consent to e-mail</source>
        <translation>თანხმობა ელფოსტაზე</translation>
    </message>
    <message>
        <source>Consent to SMS</source>
        <translation>თანხმობა SMS-ზე</translation>
    </message>
    <message>
        <source>Consent to calls</source>
        <translation>თანხმობა ზარებზე</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>დიახ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>არა</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>თანხმობა მარკეტინგზე</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>დიახ: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field a merge chooses; it is one of %2.</source>
        <translation>„%1“ გაერთიანებისას ასარჩევი ველი არ არის; ასარჩევი ველებია: %2.</translation>
    </message>
    <message>
        <source>A guest cannot be merged into themselves.</source>
        <translation>სტუმრის საკუთარ თავთან გაერთიანება შეუძლებელია.</translation>
    </message>
    <message>
        <source>%1 is archived; restore the profile before merging it.</source>
        <translation>%1 დაარქივებულია; გაერთიანებამდე აღადგინეთ პროფილი.</translation>
    </message>
    <message>
        <source>There is no merge with the id %1.</source>
        <translation>გაერთიანება (ID: %1) არ არსებობს.</translation>
    </message>
    <message>
        <source>That merge was already undone.</source>
        <translation>ეს გაერთიანება უკვე გაუქმებულია.</translation>
    </message>
    <message>
        <source>A later merge (%1) involves these guests; undo it first.</source>
        <translation>ამ სტუმრებს ეხება მოგვიანებით შესრულებული გაერთიანება (%1); ჯერ ის გააუქმეთ.</translation>
    </message>
    <message numerus="yes">
        <source>These guests were changed after the merge (%n change(s)); undoing it would lose that.</source>
        <translation>
            <numerusform>გაერთიანების შემდეგ ამ სტუმრების მონაცემები შეიცვალა (%n ცვლილება); გაუქმების შემთხვევაში ეს ცვლილებები დაიკარგება.</numerusform>
            <numerusform>გაერთიანების შემდეგ ამ სტუმრების მონაცემები შეიცვალა (%n ცვლილება); გაუქმების შემთხვევაში ეს ცვლილებები დაიკარგება.</numerusform>
        </translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>მისამართის მეორე ხაზი</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>შტატი ან რეგიონი</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::AlertBanner</name>
    <message>
        <source>Alerts</source>
        <translation>გაფრთხილებები</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::AutomaticBackups</name>
    <message>
        <source>the closing backup</source>
        <translation>დახურვისას სარეზერვო ასლი</translation>
    </message>
    <message>
        <source>the daily backup</source>
        <translation>ყოველდღიური სარეზერვო ასლი</translation>
    </message>
    <message>
        <source>Backing up the venue before closing…</source>
        <translation>დახურვამდე იქმნება სასტუმროს სარეზერვო ასლი…</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::BackupSection</name>
    <message>
        <source>Back Up No&amp;w</source>
        <translation>სარეზერვო ასლის შექმნა ახ&amp;ლავე</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>სარეზერვო ასლები</translation>
    </message>
    <message>
        <source>Choose the folder the backups go to: a USB stick or a synced folder works.</source>
        <translation>აირჩიეთ საქაღალდე, სადაც სარეზერვო ასლები შეინახება: გამოდგება USB ფლეშ-მეხსიერება ან სინქრონიზებული საქაღალდე.</translation>
    </message>
    <message>
        <source>Keep the backups in the “backups” folder beside the venue&apos;s file.</source>
        <translation>სარეზერვო ასლების შენახვა „backups“ საქაღალდეში, სასტუმროს ფაილის გვერდით.</translation>
    </message>
    <message>
        <source>Backups beside the file are lost with the disk. Choose a folder on a USB stick or a synced folder so a broken or stolen computer does not take them too.</source>
        <translation>ფაილის გვერდით შენახული სარეზერვო ასლები დისკთან ერთად დაიკარგება. აირჩიეთ საქაღალდე USB ფლეშ-მეხსიერებაზე ან სინქრონიზებული საქაღალდე, რომ გაფუჭებულმა ან მოპარულმა კომპიუტერმა ისინიც თან არ წაიღოს.</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>ბოლო სარეზერვო ასლი:</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>ჯერ არ არის.</translation>
    </message>
    <message>
        <source>%1 — guests in it: %2</source>
        <translation>%1 — სტუმრები: %2</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>სარეზერვო ასლი შეიქმნა: %1.</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>სარეზერვო ასლების საქაღალდე</translation>
    </message>
    <message>
        <source>Backups now go to %1.</source>
        <translation>სარეზერვო ასლები ახლა აქ შეინახება: %1.</translation>
    </message>
    <message>
        <source>Backups are made by themselves again.</source>
        <translation>სარეზერვო ასლები კვლავ ავტომატურად იქმნება.</translation>
    </message>
    <message>
        <source>Automatic backups are off. Remember to back up by hand.</source>
        <translation>სარეზერვო ასლების ავტომატური შექმნა გამორთულია. არ დაგავიწყდეთ მათი ხელით შექმნა.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <source>Use Default</source>
        <translation>ნაგულისხმევის გამოყენება</translation>
    </message>
    <message>
        <source>Back up automatically: every day while Innkeep is open, and when it closes</source>
        <translation>სარეზერვო ასლების ავტომატური შექმნა: ყოველდღე, სანამ Innkeep გახსნილია, და მისი დახურვისას</translation>
    </message>
    <message>
        <source>Restore a Backup…</source>
        <translation>სარეზერვო ასლის აღდგენა…</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>სარეზერვო ასლების საქაღალდე:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ChartPanel</name>
    <message>
        <source>No data for this period</source>
        <translation>ამ პერიოდისთვის მონაცემები არ არის</translation>
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
        <translation>პირველი ვიზიტი: %1 — სტუმრები: %2</translation>
    </message>
    <message>
        <source>First stay in %1 — no guests</source>
        <translation>პირველი ვიზიტი: %1 — სტუმრები არ არის</translation>
    </message>
    <message>
        <source>back within 1 month</source>
        <translation>დაბრუნდნენ 1 თვეში</translation>
    </message>
    <message>
        <source>back within %1 months</source>
        <translation>დაბრუნდნენ %1 თვეში</translation>
    </message>
    <message>
        <source>First stay in %1, %2: not known yet</source>
        <translation>პირველი ვიზიტი: %1, %2: ჯერ უცნობია</translation>
    </message>
    <message>
        <source>First stay in %1, %2: %3 (%4 of %5 guests)</source>
        <translation>პირველი ვიზიტი: %1, %2: %3 (%4 სტუმარი %5-დან)</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>სტუმრები</translation>
    </message>
    <message>
        <source>Guests whose first stay arrived in that month</source>
        <translation>სტუმრები, რომელთა პირველი ვიზიტი ამ თვეში დაიწყო</translation>
    </message>
    <message>
        <source>Share of the guests back within %1 months of their first stay&apos;s departure</source>
        <translation>სტუმართა წილი, რომლებიც პირველი ვიზიტიდან გამგზავრების შემდეგ %1 თვეში დაბრუნდნენ</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::CohortTable</name>
    <message>
        <source>Retention cohorts</source>
        <translation>დაბრუნების კოჰორტები</translation>
    </message>
    <message>
        <source>First stay</source>
        <translation>პირველი ვიზიტი</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>სტუმრები</translation>
    </message>
    <message>
        <source>Back within 1 month</source>
        <translation>დაბრუნება 1 თვეში</translation>
    </message>
    <message>
        <source>Back within %1 months</source>
        <translation>დაბრუნება %1 თვეში</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::CompensationDialog</name>
    <message>
        <source>Add Compensation</source>
        <translation>კომპენსაციის დამატება</translation>
    </message>
    <message>
        <source>e.g. dinner for two, 20% off the room</source>
        <translation>მაგ. ვახშამი ორისთვის, ოთახზე 20% ფასდაკლება</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;ტიპი:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;თანხა:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;ვალუტა:</translation>
    </message>
    <message>
        <source>&amp;What was given:</source>
        <translation>&amp;რა გადაეცა:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ComplaintsChart</name>
    <message>
        <source>No category</source>
        <translation>კატეგორიის გარეშე</translation>
    </message>
    <message>
        <source>%1, %2 — complaints: %3</source>
        <translation>%1, %2 — საჩივრები: %3</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>საჩივრები</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>თვე</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>ყველა საჩივარი</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::CorrectAnalysisDialog</name>
    <message>
        <source>Correct Analysis</source>
        <translation>ანალიზის შესწორება</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ტექსტის გარეშე)</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>ენა ვერ ამოიცნო</translation>
    </message>
    <message>
        <source>The analyser found: %1 (score %2), %3.</source>
        <translation>ანალიზატორმა იპოვა: %1 (ქულა %2), %3.</translation>
    </message>
    <message>
        <source>Not analysed yet: your choice is what the lists will show.</source>
        <translation>ჯერ არ არის გაანალიზებული: სიებში თქვენი არჩევანი გამოჩნდება.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>განწყობა</translation>
    </message>
    <message>
        <source>&amp;Positive</source>
        <translation>&amp;დადებითი</translation>
    </message>
    <message>
        <source>&amp;Negative</source>
        <translation>&amp;უარყოფითი</translation>
    </message>
    <message>
        <source>&amp;Mixed</source>
        <translation>&amp;შერეული</translation>
    </message>
    <message>
        <source>N&amp;eutral</source>
        <translation>&amp;ნეიტრალური</translation>
    </message>
    <message>
        <source>Added by staff</source>
        <translation>დაამატა პერსონალმა</translation>
    </message>
    <message>
        <source>Removed by staff; the analyser had found it.</source>
        <translation>წაშალა პერსონალმა; ანალიზატორს ნაპოვნი ჰქონდა.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>თემები</translation>
    </message>
    <message>
        <source>&amp;Topics the guest writes about:</source>
        <translation>&amp;თემები, რომლებზეც სტუმარი წერს:</translation>
    </message>
    <message>
        <source>Not found by the analyser.</source>
        <translation>ანალიზატორმა ვერ იპოვა.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::DrillDownDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;გახსნა</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;ექსპორტი CSV-ში…</translation>
    </message>
    <message>
        <source>Records behind the number</source>
        <translation>მაჩვენებლის საფუძვლად არსებული ჩანაწერები</translation>
    </message>
    <message>
        <source>Every record the number was computed over</source>
        <translation>ყველა ჩანაწერი, რომლის მიხედვითაც მაჩვენებელი გამოითვალა</translation>
    </message>
    <message>
        <source>The records that made the number (its numerator)</source>
        <translation>ჩანაწერები, რომლებმაც შეადგინეს მაჩვენებელი (მისი მრიცხველი)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Counted (%1)</source>
        <translation>&amp;დათვლილი (%1)</translation>
    </message>
    <message>
        <source>&amp;Hits (%1)</source>
        <translation>და&amp;მთხვევები (%1)</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>ჩანაწერების წაკითხვა…</translation>
    </message>
    <message>
        <source>the list behind the number</source>
        <translation>მაჩვენებლის საფუძვლად არსებული სია</translation>
    </message>
    <message>
        <source>None of these records made the number.</source>
        <translation>ამ ჩანაწერებიდან არცერთი არ შევიდა მაჩვენებელში.</translation>
    </message>
    <message>
        <source>Nothing was counted in this period.</source>
        <translation>ამ პერიოდში არაფერი დათვლილა.</translation>
    </message>
    <message>
        <source>Export List as CSV</source>
        <translation>სიის ექსპორტი CSV-ში</translation>
    </message>
    <message>
        <source>insights-list.csv</source>
        <translation>insights-list.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ფაილები (*.csv);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>შენახულია: %1.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::DuplicatePanel</name>
    <message>
        <source>no stays</source>
        <translation>ვიზიტები არ არის</translation>
    </message>
    <message>
        <source>This guest may already be here. Open the existing profile, or save a new one anyway:</source>
        <translation>ეს სტუმარი შესაძლოა უკვე რეგისტრირებული იყოს. გახსენით არსებული პროფილი ან მაინც შეინახეთ ახალი:</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>სტუმარი</translation>
    </message>
    <message>
        <source>Last stay</source>
        <translation>ბოლო ვიზიტი</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>კონტაქტები</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>მიზეზი</translation>
    </message>
    <message>
        <source>Guests who may be the same person</source>
        <translation>სტუმრები, რომლებიც შესაძლოა ერთი და იგივე პირი იყვნენ</translation>
    </message>
    <message>
        <source>Open &amp;Existing</source>
        <translation>ა&amp;რსებულის გახსნა</translation>
    </message>
    <message>
        <source>Save Any&amp;way</source>
        <translation>მაინც &amp;შენახვა</translation>
    </message>
    <message>
        <source>%1 (%2 of 100)</source>
        <extracomment>Why two guests may be one, and how sure: &quot;same phone, same name (85 of 100)&quot;.</extracomment>
        <translation>%1 (%2 100-დან)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ExportDialog</name>
    <message>
        <source>The &amp;whole venue, to restore or move it (JSON)</source>
        <translation>&amp;მთელი სასტუმრო — აღსადგენად ან გადასატანად (JSON)</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets: guests, stays, complaints, feedback (CSV)</source>
        <translation>&amp;ცხრილები: სტუმრები, ვიზიტები, საჩივრები, გამოხმაურებები (CSV)</translation>
    </message>
    <message>
        <source>Guests as &amp;contacts for a phone or address book (vCard)</source>
        <translation>სტუმრები &amp;კონტაქტებად — ტელეფონისთვის ან მისამართების წიგნისთვის (vCard)</translation>
    </message>
    <message>
        <source>Separate fields with se&amp;micolons (spreadsheets set to a decimal comma)</source>
        <translation>ველების გამოყოფა &amp;წერტილ-მძიმით (ცხრილებისთვის, სადაც ათწილადის გამყოფი მძიმეა)</translation>
    </message>
    <message>
        <source>Mark the files as &amp;UTF-8 (for older spreadsheet programs)</source>
        <translation>ფაილებზე &amp;UTF-8 ნიშნის დასმა (ცხრილების ძველი პროგრამებისთვის)</translation>
    </message>
    <message>
        <source>vCard &amp;version:</source>
        <translation>vCard-ის &amp;ვერსია:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ექსპორტი</translation>
    </message>
    <message>
        <source>Everything Innkeep keeps about the venue, in the documented JSON format that innkeep-cli import json reads back into a new file.</source>
        <translation>ყველაფერი, რასაც Innkeep სასტუმროს შესახებ ინახავს, დოკუმენტირებულ JSON ფორმატში, რომელსაც innkeep-cli import json ბრძანება ახალ ფაილში ხელახლა შემოიტანს.</translation>
    </message>
    <message>
        <source>3.0 (most phones and address books)</source>
        <translation>3.0 (ტელეფონებისა და მისამართების წიგნების უმეტესობისთვის)</translation>
    </message>
    <message>
        <source>4.0</source>
        <translation>4.0</translation>
    </message>
    <message>
        <source>&amp;Only the guest chosen on the Guests page</source>
        <translation>მხოლოდ „სტუმრების“ გვერდზე &amp;არჩეული სტუმარი</translation>
    </message>
    <message>
        <source>&amp;Only the %1 guests chosen on the Guests page</source>
        <translation>მხოლოდ „სტუმრების“ გვერდზე &amp;არჩეული %1 სტუმარი</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>რისი ექსპორტი გსურთ:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;ექსპორტი…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;შეჩერება</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Export the Whole Venue</source>
        <translation>მთელი სასტუმროს ექსპორტი</translation>
    </message>
    <message>
        <source>innkeep-%1.json</source>
        <translation>innkeep-%1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ფაილები (*.json)</translation>
    </message>
    <message>
        <source>Folder for the Spreadsheets</source>
        <translation>საქაღალდე ცხრილებისთვის</translation>
    </message>
    <message>
        <source>Export Guests as Contacts</source>
        <translation>სტუმრების ექსპორტი კონტაქტებად</translation>
    </message>
    <message>
        <source>guests-%1.vcf</source>
        <translation>guests-%1.vcf</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard ფაილები (*.vcf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>იწერება %1…</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>ექსპორტი შეწყდა; ფაილი არ ჩაწერილა.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>ექსპორტი ვერ შესრულდა: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 guests, %3 stays, %4 complaints, %5 feedback entries.</source>
        <translation>ჩაიწერა %1: %2 სტუმარი, %3 ვიზიტი, %4 საჩივარი, %5 გამოხმაურება.</translation>
    </message>
    <message>
        <source>Wrote guests.csv, stays.csv, tickets.csv and feedback.csv in %1: %2 guests, %3 stays, %4 complaints, %5 feedback entries.</source>
        <translation>საქაღალდეში %1 ჩაიწერა guests.csv, stays.csv, tickets.csv და feedback.csv: %2 სტუმარი, %3 ვიზიტი, %4 საჩივარი, %5 გამოხმაურება.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 contacts.</source>
        <translation>ჩაიწერა %1: %2 კონტაქტი.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;დახურვა</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FeedbackDialog</name>
    <message>
        <source>Published (e.g. an online review)</source>
        <translation>გამოქვეყნებულია (მაგ. ონლაინ მიმოხილვა)</translation>
    </message>
    <message>
        <source>New Feedback</source>
        <translation>ახალი გამოხმაურება</translation>
    </message>
    <message>
        <source>TripAdvisor, Google, Booking.com…</source>
        <translation>TripAdvisor, Google, Booking.com…</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1-დან 5-მდე</translation>
    </message>
    <message>
        <source>1 to 10</source>
        <translation>1-დან 10-მდე</translation>
    </message>
    <message>
        <source>NPS, 0 to 10</source>
        <translation>NPS, 0-დან 10-მდე</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>შეფასების გარეშე</translation>
    </message>
    <message>
        <source>The guest&apos;s words</source>
        <translation>სტუმრის სიტყვები</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>უცნობია</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;სტუმარი:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;არხი:</translation>
    </message>
    <message>
        <source>Review &amp;site:</source>
        <translation>&amp;მიმოხილვის საიტი:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;რეიტინგი:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;ტექსტი:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;ენა:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>არ არის მითითებული</translation>
    </message>
    <message>
        <source>For the stay %1 – %2 (in house)</source>
        <translation>ვიზიტისთვის: %1 – %2 (სასტუმროშია)</translation>
    </message>
    <message>
        <source>For the stay in room %1, %2 – %3 (in house)</source>
        <translation>ვიზიტისთვის: ოთახი %1, %2 – %3 (სასტუმროშია)</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>&amp;შკალა:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FeedbackListModel</name>
    <message>
        <source>No rating</source>
        <translation>შეფასების გარეშე</translation>
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
        <translation>საჩივარი დაფიქსირდა</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>საჭიროებს ყურადღებას</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>პასუხი გაცემულია</translation>
    </message>
    <message>
        <source>Low rating</source>
        <translation>დაბალი შეფასება</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ანონიმური</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>მიღებულია</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>შემდგომი კონტაქტი</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>შეფასება</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>სტუმარი</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>გამოხმაურება</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>ჯერ არ არის გაანალიზებული</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>განწყობა</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>თემები</translation>
    </message>
    <message>
        <source>%1 / 5 (%2 of 10)</source>
        <extracomment>A rating on 1-5 with the common 0-10 score every channel shares: &quot;4 / 5 (8 of 10)&quot;.</extracomment>
        <translation>%1 / 5 (%2 10-დან)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FeedbackPage</name>
    <message>
        <source>Needs &amp;attention only</source>
        <translation>მხოლოდ &amp;ყურადღების მომთხოვნი</translation>
    </message>
    <message>
        <source>&amp;New feedback…</source>
        <translation>&amp;ახალი გამოხმაურება…</translation>
    </message>
    <message>
        <source>&amp;Record response</source>
        <translation>პასუხის &amp;ჩაწერა</translation>
    </message>
    <message>
        <source>Create &amp;complaint</source>
        <translation>საჩ&amp;ივრის შექმნა</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>&amp;პროფილის გახსნა</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>გამოხმაურება</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>ყველა არხი</translation>
    </message>
    <message>
        <source>Feedback list</source>
        <translation>გამოხმაურებების სია</translation>
    </message>
    <message>
        <source>What we answered the guest</source>
        <translation>რა ვუპასუხეთ სტუმარს</translation>
    </message>
    <message>
        <source>Select feedback to answer it or turn it into a complaint.</source>
        <translation>აირჩიეთ გამოხმაურება, რომ უპასუხოთ ან საჩივრად აქციოთ.</translation>
    </message>
    <message>
        <source>No feedback matches these filters. Nothing needs your attention here.</source>
        <translation>ამ ფილტრებს არცერთი გამოხმაურება არ შეესაბამება. აქ თქვენს ყურადღებას არაფერი საჭიროებს.</translation>
    </message>
    <message>
        <source>No feedback yet. Use “New feedback…” to record what a guest told you.</source>
        <translation>გამოხმაურება ჯერ არ არის. გამოიყენეთ „ახალი გამოხმაურება…“, რომ ჩაწეროთ, რა გითხრათ სტუმარმა.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ანონიმური</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ტექსტის გარეშე)</translation>
    </message>
    <message>
        <source>Update &amp;response</source>
        <translation>პასუხის გა&amp;ნახლება</translation>
    </message>
    <message>
        <source>Feedback recorded.</source>
        <translation>გამოხმაურება ჩაიწერა.</translation>
    </message>
    <message>
        <source>Complaint logged (%1, %2). Use “Open complaint” to work on it.</source>
        <translation>საჩივარი დაფიქსირდა (%1, %2). მასზე სამუშაოდ გამოიყენეთ „საჩივრის გახსნა“.</translation>
    </message>
    <message>
        <source>Response recorded.</source>
        <translation>პასუხი ჩაიწერა.</translation>
    </message>
    <message>
        <source>Correct Analysis…</source>
        <translation>ანალიზის შესწორება…</translation>
    </message>
    <message>
        <source>Correct anal&amp;ysis…</source>
        <translation>ანალიზის &amp;შესწორება…</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>ნებისმიერი განწყობა</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>ნებისმიერი თემა</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>ნებისმიერი ენა</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>მთელი პერიოდი</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>ბოლო 7 დღე</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>ბოლო 30 დღე</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>ბოლო 90 დღე</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>ბოლო 365 დღე</translation>
    </message>
    <message>
        <source>&amp;Sentiment:</source>
        <translation>გან&amp;წყობა:</translation>
    </message>
    <message>
        <source>Top&amp;ic:</source>
        <translation>&amp;თემა:</translation>
    </message>
    <message>
        <source>Feedback analysis progress</source>
        <translation>გამოხმაურებების ანალიზის მსვლელობა</translation>
    </message>
    <message>
        <source>Change the sentiment or topics the analyser found (%1)</source>
        <translation>ანალიზატორის ნაპოვნი განწყობის ან თემების შეცვლა (%1)</translation>
    </message>
    <message>
        <source>No feedback matches these filters.</source>
        <translation>ამ ფილტრებს შესაბამისი გამოხმაურება არ არის.</translation>
    </message>
    <message>
        <source>No feedback in this period.</source>
        <translation>ამ პერიოდში გამოხმაურება არ არის.</translation>
    </message>
    <message>
        <source>No topics found in this period yet: sentiment and topics show once the analyser has read the feedback.</source>
        <translation>ამ პერიოდში თემები ჯერ არ არის: განწყობა და თემები გამოჩნდება, როცა ანალიზატორი გამოხმაურებებს წაიკითხავს.</translation>
    </message>
    <message>
        <source>Analysing feedback in the background…</source>
        <translation>გამოხმაურებები ფონურად ანალიზდება…</translation>
    </message>
    <message>
        <source>Analysing feedback in the background: %1 of %2</source>
        <translation>გამოხმაურებები ფონურად ანალიზდება: %1 / %2</translation>
    </message>
    <message>
        <source>Analysis corrected. The analyser learns from it for this hotel.</source>
        <translation>ანალიზი შესწორდა. ანალიზატორი ამით ამ სასტუმროსთვის სწავლობს.</translation>
    </message>
    <message>
        <source>Open co&amp;mplaint</source>
        <translation>საჩი&amp;ვრის გახსნა</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>არ&amp;ხი:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>პერი&amp;ოდი:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;ენა:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>პასუხი:</translation>
    </message>
    <message>
        <source>Complaint category:</source>
        <translation>საჩივრის კატეგორია:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FindDuplicatesDialog</name>
    <message>
        <source>last stay %1</source>
        <translation>ბოლო ვიზიტი: %1</translation>
    </message>
    <message>
        <source>no stays</source>
        <translation>ვიზიტები არ არის</translation>
    </message>
    <message>
        <source>Open &amp;First</source>
        <translation>&amp;პირველის გახსნა</translation>
    </message>
    <message>
        <source>Open &amp;Second</source>
        <translation>&amp;მეორის გახსნა</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;გაერთიანება…</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>დუბლიკატების ძიება</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ქულა</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>მიზეზი</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>სტუმარი</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>შესაძლო დუბლიკატი</translation>
    </message>
    <message>
        <source>Guests who may be one person</source>
        <translation>სტუმრები, რომლებიც შესაძლოა ერთი პირი იყვნენ</translation>
    </message>
    <message>
        <source>No guests look like duplicates: no two profiles share a phone or an e-mail, or a close name with the birthday or the city.</source>
        <translation>დუბლიკატი სტუმრები არ ჩანს: არცერთ ორ პროფილს არ აქვს საერთო ტელეფონი ან ელფოსტა, ან მსგავსი სახელი იმავე დაბადების დღით ან ქალაქით.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of guests may be one person. Merge a pair to keep one profile with everything of both.</source>
        <translation>
            <numerusform>სტუმრების %n წყვილი შესაძლოა ერთი პირი იყოს. გააერთიანეთ წყვილი, რომ დარჩეს ერთი პროფილი ორივეს მთელი ინფორმაციით.</numerusform>
            <numerusform>სტუმრების %n წყვილი შესაძლოა ერთი პირი იყოს. გააერთიანეთ წყვილი, რომ დარჩეს ერთი პროფილი ორივეს მთელი ინფორმაციით.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Innkeep</source>
        <translation>კეთილი იყოს თქვენი მობრძანება Innkeep-ში</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Innkeep&lt;/h2&gt;&lt;p&gt;Innkeep keeps your guests&apos; profiles, preferences, stays, complaints and feedback on this computer. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;კეთილი იყოს თქვენი მობრძანება Innkeep-ში&lt;/h2&gt;&lt;p&gt;Innkeep ამ კომპიუტერზე ინახავს თქვენი სტუმრების პროფილებს, სურვილებს, ვიზიტებს, საჩივრებსა და გამოხმაურებებს. როგორ გსურთ დაწყება?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up my venue</source>
        <translation>ჩემი სასტუმროს მომართვა</translation>
    </message>
    <message>
        <source>Enter your venue&apos;s name, currency and phone region, then add guests.</source>
        <translation>შეიყვანეთ თქვენი სასტუმროს სახელი, ვალუტა და სატელეფონო რეგიონი, შემდეგ კი დაამატეთ სტუმრები.</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>დემოს დათვალიერება</translation>
    </message>
    <message>
        <source>Open a demo hotel full of guests, stays and complaints. Your own data stays separate.</source>
        <translation>გახსენით სადემონსტრაციო სასტუმრო სტუმრებით, ვიზიტებითა და საჩივრებით. თქვენი მონაცემები ცალკე დარჩება.</translation>
    </message>
    <message>
        <source>e.g. Hotel Ararat</source>
        <translation>მაგ. სასტუმრო „არარატი“</translation>
    </message>
    <message>
        <source>Your name, as it appears in the history</source>
        <translation>თქვენი სახელი, როგორც ისტორიაში გამოჩნდება</translation>
    </message>
    <message>
        <source>Venue &amp;name:</source>
        <translation>სასტუმროს &amp;სახელი:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;ვალუტა:</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>ნაგულისხმევი სატელეფონო &amp;რეგიონი:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;ენა:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;თქვენი სახელი:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;დაწყება</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your venue&lt;/h3&gt;&lt;p&gt;You can change all of this later in Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;თქვენი სასტუმრო&lt;/h3&gt;&lt;p&gt;ყველაფრის შეცვლა მოგვიანებით პარამეტრებში შეგიძლიათ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter the venue&apos;s name and your name.</source>
        <translation>შეიყვანეთ სასტუმროს სახელი და თქვენი სახელი.</translation>
    </message>
    <message>
        <source>Choose the country of most local phone numbers</source>
        <translation>აირჩიეთ ქვეყანა, რომელსაც ადგილობრივი ნომრების უმეტესობა ეკუთვნის</translation>
    </message>
    <message>
        <source>Choose the default phone region: it is how local numbers like 091 234567 are read.</source>
        <translation>აირჩიეთ ნაგულისხმევი სატელეფონო რეგიონი: მის მიხედვით იკითხება ადგილობრივი ნომრები, მაგ. 091 234567.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FollowUpDialog</name>
    <message>
        <source>Record Follow-up</source>
        <translation>შემდგომი კონტაქტის ჩაწერა</translation>
    </message>
    <message>
        <source>What the guest said</source>
        <translation>რა თქვა სტუმარმა</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>არ გვიკითხავს</translation>
    </message>
    <message>
        <source>1 – very unhappy</source>
        <translation>1 – ძალიან უკმაყოფილო</translation>
    </message>
    <message>
        <source>2 – unhappy</source>
        <translation>2 – უკმაყოფილო</translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation>3 – ნეიტრალური</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – კმაყოფილი</translation>
    </message>
    <message>
        <source>5 – delighted</source>
        <translation>5 – აღფრთოვანებული</translation>
    </message>
    <message>
        <source>&amp;Contacted by:</source>
        <translation>&amp;დაკავშირების გზა:</translation>
    </message>
    <message>
        <source>Guest&apos;s &amp;reaction:</source>
        <translation>სტუმრის &amp;რეაქცია:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;კმაყოფილება:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;შედეგი:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GlobalSearch</name>
    <message>
        <source>Search guests, phones, e-mails, rooms, complaints… (Ctrl+K)</source>
        <translation>მოძებნეთ სტუმრები, ტელეფონები, ელფოსტა, ოთახები, საჩივრები… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ძიება</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>ძიების შედეგები</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Try part of a name in any script, a phone number, an e-mail, a room or a booking reference.</source>
        <translation>„%1“ ვერ მოიძებნა. სცადეთ სახელის ნაწილი ნებისმიერი დამწერლობით, ტელეფონის ნომერი, ელფოსტა, ოთახი ან ჯავშნის ნომერი.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestCommands</name>
    <message>
        <source>Edit guest</source>
        <translation>სტუმრის რედაქტირება</translation>
    </message>
    <message>
        <source>Confirm preference</source>
        <translation>სურვილის დადასტურება</translation>
    </message>
    <message>
        <source>Add preference</source>
        <translation>სურვილის დამატება</translation>
    </message>
    <message>
        <source>Edit preference</source>
        <translation>სურვილის რედაქტირება</translation>
    </message>
    <message>
        <source>Remove preference</source>
        <translation>სურვილის წაშლა</translation>
    </message>
    <message>
        <source>Edit stay</source>
        <translation>ვიზიტის რედაქტირება</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestEditDialog</name>
    <message>
        <source>P&amp;ress</source>
        <translation>&amp;პრესა</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>მარკეტინგი</translation>
    </message>
    <message>
        <source>New Guest</source>
        <translation>ახალი სტუმარი</translation>
    </message>
    <message>
        <source>Edit Guest — %1</source>
        <translation>სტუმრის რედაქტირება — %1</translation>
    </message>
    <message>
        <source>Filled in from the native name</source>
        <translation>ივსება ორიგინალური სახელიდან</translation>
    </message>
    <message>
        <source>name@example.com, separate several with commas</source>
        <translation>name@example.com, რამდენიმე გამოყავით მძიმით</translation>
    </message>
    <message>
        <source>+374 91 234567 or a local number</source>
        <translation>+374 91 234567 ან ადგილობრივი ნომერი</translation>
    </message>
    <message>
        <source>e.g. wedding, cyclist</source>
        <translation>მაგ. ქორწილი, ველოსიპედისტი</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>უცნობია</translation>
    </message>
    <message>
        <source>None</source>
        <translation>არ არის</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;სახელი:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;გვარი:</translation>
    </message>
    <message>
        <source>Given name (&amp;Latin):</source>
        <translation>სახელი (&amp;ლათინურად):</translation>
    </message>
    <message>
        <source>Family name (L&amp;atin):</source>
        <translation>გვარი (ლ&amp;ათინურად):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;ელფოსტა:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;ტელეფონი:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;იარლიყები:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>ე&amp;ნა:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>მ&amp;ოქალაქეობა:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;დაბადების დღე:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;ქალაქი:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>ქ&amp;ვეყანა:</translation>
    </message>
    <message>
        <source>&amp;VIP level:</source>
        <translation>&amp;VIP დონე:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;წყარო:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>ნიშნები:</translation>
    </message>
    <message>
        <source>The guest agrees to be contacted by</source>
        <translation>სტუმრის თანხმობა დაკავშირებაზე</translation>
    </message>
    <message>
        <source>Bloc&amp;ked</source>
        <translation>და&amp;ბლოკილი</translation>
    </message>
    <message>
        <source>Type to search, e.g. Armenian</source>
        <translation>აკრიფეთ საძიებლად, მაგ. სომხური</translation>
    </message>
    <message>
        <source>Type to search, e.g. Armenia</source>
        <translation>აკრიფეთ საძიებლად, მაგ. სომხეთი</translation>
    </message>
    <message>
        <source>Type to search, e.g. Georgia</source>
        <translation>აკრიფეთ საძიებლად, მაგ. საქართველო</translation>
    </message>
    <message>
        <source>Salutati&amp;on:</source>
        <translation>&amp;მიმართვა:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;კომპანია:</translation>
    </message>
    <message>
        <source>Reason blocke&amp;d:</source>
        <translation>დაბლოკვის მი&amp;ზეზი:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestFeedbackTab</name>
    <message>
        <source>No feedback from this guest yet. Record it on the Feedback page.</source>
        <translation>ამ სტუმრისგან გამოხმაურება ჯერ არ არის. ჩაწერეთ ის გვერდზე „გამოხმაურება“.</translation>
    </message>
    <message>
        <source>Guest&apos;s feedback</source>
        <translation>სტუმრის გამოხმაურება</translation>
    </message>
    <message>
        <source>Correct Analysis…</source>
        <translation>ანალიზის შესწორება…</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestMixChart</name>
    <message>
        <source>Not recorded</source>
        <translation>მითითებული არ არის</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>სხვა</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>სტუმრები</translation>
    </message>
    <message>
        <source>%1 — guests: %2 (%3)</source>
        <translation>%1 — სტუმრები: %2 (%3)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>წყარო</translation>
    </message>
    <message>
        <source>Share of guests</source>
        <translation>სტუმრების წილი</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestPicker</name>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>სახელი, ტელეფონი ან ელფოსტა</translation>
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
        <translation>უკან</translation>
    </message>
    <message>
        <source>Add &amp;Preference…</source>
        <translation>სურვ&amp;ილის დამატება…</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>წინა გვერდზე დაბრუნება (%1)</translation>
    </message>
    <message>
        <source>Edit this guest (Ctrl+E)</source>
        <translation>ამ სტუმრის რედაქტირება (Ctrl+E)</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>სტუმრის სახელი</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>სახელი ლათინურად</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>კონტაქტები</translation>
    </message>
    <message>
        <source>P&amp;references</source>
        <translation>სურვი&amp;ლები</translation>
    </message>
    <message>
        <source>&amp;Stays</source>
        <translation>&amp;ვიზიტები</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>დაბლოკილი</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>პრესა</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>დაარქივებული</translation>
    </message>
    <message>
        <source>No contact details yet — Edit to add an e-mail or phone.</source>
        <translation>საკონტაქტო მონაცემები ჯერ არ არის — ელფოსტის ან ტელეფონის დასამატებლად გამოიყენეთ „რედაქტირება“.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>რ&amp;ედაქტირება…</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;მიმოხილვა</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>ისტ&amp;ორია</translation>
    </message>
    <message>
        <source>&amp;Loyalty</source>
        <translation>დო&amp;ნე და ქულები</translation>
    </message>
    <message>
        <source>%1 · %2 points</source>
        <translation>%1 · %2 ქულა</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestTableModel</name>
    <message>
        <source>Name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>სახელი ორიგინალში</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>ვიზიტები</translation>
    </message>
    <message>
        <source>Last stay</source>
        <translation>ბოლო ვიზიტი</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>იარლიყები</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>დამატებულია</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestTicketsTab</name>
    <message>
        <source>Guest&apos;s complaints</source>
        <translation>სტუმრის საჩივრები</translation>
    </message>
    <message>
        <source>No complaints from this guest. Press %1 to log one.</source>
        <translation>ამ სტუმარს საჩივრები არ აქვს. საჩივრის დასაფიქსირებლად დააჭირეთ %1-ს.</translation>
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
        <translation>გან&amp;მეორებითი</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>და&amp;ბლოკილი</translation>
    </message>
    <message>
        <source>&amp;New Guest…</source>
        <translation>&amp;ახალი სტუმარი…</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>სტუმრები</translation>
    </message>
    <message>
        <source>Filter by name in any script</source>
        <translation>გაფილტრეთ სახელით, ნებისმიერი დამწერლობით</translation>
    </message>
    <message>
        <source>Add a guest (%1)</source>
        <translation>სტუმრის დამატება (%1)</translation>
    </message>
    <message>
        <source>Guest list</source>
        <translation>სტუმრების სია</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>ნებისმიერი იარლიყი</translation>
    </message>
    <message>
        <source>No guest matches these filters. Clear a filter or try another name.</source>
        <translation>ამ ფილტრებს არცერთი სტუმარი არ შეესაბამება. მოხსენით ფილტრი ან სცადეთ სხვა სახელი.</translation>
    </message>
    <message>
        <source>Guests: %1</source>
        <translation>სტუმრები: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;იმპორტი…</translation>
    </message>
    <message>
        <source>Import guests from a CSV file (%1)</source>
        <translation>სტუმრების იმპორტი CSV ფაილიდან (%1)</translation>
    </message>
    <message>
        <source>No guests yet. Press “New Guest…” (%1) to add the first one, or “Import…” (%2) to bring in a guest list saved as CSV.</source>
        <translation>სტუმრები ჯერ არ არის. პირველის დასამატებლად დააჭირეთ „ახალი სტუმარი…“ (%1), ან „იმპორტი…“ (%2), რომ შემოიტანოთ CSV ფორმატში შენახული სტუმრების სია.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>სა&amp;ხელი:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>იარ&amp;ლიყი:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::HandoverDialog</name>
    <message>
        <source>Shift Handover</source>
        <translation>ცვლის გადაბარება</translation>
    </message>
    <message>
        <source> h</source>
        <translation> სთ</translation>
    </message>
    <message>
        <source>Shift &amp;started:</source>
        <translation>ცვლა &amp;დაიწყო:</translation>
    </message>
    <message>
        <source>&amp;Due within:</source>
        <translation>ვადა &amp;მომდევნო:</translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation>გადაბარების ანგარიში</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;ბეჭდვა…</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>ცვლის გადაბარება</translation>
    </message>
    <message>
        <source>Generated %1 · shift started %2 · due soon means within %3</source>
        <translation>შექმნილია %1 · ცვლა დაიწყო %2 · „ვადა ახლოვდება“ ნიშნავს %3-ის ფარგლებში</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>არცერთი.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>სიმძიმე</translation>
    </message>
    <message>
        <source>Guest / room</source>
        <translation>სტუმარი / ოთახი</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>გადაწყდა</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ვადა</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>საჩივარი</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>პასუხისმგებელი</translation>
    </message>
    <message>
        <source>Guest not known</source>
        <translation>სტუმარი უცნობია</translation>
    </message>
    <message>
        <source>, room %1</source>
        <translation>, ოთახი %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>ვადაგადაცილებულია %1-დან</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (%2-ში)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>შეჩერებულია</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ვადაგადაცილებული</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>ვადა ახლოვდება</translation>
    </message>
    <message>
        <source>Other open tickets</source>
        <translation>სხვა ღია საჩივრები</translation>
    </message>
    <message>
        <source>Resolved this shift</source>
        <translation>ამ ცვლაში გადაწყვეტილი</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 შენახულია.</translation>
    </message>
    <message>
        <source>handover-%1.pdf</source>
        <translation>handover-%1.pdf</translation>
    </message>
    <message>
        <source>Save Handover as PDF</source>
        <translation>გადაბარების PDF-ად შენახვა</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ფაილები (*.pdf)</translation>
    </message>
    <message>
        <source>…and %1 more not listed here.</source>
        <translation>…და კიდევ %1, რომელიც აქ არ არის ჩამოთვლილი.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 ვერ ჩაიწერა: %2</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>PD&amp;F-ად შენახვა…</translation>
    </message>
    <message>
        <source>Innkeep</source>
        <translation>Innkeep</translation>
    </message>
    <message>
        <source>Handed over by %1</source>
        <translation>ცვლა გადააბარა: %1</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::HistoryModel</name>
    <message>
        <source>(no staff member)</source>
        <translation>(თანამშრომლის გარეშე)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>როდის</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ვინ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>რა</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>იყო</translation>
    </message>
    <message>
        <source>After</source>
        <translation>გახდა</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::HistoryTab</name>
    <message>
        <source>Change history</source>
        <translation>ცვლილებების ისტორია</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ImportGuestsDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;იმპორტი</translation>
    </message>
    <message>
        <source>Import Guests</source>
        <translation>სტუმრების იმპორტი</translation>
    </message>
    <message>
        <source>&amp;Columns in the file and what they become:</source>
        <translation>ფაილის &amp;სვეტები და მათი შესაბამისი ველები:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>სვეტი ფაილში</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>პირველი სტრიქონი</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>იმპორტირდება როგორც</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>ფაილის სვეტები</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>ფაილში ნაპოვნი პრობლემები</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>სვეტი %1 იმპორტირდეს როგორც</translation>
    </message>
    <message>
        <source>Not a column Innkeep knows: ignored unless you choose a field.</source>
        <translation>Innkeep ამ სვეტს არ იცნობს: იგნორირდება, თუ ველს არ აირჩევთ.</translation>
    </message>
    <message>
        <source>%1 (not recognised)</source>
        <translation>%1 (ამოუცნობი)</translation>
    </message>
    <message>
        <source>Importing… %1 rows so far.</source>
        <translation>იმპორტი… ჯერჯერობით %1 სტრიქონი.</translation>
    </message>
    <message>
        <source>Checking every row… %1 so far.</source>
        <translation>ყველა სტრიქონის შემოწმება… ჯერჯერობით %1.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>სტრიქონი %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>შემოწმება შეწყდა.</translation>
    </message>
    <message>
        <source>The import was stopped; no guest was added. Press Import to start again.</source>
        <translation>იმპორტი შეწყდა; არცერთი სტუმარი არ დამატებულა. თავიდან დასაწყებად დააჭირეთ „იმპორტს“.</translation>
    </message>
    <message>
        <source>The file cannot be read:</source>
        <translation>ფაილის წაკითხვა შეუძლებელია:</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>არაფერი იმპორტირდა:</translation>
    </message>
    <message>
        <source>More than %1 problems must be fixed in the file before it can be imported; the first %1 are listed:</source>
        <translation>იმპორტამდე ფაილში %1-ზე მეტი პრობლემა უნდა გამოსწორდეს; ჩამოთვლილია პირველი %1:</translation>
    </message>
    <message>
        <source>The file has no guests in it.</source>
        <translation>ფაილში სტუმრები არ არის.</translation>
    </message>
    <message>
        <source>1 guest is ready to import.</source>
        <translation>1 სტუმარი მზადაა იმპორტისთვის.</translation>
    </message>
    <message>
        <source>%1 guests are ready to import.</source>
        <translation>%1 სტუმარი მზადაა იმპორტისთვის.</translation>
    </message>
    <message>
        <source>1 guest was imported.</source>
        <translation>იმპორტირდა 1 სტუმარი.</translation>
    </message>
    <message>
        <source>%1 guests were imported.</source>
        <translation>იმპორტირდა %1 სტუმარი.</translation>
    </message>
    <message>
        <source>&amp;Import 1 Guest</source>
        <translation>1 სტუმრის &amp;იმპორტი</translation>
    </message>
    <message>
        <source>&amp;Import %1 Guests</source>
        <translation>%1 სტუმრის &amp;იმპორტი</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;შეჩერება</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;დახურვა</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>ყველა სტრიქონის შემოწმება…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>იმპორტი…</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>სტრიქონის გამოტოვება</translation>
    </message>
    <message>
        <source>Merge it into the stored guest (fill empty fields, add contacts and notes)</source>
        <translation>არსებულ სტუმართან გაერთიანება (ცარიელი ველების შევსება, კონტაქტებისა და შენიშვნების დამატება)</translation>
    </message>
    <message>
        <source>Add it as a new guest anyway</source>
        <translation>მაინც დამატება ახალ სტუმრად</translation>
    </message>
    <message>
        <source>%1 merged into guests already stored.</source>
        <translation>უკვე არსებულ სტუმრებთან გაერთიანდა %1 სტრიქონი.</translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>წაუკითხავი სვეტები: %1.</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and save them to a file to fix</source>
        <translation>პრობლემური სტრიქონების &amp;გამოტოვება და ფაილში შენახვა გასასწორებლად</translation>
    </message>
    <message>
        <source>%1-rows-left-out.csv</source>
        <comment>the file name of an import&apos;s rejected rows</comment>
        <translation>%1-rows-left-out.csv</translation>
    </message>
    <message>
        <source>Save the Rows Left Out</source>
        <translation>გამოტოვებული სტრიქონების შენახვა</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ფაილები (*.csv)</translation>
    </message>
    <message>
        <source>%1 guest(s) are ready to import; %2 row(s) with the problems below will be left out and saved to a file you choose, to fix and import again.</source>
        <translation>%1 სტუმარი მზადაა შემოსატანად; ქვემოთ მოცემული პრობლემების მქონე %2 სტრიქონი გამოტოვდება და შეინახება თქვენ მიერ არჩეულ ფაილში, რომ გაასწოროთ და ხელახლა შემოიტანოთ.</translation>
    </message>
    <message>
        <source>%1 row(s) left out, saved to %2.</source>
        <translation>%1 სტრიქონი გამოტოვდა და შეინახა აქ: %2.</translation>
    </message>
    <message>
        <source>&amp;Keep phone numbers that cannot be dialled in a note instead of refusing the row</source>
        <translation>&amp;ტელეფონის ნომრების შენახვა შენიშვნაში, თუ მათზე დარეკვა შეუძლებელია, სტრიქონის უარყოფის ნაცვლად</translation>
    </message>
    <message>
        <source>A number no country gives out, such as +1 123 456 7890, is not stored as a phone number; with this it is kept, as written, in a note.</source>
        <translation>ნომერი, რომელსაც არცერთი ქვეყანა არ გასცემს, მაგ. +1 123 456 7890, ტელეფონის ნომრად არ ინახება; ამ პარამეტრით ის შენიშვნაში შეინახება ისე, როგორც ჩაწერილია.</translation>
    </message>
    <message>
        <source>&amp;Reload File</source>
        <translation>ფაილის &amp;ხელახლა ჩატვირთვა</translation>
    </message>
    <message>
        <source>&amp;When a row is a guest already stored:</source>
        <translation>&amp;როცა სტრიქონი უკვე არსებული სტუმარია:</translation>
    </message>
    <message>
        <source>A row is a stored guest when it has the same profile id from the program the file comes from, the same e-mail or phone, or the same name and birthday. Importing the same file again adds no one twice.</source>
        <translation>სტრიქონი არსებულ სტუმრად ითვლება, თუ მას აქვს იგივე პროფილის ID იმ პროგრამიდან, საიდანაც ფაილია მიღებული, იგივე ელფოსტა ან ტელეფონი, ან იგივე სახელი და დაბადების დღე. იმავე ფაილის ხელახალი იმპორტისას არავინ დაემატება ორჯერ.</translation>
    </message>
    <message>
        <source>&amp;Dates in the file:</source>
        <translation>&amp;თარიღები ფაილში:</translation>
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation>ტექსტის &amp;კოდირება:</translation>
    </message>
    <message>
        <source>Double-click a problem to correct its cell here; the file itself is not changed.</source>
        <translation>ორჯერ დააწკაპუნეთ პრობლემაზე, რომ მისი უჯრა აქვე შეასწოროთ; თავად ფაილი არ იცვლება.</translation>
    </message>
    <message>
        <source>Corr&amp;ect the Cell…</source>
        <translation>&amp;უჯრის შესწორება…</translation>
    </message>
    <message>
        <source>Type the right value for the cell of the chosen problem; the file itself is not changed, and every row is checked again.</source>
        <translation>შეიყვანეთ არჩეული პრობლემის უჯრის სწორი მნიშვნელობა; თავად ფაილი არ იცვლება, ყველა სტრიქონი კი ხელახლა მოწმდება.</translation>
    </message>
    <message>
        <source>Read the file again after changing it elsewhere, keeping the choices made here.</source>
        <translation>ფაილის ხელახლა წაკითხვა მისი სხვაგან შეცვლის შემდეგ; აქ გაკეთებული არჩევანი შენარჩუნდება.</translation>
    </message>
    <message>
        <source>An export of %1: its columns are read as that program means them.</source>
        <translation>ექსპორტი — %1: სვეტები იმ მნიშვნელობით იკითხება, რაც მათ ამ პროგრამაში აქვთ.</translation>
    </message>
    <message>
        <source>Each row becomes a guest. Rows with problems are left out and saved to a file to fix; the others are added.</source>
        <translation>თითოეული სტრიქონი ცალკე სტუმარი ხდება. პრობლემური სტრიქონები გამოტოვდება და გასასწორებლად ფაილში შეინახება; დანარჩენები დაემატება.</translation>
    </message>
    <message>
        <source>Each row becomes a guest. Nothing is added unless every row can be.</source>
        <translation>თითოეული სტრიქონი ცალკე სტუმარი ხდება. თუ ერთი სტრიქონის დამატებაც ვერ ხერხდება, არაფერი დაემატება.</translation>
    </message>
    <message>
        <source>This problem is not in one cell; correct it in the file and press Reload File.</source>
        <translation>ეს პრობლემა ერთ უჯრაში არ არის; გაასწორეთ ის ფაილში და დააჭირეთ „ფაილის ხელახლა ჩატვირთვას“.</translation>
    </message>
    <message>
        <source>Correct a Cell</source>
        <translation>უჯრის შესწორება</translation>
    </message>
    <message>
        <source>%1

Line %2, column “%3”:</source>
        <translation>%1

სტრიქონი %2, სვეტი „%3“:</translation>
    </message>
    <message>
        <source>1 problem must be fixed before the file can be imported; double-click it to correct its cell here, or fix the file and press Reload File:</source>
        <translation>იმპორტამდე 1 პრობლემა უნდა გამოსწორდეს; ორჯერ დააწკაპუნეთ მასზე, რომ უჯრა აქვე შეასწოროთ, ან გაასწორეთ ფაილი და დააჭირეთ „ფაილის ხელახლა ჩატვირთვას“:</translation>
    </message>
    <message>
        <source>%1 problems must be fixed before the file can be imported; double-click one to correct its cell here, or fix the file and press Reload File:</source>
        <translation>იმპორტამდე %1 პრობლემა უნდა გამოსწორდეს; ორჯერ დააწკაპუნეთ რომელიმეზე, რომ მისი უჯრა აქვე შეასწოროთ, ან გაასწორეთ ფაილი და დააჭირეთ „ფაილის ხელახლა ჩატვირთვას“:</translation>
    </message>
    <message>
        <source>Every guest in the file is stored already: %1 row(s) would be skipped, %2 merged.</source>
        <translation>ფაილის ყველა სტუმარი უკვე არსებობს: %1 სტრიქონი გამოტოვდება, %2 — გაერთიანდება.</translation>
    </message>
    <message>
        <source>%1 row(s) are guests already stored and will be skipped.</source>
        <translation>%1 სტრიქონი უკვე არსებულ სტუმრებს ეკუთვნის და გამოტოვდება.</translation>
    </message>
    <message>
        <source>%1 row(s) are guests already stored and will be merged into them.</source>
        <translation>%1 სტრიქონი უკვე არსებულ სტუმრებს ეკუთვნის და მათთან გაერთიანდება.</translation>
    </message>
    <message>
        <source>Cells corrected here: %1 (the file itself is not changed).</source>
        <translation>აქ შესწორებული უჯრები: %1 (თავად ფაილი არ შეცვლილა).</translation>
    </message>
    <message>
        <source>%1 row(s) of guests already stored skipped.</source>
        <translation>უკვე არსებული სტუმრების %1 სტრიქონი გამოტოვდა.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ImportRecordsDialog</name>
    <message>
        <source>C&amp;olumns in the file and what they become:</source>
        <translation>ფაილის &amp;სვეტები და მათი შესაბამისი ველები:</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and save them to a file to fix</source>
        <translation>პრობლემური სტრიქონების &amp;გამოტოვება და ფაილში შენახვა გასასწორებლად</translation>
    </message>
    <message>
        <source>Reload &amp;File</source>
        <translation>ფაილის &amp;ხელახლა ჩატვირთვა</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;იმპორტი</translation>
    </message>
    <message>
        <source>Import Stays</source>
        <translation>ვიზიტების იმპორტი</translation>
    </message>
    <message>
        <source>Import Feedback</source>
        <translation>გამოხმაურებების იმპორტი</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>სვეტი ფაილში</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>პირველი სტრიქონი</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>იმპორტირდება როგორც</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>ფაილის სვეტები</translation>
    </message>
    <message>
        <source>&amp;Dates in the file:</source>
        <translation>&amp;თარიღები ფაილში:</translation>
    </message>
    <message>
        <source>&amp;Ratings written as plain numbers are:</source>
        <translation>მხოლოდ &amp;რიცხვით ჩაწერილი შეფასებები:</translation>
    </message>
    <message>
        <source>As written in the file (4/5, 8/10, nps:9, or a scale column)</source>
        <translation>როგორც ფაილშია ჩაწერილი (4/5, 8/10, nps:9 ან შკალის სვეტი)</translation>
    </message>
    <message>
        <source>On a scale of 1 to 5</source>
        <translation>1-დან 5-მდე შკალით</translation>
    </message>
    <message>
        <source>On a scale of 1 to 10</source>
        <translation>1-დან 10-მდე შკალით</translation>
    </message>
    <message>
        <source>Net Promoter Score, 0 to 10</source>
        <translation>ლოიალობის ინდექსი (NPS), 0-დან 10-მდე</translation>
    </message>
    <message>
        <source>A rating written as a bare number, such as 4 or 8.5, needs its scale unless the file has a column saying it.</source>
        <translation>მხოლოდ რიცხვით ჩაწერილ შეფასებას, მაგ. 4 ან 8.5, შკალა უნდა მიეთითოს, თუ ფაილში შკალის სვეტი არ არის.</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>ფაილში ნაპოვნი პრობლემები</translation>
    </message>
    <message>
        <source>Read the file again after changing it elsewhere, keeping the choices made here.</source>
        <translation>ფაილის ხელახლა წაკითხვა მისი სხვაგან შეცვლის შემდეგ; აქ გაკეთებული არჩევანი შენარჩუნდება.</translation>
    </message>
    <message>
        <source>1 stay</source>
        <translation>1 ვიზიტი</translation>
    </message>
    <message>
        <source>%1 stays</source>
        <translation>%1 ვიზიტი</translation>
    </message>
    <message>
        <source>1 feedback entry</source>
        <translation>1 გამოხმაურება</translation>
    </message>
    <message>
        <source>%1 feedback entries</source>
        <translation>%1 გამოხმაურება</translation>
    </message>
    <message>
        <source>Each row becomes a stay of a guest already stored, found by profile id, e-mail or name: import the guests first. A stay stored already is skipped.</source>
        <translation>თითოეული სტრიქონი უკვე არსებული სტუმრის ვიზიტი ხდება; სტუმარი მოიძებნება პროფილის ID-ის, ელფოსტის ან სახელის მიხედვით, ამიტომ ჯერ სტუმრები დააიმპორტეთ. უკვე არსებული ვიზიტი გამოტოვდება.</translation>
    </message>
    <message>
        <source>Each row becomes a feedback entry, read as feedback typed at the desk, and belongs to the stored guest with its e-mail or profile id, if there is one. An entry stored already is skipped.</source>
        <translation>თითოეული სტრიქონი გამოხმაურება ხდება, რომელიც ისევე მუშავდება, როგორც რეცეფციაზე შეყვანილი გამოხმაურება, და მიებმება იმავე ელფოსტის ან პროფილის ID-ის მქონე არსებულ სტუმარს, თუ ასეთი არსებობს. უკვე არსებული ჩანაწერი გამოტოვდება.</translation>
    </message>
    <message>
        <source>Rows with problems are left out and saved to a file to fix; the others are added.</source>
        <translation>პრობლემური სტრიქონები გამოტოვდება და გასასწორებლად ფაილში შეინახება; დანარჩენები დაემატება.</translation>
    </message>
    <message>
        <source>Nothing is added unless every row can be.</source>
        <translation>თუ ერთი სტრიქონის დამატებაც ვერ ხერხდება, არაფერი დაემატება.</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>სვეტი %1 იმპორტირდეს როგორც</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>ამ სვეტის იგნორირება</translation>
    </message>
    <message>
        <source>%1 (not recognised)</source>
        <translation>%1 (ამოუცნობი)</translation>
    </message>
    <message>
        <source>%1-rows-left-out.csv</source>
        <comment>the file name of an import&apos;s rejected rows</comment>
        <translation>%1-rows-left-out.csv</translation>
    </message>
    <message>
        <source>Save the Rows Left Out</source>
        <translation>გამოტოვებული სტრიქონების შენახვა</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ფაილები (*.csv)</translation>
    </message>
    <message>
        <source>Importing… %1 rows so far.</source>
        <translation>იმპორტი… ჯერჯერობით %1 სტრიქონი.</translation>
    </message>
    <message>
        <source>Checking every row… %1 so far.</source>
        <translation>ყველა სტრიქონის შემოწმება… ჯერჯერობით %1.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>სტრიქონი %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>შემოწმება შეწყდა.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was added. Press Import to start again.</source>
        <translation>იმპორტი შეწყდა; არაფერი დამატებულა. თავიდან დასაწყებად დააჭირეთ „იმპორტს“.</translation>
    </message>
    <message>
        <source>The file cannot be imported:</source>
        <translation>ფაილის იმპორტი შეუძლებელია:</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>არაფერი იმპორტირდა:</translation>
    </message>
    <message>
        <source>%1 imported.</source>
        <translation>იმპორტირდა %1.</translation>
    </message>
    <message>
        <source>%1 row(s) skipped as already stored.</source>
        <translation>გამოტოვდა უკვე არსებული %1 სტრიქონი.</translation>
    </message>
    <message>
        <source>%1 row(s) with problems left out, saved to %2.</source>
        <translation>პრობლემური %1 სტრიქონი გამოტოვდა და შეინახა აქ: %2.</translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>წაუკითხავი სვეტები: %1.</translation>
    </message>
    <message>
        <source>%1 ready to import; %2 row(s) with the problems below will be left out and saved to a file you choose, to fix and import again.</source>
        <translation>იმპორტისთვის მზადაა %1; ქვემოთ მოცემული პრობლემების მქონე %2 სტრიქონი გამოტოვდება და შეინახება თქვენ მიერ არჩეულ ფაილში, რომ გაასწოროთ და ხელახლა შემოიტანოთ.</translation>
    </message>
    <message>
        <source>More than %1 problems must be fixed in the file before it can be imported; the first %1 are listed:</source>
        <translation>იმპორტამდე ფაილში %1-ზე მეტი პრობლემა უნდა გამოსწორდეს; ჩამოთვლილია პირველი %1:</translation>
    </message>
    <message>
        <source>1 problem must be fixed before the file can be imported; fix the file and press Reload File, or leave the row out:</source>
        <translation>იმპორტამდე 1 პრობლემა უნდა გამოსწორდეს; გაასწორეთ ფაილი და დააჭირეთ „ფაილის ხელახლა ჩატვირთვას“, ან გამოტოვეთ ეს სტრიქონი:</translation>
    </message>
    <message>
        <source>%1 problems must be fixed before the file can be imported; fix the file and press Reload File, or leave those rows out:</source>
        <translation>იმპორტამდე %1 პრობლემა უნდა გამოსწორდეს; გაასწორეთ ფაილი და დააჭირეთ „ფაილის ხელახლა ჩატვირთვას“, ან გამოტოვეთ ეს სტრიქონები:</translation>
    </message>
    <message>
        <source>Every row is stored already: %1 row(s) would be skipped, nothing added.</source>
        <translation>ყველა სტრიქონი უკვე არსებობს: %1 სტრიქონი გამოტოვდება, არაფერი დაემატება.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>ფაილში იმპორტისთვის სტრიქონები არ არის.</translation>
    </message>
    <message>
        <source>%1 ready to import.</source>
        <translation>იმპორტისთვის მზადაა %1.</translation>
    </message>
    <message>
        <source>%1 row(s) are stored already and will be skipped.</source>
        <translation>%1 სტრიქონი უკვე არსებობს და გამოტოვდება.</translation>
    </message>
    <message>
        <source>&amp;Import 1 Stay</source>
        <translation>1 ვიზიტის &amp;იმპორტი</translation>
    </message>
    <message>
        <source>&amp;Import %1 Stays</source>
        <translation>%1 ვიზიტის &amp;იმპორტი</translation>
    </message>
    <message>
        <source>&amp;Import 1 Feedback Entry</source>
        <translation>1 გამოხმაურების &amp;იმპორტი</translation>
    </message>
    <message>
        <source>&amp;Import %1 Feedback Entries</source>
        <translation>%1 გამოხმაურების &amp;იმპორტი</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;შეჩერება</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;დახურვა</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>ყველა სტრიქონის შემოწმება…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>იმპორტი…</translation>
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation>ტექსტის &amp;კოდირება:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::InsightListModel</name>
    <message>
        <source>Guest</source>
        <translation>სტუმარი</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>მოქალაქეობა</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>ვიზიტები</translation>
    </message>
    <message>
        <source>Last arrival</source>
        <translation>ბოლო ჩამოსვლა</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>ჩამოსვლა</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>გამგზავრება</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ნომერი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>შემოსავალი</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>დარეგისტრირდა</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>სიმძიმე</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>შედეგი</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>საჩივარი</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>მიღებულია</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>შეფასება</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>გამოხმაურება</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>შეფასების გარეშე</translation>
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
        <translation>აღდგენილი</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>დაკარგული</translation>
    </message>
    <message>
        <source>No guest</source>
        <translation>სტუმრის გარეშე</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ანონიმური</translation>
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
        <translation>შეფასებები: %1</translation>
    </message>
    <message>
        <source>entries analysed: %1</source>
        <translation>გაანალიზებული ჩანაწერები: %1</translation>
    </message>
    <message>
        <source>answers: %1</source>
        <translation>პასუხები: %1</translation>
    </message>
    <message>
        <source>tickets: %1</source>
        <translation>საჩივრები: %1</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>საშუალო შეფასება</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>შეფასებები</translation>
    </message>
    <message>
        <source>Average sentiment</source>
        <translation>საშუალო განწყობა</translation>
    </message>
    <message>
        <source>Entries analysed</source>
        <translation>გაანალიზებული ჩანაწერები</translation>
    </message>
    <message>
        <source>Rating (0–10)</source>
        <translation>შეფასება (0–10)</translation>
    </message>
    <message>
        <source>Sentiment (−1 to 1)</source>
        <translation>განწყობა (−1-დან 1-მდე)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS პასუხები</translation>
    </message>
    <message>
        <source>NPS (−100 to 100)</source>
        <translation>NPS (−100-დან 100-მდე)</translation>
    </message>
    <message>
        <source>Acknowledged in time</source>
        <translation>დროულად დადასტურებული</translation>
    </message>
    <message>
        <source>Tickets due to be acknowledged</source>
        <translation>დასადასტურებელი საჩივრები</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>დროულად გადაწყვეტილი</translation>
    </message>
    <message>
        <source>Tickets due to be resolved</source>
        <translation>გადასაწყვეტი საჩივრები</translation>
    </message>
    <message>
        <source>In time (%)</source>
        <translation>დროულად (%)</translation>
    </message>
    <message>
        <source>Rating and sentiment by month</source>
        <translation>შეფასება და განწყობა თვეების მიხედვით</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>NPS თვეების მიხედვით</translation>
    </message>
    <message>
        <source>Complaints by category and month</source>
        <translation>საჩივრები კატეგორიებისა და თვეების მიხედვით</translation>
    </message>
    <message>
        <source>SLA compliance by month</source>
        <translation>SLA-ის დაცვა თვეების მიხედვით</translation>
    </message>
    <message>
        <source>Guests coming back, by month of first stay (months since that stay)</source>
        <translation>დაბრუნებული სტუმრები პირველი ვიზიტის თვის მიხედვით (თვეები ამ ვიზიტიდან)</translation>
    </message>
    <message>
        <source>Topics guests wrote about</source>
        <translation>თემები, რომლებზეც სტუმრებმა დაწერეს</translation>
    </message>
    <message>
        <source>Guests by country</source>
        <translation>სტუმრები ქვეყნების მიხედვით</translation>
    </message>
    <message>
        <source>Guests by language</source>
        <translation>სტუმრები ენების მიხედვით</translation>
    </message>
    <message>
        <source>Guests by booking source</source>
        <translation>სტუმრები დაჯავშნის წყაროს მიხედვით</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::InsightsComputation</name>
    <message>
        <source>the insights figures</source>
        <translation>ანალიტიკის მაჩვენებლები</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::InsightsPage</name>
    <message>
        <source>&amp;VIP guests only</source>
        <translation>მხოლოდ &amp;VIP სტუმრები</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>გამოთვლა…</translation>
    </message>
    <message>
        <source>E&amp;xport tables as CSV…</source>
        <translation>&amp;ცხრილების ექსპორტი CSV-ში…</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>ანალიტიკა</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>ეს თვე</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>წინა თვე</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>ბოლო 30 დღე</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>ეს კვარტალი</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>ეს წელი</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>თარიღების არჩევა</translation>
    </message>
    <message>
        <source>From</source>
        <translation>დან</translation>
    </message>
    <message>
        <source>To</source>
        <translation>მდე</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>ყველა არხი</translation>
    </message>
    <message>
        <source>Feedback from this channel only (stays and tickets are not filtered by it)</source>
        <translation>მხოლოდ ამ არხიდან მიღებული გამოხმაურება (ვიზიტები და საჩივრები მის მიხედვით არ იფილტრება)</translation>
    </message>
    <message>
        <source>All nationalities</source>
        <translation>ყველა მოქალაქეობა</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>ყველა ენა</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>ყველა წყარო</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;პერიოდი:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;მოქალაქეობა:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;ენა:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;წყარო:</translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last day: choose the dates again.</source>
        <translation>პერიოდის პირველი დღე ბოლო დღეზე გვიანაა: აირჩიეთ თარიღები ხელახლა.</translation>
    </message>
    <message>
        <source>%1, compared with %2 and with %3</source>
        <translation>%1, შედარება: %2 და %3</translation>
    </message>
    <message>
        <source>Last computed in %1 ms</source>
        <translation>ბოლო გამოთვლა: %1 მწმ</translation>
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
        <translation>საჩივრები</translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation>საჩივრები: %1</translation>
    </message>
    <message>
        <source>Guests whose first stay began in %1</source>
        <translation>სტუმრები, რომელთა პირველი ვიზიტი დაიწყო: %1</translation>
    </message>
    <message>
        <source>%1; came back within months: %2</source>
        <translation>%1; დაბრუნდნენ თვეებში: %2</translation>
    </message>
    <message>
        <source>Guests with nothing recorded here</source>
        <translation>სტუმრები, რომელთათვისაც აქ არაფერია ჩაწერილი</translation>
    </message>
    <message>
        <source>Guests: %1</source>
        <translation>სტუმრები: %1</translation>
    </message>
    <message>
        <source>Feedback about %1</source>
        <translation>გამოხმაურება თემაზე: %1</translation>
    </message>
    <message>
        <source>Export Tables as CSV</source>
        <translation>ცხრილების ექსპორტი CSV-ში</translation>
    </message>
    <message>
        <source>Tables saved as CSV in %1 (files: %2).</source>
        <translation>ცხრილები შენახულია CSV-ში: %1 (ფაილები: %2).</translation>
    </message>
    <message>
        <source>Save &amp;report as PDF…</source>
        <translation>&amp;ანგარიშის შენახვა PDF-ად…</translation>
    </message>
    <message>
        <source>The monthly report as a PDF for the period shown, for the whole venue: key figures with changes, twelve-month charts, complaints, topics, guest mix and every formula.</source>
        <translation>ყოველთვიური ანგარიში PDF-ად ნაჩვენები პერიოდისთვის, მთელი სასტუმროსთვის: ძირითადი მაჩვენებლები ცვლილებებით, თორმეტი თვის დიაგრამები, საჩივრები, თემები, სტუმრების შემადგენლობა და ყველა ფორმულა.</translation>
    </message>
    <message>
        <source>insights-%1-%2.pdf</source>
        <translation>insights-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>ანგარიშის შენახვა PDF-ად</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ფაილები (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>ანგარიში შენახულია: %1.</translation>
    </message>
    <message>
        <source>Insights: key figures and charts</source>
        <translation>ანალიტიკა: ძირითადი მაჩვენებლები და დიაგრამები</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>არ&amp;ხი:</translation>
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
        <translation>ბოლო %1 თვე</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::KpiTile</name>
    <message>
        <source>vs previous</source>
        <translation>წინასთან შედარებით</translation>
    </message>
    <message>
        <source>vs year before</source>
        <translation>შარშანდელთან შედარებით</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 · provisional</source>
        <translation>%1 · წინასწარი</translation>
    </message>
    <message>
        <source>Counted over: %1.</source>
        <translation>დათვლის საფუძველი: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>წინა პერიოდი</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>წინა წელი</translation>
    </message>
    <message>
        <source>Per currency: %1</source>
        <translation>ვალუტების მიხედვით: %1</translation>
    </message>
    <message>
        <source>Press Enter to see the records behind the number.</source>
        <translation>დააჭირეთ Enter-ს მაჩვენებლის საფუძვლად არსებული ჩანაწერების სანახავად.</translation>
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
        <translation>გასაღები</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>მნიშვნელობა</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>დათვლილი</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>წინა პერიოდი</translation>
    </message>
    <message>
        <source>Change vs previous</source>
        <translation>ცვლილება წინასთან შედარებით</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>წინა წელი</translation>
    </message>
    <message>
        <source>Change vs year before</source>
        <translation>ცვლილება შარშანდელთან შედარებით</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>ფორმულა</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (წინასწარი)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::LogComplaintDialog</name>
    <message>
        <source>Log a Complaint</source>
        <translation>საჩივრის დაფიქსირება</translation>
    </message>
    <message>
        <source>e.g. 204</source>
        <translation>მაგ. 204</translation>
    </message>
    <message>
        <source>What happened, in the guest&apos;s words</source>
        <translation>რა მოხდა, სტუმრის სიტყვებით</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;სტუმარი:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;ოთახი:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;კატეგორია:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>სი&amp;მძიმე:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;აღწერა:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;შენახვა</translation>
    </message>
    <message>
        <source>No guest: give the room instead.</source>
        <translation>სტუმრის გარეშე: მიუთითეთ ოთახი.</translation>
    </message>
    <message>
        <source>No guest matches; give the room.</source>
        <translation>სტუმარი ვერ მოიძებნა; მიუთითეთ ოთახი.</translation>
    </message>
    <message>
        <source>Logs against %1</source>
        <translation>მიეკუთვნება: %1</translation>
    </message>
    <message>
        <source>Type a few letters of the name, or leave empty and give the room.</source>
        <translation>აკრიფეთ სახელის რამდენიმე ასო, ან დატოვეთ ცარიელი და მიუთითეთ ოთახი.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>სიმძიმე</translation>
    </message>
    <message>
        <source>In room %1 today: logs against %2</source>
        <translation>დღეს %1 ოთახშია %2: საჩივარი მას მიეკუთვნება</translation>
    </message>
    <message>
        <source>Room %1 has %2 today: choose the guest.</source>
        <translation>დღეს %1 ოთახში არიან %2: აირჩიეთ სტუმარი.</translation>
    </message>
    <message>
        <source>Nobody is in room %1 today; the complaint is logged against the room.</source>
        <translation>დღეს %1 ოთახში არავინაა; საჩივარი ოთახს მიეკუთვნება.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::LoyaltyTab</name>
    <message>
        <source>Ad&amp;just Points…</source>
        <translation>ქულების &amp;კორექტირება…</translation>
    </message>
    <message>
        <source>Re&amp;deem Points…</source>
        <translation>ქულების გამო&amp;ყენება…</translation>
    </message>
    <message>
        <source>&amp;Undo Entry…</source>
        <translation>&amp;ჩანაწერის გაუქმება…</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>ლოიალობის დონე</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>ქულების ბალანსი</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>თარიღი</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>ჩანაწერი</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ქულები</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>მიზეზი</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ვინ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ვადა გასდის</translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation>ქულების ჟურნალი</translation>
    </message>
    <message>
        <source>No points yet. A checked-out stay earns points once the venue sets its earning rules (Settings, or innkeep-cli settings set loyalty.points_per_night); Adjust Points… gives points by hand.</source>
        <translation>ქულები ჯერ არ არის. დასრულებული (check-out) ვიზიტი ქულებს მოიტანს, როგორც კი სასტუმრო დარიცხვის წესებს დააწესებს (პარამეტრები ან innkeep-cli settings set loyalty.points_per_night); „ქულების კორექტირება…“ ქულებს ხელით არიცხავს.</translation>
    </message>
    <message>
        <source>Cancel the selected entry with its opposite; the ledger keeps both</source>
        <translation>მონიშნული ჩანაწერის გაუქმება საპირისპირო ჩანაწერით; ჟურნალში ორივე რჩება</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>დონე ჯერ არ აქვს</translation>
    </message>
    <message>
        <source>No loyalty tiers set up</source>
        <translation>ლოიალობის დონეები შექმნილი არ არის</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>%1 დონე</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>შემდეგი: %1, %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 ქულა</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (გაუქმებული)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MainWindow</name>
    <message>
        <source>Search</source>
        <translation>ძიება</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>დღეს</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>სტუმრები</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>მონაცემთა ბაზა: %1</translation>
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
        <translation>&amp;ფაილი</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;გასვლა</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;რედაქტირება</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;დაბრუნება</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;გამეორება</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;ძიება…</translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation>სტ&amp;უმარი</translation>
    </message>
    <message>
        <source>&amp;New Guest…</source>
        <translation>&amp;ახალი სტუმარი…</translation>
    </message>
    <message>
        <source>&amp;Edit Guest…</source>
        <translation>სტუმრის &amp;რედაქტირება…</translation>
    </message>
    <message>
        <source>Add &amp;Preference…</source>
        <translation>&amp;სურვილის დამატება…</translation>
    </message>
    <message>
        <source>G&amp;o</source>
        <translation>&amp;გადასვლა</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;უკან</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;დახმარება</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <source>&amp;About Innkeep</source>
        <translation>Innkeep-ის &amp;შესახებ</translation>
    </message>
    <message>
        <source>About Innkeep</source>
        <translation>Innkeep-ის შესახებ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Innkeep&lt;/b&gt; %1&lt;br&gt;Know your guests and keep them — offline.</source>
        <translation>&lt;b&gt;Innkeep&lt;/b&gt; %1&lt;br&gt;იცნობდეთ თქვენს სტუმრებს და შეინარჩუნეთ ისინი — ოფლაინ.</translation>
    </message>
    <message>
        <source>Add &amp;Stay…</source>
        <translation>&amp;ვიზიტის დამატება…</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;შენიშვნის დამატება</translation>
    </message>
    <message>
        <source>Import Guests</source>
        <translation>სტუმრების იმპორტი</translation>
    </message>
    <message>
        <source>&amp;Import Guests…</source>
        <translation>სტუმრების &amp;იმპორტი…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>სარეზერვო ასლის &amp;აღდგენა…</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>ანალიტიკა</translation>
    </message>
    <message>
        <source>%1 was merged into this profile.</source>
        <translation>ამ პროფილთან გაერთიანდა: %1.</translation>
    </message>
    <message>
        <source>Merge Guests</source>
        <translation>სტუმრების გაერთიანება</translation>
    </message>
    <message>
        <source>Merged. Edit ▸ Undo (%1) takes it back.</source>
        <translation>გაერთიანდა. გასაუქმებლად: რედაქტირება ▸ დაბრუნება (%1).</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;დუბლიკატების ძიება…</translation>
    </message>
    <message>
        <source>Open Guest Profile</source>
        <translation>სტუმრის პროფილის გახსნა</translation>
    </message>
    <message>
        <source>Erase Guest</source>
        <translation>სტუმრის წაშლა</translation>
    </message>
    <message>
        <source>Erase %1 for good? Their name, contacts, notes, preferences and every text about them are removed from this file and its history. Stays, ratings and complaint outcomes stay in the statistics without a name. This cannot be undone; backups made before now still hold the guest until they are rotated away.</source>
        <translation>სამუდამოდ წაიშალოს სტუმარი %1? მისი სახელი, კონტაქტები, შენიშვნები, სურვილები და მის შესახებ ყველა ტექსტი წაიშლება ამ ფაილიდან და მისი ისტორიიდან. ვიზიტები, შეფასებები და საჩივრების შედეგები სტატისტიკაში სახელის გარეშე დარჩება. ამის გაუქმება შეუძლებელია; აქამდე შექმნილ სარეზერვო ასლებში სტუმარი მანამ დარჩება, სანამ ისინი ახლებით არ ჩანაცვლდება.</translation>
    </message>
    <message>
        <source>The guest was erased.</source>
        <translation>სტუმარი წაიშალა.</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>სარეზერვო ასლი არ შეიქმნა</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;სარეზერვო ასლის შექმნა ახლავე</translation>
    </message>
    <message>
        <source>E&amp;rase Guest…</source>
        <translation>სტუმრის &amp;წაშლა…</translation>
    </message>
    <message>
        <source>Guest lists and contacts (*.csv *.txt *.vcf);;Guest lists (*.csv *.txt);;Contacts (*.vcf);;All files (*)</source>
        <translation>სტუმრების სიები და კონტაქტები (*.csv *.txt *.vcf);;სტუმრების სიები (*.csv *.txt);;კონტაქტები (*.vcf);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>კონტაქტების შემოტანა</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these contacts first (%1 in all):

%2</source>
        <translation>არაფერი შემოტანილა. ჯერ გაასწორეთ ეს კონტაქტები (სულ %1):

%2</translation>
    </message>
    <message>
        <source>Add %1 guests from %2?</source>
        <translation>დაემატოს %1 სტუმარი %2-დან?</translation>
    </message>
    <message>
        <source>Imported %1 guests from %2.</source>
        <translation>%2-დან შემოტანილია %1 სტუმარი.</translation>
    </message>
    <message>
        <source>Import Stays</source>
        <translation>ვიზიტების იმპორტი</translation>
    </message>
    <message>
        <source>Stays (*.csv *.txt);;All files (*)</source>
        <translation>ვიზიტები (*.csv *.txt);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Import Feedback</source>
        <translation>გამოხმაურებების იმპორტი</translation>
    </message>
    <message>
        <source>Reviews and surveys (*.csv *.txt);;All files (*)</source>
        <translation>მიმოხილვები და გამოკითხვები (*.csv *.txt);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Import &amp;Stays…</source>
        <translation>&amp;ვიზიტების იმპორტი…</translation>
    </message>
    <message>
        <source>Import &amp;Feedback…</source>
        <translation>გამო&amp;ხმაურებების იმპორტი…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;ექსპორტი…</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MergeGuestsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(ცარიელი)</translation>
    </message>
    <message>
        <source>Merge Guests</source>
        <translation>სტუმრების გაერთიანება</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;გაერთიანება</translation>
    </message>
    <message>
        <source>&amp;Keep the Other</source>
        <translation>მეორის &amp;დატოვება</translation>
    </message>
    <message>
        <source>Keep the other profile and merge this one into it</source>
        <translation>მეორე პროფილის დატოვება და ამის მასთან გაერთიანება</translation>
    </message>
    <message>
        <source>Contacts, tags, stays, preferences, notes, complaints and feedback of both are kept. The other profile is archived and points to this one. Edit ▸ Undo takes the merge back.</source>
        <translation>ორივეს კონტაქტები, იარლიყები, ვიზიტები, სურვილები, შენიშვნები, საჩივრები და გამოხმაურებები შენარჩუნდება. მეორე პროფილი დაარქივდება და ამ პროფილზე მიუთითებს. რედაქტირება ▸ დაბრუნება გააუქმებს გაერთიანებას.</translation>
    </message>
    <message>
        <source>Keep &lt;b&gt;%1&lt;/b&gt; and merge &lt;b&gt;%2&lt;/b&gt; into this profile. Where they differ, choose the value to keep:</source>
        <translation>დარჩება &lt;b&gt;%1&lt;/b&gt; და მასთან გაერთიანდება &lt;b&gt;%2&lt;/b&gt;. სადაც მნიშვნელობები განსხვავდება, აირჩიეთ, რომელი დარჩეს:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ველი</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The two profiles agree on every field.</source>
        <translation>ორივე პროფილში ყველა ველი ემთხვევა.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MergeGuestsUndoCommand</name>
    <message>
        <source>Merge %1</source>
        <translation>გაერთიანება: %1</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>შეტყობინების დახურვა</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>შეტყობინება</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MonthLineChart</name>
    <message>
        <source>Month</source>
        <translation>თვე</translation>
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
        <translation>გვერდები</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::OverviewTab</name>
    <message>
        <source>Lifetime</source>
        <translation>მთელი პერიოდი</translation>
    </message>
    <message>
        <source>Stays:</source>
        <translation>ვიზიტები:</translation>
    </message>
    <message>
        <source>Nights:</source>
        <translation>ღამეები:</translation>
    </message>
    <message>
        <source>Spend:</source>
        <translation>დანახარჯი:</translation>
    </message>
    <message>
        <source>Average nightly rate:</source>
        <translation>ღამის საშუალო ტარიფი:</translation>
    </message>
    <message>
        <source>First arrival:</source>
        <translation>პირველი ჩამოსვლა:</translation>
    </message>
    <message>
        <source>Last stay:</source>
        <translation>ბოლო ვიზიტი:</translation>
    </message>
    <message>
        <source>Latest stays</source>
        <translation>ბოლო ვიზიტები</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>შენიშვნები</translation>
    </message>
    <message>
        <source>%1 (%2 upcoming)</source>
        <translation>%1 (%2 მომავალი)</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>ჯერ არაფერია</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never stayed</source>
        <translation>არასდროს ყოფილა</translation>
    </message>
    <message>
        <source>In house now</source>
        <translation>ახლა სასტუმროშია</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>ოთახი %1</translation>
    </message>
    <message>
        <source>No stays recorded yet.</source>
        <translation>ვიზიტები ჯერ არ არის ჩაწერილი.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>შენიშვნები ჯერ არ არის.</translation>
    </message>
    <message>
        <source>%1 (days since: %2)</source>
        <translation>%1 (გასულია %2 დღე)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>შენიშვნის დამატება</translation>
    </message>
    <message>
        <source>Add a &amp;note:</source>
        <translation>&amp;შენიშვნის დამატება:</translation>
    </message>
    <message>
        <source>What the next shift should know</source>
        <translation>რა უნდა იცოდეს შემდეგმა ცვლამ</translation>
    </message>
    <message>
        <source>Add the note to the guest&apos;s history (Enter)</source>
        <translation>შენიშვნის დამატება სტუმრის ისტორიაში (Enter)</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>ჯერ აკრიფეთ შენიშვნა.</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (დღეს)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::PointsDialog</name>
    <message>
        <source>Adjust Points</source>
        <translation>ქულების კორექტირება</translation>
    </message>
    <message>
        <source>Redeem Points</source>
        <translation>ქულების გამოყენება</translation>
    </message>
    <message>
        <source>Undo Points Entry</source>
        <translation>ქულების ჩანაწერის გაუქმება</translation>
    </message>
    <message>
        <source>The guest has %1 points.</source>
        <translation>სტუმარს აქვს %1 ქულა.</translation>
    </message>
    <message>
        <source>Give points (500) or take them off (-200).</source>
        <translation>დაარიცხეთ ქულები (500) ან ჩამოაჭერით (-200).</translation>
    </message>
    <message>
        <source>Undo “%1”: the ledger keeps the entry and adds its opposite.</source>
        <translation>გაუქმება „%1“: ჟურნალი ინახავს ჩანაწერს და ამატებს მის საპირისპიროს.</translation>
    </message>
    <message>
        <source>e.g. Spa voucher</source>
        <translation>მაგ. სპა-ვაუჩერი</translation>
    </message>
    <message>
        <source>e.g. Entered twice</source>
        <translation>მაგ. ორჯერ შეიყვანეს</translation>
    </message>
    <message>
        <source>e.g. Goodwill after the noise complaint</source>
        <translation>მაგ. კეთილი ნების ჟესტი ხმაურზე საჩივრის შემდეგ</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;ქულები:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;მიზეზი:</translation>
    </message>
    <message>
        <source>Re&amp;deem</source>
        <translation>&amp;გამოყენება</translation>
    </message>
    <message>
        <source>&amp;Undo Entry</source>
        <translation>&amp;ჩანაწერის გაუქმება</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;შენახვა</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::PreferenceDialog</name>
    <message>
        <source>&amp;Critical — warn the desk wherever this guest appears</source>
        <translation>&amp;კრიტიკული — მიმღების გაფრთხილება ყველგან, სადაც ეს სტუმარი ჩანს</translation>
    </message>
    <message>
        <source>Add Preference</source>
        <translation>სურვილის დამატება</translation>
    </message>
    <message>
        <source>Edit Preference</source>
        <translation>სურვილის რედაქტირება</translation>
    </message>
    <message>
        <source>e.g. Peanut allergy, high floor, feather-free pillow</source>
        <translation>მაგ. არაქისზე ალერგია, მაღალი სართული, ბალიში ბუმბულის გარეშე</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>კ&amp;ატეგორია:</translation>
    </message>
    <message>
        <source>&amp;Preference:</source>
        <translation>&amp;სურვილი:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;დეტალები:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;წყარო:</translation>
    </message>
    <message>
        <source>&amp;Observed on:</source>
        <translation>&amp;შემჩნევის თარიღი:</translation>
    </message>
    <message>
        <source>Say what the guest prefers.</source>
        <translation>მიუთითეთ, რა სურს სტუმარს.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::PreferenceModel</name>
    <message>
        <source>Critical</source>
        <translation>კრიტიკული</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>სურვილი</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>დეტალები</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>წყარო</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>შემჩნეულია</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>დადასტურდა</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::PreferencesTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>დ&amp;ამატება…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>რედა&amp;ქტირება…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;წაშლა</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>სურვილები</translation>
    </message>
    <message>
        <source>No preferences yet. Press “Add…” to record what the guest likes, needs or must avoid — mark allergies and accessibility needs as critical.</source>
        <translation>სურვილები ჯერ არ არის. დააჭირეთ „დამატება…“, რომ ჩაწეროთ, რა მოსწონს სტუმარს, რა სჭირდება ან რას უნდა მოერიდოს — ალერგიები და შეზღუდული შესაძლებლობის საჭიროებები მონიშნეთ კრიტიკულად.</translation>
    </message>
    <message>
        <source>The guest told us again: count it and move its date to today</source>
        <translation>სტუმარმა ხელახლა გვითხრა: დათვლა და თარიღის დღევანდელზე გადატანა</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>დადას&amp;ტურება</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ReclassifyDialog</name>
    <message>
        <source>Reclassify Complaint</source>
        <translation>საჩივრის გადაკლასიფიცირება</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>სიმძიმე</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;კატეგორია:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>სი&amp;მძიმე:</translation>
    </message>
    <message>
        <source>A new severity brings its own response times; they are counted from when the complaint was logged.</source>
        <translation>ახალ სიმძიმეს თავისი რეაგირების ვადები აქვს; ისინი საჩივრის დაფიქსირების მომენტიდან აითვლება.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Other File…</source>
        <translation>&amp;სხვა ფაილი…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;აღდგენა</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>სარეზერვო ასლის აღდგენა</translation>
    </message>
    <message>
        <source>The copy you choose takes the place of the file you have open. The file as it is now is kept beside it, renamed, and Innkeep opens the copy.</source>
        <translation>თქვენ მიერ არჩეული ასლი გახსნილი ფაილის ადგილს დაიკავებს. ფაილი ამჟამინდელი სახით მის გვერდით შეინახება გადარქმეული სახელით, Innkeep კი ასლს გახსნის.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>შექმნის დრო</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>სახეობა</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>ბოლო ცვლილება</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>სტუმრები</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>ვიზიტები</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>საჩივრები</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>გამოხმაურება</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>სარეზერვო ასლები</translation>
    </message>
    <message>
        <source>Restore from an Innkeep file that is not listed: a copy on a USB stick, say.</source>
        <translation>აღდგენა Innkeep-ის ფაილიდან, რომელიც სიაში არ არის, მაგალითად, USB ფლეშ-მეხსიერებაზე შენახული ასლიდან.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>ავტომატური</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>ხელით შექმნილი</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>განახლებამდე</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>სხვა ასლი</translation>
    </message>
    <message>
        <source>None</source>
        <translation>არ არის</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>ვერ იკითხება</translation>
    </message>
    <message>
        <source>No backups in %1 yet. Choose “Other File…” to restore from a copy kept elsewhere.</source>
        <translation>საქაღალდეში %1 სარეზერვო ასლები ჯერ არ არის. სხვაგან შენახული ასლიდან აღსადგენად აირჩიეთ „სხვა ფაილი…“.</translation>
    </message>
    <message>
        <source>%1
This copy cannot be read: %2</source>
        <translation>%1
ამ ასლის წაკითხვა შეუძლებელია: %2</translation>
    </message>
    <message>
        <source>A venue with no name yet</source>
        <translation>ჯერ უსახელო სასტუმრო</translation>
    </message>
    <message>
        <source>%1, %2
%3</source>
        <translation>%1, %2
%3</translation>
    </message>
    <message>
        <source>Innkeep files (*.innkeep *.sqlite *.bak);;All files (*)</source>
        <translation>Innkeep-ის ფაილები (*.innkeep *.sqlite *.bak);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>არჩეული ფაილი</translation>
    </message>
    <message>
        <source>Put the copy made %1 in place of the open file? Changes made since then are not in it. The file as it is now is kept beside it, renamed.</source>
        <translation>ჩაენაცვლოს გახსნილი ფაილი ასლით, რომელიც შეიქმნა %1? მას შემდეგ შეტანილი ცვლილებები ასლში არ არის. ფაილი ამჟამინდელი სახით მის გვერდით შეინახება გადარქმეული სახელით.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::RetentionDialog</name>
    <message>
        <source>Guests Past the Retention Period</source>
        <translation>სტუმრები, რომელთა შენახვის ვადა ამოიწურა</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>სტუმარი</translation>
    </message>
    <message>
        <source>Last stay</source>
        <translation>ბოლო ვიზიტი</translation>
    </message>
    <message>
        <source>Profile made</source>
        <translation>პროფილი შეიქმნა</translation>
    </message>
    <message>
        <source>Guests past the retention period</source>
        <translation>სტუმრები, რომელთა შენახვის ვადა ამოიწურა</translation>
    </message>
    <message>
        <source>&amp;Erase All…</source>
        <translation>ყველას &amp;წაშლა…</translation>
    </message>
    <message>
        <source>Never stayed</source>
        <translation>არასდროს ყოფილა</translation>
    </message>
    <message>
        <source>No guest is past the retention period: everyone stayed or was added since %1.</source>
        <translation>არცერთი სტუმრის შენახვის ვადა არ ამოწურულა: %1-ის შემდეგ ყველა სტუმარი ან ცხოვრობდა სასტუმროში, ან დაემატა.</translation>
    </message>
    <message>
        <source>These guests have not stayed since %1 (%2 years). Erasing removes their names, contacts and every text about them; their stays and ratings stay in the statistics without a name.</source>
        <translation>ამ სტუმრებს %1-ის შემდეგ ვიზიტი არ ჰქონიათ (%2 წელი). წაშლისას წაიშლება მათი სახელები, კონტაქტები და მათ შესახებ ყველა ტექსტი; მათი ვიზიტები და შეფასებები სტატისტიკაში სახელის გარეშე დარჩება.</translation>
    </message>
    <message>
        <source>&amp;Erase All %1 Guests…</source>
        <translation>ყველა %1 სტუმრის &amp;წაშლა…</translation>
    </message>
    <message>
        <source>Erase Guests</source>
        <translation>სტუმრების წაშლა</translation>
    </message>
    <message>
        <source>Erase %1 guests for good? This cannot be undone; backups made before now still hold them until they are rotated away.</source>
        <translation>სამუდამოდ წაიშალოს %1 სტუმარი? ამის გაუქმება შეუძლებელია; აქამდე შექმნილ სარეზერვო ასლებში ისინი მანამ დარჩებიან, სანამ ეს ასლები ახლებით არ ჩანაცვლდება.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::RetentionSection</name>
    <message>
        <source>Privacy</source>
        <translation>კონფიდენციალურობა</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>შეზღუდვის გარეშე</translation>
    </message>
    <message>
        <source> years after the last stay</source>
        <translation> წელი ბოლო ვიზიტის შემდეგ</translation>
    </message>
    <message>
        <source>Guests with no stay for this long are listed for review and can be erased together. Many countries&apos; data protection laws ask for such a limit.</source>
        <translation>სტუმრები, რომლებსაც ამ ხნის განმავლობაში ვიზიტი არ ჰქონიათ, შესამოწმებლად სიაში გამოჩნდებიან და მათი ერთად წაშლა შეიძლება. ბევრი ქვეყნის პერსონალურ მონაცემთა დაცვის კანონმდებლობა ასეთ ზღვარს მოითხოვს.</translation>
    </message>
    <message>
        <source>No limit is set: guests are kept until someone erases them.</source>
        <translation>ზღვარი დაწესებული არ არის: სტუმრები ინახება, სანამ ვინმე არ წაშლის მათ.</translation>
    </message>
    <message>
        <source>Guests with no stay since %1: %2.</source>
        <translation>სტუმრები, რომლებსაც %1-ის შემდეგ ვიზიტი არ ჰქონიათ: %2.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>შემოწმება…</translation>
    </message>
    <message>
        <source>&amp;Years to keep a guest&apos;s data:</source>
        <translation>სტუმრის მონაცემების შენახვის &amp;წლები:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::SearchResultsModel</name>
    <message>
        <source>Complaint</source>
        <translation>საჩივარი</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>გამოხმაურება</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>დაემთხვა: %1</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>იარლიყი</translation>
    </message>
    <message>
        <source>stay</source>
        <translation>ვიზიტი</translation>
    </message>
    <message>
        <source>note</source>
        <translation>შენიშვნა</translation>
    </message>
    <message>
        <source>room</source>
        <translation>ოთახი</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ტექსტი</translation>
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
        <translation>ოთახი %1</translation>
    </message>
    <message>
        <source>in house, %1</source>
        <translation>სასტუმროშია, %1</translation>
    </message>
    <message>
        <source>in house, %1, %2</source>
        <translation>სასტუმროშია, %1, %2</translation>
    </message>
    <message>
        <source>booked %1</source>
        <translation>დაჯავშნილია: %1</translation>
    </message>
    <message>
        <source>booked %1, %2</source>
        <translation>დაჯავშნილია: %1, %2</translation>
    </message>
    <message>
        <source>last stay %1</source>
        <translation>ბოლო ვიზიტი: %1</translation>
    </message>
    <message>
        <source>last stay %1, %2</source>
        <translation>ბოლო ვიზიტი: %1, %2</translation>
    </message>
    <message>
        <source>Opened recently</source>
        <translation>ახლახან გახსნილი</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::SettingsPage</name>
    <message>
        <source>&amp;Save Venue Settings</source>
        <translation>სასტუმროს პარამეტრების &amp;შენახვა</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <source>e.g. Hotel Ararat</source>
        <translation>მაგ. სასტუმრო „არარატი“</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>სასტუმრო</translation>
    </message>
    <message>
        <source>Venue &amp;name:</source>
        <translation>სასტუმროს სა&amp;ხელი:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;ვალუტა:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>როგორც სისტემაში</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ღია</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>მუქი</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>ეს კომპიუტერი</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;იერსახე:</translation>
    </message>
    <message>
        <source>A new language applies the next time Innkeep starts.</source>
        <translation>ახალი ენა ამოქმედდება Innkeep-ის შემდეგი გაშვებისას.</translation>
    </message>
    <message>
        <source>The language changes the next time Innkeep starts.</source>
        <translation>ენა შეიცვლება Innkeep-ის შემდეგი გაშვებისას.</translation>
    </message>
    <message>
        <source>Venue settings saved.</source>
        <translation>სასტუმროს პარამეტრები შენახულია.</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>ევრო</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>აშშ დოლარი</translation>
    </message>
    <message>
        <source>British pound</source>
        <translation>ბრიტანული ფუნტი</translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation>სომხური დრამი</translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation>ქართული ლარი</translation>
    </message>
    <message>
        <source>Russian rouble</source>
        <translation>რუსული რუბლი</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>შვეიცარიული ფრანკი</translation>
    </message>
    <message>
        <source> months without a stay</source>
        <translation> თვე ვიზიტის გარეშე</translation>
    </message>
    <message>
        <source>Insights count a guest as lapsed when their last stay ended longer ago than this.</source>
        <translation>ანალიტიკაში სტუმარი არააქტიურად ითვლება, თუ მისი ბოლო ვიზიტი ამაზე მეტი ხნის წინ დასრულდა.</translation>
    </message>
    <message>
        <source>Guest &amp;lapsed after:</source>
        <translation>სტუმარი &amp;არააქტიურია:</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>ნაგულისხმევი სა&amp;ტელეფონო რეგიონი:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;ენა:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>მოქმედება</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>კლავიშები</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>დაბრუნება</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>გამეორება</translation>
    </message>
    <message>
        <source>Move through search results</source>
        <translation>ძიების შედეგებში გადაადგილება</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Up, Down</translation>
    </message>
    <message>
        <source>Open the selected result or guest</source>
        <translation>არჩეული შედეგის ან სტუმრის გახსნა</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Close search results</source>
        <translation>ძიების შედეგების დახურვა</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Delete the selected preference</source>
        <translation>არჩეული სურვილის წაშლა</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StaffSection</name>
    <message>
        <source>&amp;Retire</source>
        <translation>დეაქტივა&amp;ცია</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>პერსონალი</translation>
    </message>
    <message>
        <source>Changes, notes and ticket events are recorded under this name.</source>
        <translation>ცვლილებები, შენიშვნები და საჩივრების მოვლენები ამ სახელით ჩაიწერება.</translation>
    </message>
    <message>
        <source>Name as colleagues know it</source>
        <translation>სახელი, როგორც კოლეგები იცნობენ</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>თანამშრომლები</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (არააქტიური)</translation>
    </message>
    <message>
        <source>No staff yet. Type a name below and press Enter to add the first one.</source>
        <translation>პერსონალი ჯერ არ არის. პირველის დასამატებლად ქვემოთ აკრიფეთ სახელი და დააჭირეთ Enter-ს.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>დამატე&amp;ბა</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>გადარ&amp;ქმევა</translation>
    </message>
    <message>
        <source>At the des&amp;k on this computer:</source>
        <translation>ამ კომპიუტერთან &amp;მორიგე:</translation>
    </message>
    <message>
        <source>Staff mem&amp;ber:</source>
        <translation>&amp;თანამშრომელი:</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>ა&amp;ღდგენა</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StayDialog</name>
    <message>
        <source>Add Stay</source>
        <translation>ვიზიტის დამატება</translation>
    </message>
    <message>
        <source>Edit Stay</source>
        <translation>ვიზიტის რედაქტირება</translation>
    </message>
    <message>
        <source>e.g. 312</source>
        <translation>მაგ. 312</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>დასვენება</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>საქმიანი</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>ღონისძიება</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;ჩამოსვლა:</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;გამგზავრება:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;ოთახი:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;სტატუსი:</translation>
    </message>
    <message>
        <source>Part&amp;y size:</source>
        <translation>სტუმრების &amp;რაოდენობა:</translation>
    </message>
    <message>
        <source>Nightly &amp;rate:</source>
        <translation>ღამის &amp;ტარიფი:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;ვალუტა:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;არხი:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;მიზანი:</translation>
    </message>
    <message>
        <source>&amp;Booking reference:</source>
        <translation>&amp;ჯავშნის ნომერი:</translation>
    </message>
    <message>
        <source>Nights: %1</source>
        <translation>ღამეები: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>მაგ. %1</translation>
    </message>
    <message>
        <source>Per night, in %1</source>
        <translation>ერთი ღამისთვის, ვალუტა: %1</translation>
    </message>
    <message>
        <source>Enter the nightly rate as a number with at most %1 decimals, e.g. %2.</source>
        <translation>შეიყვანეთ ღამის ტარიფი რიცხვით, მაქსიმუმ %1 ათწილადი ნიშნით, მაგ. %2.</translation>
    </message>
    <message>
        <source>Enter the nightly rate as a whole number, e.g. %1.</source>
        <translation>შეიყვანეთ ღამის ტარიფი მთელი რიცხვით, მაგ. %1.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StayTableModel</name>
    <message>
        <source>Arrival</source>
        <translation>ჩამოსვლა</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>გამგზავრება</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>ღამეები</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ოთახი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>ტარიფი</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>შემოსავალი</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>ჯავშანი</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StaysTab</name>
    <message>
        <source>Stays</source>
        <translation>ვიზიტები</translation>
    </message>
    <message>
        <source>&amp;Add stay…</source>
        <translation>ვი&amp;ზიტის დამატება…</translation>
    </message>
    <message>
        <source>E&amp;dit stay…</source>
        <translation>ვიზიტის რედაქტირე&amp;ბა…</translation>
    </message>
    <message>
        <source>No stays recorded yet. Press “Add stay…” (Ctrl+Shift+S) to record a booking or a past visit.</source>
        <translation>ვიზიტები ჯერ არ არის ჩაწერილი. ჯავშნის ან წარსული ვიზიტის ჩასაწერად დააჭირეთ „ვიზიტის დამატება…“ (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Add a stay (Ctrl+Shift+S)</source>
        <translation>ვიზიტის დამატება (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Edit the selected stay (Enter)</source>
        <translation>არჩეული ვიზიტის რედაქტირება (Enter)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketAssignmentBar</name>
    <message>
        <source>Assign</source>
        <translation>დანიშვნა</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>განყოფილება</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>პასუხისმგებელი</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>თანამშრომელი</translation>
    </message>
    <message>
        <source>Save the department and assignee (Enter in the name field)</source>
        <translation>განყოფილებისა და პასუხისმგებლის შენახვა (Enter სახელის ველში)</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>განყოფილების გარეშე</translation>
    </message>
    <message>
        <source>Ticket unassigned.</source>
        <translation>საჩივარს პასუხისმგებელი აღარ ჰყავს.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>პასუხისმგებელი: %1.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketDetailPanel</name>
    <message>
        <source>Select a ticket to see its timeline and act on it.</source>
        <translation>აირჩიეთ საჩივარი, რომ ნახოთ მისი ქრონოლოგია და იმოქმედოთ.</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>&amp;პროფილის გახსნა</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;შენიშვნის დამატება</translation>
    </message>
    <message>
        <source>Compensation…</source>
        <translation>კომპენსაცია…</translation>
    </message>
    <message>
        <source>What was done — needed to close</source>
        <translation>რა გაკეთდა — საჭიროა დასახურად</translation>
    </message>
    <message>
        <source>Internal note, action taken…</source>
        <translation>შიდა შენიშვნა, მიღებული ზომა…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>როდის</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ვინ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>რა</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ქრონოლოგია</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>შენიშვნა</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Guest not known</source>
        <translation>სტუმარი უცნობია</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>ოთახი %1</translation>
    </message>
    <message>
        <source>logged %1</source>
        <translation>დაფიქსირდა %1</translation>
    </message>
    <message>
        <source>logged %1 by %2</source>
        <translation>დააფიქსირა %2, %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>სტატუსი: %1</translation>
    </message>
    <message>
        <source>Follow up once the ticket is resolved.</source>
        <translation>საჩივრის გადაწყვეტის შემდეგ დაუკავშირდით სტუმარს.</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source> (target: %1)</source>
        <translation> (ეტაპი: %1)</translation>
    </message>
    <message>
        <source>Ticket is now %1.</source>
        <translation>საჩივრის სტატუსია: %1.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>ფასდაკლება</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>თანხის დაბრუნება</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>გაუმჯობესება</translation>
    </message>
    <message>
        <source>Amenity</source>
        <translation>კომპლიმენტი</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>სხვა</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>პირადად</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>წერილი</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>დაფიქსირდა: %1</translation>
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
        <translation>შენიშვნა: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>მოქმედება: %1</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>პასუხისმგებელი: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>შედეგი: %1</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>დაკავშირებულია: %1</translation>
    </message>
    <message>
        <source>Compensation: %1</source>
        <translation>კომპენსაცია: %1</translation>
    </message>
    <message>
        <source>Compensation: %1, %2</source>
        <translation>კომპენსაცია: %1, %2</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>შემდგომი კონტაქტი: %1</translation>
    </message>
    <message>
        <source>Follow-up by %1</source>
        <translation>შემდგომი კონტაქტი (%1)</translation>
    </message>
    <message>
        <source>, satisfaction %1/5</source>
        <translation>, კმაყოფილება %1/5</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: „%1“</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;ვის ევალება:</translation>
    </message>
    <message>
        <source>Open Guest Profile</source>
        <translation>სტუმრის პროფილის გახსნა</translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation>შენიშვნის დამატება</translation>
    </message>
    <message>
        <source>Reclassify…</source>
        <translation>გადაკლასიფიცირება…</translation>
    </message>
    <message>
        <source>Add Compensation…</source>
        <translation>კომპენსაციის დამატება…</translation>
    </message>
    <message>
        <source>Record Follow-up…</source>
        <translation>შემდგომი კონტაქტის ჩაწერა…</translation>
    </message>
    <message>
        <source>a guest not known by name</source>
        <translation>უცნობი სტუმარი</translation>
    </message>
    <message>
        <source>Resolve Complaint</source>
        <translation>საჩივრის გადაწყვეტა</translation>
    </message>
    <message>
        <source>Close Complaint</source>
        <translation>საჩივრის დახურვა</translation>
    </message>
    <message>
        <source>Mark the complaint of %1 as resolved?</source>
        <translation>მოვნიშნოთ გადაწყვეტილად საჩივარი, რომლის ავტორია %1?</translation>
    </message>
    <message>
        <source>Close the complaint of %1? A closed complaint leaves the queue; it can be reopened from its guest&apos;s profile.</source>
        <translation>დავხუროთ საჩივარი, რომლის ავტორია %1? დახურული საჩივარი რიგიდან გავა; მისი ხელახლა გახსნა შესაძლებელია სტუმრის პროფილიდან.</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>გადაწ&amp;ყვეტა</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>და&amp;ხურვა</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>გადაწყვეტა: %1</translation>
    </message>
    <message>
        <source>Re&amp;classify…</source>
        <translation>გადაკ&amp;ლასიფიცირება…</translation>
    </message>
    <message>
        <source>Follo&amp;w-up…</source>
        <translation>შემდგომი &amp;კონტაქტი…</translation>
    </message>
    <message>
        <source>&amp;Resolution summary:</source>
        <translation>გადა&amp;წყვეტის შეჯამება:</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>შ&amp;ედეგი:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketQueueModel</name>
    <message>
        <source>%1 (target: %2)</source>
        <translation>%1 (ეტაპი: %2)</translation>
    </message>
    <message>
        <source>Guest not known</source>
        <translation>სტუმარი უცნობია</translation>
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
        <translation>სიმძიმე</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>სტუმარი</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ოთახი</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>საჩივარი</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>პასუხისმგებელი</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>დაფიქსირდა</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketSettingsSection</name>
    <message>
        <source>Service levels for complaints</source>
        <translation>საჩივრების მომსახურების დონეები</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>სიმძიმე</translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation>მიღების ვადა</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>გადაწყვეტის ვადა</translation>
    </message>
    <message>
        <source>Due soon when left</source>
        <translation>გაფრთხილება, როცა დარჩა</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>სიჩუმის საათები</translation>
    </message>
    <message>
        <source>from</source>
        <translation>დასაწყისი</translation>
    </message>
    <message>
        <source>to</source>
        <translation>დასასრული</translation>
    </message>
    <message>
        <source> min</source>
        <translation> წთ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: quiet hours</source>
        <translation>%1: სიჩუმის საათები</translation>
    </message>
    <message>
        <source>%1: quiet hours from</source>
        <translation>%1: სიჩუმის საათების დასაწყისი</translation>
    </message>
    <message>
        <source>%1: quiet hours to</source>
        <translation>%1: სიჩუმის საათების დასასრული</translation>
    </message>
    <message>
        <source>Changes apply to complaints logged from now on; open ones keep their promise.</source>
        <translation>ცვლილებები ეხება ამიერიდან დაფიქსირებულ საჩივრებს; ღია საჩივრები ძველ ვადებს ინარჩუნებენ.</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>საჩივრების კატეგორიები</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>განყოფილებები</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: სახელი</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>დამატება</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>გადარქმევა</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <source>No longer offered for new complaints; kept on old ones.</source>
        <translation>ახალი საჩივრებისთვის აღარ გამოიყენება; ძველებზე რჩება.</translation>
    </message>
    <message>
        <source>Service levels saved.</source>
        <translation>მომსახურების დონეები შენახულია.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>შესანახი არაფერია.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>დაემატა „%1“.</translation>
    </message>
    <message>
        <source>Removed “%1”; complaints that use it keep it.</source>
        <translation>„%1“ წაიშალა; საჩივრებში, სადაც გამოიყენება, შენარჩუნდება.</translation>
    </message>
    <message>
        <source>Save ser&amp;vice levels</source>
        <translation>მომსახურების დ&amp;ონეების შენახვა</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketStatusWidget</name>
    <message>
        <source>Show overdue complaints</source>
        <translation>ვადაგადაცილებული საჩივრების ჩვენება</translation>
    </message>
    <message>
        <source>Show complaints due soon</source>
        <translation>ვადამოახლოებული საჩივრების ჩვენება</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>ვადაგადაცილებული: %n</numerusform>
            <numerusform>ვადაგადაცილებული: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>ვადა ახლოვდება: %n</numerusform>
            <numerusform>ვადა ახლოვდება: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketsModule</name>
    <message>
        <source>&amp;Log Complaint…</source>
        <translation>საჩივრის &amp;დაფიქსირება…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>საჩივრები</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>გამოხმაურება</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;საჩივრები</translation>
    </message>
    <message>
        <source>Shift &amp;Handover…</source>
        <translation>ცვლის &amp;გადაბარება…</translation>
    </message>
    <message>
        <source>Complaint logged: %1</source>
        <translation>საჩივარი დაფიქსირდა: %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>ოთახი %1</translation>
    </message>
    <message>
        <source>New &amp;Feedback…</source>
        <translation>&amp;ახალი გამოხმაურება…</translation>
    </message>
    <message>
        <source>Feedback recorded.</source>
        <translation>გამოხმაურება ჩაიწერა.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketsPage</name>
    <message>
        <source>Due &amp;soon</source>
        <translation>ვადა &amp;ახლოვდება</translation>
    </message>
    <message>
        <source>&amp;Log complaint…</source>
        <translation>საჩ&amp;ივრის დაფიქსირება…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>საჩივრები</translation>
    </message>
    <message>
        <source>Log a complaint (%1)</source>
        <translation>საჩივრის დაფიქსირება (%1)</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>ყველა ღია</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>ნებისმიერი</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>ნებისმიერი</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>გა&amp;ნყოფილება:</translation>
    </message>
    <message>
        <source>Complaint queue</source>
        <translation>საჩივრების რიგი</translation>
    </message>
    <message>
        <source>Overdue · 23 h 59 min over</source>
        <translation>ვადაგადაცილებული · გადაცილება 23 სთ 59 წთ</translation>
    </message>
    <message>
        <source>No complaints match these filters. Clear a filter to see more.</source>
        <translation>ამ ფილტრებს არცერთი საჩივარი არ შეესაბამება. მეტის სანახავად მოხსენით ფილტრი.</translation>
    </message>
    <message>
        <source>No open complaints. Press %1 to log one.</source>
        <translation>ღია საჩივრები არ არის. ახლის დასაფიქსირებლად დააჭირეთ %1-ს.</translation>
    </message>
    <message>
        <source>Print or save the shift handover (%1)</source>
        <translation>ცვლის გადაბარების დაბეჭდვა ან შენახვა (%1)</translation>
    </message>
    <message>
        <source>Choose who is on duty in Settings to see the tickets assigned to you.</source>
        <translation>იმ საჩივრების სანახავად, რომლებზეც თქვენ ხართ პასუხისმგებელი, პარამეტრებში აირჩიეთ მორიგე თანამშრომელი.</translation>
    </message>
    <message>
        <source>Only the tickets assigned to %1, who is on duty.</source>
        <translation>მხოლოდ ის საჩივრები, რომლებზეც პასუხისმგებელია მორიგე თანამშრომელი %1.</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>ვადაგადა&amp;ცილებული</translation>
    </message>
    <message>
        <source>My tic&amp;kets</source>
        <translation>&amp;ჩემი საჩივრები</translation>
    </message>
    <message>
        <source>Shift handover…</source>
        <translation>ცვლის გადაბარება…</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>ს&amp;ტატუსი:</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>სი&amp;მძიმე:</translation>
    </message>
    <message>
        <source>Ass&amp;igned to:</source>
        <translation>პასუხისმგე&amp;ბელი:</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ToDoPanel</name>
    <message>
        <source>O&amp;pen Guest</source>
        <translation>სტუმრის გახს&amp;ნა</translation>
    </message>
    <message>
        <source>Mar&amp;k Done</source>
        <translation>შესრულებულად &amp;მონიშვნა</translation>
    </message>
    <message>
        <source>Snoo&amp;ze to Tomorrow</source>
        <translation>&amp;ხვალამდე გადადება</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>გასაკეთებელი</translation>
    </message>
    <message>
        <source>Done: it leaves the list (recorded with your name)</source>
        <translation>შესრულებულია: ქრება სიიდან (ფიქსირდება თქვენი სახელით)</translation>
    </message>
    <message>
        <source>Hide it until tomorrow</source>
        <translation>დამალვა ხვალამდე</translation>
    </message>
    <message>
        <source>To do (%1)</source>
        <translation>გასაკეთებელი (%1)</translation>
    </message>
    <message>
        <source>Nothing to do today: no birthdays, follow-ups, arrivals to prepare or feedback to answer.</source>
        <translation>დღეს გასაკეთებელი არაფერია: არ არის დაბადების დღეები, შემდგომი კონტაქტები, მოსამზადებელი ჩამოსვლები ან საპასუხო გამოხმაურებები.</translation>
    </message>
    <message>
        <source>Nothing to do on %1.</source>
        <translation>%1: გასაკეთებელი არაფერია.</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>დღეს</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>წინა დღე</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>შემდეგი დღე</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;თარიღი:</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>ჩამოსვლები</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>სასტუმროშია</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>გამგზავრებები</translation>
    </message>
    <message>
        <source>No arrivals today. Stays booked for today appear here with what to know about each guest.</source>
        <translation>დღეს ჩამოსვლები არ არის. დღევანდელი ჯავშნები აქ გამოჩნდება, თითოეული სტუმრის შესახებ საჭირო ინფორმაციით.</translation>
    </message>
    <message>
        <source>No arrivals on %1.</source>
        <translation>%1 — ჩამოსვლები არ არის.</translation>
    </message>
    <message>
        <source>Nobody in house on this date.</source>
        <translation>ამ თარიღზე სასტუმროში არავინაა.</translation>
    </message>
    <message>
        <source>No departures today.</source>
        <translation>დღეს გამგზავრებები არ არის.</translation>
    </message>
    <message>
        <source>No departures on %1.</source>
        <translation>%1 — გამგზავრებები არ არის.</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>ოთახი %1</translation>
    </message>
    <message>
        <source>party of %1</source>
        <translation>%1 სტუმარი</translation>
    </message>
    <message>
        <source>More alerts: %1</source>
        <translation>სხვა გაფრთხილებები: %1</translation>
    </message>
    <message>
        <source>Tod&amp;ay</source>
        <translation>დ&amp;ღეს</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TopicSummaryStrip</name>
    <message>
        <source>Topics:</source>
        <translation>თემები:</translation>
    </message>
    <message>
        <source>Topic summary</source>
        <translation>თემების შეჯამება</translation>
    </message>
    <message>
        <source>For the period shown, all channels and languages: mentions, share negative and, with an arrow, whether that share rose (▲) or fell (▼) against the period before</source>
        <translation>ნაჩვენები პერიოდისთვის, ყველა არხსა და ენაზე: ხსენებები, უარყოფითის წილი და ისრით — გაიზარდა (▲) თუ შემცირდა (▼) ეს წილი წინა პერიოდთან შედარებით</translation>
    </message>
    <message>
        <source>More</source>
        <translation>მეტი</translation>
    </message>
    <message>
        <source>More topics</source>
        <translation>სხვა თემები</translation>
    </message>
    <message>
        <source>%1: mentions %2, negative %3%, more negative than the period before</source>
        <translation>%1: ხსენებები %2, უარყოფითი %3%, წინა პერიოდზე უფრო უარყოფითი</translation>
    </message>
    <message>
        <source>%1: mentions %2, negative %3%, less negative than the period before</source>
        <translation>%1: ხსენებები %2, უარყოფითი %3%, წინა პერიოდზე ნაკლებად უარყოფითი</translation>
    </message>
    <message>
        <source>%1: mentions %2, negative %3%, as in the period before</source>
        <translation>%1: ხსენებები %2, უარყოფითი %3%, როგორც წინა პერიოდში</translation>
    </message>
    <message>
        <source>%1: mentions %2, negative %3%</source>
        <translation>%1: ხსენებები %2, უარყოფითი %3%</translation>
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
        <translation>მეტი (%1)</translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TopicsChart</name>
    <message>
        <source>Negative mentions</source>
        <translation>უარყოფითი მოხსენიებები</translation>
    </message>
    <message>
        <source>Other mentions</source>
        <translation>სხვა მოხსენიებები</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>მოხსენიებები</translation>
    </message>
    <message>
        <source>%1 — mentions: %2, negative: %3</source>
        <translation>%1 — მოხსენიებები: %2, უარყოფითი: %3</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>თემა</translation>
    </message>
    <message>
        <source>Share negative</source>
        <translation>უარყოფითის წილი</translation>
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
