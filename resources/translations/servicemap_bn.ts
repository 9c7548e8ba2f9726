<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/window/about.py" line="15"/>
        <source>development version</source>
        <translation>উন্নয়নাধীন সংস্করণ</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="22"/>
        <source>A directory, maps, coverage gaps and printable referral pathways for child-protection and GBV services.</source>
        <translation>শিশু সুরক্ষা ও জেন্ডারভিত্তিক সহিংসতা (GBV) বিষয়ক সেবার ডিরেক্টরি, মানচিত্র, কভারেজের ঘাটতি এবং মুদ্রণযোগ্য রেফারেল পথ।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="24"/>
        <source>ServiceMap works offline. It goes to the internet only when you switch on an online feature, such as online map tiles or online geocoding.</source>
        <translation>ServiceMap ইন্টারনেট ছাড়াই চলে। কেবল আপনি কোনো অনলাইন সুবিধা, যেমন অনলাইন ম্যাপ টাইল বা অনলাইন জিওকোডিং, চালু করলেই এটি ইন্টারনেটে সংযোগ করে।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="26"/>
        <source>Data credits</source>
        <translation>ডেটার উৎস</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="27"/>
        <source>Administrative boundaries: OCHA Common Operational Datasets (COD-AB); for Bangladesh, produced by the Bangladesh Bureau of Statistics (BBS), licensed CC BY-IGO 3.0.</source>
        <translation>প্রশাসনিক সীমানা: OCHA কমন অপারেশনাল ডেটাসেট (COD-AB); বাংলাদেশের ক্ষেত্রে বাংলাদেশ পরিসংখ্যান ব্যুরো (BBS) প্রণীত, CC BY-IGO 3.0 লাইসেন্সের অধীনে।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="29"/>
        <source>Place names and country information: GeoNames, licensed CC BY 4.0.</source>
        <translation>স্থানের নাম ও দেশের তথ্য: GeoNames, CC BY 4.0 লাইসেন্সের অধীনে।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="34"/>
        <source>About ServiceMap</source>
        <translation>ServiceMap সম্পর্কে</translation>
    </message>
