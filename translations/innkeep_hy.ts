<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
<context>
    <name>Format</name>
    <message>
        <source>Stay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Հեռախոս</translation>
    </message>
    <message>
        <source>Travel agent</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Փակել</translation>
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
    <name>TicketFormat</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (quiet hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait on guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait on department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With dept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::AlertBanner</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::CompensationDialog</name>
    <message>
        <source>Add Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dinner for two, 20% off the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was given:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FeedbackDialog</name>
    <message>
        <source>Published (e.g. an online review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TripAdvisor, Google, Booking.com…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FeedbackListModel</name>
    <message>
        <source>No rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Կարծիքներ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FeedbackPage</name>
    <message>
        <source>Needs &amp;attention only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open c&amp;omplaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Կարծիքներ</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we answered the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select feedback to answer it or turn it into a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback matches these filters. Nothing needs your attention here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback yet. Use “New feedback…” to record what a guest told you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint logged (%1, %2). Use “Open complaint” to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response recorded.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my venue</source>
        <translation>Կարգավորել իմ հյուրանոցը</translation>
    </message>
    <message>
        <source>Enter your venue&apos;s name, currency and phone region, then add guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Դիտել ցուցադրական տարբերակը</translation>
    </message>
    <message>
        <source>Open a demo hotel full of guests, stays and complaints. Your own data stays separate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hotel Ararat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as it appears in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your venue&lt;/h3&gt;&lt;p&gt;You can change all of this later in Settings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the venue&apos;s name and your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country of most local phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the default phone region: it is how local numbers like 091 234567 are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::FollowUpDialog</name>
    <message>
        <source>Record Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guest said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – very unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – delighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest&apos;s &amp;reaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Try part of a name in any script, a phone number, an e-mail, a room or a booking reference.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add preference</source>
        <translation>Ավելացնել նախապատվություն</translation>
    </message>
    <message>
        <source>Edit preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove preference</source>
        <translation>Հեռացնել նախապատվությունը</translation>
    </message>
    <message>
        <source>Edit stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestEditDialog</name>
    <message>
        <source>Bl&amp;ocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Guest</source>
        <translation>Նոր հյուր</translation>
    </message>
    <message>
        <source>Edit Guest — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com, separate several with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+374 91 234567 or a local number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wedding, cyclist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hy, ka, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (&amp;Latin):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (L&amp;atin):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sal&amp;utation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIP level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason blocked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest agrees to be contacted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestFeedbackTab</name>
    <message>
        <source>No feedback from this guest yet. Record it on the Feedback page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestPicker</name>
    <message>
        <source>Name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestProfilePage</name>
    <message>
        <source>Back</source>
        <translation>Հետ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Խմբագրել…</translation>
    </message>
    <message>
        <source>Add &amp;Preference…</source>
        <translation>Ավելացնել &amp;նախապատվություն…</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this guest (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Ամփոփում</translation>
    </message>
    <message>
        <source>P&amp;references</source>
        <translation>&amp;Նախապատվություններ</translation>
    </message>
    <message>
        <source>&amp;Stays</source>
        <translation>&amp;Կացություններ</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Պատմություն</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact details yet — Edit to add an e-mail or phone.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Կացություններ</translation>
    </message>
    <message>
        <source>Last stay</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestTicketsTab</name>
    <message>
        <source>Guest&apos;s complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints from this guest. Press %1 to log one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::GuestsPage</name>
    <message>
        <source>&amp;VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a guest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest matches these filters. Clear a filter or try another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import guests from a CSV file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guests yet. Press “New Guest…” (%1) to add the first one, or “Import…” (%2) to bring in a guest list saved as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::HandoverDialog</name>
    <message>
        <source>Shift Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift &amp;started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 · shift started %2 · due soon means within %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Handover as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more not listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::HistoryModel</name>
    <message>
        <source>(no staff member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::HistoryTab</name>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::ImportGuestsDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Each row becomes a guest. Nothing is added unless every row can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns in the file and what they become:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a column Innkeep knows: ignored unless you choose a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1 rows so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row… %1 so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; no guest was added. Press Import to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 problems must be fixed in the file before it can be imported; the first %1 are listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem must be fixed in the file before it can be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems must be fixed in the file before it can be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no guests in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 guest is ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 guests are ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 guest was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 guests were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import 1 Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import %1 Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Չեղարկել</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::LogComplaintDialog</name>
    <message>
        <source>Log a Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 204</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the guest&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest: give the room instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest matches; give the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the name, or leave empty and give the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MainWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished">Որոնում</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Այսօր</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished">Հյուրեր</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Կարգավորումներ</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innkeep</source>
        <translation>Innkeep</translation>
    </message>
    <message>
        <source>%1 — Innkeep</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">&amp;Նոր հյուր…</translation>
    </message>
    <message>
        <source>&amp;Edit Guest…</source>
        <translation>Հյուրի &amp;խմբագրում…</translation>
    </message>
    <message>
        <source>Add &amp;Preference…</source>
        <translation type="unfinished">Ավելացնել &amp;նախապատվություն…</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Innkeep&lt;/b&gt; %1&lt;br&gt;Know your guests and keep them — offline.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest lists (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Guests…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::OverviewTab</name>
    <message>
        <source>Lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average nightly rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last stay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 upcoming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never stayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In house now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stays recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (days since: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next shift should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note to the guest&apos;s history (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::PreferenceDialog</name>
    <message>
        <source>&amp;Critical — warn the desk wherever this guest appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Preference</source>
        <translation>Ավելացնել նախապատվություն</translation>
    </message>
    <message>
        <source>Edit Preference</source>
        <translation>Խմբագրել նախապատվությունը</translation>
    </message>
    <message>
        <source>e.g. Peanut allergy, high floor, feather-free pillow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the guest prefers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::PreferenceModel</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::PreferencesTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preferences yet. Press “Add…” to record what the guest likes, needs or must avoid — mark allergies and accessibility needs as critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest told us again: count it and move its date to today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::SearchResultsModel</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Կարծիքներ</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::SettingsPage</name>
    <message>
        <source>&amp;Save Venue Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Կարգավորումներ</translation>
    </message>
    <message>
        <source>e.g. Hotel Ararat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Innkeep starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Innkeep starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British pound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian rouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected result or guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected preference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StaffSection</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the &amp;desk on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, notes and ticket events are recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as colleagues know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff yet. Type a name below and press Enter to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StayDialog</name>
    <message>
        <source>Add Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 312</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part&amp;y size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booking reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per night, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the nightly rate as a number with at most %1 decimals, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the nightly rate as a whole number, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StayTableModel</name>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::StaysTab</name>
    <message>
        <source>Stays</source>
        <translation>Կացություններ</translation>
    </message>
    <message>
        <source>&amp;Add stay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit stay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stays recorded yet. Press “Add stay…” (Ctrl+Shift+S) to record a booking or a past visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stay (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected stay (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketAssignmentBar</name>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the department and assignee (Enter in the name field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketDetailPanel</name>
    <message>
        <source>Select a ticket to see its timeline and act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done — needed to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note, action taken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution &amp;summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up once the ticket is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (target: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, satisfaction %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketQueueModel</name>
    <message>
        <source>%1 (target: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketSettingsSection</name>
    <message>
        <source>Service levels for complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon when left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quiet hours to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to complaints logged from now on; open ones keep their promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save service &amp;levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer offered for new complaints; kept on old ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service levels saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”; complaints that use it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketStatusWidget</name>
    <message>
        <source>Show overdue complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show complaints due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>innkeep::ui::TicketsPage</name>
    <message>
        <source>O&amp;verdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift &amp;handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a complaint (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue · 23 h 59 min over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints match these filters. Clear a filter to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open complaints. Press %1 to log one.</source>
        <translation type="unfinished"></translation>
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
        <source>T&amp;oday</source>
        <translation>&amp;Այսօր</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ամսաթիվ:</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrivals on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in house on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No departures today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No departures on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
