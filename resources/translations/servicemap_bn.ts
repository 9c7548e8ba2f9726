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
        <location filename="../../desktop/curation/edit_actions.py" line="75"/>
        <source>Your name</source>
        <translation>আপনার নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="76"/>
        <source>Edits are recorded in the project&apos;s audit under this name:</source>
        <translation>সম্পাদনাগুলো প্রকল্পের অডিটে এই নামে লিপিবদ্ধ হয়:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="110"/>
        <source>The change was not saved</source>
        <translation>পরিবর্তনটি সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="113"/>
        <source>Not saved: %1</source>
        <translation>সংরক্ষিত হয়নি: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="136"/>
        <source>This column is edited in the service editor (Enter or F2).</source>
        <translation>এই কলামটি সেবা সম্পাদকে সম্পাদনা করা হয় (Enter বা F2)।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="167"/>
        <source>Phone call</source>
        <translation>ফোন কল</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="167"/>
        <source>Visit</source>
        <translation>পরিদর্শন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="167"/>
        <source>E-mail or message</source>
        <translation>ই-মেইল বা বার্তা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="167"/>
        <source>Partner&apos;s update</source>
        <translation>অংশীদারের হালনাগাদ</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="169"/>
        <source>Mark verified</source>
        <translation>যাচাইকৃত হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="170"/>
        <source>“%1” was checked today. How?</source>
        <translation>“%1” আজ যাচাই করা হয়েছে। কীভাবে?</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="181"/>
        <source>Mark “%1” verified</source>
        <translation>“%1” যাচাইকৃত হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="194"/>
        <location filename="../../desktop/curation/edit_actions.py" line="198"/>
        <source>Deleted services</source>
        <translation>মুছে ফেলা সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="194"/>
        <source>No service has been deleted.</source>
        <translation>কোনো সেবা মুছে ফেলা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="198"/>
        <source>Restore this service:</source>
        <translation>এই সেবাটি পুনরুদ্ধার করুন:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="59"/>
        <source>ServiceMap met an unexpected problem: %1</source>
        <translation>ServiceMap একটি অপ্রত্যাশিত সমস্যায় পড়েছে: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="61"/>
        <source>Your project file is safe: every change is saved when it is made. The details are in %1; please send that file to whoever supports ServiceMap for you.</source>
        <translation>আপনার প্রকল্প ফাইল নিরাপদ আছে: প্রতিটি পরিবর্তন করার সঙ্গে সঙ্গেই সংরক্ষিত হয়। বিস্তারিত তথ্য %1 ফাইলে আছে; যিনি আপনাকে ServiceMap ব্যবহারে সহায়তা করেন, তাঁকে ফাইলটি পাঠান।</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="68"/>
        <source>ServiceMap</source>
        <translation>ServiceMap</translation>
    </message>
    <message>
        <source>Help ▸ Check this installation… shows whether this computer lacks something ServiceMap needs.</source>
        <translation>সহায়তা ▸ এই ইনস্টলেশন যাচাই করুন… দেখায় এই কম্পিউটারে ServiceMap-এর দরকারি কিছু অনুপস্থিত কিনা।</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="64"/>
        <location filename="../../desktop/importing/wizard.py" line="78"/>
        <source>Choose the service list</source>
        <translation>সেবার তালিকা বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="65"/>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>একটি Excel ওয়ার্কবুক (.xlsx, .xlsm, .xls), একটি OpenDocument শিট (.ods) বা একটি CSV ফাইল।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="68"/>
        <source>Browse…</source>
        <translation>ব্রাউজ করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="79"/>
        <source>Service lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</source>
        <translation>সেবার তালিকা (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</translation>
    </message>
</context>
<context>
    <name>GapExport</name>
    <message>
        <location filename="../../desktop/coverage/export.py" line="42"/>
        <location filename="../../desktop/coverage/export.py" line="49"/>
        <location filename="../../desktop/coverage/export.py" line="51"/>
        <source>Export the gap analysis</source>
        <translation>ঘাটতি বিশ্লেষণ রপ্তানি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="43"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv);;GeoPackage for QGIS (*.gpkg);;Distance or travel-time raster (*.tif)</source>
        <translation>Excel ওয়ার্কবুক (*.xlsx);;CSV সারণি (*.csv);;QGIS-এর জন্য GeoPackage (*.gpkg);;দূরত্ব বা যাতায়াত-সময়ের রাস্টার (*.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="52"/>
        <source>Could not write %s: %s. Choose another place.</source>
        <translation>%s লেখা গেল না: %s। অন্য জায়গা বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>GapInputs</name>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="34"/>
        <source>COD-PS table (.csv/.xlsx) or raster (.tif)</source>
        <translation>COD-PS টেবিল (.csv/.xlsx) বা রাস্টার (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="37"/>
        <source>optional: a population raster (.tif) that places a table&apos;s people</source>
        <translation>ঐচ্ছিক: একটি জনসংখ্যা রাস্টার (.tif), যা সারণির মানুষদের অবস্থান ঠিক করে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="40"/>
        <source>optional: road lines or an OpenStreetMap .osm.pbf, for travel time</source>
        <translation>ঐচ্ছিক: সড়ক-রেখা বা OpenStreetMap .osm.pbf, যাতায়াতের সময়ের জন্য</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="42"/>
        <source>optional: land-cover raster (.tif), for travel time</source>
        <translation>ঐচ্ছিক: ভূমি-আচ্ছাদন রাস্টার (.tif), যাতায়াতের সময়ের জন্য</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="50"/>
        <source>Off-road walking speed where no land cover says otherwise; changing it measures travel time</source>
        <translation>সড়কের বাইরে হাঁটার গতি, যেখানে ভূমি আচ্ছাদন অন্য কিছু বলে না; এটি বদলালে যাতায়াতের সময় মাপা হয়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="52"/>
        <source>Limit each service to its capacity</source>
        <translation>প্রতিটি সেবাকে তার সক্ষমতার মধ্যে সীমিত রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="56"/>
        <source>Admin level</source>
        <translation>প্রশাসনিক স্তর</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="57"/>
        <source>Population</source>
        <translation>জনসংখ্যা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="58"/>
        <source>Spread by</source>
        <translation>বণ্টনের ভিত্তি</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="59"/>
        <source>Roads</source>
        <translation>সড়ক</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="60"/>
        <source>Walking</source>
        <translation>হাঁটা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="62"/>
        <source>Land cover</source>
        <translation>ভূমি আচ্ছাদন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="69"/>
        <source>Browse…</source>
        <translation>ব্রাউজ করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="77"/>
        <source>Choose a file</source>
        <translation>একটি ফাইল বেছে নিন</translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="62"/>
        <source>Find gaps</source>
        <extracomment>The type ticked when a project opens.</extracomment>
        <translation>ঘাটতি খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="64"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="76"/>
        <source>Greedy (fast)</source>
        <translation>গ্রিডি (দ্রুত)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="77"/>
        <source>Exact (MCLP)</source>
        <translation>নির্ভুল (MCLP)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="79"/>
        <source>among grid cells</source>
        <translation>গ্রিডের ঘরগুলোর মধ্যে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="80"/>
        <source>at area centres</source>
        <translation>এলাকার কেন্দ্রে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="81"/>
        <source>Suggest sites</source>
        <translation>স্থান প্রস্তাব করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="84"/>
        <source>Export…</source>
        <translation>রপ্তানি…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="85"/>
        <source>Save the type shown: its table (.xlsx, .csv), a GeoPackage with areas, catchments and bands, or its raster (.tif)</source>
        <translation>দেখানো ধরনটি সংরক্ষণ করুন: এর সারণি (.xlsx, .csv), এলাকা, সেবা-পরিধি ও বলয়সহ GeoPackage, অথবা এর রাস্টার (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="179"/>
        <source>Tick at least one service type.</source>
        <translation>অন্তত একটি সেবার ধরন বেছে নিন।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="189"/>
        <source>Done: %n service type(s) analysed.</source>
        <translation>
            <numerusform>সম্পন্ন: %nটি সেবার ধরন বিশ্লেষণ হয়েছে।</numerusform>
            <numerusform>সম্পন্ন: %nটি সেবার ধরন বিশ্লেষণ হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="192"/>
        <source>Analysing %1 (%2 of %3)…</source>
        <translation>%1 বিশ্লেষণ চলছে (%3টির মধ্যে %2)…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="202"/>
        <source>Suggesting sites for %s…</source>
        <translation>%s-এর জন্য স্থান প্রস্তাব করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="212"/>
        <source>Saved %s</source>
        <translation>সংরক্ষিত: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="221"/>
        <source>Cancelled. %1 of %2 service type(s) done; the results so far are kept.</source>
        <translation>বাতিল হয়েছে। %2টির মধ্যে %1টি সেবার ধরন সম্পন্ন; এ পর্যন্ত ফলাফল রাখা হয়েছে।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="263"/>
        <source>Suggested %n site(s): numbered on the map, listed under “Suggested sites”.</source>
        <translation>
            <numerusform>%nটি স্থান প্রস্তাবিত: মানচিত্রে নম্বর দেওয়া, “প্রস্তাবিত স্থান”-এ তালিকাভুক্ত।</numerusform>
            <numerusform>%nটি স্থান প্রস্তাবিত: মানচিত্রে নম্বর দেওয়া, “প্রস্তাবিত স্থান”-এ তালিকাভুক্ত।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="108"/>
        <source>New sites</source>
        <translation>নতুন স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="223"/>
        <source>Cancelled.</source>
        <translation>বাতিল করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="254"/>
        <source>Gap analysis</source>
        <translation>ঘাটতি বিশ্লেষণ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="254"/>
        <source>The analysis failed: %s</source>
        <translation>বিশ্লেষণ ব্যর্থ হয়েছে: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="265"/>
        <source>No site would cover anyone new.</source>
        <translation>কোনো স্থানই নতুন কাউকে আওতায় আনবে না।</translation>
    </message>
</context>
<context>
    <name>GapResults</name>
    <message>
        <location filename="../../desktop/coverage/results.py" line="38"/>
        <source>% of {kind} within {within}</source>
        <translation>{within}-এর মধ্যে {kind}-এর %</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="39"/>
        <source>{Kind} beyond {within}</source>
        <translation>{within}-এর বাইরে {Kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="40"/>
        <source>Distance to the nearest service</source>
        <translation>নিকটতম সেবার দূরত্ব</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="41"/>
        <source>Travel time to the nearest service</source>
        <translation>নিকটতম সেবায় যাতায়াতের সময়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="42"/>
        <source>no population</source>
        <translation>জনসংখ্যা নেই</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="43"/>
        <source>covered</source>
        <translation>আওতাভুক্ত</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="44"/>
        <source>beyond the threshold</source>
        <translation>সীমার বাইরে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="45"/>
        <source>rank</source>
        <translation>ক্রম</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="46"/>
        <source>Services of this type (confidential ones are not shown)</source>
        <translation>এই ধরনের সেবা (গোপনীয়গুলো দেখানো হয় না)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="47"/>
        <source>Suggested site</source>
        <translation>প্রস্তাবিত স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="48"/>
        <source>adds</source>
        <translation>যোগ করে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="94"/>
        <location filename="../../desktop/coverage/results.py" line="108"/>
        <source>% covered</source>
        <translation>% আওতাভুক্ত</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="95"/>
        <location filename="../../desktop/coverage/results.py" line="201"/>
        <source>Children out of reach</source>
        <translation>নাগালের বাইরে শিশু</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="101"/>
        <source>Distance / travel-time bands</source>
        <translation>দূরত্ব / যাতায়াত-সময়ের বলয়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="108"/>
        <source>Service type</source>
        <translation>সেবার ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="108"/>
        <source>Within</source>
        <translation>সীমা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="108"/>
        <source>In scope</source>
        <translation>আওতার মধ্যে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="108"/>
        <source>Covered</source>
        <translation>আওতাভুক্ত</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="109"/>
        <source>Beyond</source>
        <translation>সীমার বাইরে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="130"/>
        <source>Gaps and map</source>
        <translation>ঘাটতি ও মানচিত্র</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="131"/>
        <source>Overview</source>
        <translation>সারসংক্ষেপ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="132"/>
        <source>Suggested sites</source>
        <translation>প্রস্তাবিত স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="133"/>
        <source>Notes</source>
        <translation>টীকা</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="139"/>
        <source>Showing</source>
        <translation>দেখানো হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="142"/>
        <source>Colour areas by</source>
        <translation>এলাকার রং যেভাবে</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="198"/>
        <source>Children in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>আওতার মধ্যে শিশু: %s — আওতাভুক্ত: %s (%s%%) — %s-এর বাইরে: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="199"/>
        <source>People in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>আওতার মধ্যে মানুষ: %s — আওতাভুক্ত: %s (%s%%) — %s-এর বাইরে: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="201"/>
        <source>People out of reach</source>
        <translation>নাগালের বাইরে মানুষ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="202"/>
        <source>Travel-time bands</source>
        <translation>যাতায়াত-সময়ের বলয়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="202"/>
        <source>Distance bands</source>
        <translation>দূরত্বের বলয়</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="207"/>
        <source>adds %s %s (total %s)</source>
        <translation>%s %s যোগ করে (মোট %s)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop/importing/history.py" line="41"/>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="41"/>
        <source>Who</source>
        <translation>কে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="42"/>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="48"/>
        <source>Import history</source>
        <translation>আমদানির ইতিহাস</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="97"/>
        <source>Open a project to see the imports made into it.</source>
        <translation>কোনো প্রকল্পে কী কী আমদানি হয়েছে দেখতে প্রকল্পটি খুলুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="102"/>
        <source>No imports recorded in this project yet.</source>
        <translation>এই প্রকল্পে এখনও কোনো আমদানি লিপিবদ্ধ হয়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="103"/>
        <source>One import recorded in this project. Choose it to see its report.</source>
        <translation>এই প্রকল্পে একটি আমদানি লিপিবদ্ধ আছে। এর প্রতিবেদন দেখতে এটি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="104"/>
        <source>{0} imports recorded in this project. Choose one to see its report.</source>
        <translation>এই প্রকল্পে {0}টি আমদানি লিপিবদ্ধ আছে। প্রতিবেদন দেখতে একটি বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="264"/>
        <source>Import</source>
        <translation>আমদানি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="268"/>
        <source>Cancel the import</source>
        <translation>আমদানি বাতিল করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="294"/>
        <source>Imported. The project has been updated.</source>
        <translation>আমদানি হয়েছে। প্রকল্পটি হালনাগাদ করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="300"/>
        <source>The import failed: {0}</source>
        <translation>আমদানি ব্যর্থ হয়েছে: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="306"/>
        <source>Cancelled. Nothing was written to the project.</source>
        <translation>বাতিল করা হয়েছে। প্রকল্পে কিছুই লেখা হয়নি।</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="32"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="32"/>
        <source>Saved</source>
        <translation>সংরক্ষিত</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="33"/>
        <source>Columns it reads</source>
        <translation>যে কলামগুলো পড়ে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="39"/>
        <location filename="../../desktop/importing/profiles.py" line="131"/>
        <source>Saved import profiles</source>
        <translation>সংরক্ষিত আমদানি প্রোফাইল</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="52"/>
        <source>Rename…</source>
        <translation>নাম বদলান…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="54"/>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="92"/>
        <source>Open a project to see its saved import profiles.</source>
        <translation>সংরক্ষিত আমদানি প্রোফাইল দেখতে একটি প্রকল্প খুলুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="94"/>
        <source>No import profiles saved yet. One is saved for each sheet layout you import.</source>
        <translation>এখনও কোনো আমদানি প্রোফাইল সংরক্ষিত হয়নি। আপনি যে শিটের বিন্যাস আমদানি করেন, তার প্রতিটির জন্য একটি সংরক্ষিত হয়।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="96"/>
        <source>A profile is applied by itself to the next file whose columns are laid out the same way. Delete one to have ServiceMap guess the columns again.</source>
        <translation>একই বিন্যাসের কলামযুক্ত পরের ফাইলে প্রোফাইল নিজে থেকেই প্রযোজ্য হয়। ServiceMap যেন আবার কলাম অনুমান করে, সেজন্য প্রোফাইলটি মুছুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="138"/>
        <source>Rename the profile</source>
        <translation>প্রোফাইলের নাম বদলান</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="138"/>
        <source>Name:</source>
        <translation>নাম:</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="147"/>
        <source>Delete the profile</source>
        <translation>প্রোফাইল মুছুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="148"/>
        <source>Delete the profile &apos;{0}&apos;? The next file with this layout will have its columns guessed again.</source>
        <translation>“{0}” প্রোফাইলটি মুছবেন? এই বিন্যাসের পরের ফাইলের কলাম আবার অনুমান করা হবে।</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="104"/>
        <source>All rows</source>
        <translation>সব সারি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="109"/>
        <source>Search the messages…</source>
        <translation>বার্তায় খুঁজুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="111"/>
        <source>Export…</source>
        <translation>রপ্তানি করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="136"/>
        <source>
Skipped sheet &apos;{0}&apos;: {1}</source>
        <translation>
বাদ দেওয়া শিট &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="141"/>
        <source>Export the import report</source>
        <translation>আমদানি প্রতিবেদন রপ্তানি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="142"/>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel ওয়ার্কবুক (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="319"/>
        <source>Import a service list</source>
        <translation>সেবার তালিকা আমদানি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="354"/>
        <location filename="../../desktop/importing/wizard.py" line="393"/>
        <source>Cannot import this file</source>
        <translation>এই ফাইলটি আমদানি করা যাচ্ছে না</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="368"/>
        <source>chosen for this project</source>
        <translation>এই প্রকল্পের জন্য বেছে নেওয়া</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="369"/>
        <source>usual in {0}</source>
        <translation>{0}-এ প্রচলিত</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="398"/>
        <location filename="../../desktop/importing/wizard.py" line="410"/>
        <source>Open or create a project first.</source>
        <translation>আগে একটি প্রকল্প খুলুন বা তৈরি করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="410"/>
        <source>Saved import profiles</source>
        <translation>সংরক্ষিত আমদানি প্রোফাইল</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window/main_window.py" line="63"/>
        <location filename="../../desktop/window/main_window.py" line="64"/>
        <source>Drawing the map…</source>
        <extracomment>Sent with the newly opened project, or None when it is closed.</extracomment>
        <translation>মানচিত্র আঁকা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="84"/>
        <source>&amp;File</source>
        <translation>ফাইল(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="85"/>
        <source>&amp;Open project…</source>
        <translation>প্রকল্প খুলুন(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="87"/>
        <source>&amp;Recent projects</source>
        <translation>সাম্প্রতিক প্রকল্প(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="90"/>
        <source>&amp;Close project</source>
        <translation>প্রকল্প বন্ধ করুন(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>প্রস্থান(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="93"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="100"/>
        <source>&amp;View</source>
        <translation>দেখুন(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="101"/>
        <source>&amp;Zoom map to selection</source>
        <translation>নির্বাচিত সেবায় মানচিত্র জুম করুন(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="103"/>
        <source>Zoom map to &amp;all services</source>
        <translation>সব সেবা দেখাতে মানচিত্র জুম করুন(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="110"/>
        <source>&amp;Tools</source>
        <translation>সরঞ্জাম(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="118"/>
        <source>&amp;Help</source>
        <translation>সহায়তা(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="119"/>
        <source>&amp;About ServiceMap</source>
        <translation>ServiceMap সম্পর্কে(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="132"/>
        <source>Clear the list</source>
        <translation>তালিকা মুছুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="146"/>
        <source>Open project</source>
        <translation>প্রকল্প খুলুন</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="146"/>
        <source>ServiceMap projects (*.gpkg);;All files (*)</source>
        <translation>ServiceMap প্রকল্প (*.gpkg);;সব ফাইল (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="157"/>
        <source>Project not found</source>
        <translation>প্রকল্পটি পাওয়া যায়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="158"/>
        <source>%1: the file is no longer there. It was moved, renamed or deleted; open it with File ▸ Open project… from its new place.</source>
        <translation>%1: ফাইলটি আর সেখানে নেই। এটি সরানো, নাম বদলানো বা মুছে ফেলা হয়েছে; নতুন জায়গা থেকে ফাইল ▸ প্রকল্প খুলুন… দিয়ে এটি খুলুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="175"/>
        <location filename="../../desktop/window/main_window.py" line="180"/>
        <source>Cannot open the project</source>
        <translation>প্রকল্পটি খোলা যাচ্ছে না</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="181"/>
        <source>%1: %2. Check the file and its permissions.</source>
        <translation>%1: %2। ফাইলটি এবং এর অনুমতি যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="260"/>
        <source>No project open. Open one with File ▸ Open project…</source>
        <translation>কোনো প্রকল্প খোলা নেই। ফাইল ▸ প্রকল্প খুলুন… দিয়ে একটি খুলুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="268"/>
        <source>%1 — %2 services at %3 sites, %4 on the map</source>
        <translation>%1 — %3টি স্থানে %2টি সেবা, মানচিত্রে %4টি</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="272"/>
        <source>country %1</source>
        <translation>দেশ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="309"/>
        <source>The service clicked on the map is hidden by the search or the type filter.</source>
        <translation>মানচিত্রে ক্লিক করা সেবাটি অনুসন্ধান বা ধরন ফিল্টারের কারণে লুকানো আছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="288"/>
        <source>Coverage gaps</source>
        <translation>কভারেজের ঘাটতি</translation>
    </message>
    <message>
        <source>&amp;Check this installation…</source>
        <translation>এই ইনস্টলেশন যাচাই করুন(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop/map/view.py" line="215"/>
        <source>The map could not be drawn: %1</source>
        <translation>মানচিত্র আঁকা যায়নি: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="221"/>
        <source>The map page could not be loaded from %1.</source>
        <translation>%1 থেকে মানচিত্রের পাতা লোড করা যায়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="231"/>
        <source>The map page did not finish drawing.</source>
        <translation>মানচিত্রের পাতা আঁকা শেষ হয়নি।</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="156"/>
        <source>Column</source>
        <translation>কলাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="156"/>
        <source>Header</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="157"/>
        <source>HXL</source>
        <translation>HXL</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="157"/>
        <source>Confidence</source>
        <translation>আস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="158"/>
        <source>Field</source>
        <translation>ফিল্ড</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="163"/>
        <source>What each column holds</source>
        <translation>প্রতিটি কলামে কী আছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="164"/>
        <source>Check the fields ServiceMap chose; change any that are wrong. The mapping is remembered for the next file with the same columns.</source>
        <translation>ServiceMap যে ফিল্ডগুলো বেছে নিয়েছে তা যাচাই করুন; ভুলগুলো বদলে দিন। একই কলামের পরবর্তী ফাইলের জন্য এই মিল মনে রাখা হবে।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="173"/>
        <source>Saved profiles…</source>
        <translation>সংরক্ষিত প্রোফাইল…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="174"/>
        <source>See, rename or delete the column mappings ServiceMap remembers</source>
        <translation>ServiceMap যে কলাম-মিল মনে রাখে, তা দেখুন, নাম বদলান বা মুছুন</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="37"/>
        <source>Merge another list</source>
        <translation>অন্য একটি তালিকা একত্র করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="40"/>
        <source>Choose a project or list…</source>
        <translation>একটি প্রকল্প বা তালিকা বেছে নিন…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="42"/>
        <source>Choose another ServiceMap project (.gpkg) or a partner&apos;s list to merge into this project.</source>
        <translation>এই প্রকল্পে একত্র করতে অন্য একটি ServiceMap প্রকল্প (.gpkg) বা কোনো অংশীদারের তালিকা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="46"/>
        <source>Service</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="46"/>
        <source>Field</source>
        <translation>ফিল্ড</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="46"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="107"/>
        <source>Ours</source>
        <translation>আমাদের মান</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="47"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="107"/>
        <source>Theirs</source>
        <translation>তাদের মান</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="47"/>
        <source>Keep</source>
        <translation>রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="53"/>
        <source>Keep all ours</source>
        <translation>আমাদের সব মান রাখুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="54"/>
        <source>Take all theirs</source>
        <translation>তাদের সব মান নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="58"/>
        <source>Merge</source>
        <translation>একত্র করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="74"/>
        <source>Choose the project or list to merge</source>
        <translation>একত্র করার প্রকল্প বা তালিকা বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="82"/>
        <source>Reading and matching %1…</source>
        <translation>%1 পড়া ও মেলানো হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="90"/>
        <source>%1: %2 new services, %3 matched, %4 values to fill in, %5 conflicts. Choose which value to keep for each conflict.</source>
        <translation>%1: %2টি নতুন সেবা, %3টি মিলেছে, %4টি মান পূরণ করতে হবে, %5টি দ্বন্দ্ব। প্রতিটি দ্বন্দ্বের জন্য কোন মান রাখবেন তা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="95"/>
        <source>%1 services will become confidential, as the partner marks them.</source>
        <translation>অংশীদার যেভাবে চিহ্নিত করেছে, সেভাবে %1টি সেবা গোপনীয় হয়ে যাবে।</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="114"/>
        <source>The merge failed: %1</source>
        <translation>একত্র করা ব্যর্থ হয়েছে: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="141"/>
        <source>Merged. Choose another project or list to merge more.</source>
        <translation>একত্র করা হয়েছে। আরও একত্র করতে অন্য একটি প্রকল্প বা তালিকা বেছে নিন।</translation>
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
        <source>&amp;Merge another list…</source>
        <translation>অন্য একটি তালিকা একত্র করুন(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>PathwayPanel</name>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="54"/>
        <location filename="../../desktop/pathways/panel.py" line="222"/>
        <source>Referral pathways</source>
        <extracomment>Areas drawn in the preview; printing and export take every chosen area.</extracomment>
        <translation>রেফারেল পথ</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="63"/>
        <source>Filter areas…</source>
        <translation>এলাকা ফিল্টার করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="78"/>
        <source>Save steps</source>
        <translation>ধাপগুলো সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="80"/>
        <source>Reset to default</source>
        <translation>ডিফল্টে ফিরিয়ে নিন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="82"/>
        <source>Print…</source>
        <translation>মুদ্রণ করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="84"/>
        <source>Export…</source>
        <translation>রপ্তানি করুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="92"/>
        <source>Admin level</source>
        <translation>প্রশাসনিক স্তর</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="93"/>
        <source>Concern</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="93"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="94"/>
        <source>Paper</source>
        <translation>কাগজ</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="205"/>
        <source>Tick one or more areas to see their pathway.</source>
        <translation>পথ দেখতে এক বা একাধিক এলাকায় টিক দিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="217"/>
        <source>%1 area(s) shown; %2 services not verified recently are marked.</source>
        <translation>%1টি এলাকা দেখানো হচ্ছে; সম্প্রতি যাচাই না করা %2টি সেবা চিহ্নিত করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="230"/>
        <source>Steps saved in the project.</source>
        <translation>ধাপগুলো প্রকল্পে সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="244"/>
        <location filename="../../desktop/pathways/panel.py" line="253"/>
        <source>Export pathways</source>
        <translation>রেফারেল পথ রপ্তানি করুন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="253"/>
        <source>Tick the areas to export first.</source>
        <translation>আগে রপ্তানির জন্য এলাকায় টিক দিন।</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="277"/>
        <source>Exported %1</source>
        <translation>রপ্তানি হয়েছে: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="94"/>
        <source>The table ServiceMap found</source>
        <translation>ServiceMap যে টেবিল পেয়েছে</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="147"/>
        <source>This sheet will be skipped: {0}</source>
        <translation>এই শিটটি বাদ দেওয়া হবে: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="149"/>
        <source>, HXL tags on row {0}</source>
        <translation>, HXL ট্যাগ সারি {0}-এ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="150"/>
        <source>Header on row {0}{1}; services from row {2}. Blue: header, grey: tags, green: data.</source>
        <translation>শিরোনাম সারি {0}-এ{1}; সেবা সারি {2} থেকে। নীল: শিরোনাম, ধূসর: ট্যাগ, সবুজ: ডেটা।</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="228"/>
        <source>Rows to look at</source>
        <translation>যে সারিগুলো দেখা দরকার</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="229"/>
        <source>Every row that will not be imported as it is, and why. Nothing is written yet.</source>
        <translation>যে সারিগুলো যেমন আছে তেমন আমদানি হবে না, এবং কেন। এখনো কিছু লেখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="234"/>
        <source>Not confidential</source>
        <translation>গোপনীয় নয়</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="235"/>
        <source>The selected rows were marked confidential because of their words (&quot;safe house&quot;); import them as ordinary services instead</source>
        <translation>নির্বাচিত সারিগুলো তাদের শব্দের কারণে (&quot;নিরাপদ আশ্রয়&quot;) গোপনীয় হিসেবে চিহ্নিত হয়েছে; এর বদলে এগুলোকে সাধারণ সেবা হিসেবে আমদানি করুন</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="30"/>
        <source>Sheet</source>
        <translation>শিট</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="30"/>
        <source>Row</source>
        <translation>সারি</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="31"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="31"/>
        <source>Messages</source>
        <translation>বার্তা</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <location filename="../../desktop/review/queue.py" line="45"/>
        <source>Review locations</source>
        <translation>অবস্থান পর্যালোচনা</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="67"/>
        <source>Run the geocoder</source>
        <translation>জিওকোডার চালান</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="69"/>
        <source>Accept all ≥</source>
        <translation>সব গ্রহণ করুন ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Services</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Site</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>As typed</source>
        <translation>যেভাবে লেখা</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Best match</source>
        <translation>সেরা মিল</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Confidence</source>
        <translation>আস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="89"/>
        <source>Accept (Enter)</source>
        <translation>গ্রহণ (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="89"/>
        <source>Reject (Del)</source>
        <translation>বাতিল (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="90"/>
        <source>Place on the map (P)</source>
        <translation>মানচিত্রে বসান (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="90"/>
        <source>Skip (S)</source>
        <translation>এড়িয়ে যান (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="152"/>
        <source>not found</source>
        <translation>পাওয়া যায়নি</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="159"/>
        <source>%n site(s) to review</source>
        <translation>
            <numerusform>পর্যালোচনার জন্য %nটি স্থান</numerusform>
            <numerusform>পর্যালোচনার জন্য %nটি স্থান</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="167"/>
        <source>Nothing to review.</source>
        <translation>পর্যালোচনার কিছু নেই।</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="167"/>
        <source>No project open.</source>
        <translation>কোনো প্রকল্প খোলা নেই।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="182"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%nটি সেবা</numerusform>
            <numerusform>%nটি সেবা</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="183"/>
        <source>As typed: %1</source>
        <translation>যেভাবে লেখা: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="185"/>
        <source>Address: %1</source>
        <translation>ঠিকানা: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="200"/>
        <source>now</source>
        <translation>বর্তমান</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="264"/>
        <source>Click on the map where the site is.</source>
        <translation>স্থানটি যেখানে, মানচিত্রে সেখানে ক্লিক করুন।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="283"/>
        <source>Accepted %n location(s).</source>
        <translation>
            <numerusform>%nটি অবস্থান গ্রহণ করা হয়েছে।</numerusform>
            <numerusform>%nটি অবস্থান গ্রহণ করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="296"/>
        <source>Placed %1 sites.</source>
        <translation>%1টি স্থান মানচিত্রে বসানো হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="301"/>
        <source>Geocoding failed</source>
        <translation>জিওকোডিং ব্যর্থ হয়েছে</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="42"/>
        <source>Edit service</source>
        <translation>সেবা সম্পাদনা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="63"/>
        <source>Everyone</source>
        <translation>সবাই</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="63"/>
        <source>Women and girls</source>
        <translation>নারী ও কিশোরী</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="64"/>
        <source>Men and boys</source>
        <translation>পুরুষ ও কিশোর</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="71"/>
        <source>Bangla, English, Chakma … or bn, en, ccp</source>
        <translation>বাংলা, ইংরেজি, চাকমা … অথবা bn, en, ccp</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="78"/>
        <source>Confidential (a safe house: never shown at its point)</source>
        <translation>গোপনীয় (নিরাপদ আশ্রয়: এর নির্দিষ্ট অবস্থান কখনো দেখানো হয় না)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="86"/>
        <source>Service</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="88"/>
        <location filename="../../desktop/curation/service_editor.py" line="103"/>
        <location filename="../../desktop/curation/service_editor.py" line="106"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="89"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="90"/>
        <source>Service types</source>
        <translation>সেবার ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="91"/>
        <source>Description</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="92"/>
        <source>Phones</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="93"/>
        <source>E-mails</source>
        <translation>ই-মেইল</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="94"/>
        <source>Hours</source>
        <translation>সময়সূচি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="95"/>
        <source>Ages</source>
        <translation>বয়স</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="96"/>
        <source>For</source>
        <translation>কাদের জন্য</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="97"/>
        <source>Languages</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="98"/>
        <source>Referral method</source>
        <translation>রেফারেলের পদ্ধতি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="99"/>
        <source>Intake criteria</source>
        <translation>গ্রহণের মানদণ্ড</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="102"/>
        <source>Organisation (renaming it renames it for all its services)</source>
        <translation>সংস্থা (নাম বদলালে এর সব সেবার জন্য নাম বদলাবে)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="104"/>
        <source>Site</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="107"/>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="108"/>
        <source>Latitude</source>
        <translation>অক্ষাংশ</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="109"/>
        <source>Longitude</source>
        <translation>দ্রাঘিমাংশ</translation>
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
        <location filename="../../desktop/coverage/type_list.py" line="51"/>
        <source>Tick the service types to analyse. Double-click “Within” to set a threshold for one type (e.g. 5km or 45min); leave it blank for the type&apos;s default.</source>
        <translation>কোন কোন সেবার ধরন বিশ্লেষণ করবেন, বেছে নিন। কোনো ধরনের সীমা ঠিক করতে “সীমা”-তে দুবার ক্লিক করুন (যেমন 5km বা 45min); ধরনের পূর্বনির্ধারিত সীমার জন্য খালি রাখুন।</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="43"/>
        <source>Search services, organisations, places, phones…</source>
        <translation>সেবা, সংস্থা, স্থান, ফোন নম্বর খুঁজুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="48"/>
        <source>Show only one type of service</source>
        <translation>শুধু এক ধরনের সেবা দেখান</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="54"/>
        <source>Not verified in 6 months</source>
        <translation>৬ মাসে যাচাই করা হয়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="55"/>
        <source>Show only services never verified, or not verified in the last 6 months</source>
        <translation>শুধু কখনো যাচাই না করা বা গত ৬ মাসে যাচাই না করা সেবা দেখান</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="102"/>
        <source>All service types</source>
        <translation>সব ধরনের সেবা</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="48"/>
        <source>Organisation</source>
        <translation>সংস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="48"/>
        <source>Service</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="49"/>
        <source>Types</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="49"/>
        <source>Site</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="50"/>
        <source>Admin area</source>
        <translation>প্রশাসনিক এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="50"/>
        <source>Phones</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="51"/>
        <source>Hours</source>
        <translation>সময়সূচি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="51"/>
        <source>Ages</source>
        <translation>বয়স</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Languages</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Verified on</source>
        <translation>যাচাইয়ের তারিখ</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="53"/>
        <source>Location</source>
        <translation>অবস্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="71"/>
        <source>%1 and over</source>
        <translation>%1 ও তার বেশি</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="73"/>
        <source>up to %1</source>
        <translation>%1 পর্যন্ত</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="183"/>
        <source>Confidential</source>
        <extracomment>A cell edit was refused; the message says why (shown in the status bar). Columns edited in place, through ``cell_editor``. Saves one cell: ``(listing, column, text) -&gt; problem`` (&quot;&quot; when saved). None: read-only.</extracomment>
        <translation>গোপনীয়</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="184"/>
        <source>Placed</source>
        <translation>মানচিত্রে চিহ্নিত</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="184"/>
        <source>Not placed</source>
        <translation>মানচিত্রে চিহ্নিত নয়</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="35"/>
        <source>Drag the steps into the order they are followed</source>
        <translation>ধাপগুলো যে ক্রমে অনুসরণ করা হয় সেই ক্রমে টেনে সাজান</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="39"/>
        <source>The translation file&apos;s title</source>
        <translation>অনুবাদ ফাইলের শিরোনাম</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="42"/>
        <source>The translation file&apos;s note</source>
        <translation>অনুবাদ ফাইলের নোট</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="47"/>
        <source>Drag to change the order; untick to leave a service off this step</source>
        <translation>ক্রম বদলাতে টেনে আনুন; কোনো সেবা এই ধাপ থেকে বাদ দিতে টিক তুলে দিন</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="52"/>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="53"/>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="56"/>
        <source>Steps</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="59"/>
        <source>Services of this step, for the first area chosen</source>
        <translation>প্রথম বেছে নেওয়া এলাকার জন্য এই ধাপের সেবা</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/curation/undo.py" line="57"/>
        <source>Redo: %1</source>
        <extracomment>Told the reason when an undo or redo could not be written.</extracomment>
        <translation>আবার করুন: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="60"/>
        <source>Undo: %1</source>
        <translation>পূর্বাবস্থায় ফেরান: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="79"/>
        <source>Edit service “%1”</source>
        <translation>সেবা “%1” সম্পাদনা</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="102"/>
        <source>Restore service “%1”</source>
        <translation>সেবা “%1” পুনরুদ্ধার</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="104"/>
        <source>Delete service “%1”</source>
        <translation>সেবা “%1” মুছুন</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check this installation</source>
        <translation>এই ইনস্টলেশন যাচাই করুন</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>প্রতিবেদন কপি করুন(&amp;C)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>আবার যাচাই করুন(&amp;A)</translation>
    </message>
    <message>
        <source>Checking what ServiceMap needs on this computer…</source>
        <translation>এই কম্পিউটারে ServiceMap-এর যা দরকার তা যাচাই করা হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <source>%n essential check(s) failed. What to do is written under each.</source>
        <translation>
            <numerusform>%n টি জরুরি যাচাই ব্যর্থ হয়েছে। কী করতে হবে তা নিচে লেখা আছে।</numerusform>
            <numerusform>%n টি জরুরি যাচাই ব্যর্থ হয়েছে। প্রতিটির নিচে কী করতে হবে লেখা আছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything ServiceMap needs is in place.</source>
        <translation>ServiceMap-এর যা দরকার সবই আছে।</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>যাচাই চালানো যায়নি: %1</translation>
    </message>
</context>
</TS>