</context>
<context>
    <name>BasemapMenu</name>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="27"/>
        <source>&amp;Basemap</source>
        <translation>ভিত্তি মানচিত্র(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="30"/>
        <source>&amp;None (admin boundaries only)</source>
        <translation>কোনোটি নয় (শুধু প্রশাসনিক সীমানা)(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="31"/>
        <source>Offline tiles from an &amp;MBTiles file…</source>
        <translation>MBTiles ফাইল থেকে অফলাইন টাইল(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="32"/>
        <source>Offline tiles from a z/x/y &amp;folder…</source>
        <translation>z/x/y ফোল্ডার থেকে অফলাইন টাইল(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="33"/>
        <source>&amp;OpenStreetMap (online, cached)</source>
        <translation>OpenStreetMap (অনলাইন, ক্যাশে সংরক্ষিত)(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="53"/>
        <source>Cannot use these tiles</source>
        <translation>এই টাইলগুলো ব্যবহার করা যাচ্ছে না</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="60"/>
        <source>Offline tiles</source>
        <translation>অফলাইন টাইল</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="61"/>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;সব ফাইল (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="68"/>
        <source>Folder of z/x/y tiles</source>
        <translation>z/x/y টাইলের ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="80"/>
        <source>Use online map tiles?</source>
        <translation>অনলাইন মানচিত্র টাইল ব্যবহার করবেন?</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="81"/>
        <source>OpenStreetMap tiles are downloaded from the internet as you look at the map, and kept for offline use. Nothing about your services is sent. Switch them on?</source>
        <translation>মানচিত্র দেখার সময় OpenStreetMap টাইল ইন্টারনেট থেকে ডাউনলোড হয় এবং অফলাইনে ব্যবহারের জন্য সংরক্ষিত থাকে। আপনার সেবা সম্পর্কে কোনো তথ্য পাঠানো হয় না। চালু করবেন?</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="27"/>
        <source>Check this installation</source>
        <translation>এই ইনস্টলেশন যাচাই করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="34"/>
        <source>&amp;Copy the report</source>
        <translation>প্রতিবেদন কপি করুন(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="35"/>
        <source>Check &amp;again</source>
        <translation>আবার যাচাই করুন(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="50"/>
        <source>Checking what ServiceMap needs on this computer…</source>
        <translation>এই কম্পিউটারে ServiceMap-এর যা দরকার তা যাচাই করা হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/check_dialog.py" line="59"/>
        <source>%n essential check(s) failed. What to do is written under each.</source>
        <translation>
            <numerusform>%n টি জরুরি যাচাই ব্যর্থ হয়েছে। কী করতে হবে তা নিচে লেখা আছে।</numerusform>
            <numerusform>%n টি জরুরি যাচাই ব্যর্থ হয়েছে। প্রতিটির নিচে কী করতে হবে লেখা আছে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="62"/>
        <source>Everything ServiceMap needs is in place.</source>
        <translation>ServiceMap-এর যা দরকার সবই আছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="66"/>
        <source>The checks could not run: %1</source>
        <translation>যাচাই চালানো যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="29"/>
        <source>phones and e-mails</source>
        <extracomment>Translates one text (a Qt template with %1 …); the desktop sets it, the command line does not. The JSON fields as people name them (the others through importers.merge.label).</extracomment>
        <translation>ফোন ও ই-মেইল</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="30"/>
        <source>other columns</source>
        <translation>অন্যান্য কলাম</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="31"/>
        <source>words the types were read from</source>
        <translation>যে শব্দ থেকে ধরন পড়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="32"/>
        <source>how the types were found</source>
        <translation>ধরন কীভাবে পাওয়া গেছে</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="33"/>
        <source>source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="34"/>
        <source>phones</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="87"/>
        <source>Phone added %1</source>
        <translation>ফোন যোগ হয়েছে %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="89"/>
        <source>Phone %1 removed</source>
        <translation>ফোন %1 সরানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="91"/>
        <source>Phone %1 changed to %2</source>
        <translation>ফোন %1 বদলে %2 হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="105"/>
        <source>Name %1 changed to %2</source>
        <translation>নাম %1 বদলে %2 হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="106"/>
        <source>Title %1 changed to %2</source>
        <translation>পদবি %1 বদলে %2 হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="107"/>
        <source>Department %1 changed to %2</source>
        <translation>বিভাগ %1 বদলে %2 হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="151"/>
        <source>%1: %2 changed to %3</source>
        <translation>%1: %2 বদলে %3 হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="94"/>
        <source>Phone %1: %2</source>
        <translation>ফোন %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="112"/>
        <location filename="../../desktop/commands/conflict_words.py" line="118"/>
        <source>a contact</source>
        <translation>একটি যোগাযোগ</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="129"/>
        <source>Contact added: %1</source>
        <translation>যোগাযোগ যোগ হয়েছে: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="135"/>
        <source>E-mail added %1</source>
        <translation>ই-মেইল যোগ হয়েছে %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="136"/>
        <source>E-mail removed %1</source>
        <translation>ই-মেইল সরানো হয়েছে %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="139"/>
        <source>Contact removed: %1</source>
        <translation>যোগাযোগ সরানো হয়েছে: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="149"/>
        <source>%1 added: %2</source>
        <translation>%1 যোগ হয়েছে: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="152"/>
        <source>%1 removed</source>
        <translation>%1 সরানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="165"/>
        <source>Added %1</source>
        <translation>যোগ হয়েছে %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="166"/>
        <source>Removed %1</source>
        <translation>সরানো হয়েছে %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="179"/>
        <source>as before</source>
        <translation>আগের মতো</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="47"/>
        <source>Conflicts in the shared directory</source>
        <translation>শেয়ার করা ডিরেক্টরিতে দ্বন্দ্ব</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="57"/>
        <source>Two people changed the same thing differently. The server&apos;s value stays until you choose; your choice goes to the server with the next sync.</source>
        <translation>দুজন একই জিনিস ভিন্নভাবে বদলেছেন। আপনি বেছে না নেওয়া পর্যন্ত সার্ভারের মান থাকবে; পরের সিঙ্কে আপনার পছন্দ সার্ভারে যাবে।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="60"/>
        <source>The server refused some of this copy&apos;s changes: the server&apos;s values are back in this copy (yours stay in its history). Accept each refusal once you have read why.</source>
        <translation>সার্ভার এই কপির কিছু পরিবর্তন গ্রহণ করেনি: সার্ভারের মান এই কপিতে ফিরে এসেছে (আপনারগুলো এর ইতিহাসে থাকে)। কারণ পড়ে প্রতিটি প্রত্যাখ্যান গ্রহণ করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="63"/>
        <source>The server refused some records this copy made: keep them in this copy only, or discard them.</source>
        <translation>এই কপিতে তৈরি কিছু রেকর্ড সার্ভার নেয়নি: সেগুলো শুধু এই কপিতে রাখুন, অথবা বাদ দিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="66"/>
        <source>You may only read this shared directory: a coordinator resolves its conflicts.</source>
        <translation>আপনি এই শেয়ার করা ডিরেক্টরি শুধু পড়তে পারেন: এর দ্বন্দ্বগুলো একজন সমন্বয়কারী মেটান।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Record</source>
        <translation>রেকর্ড</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Field</source>
        <translation>ঘর</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="131"/>
        <source>Server&apos;s</source>
        <translation>সার্ভারের</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <source>Mine</source>
        <translation>আমার</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Keep</source>
        <translation>রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <source>Keep all the server&apos;s</source>
        <translation>সার্ভারের সব মান রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="71"/>
        <source>Keep all mine</source>
        <translation>আমার সব মান রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="72"/>
        <source>Conflicts and refused records</source>
        <translation>দ্বন্দ্ব এবং প্রত্যাখ্যাত রেকর্ড</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="88"/>
        <source>Accept the refusal</source>
        <translation>প্রত্যাখ্যান গ্রহণ করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="88"/>
        <source>Decide later</source>
        <translation>পরে সিদ্ধান্ত নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="93"/>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="93"/>
        <source>Keep only in this copy</source>
        <translation>শুধু এই কপিতে রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="127"/>
        <source>%1&apos;s: %2</source>
        <translation>%1-এর: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="129"/>
        <source>%1 made the other change on another copy; this copy&apos;s value is the server&apos;s.</source>
        <translation>%1 অন্য একটি কপিতে অন্য পরিবর্তনটি করেছেন; এই কপির মান সার্ভারের মান।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="131"/>
        <source>%1&apos;s</source>
        <translation>%1-এর</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="90"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="94"/>
        <source>refused by the server</source>
        <translation>সার্ভার নেয়নি</translation>
    </message>
</context>
<context>
    <name>DateOrderBox</name>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="23"/>
        <source>day first (8 September 2026)</source>
        <translation>আগে দিন (৮ সেপ্টেম্বর ২০২৬)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="24"/>
        <source>month first (9 August 2026)</source>
        <translation>আগে মাস (৯ আগস্ট ২০২৬)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="27"/>
        <source>Use this order for every import into this project</source>
        <translation>এই প্রকল্পে প্রতিটি আমদানিতে এই ক্রম ব্যবহার করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="31"/>
        <source>Dates such as 08/09/2026 are</source>
        <translation>08/09/2026-এর মতো তারিখ পড়া হয়</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>সম্পাদনা(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>পূর্বাবস্থায় ফেরান(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="36"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>আবার করুন(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="38"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="38"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="42"/>
        <source>&amp;Edit service…</source>
        <translation>সেবা সম্পাদনা করুন(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="43"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="43"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="44"/>
        <source>&amp;Delete service</source>
        <translation>সেবা মুছুন(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="46"/>
        <source>Show deleted / &amp;Restore…</source>
        <translation>মুছে ফেলা সেবা দেখান / পুনরুদ্ধার(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="47"/>
        <source>Mark &amp;verified…</source>
        <translation>যাচাইকৃত হিসেবে চিহ্নিত করুন(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="49"/>
        <source>Your &amp;name in the audit…</source>
        <translation>অডিটে আপনার নাম(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="77"/>
        <source>Your name</source>
        <translation>আপনার নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="78"/>
        <source>Edits are recorded in the project&apos;s audit under this name:</source>
        <translation>সম্পাদনাগুলো প্রকল্পের অডিটে এই নামে লিপিবদ্ধ হয়:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="112"/>
        <source>The change was not saved</source>
        <translation>পরিবর্তনটি সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="115"/>
        <source>Not saved: %1</source>
        <translation>সংরক্ষিত হয়নি: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="139"/>
        <source>This column is edited in the service editor (Enter or F2).</source>
        <translation>এই কলামটি সেবা সম্পাদকে সম্পাদনা করা হয় (Enter বা F2)।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Phone call</source>
        <translation>ফোন কল</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Visit</source>
        <translation>পরিদর্শন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>E-mail or message</source>
        <translation>ই-মেইল বা বার্তা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Partner&apos;s update</source>
        <translation>অংশীদারের হালনাগাদ</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="199"/>
        <source>Mark verified</source>
        <translation>যাচাইকৃত হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="200"/>
        <source>“%1” was checked today. How?</source>
        <translation>“%1” আজ যাচাই করা হয়েছে। কীভাবে?</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="213"/>
        <source>Mark “%1” verified</source>
        <translation>“%1” যাচাইকৃত হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="226"/>
        <location filename="../../desktop/curation/edit_actions.py" line="230"/>
        <source>Deleted services</source>
        <translation>মুছে ফেলা সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="226"/>
        <source>No service has been deleted.</source>
        <translation>কোনো সেবা মুছে ফেলা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="230"/>
        <source>Restore this service:</source>
        <translation>এই সেবাটি পুনরুদ্ধার করুন:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="204"/>
        <source>“%1” marked verified today (%2), by %3.</source>
        <translation>“%1” আজ যাচাই করা হিসেবে চিহ্নিত (%2), করেছেন %3।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="205"/>
        <source>you</source>
        <translation>আপনি</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="60"/>
        <source>ServiceMap met an unexpected problem: %1</source>
        <translation>ServiceMap একটি অপ্রত্যাশিত সমস্যায় পড়েছে: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="62"/>
        <source>Your project file is safe: every change is saved when it is made. The details are in %1; please send that file to whoever supports ServiceMap for you.</source>
        <translation>আপনার প্রকল্প ফাইল নিরাপদ আছে: প্রতিটি পরিবর্তন করার সঙ্গে সঙ্গেই সংরক্ষিত হয়। বিস্তারিত তথ্য %1 ফাইলে আছে; যিনি আপনাকে ServiceMap ব্যবহারে সহায়তা করেন, তাঁকে ফাইলটি পাঠান।</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="65"/>
        <source>Help › Check this installation… shows whether this computer lacks something ServiceMap needs.</source>
        <translation>সহায়তা › এই ইনস্টলেশন যাচাই করুন… দেখায় এই কম্পিউটারে ServiceMap-এর দরকারি কিছু অনুপস্থিত কিনা।</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="72"/>
        <source>ServiceMap</source>
        <translation>ServiceMap</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="45"/>
        <source>Export the directory</source>
        <translation>ডিরেক্টরি রপ্তানি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="52"/>
        <source>Include where confidential services (safe houses) are</source>
        <translation>গোপনীয় সেবার (নিরাপদ আশ্রয়) অবস্থান অন্তর্ভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="53"/>
        <source>Without it they are listed without their location. Share such a file only with those who may know where a safe house is.</source>
        <translation>এটি ছাড়া সেগুলো অবস্থান ছাড়াই তালিকাভুক্ত হয়। এমন ফাইল শুধু তাঁদের সঙ্গে ভাগ করুন যাঁরা নিরাপদ আশ্রয়ের অবস্থান জানতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="57"/>
        <source>Choose…</source>
        <translation>বেছে নিন…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="60"/>
        <source>Export</source>
        <translation>রপ্তানি</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="67"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>Format</source>
        <translation>ফরম্যাট</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="68"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>Admin area</source>
        <translation>প্রশাসনিক এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="56"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="70"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="28"/>
        <source>Open Referral HSDS 3.0: JSON (.json) or tabular data package (folder or .zip)</source>
        <translation>Open Referral HSDS 3.0: JSON (.json) অথবা সারণিভিত্তিক ডেটা প্যাকেজ (ফোল্ডার বা .zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="29"/>
        <source>HXL-tagged 3W/4W table (.csv or .xlsx)</source>
        <translation>HXL ট্যাগসহ 3W/4W সারণি (.csv বা .xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="30"/>
        <source>formatted XLSX directory</source>
        <translation>সাজানো XLSX ডিরেক্টরি</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="31"/>
        <source>plain CSV, one row per service at a site</source>
        <translation>সাধারণ CSV, প্রতিটি স্থানের প্রতিটি সেবার জন্য একটি সারি</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="32"/>
        <source>GeoPackage point layer for QGIS</source>
        <translation>QGIS-এর জন্য GeoPackage বিন্দু স্তর</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="33"/>
        <source>GeoJSON points for web maps</source>
        <translation>ওয়েব মানচিত্রের জন্য GeoJSON বিন্দু</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="34"/>
        <source>KML for phone map apps</source>
        <translation>ফোনের মানচিত্র অ্যাপের জন্য KML</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="35"/>
        <source>vCard contacts for phones</source>
        <translation>ফোনের জন্য vCard পরিচিতি</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="86"/>
        <source>All areas</source>
        <translation>সব এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="128"/>
        <source>Writing %1…</source>
        <translation>%1 লেখা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="133"/>
        <source>Wrote %1 records to %2.</source>
        <translation>%2-এ %1টি রেকর্ড লেখা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="135"/>
        <source>Confidential services are listed without their location.</source>
        <translation>গোপনীয় সেবাগুলো অবস্থান ছাড়াই তালিকাভুক্ত।</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="77"/>
        <location filename="../../desktop/importing/wizard.py" line="104"/>
        <source>Choose the service list</source>
        <extracomment>how long the path must stay unchanged (typed in) before its file is read</extracomment>
        <translation>সেবার তালিকা বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="78"/>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>একটি Excel ওয়ার্কবুক (.xlsx, .xlsm, .xls), একটি OpenDocument শিট (.ods) বা একটি CSV ফাইল।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="83"/>
        <source>Browse…</source>
        <translation>ব্রাউজ করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="105"/>
        <source>Service lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</source>
        <translation>সেবার তালিকা (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="80"/>
        <source>Service list file</source>
        <translation>সেবা তালিকার ফাইল</translation>
    </message>
</context>
<context>
    <name>GapExport</name>
    <message>
        <location filename="../../desktop/coverage/export.py" line="17"/>
        <source>Admin level</source>
        <extracomment>The exported table&apos;s columns the panel&apos;s table does not show, in words (for pyside6-lupdate).</extracomment>
        <translation>প্রশাসনিক স্তর</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="18"/>
        <source>Population (all ages)</source>
        <translation>জনসংখ্যা (সব বয়স)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="19"/>
        <source>Children (0–17)</source>
        <translation>শিশু (০–১৭)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="20"/>
        <source>Analysed (%1)</source>
        <translation>বিশ্লেষিত (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="21"/>
        <source>Services per 10,000 %1</source>
        <translation>প্রতি ১০,০০০ %1-এর জন্য সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="22"/>
        <source>Unit</source>
        <translation>একক</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="43"/>
        <source>Service type</source>
        <extracomment>For pyside6-lupdate, which reads only literal calls.</extracomment>
        <translation>সেবার ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="43"/>
        <source>Within</source>
        <translation>পৌঁছানোর সীমা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="44"/>
        <source>Population analysed</source>
        <translation>বিশ্লেষিত জনসংখ্যা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="44"/>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="55"/>
        <location filename="../../desktop/coverage/export.py" line="63"/>
        <location filename="../../desktop/coverage/export.py" line="65"/>
        <source>Export the gap analysis</source>
        <translation>ঘাটতি বিশ্লেষণ রপ্তানি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="56"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv);;GeoPackage for QGIS (*.gpkg);;Distance or travel-time raster (*.tif)</source>
        <translation>Excel ওয়ার্কবুক (*.xlsx);;CSV সারণি (*.csv);;QGIS-এর জন্য GeoPackage (*.gpkg);;দূরত্ব বা যাতায়াত-সময়ের রাস্টার (*.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="66"/>
        <source>Could not write %s: %s. Choose another place.</source>
        <translation>%s লেখা গেল না: %s। অন্য জায়গা বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>GapInputs</name>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="58"/>
        <source>optional: a population raster (.tif) that places a table&apos;s people</source>
        <translation>ঐচ্ছিক: একটি জনসংখ্যা রাস্টার (.tif), যা সারণির মানুষদের অবস্থান ঠিক করে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="77"/>
        <source>Off-road walking speed where no land cover says otherwise; changing it measures travel time</source>
        <translation>সড়কের বাইরে হাঁটার গতি, যেখানে ভূমি আচ্ছাদন অন্য কিছু বলে না; এটি বদলালে যাতায়াতের সময় মাপা হয়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="52"/>
        <source>Limit each service to its capacity</source>
        <translation>প্রতিটি সেবাকে তার সক্ষমতার মধ্যে সীমিত রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="83"/>
        <source>Admin level</source>
        <translation>প্রশাসনিক স্তর</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="87"/>
        <location filename="../../desktop/coverage/inputs.py" line="89"/>
        <source>Population</source>
        <translation>জনসংখ্যা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="90"/>
        <source>Spread by</source>
        <translation>বণ্টনের ভিত্তি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="93"/>
        <source>Roads</source>
        <translation>সড়ক</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="98"/>
        <source>Walking</source>
        <translation>হাঁটা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="96"/>
        <source>Land cover</source>
        <translation>ভূমি আচ্ছাদন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="121"/>
        <source>Browse…</source>
        <translation>ব্রাউজ করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="129"/>
        <source>Choose a file</source>
        <translation>একটি ফাইল বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="43"/>
        <source>all areas that hold services</source>
        <translation>সেবা আছে এমন সব এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="44"/>
        <source>P-codes of the areas to analyse, separated by commas (any level); empty: the top-level areas that hold services</source>
        <translation>বিশ্লেষণের এলাকার পি-কোড, কমা দিয়ে আলাদা (যেকোনো স্তর); ফাঁকা: সেবা আছে এমন শীর্ষ স্তরের এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="50"/>
        <source>by the areas&apos; size</source>
        <translation>এলাকার আকার অনুযায়ী</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="51"/>
        <source>The side of the analysis grid&apos;s cells; smaller is finer and slower</source>
        <translation>বিশ্লেষণ গ্রিডের ঘরের বাহু; ছোট হলে সূক্ষ্ম ও ধীর</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="54"/>
        <source>people in each area: a table (.csv/.xlsx) or a map (.tif)</source>
        <translation>প্রতিটি এলাকার মানুষ: একটি সারণি (.csv/.xlsx) বা একটি মানচিত্র (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="61"/>
        <source>optional: road lines or an OpenStreetMap .osm.pbf</source>
        <translation>ঐচ্ছিক: রাস্তার রেখা বা OpenStreetMap .osm.pbf</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="63"/>
        <source>optional: rivers, lakes and other barriers (lines or areas)</source>
        <translation>ঐচ্ছিক: নদী, হ্রদ ও অন্যান্য বাধা (রেখা বা এলাকা)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="65"/>
        <source>optional: elevation raster (.tif), for slopes</source>
        <translation>ঐচ্ছিক: উচ্চতার রাস্টার (.tif), ঢালের জন্য</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="67"/>
        <source>optional: land-cover raster (.tif)</source>
        <translation>ঐচ্ছিক: ভূমি-আচ্ছাদনের রাস্টার (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="69"/>
        <source>optional: speeds per land-cover class (.csv)</source>
        <translation>ঐচ্ছিক: প্রতিটি ভূমি-আচ্ছাদন শ্রেণির গতি (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="80"/>
        <source>Where</source>
        <translation>কোথায়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="84"/>
        <source>Areas</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="85"/>
        <source>Grid cells</source>
        <translation>গ্রিডের ঘর</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="91"/>
        <source>Travel time (with a threshold in minutes)</source>
        <translation>যাতায়াতের সময় (মিনিটে সীমা দিলে)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="94"/>
        <source>Water</source>
        <translation>পানি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="95"/>
        <source>Elevation</source>
        <translation>উচ্চতা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="97"/>
        <source>Speeds</source>
        <translation>গতি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="142"/>
        <source>empty: the project&apos;s population — %1</source>
        <translation>ফাঁকা: প্রকল্পের জনসংখ্যা — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="99"/>
        <source>Within</source>
        <translation>মধ্যে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="114"/>
        <source>Choose a file: %1</source>
        <translation>একটি ফাইল বাছুন: %1</translation>
    </message>
</context>
<context>
    <name>GapNotes</name>
    <message>
        <location filename="../../desktop/coverage/words.py" line="24"/>
        <source>population analysed: %1 (%2)</source>
        <extracomment>Every note mapping.coverage writes (GapResult.notes, Placement.notes, the population method).</extracomment>
        <translation>বিশ্লেষিত জনসংখ্যা: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="25"/>
        <source>population: the project&apos;s own (%1)</source>
        <translation>জনসংখ্যা: প্রকল্পের নিজস্ব (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="26"/>
        <source>children 0–17 = %1</source>
        <translation>০–১৭ বছরের শিশু = %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="27"/>
        <source>%1: bands 0–14 plus single years 15–17</source>
        <translation>%1: ০–১৪ বছরের দল এবং ১৫–১৭ বছরের প্রতিটি বছর</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="28"/>
        <source>%1: bands 0–14 plus 3/5 of 15–19</source>
        <translation>%1: ০–১৪ বছরের দল এবং ১৫–১৯ দলের ৩/৫</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="29"/>
        <source>%1: bands 0–14 plus 15–17</source>
        <translation>%1: ০–১৪ বছরের দল এবং ১৫–১৭</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="30"/>
        <source>the table has no age bands: analysed as all people</source>
        <translation>টেবিলে বয়সের দল নেই: সব মানুষের জন্য বিশ্লেষণ করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="31"/>
        <source>gridded population without age bands: analysed as all people</source>
        <translation>বয়সের দল ছাড়া গ্রিডভিত্তিক জনসংখ্যা: সব মানুষের জন্য বিশ্লেষণ করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="32"/>
        <source>no total column: population is the sum of the age bands</source>
        <translation>মোটের কলাম নেই: জনসংখ্যা হলো বয়সের দলগুলোর যোগফল</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="33"/>
        <source>this service type covers declared service areas (%1 areas), not a distance</source>
        <translation>এই ধরনের সেবা ঘোষিত সেবা এলাকা (%1টি এলাকা) জুড়ে, কোনো দূরত্ব নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="34"/>
        <source>%1 services of this type have no point on the map and are left out</source>
        <translation>এই ধরনের %1টি সেবার মানচিত্রে কোনো বিন্দু নেই, তাই বাদ রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="35"/>
        <source>capacity-aware coverage (%1 of %2 services have a capacity): each service covers the nearest people up to its capacity, largest first (AccessMod&apos;s method)</source>
        <translation>ধারণক্ষমতা অনুযায়ী আওতা (%2টির মধ্যে %1টি সেবার ধারণক্ষমতা আছে): প্রতিটি সেবা নিজের ধারণক্ষমতা পর্যন্ত নিকটতম মানুষদের আওতায় নেয়, বড়টি আগে (AccessMod-এর পদ্ধতি)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="37"/>
        <source>%1 services have a capacity; ask for capacity-aware coverage to use it</source>
        <translation>%1টি সেবার ধারণক্ষমতা আছে; তা ব্যবহার করতে ধারণক্ষমতা অনুযায়ী আওতা বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="38"/>
        <source>median and worst are blank where travel time is over %1 min (3 × the threshold)</source>
        <translation>যেখানে যাতায়াতের সময় %1 মিনিটের বেশি (সীমার ৩ গুণ), সেখানে মধ্যমা ও সবচেয়ে দূরের ঘর ফাঁকা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="39"/>
        <source>WARNING: no gridded population: each area&apos;s people are spread evenly over its land (by area only). Coverage inside an area is approximate; give a WorldPop-style GeoTIFF for a better answer.</source>
        <translation>সতর্কতা: গ্রিডভিত্তিক জনসংখ্যা নেই: প্রতিটি এলাকার মানুষ তার ভূমিতে সমানভাবে ছড়ানো হয়েছে (শুধু আয়তন অনুযায়ী)। এলাকার ভেতরের আওতা আনুমানিক; আরও ভালো ফলের জন্য WorldPop-এর মতো একটি GeoTIFF দিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="42"/>
        <source>each area&apos;s people and children from %1 are spread over its cells in proportion to the people of %2 (the table&apos;s totals kept exactly)</source>
        <translation>%1 থেকে প্রতিটি এলাকার মানুষ ও শিশু তার ঘরগুলোতে %2-এর জনসংখ্যার অনুপাতে ছড়ানো হয়েছে (টেবিলের মোট হুবহু রাখা হয়েছে)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="44"/>
        <source>%1 areas in scope have no row in %2 (e.g. %3): counted as 0 people</source>
        <translation>আওতার %1টি এলাকার %2-এ কোনো সারি নেই (যেমন %3): ০ জন ধরা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="45"/>
        <source>%1 areas are smaller than one grid cell and their people are left out (e.g. %2)</source>
        <translation>%1টি এলাকা গ্রিডের একটি ঘরের চেয়েও ছোট, তাই তাদের মানুষ বাদ পড়েছে (যেমন %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="46"/>
        <source>WARNING: %1 areas have no people in %2; their people are spread evenly over their land (by area only)</source>
        <translation>সতর্কতা: %2-এ %1টি এলাকায় কোনো মানুষ নেই; তাদের মানুষ ভূমিতে সমানভাবে ছড়ানো হয়েছে (শুধু আয়তন অনুযায়ী)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="48"/>
        <source>analysis grid: %1 × %2 cells of %3 m in %4</source>
        <translation>বিশ্লেষণের গ্রিড: %4-এ %3 মিটারের %1 × %2টি ঘর</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="49"/>
        <source>%1 (%2 units, %3) resampled bilinearly to %4 m cells</source>
        <translation>%1 (%2 একক, %3) দ্বিরৈখিকভাবে %4 মিটারের ঘরে পুনর্নমুনা করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="50"/>
        <source>water and barriers from %1: %2 cells cannot be crossed (roads over them are bridges)</source>
        <translation>%1 থেকে পানি ও বাধা: %2টি ঘর পার হওয়া যায় না (এগুলোর ওপরের রাস্তা সেতু ধরা হয়)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="51"/>
        <source>%1: no water or barrier features</source>
        <translation>%1: পানি বা বাধার কোনো বৈশিষ্ট্য নেই</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="52"/>
        <source>population raster %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>জনসংখ্যার রাস্টার %1: বিশ্লেষণ এলাকার নিচের শুধু %2 × %3টি ঘর পড়া হয়েছে (%4 × %5টির মধ্যে)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="54"/>
        <source>elevation raster %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>উচ্চতার রাস্টার %1: বিশ্লেষণ এলাকার নিচের শুধু %2 × %3টি ঘর পড়া হয়েছে (%4 × %5টির মধ্যে)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="56"/>
        <source>land cover %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>ভূমি আচ্ছাদন %1: বিশ্লেষণ এলাকার নিচের শুধু %2 × %3টি ঘর পড়া হয়েছে (%4 × %5টির মধ্যে)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="59"/>
        <source>%1 %2: only the %3 × %4 cells under the analysis area were read (of %5 × %6)</source>
        <translation>%1 %2: বিশ্লেষণ এলাকার নিচের শুধু %3 × %4টি ঘর পড়া হয়েছে (%5 × %6টির মধ্যে)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="60"/>
        <source>%1 rows without a P-code (totals?) were left out</source>
        <translation>পি-কোড ছাড়া %1টি সারি (মোট?) বাদ দেওয়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="61"/>
        <source>population raster %1 is in %2 (%3 cells); resampled to %4 m cells in %5, keeping the totals</source>
        <translation>জনসংখ্যার রাস্টার %1 আছে %2-এ (%3 ঘর); মোট ঠিক রেখে %5-এ %4 মিটারের ঘরে পুনর্নমুনা করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="63"/>
        <source>population raster %1 (%2 m cells, %3) resampled to %4 m cells in %5, keeping the totals</source>
        <translation>জনসংখ্যার রাস্টার %1 (%2 মিটারের ঘর, %3) মোট ঠিক রেখে %5-এ %4 মিটারের ঘরে পুনর্নমুনা করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="65"/>
        <source>land cover %1 (%2 cells, %3) brought onto %4 m cells in %5 by %6</source>
        <translation>ভূমি আচ্ছাদন %1 (%2 ঘর, %3) %5-এ %4 মিটারের ঘরে আনা হয়েছে, %6 ধরে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="66"/>
        <source>the most common class in each cell</source>
        <translation>প্রতিটি ঘরের সবচেয়ে প্রচলিত শ্রেণি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="67"/>
        <source>the nearest class</source>
        <translation>নিকটতম শ্রেণি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="68"/>
        <source>off-road speed by land-cover class (%1): no class of the table in the analysis area</source>
        <translation>ভূমি আচ্ছাদনের শ্রেণি অনুযায়ী রাস্তার বাইরের গতি (%1): বিশ্লেষণ এলাকায় টেবিলের কোনো শ্রেণি নেই</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="69"/>
        <source>off-road speed by land-cover class (%1): %2</source>
        <translation>ভূমি আচ্ছাদনের শ্রেণি অনুযায়ী রাস্তার বাইরের গতি (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="70"/>
        <source>land-cover classes without a speed (%1; %2 of cells) walked at %3 km/h; add them to the speeds table</source>
        <translation>গতিহীন ভূমি আচ্ছাদনের শ্রেণি (%1; %2 ঘর) ঘণ্টায় %3 কিমি হাঁটা ধরা হয়েছে; এগুলো গতির টেবিলে যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="72"/>
        <source>%1 of cells have no land cover (outside the raster or no data): walked at %2 km/h</source>
        <translation>%1 ঘরে ভূমি আচ্ছাদন নেই (রাস্টারের বাইরে বা তথ্য নেই): ঘণ্টায় %2 কিমি হাঁটা ধরা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="73"/>
        <source>only %1 sites add anyone; more would cover no one new</source>
        <translation>মাত্র %1টি স্থান কাউকে যোগ করে; আরও স্থান নতুন কাউকে আওতায় আনবে না</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="74"/>
        <source>exact model skipped: %1 demand points × %2 candidates is too large to solve in reasonable time; greedy with swaps used</source>
        <translation>সঠিক মডেল বাদ: %1টি চাহিদা-বিন্দু × %2টি প্রার্থী যুক্তিসংগত সময়ে সমাধানের জন্য খুব বড়; অদলবদলসহ গ্রিডি পদ্ধতি ব্যবহার করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="76"/>
        <source>exact: maximal covering location model, solved by HiGHS (proven optimal)</source>
        <translation>সঠিক: সর্বোচ্চ আওতার অবস্থান মডেল, HiGHS দিয়ে সমাধান (সর্বোত্তম প্রমাণিত)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="77"/>
        <source>exact: maximal covering location model, solved by HiGHS; stopped at the %1-second limit, at most %2 below the best possible</source>
        <translation>সঠিক: সর্বোচ্চ আওতার অবস্থান মডেল, HiGHS দিয়ে সমাধান; %1 সেকেন্ডের সীমায় থামানো হয়েছে, সেরা সম্ভাব্য ফলের চেয়ে সর্বোচ্চ %2 কম</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="79"/>
        <source>exact: maximal covering location model, solved by HiGHS; stopped at the %1-second limit with the sites found</source>
        <translation>সঠিক: সর্বোচ্চ আওতার অবস্থান মডেল, HiGHS দিয়ে সমাধান; পাওয়া স্থানগুলো নিয়ে %1 সেকেন্ডের সীমায় থামানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="81"/>
        <source>roads from %1 (OpenStreetMap): no highway=* ways inside the analysis area; off-road speeds only</source>
        <translation>%1 থেকে রাস্তা (OpenStreetMap): বিশ্লেষণ এলাকার ভেতরে কোনো highway=* পথ নেই; শুধু রাস্তার বাইরের গতি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="83"/>
        <source>roads from %1 (OpenStreetMap): %2 ways in the area (%3), speeds by highway class</source>
        <translation>%1 থেকে রাস্তা (OpenStreetMap): এলাকায় %2টি পথ (%3), highway শ্রেণি অনুযায়ী গতি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="84"/>
        <source>off-road: walking at %1 km/h</source>
        <translation>রাস্তার বাইরে: ঘণ্টায় %1 কিমি হাঁটা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="85"/>
        <source>off-road walking slowed on slopes (Tobler&apos;s hiking function on the DEM)</source>
        <translation>ঢালে রাস্তার বাইরের হাঁটা ধীর করা হয়েছে (উচ্চতা মডেলে টোবলারের হাইকিং ফাংশন)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="86"/>
        <source>roads from %1: speeds from its &apos;%2&apos; column</source>
        <translation>%1 থেকে রাস্তা: এর &apos;%2&apos; কলাম থেকে গতি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="87"/>
        <source>roads from %1: speeds by &apos;%2&apos; class</source>
        <translation>%1 থেকে রাস্তা: &apos;%2&apos; শ্রেণি অনুযায়ী গতি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="88"/>
        <source>roads from %1: no class column, every road at %2 km/h</source>
        <translation>%1 থেকে রাস্তা: শ্রেণির কলাম নেই, সব রাস্তা ঘণ্টায় %2 কিমি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="89"/>
        <source>road classes without a speed, given %1 km/h: %2</source>
        <translation>গতিহীন রাস্তার শ্রেণি, ঘণ্টায় %1 কিমি ধরা হয়েছে: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="94"/>
        <source>give a distance or a time, such as 5km or 60min, more than zero.</source>
        <extracomment>Every problem a gap or suggestion request can have (InvalidRequest.problem, PlacementError&apos;s fixed texts).</extracomment>
        <translation>শূন্যের বেশি একটি দূরত্ব বা সময় দিন, যেমন 5km বা 60min।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="95"/>
        <source>no such project file. Check the path.</source>
        <translation>এমন কোনো প্রকল্প ফাইল নেই। পথটি যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="96"/>
        <source>choose a service type.</source>
        <translation>একটি সেবার ধরন বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="97"/>
        <source>give a walking speed in km/h above 0 (5 is usual).</source>
        <translation>০-এর বেশি হাঁটার গতি কিমি/ঘণ্টায় দিন (সাধারণত ৫)।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="98"/>
        <source>give the land-cover raster too ({landcover}).</source>
        <translation>ভূমি আচ্ছাদনের রাস্টারও দিন ({landcover})।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="99"/>
        <source>give the population table too ({population}).</source>
        <translation>জনসংখ্যার টেবিলও দিন ({population})।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="100"/>
        <source>no such file. Check the path.</source>
        <translation>এমন কোনো ফাইল নেই। পথটি যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="101"/>
        <source>give the grid cell size in metres, more than zero.</source>
        <translation>গ্রিডের ঘরের মাপ মিটারে দিন, শূন্যের বেশি।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="102"/>
        <source>write the gap table as .csv, .xlsx or .gpkg.</source>
        <translation>ঘাটতির টেবিল .csv, .xlsx বা .gpkg হিসেবে লিখুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="103"/>
        <source>ask for at least one new site.</source>
        <translation>অন্তত একটি নতুন স্থান চান।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="104"/>
        <source>choose greedy or exact.</source>
        <translation>গ্রিডি বা সঠিক বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="105"/>
        <source>give a file of points, &apos;areas&apos; or &apos;grid&apos;.</source>
        <translation>বিন্দুর একটি ফাইল, &apos;areas&apos; বা &apos;grid&apos; দিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="106"/>
        <source>write the suggested sites as .csv, .xlsx or .gpkg.</source>
        <translation>প্রস্তাবিত স্থানগুলো .csv, .xlsx বা .gpkg হিসেবে লিখুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="107"/>
        <source>give a COD-PS table (.csv/.xlsx) or a population raster (.tif); this project keeps none.</source>
        <translation>একটি COD-PS টেবিল (.csv/.xlsx) বা জনসংখ্যার রাস্টার (.tif) দিন; এই প্রকল্পে কোনোটি রাখা নেই।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="109"/>
        <source>no candidate sites to choose from.</source>
        <translation>বেছে নেওয়ার মতো কোনো প্রার্থী স্থান নেই।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="110"/>
        <source>everyone analysed is already covered: there is no gap to close.</source>
        <translation>বিশ্লেষিত সবাই ইতিমধ্যে আওতায় আছে: পূরণ করার মতো কোনো ঘাটতি নেই।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="86"/>
        <location filename="../../desktop/coverage/words.py" line="115"/>
        <source>grid cell %1</source>
        <extracomment>Candidate sites mapping names by number (&quot;cell 12&quot; among grid cells, &quot;candidate 3&quot; from a file without names).</extracomment>
        <translation>গ্রিডের ঘর %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="116"/>
        <source>candidate %1</source>
        <translation>প্রার্থী %1</translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="67"/>
        <source>Find gaps</source>
        <extracomment>The type ticked when a project opens.</extracomment>
        <translation>ঘাটতি খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="69"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="82"/>
        <source>Greedy (fast)</source>
        <translation>গ্রিডি (দ্রুত)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="83"/>
        <source>Exact (MCLP)</source>
        <translation>নির্ভুল (MCLP)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="85"/>
        <source>among grid cells</source>
        <translation>গ্রিডের ঘরগুলোর মধ্যে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="86"/>
        <source>at area centres</source>
        <translation>এলাকার কেন্দ্রে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="87"/>
        <source>Suggest sites</source>
        <translation>স্থান প্রস্তাব করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="90"/>
        <source>Export…</source>
        <translation>রপ্তানি…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="91"/>
        <source>Save the type shown: its table (.xlsx, .csv), a GeoPackage with areas, catchments and bands, or its raster (.tif)</source>
        <translation>দেখানো ধরনটি সংরক্ষণ করুন: এর সারণি (.xlsx, .csv), এলাকা, সেবা-পরিধি ও বলয়সহ GeoPackage, অথবা এর রাস্টার (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="204"/>
        <source>Tick at least one service type.</source>
        <translation>অন্তত একটি সেবার ধরন বেছে নিন।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="230"/>
        <source>Done: %n service type(s) analysed.</source>
        <translation>
            <numerusform>সম্পন্ন: %nটি সেবার ধরন বিশ্লেষণ হয়েছে।</numerusform>
            <numerusform>সম্পন্ন: %nটি সেবার ধরন বিশ্লেষণ হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="234"/>
        <source>Analysing %1 (%2 of %3)…</source>
        <translation>%1 বিশ্লেষণ চলছে (%3টির মধ্যে %2)…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="260"/>
        <source>Saved %s</source>
        <translation>সংরক্ষিত: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="270"/>
        <source>Cancelled. %1 of %2 service type(s) done; the results so far are kept.</source>
        <translation>বাতিল হয়েছে। %2টির মধ্যে %1টি সেবার ধরন সম্পন্ন; এ পর্যন্ত ফলাফল রাখা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="113"/>
        <source>New sites</source>
        <translation>নতুন স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="272"/>
        <source>Cancelled.</source>
        <translation>বাতিল করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="329"/>
        <source>Gap analysis</source>
        <translation>ঘাটতি বিশ্লেষণ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="329"/>
        <source>The analysis failed: %s</source>
        <translation>বিশ্লেষণ ব্যর্থ হয়েছে: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="126"/>
        <source>Analyse</source>
        <translation>বিশ্লেষণ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="127"/>
        <source>Results</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="231"/>
        <location filename="../../desktop/coverage/panel.py" line="347"/>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="296"/>
        <source>Not started: gaps are counted in people, and this project has no population figures. Under “Population”, choose a table of the number of people in each area (.csv or .xlsx) or a population map (.tif). Tables for most countries are OCHA&apos;s subnational population statistics (COD-PS), free to download from HDX: data.humdata.org.</source>
        <translation>শুরু হয়নি: ঘাটতি গোনা হয় মানুষের সংখ্যায়, আর এই প্রকল্পে জনসংখ্যার কোনো তথ্য নেই। “জনসংখ্যা”-তে প্রতিটি এলাকার মানুষের সংখ্যার একটি সারণি (.csv বা .xlsx) বা একটি জনসংখ্যা মানচিত্র (.tif) বেছে নিন। বেশিরভাগ দেশের জন্য এই সারণি হলো OCHA-র প্রশাসনিক এলাকাভিত্তিক জনসংখ্যা পরিসংখ্যান (COD-PS), HDX থেকে বিনামূল্যে নামানো যায়: data.humdata.org।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="304"/>
        <source>Not started</source>
        <translation>শুরু হয়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="348"/>
        <source>%1 within %2</source>
        <translation>%2 এর মধ্যে %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="350"/>
        <source>Suggested %n site(s) for %1: numbered on the map, listed under “Suggested sites”.</source>
        <translation>
            <numerusform>%1 এর জন্য %nটি স্থান প্রস্তাবিত: মানচিত্রে নম্বর দেওয়া, “প্রস্তাবিত স্থান” এ তালিকাভুক্ত।</numerusform>
            <numerusform>%1 এর জন্য %nটি স্থান প্রস্তাবিত: মানচিত্রে নম্বর দেওয়া, “প্রস্তাবিত স্থান” এ তালিকাভুক্ত।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="352"/>
        <source>No new %1 site would cover anyone new.</source>
        <translation>নতুন কোনো স্থান (%1) নতুন কাউকে আওতায় আনবে না।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="244"/>
        <source>Suggesting sites for %1 within %2…</source>
        <translation>%2 এর মধ্যে %1 এর জন্য স্থান প্রস্তাব করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="269"/>
        <source>Cancelled</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="324"/>
        <source>Stopped</source>
        <translation>থেমেছে</translation>
    </message>
</context>
<context>
    <name>GapResults</name>
    <message>
        <location filename="../../desktop/coverage/results.py" line="73"/>
        <source>% of {kind} within {within}</source>
        <translation>{within}-এর মধ্যে {kind}-এর %</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="74"/>
        <source>{Kind} beyond {within}</source>
        <translation>{within}-এর বাইরে {Kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="75"/>
        <source>Distance to the nearest service</source>
        <translation>নিকটতম সেবার দূরত্ব</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="76"/>
        <source>Travel time to the nearest service</source>
        <translation>নিকটতম সেবায় যাতায়াতের সময়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="77"/>
        <source>no population</source>
        <translation>জনসংখ্যা নেই</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="78"/>
        <source>covered</source>
        <translation>আওতাভুক্ত</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="79"/>
        <source>beyond the threshold</source>
        <translation>সীমার বাইরে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="80"/>
        <source>rank</source>
        <translation>ক্রম</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="81"/>
        <source>Services of this type (confidential ones are not shown)</source>
        <translation>এই ধরনের সেবা (গোপনীয়গুলো দেখানো হয় না)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="82"/>
        <source>Suggested site</source>
        <translation>প্রস্তাবিত স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="83"/>
        <source>adds</source>
        <translation>যোগ করে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="64"/>
        <location filename="../../desktop/coverage/results.py" line="157"/>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>% covered</source>
        <translation>% আওতাভুক্ত</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="158"/>
        <location filename="../../desktop/coverage/results.py" line="280"/>
        <source>Children out of reach</source>
        <translation>নাগালের বাইরে শিশু</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="164"/>
        <source>Distance / travel-time bands</source>
        <translation>দূরত্ব / যাতায়াত-সময়ের বলয়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Service type</source>
        <translation>সেবার ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Within</source>
        <translation>সীমা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>In scope</source>
        <translation>আওতার মধ্যে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="63"/>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Covered</source>
        <translation>আওতাভুক্ত</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="172"/>
        <source>Beyond</source>
        <translation>সীমার বাইরে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="197"/>
        <source>Overview</source>
        <translation>সারসংক্ষেপ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="183"/>
        <location filename="../../desktop/coverage/results.py" line="202"/>
        <source>Suggested sites</source>
        <translation>প্রস্তাবিত স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="203"/>
        <source>Notes</source>
        <translation>টীকা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="209"/>
        <source>Showing</source>
        <translation>দেখানো হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="214"/>
        <source>Colour areas by</source>
        <translation>এলাকার রং যেভাবে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="276"/>
        <source>Children in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>আওতার মধ্যে শিশু: %s — আওতাভুক্ত: %s (%s%%) — %s-এর বাইরে: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="277"/>
        <source>People in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>আওতার মধ্যে মানুষ: %s — আওতাভুক্ত: %s (%s%%) — %s-এর বাইরে: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="280"/>
        <source>People out of reach</source>
        <translation>নাগালের বাইরে মানুষ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="281"/>
        <source>Travel-time bands</source>
        <translation>যাতায়াত-সময়ের বলয়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="281"/>
        <source>Distance bands</source>
        <translation>দূরত্বের বলয়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="286"/>
        <source>adds %s %s (total %s)</source>
        <translation>%s %s যোগ করে (মোট %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="60"/>
        <source>Rank</source>
        <extracomment>For pyside6-lupdate, which reads only literal calls.</extracomment>
        <translation>ক্রম</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="60"/>
        <source>P-code</source>
        <translation>পি-কোড</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="61"/>
        <source>Area</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="61"/>
        <source>Part of</source>
        <translation>যার অংশ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="62"/>
        <source>Children</source>
        <translation>শিশু</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="63"/>
        <source>People</source>
        <translation>মানুষ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="64"/>
        <source>Beyond %1</source>
        <translation>%1 এর বাইরে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="65"/>
        <source>Services</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="65"/>
        <source>Median to a service (%1)</source>
        <translation>সেবা পর্যন্ত মধ্যমা (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="66"/>
        <source>Farthest (%1)</source>
        <translation>সবচেয়ে দূরে (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="66"/>
        <source>From the centre (%1)</source>
        <translation>কেন্দ্র থেকে (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="67"/>
        <source>Nearest service</source>
        <translation>নিকটতম সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="84"/>
        <location filename="../../desktop/coverage/words.py" line="142"/>
        <source>children</source>
        <translation>শিশু</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="85"/>
        <location filename="../../desktop/coverage/words.py" line="144"/>
        <source>people</source>
        <translation>মানুষ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="174"/>
        <source>Overview of the types analysed</source>
        <translation>বিশ্লেষিত ধরনগুলোর সারসংক্ষেপ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="179"/>
        <source>Areas, most people out of reach first</source>
        <translation>এলাকা, নাগালের বাইরে সবচেয়ে বেশি মানুষ আগে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="185"/>
        <source>Notes on the analysis</source>
        <translation>বিশ্লেষণের টীকা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="193"/>
        <source>Click an area to outline it on the main map; double-click to see it on this map</source>
        <translation>মূল মানচিত্রে সীমারেখা দেখাতে এলাকায় ক্লিক করুন; এই মানচিত্রে দেখতে ডাবল-ক্লিক করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="195"/>
        <source>Areas</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="196"/>
        <source>Map</source>
        <translation>মানচিত্র</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="289"/>
        <source>New sites for %1:</source>
        <translation>%1 এর জন্য নতুন স্থান:</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="54"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n আমদানি হয়েছে</numerusform>
            <numerusform>%n আমদানি হয়েছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="55"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n হালনাগাদ হয়েছে</numerusform>
            <numerusform>%n হালনাগাদ হয়েছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="56"/>
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n ডুপ্লিকেট</numerusform>
            <numerusform>%n ডুপ্লিকেট</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="57"/>
        <source>%n not-a-service</source>
        <translation>
            <numerusform>%n সেবা নয়</numerusform>
            <numerusform>%n সেবা নয়</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="58"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n বাতিল</numerusform>
            <numerusform>%n বাতিল</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="18"/>
        <source>Record ID</source>
        <extracomment>Each field&apos;s English label (as importers.columns.FIELDS writes it), marked for pyside6-lupdate.</extracomment>
        <translation>রেকর্ড আইডি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="19"/>
        <source>Organisation</source>
        <translation>সংস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="20"/>
        <source>Organisation (other, specify)</source>
        <translation>সংস্থা (অন্যান্য, উল্লেখ করুন)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="21"/>
        <source>Lead / funding organisation</source>
        <translation>প্রধান / অর্থায়নকারী সংস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="22"/>
        <source>Service name</source>
        <translation>সেবার নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="23"/>
        <source>Service type(s)</source>
        <translation>সেবার ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="24"/>
        <source>Service type (other, specify)</source>
        <translation>সেবার ধরন (অন্যান্য, উল্লেখ করুন)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="25"/>
        <source>Sector</source>
        <translation>খাত</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="26"/>
        <source>Sub-sector</source>
        <translation>উপখাত</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="27"/>
        <source>Activity</source>
        <translation>কার্যক্রম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="28"/>
        <source>Description</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="29"/>
        <source>Remarks</source>
        <translation>মন্তব্য</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="30"/>
        <source>Admin 1 name</source>
        <translation>প্রশাসনিক স্তর ১-এর নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="31"/>
        <source>Admin 2 name</source>
        <translation>প্রশাসনিক স্তর ২-এর নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="32"/>
        <source>Admin 3 name</source>
        <translation>প্রশাসনিক স্তর ৩-এর নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="33"/>
        <source>Admin 4 name</source>
        <translation>প্রশাসনিক স্তর ৪-এর নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="34"/>
        <source>Admin 1 P-code</source>
        <translation>প্রশাসনিক স্তর ১-এর পি-কোড</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="35"/>
        <source>Admin 2 P-code</source>
        <translation>প্রশাসনিক স্তর ২-এর পি-কোড</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="36"/>
        <source>Admin 3 P-code</source>
        <translation>প্রশাসনিক স্তর ৩-এর পি-কোড</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="37"/>
        <source>Admin 4 P-code</source>
        <translation>প্রশাসনিক স্তর ৪-এর পি-কোড</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="38"/>
        <source>Site / facility</source>
        <translation>স্থান / প্রতিষ্ঠান</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="39"/>
        <source>Location / camp</source>
        <translation>অবস্থান / ক্যাম্প</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="40"/>
        <source>Block / zone</source>
        <translation>ব্লক / জোন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="41"/>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="42"/>
        <source>Latitude</source>
        <translation>অক্ষাংশ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="43"/>
        <source>Longitude</source>
        <translation>দ্রাঘিমাংশ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="44"/>
        <source>Coordinates (lat, lon)</source>
        <translation>স্থানাঙ্ক (অক্ষাংশ, দ্রাঘিমাংশ)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="45"/>
        <source>Focal person</source>
        <translation>ফোকাল পারসন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="46"/>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="47"/>
        <source>More phone numbers</source>
        <translation>আরও ফোন নম্বর</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="48"/>
        <source>E-mail</source>
        <translation>ই-মেইল</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="49"/>
        <source>More e-mail addresses</source>
        <translation>আরও ইমেইল ঠিকানা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="50"/>
        <source>Opening hours</source>
        <translation>খোলার সময়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="51"/>
        <source>Ages</source>
        <translation>বয়স</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="52"/>
        <source>Gender</source>
        <translation>লিঙ্গ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="53"/>
        <source>Target group</source>
        <translation>লক্ষ্য গোষ্ঠী</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="54"/>
        <source>Languages</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="55"/>
        <source>Cost</source>
        <translation>খরচ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="56"/>
        <source>Accessibility</source>
        <translation>প্রবেশযোগ্যতা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="57"/>
        <source>Intake criteria</source>
        <translation>গ্রহণের শর্ত</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="58"/>
        <source>Referral method</source>
        <translation>রেফারেলের পদ্ধতি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="59"/>
        <source>Response time</source>
        <translation>সাড়া দেওয়ার সময়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="60"/>
        <source>Feedback channel</source>
        <translation>মতামত জানানোর মাধ্যম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="61"/>
        <source>Confidential</source>
        <translation>গোপনীয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="62"/>
        <source>Location may be shared (yes/no)</source>
        <translation>অবস্থান জানানো যাবে (হ্যাঁ/না)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="63"/>
        <source>Capacity</source>
        <translation>ধারণক্ষমতা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="64"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="65"/>
        <source>Last verified</source>
        <translation>সর্বশেষ যাচাই</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="66"/>
        <source>Keep as extra field</source>
        <translation>অতিরিক্ত ঘর হিসেবে রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="67"/>
        <source>Ignore</source>
        <translation>উপেক্ষা করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="72"/>
        <source>header</source>
        <extracomment>How the wizard found a column&apos;s field (``ColumnMap.how``), as its column step says it.</extracomment>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="73"/>
        <source>HXL tag</source>
        <translation>HXL ট্যাগ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="74"/>
        <source>header, nearly</source>
        <translation>শিরোনাম, প্রায়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="75"/>
        <source>what it holds</source>
        <translation>এর বিষয়বস্তু</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="76"/>
        <source>saved layout</source>
        <translation>সংরক্ষিত বিন্যাস</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="77"/>
        <source>your choice</source>
        <translation>আপনার পছন্দ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="78"/>
        <source>unknown</source>
        <translation>অজানা</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop/importing/history.py" line="43"/>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="43"/>
        <source>Who</source>
        <translation>কে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="44"/>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="50"/>
        <source>Import history</source>
        <translation>আমদানির ইতিহাস</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="90"/>
        <source>Open a project to see the imports made into it.</source>
        <translation>কোনো প্রকল্পে কী কী আমদানি হয়েছে দেখতে প্রকল্পটি খুলুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="95"/>
        <source>No imports recorded in this project yet.</source>
        <translation>এই প্রকল্পে এখনও কোনো আমদানি লিপিবদ্ধ হয়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="96"/>
        <source>One import recorded in this project. Choose it to see its report.</source>
        <translation>এই প্রকল্পে একটি আমদানি লিপিবদ্ধ আছে। এর প্রতিবেদন দেখতে এটি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="97"/>
        <source>{0} imports recorded in this project. Choose one to see its report.</source>
        <translation>এই প্রকল্পে {0}টি আমদানি লিপিবদ্ধ আছে। প্রতিবেদন দেখতে একটি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="56"/>
        <source>Past imports</source>
        <translation>আগের আমদানি</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="31"/>
        <source>cell %1 held %2; that value was left out</source>
        <extracomment>Every sentence importers/ (and directory.safe_text) can put in a row&apos;s messages or a file&apos;s notes.</extracomment>
        <translation>ঘর %1-এ %2 ছিল; সেই মানটি বাদ দেওয়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="32"/>
        <source>cell %1 holds %2 characters; only the first %3 were kept</source>
        <translation>ঘর %1-এ %2টি অক্ষর আছে; শুধু প্রথম %3টি রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="33"/>
        <source>%1 held %2, which can make a name or a phone number read differently from what it is; removed</source>
        <translation>%1-এ %2 ছিল, যা কোনো নাম বা ফোন নম্বরকে আসলের চেয়ে ভিন্নভাবে পড়াতে পারে; সরিয়ে ফেলা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="35"/>
        <source>blank row</source>
        <translation>ফাঁকা সারি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="36"/>
        <source>the table&apos;s header again, not a service</source>
        <translation>টেবিলের শিরোনাম আবার, কোনো সেবা নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="37"/>
        <source>a second header row (the headers in another language), not a service</source>
        <translation>দ্বিতীয় শিরোনাম সারি (অন্য ভাষায় শিরোনাম), কোনো সেবা নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="38"/>
        <source>a total (&apos;%1&apos;), not a service</source>
        <translation>একটি মোট (&apos;%1&apos;), সেবা নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="39"/>
        <source>a note or total (&apos;%1&apos;), not a service</source>
        <translation>একটি নোট বা মোট (&apos;%1&apos;), সেবা নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="40"/>
        <source>a focal point&apos;s contact (&apos;%1&apos;), not a service</source>
        <translation>একজন ফোকাল পয়েন্টের যোগাযোগ (&apos;%1&apos;), সেবা নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="41"/>
        <source>the rest of row %1 (%2), split over two rows (as a PDF converted to a sheet does): read with that row</source>
        <translation>সারি %1-এর বাকি অংশ (%2), দুই সারিতে ভাগ হয়েছে (PDF থেকে শিটে রূপান্তর করলে যেমন হয়): সেই সারির সঙ্গে পড়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="43"/>
        <source>an activity (&apos;%1&apos;): a training, meeting, distribution or campaign, not a service people can be referred to</source>
        <translation>একটি কার্যক্রম (&apos;%1&apos;): প্রশিক্ষণ, সভা, বিতরণ বা প্রচারণা, মানুষকে রেফার করার মতো সেবা নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="45"/>
        <source>a test entry (&apos;%1&apos;), not a service; if it is a real service, write its real name and import again</source>
        <translation>একটি পরীক্ষামূলক এন্ট্রি (&apos;%1&apos;), কোনো সেবা নয়; এটি সত্যিকারের সেবা হলে এর আসল নাম লিখে আবার ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="47"/>
        <source>the template&apos;s example row (&apos;%1&apos;), not a service</source>
        <translation>টেমপ্লেটের উদাহরণ সারি (&apos;%1&apos;), কোনো সেবা নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="48"/>
        <source>none of the service columns of row %1 is marked (&apos;%2&apos;): not a service</source>
        <translation>সারি %1-এর সেবার কোনো কলামে চিহ্ন নেই (&apos;%2&apos;): কোনো সেবা নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="49"/>
        <source>no organisation offers it here (&apos;%1&apos;): a gap the list notes, not a service</source>
        <translation>এখানে কোনো সংস্থা এটি দেয় না (&apos;%1&apos;): তালিকায় উল্লেখিত একটি ঘাটতি, কোনো সেবা নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="50"/>
        <source>names no service (&apos;%1&apos;): not imported as one. If it is a service, write its organisation and type, and import again</source>
        <translation>কোনো সেবার উল্লেখ নেই (&apos;%1&apos;): সেবা হিসেবে ইমপোর্ট হয়নি। এটি সেবা হলে এর সংস্থা ও ধরন লিখে আবার ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="52"/>
        <source>a heading (&apos;%1&apos;): the organisation of the services under it</source>
        <translation>একটি শিরোনাম (&apos;%1&apos;): এর নিচের সেবাগুলোর সংস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="53"/>
        <source>a heading (&apos;%1&apos;): the service type of the rows under it</source>
        <translation>একটি শিরোনাম (&apos;%1&apos;): এর নিচের সারিগুলোর সেবার ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="54"/>
        <source>only an organisation (&apos;%1&apos;), nothing of a service: not imported. If it offers one, write what it offers in row %2 and import again</source>
        <translation>শুধু একটি সংস্থা (&apos;%1&apos;), কোনো সেবার কথা নেই: ইমপোর্ট করা হয়নি। সংস্থাটি কোনো সেবা দিলে সারি %2-এ তা লিখে আবার ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="56"/>
        <source>other services of this list are at its place and show it on maps and pathways: %1. Mark them confidential too in the import wizard, or give them their own address</source>
        <translation>এই তালিকার অন্য সেবাগুলো একই জায়গায় আছে এবং মানচিত্র ও রেফারেল পথে জায়গাটি দেখিয়ে দেয়: %1। ইমপোর্ট উইজার্ডে সেগুলোকেও গোপনীয় করুন, অথবা সেগুলোর নিজস্ব ঠিকানা দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="59"/>
        <source>services already in the project are at its place and show it on maps and pathways: %1. Mark them confidential too in the services panel, or give them their own address</source>
        <translation>প্রকল্পে আগে থেকে থাকা সেবাগুলো একই জায়গায় আছে এবং মানচিত্র ও রেফারেল পথে জায়গাটি দেখিয়ে দেয়: %1। সেবা প্যানেলে সেগুলোকেও গোপনীয় করুন, অথবা সেগুলোর নিজস্ব ঠিকানা দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="62"/>
        <source>it is at the place of &apos;%1&apos;, a confidential service already in the project, and would show that place on maps and pathways. Mark it confidential in the import wizard, or give it its own address</source>
        <translation>এটি &apos;%1&apos;-এর জায়গায় আছে, যা প্রকল্পে আগে থেকে থাকা একটি গোপনীয় সেবা, এবং মানচিত্র ও রেফারেল পথে সেই জায়গাটি দেখিয়ে দেবে। ইমপোর্ট উইজার্ডে এটিকে গোপনীয় করুন, অথবা এর নিজস্ব ঠিকানা দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="66"/>
        <source>no service name in row %1: named &apos;%2&apos; from what the row says; write its name in the service name column if it has one</source>
        <translation>সারি %1-এ সেবার নাম নেই: সারিতে যা লেখা আছে তা থেকে নাম দেওয়া হয়েছে &apos;%2&apos;; সেবার নাম থাকলে তা সেবার নামের কলামে লিখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="68"/>
        <source>nothing in row %1 says what the service is: write it in one of the row&apos;s cells (or choose the column that says it in the import wizard&apos;s column step) and import again</source>
        <translation>সারি %1-এর কোথাও সেবাটি কী তা বলা নেই: সারির কোনো একটি ঘরে তা লিখুন (অথবা আমদানি উইজার্ডের কলাম ধাপে যে কলামে তা আছে সেটি বেছে নিন) এবং আবার আমদানি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="71"/>
        <source>no organisation: fill in the &apos;organisation&apos; column of row %1 and import again</source>
        <translation>সংস্থা নেই: সারি %1-এর &apos;সংস্থা&apos; কলাম পূরণ করে আবার আমদানি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="72"/>
        <source>no service name: fill in the &apos;service name&apos; column of row %1 and import again</source>
        <translation>সেবার নাম নেই: সারি %1-এর &apos;সেবার নাম&apos; কলাম পূরণ করে আবার আমদানি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="74"/>
        <source>service record %1 has no %2; fix it in the source system</source>
        <translation>সেবার রেকর্ড %1-এ %2 নেই; মূল সিস্টেমে এটি ঠিক করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="76"/>
        <source>same service as sheet &apos;%1&apos; row %2; merged into it</source>
        <translation>শিট &apos;%1&apos;-এর সারি %2-এর সেবার সঙ্গে একই; সেটির সঙ্গে একীভূত করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="77"/>
        <source>same service as row %1; merged into it</source>
        <translation>সারি %1-এর সেবার সঙ্গে একই; সেটির সঙ্গে একীভূত করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="78"/>
        <source>same service id as record %1; left out</source>
        <translation>রেকর্ড %1-এর সেবার আইডির সঙ্গে একই; বাদ রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="79"/>
        <source>already in the project: no change</source>
        <translation>প্রকল্পে আগে থেকেই আছে: কোনো পরিবর্তন নেই</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="80"/>
        <source>already in the project: its record was updated</source>
        <translation>প্রকল্পে আগে থেকেই আছে: এর রেকর্ড হালনাগাদ করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="82"/>
        <source>service type not recognised in its text (&apos;%1&apos;): choose its types in the service editor, or teach the words with Tools › Service types… in the desktop (or &apos;servicemap teach&apos; and &apos;servicemap retype&apos;)</source>
        <translation>লেখা থেকে সেবার ধরন চেনা যায়নি (&apos;%1&apos;): সেবা সম্পাদকে এর ধরন বেছে নিন, অথবা সরঞ্জাম › সেবার ধরন… দিয়ে শব্দগুলো শিখিয়ে দিন (বা &apos;servicemap teach&apos; ও &apos;servicemap retype&apos;)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="85"/>
        <source>service type &apos;%1&apos; left out: the row&apos;s text says it is suspended or not offered; check it</source>
        <translation>সেবার ধরন &apos;%1&apos; বাদ রাখা হয়েছে: সারির লেখায় বলা আছে এটি স্থগিত বা দেওয়া হয় না; যাচাই করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="87"/>
        <source>service type &apos;%1&apos; kept although the row&apos;s text says a part of it is not offered: its column is marked as offered in part; check it</source>
        <translation>সেবার ধরন &apos;%1&apos; রাখা হয়েছে, যদিও সারির লেখায় বলা আছে এর একটি অংশ দেওয়া হয় না: এর কলামে এটি আংশিক দেওয়া হয় বলে চিহ্নিত; যাচাই করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="89"/>
        <source>service type &apos;%1&apos; was read from the %2 only (not a usual type of its sector); check it</source>
        <translation>সেবার ধরন &apos;%1&apos; শুধু %2 থেকে পড়া হয়েছে (এর খাতের স্বাভাবিক ধরন নয়); যাচাই করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="91"/>
        <source>service type &apos;%1&apos; was read from the %2 only; check it</source>
        <translation>সেবার ধরন &apos;%1&apos; শুধু %2 থেকে পড়া হয়েছে; যাচাই করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="92"/>
        <source>service type &apos;%1&apos; not recognised; add it as a synonym or fix the cell</source>
        <translation>সেবার ধরন &apos;%1&apos; চেনা যায়নি; এটিকে সমার্থক শব্দ হিসেবে যোগ করুন বা ঘরটি ঠিক করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="93"/>
        <source>no service type recognised; set one in ServiceMap</source>
        <translation>কোনো সেবার ধরন চেনা যায়নি; ServiceMap-এ একটি ধরন ঠিক করে দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="95"/>
        <source>marked confidential by the user in the import wizard</source>
        <translation>আমদানি উইজার্ডে ব্যবহারকারী গোপনীয় হিসেবে চিহ্নিত করেছেন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="96"/>
        <source>the user confirmed it is not confidential in the import wizard</source>
        <translation>আমদানি উইজার্ডে ব্যবহারকারী নিশ্চিত করেছেন যে এটি গোপনীয় নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="97"/>
        <source>row %1 holds several services (a grid&apos;s cells), so the import wizard&apos;s &apos;not confidential&apos; was not applied to them; if this one may be shown, mark it not confidential in the service editor after the import</source>
        <translation>সারি %1-এ কয়েকটি সেবা আছে (একটি গ্রিডের ঘর), তাই ইমপোর্ট উইজার্ডের &apos;গোপনীয় নয়&apos; এগুলোতে প্রয়োগ করা হয়নি; এটি দেখানো গেলে ইমপোর্টের পরে সেবা সম্পাদকে এটিকে গোপনীয় নয় চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="100"/>
        <source>marked confidential because it is a %1 service: its point, address and site will not be shown, although its Confidential column says &apos;%2&apos;. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>গোপনীয় হিসেবে চিহ্নিত, কারণ এটি %1 ধরনের সেবা: এর বিন্দু, ঠিকানা ও স্থান দেখানো হবে না, যদিও এর গোপনীয় কলামে লেখা আছে &apos;%2&apos;। দেখানো গেলে আমদানি উইজার্ডে এটিকে গোপনীয় নয় হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="103"/>
        <source>marked confidential because it is a %1 service: its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>গোপনীয় হিসেবে চিহ্নিত, কারণ এটি %1 ধরনের সেবা: এর বিন্দু, ঠিকানা ও স্থান দেখানো হবে না। দেখানো গেলে আমদানি উইজার্ডে এটিকে গোপনীয় নয় হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="106"/>
        <source>marked confidential because its column &apos;%1&apos; says &apos;%2&apos;: its point, address and site will not be shown</source>
        <translation>গোপনীয় হিসেবে চিহ্নিত, কারণ এর &apos;%1&apos; কলামে লেখা আছে &apos;%2&apos;: এর বিন্দু, ঠিকানা ও স্থান দেখানো হবে না</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="108"/>
        <source>marked confidential because its %1 says &apos;%2&apos; although its Confidential column says &apos;%3&apos;; its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>গোপনীয় হিসেবে চিহ্নিত, কারণ এর &apos;%1&apos; ঘরে লেখা আছে &apos;%2&apos;, যদিও এর গোপনীয় কলামে লেখা আছে &apos;%3&apos;; এর বিন্দু, ঠিকানা ও স্থান দেখানো হবে না। দেখানো গেলে আমদানি উইজার্ডে এটিকে গোপনীয় নয় হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="111"/>
        <source>marked confidential because its %1 says &apos;%2&apos;; its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>গোপনীয় হিসেবে চিহ্নিত, কারণ এর &apos;%1&apos; ঘরে লেখা আছে &apos;%2&apos;; এর বিন্দু, ঠিকানা ও স্থান দেখানো হবে না। দেখানো গেলে আমদানি উইজার্ডে এটিকে গোপনীয় নয় হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="114"/>
        <source>not marked confidential although it is a %1 service: its text says it is for &apos;%2&apos; and names nobody at risk. If its location must stay secret, mark it confidential in the import wizard</source>
        <translation>গোপনীয় হিসেবে চিহ্নিত নয়, যদিও এটি %1 ধরনের সেবা: এর লেখায় বলা আছে এটি &apos;%2&apos;-এর জন্য এবং ঝুঁকিতে থাকা কারও কথা নেই। এর অবস্থান গোপন রাখা জরুরি হলে আমদানি উইজার্ডে এটিকে গোপনীয় হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="118"/>
        <source>status &apos;%1&apos; not understood; recorded as active</source>
        <translation>অবস্থা &apos;%1&apos; বোঝা যায়নি; চালু হিসেবে রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="119"/>
        <source>status &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>অবস্থা &apos;%1&apos;: %2 হিসেবে রাখা হয়েছে, তাই রেফারেল পথে এটি বাদ থাকবে; আজও সেবাটি দেওয়া হলে এর অবস্থা চালু করে দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="121"/>
        <source>its text says &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>এর লেখায় আছে &apos;%1&apos;: %2 হিসেবে রাখা হয়েছে, তাই রেফারেল পথে এটি বাদ থাকবে; আজও সেবাটি দেওয়া হলে এর অবস্থা চালু করে দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="123"/>
        <source>its remarks start with &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>এর মন্তব্য শুরু হয়েছে &apos;%1&apos; দিয়ে: %2 হিসেবে রাখা হয়েছে, তাই রেফারেল পথে এটি বাদ থাকবে; আজও সেবাটি দেওয়া হলে এর অবস্থা চালু করে দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="125"/>
        <source>its service columns say &apos;%1&apos;, not marked: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>এর সেবার কলামে চিহ্ন নয়, &apos;%1&apos; লেখা: %2 হিসেবে রাখা হয়েছে, তাই রেফারেল পথে এটি বাদ পড়ে; আজ সেবাটি চালু থাকলে এর অবস্থা সক্রিয় করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="127"/>
        <source>under the heading &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>&apos;%1&apos; শিরোনামের নিচে: %2 হিসেবে লেখা হয়েছে, তাই রেফারেল পথে এটি বাদ থাকে; আজ চালু থাকলে এর অবস্থা সক্রিয় করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="129"/>
        <source>a heading (&apos;%1&apos;): the status of the rows under it</source>
        <translation>একটি শিরোনাম (&apos;%1&apos;): এর নিচের সারিগুলোর অবস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="131"/>
        <source>coordinates &apos;%1&apos; not understood; the site is left unplaced</source>
        <translation>স্থানাঙ্ক &apos;%1&apos; বোঝা যায়নি; স্থানটি মানচিত্রে বসানো হয়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="132"/>
        <source>coordinates &apos;%1&apos;, &apos;%2&apos; not understood; the site is left unplaced</source>
        <translation>স্থানাঙ্ক &apos;%1&apos;, &apos;%2&apos; বোঝা যায়নি; স্থানটি মানচিত্রে বসানো হয়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="133"/>
        <source>latitude and longitude were swapped; put right</source>
        <translation>অক্ষাংশ ও দ্রাঘিমাংশ অদলবদল হয়ে ছিল; ঠিক করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="134"/>
        <source>coordinates 0, 0 treated as missing</source>
        <translation>স্থানাঙ্ক 0, 0 অনুপস্থিত ধরা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="135"/>
        <source>coordinates %1, %2 are out of range; treated as missing</source>
        <translation>স্থানাঙ্ক %1, %2 সীমার বাইরে; অনুপস্থিত ধরা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="136"/>
        <source>coordinates %1, %2: %3; put right to %4, %5</source>
        <translation>স্থানাঙ্ক %1, %2: %3; ঠিক করে %4, %5 করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="137"/>
        <source>coordinates read from its %1</source>
        <translation>স্থানাঙ্ক এর &apos;%1&apos; ঘর থেকে পড়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="138"/>
        <source>coordinates read as UTM zone %1 metres</source>
        <translation>স্থানাঙ্ক UTM অঞ্চল %1-এর মিটার হিসেবে পড়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="139"/>
        <source>coordinates &apos;%1&apos; are UTM metres without a zone; write the zone (e.g. &apos;UTM 30N X: 707383 Y: 1448371&apos;) or the point in degrees</source>
        <translation>স্থানাঙ্ক &apos;%1&apos; অঞ্চল ছাড়া UTM মিটার; অঞ্চলটি লিখুন (যেমন &apos;UTM 30N X: 707383 Y: 1448371&apos;) অথবা বিন্দুটি ডিগ্রিতে লিখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="141"/>
        <source>coordinates &apos;%1&apos; are UTM metres that no single zone places in the project&apos;s country; write the zone (e.g. &apos;UTM 30N&apos;) or the point in degrees</source>
        <translation>স্থানাঙ্ক &apos;%1&apos; এমন UTM মিটার যা কোনো একক অঞ্চল প্রকল্পের দেশে বসায় না; অঞ্চলটি লিখুন (যেমন &apos;UTM 30N&apos;) অথবা বিন্দুটি ডিগ্রিতে লিখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="143"/>
        <source>its point (%1, %2) lies outside every area of the project&apos;s boundaries: check the coordinates (latitude and longitude swapped, a digit or a minus sign wrong), or whether the row is a test</source>
        <translation>এর বিন্দু (%1, %2) প্রকল্পের সীমানার কোনো এলাকার মধ্যে পড়ে না: স্থানাঙ্ক যাচাই করুন (অক্ষাংশ ও দ্রাঘিমাংশ অদলবদল, কোনো অঙ্ক বা বিয়োগ চিহ্ন ভুল), অথবা সারিটি পরীক্ষামূলক কি না দেখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="147"/>
        <source>phone &apos;%1&apos; is neither a full number nor a short code; kept as typed</source>
        <translation>ফোন &apos;%1&apos; পূর্ণ নম্বরও নয়, সংক্ষিপ্ত কোডও নয়; যেমন লেখা ছিল তেমন রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="148"/>
        <source>phone &apos;%1&apos; is not a valid number; kept as typed</source>
        <translation>ফোন &apos;%1&apos; বৈধ নম্বর নয়; যেমন লেখা ছিল তেমন রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="149"/>
        <source>e-mail &apos;%1&apos; is not a valid address; left out</source>
        <translation>ই-মেইল &apos;%1&apos; বৈধ ঠিকানা নয়; বাদ রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="150"/>
        <source>ages &apos;%1&apos; read as 0–17</source>
        <translation>বয়স &apos;%1&apos; 0–17 হিসেবে পড়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="151"/>
        <source>ages &apos;%1&apos; not understood; kept in the description</source>
        <translation>বয়স &apos;%1&apos; বোঝা যায়নি; বিবরণে রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="152"/>
        <source>language &apos;%1&apos; not recognised; kept as written</source>
        <translation>ভাষা &apos;%1&apos; চেনা যায়নি; যেমন লেখা ছিল তেমন রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="153"/>
        <source>date &apos;%1&apos; not understood; left empty</source>
        <translation>তারিখ &apos;%1&apos; বোঝা যায়নি; ফাঁকা রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="154"/>
        <source>cell %1: the date &apos;%2&apos; could be read either way; it was read %3, but other dates in this sheet disagree</source>
        <translation>ঘর %1: তারিখ &apos;%2&apos; দুইভাবেই পড়া যায়; এটি %3 পড়া হয়েছে, কিন্তু এই শিটের অন্য তারিখগুলো তার সঙ্গে মেলে না</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="156"/>
        <source>a service_at_location without its location; left out</source>
        <translation>location ছাড়া একটি service_at_location; বাদ রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="158"/>
        <source>read the table &apos;%1&apos; inside the zip file</source>
        <translation>zip ফাইলের ভেতরের &apos;%1&apos; তালিকাটি পড়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="159"/>
        <source>the file is an .%1 workbook named %2; read as .%3</source>
        <translation>ফাইলটি একটি .%1 ওয়ার্কবুক, যার নাম %2 দিয়ে শেষ; .%3 হিসেবে পড়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="160"/>
        <source>the file is an .%1 workbook without a name ending; read as .%2</source>
        <translation>ফাইলটি একটি .%1 ওয়ার্কবুক, নামের শেষে কোনো এক্সটেনশন নেই; .%2 হিসেবে পড়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="161"/>
        <source>the file is a text table (CSV), not an .%1 workbook, although it is named %2; read as text</source>
        <translation>ফাইলটি একটি টেক্সট তালিকা (CSV), .%1 ওয়ার্কবুক নয়, যদিও এর নাম %2 দিয়ে শেষ; টেক্সট হিসেবে পড়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="163"/>
        <source>sheet &apos;%1&apos;: %2 formula cells were saved without their values (the file was written by a program, not Excel); those values are missing. Open the file in Excel or LibreOffice, save it, and import it again to get them.</source>
        <translation>শিট &apos;%1&apos;: সূত্রের %2টি ঘর তাদের মান ছাড়াই সংরক্ষিত হয়েছে (ফাইলটি Excel নয়, অন্য কোনো প্রোগ্রাম লিখেছে); সেই মানগুলো নেই। মানগুলো পেতে ফাইলটি Excel বা LibreOffice-এ খুলে সংরক্ষণ করুন এবং আবার আমদানি করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="166"/>
        <source>sheet &apos;%1&apos;: column %2 (&apos;%3&apos;) was read as %4 from what it holds; if that is wrong, choose its field in the import wizard&apos;s column step.</source>
        <translation>শিট &apos;%1&apos;: কলাম %2 (&apos;%3&apos;)-এ যা আছে তা দেখে এটিকে &apos;%4&apos; হিসেবে পড়া হয়েছে; এটি ভুল হলে আমদানি উইজার্ডের কলাম ধাপে এর ফিল্ড বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="168"/>
        <source>sheet &apos;%1&apos;: services are grouped under heading rows that name their organisation (row %2: &apos;%3&apos;); each heading is read as the organisation of the rows under it that name none.</source>
        <translation>শিট &apos;%1&apos;: সেবাগুলো তাদের সংস্থার নাম লেখা শিরোনাম-সারির নিচে সাজানো (সারি %2: &apos;%3&apos;); প্রতিটি শিরোনাম তার নিচের যে সারিতে সংস্থার নাম নেই সেগুলোর সংস্থা হিসেবে পড়া হয়।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="171"/>
        <source>sheet &apos;%1&apos;: the organisation is written once over the rows of its services (row %2 has none, under &apos;%3&apos;); a service row with no organisation right under another service is read as that one&apos;s organisation.</source>
        <translation>শিট &apos;%1&apos;: প্রতিটি সংস্থার নাম তার সেবাগুলোর সারির উপরে একবারই লেখা (সারি %2-এ নেই, &apos;%3&apos;-এর নিচে); অন্য সেবার ঠিক নিচে সংস্থাবিহীন সেবার সারিকে ওই সেবার সংস্থা হিসেবে পড়া হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="174"/>
        <source>no organisation in row %1: read as &apos;%2&apos;, the organisation of the row above (the list writes each organisation once, over its services); if it is another one, write it in and import again</source>
        <translation>সারি %1-এ কোনো সংস্থা নেই: উপরের সারির সংস্থা &apos;%2&apos; হিসেবে পড়া হয়েছে (তালিকাটি প্রতিটি সংস্থা তার সেবাগুলোর উপরে একবারই লেখে); অন্য সংস্থা হলে লিখে আবার ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="177"/>
        <source>sheet &apos;%1&apos; holds tables side by side; each is read on its own, as %2</source>
        <translation>শিট &apos;%1&apos;-এ পাশাপাশি একাধিক টেবিল আছে; প্রতিটি আলাদাভাবে পড়া হয়েছে, এভাবে: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="178"/>
        <source>sheet &apos;%1&apos; is a referral pathway kept as a grid (a row for each service type, a column for each of %2 organisations): each of its %3 cells that offers a service is read as a service of its column&apos;s organisation, on its service type&apos;s row</source>
        <translation>শিট &apos;%1&apos; একটি গ্রিড আকারে রাখা রেফারাল পথ (প্রতিটি সেবার ধরনের জন্য একটি সারি, %2টি সংস্থার প্রতিটির জন্য একটি কলাম): সেবা দেয় এমন এর %3টি ঘরের প্রতিটি তার কলামের সংস্থার একটি সেবা হিসেবে, তার সেবার ধরনের সারিতে পড়া হয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="182"/>
        <source>sheet &apos;%1&apos;: cell %2 (&apos;%3&apos;) refers people elsewhere or names no offer: no service of &apos;%4&apos; is read from it</source>
        <translation>শিট &apos;%1&apos;: ঘর %2 (&apos;%3&apos;) অন্য কোথাও পাঠায় বা কোনো সেবার কথা বলে না: এটি থেকে &apos;%4&apos;-এর কোনো সেবা পড়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="184"/>
        <source>sheet &apos;%1&apos; is a directory of blocks of &apos;label: value&apos; lines; each block is read as one service, on the row of its service line</source>
        <translation>শিট &apos;%1&apos; হলো &apos;লেবেল: মান&apos; লাইনের ব্লকে লেখা একটি ডিরেক্টরি; প্রতিটি ব্লক একটি সেবা হিসেবে পড়া হয়েছে, তার সেবার লাইনের সারিতে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="186"/>
        <source>the &apos;%1&apos; line of the service in row %2</source>
        <translation>সারি %2-এর সেবার &apos;%1&apos; লাইন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="187"/>
        <source>sheet &apos;%1&apos;: the service type codes (1, 2 …) were read with the legend on sheet &apos;%2&apos;</source>
        <translation>শিট &apos;%1&apos;: সেবার ধরনের কোডগুলো (1, 2 …) শিট &apos;%2&apos;-এর সংকেত-তালিকা অনুযায়ী পড়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="189"/>
        <source>sheet &apos;%1&apos;: no column names the organisation; the line above its header names it (&apos;%2&apos;), for every row</source>
        <translation>শিট &apos;%1&apos;: কোনো কলামে সংস্থার নাম নেই; হেডারের উপরের লাইনে নামটি আছে (&apos;%2&apos;), প্রতিটি সারির জন্য</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="191"/>
        <source>sheet &apos;%1&apos;: no column names the organisation; the workbook keeps one sheet per organisation, so each row&apos;s organisation is the sheet&apos;s name</source>
        <translation>শিট &apos;%1&apos;: কোনো কলামে সংস্থার নাম নেই; ওয়ার্কবুকে প্রতিটি সংস্থার জন্য আলাদা শিট আছে, তাই প্রতিটি সারির সংস্থা হলো শিটের নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="193"/>
        <source>sheet &apos;%1&apos;: no column names the organisation: each service&apos;s organisation is read from its name (&apos;BRAC – Child Friendly Space&apos; gives BRAC), else is its name, and rows that name no service are left out. If a column holds the organisations, choose &apos;Organisation&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>শিট &apos;%1&apos;: কোনো কলামে সংস্থার নাম নেই: প্রতিটি সেবার সংস্থা তার নাম থেকে পড়া হয় (&apos;BRAC – Child Friendly Space&apos; থেকে BRAC), নইলে নামটিই সংস্থা, আর যে সারিতে কোনো সেবার উল্লেখ নেই তা বাদ যায়। কোনো কলামে সংস্থার নাম থাকলে ইমপোর্ট উইজার্ডের কলাম ধাপে সেটির জন্য &apos;সংস্থা&apos; বেছে নিয়ে আবার ইমপোর্ট করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="198"/>
        <source>sheet &apos;%1&apos;: no column says what each service is (a service name, type or activity): each service is typed from the sheet&apos;s name and its text. If a column holds the services, choose &apos;Service type(s)&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>শিট &apos;%1&apos;: কোনো কলামে বলা নেই প্রতিটি সেবা কী (সেবার নাম, ধরন বা কার্যক্রম): প্রতিটি সেবার ধরন শিটের নাম ও এর লেখা থেকে ঠিক করা হয়েছে। কোনো কলামে সেবাগুলো থাকলে আমদানি উইজার্ডের কলাম ধাপে সেটির জন্য &apos;Service type(s)&apos; বেছে নিয়ে আবার আমদানি করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="202"/>
        <source>sheet &apos;%1&apos;: no column says what each service is (a service name, type or activity): each service is named from its first text and typed from all its text. If a column holds the services, choose &apos;Service type(s)&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>শিট &apos;%1&apos;: কোনো কলামে বলা নেই প্রতিটি সেবা কী (সেবার নাম, ধরন বা কার্যক্রম): প্রতিটি সেবার নাম এর প্রথম লেখা থেকে এবং ধরন এর সব লেখা থেকে ঠিক করা হয়েছে। কোনো কলামে সেবাগুলো থাকলে আমদানি উইজার্ডের কলাম ধাপে সেটির জন্য &apos;Service type(s)&apos; বেছে নিয়ে আবার আমদানি করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="206"/>
        <source>sheet &apos;%1&apos;: organisations are written as KoBo choice names (&apos;%2&apos; was read as &apos;%3&apos;). For the names as the form shows them, export the data again with labels (KoBoToolbox: Downloads › Value and header format › Labels), or correct them in the services panel.</source>
        <translation>শিট &apos;%1&apos;: সংস্থার নামগুলো KoBo-র পছন্দের নাম হিসেবে লেখা (&apos;%2&apos; পড়া হয়েছে &apos;%3&apos;)। ফর্মে যেভাবে দেখায় সেভাবে নাম পেতে লেবেলসহ আবার ডেটা রপ্তানি করুন (KoBoToolbox: Downloads › Value and header format › Labels), অথবা সেবা প্যানেলে নামগুলো ঠিক করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="210"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written both day first (%3 in row %4) and month first (%5 in row %6).</source>
        <translation>শিট &apos;%1&apos;, কলাম %2: তারিখ কোথাও আগে দিন (সারি %4-এ %3) আবার কোথাও আগে মাস (সারি %6-এ %5) দিয়ে লেখা।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="212"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written month first (%3 in row %4), but this project reads dates %5.</source>
        <translation>শিট &apos;%1&apos;, কলাম %2: তারিখ আগে মাস দিয়ে লেখা (সারি %4-এ %3), কিন্তু এই প্রকল্প তারিখ পড়ে %5।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="214"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written day first (%3 in row %4), but this project reads dates %5.</source>
        <translation>শিট &apos;%1&apos;, কলাম %2: তারিখ আগে দিন দিয়ে লেখা (সারি %4-এ %3), কিন্তু এই প্রকল্প তারিখ পড়ে %5।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="216"/>
        <source>%1 date that could be read either way (such as %2 in row %3) was read %4; check it, or import again with the other date order.</source>
        <translation>দুইভাবে পড়া যায় এমন %1টি তারিখ (যেমন সারি %3-এ %2) %4 পড়া হয়েছে; যাচাই করুন, অথবা তারিখের অন্য ক্রম দিয়ে আবার আমদানি করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="218"/>
        <source>%1 dates that could be read either way (such as %2 in row %3) were read %4; check them, or import again with the other date order.</source>
        <translation>দুইভাবে পড়া যায় এমন %1টি তারিখ (যেমন সারি %3-এ %2) %4 পড়া হয়েছে; সেগুলো যাচাই করুন, অথবা তারিখের অন্য ক্রম দিয়ে আবার আমদানি করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="220"/>
        <source>%1 active services imported earlier from &apos;%2&apos; are not in this version of it: %3. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it.</source>
        <translation>আগে &apos;%2&apos; থেকে আমদানি করা %1টি চালু সেবা এর এই সংস্করণে নেই: %3। সেগুলো যেমন ছিল তেমনই রাখা হয়েছে; কোনোটি বন্ধ হয়ে গেলে বা সরে গেলে সেবা প্যানেলে এর অবস্থা বদলান বা মুছে দিন, যাতে রেফারেল পথে আর কাউকে সেখানে পাঠানো না হয়।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="224"/>
        <source>%1 active service imported earlier from &apos;%2&apos; is not in this version of it: %3. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it.</source>
        <translation>আগে &apos;%2&apos; থেকে আমদানি করা %1টি চালু সেবা এর এই সংস্করণে নেই: %3। এটি যেমন ছিল তেমনই রাখা হয়েছে; এটি বন্ধ হয়ে গেলে বা সরে গেলে সেবা প্যানেলে এর অবস্থা বদলান বা মুছে দিন, যাতে রেফারেল পথে আর কাউকে সেখানে পাঠানো না হয়।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="228"/>
        <source>this list has %1 of the %2 active services imported earlier from &apos;%3&apos; again, but not these: %4. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it. (If this list is not a newer version of &apos;%3&apos;, there is nothing to do.)</source>
        <translation>আগে &apos;%3&apos; থেকে আমদানি করা %2টি চালু সেবার মধ্যে %1টি এই তালিকায় আবার আছে, কিন্তু এগুলো নেই: %4। সেগুলো যেমন ছিল তেমনই রাখা হয়েছে; কোনোটি বন্ধ হয়ে গেলে বা সরে গেলে সেবা প্যানেলে এর অবস্থা বদলান বা মুছে দিন, যাতে রেফারেল পথে আর কাউকে সেখানে পাঠানো না হয়। (এই তালিকা &apos;%3&apos;-এর নতুন সংস্করণ না হলে কিছু করার নেই।)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="233"/>
        <source>this list has %1 of the %2 active services imported earlier from &apos;%3&apos; again, but not this one: %4. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it. (If this list is not a newer version of &apos;%3&apos;, there is nothing to do.)</source>
        <translation>আগে &apos;%3&apos; থেকে আমদানি করা %2টি চালু সেবার মধ্যে %1টি এই তালিকায় আবার আছে, কিন্তু এটি নেই: %4। এটি যেমন ছিল তেমনই রাখা হয়েছে; এটি বন্ধ হয়ে গেলে বা সরে গেলে সেবা প্যানেলে এর অবস্থা বদলান বা মুছে দিন, যাতে রেফারেল পথে আর কাউকে সেখানে পাঠানো না হয়। (এই তালিকা &apos;%3&apos;-এর নতুন সংস্করণ না হলে কিছু করার নেই।)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="238"/>
        <source>%1 of the %2 sites with a point lie outside every area of the project&apos;s boundaries: they are on the map, but in no area&apos;s gaps or pathways. Is the list for another country, or meant for another project?</source>
        <translation>বিন্দু আছে এমন %2টি স্থানের মধ্যে %1টি প্রকল্পের সীমানার কোনো এলাকার মধ্যে পড়ে না: এগুলো মানচিত্রে আছে, কিন্তু কোনো এলাকার ঘাটতি বা রেফারেল পথে নেই। তালিকাটি কি অন্য কোনো দেশের, নাকি অন্য কোনো প্রকল্পের জন্য?</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="247"/>
        <source>type column</source>
        <extracomment>The words the importers put into their sentences (not the list&apos;s own text): where a type was read from (importers.service_types.CONFIDENCE), a point&apos;s slip (importers.point_fixes.SLIPS), a date order, a bidirectional control (directory.safe_text.BIDI_NAMES), a place in a sheet, a longer list.</extracomment>
        <translation>ধরনের কলাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="248"/>
        <source>service name</source>
        <translation>সেবার নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="249"/>
        <source>activity</source>
        <translation>কার্যক্রম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="250"/>
        <source>sub-sector</source>
        <translation>উপখাত</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="251"/>
        <source>sector</source>
        <translation>খাত</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="252"/>
        <source>description</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="253"/>
        <source>organisation</source>
        <translation>সংস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="254"/>
        <source>person</source>
        <translation>একজন ব্যক্তি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="255"/>
        <source>latitude and longitude were swapped</source>
        <translation>অক্ষাংশ ও দ্রাঘিমাংশ অদলবদল হয়ে ছিল</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="256"/>
        <source>the longitude had lost its minus sign (west of Greenwich)</source>
        <translation>দ্রাঘিমাংশের বিয়োগ চিহ্ন হারিয়ে গিয়েছিল (গ্রিনিচের পশ্চিমে)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="257"/>
        <source>the latitude had lost its minus sign (south of the equator)</source>
        <translation>অক্ষাংশের বিয়োগ চিহ্ন হারিয়ে গিয়েছিল (বিষুবরেখার দক্ষিণে)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="258"/>
        <source>the latitude and longitude had lost their minus signs</source>
        <translation>অক্ষাংশ ও দ্রাঘিমাংশ দুটিরই বিয়োগ চিহ্ন হারিয়ে গিয়েছিল</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="259"/>
        <source>latitude and longitude were swapped, and the longitude had lost its minus sign</source>
        <translation>অক্ষাংশ ও দ্রাঘিমাংশ অদলবদল হয়ে ছিল, আর দ্রাঘিমাংশের বিয়োগ চিহ্ন হারিয়ে গিয়েছিল</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="261"/>
        <source>latitude and longitude were swapped, and the latitude had lost its minus sign</source>
        <translation>অক্ষাংশ ও দ্রাঘিমাংশ অদলবদল হয়ে ছিল, আর অক্ষাংশের বিয়োগ চিহ্ন হারিয়ে গিয়েছিল</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="262"/>
        <source>latitude and longitude were swapped, and had lost their minus signs</source>
        <translation>অক্ষাংশ ও দ্রাঘিমাংশ অদলবদল হয়ে ছিল, আর দুটিরই বিয়োগ চিহ্ন হারিয়ে গিয়েছিল</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="263"/>
        <source>day first</source>
        <translation>আগে দিন দিয়ে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="264"/>
        <source>month first</source>
        <translation>আগে মাস দিয়ে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="265"/>
        <source>left-to-right embedding (U+202A)</source>
        <translation>বাম থেকে ডানে এমবেডিং (U+202A)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="266"/>
        <source>right-to-left embedding (U+202B)</source>
        <translation>ডান থেকে বামে এমবেডিং (U+202B)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="267"/>
        <source>pop directional formatting (U+202C)</source>
        <translation>দিকনির্দেশক ফরম্যাটিংয়ের সমাপ্তি (U+202C)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="268"/>
        <source>left-to-right override (U+202D)</source>
        <translation>বাম থেকে ডানে জোরপূর্বক দিক (U+202D)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="269"/>
        <source>right-to-left override (U+202E)</source>
        <translation>ডান থেকে বামে জোরপূর্বক দিক (U+202E)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="270"/>
        <source>left-to-right isolate (U+2066)</source>
        <translation>বাম থেকে ডানে আলাদা অংশ (U+2066)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="271"/>
        <source>right-to-left isolate (U+2067)</source>
        <translation>ডান থেকে বামে আলাদা অংশ (U+2067)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="272"/>
        <source>first strong isolate (U+2068)</source>
        <translation>প্রথম শক্ত অক্ষর অনুযায়ী আলাদা অংশ (U+2068)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="273"/>
        <source>pop directional isolate (U+2069)</source>
        <translation>দিকনির্দেশক আলাদা অংশের সমাপ্তি (U+2069)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="274"/>
        <source>cell %1</source>
        <translation>ঘর %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="275"/>
        <source>%1 and %2 more</source>
        <translation>%1 এবং আরও %2টি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="279"/>
        <source>(row %1)</source>
        <extracomment>Where the services a sentence names are, and how many it did not name (importers.shared_places).</extracomment>
        <translation>(সারি %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="280"/>
        <source>(sheet &apos;%1&apos; row %2)</source>
        <translation>(শিট &apos;%1&apos;-এর সারি %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="281"/>
        <source>%1 more</source>
        <translation>আরও %1টি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="453"/>
        <source>%1; %2</source>
        <extracomment>Two messages of one row side by side, as the language separates them (&quot;%1 ; %2&quot; in French).</extracomment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="372"/>
        <source>Import</source>
        <translation>আমদানি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="376"/>
        <source>Cancel the import</source>
        <translation>আমদানি বাতিল করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="454"/>
        <source>The import failed: {0}</source>
        <translation>আমদানি ব্যর্থ হয়েছে: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="378"/>
        <source>Review locations…</source>
        <translation>অবস্থান পর্যালোচনা…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="383"/>
        <source>Service types…</source>
        <translation>সেবার ধরন…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="384"/>
        <source>Give the services without a type their types</source>
        <translation>যেসব সেবার ধরন নেই সেগুলোর ধরন ঠিক করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="416"/>
        <source>Imported. Placing the new sites on the map by name…</source>
        <translation>আমদানি হয়েছে। নাম ধরে নতুন স্থানগুলো মানচিত্রে বসানো হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="423"/>
        <source>%n service(s) of this list have no type: see %1 to give them types.</source>
        <translation>
            <numerusform>এই তালিকার %n টি সেবার কোনো ধরন নেই: ধরন ঠিক করতে %1 দেখুন।</numerusform>
            <numerusform>এই তালিকার %n টি সেবার কোনো ধরন নেই: ধরন ঠিক করতে %1 দেখুন।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="436"/>
        <source>Imported. Of the %1 sites of this list, %2 had coordinates and %3 were placed on the map by name; %4 wait for review.</source>
        <translation>আমদানি হয়েছে। এই তালিকার %1টি স্থানের মধ্যে %2টির স্থানাঙ্ক ছিল এবং %3টি নাম ধরে মানচিত্রে বসানো হয়েছে; %4টি পর্যালোচনার অপেক্ষায়।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="447"/>
        <source>Imported. The sites were not placed on the map (%1); Tools › Review locations › Run the geocoder places them.</source>
        <translation>আমদানি হয়েছে। স্থানগুলো মানচিত্রে বসানো হয়নি (%1); সরঞ্জাম › অবস্থান পর্যালোচনা › জিওকোডার চালান সেগুলো বসাবে।</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="33"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="33"/>
        <source>Saved</source>
        <translation>সংরক্ষিত</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="34"/>
        <source>Columns it reads</source>
        <translation>যে কলামগুলো পড়ে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="40"/>
        <location filename="../../desktop/importing/profiles.py" line="46"/>
        <location filename="../../desktop/importing/profiles.py" line="128"/>
        <source>Saved import profiles</source>
        <translation>সংরক্ষিত আমদানি প্রোফাইল</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="54"/>
        <source>Rename…</source>
        <translation>নাম বদলান…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="56"/>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="89"/>
        <source>Open a project to see its saved import profiles.</source>
        <translation>সংরক্ষিত আমদানি প্রোফাইল দেখতে একটি প্রকল্প খুলুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="91"/>
        <source>No import profiles saved yet. One is saved for each sheet layout you import.</source>
        <translation>এখনও কোনো আমদানি প্রোফাইল সংরক্ষিত হয়নি। আপনি যে শিটের বিন্যাস আমদানি করেন, তার প্রতিটির জন্য একটি সংরক্ষিত হয়।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="93"/>
        <source>A profile is applied by itself to the next file whose columns are laid out the same way. Delete one to have ServiceMap guess the columns again.</source>
        <translation>একই বিন্যাসের কলামযুক্ত পরের ফাইলে প্রোফাইল নিজে থেকেই প্রযোজ্য হয়। ServiceMap যেন আবার কলাম অনুমান করে, সেজন্য প্রোফাইলটি মুছুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="135"/>
        <source>Rename the profile</source>
        <translation>প্রোফাইলের নাম বদলান</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="135"/>
        <source>Name:</source>
        <translation>নাম:</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="144"/>
        <source>Delete the profile</source>
        <translation>প্রোফাইল মুছুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="145"/>
        <source>Delete the profile &apos;{0}&apos;? The next file with this layout will have its columns guessed again.</source>
        <translation>“{0}” প্রোফাইলটি মুছবেন? এই বিন্যাসের পরের ফাইলের কলাম আবার অনুমান করা হবে।</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="19"/>
        <source>Reading %1</source>
        <extracomment>Every progress message of an import and of the placing of its sites, as a Qt template.</extracomment>
        <translation>%1 পড়া হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="20"/>
        <source>%1: row %2 of %3</source>
        <translation>%1: সারি %2 / %3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="21"/>
        <source>Matching with the services already in the project</source>
        <translation>প্রকল্পে থাকা সেবার সাথে মেলানো হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="22"/>
        <source>Saving</source>
        <translation>সংরক্ষণ করা হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="23"/>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="24"/>
        <source>Loading the gazetteer</source>
        <translation>স্থাননাম তালিকা লোড হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="25"/>
        <source>Placing site %1 of %2</source>
        <translation>স্থান %1 / %2 মানচিত্রে বসানো হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="26"/>
        <source>Waiting for another ServiceMap to finish: %1 by %2 on %3, since %4</source>
        <translation>আরেকটি ServiceMap শেষ হওয়ার অপেক্ষা: %1, %2, %3-এ, %4 থেকে</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="199"/>
        <source>All rows</source>
        <translation>সব সারি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="205"/>
        <source>Search the messages…</source>
        <translation>বার্তায় খুঁজুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="207"/>
        <source>Export…</source>
        <translation>রপ্তানি করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="233"/>
        <source>
Skipped sheet &apos;{0}&apos;: {1}</source>
        <translation>
বাদ দেওয়া শিট &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="246"/>
        <source>Export the import report</source>
        <translation>আমদানি প্রতিবেদন রপ্তানি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="247"/>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel ওয়ার্কবুক (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="204"/>
        <source>Search the messages</source>
        <translation>বার্তায় খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="210"/>
        <source>Rows of the import</source>
        <translation>আমদানির সারি</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="37"/>
        <source>imported</source>
        <extracomment>Each row status as the report shows it (the importers, the CLI and the exported report keep the codes).</extracomment>
        <translation>আমদানি হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="38"/>
        <source>updated</source>
        <translation>হালনাগাদ হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="39"/>
        <source>duplicate</source>
        <translation>ডুপ্লিকেট</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="40"/>
        <source>not-a-service</source>
        <translation>সেবা নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="41"/>
        <source>rejected</source>
        <translation>বাতিল</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="497"/>
        <source>Import a service list</source>
        <translation>সেবার তালিকা আমদানি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="602"/>
        <location filename="../../desktop/importing/wizard.py" line="693"/>
        <source>Cannot import this file</source>
        <translation>এই ফাইলটি আমদানি করা যাচ্ছে না</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="632"/>
        <source>chosen for this project</source>
        <translation>এই প্রকল্পের জন্য বেছে নেওয়া</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="633"/>
        <source>usual in {0}</source>
        <translation>{0}-এ প্রচলিত</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="733"/>
        <location filename="../../desktop/importing/wizard.py" line="783"/>
        <source>Open or create a project first.</source>
        <translation>আগে একটি প্রকল্প খুলুন বা তৈরি করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="783"/>
        <source>Saved import profiles</source>
        <translation>সংরক্ষিত আমদানি প্রোফাইল</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="759"/>
        <source>The import of %1</source>
        <translation>%1 আমদানি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="581"/>
        <location filename="../../desktop/importing/wizard.py" line="696"/>
        <source>The list could not be read: {0}</source>
        <translation>তালিকাটি পড়া যায়নি: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="759"/>
        <source>Placing the sites of %1 on the map</source>
        <translation>%1 এর স্থানগুলো মানচিত্রে বসানো হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="772"/>
        <source>Cancelled. The import of %1 was rolled back: nothing from it was written to the project.</source>
        <translation>বাতিল। %1 আমদানি ফিরিয়ে নেওয়া হয়েছে: এর কিছুই প্রকল্পে লেখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="774"/>
        <source>stopped</source>
        <translation>থেমেছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="775"/>
        <source>%1 was imported; placing its sites on the map was stopped, and nothing was placed.</source>
        <translation>%1 আমদানি হয়েছে; মানচিত্রে এর স্থান বসানো থামানো হয়েছে, কিছুই বসানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="795"/>
        <source>nothing was imported</source>
        <translation>কিছুই আমদানি হয়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="827"/>
        <source>Import cancelled</source>
        <translation>আমদানি বাতিল</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="22"/>
        <source>&amp;Language</source>
        <extracomment>(code, the language&apos;s own name); &quot;&quot; follows the system&apos;s language.</extracomment>
        <translation>ভাষা(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="27"/>
        <source>System default</source>
        <translation>সিস্টেমের ভাষা</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="47"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="48"/>
        <source>%1 will be used the next time ServiceMap starts. Close ServiceMap and open it again to change the language now.</source>
        <translation>পরের বার ServiceMap চালু হলে %1 ব্যবহার হবে। এখনই ভাষা বদলাতে ServiceMap বন্ধ করে আবার খুলুন।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window/main_window.py" line="83"/>
        <location filename="../../desktop/window/main_window.py" line="84"/>
        <source>Drawing the map…</source>
        <extracomment>Sent with the newly opened project, or None when it is closed.</extracomment>
        <translation>মানচিত্র আঁকা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>ফাইল(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="111"/>
        <source>&amp;Open project…</source>
        <translation>প্রকল্প খুলুন(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="113"/>
        <source>&amp;Recent projects</source>
        <translation>সাম্প্রতিক প্রকল্প(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="116"/>
        <source>&amp;Close project</source>
        <translation>প্রকল্প বন্ধ করুন(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>প্রস্থান(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="123"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="130"/>
        <source>&amp;View</source>
        <translation>দেখুন(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="131"/>
        <source>&amp;Zoom map to selection</source>
        <translation>নির্বাচিত সেবায় মানচিত্র জুম করুন(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="133"/>
        <source>Zoom map to &amp;all services</source>
        <translation>সব সেবা দেখাতে মানচিত্র জুম করুন(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="144"/>
        <location filename="../../desktop/window/panels.py" line="78"/>
        <source>&amp;Tools</source>
        <translation>সরঞ্জাম(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation>সহায়তা(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="154"/>
        <source>&amp;About ServiceMap</source>
        <translation>ServiceMap সম্পর্কে(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="173"/>
        <source>Clear the list</source>
        <translation>তালিকা মুছুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="187"/>
        <source>Open project</source>
        <translation>প্রকল্প খুলুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="187"/>
        <source>ServiceMap projects (*.gpkg);;All files (*)</source>
        <translation>ServiceMap প্রকল্প (*.gpkg);;সব ফাইল (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="233"/>
        <source>Project not found</source>
        <translation>প্রকল্পটি পাওয়া যায়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="254"/>
        <source>A project is still being opened; open %1 when it is open.</source>
        <translation>একটি প্রকল্প এখনও খোলা হচ্ছে; সেটি খোলা হলে %1 খুলুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="282"/>
        <source>Opening %1…</source>
        <translation>%1 খোলা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="282"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="283"/>
        <source>Opening project</source>
        <translation>প্রকল্প খোলা হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="304"/>
        <location filename="../../desktop/window/main_window.py" line="308"/>
        <source>Cannot open the project</source>
        <translation>প্রকল্পটি খোলা যাচ্ছে না</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="309"/>
        <source>%1: %2. Check the file and its permissions.</source>
        <translation>%1: %2। ফাইলটি এবং এর অনুমতি যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="397"/>
        <source>%1 — %2 services at %3 sites, %4 on the map</source>
        <translation>%1 — %3টি স্থানে %2টি সেবা, মানচিত্রে %4টি</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="402"/>
        <source>country %1</source>
        <translation>দেশ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="440"/>
        <source>The service clicked on the map is hidden by the search or the type filter.</source>
        <translation>মানচিত্রে ক্লিক করা সেবাটি অনুসন্ধান বা ধরন ফিল্টারের কারণে লুকানো আছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="377"/>
        <source>Coverage gaps</source>
        <translation>কভারেজের ঘাটতি</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="153"/>
        <source>&amp;Check this installation…</source>
        <translation>এই ইনস্টলেশন যাচাই করুন(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="108"/>
        <source>&amp;New project…</source>
        <translation>নতুন প্রকল্প(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="110"/>
        <source>Open the &amp;demo project</source>
        <translation>ডেমো প্রকল্প খুলুন(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="212"/>
        <source>Building the demo project</source>
        <translation>ডেমো প্রকল্প তৈরি হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="225"/>
        <source>Open the demo project</source>
        <translation>ডেমো প্রকল্প খুলুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="234"/>
        <source>%1: the file is no longer there. It was moved, renamed or deleted; open it with File › Open project… from its new place.</source>
        <translation>%1: ফাইলটি আর সেখানে নেই। এটি সরানো, নাম বদলানো বা মুছে ফেলা হয়েছে; নতুন জায়গা থেকে ফাইল › প্রকল্প খুলুন… দিয়ে এটি খুলুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="359"/>
        <source>Close project</source>
        <translation>প্রকল্প বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="360"/>
        <source>%1 is still running. Cancel it and close the project?</source>
        <translation>%1 এখনো চলছে। এটি বাতিল করে প্রকল্প বন্ধ করবেন?</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="383"/>
        <source>No project open. Create one, open the demo, or open a project.</source>
        <translation>কোনো প্রকল্প খোলা নেই। একটি তৈরি করুন, ডেমো খুলুন, অথবা একটি প্রকল্প খুলুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="391"/>
        <source>%1 of %2 services shown</source>
        <translation>%2টির মধ্যে %1টি সেবা দেখানো হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="491"/>
        <source>Quit ServiceMap</source>
        <translation>ServiceMap বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="491"/>
        <source>%1 is still running. Cancel it and quit?</source>
        <translation>%1 এখনো চলছে। বাতিল করে বন্ধ করবেন?</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../desktop/map/words.py" line="12"/>
        <source>Service map</source>
        <translation>সেবার মানচিত্র</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="13"/>
        <source>Confidential service – contact through case management</source>
        <translation>গোপন সেবা – কেস ব্যবস্থাপনার মাধ্যমে যোগাযোগ</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="14"/>
        <source>Confidential service (shown at the centre of its area)</source>
        <translation>গোপন সেবা (এলাকার কেন্দ্রে দেখানো)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="15"/>
        <source>Service type not given</source>
        <translation>সেবার ধরন দেওয়া নেই</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="16"/>
        <location filename="../../desktop/map/words.py" line="23"/>
        <source>Services</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="17"/>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="18"/>
        <source>Hours</source>
        <translation>সময়</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="19"/>
        <source>Area</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="20"/>
        <source>{n} services have no location and are not on the map</source>
        <translation>{n}টি সেবার অবস্থান নেই, মানচিত্রে নেই</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="21"/>
        <source>1 service has no location and is not on the map</source>
        <translation>১টি সেবার অবস্থান নেই, মানচিত্রে নেই</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="22"/>
        <source>{n} services here: zoom in to see them</source>
        <translation>এখানে {n}টি সেবা: দেখতে জুম করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="24"/>
        <source>Area names</source>
        <translation>এলাকার নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="25"/>
        <location filename="../../desktop/window/panels.py" line="136"/>
        <source>Admin level {level}</source>
        <translation>প্রশাসনিক স্তর {level}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="26"/>
        <source>Basemap</source>
        <translation>ভিত্তি মানচিত্র</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop/map/view.py" line="225"/>
        <source>The map could not be drawn: %1</source>
        <translation>মানচিত্র আঁকা যায়নি: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="231"/>
        <source>The map page could not be loaded from %1.</source>
        <translation>%1 থেকে মানচিত্রের পাতা লোড করা যায়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="241"/>
        <source>The map page did not finish drawing.</source>
        <translation>মানচিত্রের পাতা আঁকা শেষ হয়নি।</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="271"/>
        <source>Column</source>
        <translation>কলাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="271"/>
        <source>Header</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="272"/>
        <source>HXL</source>
        <translation>HXL</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="272"/>
        <source>Confidence</source>
        <translation>আস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="273"/>
        <source>Field</source>
        <translation>ফিল্ড</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="278"/>
        <location filename="../../desktop/importing/wizard.py" line="284"/>
        <source>What each column holds</source>
        <translation>প্রতিটি কলামে কী আছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="279"/>
        <source>Check the fields ServiceMap chose; change any that are wrong. The mapping is remembered for the next file with the same columns.</source>
        <translation>ServiceMap যে ফিল্ডগুলো বেছে নিয়েছে তা যাচাই করুন; ভুলগুলো বদলে দিন। একই কলামের পরবর্তী ফাইলের জন্য এই মিল মনে রাখা হবে।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="292"/>
        <source>Saved profiles…</source>
        <translation>সংরক্ষিত প্রোফাইল…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="293"/>
        <source>See, rename or delete the column mappings ServiceMap remembers</source>
        <translation>ServiceMap যে কলাম-মিল মনে রাখে, তা দেখুন, নাম বদলান বা মুছুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="327"/>
        <source>Field of column %1</source>
        <translation>কলাম %1 এর ঘর</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="36"/>
        <source>Merge another list</source>
        <translation>অন্য একটি তালিকা একত্র করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="39"/>
        <source>Choose a project or list…</source>
        <translation>একটি প্রকল্প বা তালিকা বেছে নিন…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="41"/>
        <source>Choose another ServiceMap project (.gpkg) or a partner&apos;s list to merge into this project.</source>
        <translation>এই প্রকল্পে একত্র করতে অন্য একটি ServiceMap প্রকল্প (.gpkg) বা কোনো অংশীদারের তালিকা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <source>Service</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <source>Field</source>
        <translation>ফিল্ড</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Ours</source>
        <translation>আমাদের মান</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Theirs</source>
        <translation>তাদের মান</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="143"/>
        <source>Keep</source>
        <translation>রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Keep all ours</source>
        <translation>আমাদের সব মান রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Take all theirs</source>
        <translation>তাদের সব মান নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="48"/>
        <source>Merge</source>
        <translation>একত্র করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="62"/>
        <source>Choose the project or list to merge</source>
        <translation>একত্র করার প্রকল্প বা তালিকা বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="70"/>
        <source>Reading and matching %1…</source>
        <translation>%1 পড়া ও মেলানো হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="91"/>
        <source>It shares no history with this project, so ServiceMap cannot tell who changed a value: every value that differs is a conflict, ours kept unless you choose theirs.</source>
        <translation>এই প্রকল্পের সাথে এর কোনো অভিন্ন ইতিহাস নেই, তাই কে মান বদলেছে ServiceMap বলতে পারে না: প্রতিটি ভিন্ন মান একটি দ্বন্দ্ব; আপনি তাদেরটি বেছে না নিলে আমাদেরটি রাখা হয়।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="94"/>
        <source>A list has no history to compare with, so every value that differs is a conflict, ours kept unless you choose theirs.</source>
        <translation>তালিকার তুলনা করার মতো কোনো ইতিহাস নেই, তাই প্রতিটি ভিন্ন মান একটি দ্বন্দ্ব; আপনি তাদেরটি বেছে না নিলে আমাদেরটি রাখা হয়।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="97"/>
        <source>%n service(s) added in both copies since they parted are taken as one, not added twice.</source>
        <translation>
            <numerusform>দুই কপি আলাদা হওয়ার পর দুটিতেই যোগ করা %n টি সেবা একটি হিসেবে নেওয়া হয়েছে, দুবার যোগ করা হয়নি।</numerusform>
            <numerusform>দুই কপি আলাদা হওয়ার পর দুটিতেই যোগ করা %n টি সেবা একটি হিসেবে নেওয়া হয়েছে, দুবার যোগ করা হয়নি।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="130"/>
        <source>deleted on one side, changed on the other</source>
        <translation>এক দিকে মুছে ফেলা, অন্য দিকে বদলানো</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="135"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="136"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="142"/>
        <source>deleted</source>
        <translation>মুছে ফেলা</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="141"/>
        <source>service deleted in their copy</source>
        <translation>তাদের কপিতে মুছে ফেলা সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="141"/>
        <source>in this project</source>
        <translation>এই প্রকল্পে</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="143"/>
        <source>Delete</source>
        <translation>মুছে ফেলুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="146"/>
        <source>%1 (only they changed it)</source>
        <translation>%1 (শুধু তারাই বদলেছে)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="153"/>
        <source>The merge failed: %1</source>
        <translation>একত্র করা ব্যর্থ হয়েছে: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="184"/>
        <source>Merged. Choose another project or list to merge more.</source>
        <translation>একত্র করা হয়েছে। আরও একত্র করতে অন্য একটি প্রকল্প বা তালিকা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="46"/>
        <source>Values that differ</source>
        <translation>যে মানগুলো ভিন্ন</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="80"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="86"/>
        <source>%n new service(s)</source>
        <translation>
            <numerusform>%nটি নতুন সেবা</numerusform>
            <numerusform>%nটি নতুন সেবা</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="81"/>
        <source>%n value(s) changed only there (taken)</source>
        <translation>
            <numerusform>%nটি মান শুধু সেখানে বদলেছে (নেওয়া হয়েছে)</numerusform>
            <numerusform>%nটি মান শুধু সেখানে বদলেছে (নেওয়া হয়েছে)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="82"/>
        <source>%n conflict(s) (changed on both sides)</source>
        <translation>
            <numerusform>%nটি দ্বন্দ্ব (দুই দিকেই বদলেছে)</numerusform>
            <numerusform>%nটি দ্বন্দ্ব (দুই দিকেই বদলেছে)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="83"/>
        <source>%n service(s) deleted there (deleted here too unless you keep them)</source>
        <translation>
            <numerusform>%nটি সেবা সেখানে মুছে ফেলা হয়েছে (আপনি না রাখলে এখানেও মুছে যাবে)</numerusform>
            <numerusform>%nটি সেবা সেখানে মুছে ফেলা হয়েছে (আপনি না রাখলে এখানেও মুছে যাবে)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="84"/>
        <source>%1 is a copy of this project: %2.</source>
        <translation>%1 এই প্রকল্পের একটি কপি: %2।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="86"/>
        <source>%n matched</source>
        <translation>
            <numerusform>%nটি মিলেছে</numerusform>
            <numerusform>%nটি মিলেছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="87"/>
        <source>%n value(s) to fill in</source>
        <translation>
            <numerusform>%nটি মান পূরণ করতে হবে</numerusform>
            <numerusform>%nটি মান পূরণ করতে হবে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="87"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%nটি দ্বন্দ্ব</numerusform>
            <numerusform>%nটি দ্বন্দ্ব</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="88"/>
        <source>%1: %2. Choose which value to keep for each conflict.</source>
        <translation>%1: %2। প্রতিটি দ্বন্দ্বের জন্য কোন মান রাখবেন তা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="89"/>
        <source>, </source>
        <comment>between the counts of a merge&apos;s summary</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="100"/>
        <source>%n service(s) will become confidential, as the partner marks them.</source>
        <translation>
            <numerusform>অংশীদার যেভাবে চিহ্নিত করেছে, সেভাবে %nটি সেবা গোপনীয় হয়ে যাবে।</numerusform>
            <numerusform>অংশীদার যেভাবে চিহ্নিত করেছে, সেভাবে %nটি সেবা গোপনীয় হয়ে যাবে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="171"/>
        <source>Merging %1…</source>
        <translation>%1 মেলানো হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../desktop/window/new_project.py" line="39"/>
        <location filename="../../desktop/window/new_project.py" line="208"/>
        <source>New project</source>
        <translation>নতুন প্রকল্প</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="50"/>
        <source>Add files…</source>
        <translation>ফাইল যোগ করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="51"/>
        <source>Add a folder…</source>
        <translation>ফোল্ডার যোগ করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="52"/>
        <source>Remove</source>
        <translation>সরান</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="53"/>
        <source>OCHA COD-AB or geoBoundaries admin boundaries: GeoJSON, GeoPackage, Shapefile, a .zip, or the folder of an unzipped download.</source>
        <translation>OCHA COD-AB বা geoBoundaries প্রশাসনিক সীমানা: GeoJSON, GeoPackage, Shapefile, একটি .zip, বা আনজিপ করা ডাউনলোডের ফোল্ডার।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Level</source>
        <translation>স্তর</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Called</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Areas</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="57"/>
        <source>For example</source>
        <translation>যেমন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="65"/>
        <source>Double-click a name under “Called” to change it</source>
        <translation>বদলাতে “নাম” এর নিচের নামে ডাবল-ক্লিক করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="67"/>
        <source>read from the boundaries (e.g. BGD)</source>
        <translation>সীমানা থেকে পড়া (যেমন BGD)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="73"/>
        <source>Choose…</source>
        <translation>বাছুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="79"/>
        <source>Create</source>
        <translation>তৈরি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="92"/>
        <source>1. Admin boundaries</source>
        <translation>১. প্রশাসনিক সীমানা</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="96"/>
        <source>2. Levels found</source>
        <translation>২. পাওয়া স্তর</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="99"/>
        <location filename="../../desktop/window/new_project.py" line="242"/>
        <source>Country</source>
        <translation>দেশ</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="102"/>
        <source>3. The project file</source>
        <translation>৩. প্রকল্পের ফাইল</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="120"/>
        <source>Choose the boundary files</source>
        <translation>সীমানার ফাইল বাছুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="125"/>
        <source>Choose the folder of boundary files</source>
        <translation>সীমানার ফাইলের ফোল্ডার বাছুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="160"/>
        <source>Reading the boundaries…</source>
        <translation>সীমানা পড়া হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="170"/>
        <source>Admin level %1</source>
        <translation>প্রশাসনিক স্তর %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/new_project.py" line="183"/>
        <source>%n level(s) found. Say what each level is called, then Create.</source>
        <translation>
            <numerusform>%nটি স্তর পাওয়া গেছে। প্রতিটি স্তরের নাম বলুন, তারপর তৈরি করুন।</numerusform>
            <numerusform>%nটি স্তর পাওয়া গেছে। প্রতিটি স্তরের নাম বলুন, তারপর তৈরি করুন।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="195"/>
        <source>Save the new project as</source>
        <translation>নতুন প্রকল্প এই নামে রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="197"/>
        <source>ServiceMap projects (*.gpkg)</source>
        <translation>ServiceMap প্রকল্প (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="209"/>
        <source>%1 is already there. Replace it? Everything in it will be lost.</source>
        <translation>%1 আগে থেকেই আছে। বদলাবেন? এর সবকিছু হারিয়ে যাবে।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="218"/>
        <source>Creating %1…</source>
        <translation>%1 তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="241"/>
        <source>Project file</source>
        <translation>প্রকল্পের ফাইল</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="241"/>
        <source>Boundaries</source>
        <translation>সীমানা</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../desktop/window/panels.py" line="33"/>
        <source>&amp;Import a service list…</source>
        <translation>সেবার তালিকা আমদানি করুন(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="34"/>
        <source>Import &amp;history…</source>
        <translation>আমদানির &amp;ইতিহাস…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="35"/>
        <source>Saved import pro&amp;files…</source>
        <translation>সংরক্ষিত আমদানি &amp;প্রোফাইল…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="36"/>
        <source>Referral &amp;pathways…</source>
        <translation>রেফারেল পথ(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="37"/>
        <source>Coverage &amp;gaps…</source>
        <translation>কভারেজের ঘাটতি(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="38"/>
        <source>&amp;Review locations…</source>
        <translation>অবস্থান পর্যালোচনা করুন(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="39"/>
        <source>Service &amp;types…</source>
        <translation>সেবার ধরন(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="40"/>
        <source>&amp;Merge another list…</source>
        <translation>অন্য একটি তালিকা একত্র করুন(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="41"/>
        <source>&amp;Export the directory…</source>
        <translation>ডিরেক্টরি রপ্তানি করুন(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>PathwayPanel</name>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="69"/>
        <location filename="../../desktop/pathways/panel.py" line="305"/>
        <source>Referral pathways</source>
        <extracomment>Areas drawn in the preview; printing and export take every chosen area.</extracomment>
        <translation>রেফারেল পথ</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="81"/>
        <source>Filter areas…</source>
        <translation>এলাকা ফিল্টার করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="101"/>
        <source>Save steps</source>
        <translation>ধাপগুলো সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="103"/>
        <source>Reset to default</source>
        <translation>ডিফল্টে ফিরিয়ে নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="105"/>
        <source>Print…</source>
        <translation>মুদ্রণ করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="107"/>
        <source>Export…</source>
        <translation>রপ্তানি করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="121"/>
        <source>Admin level</source>
        <translation>প্রশাসনিক স্তর</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="122"/>
        <source>Concern</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="122"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="123"/>
        <source>Paper</source>
        <translation>কাগজ</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="264"/>
        <source>Tick one or more areas to see their pathway.</source>
        <translation>পথ দেখতে এক বা একাধিক এলাকায় টিক দিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="300"/>
        <source>%1 area(s) shown; %2 services not verified recently are marked.</source>
        <translation>%1টি এলাকা দেখানো হচ্ছে; সম্প্রতি যাচাই না করা %2টি সেবা চিহ্নিত করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="313"/>
        <source>Steps saved in the project.</source>
        <translation>ধাপগুলো প্রকল্পে সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="378"/>
        <location filename="../../desktop/pathways/panel.py" line="392"/>
        <location filename="../../desktop/pathways/panel.py" line="398"/>
        <location filename="../../desktop/pathways/panel.py" line="420"/>
        <source>Export pathways</source>
        <translation>রেফারেল পথ রপ্তানি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="392"/>
        <source>Tick the areas to export first.</source>
        <translation>আগে রপ্তানির জন্য এলাকায় টিক দিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="418"/>
        <location filename="../../desktop/pathways/panel.py" line="437"/>
        <source>Not exported.</source>
        <translation>রপ্তানি হয়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="421"/>
        <source>Could not write %1: %2. If another program has the file open, close it; or choose another name or folder.</source>
        <translation>%1 লেখা গেল না: %2। অন্য কোনো প্রোগ্রামে ফাইলটি খোলা থাকলে তা বন্ধ করুন; অথবা অন্য নাম বা ফোল্ডার বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="427"/>
        <source>Exported %1</source>
        <translation>রপ্তানি হয়েছে: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="432"/>
        <source>The export of the pathways</source>
        <translation>রেফারেল পথের রপ্তানি</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="438"/>
        <source>The export of the pathways was stopped; no file was written.</source>
        <translation>রেফারেল পথের রপ্তানি থামানো হয়েছে; কোনো ফাইল লেখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="80"/>
        <source>Filter areas</source>
        <translation>এলাকা ছাঁকুন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="84"/>
        <source>Areas to print</source>
        <translation>ছাপার এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="137"/>
        <source>Areas and options</source>
        <translation>এলাকা ও বিকল্প</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="138"/>
        <source>Steps</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="337"/>
        <source>Printing…</source>
        <translation>ছাপা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="360"/>
        <source>Printed.</source>
        <translation>ছাপা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="360"/>
        <source>The pathway could not be printed. Check the printer, or print to a PDF file.</source>
        <translation>পথটি ছাপা যায়নি। প্রিন্টার দেখুন, অথবা একটি PDF ফাইলে ছাপুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="399"/>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="401"/>
        <source>Preparing %1 pathway(s)…</source>
        <translation>%1টি পথ তৈরি হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="151"/>
        <source>The table ServiceMap found</source>
        <translation>ServiceMap যে টেবিল পেয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="156"/>
        <source>Make a list from this grid…</source>
        <translation>এই গ্রিড থেকে একটি তালিকা বানান…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="157"/>
        <source>Write a list with a row for each organisation of each cell, and import that</source>
        <translation>প্রতিটি ঘরের প্রতিটি সংস্থার জন্য একটি সারি দিয়ে একটি তালিকা লিখুন, এবং সেটি ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="215"/>
        <source>This sheet will be skipped: {0}</source>
        <translation>এই শিটটি বাদ দেওয়া হবে: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="217"/>
        <source>, HXL tags on row {0}</source>
        <translation>, HXL ট্যাগ সারি {0}-এ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="218"/>
        <source>Header on row {0}{1}; services from row {2}. Blue: header, grey: tags, green: data.</source>
        <translation>শিরোনাম সারি {0}-এ{1}; সেবা সারি {2} থেকে। নীল: শিরোনাম, ধূসর: ট্যাগ, সবুজ: ডেটা।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="224"/>
        <source>Save the list made from the grid</source>
        <translation>গ্রিড থেকে বানানো তালিকাটি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="226"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ওয়ার্কবুক (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="236"/>
        <source>The list could not be written: {0}</source>
        <translation>তালিকাটি লেখা যায়নি: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="239"/>
        <source>%Ln cell(s) saying no one offers the service there</source>
        <translation>
            <numerusform>%Lnটি ঘর যেখানে লেখা সেখানে কেউ সেবাটি দেয় না</numerusform>
            <numerusform>%Lnটি ঘর যেখানে লেখা সেখানে কেউ সেবাটি দেয় না</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="240"/>
        <source>%Ln cell(s) pointing to another place&apos;s cell</source>
        <translation>
            <numerusform>%Lnটি ঘর যা অন্য স্থানের ঘর দেখায়</numerusform>
            <numerusform>%Lnটি ঘর যা অন্য স্থানের ঘর দেখায়</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="241"/>
        <source>%Ln provider(s) not confirmed</source>
        <translation>
            <numerusform>%Ln জন সেবাদাতা নিশ্চিত নয়</numerusform>
            <numerusform>%Ln জন সেবাদাতা নিশ্চিত নয়</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="243"/>
        <source>Made from the grid of {0}: {1} services in {2}, each row naming the cell it came from.</source>
        <translation>{0}-এর গ্রিড থেকে বানানো: {2}-এ {1}টি সেবা, প্রতিটি সারিতে লেখা আছে সেটি কোন ঘর থেকে এসেছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="246"/>
        <source>Left out: {0}.</source>
        <translation>বাদ দেওয়া হয়েছে: {0}।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="247"/>
        <source>Check the list if you wish, then click Next.</source>
        <translation>চাইলে তালিকাটি দেখে নিন, তারপর পরবর্তী-তে ক্লিক করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="164"/>
        <source>The sheet&apos;s first rows</source>
        <translation>শিটের প্রথম সারিগুলো</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="31"/>
        <source>Rows to look at</source>
        <translation>যে সারিগুলো দেখা দরকার</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="32"/>
        <source>Every row that will not be imported as it is, and why. Nothing is written yet.</source>
        <translation>যে সারিগুলো যেমন আছে তেমন আমদানি হবে না, এবং কেন। এখনো কিছু লেখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="36"/>
        <source>Show every row</source>
        <translation>সব সারি দেখান</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="37"/>
        <source>List the rows imported without a remark too, to mark any of them confidential</source>
        <translation>কোনো মন্তব্য ছাড়া আমদানি হওয়া সারিগুলোও দেখান, যাতে যেকোনোটিকে গোপনীয় চিহ্নিত করা যায়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="41"/>
        <source>Not confidential</source>
        <translation>গোপনীয় নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="42"/>
        <source>The selected rows were marked confidential because of their words (&quot;safe house&quot;); import them as ordinary services instead</source>
        <translation>নির্বাচিত সারিগুলো তাদের শব্দের কারণে (&quot;নিরাপদ আশ্রয়&quot;) গোপনীয় হিসেবে চিহ্নিত হয়েছে; এর বদলে এগুলোকে সাধারণ সেবা হিসেবে আমদানি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="45"/>
        <source>Confidential</source>
        <translation>গোপনীয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="46"/>
        <source>Keep the location of the selected rows&apos; services inside the project (a safe house its words do not name)</source>
        <translation>নির্বাচিত সারির সেবাগুলোর অবস্থান প্রকল্পের ভেতরেই রাখুন (এমন নিরাপদ আশ্রয় যার কথা লেখায় নেই)</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="74"/>
        <source>Sheet</source>
        <translation>শিট</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="74"/>
        <source>Row</source>
        <translation>সারি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="75"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="75"/>
        <source>Messages</source>
        <translation>বার্তা</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <location filename="../../desktop/review/queue.py" line="52"/>
        <source>Review locations</source>
        <translation>অবস্থান পর্যালোচনা</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="74"/>
        <source>Run the geocoder</source>
        <translation>জিওকোডার চালান</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="77"/>
        <source>Accept all ≥</source>
        <translation>সব গ্রহণ করুন ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Services</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Site</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>As typed</source>
        <translation>যেভাবে লেখা</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Best match</source>
        <translation>সেরা মিল</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Confidence</source>
        <translation>আস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="99"/>
        <source>Accept (Enter)</source>
        <translation>গ্রহণ (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="99"/>
        <source>Reject (Del)</source>
        <translation>বাতিল (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="100"/>
        <source>Place on the map (P)</source>
        <translation>মানচিত্রে বসান (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="101"/>
        <source>Skip (S)</source>
        <translation>এড়িয়ে যান (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="162"/>
        <source>not found</source>
        <translation>পাওয়া যায়নি</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="169"/>
        <source>%n site(s) to review</source>
        <translation>
            <numerusform>পর্যালোচনার জন্য %nটি স্থান</numerusform>
            <numerusform>পর্যালোচনার জন্য %nটি স্থান</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="177"/>
        <source>Nothing to review.</source>
        <translation>পর্যালোচনার কিছু নেই।</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="177"/>
        <source>No project open.</source>
        <translation>কোনো প্রকল্প খোলা নেই।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="192"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%nটি সেবা</numerusform>
            <numerusform>%nটি সেবা</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="193"/>
        <source>As typed: %1</source>
        <translation>যেভাবে লেখা: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="195"/>
        <source>Address: %1</source>
        <translation>ঠিকানা: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="275"/>
        <source>Click on the map where the site is.</source>
        <translation>স্থানটি যেখানে, মানচিত্রে সেখানে ক্লিক করুন।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="294"/>
        <source>Accepted %n location(s).</source>
        <translation>
            <numerusform>%nটি অবস্থান গ্রহণ করা হয়েছে।</numerusform>
            <numerusform>%nটি অবস্থান গ্রহণ করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="308"/>
        <source>Placed %1 sites.</source>
        <translation>%1টি স্থান মানচিত্রে বসানো হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="312"/>
        <source>Geocoding failed</source>
        <translation>জিওকোডিং ব্যর্থ হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Confidence for Accept all</source>
        <translation>সব গ্রহণের জন্য আস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="83"/>
        <source>Sites to review</source>
        <translation>পর্যালোচনার স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="95"/>
        <source>Places it may be</source>
        <translation>সম্ভাব্য জায়গা</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="211"/>
        <source>Current location</source>
        <translation>বর্তমান অবস্থান</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="40"/>
        <source>active</source>
        <translation>চালু</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="41"/>
        <source>inactive</source>
        <translation>নিষ্ক্রিয়</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="42"/>
        <source>defunct</source>
        <translation>স্থায়ীভাবে বন্ধ</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="43"/>
        <source>temporarily closed</source>
        <translation>সাময়িকভাবে বন্ধ</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="78"/>
        <source>Edit service</source>
        <translation>সেবা সম্পাদনা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="103"/>
        <source>Everyone</source>
        <translation>সবাই</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="103"/>
        <source>Women and girls</source>
        <translation>নারী ও কিশোরী</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="104"/>
        <source>Men and boys</source>
        <translation>পুরুষ ও কিশোর</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="111"/>
        <source>Bangla, English, Chakma … or bn, en, ccp</source>
        <translation>বাংলা, ইংরেজি, চাকমা … অথবা bn, en, ccp</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="113"/>
        <source>01712-555123, +90 531 245 67 89 (WhatsApp)</source>
        <translation>01712-555123, +90 531 245 67 89 (হোয়াটসঅ্যাপ)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="119"/>
        <source>Confidential (a safe house: never shown at its point)</source>
        <translation>গোপনীয় (নিরাপদ আশ্রয়: এর নির্দিষ্ট অবস্থান কখনো দেখানো হয় না)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="136"/>
        <source>Service</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="138"/>
        <location filename="../../desktop/curation/service_editor.py" line="157"/>
        <location filename="../../desktop/curation/service_editor.py" line="160"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="139"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="140"/>
        <source>Service types</source>
        <translation>সেবার ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="141"/>
        <source>Description</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="142"/>
        <source>Phones</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="143"/>
        <source>E-mails</source>
        <translation>ই-মেইল</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="144"/>
        <source>Hours</source>
        <translation>সময়সূচি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="145"/>
        <source>Ages</source>
        <translation>বয়স</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="146"/>
        <source>For</source>
        <translation>কাদের জন্য</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="147"/>
        <source>Languages</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="148"/>
        <source>Referral method</source>
        <translation>রেফারেলের পদ্ধতি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="149"/>
        <source>Intake criteria</source>
        <translation>গ্রহণের মানদণ্ড</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="156"/>
        <source>Organisation (renaming it renames it for all its services)</source>
        <translation>সংস্থা (নাম বদলালে এর সব সেবার জন্য নাম বদলাবে)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="158"/>
        <source>Site</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="161"/>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="162"/>
        <source>Latitude</source>
        <translation>অক্ষাংশ</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="163"/>
        <source>Longitude</source>
        <translation>দ্রাঘিমাংশ</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="295"/>
        <source>No type chosen yet; kept so.</source>
        <translation>এখনও কোনো ধরন বাছাই করা হয়নি; এভাবেই রাখা হলো।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="297"/>
        <source>Empty; kept as it is.</source>
        <translation>ফাঁকা; যেমন আছে তেমনই রাখা হলো।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="299"/>
        <source>Not recognised, kept as it is: %1</source>
        <translation>চেনা যায়নি, যেমন আছে তেমনই রাখা হলো: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="330"/>
        <source>and %n more</source>
        <translation>
            <numerusform>এবং আরও %nটি</numerusform>
            <numerusform>এবং আরও %nটি</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="333"/>
        <source>One other service is at this place (%1): its point shows it on maps and pathways. Mark it confidential too, or move it.</source>
        <translation>এই জায়গায় আরও একটি সেবা আছে (%1): এর বিন্দু মানচিত্র ও রেফারেল পথে জায়গাটি দেখিয়ে দেয়। এটিকেও গোপনীয় করুন, অথবা সরিয়ে দিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="335"/>
        <source>Mark it confidential too</source>
        <translation>এটিকেও গোপনীয় করুন</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="337"/>
        <source>%n other services are at this place (%1): their points show it on maps and pathways. Mark them confidential too, or move them.</source>
        <translation>
            <numerusform>এই জায়গায় আরও %nটি সেবা আছে (%1): সেগুলোর বিন্দু মানচিত্র ও রেফারেল পথে জায়গাটি দেখিয়ে দেয়। সেগুলোকেও গোপনীয় করুন, অথবা সরিয়ে দিন।</numerusform>
            <numerusform>এই জায়গায় আরও %nটি সেবা আছে (%1): সেগুলোর বিন্দু মানচিত্র ও রেফারেল পথে জায়গাটি দেখিয়ে দেয়। সেগুলোকেও গোপনীয় করুন, অথবা সরিয়ে দিন।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="339"/>
        <source>Mark these %n services confidential too</source>
        <translation>
            <numerusform>এই %nটি সেবাকেও গোপনীয় করুন</numerusform>
            <numerusform>এই %nটি সেবাকেও গোপনীয় করুন</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same site</source>
        <translation>একই স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same point</source>
        <translation>একই বিন্দু</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same address</source>
        <translation>একই ঠিকানা</translation>
    </message>
</context>
<context>
    <name>ServiceTypeList</name>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Service type</source>
        <translation>সেবার ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Default</source>
        <translation>পূর্বনির্ধারিত</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Within</source>
        <translation>সীমা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="52"/>
        <source>Tick the service types to analyse. Double-click “Within” to set a threshold for one type (e.g. 5km or 45min); leave it blank for the type&apos;s default.</source>
        <translation>কোন কোন সেবার ধরন বিশ্লেষণ করবেন, বেছে নিন। কোনো ধরনের সীমা ঠিক করতে “সীমা”-তে দুবার ক্লিক করুন (যেমন 5km বা 45min); ধরনের পূর্বনির্ধারিত সীমার জন্য খালি রাখুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="36"/>
        <source>Service types to analyse</source>
        <translation>বিশ্লেষণের সেবার ধরন</translation>
    </message>
</context>
<context>
    <name>ServiceTypesDialog</name>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="47"/>
        <location filename="../../desktop/curation/types_dialog.py" line="230"/>
        <source>Service types</source>
        <translation>সেবার ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="53"/>
        <source>The services of this project that have no type (or an unsure one), by the text their list gave. Tick the types each text means, then “Teach and re-type”: the project keeps your answers for its next imports, and these services get their types. A type a person chose is never changed.</source>
        <translation>এই প্রকল্পের যেসব সেবার কোনো ধরন নেই (বা অনিশ্চিত ধরন আছে), তাদের তালিকার লেখা অনুযায়ী। প্রতিটি লেখা কোন ধরন বোঝায় তা টিক দিন, তারপর “শেখান ও আবার ধরন নির্ণয় করুন”: প্রকল্প পরের আমদানির জন্য আপনার উত্তর রেখে দেয়, আর এই সেবাগুলো তাদের ধরন পায়। কোনো ব্যক্তির বেছে নেওয়া ধরন কখনো বদলানো হয় না।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="69"/>
        <source>Mark them confidential too</source>
        <translation>সেগুলোকেও গোপনীয় করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="72"/>
        <source>Teach and re-type</source>
        <translation>শেখান ও আবার ধরন নির্ণয় করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="75"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="112"/>
        <source>Open or create a project first.</source>
        <translation>আগে একটি প্রকল্প খুলুন বা তৈরি করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="114"/>
        <source>Finding the services without a type…</source>
        <translation>ধরনহীন সেবাগুলো খোঁজা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="119"/>
        <source>Every service has a type ServiceMap is sure of.</source>
        <translation>প্রতিটি সেবার এমন ধরন আছে যা নিয়ে ServiceMap নিশ্চিত।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="128"/>
        <source>Teaching %n text(s) and re-typing the services…</source>
        <translation>
            <numerusform>%n টি লেখা শেখানো ও সেবাগুলোর ধরন আবার নির্ণয় করা হচ্ছে…</numerusform>
            <numerusform>%n টি লেখা শেখানো ও সেবাগুলোর ধরন আবার নির্ণয় করা হচ্ছে…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="135"/>
        <source>Taught %1 text(s); %2 service(s) got new types; %3 still have none.</source>
        <translation>%1 টি লেখা শেখানো হয়েছে; %2 টি সেবা নতুন ধরন পেয়েছে; %3 টির এখনও কোনো ধরন নেই।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="168"/>
        <source>and %n more</source>
        <translation>
            <numerusform>এবং আরও %nটি</numerusform>
            <numerusform>এবং আরও %nটি</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="171"/>
        <source>1 service became confidential (a safe shelter), but other services at its place still show it on maps and pathways: %1. Mark them confidential too, or move them.</source>
        <translation>১টি সেবা গোপনীয় হয়েছে (নিরাপদ আশ্রয়), কিন্তু একই জায়গার অন্য সেবাগুলো এখনও মানচিত্র ও রেফারেল পথে জায়গাটি দেখায়: %1। সেগুলোকেও গোপনীয় করুন, অথবা সরিয়ে দিন।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="174"/>
        <source>%n services became confidential (safe shelters), but other services at their places still show them on maps and pathways: %1. Mark them confidential too, or move them.</source>
        <translation>
            <numerusform>%nটি সেবা গোপনীয় হয়েছে (নিরাপদ আশ্রয়), কিন্তু সেগুলোর জায়গার অন্য সেবাগুলো এখনও মানচিত্র ও রেফারেল পথে সেগুলো দেখায়: %1। সেগুলোকেও গোপনীয় করুন, অথবা সরিয়ে দিন।</numerusform>
            <numerusform>%nটি সেবা গোপনীয় হয়েছে (নিরাপদ আশ্রয়), কিন্তু সেগুলোর জায়গার অন্য সেবাগুলো এখনও মানচিত্র ও রেফারেল পথে সেগুলো দেখায়: %1। সেগুলোকেও গোপনীয় করুন, অথবা সরিয়ে দিন।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="185"/>
        <source>Mark confidential: at the place of a safe shelter</source>
        <translation>গোপনীয় করা হয়েছে: নিরাপদ আশ্রয়ের জায়গায়</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="194"/>
        <source>Marked %n service(s) confidential.</source>
        <translation>
            <numerusform>%nটি সেবা গোপনীয় করা হয়েছে।</numerusform>
            <numerusform>%nটি সেবা গোপনীয় করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="220"/>
        <source>Teaching service types and re-typing the services</source>
        <translation>সেবার ধরন শেখানো ও সেবাগুলোর ধরন আবার নির্ণয়</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="225"/>
        <source>Cancelled: nothing was taught and no service changed.</source>
        <translation>বাতিল: কিছুই শেখানো হয়নি এবং কোনো সেবা বদলায়নি।</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="46"/>
        <source>Search services, organisations, places, phones…</source>
        <translation>সেবা, সংস্থা, স্থান, ফোন নম্বর খুঁজুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="52"/>
        <source>Show only one type of service</source>
        <translation>শুধু এক ধরনের সেবা দেখান</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="58"/>
        <source>Not verified in 6 months</source>
        <translation>৬ মাসে যাচাই করা হয়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="59"/>
        <source>Show only services never verified, or not verified in the last 6 months</source>
        <translation>শুধু কখনো যাচাই না করা বা গত ৬ মাসে যাচাই না করা সেবা দেখান</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="138"/>
        <source>All service types</source>
        <translation>সব ধরনের সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="45"/>
        <source>Search</source>
        <translation>খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="51"/>
        <source>Service type</source>
        <translation>সেবার ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="63"/>
        <source>Services</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="142"/>
        <source>Service type not given</source>
        <translation>সেবার ধরন দেওয়া নেই</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Organisation</source>
        <translation>সংস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Service</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="53"/>
        <source>Types</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="53"/>
        <source>Site</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="54"/>
        <source>Admin area</source>
        <translation>প্রশাসনিক এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="54"/>
        <source>Phones</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="55"/>
        <source>Hours</source>
        <translation>সময়সূচি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="55"/>
        <source>Ages</source>
        <translation>বয়স</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="56"/>
        <source>Languages</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="56"/>
        <source>Verified on</source>
        <translation>যাচাইয়ের তারিখ</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="57"/>
        <source>Location</source>
        <translation>অবস্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="109"/>
        <source>%1 and over</source>
        <translation>%1 ও তার বেশি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="111"/>
        <source>up to %1</source>
        <translation>%1 পর্যন্ত</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="164"/>
        <source>Confidential</source>
        <translation>গোপনীয়</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="164"/>
        <source>Placed</source>
        <translation>মানচিত্রে চিহ্নিত</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="165"/>
        <source>Not placed</source>
        <translation>মানচিত্রে চিহ্নিত নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="393"/>
        <source>%1: only in this copy; the shared directory did not take it</source>
        <extracomment>A cell edit was refused; the message says why (shown in the status bar). Columns edited in place, through ``cell_editor``. Saves one cell: ``(listing, column, text) -&gt; problem`` (&quot;&quot; when saved). None: read-only.</extracomment>
        <translation>%1: শুধু এই কপিতে; শেয়ার করা ডিরেক্টরি এটি নেয়নি</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../desktop/sharing/side_by_side.py" line="79"/>
        <source>Keep which value for %1</source>
        <extracomment>The choice each of the two &quot;all&quot; buttons sets on this row: a row whose right side is not what the right button means (another person&apos;s value, not mine) says which instead.</extracomment>
        <translation>%1 এর কোন মান রাখবেন</translation>
    </message>
</context>
<context>
    <name>SkipReasons</name>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="18"/>
        <source>empty sheet</source>
        <translation>খালি শিট</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="19"/>
        <source>no table of services (a cover page, instructions or lists): no header row in the first 30 rows names an organisation and a service</source>
        <translation>সেবার কোনো তালিকা নেই (একটি প্রচ্ছদ পাতা, নির্দেশনা বা তালিকা): প্রথম ৩০টি সারির কোনো শিরোনাম সারিতে সংস্থা ও সেবার নাম নেই</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="22"/>
        <source>no header row with known columns</source>
        <translation>চেনা কলামসহ কোনো শিরোনাম সারি নেই</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="23"/>
        <source>a table turned on its side: each column is a service provider and each row a field (&apos;{label}&apos; in row {row}); turn it so that each provider is a row (in Excel: copy it, then Paste Special › Transpose) and import the copy</source>
        <translation>পাশ ফেরানো একটি টেবিল: প্রতিটি কলাম একজন সেবাদাতা এবং প্রতিটি সারি একটি ঘর (&apos;{label}&apos;, সারি {row}); এমনভাবে ঘুরিয়ে নিন যাতে প্রতিটি সেবাদাতা একটি সারি হয় (Excel-এ: কপি করে Paste Special › Transpose) এবং কপিটি ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="27"/>
        <source>the submissions of the KoBo repeat group on sheet &apos;{sheet}&apos;: their organisation, place and answers are read with each of that sheet&apos;s rows</source>
        <translation>শিট &apos;{sheet}&apos;-এর KoBo রিপিট গ্রুপের সাবমিশন: এগুলোর সংস্থা, স্থান ও উত্তর ওই শিটের প্রতিটি সারির সঙ্গে পড়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="30"/>
        <source>hidden in the workbook (most often old data or drop-down lists); if its rows are services, unhide the sheet in Excel or LibreOffice and import again</source>
        <translation>ওয়ার্কবুকে লুকানো (প্রায়ই পুরোনো তথ্য বা ড্রপ-ডাউন তালিকা); এর সারিগুলো সেবা হলে Excel বা LibreOffice-এ শিটটি দৃশ্যমান করে আবার ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="33"/>
        <source>a referral pathway kept as a grid (header in row {row}: a column for each of {places} places, a row for each of {types} service types, the organisations in the cells), not a list with one service per row; make a row for each organisation of each cell (organisation, service type, place, phone) and import that: &apos;servicemap grid-to-list&apos; or the import wizard&apos;s &apos;Make a list from this grid&apos; writes it</source>
        <translation>গ্রিড আকারে রাখা একটি রেফারেল পথ (শিরোনাম সারি {row}-এ: {places}টি স্থানের প্রতিটির জন্য একটি কলাম, {types}টি সেবার ধরনের প্রতিটির জন্য একটি সারি, ঘরে ঘরে সংস্থাগুলো), প্রতি সারিতে একটি সেবার তালিকা নয়; প্রতিটি ঘরের প্রতিটি সংস্থার জন্য একটি সারি বানান (সংস্থা, সেবার ধরন, স্থান, ফোন) এবং সেটি ইমপোর্ট করুন: &apos;servicemap grid-to-list&apos; অথবা ইমপোর্ট উইজার্ডের &apos;এই গ্রিড থেকে একটি তালিকা বানান&apos; এটি লিখে দেয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="38"/>
        <source>a referral pathway kept as a grid (header in row {row}: a row for each of {places} places, {types} columns of service types, the organisations in the cells), not a list with one service per row; make a row for each organisation of each cell (organisation, service type, place, phone) and import that: &apos;servicemap grid-to-list&apos; or the import wizard&apos;s &apos;Make a list from this grid&apos; writes it</source>
        <translation>গ্রিড আকারে রাখা একটি রেফারেল পথ (শিরোনাম সারি {row}-এ: {places}টি স্থানের প্রতিটির জন্য একটি সারি, সেবার ধরনের {types}টি কলাম, ঘরে ঘরে সংস্থাগুলো), প্রতি সারিতে একটি সেবার তালিকা নয়; প্রতিটি ঘরের প্রতিটি সংস্থার জন্য একটি সারি বানান (সংস্থা, সেবার ধরন, স্থান, ফোন) এবং সেটি ইমপোর্ট করুন: &apos;servicemap grid-to-list&apos; অথবা ইমপোর্ট উইজার্ডের &apos;এই গ্রিড থেকে একটি তালিকা বানান&apos; এটি লিখে দেয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="43"/>
        <source>{rows} rows, more than the {max} ServiceMap reads from one sheet; split the list into smaller sheets or files</source>
        <translation>{rows}টি সারি, ServiceMap একটি শিট থেকে যত পড়ে ({max}) তার চেয়ে বেশি; তালিকাটি ছোট ছোট শিট বা ফাইলে ভাগ করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="46"/>
        <source>{rows} rows (to cell {cell}), more than the {max} ServiceMap reads from one sheet; split the list into smaller sheets or files, or delete what is below it</source>
        <translation>{rows}টি সারি (ঘর {cell} পর্যন্ত), ServiceMap একটি শিট থেকে যত পড়ে ({max}) তার চেয়ে বেশি; তালিকাটি ছোট ছোট শিট বা ফাইলে ভাগ করুন, অথবা তালিকার নিচে যা আছে মুছে দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="49"/>
        <source>{columns} columns (to cell {cell}), more than the {max} ServiceMap reads from one sheet; delete the columns right of the list and save it again</source>
        <translation>{columns}টি কলাম (ঘর {cell} পর্যন্ত), ServiceMap একটি শিট থেকে যত পড়ে ({max}) তার চেয়ে বেশি; তালিকার ডান দিকের কলামগুলো মুছে আবার সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="52"/>
        <source>{rows} rows × {columns} columns (to cell {cell}), more than the {max} cells ServiceMap reads from one sheet; delete what lies below and right of the list (one stray value far away makes the whole sheet this large), or split the list</source>
        <translation>{rows}টি সারি × {columns}টি কলাম (ঘর {cell} পর্যন্ত), ServiceMap একটি শিট থেকে যত ঘর পড়ে ({max}) তার চেয়ে বেশি; তালিকার নিচে ও ডানে যা আছে মুছে দিন (দূরে একটি হারানো মানই পুরো শিটকে এত বড় করে), অথবা তালিকাটি ভাগ করুন</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/window/start_page.py" line="21"/>
        <source>Welcome to ServiceMap</source>
        <translation>ServiceMap-এ স্বাগতম</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="22"/>
        <source>Start from your admin boundaries, or look around the demo project first.</source>
        <translation>আপনার প্রশাসনিক সীমানা থেকে শুরু করুন, অথবা আগে ডেমো প্রকল্পটি ঘুরে দেখুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="25"/>
        <source>Create a new project…</source>
        <translation>নতুন প্রকল্প তৈরি করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="26"/>
        <source>From admin boundary files (OCHA COD-AB or geoBoundaries): GeoJSON, GeoPackage, Shapefile, a .zip or a folder. Then import your list of services.</source>
        <translation>প্রশাসনিক সীমানার ফাইল থেকে (OCHA COD-AB বা geoBoundaries): GeoJSON, GeoPackage, Shapefile, একটি .zip বা একটি ফোল্ডার। তারপর আপনার সেবার তালিকা আমদানি করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="29"/>
        <source>Open the demo project</source>
        <translation>ডেমো প্রকল্প খুলুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="30"/>
        <source>Fictional protection services in Bangladesh&apos;s Chattogram division, ready to explore.</source>
        <translation>বাংলাদেশের চট্টগ্রাম বিভাগের কাল্পনিক সুরক্ষা সেবা, ঘুরে দেখার জন্য প্রস্তুত।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="32"/>
        <source>Open a project…</source>
        <translation>একটি প্রকল্প খুলুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="32"/>
        <source>A ServiceMap project file (.gpkg) you or a colleague made.</source>
        <translation>আপনার বা কোনো সহকর্মীর তৈরি ServiceMap প্রকল্প ফাইল (.gpkg)।</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="37"/>
        <source>Drag the steps into the order they are followed</source>
        <translation>ধাপগুলো যে ক্রমে অনুসরণ করা হয় সেই ক্রমে টেনে সাজান</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="52"/>
        <source>Drag to change the order; untick to leave a service off this step</source>
        <translation>ক্রম বদলাতে টেনে আনুন; কোনো সেবা এই ধাপ থেকে বাদ দিতে টিক তুলে দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="57"/>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="58"/>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="35"/>
        <location filename="../../desktop/pathways/steps.py" line="61"/>
        <source>Steps</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="41"/>
        <location filename="../../desktop/pathways/steps.py" line="120"/>
        <source>Standard title (leave empty to use it)</source>
        <translation>সাধারণ শিরোনাম (এটি ব্যবহার করতে খালি রাখুন)</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="42"/>
        <source>Leave empty to use the standard title, shown in grey</source>
        <translation>ধূসর রঙে দেখানো সাধারণ শিরোনামটি ব্যবহার করতে খালি রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="45"/>
        <location filename="../../desktop/pathways/steps.py" line="121"/>
        <source>Standard note (leave empty to use it)</source>
        <translation>সাধারণ নোট (এটি ব্যবহার করতে খালি রাখুন)</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="46"/>
        <source>Leave empty to use the standard note, shown in grey</source>
        <translation>ধূসর রঙে দেখানো সাধারণ নোটটি ব্যবহার করতে খালি রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="64"/>
        <source>Services of this step, for the first area chosen</source>
        <translation>প্রথম বেছে নেওয়া এলাকার জন্য এই ধাপের সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="125"/>
        <source>No standard note: leave empty for none</source>
        <translation>কোনো সাধারণ নোট নেই: কোনো নোট না চাইলে খালি রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="50"/>
        <source>Services of this step</source>
        <translation>এই ধাপের সেবা</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="102"/>
        <source>Sync</source>
        <translation>সিঙ্ক</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="103"/>
        <source>Send this copy&apos;s changes to the shared directory and receive the others&apos;</source>
        <translation>এই কপির পরিবর্তন শেয়ার করা ডিরেক্টরিতে পাঠান এবং অন্যদেরগুলো নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="145"/>
        <source>never</source>
        <translation>কখনো না</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="146"/>
        <source>Last sync %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>শেষ সিঙ্ক %1 · %nটি পরিবর্তন অপেক্ষায়</numerusform>
            <numerusform>শেষ সিঙ্ক %1 · %nটি পরিবর্তন অপেক্ষায়</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="150"/>
        <source>%n only in this copy</source>
        <translation>
            <numerusform>%nটি শুধু এই কপিতে</numerusform>
            <numerusform>%nটি শুধু এই কপিতে</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="152"/>
        <source>only in this copy (%1)</source>
        <translation>শুধু এই কপিতে (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="159"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%nটি দ্বন্দ্ব</numerusform>
            <numerusform>%nটি দ্বন্দ্ব</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="163"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%nটি প্রত্যাখ্যাত</numerusform>
            <numerusform>%nটি প্রত্যাখ্যাত</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="166"/>
        <source>The shared directory refused records this copy made: %1. Keep them in this copy only, or discard them.</source>
        <translation>এই কপিতে তৈরি রেকর্ড শেয়ার করা ডিরেক্টরি নেয়নি: %1। সেগুলো শুধু এই কপিতে রাখুন, অথবা বাদ দিন।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="169"/>
        <source>The shared directory refused %n change(s) this copy made; the server&apos;s values are back here: %1.</source>
        <translation>
            <numerusform>শেয়ার করা ডিরেক্টরি এই কপির %nটি পরিবর্তন গ্রহণ করেনি; সার্ভারের মান এখানে ফিরে এসেছে: %1।</numerusform>
            <numerusform>শেয়ার করা ডিরেক্টরি এই কপির %nটি পরিবর্তন গ্রহণ করেনি; সার্ভারের মান এখানে ফিরে এসেছে: %1।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="199"/>
        <source>Syncing…</source>
        <translation>সিঙ্ক হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="232"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="233"/>
        <source>Not synced: %1</source>
        <translation>সিঙ্ক হয়নি: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="241"/>
        <source>Not synced: why?</source>
        <translation>সিঙ্ক হয়নি: কেন?</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="241"/>
        <source>Sync details</source>
        <translation>সিঙ্কের বিস্তারিত</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="248"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="281"/>
        <source>Shared directory</source>
        <translation>শেয়ার করা ডিরেক্টরি</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="272"/>
        <source>The server asks for a password: type it to sync.</source>
        <translation>সার্ভার পাসওয়ার্ড চাইছে: সিঙ্ক করতে সেটি লিখুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="282"/>
        <source>Password for %1:</source>
        <translation>%1 এর পাসওয়ার্ড:</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="284"/>
        <source>The server did not accept that password.</source>
        <translation>সার্ভার এই পাসওয়ার্ড গ্রহণ করেনি।</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="62"/>
        <source>Synced: sent %1, received %2</source>
        <translation>সিঙ্ক হয়েছে: পাঠানো %1, পাওয়া %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="65"/>
        <source>%1; %n conflict(s) wait</source>
        <translation>
            <numerusform>%1; %nটি দ্বন্দ্ব অপেক্ষায়</numerusform>
            <numerusform>%1; %nটি দ্বন্দ্ব অপেক্ষায়</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="68"/>
        <source>%1; %n refused by the server: %2</source>
        <translation>
            <numerusform>%1; সার্ভার %nটি গ্রহণ করেনি: %2</numerusform>
            <numerusform>%1; সার্ভার %nটি গ্রহণ করেনি: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="71"/>
        <source>%1.</source>
        <translation>%1।</translation>
    </message>
</context>
<context>
    <name>TypeAnswers</name>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="41"/>
        <source>Text in the list</source>
        <translation>তালিকার লেখা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="41"/>
        <source>Rows</source>
        <translation>সারি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="42"/>
        <source>ServiceMap read</source>
        <translation>ServiceMap যা পড়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="42"/>
        <source>Your answer</source>
        <translation>আপনার উত্তর</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="51"/>
        <source>Texts without a service type</source>
        <translation>সেবার ধরনহীন লেখা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="65"/>
        <source>Service types the text means</source>
        <translation>লেখাটি যে সেবার ধরন বোঝায়</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="68"/>
        <location filename="../../desktop/curation/type_answers.py" line="208"/>
        <source>Not a service type</source>
        <translation>কোনো সেবার ধরন নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="69"/>
        <source>Distributions, awareness raising …: its services stay without a type, and ServiceMap does not ask about this text again</source>
        <translation>বিতরণ, সচেতনতা বৃদ্ধি …: এর সেবাগুলো ধরনহীন থাকে, আর ServiceMap এই লেখা নিয়ে আর জিজ্ঞেস করে না</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="72"/>
        <source>Skip this text</source>
        <translation>এই লেখা বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="73"/>
        <source>Give no answer: its services keep no type (or ServiceMap&apos;s guess)</source>
        <translation>উত্তর দেবেন না: এর সেবাগুলোর ধরন থাকবে না (বা ServiceMap-এর অনুমান থাকবে)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="126"/>
        <source>%1 (unsure)</source>
        <translation>%1 (অনিশ্চিত)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="127"/>
        <source>nothing</source>
        <translation>কিছু না</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="193"/>
        <source>“%1” means:</source>
        <translation>“%1” বোঝায়:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="194"/>
        <source>Nothing to answer: ServiceMap read a type for every text.</source>
        <translation>উত্তর দেওয়ার কিছু নেই: ServiceMap প্রতিটি লেখার একটি ধরন পড়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="208"/>
        <source>(skipped)</source>
        <translation>(বাদ দেওয়া)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="217"/>
        <source>%1 of %2 texts answered.</source>
        <translation>%2 টির মধ্যে %1 টি লেখার উত্তর দেওয়া হয়েছে।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/type_answers.py" line="220"/>
        <source>%n row(s) will have no service type.</source>
        <translation>
            <numerusform>%n টি সারির কোনো সেবার ধরন থাকবে না।</numerusform>
            <numerusform>%n টি সারির কোনো সেবার ধরন থাকবে না।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypesPage</name>
    <message>
        <location filename="../../desktop/importing/types_page.py" line="21"/>
        <source>Service types</source>
        <translation>সেবার ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/types_page.py" line="22"/>
        <source>ServiceMap could not tell the service type of these texts, or is unsure. Tick the types each one means: the project keeps your answer, so the next import knows it. Skip any you are unsure of.</source>
        <translation>ServiceMap এই লেখাগুলোর সেবার ধরন বুঝতে পারেনি, বা নিশ্চিত নয়। প্রতিটি কোন ধরন বোঝায় তা টিক দিন: প্রকল্প আপনার উত্তর রেখে দেয়, তাই পরের আমদানি তা জানবে। যেগুলো নিয়ে নিশ্চিত নন সেগুলো বাদ দিন।</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/curation/undo.py" line="62"/>
        <source>Redo: %1</source>
        <extracomment>The most services whose rows an edit refreshes one by one; past it (an organisation of thousands renamed) the window reads every row again. Told the reason when an undo or redo could not be written.</extracomment>
        <translation>আবার করুন: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="65"/>
        <source>Undo: %1</source>
        <translation>পূর্বাবস্থায় ফেরান: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="87"/>
        <source>Edit service “%1”</source>
        <translation>সেবা “%1” সম্পাদনা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="122"/>
        <source>Restore service “%1”</source>
        <translation>সেবা “%1” পুনরুদ্ধার</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="124"/>
        <source>Delete service “%1”</source>
        <translation>সেবা “%1” মুছুন</translation>
    </message>
</context>
<context>
    <name>WarningsBar</name>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="31"/>
        <source>Warnings about the directory</source>
        <translation>ডিরেক্টরি সম্পর্কে সতর্কবার্তা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="32"/>
        <source>Service types…</source>
        <translation>সেবার ধরন…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="33"/>
        <source>Give the services without a type their types</source>
        <translation>যেসব সেবার ধরন নেই সেগুলোর ধরন ঠিক করুন</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="53"/>
        <source>No service has the type %1 here, but %n service(s) have no type and may be of it: see %2 to give them types.</source>
        <translation>
            <numerusform>এখানে %1 ধরনের কোনো সেবা নেই, কিন্তু %n টি সেবার কোনো ধরন নেই এবং সেগুলো এই ধরনের হতে পারে: ধরন ঠিক করতে %2 দেখুন।</numerusform>
            <numerusform>এখানে %1 ধরনের কোনো সেবা নেই, কিন্তু %n টি সেবার কোনো ধরন নেই এবং সেগুলো এই ধরনের হতে পারে: ধরন ঠিক করতে %2 দেখুন।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="56"/>
        <source>%n service(s) have no type and are left out: see %1 to give them types.</source>
        <translation>
            <numerusform>%n টি সেবার কোনো ধরন নেই, তাই সেগুলো বাদ পড়েছে: ধরন ঠিক করতে %1 দেখুন।</numerusform>
            <numerusform>%n টি সেবার কোনো ধরন নেই, তাই সেগুলো বাদ পড়েছে: ধরন ঠিক করতে %1 দেখুন।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="59"/>
        <source>%1 has services none of which is verified: check them with their providers before relying on them.</source>
        <translation>%1-এ এমন সেবা আছে যার কোনোটিই যাচাই করা হয়নি: ভরসা করার আগে সেবাদাতাদের সঙ্গে সেগুলো যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="61"/>
        <source> and %1 more</source>
        <translation> এবং আরও %1 টি</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="62"/>
        <source>%n areas have services none of which is verified: %1%2. Check them with their providers before relying on them.</source>
        <translation>
            <numerusform>%n টি এলাকায় এমন সেবা আছে যার কোনোটিই যাচাই করা হয়নি: %1%2। ভরসা করার আগে সেবাদাতাদের সঙ্গে সেগুলো যাচাই করুন।</numerusform>
            <numerusform>%n টি এলাকায় এমন সেবা আছে যার কোনোটিই যাচাই করা হয়নি: %1%2। ভরসা করার আগে সেবাদাতাদের সঙ্গে সেগুলো যাচাই করুন।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="384"/>
        <source>Shared directory</source>
        <translation>শেয়ার করা ডিরেক্টরি</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="330"/>
        <source>&amp;Share this project…</source>
        <translation>এই প্রকল্প শেয়ার করুন(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="331"/>
        <source>Open a s&amp;hared directory…</source>
        <translation>শেয়ার করা ডিরেক্টরি খুলুন(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="342"/>
        <source>Share this project</source>
        <translation>এই প্রকল্প শেয়ার করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="343"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="353"/>
        <source>Address of the shared directory (postgresql://USER@HOST/DATABASE):</source>
        <translation>শেয়ার করা ডিরেক্টরির ঠিকানা (postgresql://USER@HOST/DATABASE):</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="352"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="356"/>
        <source>Open a shared directory</source>
        <translation>শেয়ার করা ডিরেক্টরি খুলুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="357"/>
        <source>Only these areas (P-codes, separated by spaces; empty for all):</source>
        <translation>শুধু এই এলাকাগুলো (পি-কোড, ফাঁকা জায়গা দিয়ে আলাদা; সবগুলোর জন্য ফাঁকা):</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="361"/>
        <source>Save the offline copy as</source>
        <translation>অফলাইন কপি এই নামে রাখুন</translation>
    </message>
</context>
</TS>
