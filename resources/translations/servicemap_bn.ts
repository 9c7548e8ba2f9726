<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/about.py" line="15"/>
        <source>development version</source>
        <translation>উন্নয়নাধীন সংস্করণ</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="22"/>
        <source>A directory, maps, coverage gaps and printable referral pathways for child-protection and GBV services.</source>
        <translation>শিশু সুরক্ষা ও জেন্ডারভিত্তিক সহিংসতা (GBV) বিষয়ক সেবার ডিরেক্টরি, মানচিত্র, কভারেজের ঘাটতি এবং মুদ্রণযোগ্য রেফারেল পথ।</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="24"/>
        <source>ServiceMap works offline. It goes to the internet only when you switch on an online feature, such as online map tiles or online geocoding.</source>
        <translation>ServiceMap ইন্টারনেট ছাড়াই চলে। কেবল আপনি কোনো অনলাইন সুবিধা, যেমন অনলাইন ম্যাপ টাইল বা অনলাইন জিওকোডিং, চালু করলেই এটি ইন্টারনেটে সংযোগ করে।</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="26"/>
        <source>Data credits</source>
        <translation>ডেটার উৎস</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="27"/>
        <source>Administrative boundaries: OCHA Common Operational Datasets (COD-AB); for Bangladesh, produced by the Bangladesh Bureau of Statistics (BBS), licensed CC BY-IGO 3.0.</source>
        <translation>প্রশাসনিক সীমানা: OCHA কমন অপারেশনাল ডেটাসেট (COD-AB); বাংলাদেশের ক্ষেত্রে বাংলাদেশ পরিসংখ্যান ব্যুরো (BBS) প্রণীত, CC BY-IGO 3.0 লাইসেন্সের অধীনে।</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="29"/>
        <source>Place names and country information: GeoNames, licensed CC BY 4.0.</source>
        <translation>স্থানের নাম ও দেশের তথ্য: GeoNames, CC BY 4.0 লাইসেন্সের অধীনে।</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="34"/>
        <source>About ServiceMap</source>
        <translation>ServiceMap সম্পর্কে</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="55"/>
        <location filename="../../desktop/main_window.py" line="56"/>
        <source>Drawing the map…</source>
        <translation>মানচিত্র আঁকা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="73"/>
        <source>&amp;File</source>
        <translation>ফাইল(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="74"/>
        <source>&amp;Open project…</source>
        <translation>প্রকল্প খুলুন(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="76"/>
        <source>&amp;Recent projects</source>
        <translation>সাম্প্রতিক প্রকল্প(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="79"/>
        <source>&amp;Close project</source>
        <translation>প্রকল্প বন্ধ করুন(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>প্রস্থান(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="82"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="85"/>
        <source>&amp;View</source>
        <translation>দেখুন(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <source>&amp;Zoom map to selection</source>
        <translation>নির্বাচিত সেবায় মানচিত্র জুম করুন(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="88"/>
        <source>Zoom map to &amp;all services</source>
        <translation>সব সেবা দেখাতে মানচিত্র জুম করুন(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="90"/>
        <source>&amp;Help</source>
        <translation>সহায়তা(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="91"/>
        <source>&amp;About ServiceMap</source>
        <translation>ServiceMap সম্পর্কে(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="104"/>
        <source>Clear the list</source>
        <translation>তালিকা মুছুন</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <source>Open project</source>
        <translation>প্রকল্প খুলুন</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <source>ServiceMap projects (*.gpkg);;All files (*)</source>
        <translation>ServiceMap প্রকল্প (*.gpkg);;সব ফাইল (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="129"/>
        <source>Project not found</source>
        <translation>প্রকল্পটি পাওয়া যায়নি</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="130"/>
        <source>%1: the file is no longer there. It was moved, renamed or deleted; open it with File ▸ Open project… from its new place.</source>
        <translation>%1: ফাইলটি আর সেখানে নেই। এটি সরানো, নাম বদলানো বা মুছে ফেলা হয়েছে; নতুন জায়গা থেকে ফাইল ▸ প্রকল্প খুলুন… দিয়ে এটি খুলুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="147"/>
        <location filename="../../desktop/main_window.py" line="152"/>
        <source>Cannot open the project</source>
        <translation>প্রকল্পটি খোলা যাচ্ছে না</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="153"/>
        <source>%1: %2. Check the file and its permissions.</source>
        <translation>%1: %2। ফাইলটি এবং এর অনুমতি যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="194"/>
        <source>No project open. Open one with File ▸ Open project…</source>
        <translation>কোনো প্রকল্প খোলা নেই। ফাইল ▸ প্রকল্প খুলুন… দিয়ে একটি খুলুন।</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="202"/>
        <source>%1 — %2 services at %3 sites, %4 on the map</source>
        <translation>%1 — %3টি স্থানে %2টি সেবা, মানচিত্রে %4টি</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="206"/>
        <source>country %1</source>
        <translation>দেশ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>The service clicked on the map is hidden by the search or the type filter.</source>
        <translation>মানচিত্রে ক্লিক করা সেবাটি অনুসন্ধান বা ধরন ফিল্টারের কারণে লুকানো আছে।</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop/map_view.py" line="175"/>
        <source>The map could not be drawn: %1</source>
        <translation>মানচিত্র আঁকা যায়নি: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map_view.py" line="181"/>
        <source>The map page could not be loaded from %1.</source>
        <translation>%1 থেকে মানচিত্রের পাতা লোড করা যায়নি।</translation>
    </message>
    <message>
        <location filename="../../desktop/map_view.py" line="191"/>
        <source>The map page did not finish drawing.</source>
        <translation>মানচিত্রের পাতা আঁকা শেষ হয়নি।</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desktop/services_panel.py" line="40"/>
        <source>Search services, organisations, places, phones…</source>
        <translation>সেবা, সংস্থা, স্থান, ফোন নম্বর খুঁজুন…</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="45"/>
        <source>Show only one type of service</source>
        <translation>শুধু এক ধরনের সেবা দেখান</translation>
    </message>
    <message>
        <location filename="../../desktop/services_panel.py" line="91"/>
        <source>All service types</source>
        <translation>সব ধরনের সেবা</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <location filename="../../desktop/services_model.py" line="45"/>
        <source>Organisation</source>
        <translation>সংস্থা</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="45"/>
        <source>Service</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="46"/>
        <source>Types</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="46"/>
        <source>Site</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="47"/>
        <source>Admin area</source>
        <translation>প্রশাসনিক এলাকা</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="47"/>
        <source>Phones</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="48"/>
        <source>Hours</source>
        <translation>সময়সূচি</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="48"/>
        <source>Ages</source>
        <translation>বয়স</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="49"/>
        <source>Languages</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="49"/>
        <source>Verified on</source>
        <translation>যাচাইয়ের তারিখ</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="50"/>
        <source>Location</source>
        <translation>অবস্থান</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="68"/>
        <source>%1 and over</source>
        <translation>%1 ও তার বেশি</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="70"/>
        <source>up to %1</source>
        <translation>%1 পর্যন্ত</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="140"/>
        <source>Confidential</source>
        <translation>গোপনীয়</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="141"/>
        <source>Placed</source>
        <translation>মানচিত্রে চিহ্নিত</translation>
    </message>
    <message>
        <location filename="../../desktop/services_model.py" line="141"/>
        <source>Not placed</source>
        <translation>মানচিত্রে চিহ্নিত নয়</translation>
    </message>
</context>
</TS>
